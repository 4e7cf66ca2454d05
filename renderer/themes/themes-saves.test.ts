import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packThemes } from '../../shared/themes/packed-themes';
import { themes } from '../../shared/themes/themes';
import { fakeClockForeground } from '../../testing/renderer/fake-clock-foreground';
import { createThemesAnswerStore } from './themes-answers';
import { createThemesReadsStore } from './themes-reads';

/** The bridge's two save channels, noting each call. */
function savingBridge(calls: string[]) {
  return {
    'analysis:themes-reads': () => Promise.resolve({ bytes: new Uint8Array(), next: null }),
    'analysis:save-themes-reads': (bundle: Uint8Array, replace: boolean) => {
      calls.push(`reads ${bundle.length}${replace ? ' replace' : ''}`);
      return Promise.resolve();
    },
    'analysis:themes-answer': () => Promise.resolve({ bytes: new Uint8Array() }),
    'analysis:save-themes-answer': (key: string) => {
      calls.push(`answer ${key}`);
      return Promise.resolve();
    },
    'analysis:last-themes-answer': () => Promise.resolve({ bytes: new Uint8Array() }),
  };
}

/** A themes answer key (64 hex digits). */
const KEY = 'ab'.repeat(32);

describe('the themes’ saves give way to searches', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const foreground = () => fakeClockForeground();

  it('saves no readings bundle while a search runs, and the next only once the reader has had a quiet moment', async () => {
    const calls: string[] = [];
    const gate = foreground();
    const reads = createThemesReadsStore(savingBridge(calls), () => gate.quiet());
    let endSearch: () => void = () => undefined;
    void gate.hold(new Promise<void>((resolve) => (endSearch = resolve)));
    const saved = reads.save({
      bundles: [new Uint8Array(3), new Uint8Array(5)],
      replace: true,
      statements: 2,
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toEqual([]);
    endSearch();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['reads 3 replace', 'reads 5']);
    await saved;
  });

  it('pauses between bundles when a search comes during the saves', async () => {
    const calls: string[] = [];
    const gate = foreground();
    let endSearch: () => void = () => undefined;
    const bridge = savingBridge(calls);
    const reads = createThemesReadsStore(
      {
        ...bridge,
        'analysis:save-themes-reads': async (bundle, replace) => {
          await bridge['analysis:save-themes-reads'](bundle, replace);
          // A search typed while this bundle is saved.
          if (calls.length === 1) void gate.hold(new Promise<void>((resolve) => (endSearch = resolve)));
        },
      },
      () => gate.quiet(),
    );
    void reads.save({ bundles: [new Uint8Array(3), new Uint8Array(5)], replace: false, statements: 2 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(['reads 3']);
    endSearch();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['reads 3', 'reads 5']);
  });

  it('encodes and saves the answer only once no search has run for the quiet time', async () => {
    const calls: string[] = [];
    const gate = foreground();
    const answers = createThemesAnswerStore(savingBridge(calls), () => gate.quiet());
    await gate.hold(Promise.resolve());
    const saved = answers.save(KEY, packThemes(themes([])));
    await vi.advanceTimersByTimeAsync(900);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual([`answer ${KEY}`]);
    await saved;
  });
});
