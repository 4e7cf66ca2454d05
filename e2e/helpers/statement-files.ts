/** Real statement files for the e2e specs, made by code: a .txt, a .docx (WordprocessingML in a zip) and a .pdf. */
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { strToU8, zipSync } from 'fflate';

/** The bundled 2019 reference text, read from the repository (never copied into the tests). */
export function referenceText(): string {
  return readFileSync(
    new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
    'utf8',
  );
}

/** The reference's paragraphs: blank-line separated, trimmed, non-empty. */
export function referenceParagraphs(): string[] {
  return referenceText()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A paragraph the txt fixture adds; no real statement says it. */
export const ADDED_PARAGRAPH =
  'This paragraph was written for the end-to-end test: the coalition asks every participant to publish audited traceability data for rough diamonds from artisanal mining sites.';

/** The words the txt fixture changes in the reference's first body paragraph. */
export const EDIT = { from: 'India', to: 'Testland' } as const;

/** The reference's paragraph the txt fixture moves towards the end (found by its opening words). */
export const MOVED_OPENING = 'The umpteenth attempt at broadening the scope';

/** The reference's paragraph the docx fixture drops (found by its opening words). */
export const DROPPED_OPENING = 'Besides Scope, tremendous energy';

/** The txt fixture: the 2019 text with a new title, one paragraph edited, one moved, one added. */
export function txtVariant(): string {
  const paragraphs = referenceParagraphs().filter(
    (p) => !p.startsWith('Leave a Comment') && !p.startsWith('Your email'),
  );
  paragraphs[0] = 'CSC Closing Statement, Testville, Testland: 2 December 2030 (e2e fixture)';
  const welcome = paragraphs.findIndex((p) => p.startsWith('The best thing about this Plenary'));
  paragraphs[welcome] = paragraphs[welcome]!.replace(`our host ${EDIT.from}`, `our host ${EDIT.to}`);
  const moved = paragraphs.findIndex((p) => p.startsWith(MOVED_OPENING));
  const [movedText] = paragraphs.splice(moved, 1);
  const conclusion = paragraphs.findIndex((p) => p.startsWith('Our overall conclusion'));
  paragraphs.splice(conclusion, 0, movedText!);
  paragraphs.splice(conclusion + 1, 0, ADDED_PARAGRAPH);
  return paragraphs.join('\n\n') + '\n';
}

/** Body paragraphs for the docx fixture: the 2019 text under a new title, with one paragraph dropped. */
export function docxParagraphs(): string[] {
  const paragraphs = referenceParagraphs().filter(
    (p) => !p.startsWith('Leave a Comment') && !p.startsWith('Your email'),
  );
  paragraphs[0] = 'CSC Closing Statement, Docxburg: 5 November 2031 (e2e fixture)';
  return paragraphs.filter((p) => !p.startsWith(DROPPED_OPENING));
}

/** A minimal .docx: one w:p per paragraph, in a real zip. */
export function docxBytes(paragraphs: readonly string[]): Uint8Array {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`)
    .join('');
  const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  return zipSync({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': xml(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** Body paragraphs for the pdf fixture: a short statement of our own, labelled as a fixture. */
export const PDF_PARAGRAPHS: readonly string[] = [
  'CSC Closing Statement, Pdfington: 9 October 2032 (e2e fixture)',
  'The best thing about this Plenary has been the warm welcome by our host Pdfland, for which we extend our gratitude.',
  'Our overall conclusion from this Plenary is one of cautious hope. The coalition will keep watching this process and will defend the interests of diamond mining affected communities.',
];

/** A real PDF with a text layer: Helvetica, lines wrapped to the page, a blank line between paragraphs. */
export async function pdfBytes(paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 11;
  const leading = 15;
  const width = 595 - 2 * 60;
  let page = doc.addPage([595, 842]);
  let y = 780;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, (text) => font.widthOfTextAtSize(text, size), width)) {
      if (y < 60) {
        page = doc.addPage([595, 842]);
        y = 780;
      }
      page.drawText(line, { x: 60, y, size, font });
      y -= leading;
    }
    y -= leading;
  }
  return doc.save();
}

function wrap(text: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
