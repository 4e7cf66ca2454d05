/**
 * A page of an older campaign site, laid out in a table with <font> and <br><br> in place of paragraphs: a side menu
 * one link a line, the heading in capitals over the meeting, place and date in capitals, the speech, the sender in
 * italics, and a footer line of pieces parted by bars. A fictional sample written for this test (no real statement's
 * text, no real person); the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { findOrganisationIn, unshouted } from './organisation';
import { isBoilerplate } from './residue';

const TABLE_PAGE = `<html><head><title>Sample Diamond Watch - Statements</title></head>
<body bgcolor="#ffffff"><table width="760" border="0">
<tr><td colspan="2"><img src="banner.gif" alt="Sample Diamond Watch"></td></tr>
<tr><td width="160" valign="top"><font face="Verdana" size="1"><a href="index.html">Home</a><br><a href="about.html">About</a><br><a href="statements.html">Statements</a><br><a href="contact.html">Contact</a></font></td>
<td width="600" valign="top"><font face="Verdana" size="2">
<b>OPENING STATEMENT BY THE SAMPLE CIVIL SOCIETY OBSERVERS<br>2065 SAMPLE PLENARY, RIVERMOUTH, 3 NOVEMBER 2065</b><br><br>
This is an illustrative sample written for testing; it is not a real statement.<br><br>
Mr Chairman,<br>Excellencies,<br><br>
We thank the government of the host country for receiving us in Rivermouth. We come to this plenary with a short list and a long memory.<br><br>
The long memory is of the promises made at earlier plenaries and left on paper. We do not ask for new promises. We ask that the old ones be kept.<br><br>
<i>Sample Civil Society Observers</i><br><br>
<hr><font size="1">Last updated 4 November 2065 | <a href="statements.html">Back to statements</a><br>Copyright 2065 Sample Diamond Watch</font>
</font></td></tr></table></body></html>
`;

describe('a page of an older site laid out in a table', () => {
  it('reads the heading in capitals for the sender and the place, and leaves the footer’s barred pieces out', async () => {
    const { blocks, metadata, title } = await importedStatement('statement.html', TABLE_PAGE);
    expect(title).toBe('OPENING STATEMENT BY THE SAMPLE CIVIL SOCIETY OBSERVERS');
    expect(blocks.filter((b) => b.role === 'body').map((b) => b.text.slice(0, 30))).toEqual([
      'We thank the government of the',
      'The long memory is of the prom',
    ]);
    expect(blocks.filter((b) => b.role === 'signature').map((b) => b.text)).toEqual([
      'Sample Civil Society Observers',
    ]);
    expect(blocks.filter((b) => b.role === 'boilerplate').map((b) => b.text)).toContain(
      'Last updated 4 November 2065 | Back to statements',
    );
    expect(metadata).toMatchObject({
      year: 2065,
      date: '2065-11-03',
      city: 'Rivermouth',
      meeting: 'plenary',
      kind: 'opening',
      organisation: 'Sample Civil Society Observers',
    });
  });

  it('reads a name in capitals as it reads it in running text', () => {
    expect(findOrganisationIn('CLOSING REMARKS BY THE SAMPLE VALLEY DIGGERS ASSOCIATION')).toBe(
      'Sample Valley Diggers Association',
    );
    expect(findOrganisationIn('Statement of the Sample Mining Observers')).toBe('Sample Mining Observers');
    expect(findOrganisationIn('The Sample Coalition’s statement')).toBe('Sample Coalition');
    expect(unshouted('2065 SAMPLE PLENARY, RIVERMOUTH')).toBe('2065 Sample Plenary, Rivermouth');
    expect(unshouted('Closing Statement, Rivermouth')).toBe('Closing Statement, Rivermouth');
  });

  it('takes a footer line for residue only when every barred piece is', () => {
    const furniture = [
      'Last updated 4 November 2065 | Back to statements',
      '© 2065 Sample Diamond Watch | Privacy policy | Cookie settings',
      'Page last modified on 3 May 2040',
    ];
    const speech = [
      'Last updated 4 November 2065 | We ask for a review mission',
      'Last reviewed on 3 May 2040, the figures were never published.',
    ];
    expect(furniture.filter((line) => !isBoilerplate(line))).toEqual([]);
    expect(speech.filter((line) => isBoilerplate(line))).toEqual([]);
  });
});
