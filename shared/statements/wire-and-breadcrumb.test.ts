/**
 * A release as a news-wire service shows it (the sender under a "provided by" label, the wire's time stamp with its
 * zone, "About …" over the sender's own paragraph) and a page whose menu, copied one item per line, is longer than the
 * lines the heading is looked for in, with a breadcrumb trail right over the heading. Wordings the page-shapes fixtures
 * do not use. Fictional samples written for this test (invented organisations, no real person, no real statement's
 * text); the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { bodyBlocks, type Statement } from './model';

const imported = (text: string) => importedStatement('copy.txt', text);

const roleOf = (s: Statement, start: string) => s.blocks.find((b) => b.text.startsWith(start))?.role;

const WIRE = `Sample Wire Services
Sample Coastal Miners Forum urges plenary to fund community monitors
Distributed by:
Sample Coastal Miners Forum
12 Nov 2067 14:30 CEST
ACCRA, Ghana, Nov. 12, 2067 /Sample Wire/ -- The Sample Coastal Miners Forum asked the Kimberley Process plenary today to pay for monitors chosen by the mining communities themselves. This release is an illustrative sample written for Plenary Diff.
The forum said that monitors paid by the companies they watch cannot win the trust of the villages, and that a small fund would be enough for the first three years.
About Sample Coastal Miners Forum
Sample Coastal Miners Forum is a network of miners' committees along the coast, founded for this sample.
Media contact: press@coastal-miners.example
`;

const FRENCH_PAGE = `Aller au contenu
Sample Réseau des Carrières du Fleuve
Qui sommes-nous
Notre histoire
Équipe
Nos actions
Terres et mines
Eau potable
Diamants et certification
Plaidoyer régional
Publications
Accueil > Actualités > 2068
Closing statement of the Sample River Quarries Network to the 2068 Plenary
Madam Chair,
The Sample River Quarries Network thanks the hosts of this plenary. This statement is an illustrative sample written for Plenary Diff.
We ask that the working group on monitoring visit the river quarries before it reports.
Thank you.
`;

// A theme that prints the heading above the breadcrumb: the trail stands over the text, no heading under it.
const HEADING_ABOVE_TRAIL = `Sample Hills Mining Watch
Opening remarks to the 2069 Plenary
Home › News › Opening remarks to the 2069 Plenary
Chair, distinguished delegates,
The Sample Hills Mining Watch opens this plenary with a question about the review visits. This statement is an illustrative sample written for Plenary Diff.
We ask when the reports of last year's visits will be published.
Thank you.
`;

describe('a release on a news-wire service', () => {
  it('keeps the sender under its label, the time stamp and the "About" paragraph out of the text', async () => {
    const s = await imported(WIRE);
    expect(s.title).toBe('Sample Coastal Miners Forum urges plenary to fund community monitors');
    expect(roleOf(s, 'Distributed by')).toBe('boilerplate');
    expect(s.blocks.find((b) => b.text === 'Sample Coastal Miners Forum')?.role).toBe('boilerplate');
    expect(roleOf(s, '12 Nov 2067 14:30 CEST')).toBe('title');
    expect(roleOf(s, 'About Sample Coastal Miners Forum')).toBe('boilerplate');
    expect(roleOf(s, 'Sample Coastal Miners Forum is a network')).toBe('boilerplate');
    expect(bodyBlocks(s).map((b) => b.text.slice(0, 24))).toEqual([
      'ACCRA, Ghana, Nov. 12, 2',
      'The forum said that moni',
    ]);
    expect(s.metadata).toMatchObject({
      date: '2067-11-12',
      city: 'Accra',
      kind: 'press',
      organisation: 'Sample Coastal Miners Forum',
    });
  });
});

describe('a page with a long menu and a breadcrumb trail over its heading', () => {
  it('takes the line under the trail as the heading, however long the menu above it', async () => {
    const s = await imported(FRENCH_PAGE);
    expect(s.title).toBe('Closing statement of the Sample River Quarries Network to the 2068 Plenary');
    for (const line of ['Diamants et certification', 'Plaidoyer régional', 'Eau potable'])
      expect([line, roleOf(s, line)]).toEqual([line, 'boilerplate']);
    expect(bodyBlocks(s)).toHaveLength(2);
  });

  it('keeps a heading printed above the trail when none stands under it', async () => {
    const s = await imported(HEADING_ABOVE_TRAIL);
    expect(s.title).toBe('Opening remarks to the 2069 Plenary');
    expect(bodyBlocks(s)).toHaveLength(2);
  });
});
