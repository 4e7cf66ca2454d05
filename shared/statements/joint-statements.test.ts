/**
 * A joint statement from a word processor, its signatories in a table (organisation and country in two columns under
 * "Signed by:"). Fictional sample written for this test (invented organisations, no real person, no real statement's
 * text); the truth is what a reader gives it: given at Windhoek (Namibia), for the organisations together, so no
 * single one of them.
 */
import { describe, expect, it } from 'vitest';
import { escapeXml, makeDocx } from '../../testing/fixtures/build-fixtures';
import { importedStatement } from '../../testing/fixtures/imported-statement';

const paragraph = (text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const row = (...cells: string[]) =>
  `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${paragraph(c)}</w:tc>`).join('')}</w:tr>`;
const SIGNATORIES_TABLE = `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr>${[
  row('Organisation', 'Country'),
  row('Sample Delta Network', 'Botswana'),
  row('Sample Basin Miners Alliance', 'Namibia'),
  // A signatory may be a person, named like a speaker.
  row('Sample Person Tumelo', 'Lesotho'),
  row('Sample Lakes Rights Coalition', 'Malawi'),
].join('')}</w:tbl>`;

const JOINT_STATEMENT = [
  'Joint statement of civil society organisations to the 2043 Intersessional Meeting, Windhoek',
  '12 June 2043',
  'Chair, distinguished participants and observers,',
  'We, the undersigned organisations, come to this intersessional meeting with one request. This is an illustrative sample written for Plenary Diff.',
  'The peer review reports of the last three years are still unpublished, and the communities they describe have never seen them.',
  'We ask the participants to publish them before the plenary, in full and in the languages of the countries reviewed.',
  'Thank you.',
  'Signed by:',
];

describe('a joint statement with a table of signatories', () => {
  it('is placed where it was given, not in a signatory’s country, and filed under no single signatory', async () => {
    const { metadata, blocks } = await importedStatement(
      'joint-statement.docx',
      makeDocx(JOINT_STATEMENT, { extraBodyXml: SIGNATORIES_TABLE }),
    );
    expect(metadata).toMatchObject({
      year: 2043,
      date: '2043-06-12',
      city: 'Windhoek',
      country: 'Namibia',
      meeting: 'intersessional',
      organisation: null,
      // A signatory is not the one who spoke.
      speaker: null,
    });
    expect(blocks.filter((b) => b.role === 'body').map((b) => b.text.slice(0, 30))).toEqual([
      'We, the undersigned organisati',
      'The peer review reports of the',
      'We ask the participants to pub',
    ]);
    expect(blocks.filter((b) => b.role === 'signature').map((b) => b.text)).toEqual(
      expect.arrayContaining([
        'Thank you.',
        'Sample Delta Network',
        'Botswana',
        'Sample Lakes Rights Coalition',
      ]),
    );
    // The table's header row names its columns.
    expect(
      blocks.filter((b) => b.text === 'Organisation' || b.text === 'Country').map((b) => b.role),
    ).toEqual(['boilerplate', 'boilerplate']);
  });
});
