import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { whenRendered } from './when-rendered';

// A frame clock standing in for the browser's: frames run only when the test says so.
let queue = new Map<number, FrameRequestCallback>();
let nextHandle = 1;
function runFrame(): void {
  const due = [...queue.values()];
  queue = new Map();
  for (const callback of due) callback(0);
}

beforeEach(() => {
  queue = new Map();
  globalThis.requestAnimationFrame = (callback) => {
    queue.set(nextHandle, callback);
    return nextHandle++;
  };
  globalThis.cancelAnimationFrame = (handle) => void queue.delete(handle);
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
});

/** An "element" that appears after `frames` looks, and a record of what was done with it. */
function appearingAfter(looks: number) {
  let seen = 0;
  const acted: string[] = [];
  const element = { id: 'row' } as unknown as Element;
  return {
    find: () => (++seen > looks ? element : null),
    act: (found: Element) => acted.push((found as unknown as { id: string }).id),
    acted,
    looks: () => seen,
  };
}

describe('whenRendered', () => {
  it('acts once on the element as soon as a frame finds it, then stops looking', () => {
    const target = appearingAfter(3);
    whenRendered(target.find, target.act);
    expect(target.looks()).toBe(0);
    for (let i = 0; i < 3; i++) runFrame();
    expect(target.acted).toEqual([]);
    runFrame();
    expect(target.acted).toEqual(['row']);
    runFrame();
    runFrame();
    expect(target.looks()).toBe(4);
    expect(queue.size).toBe(0);
  });

  it('gives up after maxFrames more frames', () => {
    const target = appearingAfter(Infinity);
    whenRendered(target.find, target.act, { maxFrames: 5 });
    for (let i = 0; i < 20; i++) runFrame();
    expect(target.looks()).toBe(6);
    expect(queue.size).toBe(0);
  });

  it('looks straight away with now, and waits afterFrames before the first look', () => {
    const now = appearingAfter(0);
    whenRendered(now.find, now.act, { now: true });
    expect(now.acted).toEqual(['row']);
    const late = appearingAfter(0);
    whenRendered(late.find, late.act, { afterFrames: 3 });
    for (let i = 0; i < 3; i++) runFrame();
    expect(late.looks()).toBe(0);
    runFrame();
    expect(late.acted).toEqual(['row']);
  });

  it('cancels: the clean-up stops a pending look', () => {
    const target = appearingAfter(1);
    const cancel = whenRendered(target.find, target.act);
    runFrame();
    cancel();
    for (let i = 0; i < 5; i++) runFrame();
    expect(target.acted).toEqual([]);
  });
});
