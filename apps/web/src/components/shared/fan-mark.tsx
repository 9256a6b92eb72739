// The venue's mark: an art-deco fan over a footlight, with a sparkle (same drawing as the icons).
const CX = 24;
const CY = 30;
const R = 16;

function fanPath(): string {
  const rays = 9;
  const gap = 0.06;
  const width = (Math.PI - gap * (rays + 1)) / rays;
  const at = (angle: number) =>
    `${(CX + R * Math.cos(angle)).toFixed(2)} ${(CY + R * Math.sin(angle)).toFixed(2)}`;
  let d = '';
  for (let i = 0; i < rays; i++) {
    const from = Math.PI + gap * (i + 1) + width * i;
    d += `M${CX} ${CY}L${at(from)}A${R} ${R} 0 0 1 ${at(from + width)}Z`;
  }
  return d;
}

const FAN = fanPath();

export function FanMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 36" className={className} aria-hidden="true" focusable="false">
      <g fill="currentColor">
        <path d={FAN} />
        <path d="M5.5 30a18.5 18.5 0 0 1 37 0" fill="none" stroke="currentColor" strokeWidth="1" />
        <path d="M19 30a5 5 0 0 1 10 0Z" className="fill-velvet-deep" stroke="currentColor" />
        <rect x="3" y="31" width="42" height="1.5" rx="0.75" />
        <path d="M24 0.5l1.3 3.2 3.2 1.3-3.2 1.3L24 9.5l-1.3-3.2-3.2-1.3 3.2-1.3z" />
      </g>
    </svg>
  );
}
