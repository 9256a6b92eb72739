// Line icons drawn for the venue (24 × 24, stroked with the text colour).
import type { ReactNode } from 'react';

function Icon({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

type IconProps = { className?: string };

export function StarIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M12 3.5l2.5 5.3 5.8.7-4.3 4 1.1 5.7L12 16.4l-5.1 2.8L8 13.5l-4.3-4 5.8-.7z" />
    </Icon>
  );
}

export function ClocheIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M3 18h18M5 18a7 7 0 0 1 14 0M12 8.5V11M10.5 7.5h3" />
    </Icon>
  );
}

export function CoupeIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M4.5 5h15c0 3.6-3.4 6-7.5 6S4.5 8.6 4.5 5zM12 11v8M8 20.5h8M9 7.5h.01M14 8h.01" />
    </Icon>
  );
}

export function CalendarIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M4.5 6.5h15v13h-15zM4.5 10.5h15M8.5 4v4M15.5 4v4M9 14.5l2 2 4-4" />
    </Icon>
  );
}

export function BowTieIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M10 10.5L3.5 7v10l6.5-3.5M14 10.5L20.5 7v10L14 13.5M10 10h4v4h-4z" />
    </Icon>
  );
}

export function PinIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z" />
      <circle cx="12" cy="10" r="2.3" />
    </Icon>
  );
}

export function PersonIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="12" cy="8.5" r="3.5" />
      <path d="M5 20c.8-3.8 3.6-6 7-6s6.2 2.2 7 6" />
    </Icon>
  );
}

export function KeyIcon({ className }: IconProps) {
  return (
    <Icon className={className}>
      <circle cx="8" cy="12" r="3.5" />
      <path d="M11.5 12H20M17 12v3M20 12v2" />
    </Icon>
  );
}
