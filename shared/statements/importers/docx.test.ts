import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../../testing/fixtures/build-fixtures';
import { extractDocx, MAX_DOCX_PART_BYTES, wordXmlToText } from './docx';

describe('extractDocx', () => {
  it('reads each w:p as a paragraph, runs joined, w:tab as a tab and w:br as a line break', () => {
    const bytes = makeDocx([
      'Closing Statement, Gaborone, Botswana: 11 November 2022',
      'KP Chair,',
      'We thank the Government & people of Botswana for hosting this “Plenary” – at last.',
      'Item\tvalue',
      'Jane Example\nCoordinator, Example Network',
    ]);
    expect(extractDocx(bytes)).toEqual({
      ok: true,
      text: [
        'Closing Statement, Gaborone, Botswana: 11 November 2022',
        'KP Chair,',
        'We thank the Government & people of Botswana for hosting this “Plenary” – at last.',
        'Item value',
        'Jane Example\nCoordinator, Example Network',
      ].join('\n\n'),
    });
  });

  it('skips tracked deletions and the fallback copy of text boxes', () => {
    const extra =
      '<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText><w:t>gone</w:t></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> and inserted</w:t></w:r></w:ins></w:p>' +
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    const result = extractDocx(makeDocx(['First'], { extraBodyXml: extra }));
    expect(result).toEqual({ ok: true, text: 'First\n\nKept and inserted\n\nIn a text box' });
  });

  it('imports a document with external relationships without following them', () => {
    const extra = '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>a linked phrase</w:t></w:r></w:hyperlink></w:p>';
    expect(
      extractDocx(makeDocx(['Body text.'], { externalRelationships: true, extraBodyXml: extra })),
    ).toEqual({
      ok: true,
      text: 'Body text.\n\na linked phrase',
    });
  });

  it('refuses a file that is not a zip archive', () => {
    expect(extractDocx(new TextEncoder().encode('This is plain text renamed to .docx'))).toEqual({
      ok: false,
      code: 'corrupt',
      reason: 'not a Word document (not a zip archive)',
    });
  });

  it('refuses a truncated zip archive', () => {
    const bytes = makeDocx(['Some text.']);
    expect(extractDocx(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatchObject({
      ok: false,
      code: 'corrupt',
    });
  });

  it('refuses a zip without a document part', () => {
    expect(extractDocx(makeDocx([], { withoutDocumentPart: true }))).toEqual({
      ok: false,
      code: 'corrupt',
      reason: 'not a Word document (no document part)',
    });
  });

  it('refuses a zip bomb before inflating it', () => {
    // 200 MB of zeros compresses to about 200 kB; the cap refuses it from its declared size.
    const huge = new Uint8Array(MAX_DOCX_PART_BYTES + 1024 * 1024);
    const bytes = zipSync({ '_rels/.rels': strToU8(''), 'word/document.xml': huge }, { level: 9 });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(extractDocx(bytes)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('never writes past a lying declared size', () => {
    const xml = strToU8(
      `<w:document><w:body>${'<w:p><w:r><w:t>Long text here.</w:t></w:r></w:p>'.repeat(20_000)}</w:body></w:document>`,
    );
    const bytes = zipSync({ 'word/document.xml': xml });
    // Patch the central directory's uncompressed size down to 100 bytes.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 100, true);
        break;
      }
    }
    const result = extractDocx(bytes);
    if (result.ok) expect(result.text.length).toBeLessThan(200);
  });
});

describe('wordXmlToText', () => {
  it('ignores tab stops in paragraph properties and field instructions', () => {
    expect(
      wordXmlToText(
        '<w:p><w:pPr><w:tabs><w:tab w:pos="720"/></w:tabs></w:pPr><w:r><w:instrText>PAGE</w:instrText><w:t>Text</w:t><w:noBreakHyphen/><w:t>more</w:t></w:r></w:p>',
      ),
    ).toBe('Text-more');
  });
});
