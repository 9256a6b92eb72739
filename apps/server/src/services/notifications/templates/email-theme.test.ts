import { describe, expect, it } from 'vitest';
import { colour, toneColour } from './email-theme.ts';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('email colours', () => {
  it.each([
    ['gold wordmark on velvet', colour.gold, colour.velvet],
    ['body text on the card', colour.cream, colour.card],
    ['secondary text on the card', colour.mist, colour.card],
    ['labels on panels', colour.gold, colour.panel],
    ['values on panels', colour.cream, colour.panel],
    ['button text on gold', colour.night, colour.gold],
    ['footer text on the page', colour.mist, colour.night],
    ['small print on the page', colour.muted, colour.night],
    ['warning on panels', toneColour.warning, colour.panel],
    ['critical on panels', toneColour.critical, colour.panel],
  ])('%s meets WCAG AA (4.5:1)', (_name, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });
});
