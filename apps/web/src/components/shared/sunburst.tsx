// Spotlight rays fanning out from the stage: a decorative backdrop for the hero.
const RAYS = Array.from({ length: 40 }, (_, i) => {
  const angle = (Math.PI * (i + 0.5)) / 40;
  return { x: 500 - 1000 * Math.cos(angle), y: 500 - 1000 * Math.sin(angle) };
});

export function Sunburst({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 1000 500"
      className={className}
      aria-hidden="true"
      focusable="false"
      preserveAspectRatio="xMidYMax slice"
    >
      <g stroke="currentColor" strokeWidth="1" fill="none">
        {RAYS.map(({ x, y }, i) => (
          <line key={i} x1="500" y1="500" x2={x.toFixed(1)} y2={y.toFixed(1)} />
        ))}
        <circle cx="500" cy="500" r="180" />
        <circle cx="500" cy="500" r="330" strokeDasharray="2 8" />
        <circle cx="500" cy="500" r="470" />
      </g>
    </svg>
  );
}
