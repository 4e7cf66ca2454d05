import { describe, expect, it } from 'vitest';
import { listKeyTarget } from './list-keys';

describe('listKeyTarget', () => {
  it('stops at the ends of a list and pages by the given rows', () => {
    expect(listKeyTarget('ArrowDown', 3, 5)).toBe(4);
    expect(listKeyTarget('ArrowDown', 4, 5)).toBe(4);
    expect(listKeyTarget('ArrowUp', 0, 5)).toBe(0);
    expect(listKeyTarget('ArrowUp', -1, 5)).toBe(0);
    expect(listKeyTarget('PageDown', 2, 30, { page: 10 })).toBe(12);
    expect(listKeyTarget('PageDown', 25, 30, { page: 10 })).toBe(29);
    expect(listKeyTarget('PageUp', 4, 30, { page: 10 })).toBe(0);
    expect(listKeyTarget('Home', 7, 30)).toBe(0);
    expect(listKeyTarget('End', 7, 30)).toBe(29);
  });

  it('wraps round a menu, from nothing focused too', () => {
    expect(listKeyTarget('ArrowDown', 3, 4, { wrap: true })).toBe(0);
    expect(listKeyTarget('ArrowUp', 0, 4, { wrap: true })).toBe(3);
    expect(listKeyTarget('ArrowDown', -1, 4, { wrap: true })).toBe(0);
  });

  it('leaves other keys, and Page keys without a page size, to the caller', () => {
    expect(listKeyTarget('Enter', 1, 4)).toBeNull();
    expect(listKeyTarget('F10', 1, 4)).toBeNull();
    expect(listKeyTarget('PageDown', 1, 4, { wrap: true })).toBeNull();
  });
});
