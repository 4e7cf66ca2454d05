/** Fixed expressions (resources/themes/idioms.json, from WordNet) whose nouns name no topic: "a great deal", "take stock". */
import data from '../../resources/themes/idioms.json' with { type: 'json' };

/** A node of the expressions' trie: the next word's node, and whether an expression ends here. */
interface Node {
  readonly next: Map<string, Node>;
  end: boolean;
}

let root: Node | null = null;

function trie(): Node {
  if (root) return root;
  root = { next: new Map(), end: false };
  for (const expression of data.expressions) {
    let node = root;
    for (const word of expression.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The fixed expressions that start with one word (see `idiomsStartingWith`). */
export type IdiomStart = Node;

/** The fixed expressions starting with `word` (a lemma, lowercase), or null when none does. */
export function idiomsStartingWith(word: string): IdiomStart | null {
  return trie().next.get(word) ?? null;
}

/**
 * The length of the longest fixed expression starting at word `at` of `words` (lemmas, lowercase; null for a
 * word no expression holds, such as a number), or 0, given `first`, the expressions starting with word `at`. An
 * expression never runs over punctuation: `breaks[i]` is 1 where punctuation comes before word i.
 */
export function idiomAt(
  first: IdiomStart,
  words: readonly (string | null)[],
  breaks: ArrayLike<number>,
  at: number,
  end = words.length,
): number {
  let node: Node | undefined = first;
  let longest = first.end ? 1 : 0;
  for (let i = at + 1; i < end && node; i++) {
    const word = words[i];
    if (word === null || word === undefined || breaks[i] === 1) break;
    node = node.next.get(word);
    if (node?.end) longest = i - at + 1;
  }
  return longest;
}
