import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import { packThemes, type PackedThemes } from '../../shared/themes/packed-themes';
import { themes } from '../../shared/themes/themes';
import type { StatementTexts } from '../library/statement-texts';
import { runThemes, type ThemesSoFar } from './run-themes';
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
    const themesAnswers: ThemesAnswerStore = {
      get: async () => null,
      save: async () => undefined,
      remember: () => undefined,
      latest: async () => null,
    };
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
    expect(run).toHaveBeenCalledWith(
      'themes',
      expect.objectContaining({ stored: kept }),
      undefined,
      undefined,
    );
  });

  it('hands the last answer kept for an earlier library to onSoFar while the new one is worked out, and only then', async () => {
    const statement = (id: string, year: number) =>
      ({
        id,
        title: `Statement ${id}`,
        sample: false,
        metadata: { year, date: null, city: 'Testville', country: null, meeting: null, kind: null },
        counts: { paragraphs: 1, words: 10 },
        hash: id,
      }) as unknown as StatementSummary;
    const before = [statement('a', 2019), statement('b', 2021)];
    const now = [...before, statement('c', 2023)];
    // An answer over the two statements before (their columns are all the staleness decision reads).
    const oldAnswer = packThemes(themes([]));
    const lastKept = {
      key: 'cd'.repeat(32),
      themes: {
        ...oldAnswer,
        statements: before.map((s) => ({ id: s.id, title: s.title, sample: false, year: s.metadata.year })),
      } as unknown as PackedThemes,
    };
    const newAnswer = packThemes(themes([]));
    const remembered: string[] = [];
    const answers = (last: typeof lastKept | null): ThemesAnswerStore => ({
      get: async () => null,
      save: async () => undefined,
      remember: (key) => void remembered.push(key),
      latest: async () => last,
    });
    let workerDone: () => void = () => undefined;
    const worker = {
      run: vi.fn((kind: string) =>
        kind === 'themes'
          ? new Promise((resolve) => (workerDone = () => resolve({ themes: newAnswer })))
          : Promise.resolve(null),
      ),
    } as unknown as Parameters<typeof runThemes>[1];
    const texts = { load: vi.fn(async () => []) } as unknown as StatementTexts;
    const themesReads: ThemesReadsStore = { take: async () => [], save: async () => undefined };
    const input = { statements: now, reference: null, userThemes: [], answerKey: 'ab'.repeat(32) };

    // The job still running: the old answer is handed over, unpacked, before the new one.
    const seen: string[][] = [];
    const sink = {
      onSoFar: (soFar: ThemesSoFar) => seen.push([soFar.kind, ...soFar.themes.statements.map((s) => s.id)]),
    };
    const shown = runThemes(
      { texts, themesReads, themesAnswers: answers(lastKept) },
      worker,
      input,
      undefined,
      sink,
    );
    await vi.waitFor(() => expect(seen).toEqual([['out-of-date', 'a', 'b']]));
    await vi.waitFor(() => expect(worker.run).toHaveBeenCalled());
    workerDone();
    expect((await shown).statements).toEqual(newAnswer.statements);
    expect(remembered).toEqual([input.answerKey]);

    // Covering less than half of the statements asked for: nothing handed over.
    const fewer = {
      ...lastKept,
      themes: { ...lastKept.themes, statements: lastKept.themes.statements.slice(0, 1) },
    };
    const many = { ...input, statements: [...now, statement('d', 2025)] };
    seen.length = 0;
    const second = runThemes(
      { texts, themesReads, themesAnswers: answers(fewer) },
      worker,
      many,
      undefined,
      sink,
    );
    const themesJobs = () => vi.mocked(worker.run).mock.calls.filter(([kind]) => kind === 'themes').length;
    await vi.waitFor(() => expect(themesJobs()).toBe(2));
    workerDone();
    await second;
    expect(seen).toEqual([]);
  });

  it('hands the worker’s partial themes to onSoFar, waits for the last to be shown, and drops them once an answer out of date shows', async () => {
    const partial = packThemes(themes([]));
    const answer = packThemes(themes([]));
    let finish: () => void = () => undefined;
    const worker = {
      run: vi.fn(
        (
          kind: string,
          _input: unknown,
          _progress: unknown,
          onPartial?: (p: { themes: PackedThemes; read: number; total: number }) => void,
        ) => {
          if (kind !== 'themes') return Promise.resolve(null);
          onPartial?.({ themes: partial, read: 1, total: 2 });
          return new Promise((resolve) => (finish = () => resolve({ themes: answer })));
        },
      ),
    } as unknown as Parameters<typeof runThemes>[1];
    const texts = { load: vi.fn(async () => []) } as unknown as StatementTexts;
    const themesReads: ThemesReadsStore = { take: async () => [], save: async () => undefined };
    const input = { statements: [], reference: null, userThemes: [], answerKey: 'ef'.repeat(32) };
    const noAnswer: ThemesAnswerStore = {
      get: async () => null,
      save: async () => undefined,
      remember: () => undefined,
      latest: async () => null,
    };
    const seen: string[] = [];
    let painted: () => void = () => undefined;
    const sink = {
      onSoFar: (soFar: ThemesSoFar) =>
        seen.push(soFar.kind === 'reading' ? `reading ${soFar.read} of ${soFar.total}` : soFar.kind),
      shown: () => new Promise<void>((resolve) => (painted = resolve)),
    };
    let done = false;
    const running = runThemes(
      { texts, themesReads, themesAnswers: noAnswer },
      worker,
      input,
      undefined,
      sink,
    );
    void running.then(() => (done = true));
    await vi.waitFor(() => expect(seen).toEqual(['reading 1 of 2']));
    finish();
    // The answer is in, but waits until the partial themes told just before have been shown.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    painted();
    await running;

    // An answer out of date shown first: the partial themes are not told.
    const before = packThemes(themes([]));
    const outOfDate: ThemesAnswerStore = {
      ...noAnswer,
      latest: async () => ({
        key: 'cd'.repeat(32),
        themes: {
          ...before,
          statements: [{ id: 'a', title: 'A', sample: false, year: 2020 }],
        } as unknown as PackedThemes,
      }),
    };
    const one = [
      {
        id: 'a',
        title: 'A',
        sample: false,
        metadata: { year: 2020, date: null, city: null, country: null, meeting: null, kind: null },
      },
    ] as unknown as StatementSummary[];
    seen.length = 0;
    let textsIn: (statements: readonly Statement[]) => void = () => undefined;
    const slowTexts = {
      load: vi.fn(() => new Promise<readonly Statement[]>((resolve) => (textsIn = resolve))),
    } as unknown as StatementTexts;
    const second = runThemes(
      { texts: slowTexts, themesReads, themesAnswers: outOfDate },
      worker,
      { ...input, statements: one },
      undefined,
      { onSoFar: sink.onSoFar },
    );
    await vi.waitFor(() => expect(seen).toEqual(['out-of-date']));
    textsIn([]);
    await vi.waitFor(() => expect(worker.run).toHaveBeenCalledTimes(3));
    finish();
    await second;
    expect(seen).toEqual(['out-of-date']);
  });
});
