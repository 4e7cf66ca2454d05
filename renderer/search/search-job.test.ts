import { describe, expect, it } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { corpusKey, runSearchJob } from './search-job';

describe('runSearchJob', () => {
  const one = makeStatement(['Rough diamonds.'], { title: 'One', year: 2020 });
  const two = makeStatement(['Polished rough diamonds.'], { title: 'Two', year: 2021 });

  it('asks for the statements of a corpus it has not indexed, then searches without them', () => {
    const key = corpusKey([one, two]);
    expect(runSearchJob({ query: 'rough', corpusKey: key, statements: null })).toEqual({
      kind: 'need-statements',
    });
    const first = runSearchJob({ query: 'rough', corpusKey: key, statements: [one, two] });
    expect(first.kind === 'results' && first.results.paragraphCount).toBe(2);
    const again = runSearchJob({ query: 'polished', corpusKey: key, statements: null });
    expect(again.kind === 'results' && again.results.statements.map((s) => s.statementId)).toEqual([two.id]);
  });

  it('changes key when a title or year changes (the order of the results depends on them)', () => {
    expect(corpusKey([one])).not.toBe(corpusKey([{ ...one, title: 'Renamed' }]));
    expect(corpusKey([one])).not.toBe(corpusKey([{ ...one, metadata: { ...one.metadata, year: 1999 } }]));
    expect(runSearchJob({ query: 'rough', corpusKey: corpusKey([one]), statements: null }).kind).toBe(
      'need-statements',
    );
  });
});
