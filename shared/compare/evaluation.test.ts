/**
 * Opposite evaluations keep a weak pair out of the alignment (evaluation.ts, align-paragraphs.ts). Paragraphs
 * written for this test (fictional samples, no real statement's text), against the real 2019 reference.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement } from '../../testing/generators/load-statement';
import { makeStatement } from '../../testing/generators/make-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';
import { evaluation } from './evaluation';

const OPENING =
  'Sample paragraph: the host city offered a fine venue and the delegates enjoyed a calm week of talks in its old town.';

// On §6's subject (the permanent secretariat) in some of its words, welcoming where §6 deplores.
const WELCOMES =
  'We welcome the progress made this year on the permanent secretariat. After long talks on professionalism and technical capacities, its small office has completed a successful first year, has kept to its budget and has sent every paper out on time. We thank the donors and the staff for their commitment.';

// The same subject and about as many of §6's words, deploring as §6 does.
const DEPLORES =
  'We regret the slow pace on the permanent secretariat. After long talks on professionalism and technical capacities, its small office has failed to finish its first year within budget, and papers are still sent out late. We are disappointed by the lack of commitment from donors and staff.';

let reference: Statement;
beforeAll(async () => {
  reference = await loadStatement(
    fileURLToPath(new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url)),
  );
});

function outcome(text: string): { aligned: number[]; echoes: number[] } {
  const other = makeStatement([OPENING, text], { title: 'Sample — evaluation test', year: 2031 });
  const refNumber = new Map(bodyBlocks(reference).map((b, i) => [b.id, i + 1]));
  const id = bodyBlocks(other)[1]?.id as string;
  const comparison = compare(reference, other);
  const numbers = (list: readonly { reference: readonly string[]; other: readonly string[] }[]) =>
    list
      .filter((e) => e.other.includes(id))
      .flatMap((e) => e.reference.map((r) => refNumber.get(r) as number));
  return { aligned: numbers(comparison.alignment), echoes: numbers(comparison.echoes) };
}

describe('evaluation', () => {
  it('reads welcoming, deploring and neutral text, a negation turning a word round', () => {
    expect(evaluation(WELCOMES)).toBe(1);
    expect(evaluation(DEPLORES)).toBe(-1);
    expect(
      evaluation('We note that the office has no progress to show and the review was not successful.'),
    ).toBe(-1);
    expect(evaluation('The working group met twice and will meet again in June.')).toBe(0);
    // One word either way is not yet an evaluation.
    expect(evaluation('We welcome the chair and will discuss the report.')).toBe(0);
  });

  it('keeps a weak pair with opposite evaluations out of the alignment, as a topic echo', () => {
    expect(outcome(WELCOMES)).toEqual({ aligned: [], echoes: [6] });
  });

  it('aligns a pair of the same words and the same evaluation', () => {
    expect(outcome(DEPLORES).aligned).toEqual([6]);
  });
});
