// How a phone network counts an SMS. In the GSM-7 alphabet a segment holds 160 characters (153
// when the message is split, the rest carrying the join header) and the extension characters
// take two; one character outside it switches the whole message to UCS-2: 70, then 67.
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€';

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the network counts them (septets in GSM-7, UTF-16 units in UCS-2). */
  length: number;
  /** The limit of one segment in this encoding. */
  single: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  const chars = [...text];
  const gsm = chars.every((char) => BASIC.includes(char) || EXTENSION.includes(char));
  if (gsm) {
    const length = chars.reduce((sum, char) => sum + (EXTENSION.includes(char) ? 2 : 1), 0);
    return {
      encoding: 'GSM-7',
      length,
      single: 160,
      segments: length <= 160 ? 1 : Math.ceil(length / 153),
    };
  }
  const length = text.length;
  return {
    encoding: 'UCS-2',
    length,
    single: 70,
    segments: length <= 70 ? 1 : Math.ceil(length / 67),
  };
}
