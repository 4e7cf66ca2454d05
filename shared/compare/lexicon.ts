/**
 * Word meaning for the heavy-paraphrase check: which Porter2 stems WordNet gives a common meaning
 * ("rebel" ~ "insurgent", "broaden" ~ "widen", "grateful" ~ "thankful", "decide" ~ "decision", and phrases:
 * "take part" ~ "participate"). The groups are
 * generated from WordNet 3.1 by scripts/build-lexicon.ts into lexicon-data.ts and parsed on first use.
 */
// The package ships no types; this reference brings ours into every project that compiles this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./porter2-stemmer.d.ts" />
import porter2 from 'wink-porter2-stemmer';
import { LEXICON_GROUPS } from './lexicon-data';
import { IRREGULAR, PHRASE_TABLE } from './phrase-table';

const NONE: readonly number[] = [];

/** The parsed lexicon: group ids by stem (or phrase), ascending, and the first stems of its phrases. */
interface Parsed {
  readonly groupsByStem: Map<string, number[]>;
  readonly phraseStarts: Set<string>;
}

/** Built on first call. */
let parsed: Parsed | null = null;

function lexicon(): Parsed {
  if (!parsed) {
    const groupsByStem = new Map<string, number[]>();
    const phraseStarts = new Set<string>();
    const lines = [...LEXICON_GROUPS.split('\n'), ...phraseTableGroups()];
    lines.forEach((line, id) => {
      for (const s of line.split(' ')) {
        const list = groupsByStem.get(s);
        if (list) list.push(id);
        else groupsByStem.set(s, [id]);
        const cut = s.indexOf('_');
        if (cut > 0) phraseStarts.add(s.slice(0, cut));
      }
    });
    parsed = { groupsByStem, phraseStarts };
  }
  return parsed;
}

/** The phrase table's groups as lexicon lines: each expression's stems joined by "_", separated by spaces. */
function phraseTableGroups(): string[] {
  const stem = (word: string) => porter2(word.replace(/'s?$/, ''));
  return PHRASE_TABLE.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const keys = new Set<string>();
      for (const expression of line.split(', ')) {
        // Every choice of each slot's alternatives ("-" is none), verbs in their irregular forms too.
        let variants: string[][] = [[]];
        for (const slot of expression.trim().split(/\s+/)) {
          const words = slot.split('/').flatMap((w) => (w === '-' ? [''] : [w, ...(IRREGULAR[w] ?? [])]));
          variants = variants.flatMap((v) => words.map((w) => (w === '' ? v : [...v, ...w.split('-')])));
        }
        for (const v of variants) keys.add(v.map(stem).join('_'));
      }
      return [...keys].join(' ');
    });
}

/**
 * The ids of the lexicon groups a Porter2 stem belongs to, ascending (empty when it is in none). A WordNet
 * phrase ("carry out") is asked for as its words' stems joined by "_" ("carri_out").
 */
export function lexiconGroups(stem: string): readonly number[] {
  return lexicon().groupsByStem.get(stem) ?? NONE;
}

/** Whether some lexicon phrase begins with this Porter2 stem. */
export function startsLexiconPhrase(stem: string): boolean {
  return lexicon().phraseStarts.has(stem);
}

/** Whether two ascending group-id lists share an id. */
export function shareGroup(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}
