// SMS in the GSM-7 alphabet: one character outside it (an emoji, « ç », a curly apostrophe)
// switches the whole message to UCS-2 and cuts a segment from 160 to 70 characters, which
// multiplies the price. So the text is folded into GSM-7 and the longest wording that fits one
// segment is kept.
import { oneLine } from './format.ts';

export const SMS_SEGMENT = 160;

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Sent as an escape plus the character: each counts twice. */
const EXTENSION = '^{}\\[~]|€';
const GSM = new Set([...BASIC, ...EXTENSION]);

const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '·': '-',
  '…': '...',
  œ: 'oe',
  Œ: 'OE',
};

function fold(char: string): string {
  if (GSM.has(char)) return char;
  const replaced = REPLACEMENTS[char];
  if (replaced !== undefined) return replaced;
  // « ê » → « e », « ç » → « c »: drop the accent the alphabet lacks, keep the letter.
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  return [...base].every((c) => GSM.has(c)) && base !== '' ? base : '';
}

/** The text in the GSM-7 alphabet, on one line, without markup. */
export function toGsm7(text: string): string {
  const folded = [...oneLine(text)].map(fold).join('');
  // Guillemets carry their own inner spaces in French: « x » → "x", not " x ".
  return folded.replace(/" ([^"]*) "/g, '"$1"').replace(/ {2,}/g, ' ');
}

/** Length as the network counts it (extension characters take two septets). */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const char of text) length += EXTENSION.includes(char) ? 2 : 1;
  return length;
}

export const isGsm7 = (text: string) => [...text].every((char) => GSM.has(char));

/**
 * The first candidate that fits one segment, in GSM-7. If none does, the last is cut at a word
 * boundary, so a link is either whole or absent, never broken.
 */
export function fitSms(candidates: string[]): string {
  const folded = candidates.map(toGsm7);
  const fitting = folded.find((text) => gsm7Length(text) <= SMS_SEGMENT);
  if (fitting !== undefined) return fitting;
  const words = (folded.at(-1) ?? '').split(' ');
  while (words.length > 1 && gsm7Length(`${words.join(' ')}...`) > SMS_SEGMENT) words.pop();
  const text = words.join(' ').replace(/[\s,;:.-]+$/, '');
  return `${gsm7Length(text) > SMS_SEGMENT - 3 ? text.slice(0, SMS_SEGMENT - 3) : text}...`;
}
