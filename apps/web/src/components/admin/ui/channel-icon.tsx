// Line icons of the staff app (24 × 24, stroked with the text colour, like the guest site's).
import type { ReactNode } from 'react';
import type { NotificationChannel } from '../api/vocabulary';

function Icon({ className = 'size-4', children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const PATHS: Record<NotificationChannel, ReactNode> = {
  email: <path d="M3.5 6.5h17v11h-17zM3.5 7l8.5 6.5L20.5 7" />,
  sms: <path d="M4 5.5h16v10H9.5L5.5 19v-3.5H4zM8 10.5h.01M12 10.5h.01M16 10.5h.01" />,
  push: <path d="M6.5 16.5V11a5.5 5.5 0 0 1 11 0v5.5l1.5 1.5H5zM10 20.5h4M12 3.5v2" />,
};

export function ChannelIcon({
  channel,
  className,
}: {
  channel: NotificationChannel;
  className?: string;
}) {
  return <Icon className={className}>{PATHS[channel]}</Icon>;
}

export function RefreshIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4v4.5H15" />
    </Icon>
  );
}

export function ArrowLeftIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M19 12H5M11 6l-6 6 6 6" />
    </Icon>
  );
}

export function PaperclipIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M15.5 7.5 9 14a1.8 1.8 0 0 0 2.5 2.5l7-7a3.5 3.5 0 0 0-5-5l-7 7a5.2 5.2 0 0 0 7.4 7.4L19 13" />
    </Icon>
  );
}

/** A closed padlock: something is kept from view on purpose. */
export function LockIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M6.5 10.5h11v9h-11zM8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5M12 14.5v2" />
    </Icon>
  );
}

/** A telephone handset: a number to call. */
export function PhoneIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M7 4h3l1.5 4-2 1.5a11 11 0 0 0 5 5l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 5 6a2 2 0 0 1 2-2z" />
    </Icon>
  );
}
