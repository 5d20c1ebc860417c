import { describe, expect, it } from 'vitest';
import { describeRef, keyResultRef } from '../../src/core/identity';

describe('key-result identity', () => {
  it('names a key result by its objective and its text, whatever the white space and composition', () => {
    expect(keyResultRef('Win the market', 'Grow sign-ups')).toBe(keyResultRef('  Win  the market', 'Grow\nsign-ups '));
    expect(keyResultRef('Win', 'Caf\u00e9')).toBe(keyResultRef('Win', 'Cafe\u0301'));
  });
  it('tells apart different texts, objectives, cases and numbers', () => {
    const refs = [
      keyResultRef('Win', 'Grow sign-ups to 200'),
      keyResultRef('Win', 'Grow sign-ups to 300'),
      keyResultRef('Lose', 'Grow sign-ups to 200'),
      keyResultRef('Win', 'grow sign-ups to 200'),
      keyResultRef('Win Grow', 'sign-ups to 200'),
    ];
    expect(new Set(refs).size).toBe(refs.length);
  });
  it('gives back the texts it names, and null for anything else', () => {
    expect(describeRef(keyResultRef('Win', 'Grow'))).toEqual({ objective: 'Win', keyResult: 'Grow' });
    expect(describeRef('row 7')).toBeNull();
    expect(describeRef('kr1:{')).toBeNull();
  });
});
