/**
 * One page holding two speeches of a meeting, the opening and the closing statement one after the other (fictional
 * samples). A file makes one statement: both speeches are its text, their headings are section headings, the first
 * speech's thanks close it, and a heading naming both kinds names no one kind.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { bodyBlocks, type Statement } from './model';

const imported = (text: string): Promise<Statement> => importedStatement('two.txt', text);

const speech = (heading: string, first: string, second: string) =>
  [heading, '', 'Mr Chair,', 'Dear colleagues,', '', first, '', second, '', 'Thank you.', ''].join('\n');

describe('a page with the opening and the closing statement', () => {
  it('keeps both speeches as the text under section headings', async () => {
    const s = await imported(
      [
        'Opening and closing remarks of the Sample Rift Diggers Forum, 2096 Plenary',
        '',
        speech(
          'Opening remarks',
          'The Sample Rift Diggers Forum greets the plenary. These remarks are a fictional sample for a test.',
          'We ask the plenary to hear the diggers before it decides on their licences.',
        ),
        speech(
          'Closing remarks',
          'The plenary heard the diggers on Wednesday, and we thank it for the afternoon it gave them.',
          'We will report to the valleys what was agreed and what was left for next year.',
        ),
        'Sample Person Achieng',
      ].join('\n'),
    );
    expect(s.metadata.kind).toBe('statement');
    expect(bodyBlocks(s).map((b) => b.text.slice(0, 24))).toEqual([
      'The Sample Rift Diggers ',
      'We ask the plenary to he',
      'The plenary heard the di',
      'We will report to the va',
    ]);
    expect(s.blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toEqual([
      'Opening remarks',
      'Closing remarks',
    ]);
    expect(s.blocks.find((b) => b.text === 'Thank you.')?.role).toBe('signature');
  });

  it('leaves a heading that names one kind as it was', async () => {
    const s = await imported(
      speech(
        'Closing remarks of the Sample Rift Diggers Forum',
        'We thank the hosts.',
        'We will report back.',
      ),
    );
    expect(s.metadata.kind).toBe('closing');
  });
});
