import { describe, expect, it } from 'vitest';
import { posterKey, posterSources } from './poster-sources';

const ID = '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098';

describe('poster sources', () => {
  it('keeps the widest rendition and derives the narrower ones as the storage does', () => {
    const variants = [480, 960, 1200].map((width) => ({
      width,
      url: `/api/storage/posters/${ID}-${width}.webp`,
    }));
    const key = posterKey(variants);
    expect(key).toBe(`posters/${ID}-1200.webp`);
    expect(posterSources(key)).toEqual({
      src: `/api/storage/posters/${ID}-480.webp`,
      srcSet: [480, 960, 1200].map((w) => `/api/storage/posters/${ID}-${w}.webp ${w}w`).join(', '),
    });
  });

  it('a small image has only its own width; anything else is no poster', () => {
    expect(posterSources(`posters/${ID}-300.webp`)).toEqual({
      src: `/api/storage/posters/${ID}-300.webp`,
      srcSet: `/api/storage/posters/${ID}-300.webp 300w`,
    });
    expect(posterSources('/images/shows/plumes.jpg')).toBeNull();
    expect(posterSources(null)).toBeNull();
  });
});
