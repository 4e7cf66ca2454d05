import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';
import { segment, splitParagraphs, statementId } from './segment';

const reference = normaliseText(
  readFileSync(new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url), 'utf8'),
);

describe('splitParagraphs', () => {
  it('splits on blank lines and joins hard-wrapped prose back together', () => {
    const text = [
      'The umpteenth attempt at broadening the scope of the KP to capture',
      'contemporary conflict challenges failed to produce any result. The KP',
      'has decided to remain a process that merely serves to protect state.',
      '',
      'Second paragraph.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'The umpteenth attempt at broadening the scope of the KP to capture contemporary conflict challenges failed to produce any result. The KP has decided to remain a process that merely serves to protect state.',
      'Second paragraph.',
    ]);
  });

  it('keeps addresses apart from the wrapped prose around them, as text copied from a PDF gives them', () => {
    // The note under the heading is wide enough to pass for a wrapped line; the addresses end on commas.
    const text = [
      'Statement to the Plenary (sample)',
      '(A fictional sample written for Plenary Diff tests)',
      'Honourable Chair,',
      'Distinguished delegates,',
      'Representatives of industry and of the communities,',
      'Sample Alluvial Watch thanks the Government of Zimbabwe for hosting this',
      'plenary and for the arrangements that let community representatives travel.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'Statement to the Plenary (sample)',
      '(A fictional sample written for Plenary Diff tests)',
      'Honourable Chair,',
      'Distinguished delegates,',
      'Representatives of industry and of the communities,',
      'Sample Alluvial Watch thanks the Government of Zimbabwe for hosting this plenary and for the arrangements that let community representatives travel.',
    ]);
  });

  it('keeps a list of short lines as separate paragraphs', () => {
    expect(splitParagraphs('KP Chair,\nPresident of WDC\nLadies and gentlemen,')).toEqual([
      'KP Chair,',
      'President of WDC',
      'Ladies and gentlemen,',
    ]);
  });

  it('reads one paragraph per line when the lines are too long to be wrapped', () => {
    const long = 'word '.repeat(50).trim();
    expect(splitParagraphs(`${long}.\n${long}!\nShort closing line.`)).toEqual([
      `${long}.`,
      `${long}!`,
      'Short closing line.',
    ]);
  });

  it('joins a paragraph broken inside its sentences on a copied page (a pull quote, a break after "will")', () => {
    // Fictional page text: one long pull quote whose line breaks (`<br>` on the page) fall mid-sentence.
    const quote = [
      '“Speaking for the sample coalition, let me begin by thanking the hosts of this',
      'meeting for their welcome. We trust that the chair will',
      'steer the talks towards change on the issues raised by communities in the mining areas, and we look forward to an open, frank and genuine discussion of reform and of the routine business of the scheme this week.”',
    ];
    const rest = ['“A second quotation stands apart.”', 'To read further:', 'Follow us'];
    expect(splitParagraphs([...quote, ...rest].join('\n'))).toEqual([
      quote.join(' '),
      '“A second quotation stands apart.”',
      'To read further:',
      'Follow us',
    ]);
    // Lower case after a line that stops without punctuation goes on the same sentence.
    const long = 'words that fill a whole line of a web page and go on '.repeat(4).trim();
    expect(splitParagraphs(`${long}\nwithout a break in meaning.`)).toEqual([
      `${long} without a break in meaning.`,
    ]);
  });

  it('keeps lines apart that only look unfinished: list items, an address, a quote left open by a typo', () => {
    const long =
      'a line of a one-paragraph-per-line text that is long enough to be a paragraph of its own'.repeat(2);
    const items = [
      `Protect the space for civil society in ${long}`,
      `Ensure consultation of mining communities in ${long}`,
    ];
    expect(splitParagraphs(items.join('\n'))).toEqual(items);
    expect(splitParagraphs('Sample Coalition Secretariat\nc/o a member organisation\nHarare')).toEqual([
      'Sample Coalition Secretariat',
      'c/o a member organisation',
      'Harare',
    ]);
    const typo = [
      `“An opening quote never closed, ${long}.`,
      ...Array.from({ length: 7 }, (_, i) => `Line ${i} ${long}.`),
    ];
    expect(splitParagraphs(typo.join('\n'))).toEqual(typo);
  });

  it('keeps a dateline under a heading copied without a blank line apart, unless a sentence runs on to it', () => {
    expect(
      splitParagraphs(
        'Sample Watch Network\nOpening remarks of the coalition at the 2037 Intersessional meeting, Maun (sample)\n12 June 2037',
      ),
    ).toEqual([
      'Sample Watch Network',
      'Opening remarks of the coalition at the 2037 Intersessional meeting, Maun (sample)',
      '12 June 2037',
    ]);
    // A place before the date ("Lisbon, 4 November 2057") is a dateline too, under a heading as long as the wrapped
    // prose of a statement copied from a PDF.
    expect(
      splitParagraphs(
        [
          'Opening Statement to the 2057 Kimberley Process Plenary (sample text)',
          'Lisbon, 4 November 2057',
          'We meet again in a year when the diamond trade has changed faster than the rules',
          'that are meant to govern it.',
        ].join('\n'),
      ),
    ).toEqual([
      'Opening Statement to the 2057 Kimberley Process Plenary (sample text)',
      'Lisbon, 4 November 2057',
      'We meet again in a year when the diamond trade has changed faster than the rules that are meant to govern it.',
    ]);
    expect(
      splitParagraphs(
        'The review mission will report to the working group on monitoring in\nLisbon, 4 November 2057',
      )[0],
    ).toBe('The review mission will report to the working group on monitoring in Lisbon, 4 November 2057');
    expect(
      splitParagraphs(
        'The coalition will present the testimony of the diggers to the intersessional meeting held on\n12 June 2037',
      ),
    ).toEqual([
      'The coalition will present the testimony of the diggers to the intersessional meeting held on 12 June 2037',
    ]);
    // A date inside a wrapped sentence: the line before stops without a sentence's end, or the next goes on.
    expect(
      splitParagraphs('The moratorium on exports from the region remained in force until\n14 June 2037')[0],
    ).toBe('The moratorium on exports from the region remained in force until 14 June 2037');
    expect(
      splitParagraphs(
        'The working group lifted the moratorium on exports from the region\n14 June 2037\nand we regret it.',
      )[0],
    ).toBe('The working group lifted the moratorium on exports from the region 14 June 2037');
  });

  it("reads a paragraph per line in a page copied without blank lines, whatever the lines' widths", () => {
    // Fictional news item copied from a page: short paragraphs of 60-160 characters, one per line. The widest line
    // ends a sentence; were the lines taken for prose wrapped to that width, it would swallow the next paragraph,
    // and the heading the line under it.
    const lines = [
      'Sample statement of the Ridge Valley Network after the 2044 Intersessional meeting, Maputo',
      'Content overview',
      'This week saw the close of the 2044 intersessional meeting. Delegates discussed making each review public.',
      'In its closing speech, the Network welcomed the proposal and asked for the reports within three months.',
      'It offered to send two observers to the next review visit.',
      'More information:',
    ];
    expect(splitParagraphs(lines.join('\n'))).toEqual(lines);
    // Prose wrapped to a width still joins: its lines go on in lower case.
    const wrapped = [
      'The coalition asked the working group on monitoring to publish the figures for',
      'each zone, together with the prices, so that observers can check the exports',
      'against what the zones are thought to produce. It also asked for the reports of',
      'Review visits to be published in full.',
    ];
    expect(splitParagraphs(wrapped.join('\n'))).toEqual([wrapped.join(' ')]);
  });

  it('ends a wrapped paragraph at a short line and collapses inner whitespace', () => {
    const text =
      'We  commend the CAR Monitoring Team and the authorities for their joint\nefforts to reach an agreement.\nThe system will allow for more flexibility and hence for more diamonds\nfrom compliant zones.';
    expect(splitParagraphs(text)).toEqual([
      'We commend the CAR Monitoring Team and the authorities for their joint efforts to reach an agreement.',
      'The system will allow for more flexibility and hence for more diamonds from compliant zones.',
    ]);
  });

  it('joins a word a typeset page split at a line end, and keeps the hyphen of a compound wrapped after it', () => {
    // Text copied from a PDF viewer keeps the typesetter's hyphens; an editor wraps after a real one.
    const text = [
      'We ask the plenary for two things. First, that the review mission pro-',
      'mised two years ago visits the river sites before the rains, with a long-',
      'term plan for the buying offices and their self-',
      'regulation, which the communities can follow.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'We ask the plenary for two things. First, that the review mission promised two years ago visits the river sites before the rains, with a long-term plan for the buying offices and their self-regulation, which the communities can follow.',
    ]);
  });
});

describe('segment', () => {
  it('gives the 2019 reference its title, salutations, exactly 10 body blocks, signature and boilerplate', () => {
    const blocks = segment(reference);
    const roles = blocks.map((b) => b.role);
    expect(roles).toEqual([
      'title',
      ...Array<string>(5).fill('salutation'),
      ...Array<string>(10).fill('body'),
      'signature',
      'signature',
      'boilerplate',
      'boilerplate',
    ]);
    expect(blocks[0]?.text).toBe('Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019');
    expect(blocks.filter((b) => b.role === 'salutation').map((b) => b.text)).toEqual([
      'KP Chair,',
      'President of WDC',
      'Working Group Chairs',
      'Ladies and gentlemen,',
      'Dear Participants and Observers,',
    ]);
    expect(blocks.filter((b) => b.role === 'body')[0]?.text).toMatch(/^The best thing about this Plenary/);
    expect(blocks.filter((b) => b.role === 'body')[9]?.text).toMatch(/^Our overall conclusion/);
    expect(blocks.filter((b) => b.role === 'signature')[1]?.text).toMatch(
      /^Coordinator KP Civil Society Coalition/,
    );
    expect(blocks.filter((b) => b.role === 'boilerplate').map((b) => b.text)).toEqual([
      'Leave a Comment',
      'Your email address will not be published.',
    ]);
  });

  it('gives stable, short block ids and suffixes repeated text', () => {
    const text =
      'Title of a statement\n\nThe same paragraph again and again.\n\nThe same paragraph again and again.\n\nEnd of it.';
    const first = segment(text);
    const second = segment(text);
    expect(first.map((b) => b.id)).toEqual(second.map((b) => b.id));
    const [, a, b] = first;
    expect(a?.id).toMatch(/^[0-9a-f]{12}$/);
    expect(b?.id).toBe(`${a?.id}-2`);
    expect(new Set(first.map((x) => x.id)).size).toBe(first.length);
  });

  it('gives the same text the same block id wherever it stands, and a different role a different id', () => {
    const one = segment('Title\n\nKP Chair,\n\nA body paragraph that says something.\n\nAnother one.');
    const two = segment('Other title\n\nKP Chair,\n\nAnother one.\n\nA body paragraph that says something.');
    const idOf = (blocks: typeof one, text: string) => blocks.find((b) => b.text === text)?.id;
    expect(idOf(one, 'Another one.')).toBe(idOf(two, 'Another one.'));
    expect(idOf(one, 'KP Chair,')).toBe(idOf(two, 'KP Chair,'));
    expect(segment('Title\n\nTitle\n\nBody text here.')[1]?.id).not.toBe(
      segment('Title\n\nTitle\n\nBody text here.')[0]?.id,
    );
  });

  it('derives the statement id from the content only', () => {
    const blocks = segment(reference);
    expect(statementId(blocks)).toBe(statementId(segment(reference)));
    expect(statementId(blocks)).toMatch(/^[0-9a-f]{16}$/);
    expect(statementId(segment(reference.replace('warm welcome', 'cold welcome')))).not.toBe(
      statementId(blocks),
    );
  });

  it('reads a statement without a title or salutations as all body, with a "Thank you" and name signature', () => {
    const blocks = segment(
      'We thank the host for the warm welcome this week.\n\nThe KP must reform its scope.\n\nThank you.\n\nJane Example\n\nCoordinator, Example Network',
    );
    expect(blocks.map((b) => b.role)).toEqual(['body', 'body', 'signature', 'signature', 'signature']);
  });

  it('marks web residue anywhere as boilerplate and never leaves a statement without body', () => {
    const blocks = segment(
      'Share this:\n\nStatement title\n\nOne short line.\n\nPosted in Statements\n\n© 2019 KP CSC',
    );
    expect(blocks.map((b) => b.role)).toEqual(['boilerplate', 'title', 'body', 'boilerplate', 'boilerplate']);
    expect(segment('Only one line of text').map((b) => b.role)).toEqual(['body']);
    expect(segment('Jane Example\n\nCoordinator, Example Network').some((b) => b.role === 'body')).toBe(true);
  });

  it('labels the sample label line as boilerplate', () => {
    const blocks = segment(
      'Sample title\n\nBody of the sample.\n\nThis is an illustrative sample written for Plenary Diff; it is not an authentic statement.',
    );
    expect(blocks.map((b) => b.role)).toEqual(['title', 'body', 'boilerplate']);
  });

  it('handles 50,000 tiny paragraphs quickly', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const started = Date.now();
    const blocks = segment(text);
    expect(blocks.length).toBe(50_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
