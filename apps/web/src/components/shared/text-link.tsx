// Links in running text: gold, underlined (never by colour alone), for guests and staff alike.
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

export const textLinkClass =
  'rounded-sm text-gold underline decoration-gold/40 underline-offset-4 hover:text-gold-bright';

/** A link of the app, underlined in gold. */
export const TextLink = forwardRef<HTMLAnchorElement, LinkProps>(function TextLink(
  { className = '', ...props },
  ref,
) {
  return <Link ref={ref} className={`${textLinkClass} ${className}`} {...props} />;
});

/**
 * A button that reads as a link: a switch inside a form ("use a recovery code"), a retry in a
 * sentence. Still a button to assistive technology, and 44 px high where it stands alone.
 */
export const LinkButton = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & { inline?: boolean }
>(function LinkButton({ className = '', inline = false, type = 'button', ...props }, ref) {
  return (
    <button
      ref={ref}
      type={type}
      className={`${textLinkClass} ${inline ? '' : 'inline-flex min-h-11 items-center text-left text-sm compact:min-h-10'} ${className}`}
      {...props}
    />
  );
});
