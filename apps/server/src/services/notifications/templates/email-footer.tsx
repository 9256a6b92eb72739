/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Who writes, how to reach them, and why this email came: on every email, outside the letter.
import { Link, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';
import { colour, font } from './email-theme.ts';
import type { VenueBranding } from './types.ts';

const small: CSSProperties = {
  margin: '0 0 4px',
  fontFamily: font.body,
  fontSize: '13px',
  lineHeight: '20px',
  color: colour.mist,
};

export function EmailFooter({ venue, reason }: { venue: VenueBranding; reason: string }) {
  const contact: ReactNode[] = [];
  if (venue.phone) {
    contact.push(
      <Link
        key="phone"
        href={`tel:${venue.phone.replace(/[^+\d]/g, '')}`}
        style={{ color: colour.mist }}
      >
        {venue.phone}
      </Link>,
    );
  }
  if (venue.email) {
    contact.push(
      <Link key="email" href={`mailto:${venue.email}`} style={{ color: colour.mist }}>
        {venue.email}
      </Link>,
    );
  }
  return (
    <Section
      style={{
        padding: '30px 16px 48px',
        textAlign: 'center',
        borderTop: `1px solid ${colour.line}`,
      }}
    >
      <Text
        style={{
          ...small,
          margin: '0 0 8px',
          fontFamily: font.display,
          fontSize: '18px',
          lineHeight: '24px',
          color: colour.gold,
        }}
      >
        {venue.name}
      </Text>
      {venue.address && <Text style={small}>{venue.address}</Text>}
      {contact.length > 0 && (
        <Text style={small}>
          {contact.flatMap((item, i) => (i === 0 ? [item] : [' · ', item]))}
        </Text>
      )}
      <Text style={small}>
        <Link href={venue.publicUrl} style={{ color: colour.gold }}>
          {venue.publicUrl.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </Link>
      </Text>
      <Text
        style={{
          ...small,
          margin: '22px auto 0',
          maxWidth: '460px',
          fontSize: '12px',
          lineHeight: '18px',
          color: colour.muted,
        }}
      >
        {reason}
      </Text>
    </Section>
  );
}
