import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import type { Statement } from '../../shared/statements/model';
import { createAnalysisClient } from './analysis-client';
import type { AnalysisMessage, AnalysisRequest, ThemesPartial } from './protocol';
import { FIRST_PARTIAL_READ, postPartials } from './themes-partials';

// Fictional sample statements written for this test: every other one speaks of clean water (a built-in term is not
// needed: the user's theme is matched the same way).
function samples(count: number): Statement[] {
  return Array.from({ length: count }, (_, i) =>
    makeStatement(
      [
        i % 2 === 0
          ? `Sample ${i}: the valley asks for clean water and a peer review of the wells.`
          : `Sample ${i}: the roads were mended before the rains.`,
      ],
      { year: 2000 + i, title: `Sample ${i}` },
    ),
  );
}
const userThemes = [{ id: 'water', label: 'Clean water', terms: ['clean water'] }];

/** Runs the worker's module on a stand-in scope; answers everything it posts for one request. */
async function runInWorker(request: AnalysisRequest): Promise<AnalysisMessage[]> {
  const posted: AnalysisMessage[] = [];
  const scope: { onmessage: ((event: { data: AnalysisRequest }) => void) | null; postMessage: unknown } = {
    onmessage: null,
    postMessage: (message: AnalysisMessage) => posted.push(message),
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./analysis-worker');
  scope.onmessage?.({ data: request });
  await vi.waitFor(() => expect(posted.some((m) => 'ok' in m)).toBe(true), { timeout: 30_000 });
  return posted;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('themes partial answers', () => {
  it('the worker posts the user’s themes over the statements read so far before the answer', async () => {
    const statements = samples(FIRST_PARTIAL_READ + 10);
    const posted = await runInWorker({
      id: 7,
      kind: 'themes',
      input: { statements, reference: null, userThemes },
    });
    const partials = posted.flatMap((m) => ('partial' in m ? [m.partial] : []));
    const answerAt = posted.findIndex((m) => 'ok' in m);
    expect(posted.findIndex((m) => 'partial' in m)).toBeLessThan(answerAt);
    // The first once FIRST_PARTIAL_READ are read (the clock decides any after it, before all are read).
    expect(partials[0]?.read).toBe(FIRST_PARTIAL_READ);
    expect(partials.every((p) => p.read < statements.length)).toBe(true);
    for (const partial of partials) {
      expect(partial.total).toBe(statements.length);
      expect(partial.themes.statements.map((s) => s.id)).toEqual(
        statements.slice(0, partial.read).map((s) => s.id),
      );
      // Every even sample names clean water once, the odd ones never.
      const water = partial.themes.themes.find((t) => t.id === 'user:water');
      expect(water?.counts.map((c) => c.count)).toEqual(
        Array.from({ length: partial.read }, (_, i) => (i % 2 === 0 ? 1 : 0)),
      );
      expect(partial.themes.themes.some((t) => t.source === 'discovered')).toBe(false);
    }
    // The first partial is a first look, before the statements are scanned for acronyms; the progress posted just
    // before each later one (told while the statements are read) says as many read (its other notes are throttled).
    const scanned = posted.findIndex(
      (m) => 'progress' in m && m.progress.label.startsWith('Looking for acronyms'),
    );
    expect(posted.findIndex((m) => 'partial' in m)).toBeLessThan(scanned);
    posted.forEach((message, i) => {
      if (!('partial' in message) || i < scanned) return;
      const before = posted[i - 1];
      expect(before && 'progress' in before ? before.progress : null).toEqual({
        done: message.partial.read,
        total: message.partial.total,
        label: 'Reading the statements',
      });
    });
  });

  it('postPartials posts the first slice, then at most once per interval until all are read', () => {
    let clock = 0;
    const reads: number[] = [];
    const onPartial = postPartials(
      (partial: ThemesPartial) => reads.push(partial.read),
      () => clock,
      1000,
    );
    const total = FIRST_PARTIAL_READ * 4;
    for (let read = 1; read <= total; read++) {
      clock += 10;
      onPartial(read, total, () => ({ statements: [] }) as unknown as ThemesPartial['themes']);
    }
    // 10 ms a statement: one at FIRST_PARTIAL_READ, then every 100 statements, none once all are read.
    const every = Array.from({ length: total - 1 }, (_, i) => i + 1).filter(
      (read) => read > FIRST_PARTIAL_READ && (read - FIRST_PARTIAL_READ) % 100 === 0,
    );
    expect(reads).toEqual([FIRST_PARTIAL_READ, ...every]);
    // A library smaller than the first slice: one partial, once all are read.
    reads.length = 0;
    const small = postPartials(
      (partial: ThemesPartial) => reads.push(partial.read),
      () => 0,
    );
    for (let read = 1; read <= 3; read++) small(read, 3, () => ({}) as ThemesPartial['themes']);
    expect(reads).toEqual([3]);
  });

  it('the client hands partial answers to onPartial and the answer to the promise', async () => {
    const workers: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((event: { data: AnalysisMessage }) => void) | null = null;
      onerror: unknown = null;
      readonly sent: AnalysisRequest[] = [];
      constructor() {
        workers.push(this);
      }
      postMessage(request: AnalysisRequest) {
        this.sent.push(request);
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const client = createAnalysisClient();
    const seen: number[] = [];
    const answer = client.run(
      'themes',
      { statements: [], reference: null, userThemes: [] },
      undefined,
      (partial) => seen.push(partial.read),
    );
    const worker = workers[0] as FakeWorker;
    const id = worker.sent[0]?.id as number;
    const themes = {
      statements: [],
      themes: [],
      names: [],
      blockIds: [],
    } as unknown as ThemesPartial['themes'];
    worker.onmessage?.({ data: { id, partial: { themes, read: 1, total: 2 } } });
    worker.onmessage?.({ data: { id, partial: { themes, read: 2, total: 2 } } });
    worker.onmessage?.({ data: { id, ok: true, kind: 'themes', output: { themes }, millis: 1 } });
    expect((await answer).themes).toBe(themes);
    expect(seen).toEqual([1, 2]);
  });
});
