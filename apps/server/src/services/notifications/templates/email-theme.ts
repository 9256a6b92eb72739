// The venue's colours and type for email. Emails cannot rely on web fonts (Outlook and Gmail drop
// them), so the display face falls back to serifs every reader has. Each text colour is checked
// against the surface it sits on (email-theme.test.ts): at least 4.5:1, WCAG AA.
import type { CSSProperties } from 'react';
import type { Tone } from './types.ts';

export const colour = {
  night: '#0d0709', // page
  card: '#170a0e', // the letter itself
  panel: '#230c14', // details, notices
  velvet: '#5c0f24', // the curtain: header band
  line: '#43202b', // hairlines between rows
  gold: '#d9b26a', // accents, labels, the button
  cream: '#f6eddc', // body text
  mist: '#c9b9a3', // secondary text
  muted: '#a8998a', // footer small print
} as const;

export const toneColour: Record<Tone, string> = {
  info: colour.gold,
  warning: '#f0a35e',
  critical: '#ff8080',
};

export const font = {
  display: "'Playfair Display', Didot, 'Bodoni 72', 'Bodoni MT', Georgia, 'Times New Roman', serif",
  body: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const;

export const paragraph: CSSProperties = {
  margin: '0 0 18px',
  fontFamily: font.body,
  fontSize: '16px',
  lineHeight: '26px',
  color: colour.cream,
};

export const smallCaps: CSSProperties = {
  fontFamily: font.body,
  fontSize: '11px',
  lineHeight: '16px',
  letterSpacing: '0.16em',
  textTransform: 'uppercase',
  color: colour.gold,
};

/** Small screens get tighter margins; clients that ignore media queries keep the desktop layout. */
export const responsiveCss = `
  @media only screen and (max-width: 480px) {
    .ld-pad { padding-left: 22px !important; padding-right: 22px !important; }
    .ld-panel { padding-left: 16px !important; padding-right: 16px !important; }
    .ld-heading { font-size: 27px !important; line-height: 34px !important; }
    .ld-wordmark { font-size: 28px !important; }
  }
`;
