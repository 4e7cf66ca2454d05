import { describe, expect, it } from 'vitest';
import { wordInfo } from './word-info';

describe('wordInfo', () => {
  it('gives lemmas, parts of speech and stop flags from the English model', () => {
    expect(wordInfo('diamonds')).toMatchObject({ lemma: 'diamond', pos: 'NOUN', stop: false });
    expect(wordInfo('communities')).toMatchObject({ lemma: 'community', stop: false });
    expect(wordInfo('the')).toMatchObject({ stop: true });
    expect(wordInfo('would')).toMatchObject({ stop: true });
  });

  it('reads uncommon forms with the model only while the budget lasts', () => {
    const budget = { left: 1 };
    expect(wordInfo('moratoriums', budget)).toMatchObject({ lemma: 'moratorium' });
    expect(budget.left).toBe(0);
    // Past the budget: a plain reading, not remembered, so a later analysis with budget left reads it properly.
    expect(wordInfo('zorblaxes', budget)).toEqual({ lemma: 'zorblaxe', stop: false, pos: 'NOUN' });
    expect(wordInfo('moratoria', budget)).toEqual({ lemma: 'moratoria', stop: false, pos: 'NOUN' });
    expect(wordInfo('moratoria', { left: 1 }).lemma).toBe('moratorium');
    // Common words are always read with the model.
    expect(wordInfo('whose', budget)).toMatchObject({ stop: true });
    expect(wordInfo('governments', budget)).toMatchObject({ lemma: 'government', pos: 'NOUN' });
  });
});
