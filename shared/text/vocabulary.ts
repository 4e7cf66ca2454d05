/** The one vocabulary type: strings (words, stems, lemma keys) seen so far, each with a small integer id. */

/** Strings and their ids, in the order first seen: `keys[ids.get(s)] === s`. */
export interface Vocabulary {
  /** String → id. */
  readonly ids: Map<string, number>;
  /** Id → string. */
  readonly keys: string[];
}

/** An empty vocabulary. */
export function createVocabulary(): Vocabulary {
  return { ids: new Map(), keys: [] };
}

/** The id of `key`, added when new. */
export function idOf(vocabulary: Vocabulary, key: string): number {
  let id = vocabulary.ids.get(key);
  if (id === undefined) {
    id = vocabulary.keys.length;
    vocabulary.ids.set(key, id);
    vocabulary.keys.push(key);
  }
  return id;
}
