import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isDocumentOfType, sniffContentType } from './content-sniffing.ts';
import { variantWidths } from './image-variants.ts';

describe('sniffContentType', () => {
  const base = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#ff0000' } });

  it('recognises each accepted image format from real encoder output', async () => {
    expect(sniffContentType(await base().jpeg().toBuffer())).toBe('image/jpeg');
    expect(sniffContentType(await base().png().toBuffer())).toBe('image/png');
    expect(sniffContentType(await base().webp().toBuffer())).toBe('image/webp');
    expect(sniffContentType(await base().avif().toBuffer())).toBe('image/avif');
  });

  it('recognises a PDF and refuses what is neither', async () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(await base().gif().toBuffer())).toBeUndefined();
    expect(sniffContentType(await base().tiff().toBuffer())).toBeUndefined();
    expect(sniffContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      undefined,
    );
    expect(sniffContentType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffContentType(Buffer.alloc(0))).toBeUndefined();
    expect(sniffContentType(Buffer.from([0xff, 0xd8]))).toBeUndefined();
  });

  it('tells AVIF from HEIC, which share the container', () => {
    const ftyp = (major: string, ...compatible: string[]) => {
      const brands = Buffer.from([major, '\0\0\0\0', ...compatible].join(''), 'latin1');
      const size = Buffer.alloc(4);
      size.writeUInt32BE(8 + brands.length);
      return Buffer.concat([size, Buffer.from('ftyp'), brands]);
    };
    expect(sniffContentType(ftyp('avif', 'mif1', 'miaf'))).toBe('image/avif');
    expect(sniffContentType(ftyp('mif1', 'avif'))).toBe('image/avif');
    expect(sniffContentType(ftyp('heic', 'mif1', 'heic'))).toBeUndefined();
    expect(sniffContentType(ftyp('isom', 'mp41'))).toBeUndefined();
  });
});

describe('isDocumentOfType', () => {
  it('checks a PDF by its signature and a CSV as control-free UTF-8', () => {
    expect(isDocumentOfType(Buffer.from('%PDF-1.4'), 'application/pdf')).toBe(true);
    expect(isDocumentOfType(Buffer.from('a;b\n'), 'application/pdf')).toBe(false);
    expect(isDocumentOfType(Buffer.from('nom;couverts\r\nDupré;4\n'), 'text/csv')).toBe(true);
    expect(isDocumentOfType(Buffer.from([0x61, 0x00, 0x62]), 'text/csv')).toBe(false);
    expect(isDocumentOfType(Buffer.from([0xc3, 0x28]), 'text/csv')).toBe(false);
  });
});

describe('variantWidths', () => {
  it('renders each target narrower than the image, and the image itself up to the widest', () => {
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1600)).toEqual([480, 960, 1600]);
    expect(variantWidths(1000)).toEqual([480, 960, 1000]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(481)).toEqual([480, 481]);
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(1)).toEqual([1]);
  });
});
