/** The heavy-paraphrase lexicon: WordNet's groups and the hand-written phrase table (phrase-table.ts) read as one. */
import porter2 from 'wink-porter2-stemmer';
import { describe, expect, it } from 'vitest';
import { lexiconGroups, shareGroup, startsLexiconPhrase } from './lexicon';
import { PHRASE_TABLE } from './phrase-table';

/** A phrase as the lexicon keys it: its words' Porter2 stems joined by "_". */
const key = (phrase: string): string =>
  phrase
    .split(' ')
    .map((w) => porter2(w))
    .join('_');
const meet = (a: string, b: string): boolean => shareGroup(lexiconGroups(key(a)), lexiconGroups(key(b)));

describe('the phrase table in the lexicon', () => {
  it('groups a phrase with the word it means, in its irregular forms too', () => {
    expect(meet('led nowhere', 'failed')).toBe(true);
    expect(meet('came to nothing', 'fail')).toBe(true);
    expect(meet('put in place', 'established')).toBe(true);
    expect(meet('not enough', 'insufficient')).toBe(true);
    expect(meet('long grass', 'postponed')).toBe(true);
    expect(meet('put on hold', 'postponed')).toBe(true);
  });

  it('reads slot alternatives and hyphenated words', () => {
    expect(meet('without results', 'futile')).toBe(true);
    expect(meet('without outcome', 'futile')).toBe(true);
    expect(meet('lab grown', 'synthetic')).toBe(true);
    expect(startsLexiconPhrase(porter2("doesn't"))).toBe(true);
  });

  it('writes no expression longer than the four words a sentence is searched for', () => {
    const expressions = PHRASE_TABLE.split('\n').flatMap((line) =>
      line.trim() === '' ? [] : line.split(', '),
    );
    expect(expressions.length).toBeGreaterThan(500);
    expect(expressions.filter((e) => e.split(/[\s-]+/).length > 4)).toEqual([]);
  });

  it('keeps WordNet groups and does not join unrelated words', () => {
    expect(meet('rebels', 'insurgents')).toBe(true);
    expect(meet('failed', 'succeeded')).toBe(false);
    expect(meet('postponed', 'established')).toBe(false);
  });
});
