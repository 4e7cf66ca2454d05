/** Pull quotes: a sentence of the text set again between its paragraphs is not a paragraph of speech. */
import { describe, expect, it } from 'vitest';
import type { BlockRole } from './model';
import { markPullQuotes } from './pull-quotes';

const SPEECH = [
  'We thank the hosts for a week of patient and open work on the scheme and its future.',
  'The diggers were absent again. A register nobody can join in her own district is a register of the few, and the few already trade in the open.',
  'We ask the working group to bring a model register to the next meeting, with a fee of nothing at all.',
];

function marked(paragraphs: readonly string[]): BlockRole[] {
  const roles: BlockRole[] = paragraphs.map(() => 'body');
  markPullQuotes(paragraphs, roles);
  return roles;
}

describe('markPullQuotes', () => {
  it('marks a sentence of the text set again in quotation marks, with or without whom it quotes', () => {
    const quote = '“A register nobody can join in her own district is a register of the few.”';
    expect(marked([SPEECH[0] as string, quote, ...SPEECH.slice(1)])).toEqual([
      'body',
      'boilerplate',
      'body',
      'body',
    ]);
    expect(marked([...SPEECH, `${quote} — Sample Coordinator`])).toEqual([
      'body',
      'body',
      'body',
      'boilerplate',
    ]);
  });

  it('marks an unquoted repeat only right beside the paragraph it is taken from', () => {
    const repeat = 'A register nobody can join in her own district is a register of the few';
    expect(marked([SPEECH[0] as string, repeat, ...SPEECH.slice(1)])).toEqual([
      'body',
      'boilerplate',
      'body',
      'body',
    ]);
    const far = [repeat, 'One.', 'Two paragraphs.', 'Three paragraphs here.', 'Four.', ...SPEECH];
    expect(marked(far)[0]).toBe('body');
  });

  it('keeps a paragraph of speech that an introduction far above quotes, and short refrains', () => {
    const intro = `The network said: “${SPEECH[2] as string}” Its statement follows.`;
    expect(marked([intro, 'Chair,', 'Delegates,', 'Friends,', 'Colleagues,', ...SPEECH])).toEqual(
      Array(8).fill('body'),
    );
    expect(
      marked(['“Nothing about us without us.”', 'We said it before: nothing about us without us, ever.']),
    ).toEqual(['body', 'body']);
  });

  it('marks a quote that leaves words out with an ellipsis, its stretches in the speech’s order', () => {
    for (const gap of ['…', '...', '[…]', '(...)']) {
      const shortened = `“The diggers were absent again ${gap} a register of the few, and the few already trade in the open.”`;
      expect(marked([SPEECH[0] as string, shortened, ...SPEECH.slice(1)])).toEqual([
        'body',
        'boilerplate',
        'body',
        'body',
      ]);
    }
    // Its stretches in another order, or a stretch of a word or two any paragraph may hold, make no pull quote.
    const reordered =
      '“A register of the few, and the few already trade in the open … the diggers were absent again.”';
    const scraps = '“The diggers … register … the few already trade in the open.”';
    for (const quote of [reordered, scraps])
      expect(marked([SPEECH[0] as string, quote, ...SPEECH.slice(1)])[1]).toBe('body');
  });

  it('keeps a quoted paragraph that no other paragraph repeats', () => {
    const own =
      '“We will not sign a certificate for stones whose diggers were never paid for them,” one delegate said.';
    expect(marked([...SPEECH, own])).toEqual(['body', 'body', 'body', 'body']);
  });
});
