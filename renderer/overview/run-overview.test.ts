import { describe, expect, it } from 'vitest';
import { overviewColumns, type OverviewColumn } from '../../shared/compare/overview';
import { importStatement } from '../../shared/statements/import-statement';
import type { Statement } from '../../shared/statements/model';
import { summariseStatement } from '../../shared/statements/summary';
import { createStatementTexts } from '../library/statement-texts';
import { createOverviewColumnStore } from './overview-columns';
import { runOverview, type OverviewWorker } from './run-overview';

/** A small sample statement made by the real importer. */
async function sample(n: number): Promise<Statement> {
  const text = [
    `Sample — generated statement ${n}`,
    '',
    `Paragraph one of sample ${n} speaks of shared rules and civil society.`,
    '',
    `Paragraph two of sample ${n} speaks of trade, diamonds and review visits.`,
  ].join('\n');
  const result = await importStatement({ name: `s${n}.txt`, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.error.reason);
  return { ...result.statement, metadata: { ...result.statement.metadata, year: 2000 + n } };
}

describe('runOverview', () => {
  it('sends the next slice to the workers while the one before is compared, and starts them before the texts are here', async () => {
    const all = await Promise.all([0, 1, 2, 3, 4, 5, 6].map(sample));
    const [reference, ...others] = all as [Statement, ...Statement[]];
    const summaries = others.map((s, i) => summariseStatement(s, `hash-${i}`));
    const events: string[] = [];
    const texts = createStatementTexts(async (ids) => {
      events.push(`fetch ${ids.length}`);
      return others.filter((s) => ids.includes(s.id));
    });
    // Each job is answered only when the test says so: what is sent before an answer shows.
    const answers: (() => void)[] = [];
    const workers: OverviewWorker = {
      start: (statements) => void events.push(`start ${statements}`),
      run: (_kind, input) => {
        events.push(`run ${input.statements.length}`);
        return new Promise<readonly OverviewColumn[]>((resolve) =>
          answers.push(() => resolve(overviewColumns(input.reference, input.statements))),
        );
      },
    };
    const bridge = {
      'analysis:overview-columns': async () => ({}),
      'analysis:save-overview-columns': async () => undefined,
    };
    const running = runOverview(
      createOverviewColumnStore(bridge, 'test'),
      workers,
      { reference, referenceHash: 'reference', statements: summaries, texts },
      undefined,
      { firstSlice: 2, perSlice: 2 },
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    // The first slice's texts asked, then the workers started; its job and the next slice's both sent at once.
    expect(events.slice(0, 2)).toEqual(['fetch 2', 'start 2']);
    expect(events.filter((e) => e.startsWith('run'))).toEqual(['run 2', 'run 2']);
    // Never more than the slice compared and the next one sent.
    answers.shift()?.();
    await settle();
    expect(events.filter((e) => e.startsWith('run'))).toEqual(['run 2', 'run 2', 'run 2']);
    while (answers.length > 0) {
      answers.shift()?.();
      await settle();
    }
    const overview = await running;
    const whole = overviewColumns(reference, others);
    expect(overview.statements.map((s) => s.id)).toEqual(others.map((s) => s.id));
    expect(overview.summaries).toEqual(whole.map((c) => c.summary));
  });
});
