/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The call to action: one button, and under it the raw link for clients that break buttons
// (and for readers who prefer to see where a link goes before they follow it).
import { Button, Link, Section, Text } from '@react-email/components';
import { colour, font, paragraph } from './email-theme.ts';
import type { Locale } from './types.ts';

const FALLBACK: Record<Locale, string> = {
  fr: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
  en: 'If the button does not work, copy this link into your browser:',
};

export function EmailCta({ cta, locale }: { cta: { label: string; url: string }; locale: Locale }) {
  return (
    <Section style={{ padding: '14px 0 10px', textAlign: 'center' }}>
      <Button
        href={cta.url}
        style={{
          display: 'inline-block',
          padding: '17px 34px',
          backgroundColor: colour.gold,
          borderRadius: '2px',
          fontFamily: font.body,
          fontSize: '14px',
          fontWeight: 700,
          lineHeight: '18px',
          letterSpacing: '0.14em',
          textTransform: 'uppercase',
          color: colour.night,
          textDecoration: 'none',
        }}
      >
        {cta.label}
      </Button>
      <Text
        style={{
          ...paragraph,
          margin: '18px 0 28px',
          fontSize: '13px',
          lineHeight: '20px',
          color: colour.mist,
        }}
      >
        {FALLBACK[locale]}
        <br />
        <Link
          href={cta.url}
          style={{ color: colour.gold, wordBreak: 'break-all', textDecoration: 'underline' }}
        >
          {cta.url}
        </Link>
      </Text>
    </Section>
  );
}
