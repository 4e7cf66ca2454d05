import { describe, expect, it } from 'vitest';
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { packThemes } from '../../shared/themes/packed-themes';
import { encodeThemesAnswer } from '../../shared/themes/stored-answer';
import { themes } from '../../shared/themes/themes';
import { createThemesAnswerStore } from './themes-answers';

const [K0, K1] = ['a0'.repeat(32), 'b1'.repeat(32)] as [string, string];

/** A library folder keeping one answer (under `key`), as electron/backend/themes-answer-file.ts does; asks noted. */
function folder(key: string) {
  const kept = { key, bytes: encodeThemesAnswer(key, packThemes(themes([]))) };
  const asks: string[] = [];
  const bridge: Pick<
    PlenaryBridge,
    'analysis:themes-answer' | 'analysis:save-themes-answer' | 'analysis:last-themes-answer'
  > = {
    'analysis:themes-answer': async (asked, orLast) => {
      asks.push(`answer ${asked.slice(0, 2)}${orLast ? ' or last' : ''}`);
      return { bytes: asked === kept.key || orLast ? kept.bytes : new Uint8Array(0) };
    },
    'analysis:save-themes-answer': async () => undefined,
    'analysis:last-themes-answer': async () => (asks.push('last'), { bytes: kept.bytes }),
  };
  return { bridge, asks };
}

describe('the kept themes answer in the window', () => {
  it('asked ahead and then by the view, is fetched and decoded once', async () => {
    const { bridge, asks } = folder(K0);
    const store = createThemesAnswerStore(bridge);
    const ahead = store.get(K0);
    // The view asks while the answer is on its way, and again once it is shown: the same themes, decoded once.
    const [first, second] = await Promise.all([ahead, store.get(K0)]);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(await store.get(K0)).toBe(first);
    expect(asks).toEqual([`answer a0 or last`]);
  });

  it('never gives an answer asked ahead, or found in the folder, for another key; the last comes with the one read', async () => {
    // The folder keeps K0's answer; the library changed before the window asked (its key is K1).
    const changed = folder(K0);
    const store = createThemesAnswerStore(changed.bridge);
    expect(await store.get(K1)).toBeNull();
    expect(await store.get(K1)).toBeNull();
    // Shown out of date while K1's are worked out, without asking the folder again.
    expect((await store.latest())?.key).toBe(K0);
    expect(changed.asks).toEqual(['answer b1 or last']);

    // Asked ahead under K0, then the library changes (K1): nothing given as K1's, K0's the last answer.
    const unchanged = folder(K0);
    const window = createThemesAnswerStore(unchanged.bridge);
    expect(await window.get(K0)).not.toBeNull();
    expect(await window.get(K1)).toBeNull();
    expect((await window.latest())?.key).toBe(K0);
    // The second ask needs no last answer from the folder: the window has one.
    expect(unchanged.asks).toEqual(['answer a0 or last', 'answer b1']);
  });

  it('asks again after an ask that failed, and gives no themes for it', async () => {
    const { bridge, asks } = folder(K0);
    let fail = true;
    const store = createThemesAnswerStore({
      ...bridge,
      'analysis:themes-answer': async (key, orLast) => {
        const answer = await bridge['analysis:themes-answer'](key, orLast);
        if (fail) throw new Error('the app’s server did not answer');
        return answer;
      },
    });
    expect(await store.get(K0)).toBeNull();
    fail = false;
    expect(await store.get(K0)).not.toBeNull();
    expect(asks).toHaveLength(2);
  });
});
