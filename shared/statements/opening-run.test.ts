/**
 * The lines between a statement's heading and its speech, and the credit line after it: a page's standfirst and a
 * place–date line may stand before the addresses without ending them; a line saying who delivered the speech closes
 * it. Fictional samples written for these tests (no real page's text, no real person).
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import type { BlockRole } from './model';

async function rolesOf(name: string, text: string): Promise<Map<string, BlockRole>> {
  const statement = await importedStatement(name, text);
  return new Map(statement.blocks.map((b) => [b.text, b.role]));
}

const SPEECH = [
  'Sample text. Three years ago this meeting promised to look again at how the certificate treats violence at mine sites, and the promise is still on the agenda rather than in the rules.',
  'We ask the working groups to bring a text to the plenary that participants can accept or reject, instead of another round of general views.',
];

describe('the opening run and the credit line', () => {
  it('reads a standfirst and a dateline over the addresses without ending them', async () => {
    const page = [
      "2038 Plenary Kasane – Opening statement of the Baobab Miners' Alliance",
      "Our coordinator spoke at the opening session on behalf of the alliance's member groups.",
      'Kasane, 9 November 2038',
      'Madam Chair,',
      'Excellencies,',
      'Colleagues from the trade and from the mining towns,',
      ...SPEECH,
      'Thank you.',
      "Delivered on behalf of the Baobab Miners' Alliance by its coordinator, Tumelo Vance-Okafor.",
    ].join('\n\n');
    const roles = await rolesOf('standfirst.md', page);
    expect(roles.get('Kasane, 9 November 2038')).toBe('title');
    expect(roles.get('Madam Chair,')).toBe('salutation');
    expect(roles.get('Colleagues from the trade and from the mining towns,')).toBe('salutation');
    expect(roles.get(SPEECH[0]!)).toBe('body');
    expect(roles.get(SPEECH[1]!)).toBe('body');
    expect(roles.get('Thank you.')).toBe('signature');
    expect(
      roles.get(
        "Delivered on behalf of the Baobab Miners' Alliance by its coordinator, Tumelo Vance-Okafor.",
      ),
    ).toBe('signature');
  });

  it('reads a news headline, a standfirst and a second heading over a list of addresses ended by a formula', async () => {
    const salutations = [
      'Honourable Minister of Mines and Energy,',
      'Madam Chair of the Industry Council;',
      'Honourable Chairs of the Working Groups;',
      'Focal Points of the participating countries;',
      'Distinguished guests, ladies and gentlemen in your respective capacities.',
    ];
    const page = [
      'Alliance urges the certification scheme to look beyond rebel movements',
      "Sample text: the Baobab Miners' Alliance's opening statement at the 2038 Plenary Meeting.",
      "Baobab Miners' Alliance Plenary 2038 Opening Speech",
      ...salutations,
      "On behalf of the Baobab Miners' Alliance I thank the host government and everyone who organised this week.",
      ...SPEECH,
      'Thank you.',
    ];
    // Saved as paragraphs, or copied one line each.
    for (const joiner of ['\n\n', '\n']) {
      const roles = await rolesOf('headline-standfirst.txt', page.join(joiner));
      expect(roles.get(page[0]!)).toBe('title');
      expect(roles.get(page[2]!)).toBe('title');
      for (const line of salutations) expect([line, roles.get(line)]).toEqual([line, 'salutation']);
      expect(roles.get(page[8]!)).toBe('body');
      expect(roles.get(SPEECH[0]!)).toBe('body');
    }
  });

  it('leaves a place and date after the speech to the signature, and a speech with no addresses to the body', async () => {
    const page = [
      'Closing remarks of the Alliance, 2038 Intersessional',
      SPEECH[0]!,
      SPEECH[1]!,
      'Kasane, 12 November 2038',
    ].join('\n\n');
    const roles = await rolesOf('no-addresses.txt', page);
    expect(roles.get(SPEECH[0]!)).toBe('body');
    expect(roles.get(SPEECH[1]!)).toBe('body');
    expect(roles.get('Kasane, 12 November 2038')).toBe('signature');
  });
});
