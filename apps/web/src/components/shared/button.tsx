// The one button of the app, for guests and staff alike (ADR 0024); its looks are in
// button-class.ts.
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';
import { buttonClass, type ButtonLook } from './button-class';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonLook {}

/** A `<button>`, of type "button" unless told otherwise (a form is submitted on purpose only). */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant, size, className = '', type = 'button', ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={`${buttonClass({ variant, size })} ${className}`}
      {...props}
    />
  );
});

export type ButtonLinkProps = LinkProps & ButtonLook;

/** A link (it goes somewhere) that looks like a button (it is the page's next step). */
export const ButtonLink = forwardRef<HTMLAnchorElement, ButtonLinkProps>(function ButtonLink(
  { variant, size, className = '', ...props },
  ref,
) {
  return <Link ref={ref} className={`${buttonClass({ variant, size })} ${className}`} {...props} />;
});
