/**
 * Word meaning for the heavy-paraphrase check: which Porter2 stems WordNet gives a common meaning
 * ("rebel" ~ "insurgent", "broaden" ~ "widen", "grateful" ~ "thankful", "decide" ~ "decision"). The groups are
 * generated from WordNet 3.1 by scripts/build-lexicon.ts into lexicon-data.ts and parsed on first use.
 */
import { LEXICON_GROUPS } from './lexicon-data';

const NONE: readonly number[] = [];

/** Group ids by stem, ascending; built on first call. */
let groupsByStem: Map<string, number[]> | null = null;

/** The ids of the lexicon groups a Porter2 stem belongs to, ascending (empty when it is in none). */
export function lexiconGroups(stem: string): readonly number[] {
  if (!groupsByStem) {
    const map = new Map<string, number[]>();
    LEXICON_GROUPS.split('\n').forEach((line, id) => {
      for (const s of line.split(' ')) {
        const list = map.get(s);
        if (list) list.push(id);
        else map.set(s, [id]);
      }
    });
    groupsByStem = map;
  }
  return groupsByStem.get(stem) ?? NONE;
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
