import { describe, expect, it } from 'vitest';
import { extractMarkdown, markdownToText } from './md';

describe('markdownToText', () => {
  it('strips heading markers, emphasis, links and list markers, keeping paragraphs', () => {
    const md = [
      '# Closing Statement, Gaborone, Botswana: 11 November 2022',
      '',
      'KP Chair,',
      '',
      'We **strongly** call on the _CAR authorities_ to make the [monitoring system](https://example.org/car "CAR") work',
      'and to strengthen `internal controls`.',
      '',
      '## Our asks',
      '',
      '- a *permanent* secretariat',
      '- a multi-donor fund',
      '1. peer review',
      '',
      '> Quoted ~~old~~ text',
      '',
      '---',
      '',
      '![a photo](photo.jpg) Caption text \\*not emphasis\\*',
      '',
      '[ref]: https://example.org',
    ].join('\n');
    expect(markdownToText(md).split('\n\n')).toEqual([
      'Closing Statement, Gaborone, Botswana: 11 November 2022',
      'KP Chair,',
      'We strongly call on the CAR authorities to make the monitoring system work\nand to strengthen internal controls.',
      'Our asks',
      'a permanent secretariat',
      'a multi-donor fund',
      'peer review',
      'Quoted old text',
      'Caption text *not emphasis*',
    ]);
  });

  it('starts each item of a numbered list anew, whatever its number, when no blank line parts them', () => {
    const md = [
      'We propose three changes:',
      '',
      '1. a register;',
      '2. no fee;',
      '3. a copy in the district.',
    ].join('\n');
    expect(markdownToText(md).split('\n\n')).toEqual([
      'We propose three changes:',
      'a register;',
      'no fee;',
      'a copy in the district.',
    ]);
    // A number that starts a line inside a paragraph of prose is no item.
    expect(markdownToText('We counted\n2. of them.').split('\n\n')).toEqual(['We counted\n2. of them.']);
  });

  it('reads setext headings and the title from front matter', () => {
    expect(
      markdownToText(
        '---\ntitle: "Opening Remarks, Brisbane 2017"\nlayout: post\n---\nIntro line\n\nSub heading\n-----------\nText.',
      ),
    ).toBe('Opening Remarks, Brisbane 2017\n\nIntro line\n\nSub heading\n\nText.');
  });

  it("gives the front matter's day under the title, as a site generator writes it, and no other field", () => {
    const md = (field: string) =>
      `---\ntitle: 'Sample Closing Statement, Windhoek'\n${field}\ntags: ["plenary"]\nauthor: "Web team"\n---\n\nMadam Chair,\n\nText.`;
    expect(markdownToText(md('date: 2036-11-14T16:30:00+02:00')).split('\n\n')).toEqual([
      'Sample Closing Statement, Windhoek',
      '2036-11-14',
      'Madam Chair,',
      'Text.',
    ]);
    expect(markdownToText(md('published: "2036-11-14"')).split('\n\n')[1]).toBe('2036-11-14');
    expect(markdownToText(md('date: soon')).split('\n\n')[1]).toBe('Madam Chair,');
    expect(markdownToText(md('published: true\ndate: 2036-11-14 09:00')).split('\n\n')[1]).toBe('2036-11-14');
  });

  it('keeps snake_case words and arithmetic untouched', () => {
    expect(markdownToText('file_name_here and 2 * 3 * 4')).toBe('file_name_here and 2 * 3 * 4');
  });

  it('does not start a list at a wrapped line that begins with a number', () => {
    expect(markdownToText('We met in\n2019. It was a long week.')).toBe(
      'We met in\n2019. It was a long week.',
    );
  });

  it('copes with a pathological line quickly', () => {
    const started = Date.now();
    markdownToText('['.repeat(200_000) + '*'.repeat(200_000));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('extractMarkdown', () => {
  it('decodes and normalises a .md file', () => {
    const bytes = new TextEncoder().encode('\ufeff# Title\r\n\r\nText\u00a0with a soft\u00adhyphen.\r\n');
    expect(extractMarkdown(bytes)).toEqual({ ok: true, text: 'Title\n\nText with a softhyphen.' });
  });
});
