/** General-English word frequencies (resources/themes/background.json, written.json) that tell how distinctive a phrase is. */
import data from '../../resources/themes/background.json' with { type: 'json' };
import written from '../../resources/themes/written.json' with { type: 'json' };

function zipfMap(buckets: Readonly<Record<string, string>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [zipf, words] of Object.entries(buckets)) {
    for (const word of words.split(' ')) map.set(word, Number(zipf));
  }
  return map;
}

const zipfOf = zipfMap(data.zipf);
const writtenZipfOf = zipfMap(written.zipf);

/** The Zipf value assumed for a word the background list leaves out (it keeps only Zipf ≥ 3.5). */
export const RARE_ZIPF = 3;

/**
 * How common a lowercase word or lemma is in everyday English, on the Zipf scale: log10 of its occurrences
 * per billion words ("time" 6.3, "diamond" 4.3, "reform" 3.6; words not in the list, like "secretariat",
 * RARE_ZIPF).
 */
export function backgroundZipf(word: string): number {
  return zipfOf.get(word) ?? RARE_ZIPF;
}

/**
 * How common a lowercase word is in English spoken or written, whichever is more: the words of policy prose
 * ("implementation" 4.4, "stakeholder" 3.5 in writing; both rare in speech) are common in any statement.
 */
export function generalZipf(word: string): number {
  return Math.max(backgroundZipf(word), writtenZipfOf.get(word) ?? RARE_ZIPF);
}

/** Whether a lowercase word is in the background list (everyday English down to Zipf 3.5). */
export function isCommonWord(word: string): boolean {
  return zipfOf.has(word);
}

/**
 * Whether a lowercase word is in either list of everyday English (spoken or written, Zipf ≥ 3.5): the same as
 * `generalZipf(word) > RARE_ZIPF`, asked by the importer's dehyphenation.
 */
export function isEnglishWord(word: string): boolean {
  return generalZipf(word) > RARE_ZIPF;
}
