/**
 * Heavy paraphrase against the real 2019 reference, on paragraphs written for this test (fictional samples, no
 * real statement's text): what the sentence-by-sentence rule of paraphrase.ts aligns and what it keeps out.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement } from '../../testing/generators/load-statement';
import { makeStatement } from '../../testing/generators/make-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';

// A sample opening paragraph that shares nothing with the reference, so the statement has more than one paragraph.
const OPENING =
  'Sample paragraph: the host city offered a fine venue and the delegates enjoyed a calm week of talks in its old town.';

// §6 of the 2019 reference (secretariat and fund) said again sentence by sentence in other words.
const PARAPHRASE_OF_6 =
  'Apart from the debate on scope, a great deal of work went into the plans for a standing secretariat and a fund fed by several donors. Their purpose was to close serious gaps in the professional and technical abilities of the scheme and in the part civil society can play in it. We regret that talks on the two bodies were shelved once more because participants would not commit to them.';

// The same words, but the first sentence states a date the reference's does not: a secretariat that was opened is
// another claim than attempts at creating one.
const SAME_WORDS_OTHER_CLAIM = PARAPHRASE_OF_6.replace(
  'the plans for a standing secretariat',
  'the standing secretariat opened in 2029',
);

// §4 of the 2019 reference (two sentences: the scope attempt failed; the scheme protects governments against rebels)
// said again in other words that name none of the reference's specific themes, so only the sentence shape can tell.
const UNTHEMED_PARAPHRASE_OF_4 =
  'Once more, the push to stretch the reach of the scheme to the wars of our time came to nothing. The members chose to keep a system that does little but shield governments from insurgents who want to topple them.';

// Two sentences on the same subject that make another point: a request still to be studied.
const UNTHEMED_DECOY_OF_4 =
  'Several delegations asked that the reach of the scheme be stretched to violence by private security firms in mining areas. We urge members to study that request with care before the next meeting of the working group.';

// §2 of the 2019 reference (one sentence of thanks to the chairs, the reform committee and the honest brokers for their
// efforts) said in two sentences in other words.
const TWO_SENTENCE_PARAPHRASE_OF_2 =
  'We are grateful as well to everyone who led the working groups and the reform committee with its smaller teams, and to all who mediated fairly in the process. Their labour to fix the many current troubles of the scheme was at times enormous.';

// One sentence to the same chairs and committee that asks something else.
const ONE_SENTENCE_DECOY_OF_2 =
  'We also ask the chairs of the working groups and of the reform committee to publish their reports on the website within a month of each meeting.';

let reference: Statement;
beforeAll(async () => {
  reference = await loadStatement(
    fileURLToPath(new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url)),
  );
});

/** The 1-based reference § numbers and ops the paragraph is aligned with. */
function alignedWith(text: string): string[] {
  const other = makeStatement([OPENING, text], { title: 'Sample — paraphrase test', year: 2031 });
  const refNumber = new Map(bodyBlocks(reference).map((b, i) => [b.id, i + 1]));
  const id = bodyBlocks(other)[1]?.id as string;
  return compare(reference, other)
    .alignment.filter((e) => e.other.includes(id) && e.reference.length > 0)
    .map((e) => `${e.op} §${e.reference.map((r) => refNumber.get(r)).join('+')}`);
}

describe('heavy paraphrase', () => {
  it('aligns a sentence-by-sentence paraphrase as reworded', () => {
    expect(alignedWith(PARAPHRASE_OF_6)).toEqual(['changed §6']);
  });

  it('aligns a paraphrase sharing no specific theme when its sentence groups hold every sentence of both paragraphs', () => {
    // Two sentences each can make two groups, never the three asked of an unthemed pair that leaves sentences out.
    expect(alignedWith(UNTHEMED_PARAPHRASE_OF_4)).toEqual(['changed §4']);
    expect(alignedWith(UNTHEMED_DECOY_OF_4)).toEqual([]);
  });

  it('aligns a one-sentence paragraph said in two sentences when the one group holding them all matches well', () => {
    expect(alignedWith(TWO_SENTENCE_PARAPHRASE_OF_2)).toEqual(['changed §2']);
    expect(alignedWith(ONE_SENTENCE_DECOY_OF_2)).toEqual([]);
  });

  it('keeps out a paragraph whose matched sentences state numbers the reference sentences do not', () => {
    expect(alignedWith(SAME_WORDS_OTHER_CLAIM)).toEqual([]);
  });
});
