// What a file is, from its first bytes (its "magic number"), never from its name or the type a
// browser declared: a PNG named poster.pdf is a PNG, a script named poster.jpg is refused.
// Images are then decoded by sharp, which must agree (image-variants.ts).
import type { DocumentType, ImageType } from '@ladiva/contract/storage';

export type SniffedType = ImageType | 'application/pdf';

const ascii = (bytes: Buffer, start: number, end: number) =>
  bytes.subarray(start, end).toString('latin1');

/** The ISO-BMFF brands of an `ftyp` box (AVIF, HEIC, MP4 share the container). */
function ftypBrands(bytes: Buffer): string[] | undefined {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return undefined;
  const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4)
    brands.push(ascii(bytes, offset, offset + 4));
  return brands;
}

/** The type of a file from its content, if it is one we accept at all. */
export function sniffContentType(bytes: Buffer): SniffedType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  const brands = ftypBrands(bytes);
  if (brands?.some((brand) => brand === 'avif' || brand === 'avis')) return 'image/avif';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  return undefined;
}

/** C0 controls but tab, line feed and carriage return, and DEL: never in a CSV we write. */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;

/**
 * Whether bytes written by our own code as a document are what they claim: a PDF starts as one,
 * a CSV is UTF-8 text without control characters.
 */
export function isDocumentOfType(bytes: Buffer, type: DocumentType): boolean {
  if (type === 'application/pdf') return sniffContentType(bytes) === 'application/pdf';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return false;
  return true;
}
