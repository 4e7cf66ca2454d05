// Footnotes and endnotes of a statement, in each format they arrive in: shown apart as notes, never as speech.
// Fictional statements (samples), written for these tests.
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  helveticaWidth,
  makeDocx,
  makePdf,
  type PdfLine,
} from '../../testing/fixtures/build-fixtures';
import { compare } from '../compare/compare';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import type { BlockRole, Statement } from './model';
import { noteLabel } from './notes';

const encoder = new TextEncoder();

const imported = importedStatement;
const importText = importedStatement;

const roles = (s: Statement): [BlockRole, string][] => s.blocks.map((b) => [b.role, b.text]);
const withRole = (s: Statement, role: BlockRole) =>
  s.blocks.filter((b) => b.role === role).map((b) => b.text);

const TITLE = 'Sample Coalition Statement to the 2033 Plenary, Windhoek (sample)';
const SPEECH: readonly [string, string, string] = [
  'This week the scheme again failed to agree on what a conflict diamond is. Our members in the producing countries report abuses by guards and soldiers at mining sites every month.',
  'The review visit to the Central African Republic was promised at two plenaries and has still not taken place, while buyers linked to armed groups keep operating near the fields.',
  'We ask the incoming Chair to make a permanent secretariat the first task of next year.',
];
const NOTES: readonly [string, string] = [
  'Reports collected by member organisations between January and October 2033.',
  'Decision of the plenary of 2031; see the communique of that year, paragraph 12.',
];

describe('noteLabel', () => {
  it.each([
    ['[1] Reports collected …', '1'],
    ['(2) Decision of …', '2'],
    ['3. See the communique …', '3'],
    ['4 Reports collected …', '4'],
    ['¹² Reports …', '12'],
    ['* Figures of 2033.', '*'],
    ['† Not delivered.', '†'],
  ])('reads "%s" as %s', (text, label) => expect(noteLabel(text)).toBe(label));

  it.each(['2033 was a year of talks.', 'Reports collected by members.', '[1]', '1 of 3'])(
    'reads no label in "%s"',
    (text) => expect(noteLabel(text)).toBeNull(),
  );
});

describe('notes at the end of a statement', () => {
  it('reads a "Notes" heading and the numbered notes under it as notes, and the thanks before them as signature', async () => {
    const text = [
      TITLE,
      'Madam Chair, distinguished delegates,',
      `${SPEECH[0]}[1]`,
      `${SPEECH[1]}[2]`,
      SPEECH[2],
      'Thank you.',
      'Notes',
      `[1] ${NOTES[0]}`,
      `[2] ${NOTES[1]}`,
    ].join('\n\n');
    const s = await importText('sample-notes.txt', text);
    expect(roles(s).slice(-4)).toEqual([
      ['signature', 'Thank you.'],
      ['note', 'Notes'],
      ['note', `[1] ${NOTES[0]}`],
      ['note', `[2] ${NOTES[1]}`],
    ]);
    expect(withRole(s, 'body')).toHaveLength(3);
  });

  it('reads notes without a heading when the speech marks each of them ("[1]", "¹")', async () => {
    const bracketed = await importText(
      'sample-marked.txt',
      [TITLE, `${SPEECH[0]}[1]`, `${SPEECH[1]}[2]`, SPEECH[2], `[1] ${NOTES[0]}`, `[2] ${NOTES[1]}`].join(
        '\n\n',
      ),
    );
    expect(withRole(bracketed, 'note')).toEqual([`[1] ${NOTES[0]}`, `[2] ${NOTES[1]}`]);
    const superscript = await importText(
      'sample-superscript.md',
      [`# ${TITLE}`, `${SPEECH[0]}¹`, SPEECH[1], SPEECH[2], `¹ ${NOTES[0]}`].join('\n\n'),
    );
    expect(withRole(superscript, 'note')).toEqual([`¹ ${NOTES[0]}`]);
  });

  it('reads Markdown footnotes ("[^1]", "[^source]: …") as "[n]" marks in the order the text marks them and notes at the end', async () => {
    const s = await importText(
      'sample-footnotes.md',
      [
        `# ${TITLE}`,
        `${SPEECH[0]}[^source] ${SPEECH[1]}[^1][^source]`,
        SPEECH[2],
        `[^1]: ${NOTES[1]}`,
        // A definition's next line, indented, goes on with it.
        `[^source]: ${NOTES[0].slice(0, 17)}\n  ${NOTES[0].slice(18)}`,
      ].join('\n\n'),
    );
    expect(withRole(s, 'body')).toEqual([`${SPEECH[0]}[1] ${SPEECH[1]}[2][1]`, SPEECH[2]]);
    expect(withRole(s, 'note')).toEqual(['Notes', `[1] ${NOTES[0]}`, `[2] ${NOTES[1]}`]);
  });

  it('keeps a numbered list that ends the speech as speech when nothing marks it as notes', async () => {
    const list = [
      'We ask the incoming Chair for three things this year.',
      '1. Publish every review visit report in full within a month of the visit.',
      '2. Send the long-promised review mission to the Central African Republic.',
      '3. Put the permanent secretariat on the agenda of the first meeting.',
    ];
    const s = await importText('sample-list.txt', [TITLE, SPEECH[0], ...list].join('\n\n'));
    expect(withRole(s, 'note')).toEqual([]);
    expect(withRole(s, 'body')).toEqual([SPEECH[0], ...list]);
    // Marked numbers out of order are no notes either.
    const unordered = await importText(
      'sample-unordered.txt',
      [TITLE, `${SPEECH[0]}[2]`, SPEECH[1], `[2] ${NOTES[0]}`, `[1] ${NOTES[1]}`].join('\n\n'),
    );
    expect(withRole(unordered, 'note')).toEqual([]);
    // Nor is a bulleted list of demands whose speech has an asterisk of emphasis: notes marked by a sign differ.
    const bullets = list.slice(1).map((item) => `* ${item.slice(3)}`);
    const emphasis = await importText(
      'sample-bullets.txt',
      [TITLE, 'We ask the incoming Chair for three things *this year*.', ...bullets].join('\n\n'),
    );
    expect(withRole(emphasis, 'note')).toEqual([]);
  });

  it('reads a saved page: marks in <sup> or links to a note as "[n]", back-links gone, the footnote list as notes', async () => {
    const html = `<!doctype html><html><head><title>${TITLE} – Sample Watch</title></head><body>
      <main><article><h1>${TITLE}</h1>
      <p>Madam Chair, distinguished delegates,</p>
      <p>${SPEECH[0]}<sup id="r1"><a href="#fn1">1</a></sup></p>
      <p>${SPEECH[1]}<a href="#_ftn2" class="ref">[2]</a></p>
      <p>${SPEECH[2]}</p><p>Thank you.</p>
      <hr><section class="footnotes" role="doc-endnotes"><ol>
        <li id="fn1">${NOTES[0]} <a href="#r1">↩</a></li>
        <li id="fn2">${NOTES[1]} <a href="#r2">↩︎</a></li>
      </ol></section></article></main></body></html>`;
    const s = await imported('sample-notes.html', encoder.encode(html));
    expect(withRole(s, 'body')).toEqual([`${SPEECH[0]}[1]`, `${SPEECH[1]}[2]`, SPEECH[2]]);
    expect(withRole(s, 'note')).toEqual(['Notes', `[1] ${NOTES[0]}`, `[2] ${NOTES[1]}`]);
    expect(withRole(s, 'signature')).toEqual(['Thank you.']);
  });

  it('reads a PDF: raised marks after words dropped, footnotes at the foot of a page taken out of a paragraph running on to the next', async () => {
    const width = await helveticaWidth();
    const markAfter = (line: PdfLine, mark: string): PdfLine => ({
      text: mark,
      x: 72 + width(line.text, 11) + 0.5,
      y: line.y + 4,
      size: 7,
    });
    const first = { text: 'mining sites every month.', y: 686 };
    const second = { text: 'keep operating near the fields.', y: 760 };
    const pdf = await makePdf([
      [
        { text: TITLE, y: 780, size: 14 },
        { text: 'Madam Chair, distinguished delegates,', y: 740 },
        { text: 'This week the scheme again failed to agree on what a conflict diamond is. Our', y: 714 },
        { text: 'members in the producing countries report abuses by guards and soldiers at', y: 700 },
        first,
        markAfter(first, '1'),
        { text: 'The review visit to the Central African Republic was promised at two plenaries', y: 660 },
        { text: 'and has still not taken place, while buyers linked to armed groups still', y: 646 },
        { text: '1', x: 72, y: 98, size: 6 },
        { text: NOTES[0], x: 78, y: 95, size: 9 },
        { text: '2', x: 72, y: 86, size: 6 },
        { text: 'Decision of the plenary of 2031; see the communique of that year,', x: 78, y: 83, size: 9 },
        { text: 'paragraph 12.', x: 78, y: 72, size: 9 },
      ],
      [second, markAfter(second, '2'), { text: 'Thank you.', y: 730 }],
    ]);
    const s = await imported('sample-notes.pdf', pdf);
    expect(withRole(s, 'body')).toEqual([
      'This week the scheme again failed to agree on what a conflict diamond is. Our members in the producing countries report abuses by guards and soldiers at mining sites every month.',
      'The review visit to the Central African Republic was promised at two plenaries and has still not taken place, while buyers linked to armed groups still keep operating near the fields.',
    ]);
    expect(withRole(s, 'note')).toEqual(['Notes', `1 ${NOTES[0]}`, `2 ${NOTES[1]}`]);
    expect(withRole(s, 'signature')).toEqual(['Thank you.']);
  });

  it('reads a Word document: each footnote or endnote mark as "[n]" in reading order, the notes at the end under "Notes"', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    const marked = (text: string, reference: string) =>
      `<w:p>${run(text)}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>${reference}</w:r></w:p>`;
    const notePart = (tag: string, notes: [string, string][]) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:${tag}s ${W}>` +
      `<w:${tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${tag}>` +
      `<w:${tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${tag}>` +
      notes
        .map(([id, text]) => `<w:${tag} w:id="${id}"><w:p>${run(' ')}${run(text)}</w:p></w:${tag}>`)
        .join('') +
      `</w:${tag}s>`;
    const docx = makeDocx([TITLE, 'Madam Chair,'], {
      extraBodyXml:
        marked(SPEECH[0], '<w:footnoteReference w:id="2"/>') +
        marked(SPEECH[1], '<w:endnoteReference w:id="1"/>') +
        `<w:p>${run(SPEECH[2])}</w:p><w:p>${run('Thank you.')}</w:p>`,
      extraParts: {
        'word/footnotes.xml': notePart('footnote', [['2', NOTES[0]]]),
        'word/endnotes.xml': notePart('endnote', [['1', NOTES[1]]]),
      },
    });
    const s = await imported('sample-notes.docx', docx);
    expect(withRole(s, 'body')).toEqual([`${SPEECH[0]}[1]`, `${SPEECH[1]}[2]`, SPEECH[2]]);
    expect(withRole(s, 'note')).toEqual(['Notes', `[1] ${NOTES[0]}`, `[2] ${NOTES[1]}`]);
    expect(withRole(s, 'signature')).toEqual(['Thank you.']);
  });

  it('shows notes apart in a comparison, never aligned', async () => {
    const reference = await importText('sample-reference.txt', [TITLE, ...SPEECH].join('\n\n'));
    const other = await importText(
      'sample-other.txt',
      [TITLE, `${SPEECH[0]}[1]`, SPEECH[1], SPEECH[2], 'Notes', `[1] ${NOTES[0]}`].join('\n\n'),
    );
    const comparison = compare(reference, other);
    expect(comparison.frame.find((f) => f.role === 'note')?.other.map((b) => b.text)).toEqual([
      'Notes',
      `[1] ${NOTES[0]}`,
    ]);
    expect(comparison.alignment.filter((e) => e.op === 'added')).toEqual([]);
  });
});
