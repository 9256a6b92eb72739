// A poster upload becomes WebP renditions: decoded by sharp (which must agree with the sniffed
// type), turned upright from its EXIF orientation, resized to the responsive widths without ever
// enlarging, and re-encoded. Nothing of the original's metadata survives (EXIF with its GPS
// position and camera serial, XMP, IPTC): sharp writes none unless asked to.
import { POSTER_WIDTHS, type ImageType } from '@ladiva/contract/storage';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../lib/app-error.ts';

/** Decompression-bomb guard: 50 megapixels (e.g. 8660 × 5770) is more than any poster needs. */
export const MAX_INPUT_PIXELS = 50_000_000;
const DECODE = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;
const WEBP = { quality: 82, effort: 4 } as const;

const SHARP_FORMAT: Record<ImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'heif',
};

export interface ImageVariant {
  width: number;
  height: number;
  data: Buffer;
}

export interface ProcessedImage {
  /** Of the upright image, as uploaded. */
  width: number;
  height: number;
  /** Narrowest first. */
  variants: ImageVariant[];
}

/**
 * The widths to render for an image `sourceWidth` pixels wide: each target narrower than the
 * image, and the image's own width when it falls short of the widest target.
 */
export function variantWidths(sourceWidth: number, targets: readonly number[] = POSTER_WIDTHS) {
  const widest = Math.max(...targets);
  const widths = targets.filter((width) => width < sourceWidth);
  const top = Math.min(sourceWidth, widest);
  if (!widths.includes(top)) widths.push(top);
  return [...new Set(widths)].sort((a, b) => a - b);
}

const invalid = () =>
  new AppError('INVALID_FILE', 422, 'This image could not be read: it may be damaged.');
const tooManyPixels = () =>
  new AppError(
    'IMAGE_TOO_LARGE',
    413,
    `This image has too many pixels (${MAX_INPUT_PIXELS / 1_000_000} megapixels at most).`,
    { maxPixels: MAX_INPUT_PIXELS },
  );

function decodeError(error: unknown): AppError {
  return /pixel limit/i.test((error as Error).message) ? tooManyPixels() : invalid();
}

export async function processPoster(
  bytes: Buffer,
  sourceType: ImageType,
  targets: readonly number[] = POSTER_WIDTHS,
): Promise<ProcessedImage> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, DECODE).metadata();
  } catch (error) {
    throw decodeError(error);
  }
  const agrees =
    metadata.format === SHARP_FORMAT[sourceType] &&
    (sourceType !== 'image/avif' || metadata.compression === 'av1');
  if (!agrees) throw invalid();
  // Checked from the header, before a single pixel is decoded.
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw tooManyPixels();
  const { width, height } = metadata.autoOrient;

  const variants: ImageVariant[] = [];
  for (const target of variantWidths(width, targets)) {
    try {
      const { data, info } = await sharp(bytes, DECODE)
        .autoOrient()
        .resize({ width: target, withoutEnlargement: true })
        .webp(WEBP)
        .toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, data });
    } catch (error) {
      throw decodeError(error);
    }
  }
  return { width, height, variants };
}
