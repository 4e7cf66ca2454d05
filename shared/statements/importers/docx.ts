/** Word documents (.docx): the paragraphs of the main document part, as the document has them. */
import { Parser } from 'htmlparser2';
import { decodeText } from '../decode-text';
import { normaliseText } from '../normalise-text';
import { extractionError, type Extraction } from './extraction';
import { readZipEntry, type ZipEntryRead } from './zip-entry';

/** The most one part of a .docx may unpack to; a statement's document.xml is a few hundred kB. */
export const MAX_DOCX_PART_BYTES = 32 * 1024 * 1024;

const DEFAULT_DOCUMENT_PART = 'word/document.xml';
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;

/** The package's main document part, from _rels/.rels; external targets are never followed. */
function documentPartName(bytes: Uint8Array): string {
  const read = readZipEntry(bytes, '_rels/.rels', 1024 * 1024);
  if (read.kind !== 'found') return DEFAULT_DOCUMENT_PART;
  const rels = read.bytes;
  let target: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (target || name.replace(/^.*:/, '').toLowerCase() !== 'relationship') return;
        if (
          !OFFICE_DOCUMENT_TYPE.test(attrs.Type ?? '') ||
          (attrs.TargetMode ?? '').toLowerCase() === 'external'
        ) {
          return;
        }
        target = (attrs.Target ?? '').replace(/^\/+/, '').replace(/^(\.\/)+/, '');
      },
    },
    { xmlMode: true },
  );
  parser.write(decodeText(rels).text);
  parser.end();
  return target || DEFAULT_DOCUMENT_PART;
}

// Subtrees whose text is not the document as it reads: fallbacks that duplicate text boxes, tracked deletions.
const SKIPPED = new Set(['mc:Fallback', 'w:del', 'w:moveFrom']);

/** The paragraphs of WordprocessingML: each w:p a paragraph, w:t its text, w:tab a tab, w:br a line break. */
export function wordXmlToText(xml: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let inText = 0;
  let inRun = 0;
  let skipDepth = 0;
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        switch (name) {
          case 'w:p':
            flush();
            break;
          case 'w:r':
            inRun++;
            break;
          case 'w:t':
            inText++;
            break;
          case 'w:tab':
            if (inRun) current += '\t';
            break;
          case 'w:br':
          case 'w:cr':
            if (inRun) current += '\n';
            break;
          case 'w:noBreakHyphen':
            if (inRun) current += '-';
            break;
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'w:p') flush();
        else if (name === 'w:r') inRun = Math.max(0, inRun - 1);
        else if (name === 'w:t') inText = Math.max(0, inText - 1);
      },
      ontext(text) {
        if (inText && skipDepth === 0) current += text;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** The text of a .docx file; a file that is not a zip, or has no document part, is refused. */
export function extractDocx(bytes: Uint8Array): Extraction {
  if (!isZip(bytes)) return extractionError('corrupt', 'not a Word document (not a zip archive)');
  let part: ZipEntryRead;
  try {
    part = readZipEntry(bytes, documentPartName(bytes), MAX_DOCX_PART_BYTES);
  } catch {
    return extractionError('corrupt', 'not a Word document (the zip archive is damaged)');
  }
  switch (part.kind) {
    case 'missing':
      return extractionError('corrupt', 'not a Word document (no document part)');
    case 'unsupported':
      return extractionError(
        'corrupt',
        `the document part uses an unsupported compression (method ${part.method})`,
      );
    case 'too-large':
      return extractionError(
        'too-large',
        `the document part would unpack to ${Math.round(part.declaredSize / 1e6)} MB (the limit is ${MAX_DOCX_PART_BYTES / 1024 / 1024} MB)`,
      );
    case 'overflow':
      return extractionError(
        'corrupt',
        'the zip archive is damaged (the document part unpacks to more than its header says — a zip bomb?)',
      );
    case 'found':
      break;
  }
  const text = normaliseText(wordXmlToText(decodeText(part.bytes).text)).trim();
  return text ? { ok: true, text } : extractionError('no-statement-text', 'the Word document has no text');
}
