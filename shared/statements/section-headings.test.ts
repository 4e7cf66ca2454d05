/**
 * Section headings inside a speech ("On the definition", "2. The Central African Republic") are headings, shown apart
 * and not compared; a list's short items, a line cut off in mid-phrase and a salutation standing alone are not.
 * Fictional samples written for these tests (no real statement's text, no real person).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../compare/compare';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import type { BlockRole, Statement } from './model';

const read = importedStatement;

const rolesOf = (s: Statement): Map<string, BlockRole> => new Map(s.blocks.map((b) => [b.text, b.role]));

const P1 =
  'Sample text. For three cycles the meeting has circled the same question of which violence a certificate should rule out, and each time the answer was postponed.';
const P2 =
  'We ask the working group to put a text on the table that names violence by public and private security forces at the mine sites.';
const P3 =
  'The people of the mining towns still wait for the review visit that was promised when the monitoring team last reported.';

describe('section headings in a speech', () => {
  it('reads short headed sections in text and markdown as headings, and the paragraphs under them as body', async () => {
    const lines = [
      'Closing statement of the Baobab Miners’ Alliance, 2038 Plenary',
      'Madam Chair,',
      P1,
      'On the definition',
      P2,
      '2. The Central African Republic',
      P3,
      'Thank you.',
    ];
    const txt = rolesOf(await read('headed.txt', lines.join('\n\n')));
    const md = rolesOf(
      await read('headed.md', lines.map((l, i) => (i === 3 || i === 5 ? `## ${l}` : l)).join('\n\n')),
    );
    for (const roles of [txt, md]) {
      expect(roles.get('On the definition')).toBe('heading');
      expect(roles.get('2. The Central African Republic')).toBe('heading');
      expect([P1, P2, P3].map((p) => roles.get(p))).toEqual(['body', 'body', 'body']);
      expect(roles.get('Madam Chair,')).toBe('salutation');
      expect(roles.get('Thank you.')).toBe('signature');
    }
  });

  it('leaves a list’s items, a line cut off in mid-phrase and a salutation standing alone as they were', async () => {
    const s = await read(
      'not-headed.txt',
      [
        'Opening statement of the Alliance, 2038 Intersessional',
        P1,
        'We ask for three things:',
        'A broader definition',
        'A permanent secretariat',
        'Independent monitoring',
        P2,
        'The review mission to the',
        P3,
        'Ladies and gentlemen',
        P2.replace('We ask', 'Again we ask'),
      ].join('\n\n'),
    );
    const roles = rolesOf(s);
    for (const line of [
      'A broader definition',
      'A permanent secretariat',
      'Independent monitoring',
      'The review mission to the',
    ])
      expect([line, roles.get(line)]).toEqual([line, 'body']);
    expect(roles.get('Ladies and gentlemen')).not.toBe('heading');
  });

  it('shows headings apart from the body: the comparison lists them with the frame and aligns no heading', async () => {
    const reference = await read(
      'reference.txt',
      ['Closing statement, 2037 Plenary', P1, P2, P3].join('\n\n'),
    );
    const other = await read(
      'headed.txt',
      ['Closing statement, 2038 Plenary', P1, 'On the definition', P2, 'Mining towns', P3].join('\n\n'),
    );
    const comparison = compare(reference, other);
    const headings = comparison.frame.find((part) => part.role === 'heading');
    expect(headings?.other.map((b) => b.text)).toEqual(['On the definition', 'Mining towns']);
    expect(headings?.reference).toEqual([]);
    expect(comparison.alignment.map((entry) => entry.op)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});
