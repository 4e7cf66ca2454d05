/**
 * A new year's statement names the same bodies as the 2019 one (they are still at work); naming them is no
 * quotation. A press release quotes a few words of it in quotation marks; that is one. Fictional sentences written
 * for this test, beside the 2019 reference.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStatement } from '../../testing/generators/load-statement';
import { importStatement } from '../statements/import-statement';
import { compare } from './compare';
import { wordSpans } from './text-terms';
import { freeWords, isNameMention, quotedWords } from './passage-checks';

const referencePath = fileURLToPath(
  new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
);

/** The words [from, to) of a text: `words` words from the one that begins where `first` is found. */
function passage(text: string, first: string, words: number) {
  const at = text.indexOf(first);
  const from = wordSpans(text).filter((w) => w.start < at).length;
  return { text, from, to: from + words };
}

/** The 2019 reference compared with a sample text (paragraphs a blank line apart) imported as a .txt file. */
async function compareWith2019(name: string, paragraphs: readonly string[]) {
  const reference = await loadStatement(referencePath);
  const bytes = new TextEncoder().encode(paragraphs.join('\n\n'));
  const imported = await importStatement({ name, bytes });
  if (!imported.ok) throw new Error(imported.error.reason);
  return { reference, other: imported.statement, comparison: compare(reference, imported.statement) };
}

describe('a name is no quotation', () => {
  it('counts the words of a passage outside capitalised names', () => {
    const text =
      'We further wish to thank the chairs of the Working Groups, the Ad hoc Committee on Review and Reform, its Sub-teams.';
    // "the Working Groups, the Ad hoc Committee on Review and Reform, its": the, the, its stand outside names.
    const p = passage(text, 'the Working', 12);
    expect(freeWords(p.text, p.from, p.to)).toBe(3);
    // A sentence's first word is not a name; a title-case heading names nothing.
    expect(freeWords('Civil society asks the plenary to act now.', 0, 8)).toBe(8);
    expect(freeWords('Closing Statement Of The Coalition To The Plenary', 0, 8)).toBe(8);
  });

  it('tells a name mentioned again from a quoted sentence', () => {
    const reference =
      'We further wish to thank the chairs of the Working Groups, the Ad hoc Committee on Review and Reform, its Sub-teams.';
    const named =
      'We acknowledge the work of the ad hoc committee on review and reform. Its members met eleven times.';
    expect(isNameMention(passage(reference, 'the Working', 12), passage(named, 'the work', 12))).toBe(true);
    const quoted =
      'As we said then, the chairs of the Working Groups made tremendous efforts to find solutions.';
    const original =
      'We thank the chairs of the Working Groups for their tremendous efforts to find solutions to the problems.';
    expect(isNameMention(passage(original, 'the chairs', 13), passage(quoted, 'the chairs', 12))).toBe(false);
  });

  it('makes no quoting echo of a new paragraph that names the reform committee the 2019 text thanks', async () => {
    const { comparison } = await compareWith2019('sample-2054.txt', [
      'Sample — Closing statement to the 2054 Plenary (illustrative sample)',
      'Madam Chair,',
      'Sample text. This week closes a year in which the trade again told the world that its supply chains are clean, and in which the communities beside the mines again told us another story.',
      'We acknowledge the work of the ad hoc committee on review and reform. Its members met eleven times, and its report is the most honest document this process has produced in a decade. But a report is not a decision.',
      'Thank you.',
    ]);
    expect(comparison.echoes.filter((e) => e.kind === 'reuse')).toEqual([]);
  });

  it('finds the words a text puts in quotation marks, when the quotation is about them alone', () => {
    const text =
      'The coalition warned that the scheme “continues to lose relevance and credibility” that year.';
    const p = passage(text, 'continues', 6);
    expect(quotedWords(text, p.from, p.to + 1)).toEqual({ from: p.from, to: p.to });
    const straight = 'They reached the point where "we agree that we don\'t agree" on the definition.';
    const q = passage(straight, 'we agree', 7);
    expect(quotedWords(straight, q.from, q.to)).toEqual({ from: q.from, to: q.to - 1 });
    // Five words inside a long quotation of something else, and words in no quotation.
    const long =
      'It said: “the only step forward this Plenary has been the adoption of a revised system for exports.”';
    const l = passage(long, 'this Plenary', 5);
    expect(quotedWords(long, l.from, l.to)).toBeNull();
    const plain = 'The scheme continues to lose relevance and credibility, they said.';
    expect(quotedWords(plain, 1, 7)).toBeNull();
  });

  it('links a press release’s short quotations of the 2019 text to the paragraphs they quote, and nothing unquoted', async () => {
    const { reference, other, comparison } = await compareWith2019('sample-2056.txt', [
      'Sample — Coalition says the scheme still “continues to lose relevance and credibility” (illustrative sample)',
      'SAMPLETOWN, 12 November 2056 — Seven years after its New Delhi closing statement, the Sample Civil Society Coalition says the certification scheme has not answered its critics.',
      'Back then the coalition warned that the scheme “continues to lose relevance and credibility” and said that the talks had left the communities without an answer.',
      'This year, the members say, negotiators again reached the point where "we agree that we don\'t agree" on the definition of conflict diamonds.',
      'The coalition said the scheme continues to lose relevance and credibility in the eyes of the public, and will publish its own review in January.',
    ]);
    const bodyOf = (blocks: typeof other.blocks) => blocks.filter((b) => b.role === 'body');
    const refNumber = new Map(bodyOf(reference.blocks).map((b, i) => [b.id, i + 1]));
    const quoted = comparison.echoes
      .filter((e) => e.kind === 'reuse')
      .flatMap((e) =>
        (e.passages ?? []).map((p) => {
          const block = other.blocks.find((b) => b.id === p.other.block);
          return [refNumber.get(p.reference.block), block?.text.slice(p.other.start, p.other.end)];
        }),
      );
    // ¶10 ends “… the KP continues to lose relevance and credibility”; ¶3 says “We agree that we don’t agree …”.
    expect(quoted).toEqual([
      [10, 'continues to lose relevance and credibility'],
      [3, "we agree that we don't agree"],
    ]);
  });
});
