import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { packThemes } from '../../shared/themes/packed-themes';
import { themes } from '../../shared/themes/themes';
import type { StatementTexts } from '../library/statement-texts';
import { runThemes } from './run-themes';
import type { ThemesAnswerStore } from './themes-answers';
import type { ThemesReadsStore } from './themes-reads';

describe('runThemes', () => {
  it('fetches the kept readings beside the texts, not once the texts are in, and hands them to the worker', async () => {
    let textsIn: (statements: readonly Statement[]) => void = () => undefined;
    const texts = {
      load: vi.fn(() => new Promise<readonly Statement[]>((resolve) => (textsIn = resolve))),
    } as unknown as StatementTexts;
    const kept = [new Uint8Array([1, 2, 3])];
    const themesReads: ThemesReadsStore = { take: vi.fn(async () => kept), save: async () => undefined };
    const themesAnswers: ThemesAnswerStore = { get: async () => null, save: async () => undefined };
    const run = vi.fn(async (kind: string) =>
      kind === 'themes' ? { themes: packThemes(themes([])) } : null,
    );
    const worker = { run } as unknown as Parameters<typeof runThemes>[1];
    const input = { statements: [], reference: null, userThemes: [], answerKey: 'ab'.repeat(32) };

    const shown = runThemes({ texts, themesReads, themesAnswers }, worker, input);
    await vi.waitFor(() => expect(texts.load).toHaveBeenCalled());
    // The texts are still on their way.
    expect(themesReads.take).toHaveBeenCalledTimes(1);
    expect(run).not.toHaveBeenCalled();
    textsIn([]);
    expect((await shown).themes).toEqual([]);
    expect(run).toHaveBeenCalledWith('themes', expect.objectContaining({ stored: kept }), undefined);
  });
});
