/** A hairline of gold with a diamond in its middle. */
export function GoldDivider({ className = '' }: { className?: string }) {
  return (
    <div className={`flex items-center justify-center gap-3 ${className}`} aria-hidden="true">
      <span className="h-px w-16 bg-linear-to-r from-transparent to-gold/70" />
      <span className="size-1.5 rotate-45 bg-gold" />
      <span className="h-px w-16 bg-linear-to-l from-transparent to-gold/70" />
    </div>
  );
}
