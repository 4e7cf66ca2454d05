/** General-English word frequencies (resources/themes/background.json) that tell how distinctive a phrase is. */
import data from '../../resources/themes/background.json';

const zipfOf = new Map<string, number>();
for (const [zipf, words] of Object.entries(data.zipf)) {
  for (const word of words.split(' ')) zipfOf.set(word, Number(zipf));
}

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

/** Whether a lowercase word is in the background list (everyday English down to Zipf 3.5). */
export function isCommonWord(word: string): boolean {
  return zipfOf.has(word);
}
