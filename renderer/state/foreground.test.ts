import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeClockForeground } from '../../testing/renderer/fake-clock-foreground';

describe('createForeground', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const foreground = () => fakeClockForeground();

  it('lets background work go at once when nothing was held', async () => {
    let went = false;
    void foreground()
      .quiet()
      .then(() => (went = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(went).toBe(true);
  });

  it('holds background work while a search runs and for the quiet time after it, longer when another comes', async () => {
    const gate = foreground();
    let endSearch: () => void = () => undefined;
    void gate.hold(new Promise<void>((resolve) => (endSearch = resolve)));
    let went = false;
    void gate.quiet().then(() => (went = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(went).toBe(false);
    endSearch();
    await vi.advanceTimersByTimeAsync(900);
    expect(went).toBe(false);
    // Another search ends during the quiet time: the wait starts again from its end.
    await gate.hold(Promise.resolve());
    await vi.advanceTimersByTimeAsync(900);
    expect(went).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(went).toBe(true);
  });

  it('counts a failed search as ended, and two at once as held until both end', async () => {
    const gate = foreground();
    let failOne: (error: Error) => void = () => undefined;
    let endTwo: () => void = () => undefined;
    gate.hold(new Promise<void>((_resolve, reject) => (failOne = reject))).catch(() => undefined);
    void gate.hold(new Promise<void>((resolve) => (endTwo = resolve)));
    let went = false;
    void gate.quiet().then(() => (went = true));
    failOne(new Error('worker stopped'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(went).toBe(false);
    endTwo();
    await vi.advanceTimersByTimeAsync(1000);
    expect(went).toBe(true);
  });
});
