/**
 * A new year's statement names the same bodies as the 2019 one (they are still at work); naming them is no
 * quotation. Fictional sentences written for this test, beside the 2019 reference.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStatement } from '../../testing/generators/load-statement';
import { importStatement } from '../statements/import-statement';
import { compare } from './compare';
import { freeWords, isNameMention } from './name-mentions';

const referencePath = fileURLToPath(
  new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
);

/** The words [from, to) of a text, by word positions found with `indexOf` of the passage's first and last word. */
function passage(text: string, first: string, words: number) {
  const from = text.slice(0, text.indexOf(first)).split(/\s+/).filter(Boolean).length;
  return { text, from, to: from + words };
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
    const reference = await loadStatement(referencePath);
    const text = [
      'Sample — Closing statement to the 2054 Plenary (illustrative sample)',
      'Madam Chair,',
      'Sample text. This week closes a year in which the trade again told the world that its supply chains are clean, and in which the communities beside the mines again told us another story.',
      'We acknowledge the work of the ad hoc committee on review and reform. Its members met eleven times, and its report is the most honest document this process has produced in a decade. But a report is not a decision.',
      'Thank you.',
    ].join('\n\n');
    const imported = await importStatement({
      name: 'sample-2054.txt',
      bytes: new TextEncoder().encode(text),
    });
    if (!imported.ok) throw new Error(imported.error.reason);
    const comparison = compare(reference, imported.statement);
    expect(comparison.echoes.filter((e) => e.kind === 'reuse')).toEqual([]);
  });
});
