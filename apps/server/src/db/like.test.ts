import { describe, expect, it } from 'vitest';
import { likeContains } from './like.ts';

describe('likeContains', () => {
  it('lowercases and takes LIKE wildcards and the escape literally', () => {
    expect(likeContains('Ada')).toBe('%ada%');
    expect(likeContains('100%_x\\')).toBe('%100\\%\\_x\\\\%');
  });
});
