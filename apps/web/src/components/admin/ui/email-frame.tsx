/**
 * An email's HTML, shown as mail clients do: in a frame sandboxed with no permission at all
 * (`sandbox=""`: no script, no form, no navigation of this page, an opaque origin with no access
 * to the staff app's cookies or storage). Loaded from `src`, an API URL that answers with a CSP of
 * its own allowing the email's inline styles — a `srcDoc` frame would inherit this page's strict
 * policy, which blocks them.
 */
export function EmailFrame({ src, title }: { src: string; title: string }) {
  return (
    <iframe
      title={title}
      sandbox=""
      src={src}
      referrerPolicy="no-referrer"
      className="block h-[68svh] min-h-96 w-full rounded-md border border-white/10 bg-white"
    />
  );
}

/** A plain-text body, wrapped, in a readable measure; a long one scrolls, by keyboard too. */
export function PlainText({ text }: { text: string }) {
  return (
    <pre
      tabIndex={0}
      className="max-h-[68svh] overflow-auto focus-visible:outline-offset-2 rounded-md border border-white/10 bg-night p-4 font-mono text-[0.8rem] leading-relaxed break-words whitespace-pre-wrap text-cream/90"
    >
      {text}
    </pre>
  );
}
