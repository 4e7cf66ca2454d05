/**
 * A statement printed as one article of a newsletter: the items after it are the newsletter's, not the speech's; the
 * line under its heading that says who delivered it and when dates it; the masthead names the sender. Fictional
 * samples written for these tests (no real statement's text, no real person).
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { bodyBlocks } from './model';
import { isBoilerplate } from './residue';

const read = (text: string) => importedStatement('newsletter.txt', text);

const SPEECH = [
  'We leave this plenary with one decision we welcome and several we regret, and we say so plainly to the room.',
  'The certificate still says nothing of the people who dig, although every stone can be traced from the mine gate.',
  'We ask the incoming chair to make the working conditions of diggers a standing item on the agenda of every meeting.',
  'We also regret that two colleagues could not obtain visas in time, so the communities could not enter the room.',
];

describe('a statement as a newsletter’s article', () => {
  it('ends the speech at its closing thanks when another article’s heading follows, and dates it by who delivered it', async () => {
    const s = await read(
      [
        'Sample Valley Miners Network · Issue 7 · December 2085',
        'Closing statement to the 2085 Plenary',
        'Delivered by the network’s coordinator on 20 November 2085.',
        'Chair, distinguished delegates,',
        ...SPEECH,
        'We thank the hosts for their hospitality and the Chair for her patience.',
        'Training in the eastern fields',
        'In October our team ran a five-day course for forty diggers on reading the receipts that buyers now provide.',
        'New members',
        'We welcome two new member organisations from the coastal provinces, which bring the network to twenty-three.',
      ].join('\n\n'),
    );
    expect(bodyBlocks(s).map((b) => b.text)).toEqual([
      ...SPEECH,
      'We thank the hosts for their hospitality and the Chair for her patience.',
    ]);
    expect(s.metadata).toMatchObject({ date: '2085-11-20', organisation: 'Sample Valley Miners Network' });
  });

  it('keeps a speech whose first paragraph thanks the hosts over its own section headings, and its signature', async () => {
    const s = await read(
      [
        'Closing statement to the 2085 Plenary',
        'Chair,',
        'We thank the hosts for their hospitality and the Chair for her patience this week.',
        'On the definition',
        ...SPEECH,
        'Thank you.',
        'Coordinator, Sample Valley Miners Network',
        'This is an illustrative sample written for Plenary Diff; it is not an authentic statement.',
      ].join('\n\n'),
    );
    expect(bodyBlocks(s)).toHaveLength(5);
    expect(s.blocks.find((b) => b.text.startsWith('Coordinator'))?.role).toBe('signature');
  });

  it('reads a last line ending on its copyright as furniture, and a sentence about copyright as speech', () => {
    expect(
      isBoilerplate(
        'Field Notes is published four times a year. To unsubscribe, reply "stop". © 2085 Sample Network',
      ),
    ).toBe(true);
    expect(
      isBoilerplate('We ask that the reports be published. Copyright in them should not stop that.'),
    ).toBe(false);
  });
});
