/**
 * The labelled sample statements in resources/corpus/samples/ against the real 2019 reference, checked
 * against the truth their README documents (written when the samples were made).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importStatement } from '../statements/import-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';

async function load(path: string): Promise<Statement> {
  const url = new URL(`../../resources/corpus/${path}`, import.meta.url);
  const result = await importStatement({
    name: path.split('/').pop() as string,
    bytes: new Uint8Array(readFileSync(url)),
  });
  if (!result.ok) throw new Error(result.error.reason);
  return result.statement;
}

/** The alignment as "op §refs→¶others", 1-based body positions, in display order. */
async function describeAgainstReference(sample: string): Promise<string[]> {
  const reference = await load('2019-new-delhi-closing-csc.txt');
  const other = await load(`samples/${sample}`);
  const refNumber = new Map(bodyBlocks(reference).map((b, i) => [b.id, `§${i + 1}`]));
  const otherNumber = new Map(bodyBlocks(other).map((b, i) => [b.id, `¶${i + 1}`]));
  return compare(reference, other).alignment.map(
    (e) =>
      `${e.op} ${e.reference.map((id) => refNumber.get(id)).join('+')}→${e.other.map((id) => otherNumber.get(id)).join('+')}`,
  );
}

describe('the labelled samples against the 2019 reference', () => {
  it('2017 Brisbane: four reworded paragraphs (27–32%), five new, six dropped', async () => {
    expect(await describeAgainstReference('sample-2017-brisbane-opening.txt')).toEqual([
      'removed §1→',
      'removed §2→',
      'removed §3→',
      'added →¶1',
      'added →¶2',
      'changed §4→¶3',
      'changed §5→¶4',
      'changed §6→¶5',
      'removed §7→',
      'changed §8→¶6',
      'removed §9→',
      'removed §10→',
      'added →¶7',
      'added →¶8',
      'added →¶9',
    ]);
  });

  it('2018 Brussels: edits, a reworded paragraph out of order, new and dropped paragraphs', async () => {
    const alignment = await describeAgainstReference('sample-2018-brussels-closing.txt');
    // §7 now comes before §6: which of the two is called moved is a matter of view; exactly one is.
    const swapped = alignment.filter((e) => /§[67]→/.test(e)).sort();
    expect([
      ['changed §6→¶5', 'moved §7→¶4'],
      ['changed §7→¶4', 'moved §6→¶5'],
    ]).toContainEqual(swapped);
    expect(alignment.filter((e) => !/§[67]→/.test(e))).toEqual([
      'removed §1→',
      'added →¶1',
      'changed §2→¶2',
      'removed §3→',
      'changed §4→¶3',
      'removed §5→',
      'removed §8→',
      'changed §9→¶6',
      'added →¶7',
      'added →¶8',
      'changed §10→¶9',
    ]);
  });

  it('2021 Moscow: a merge, a verbatim paragraph, a split, edits and a paragraph reworded by 35%', async () => {
    expect(await describeAgainstReference('sample-2021-moscow-closing.txt')).toEqual([
      'merged §1+§2→¶1',
      'removed §3→',
      'added →¶2',
      'unchanged §4→¶3',
      'split §5→¶4+¶5',
      'changed §6→¶6',
      'removed §7→',
      'removed §8→',
      'changed §9→¶7',
      'added →¶8',
      'changed §10→¶9',
    ]);
  });

  it('2022 Gaborone: a moved paragraph, edits, and a new paragraph on the same topic as a dropped one', async () => {
    expect(await describeAgainstReference('sample-2022-gaborone-closing.txt')).toEqual([
      'removed §1→',
      'removed §2→',
      'added →¶1',
      'changed §3→¶2',
      'moved §9→¶3',
      'added →¶4',
      'changed §4→¶5',
      'changed §5→¶6',
      'removed §6→',
      'added →¶7',
      'changed §7→¶8',
      'removed §8→',
      'added →¶9',
      'changed §10→¶10',
    ]);
  });
});
