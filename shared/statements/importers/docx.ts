/** Word documents (.docx): the paragraphs of the main document part, as the document has them. */
import { Parser, type Handler } from 'htmlparser2';
import { decodeText } from '../decode-text';
import { normaliseText } from '../normalise-text';
import { isOrganisationName } from '../residue';
import { extractionError, type Extraction } from './extraction';
import { readZipEntry, type ZipEntryRead } from './zip-entry';

/** The most one part of a .docx may unpack to; a statement's document.xml is a few hundred kB. */
export const MAX_DOCX_PART_BYTES = 32 * 1024 * 1024;

const DEFAULT_DOCUMENT_PART = 'word/document.xml';
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;

// Beyond this many open elements a part is refused: htmlparser2 keeps open elements in an array it shifts at the
// front, so each tag costs time in proportion to the depth (3 million tags inside 5,000 levels took 2 minutes).
const MAX_OPEN_ELEMENTS = 1000;

const TOO_DEEP_REASON = `the Word document is malformed (elements nested over ${MAX_OPEN_ELEMENTS.toLocaleString('en')} deep)`;

/** Thrown by parseXml past MAX_OPEN_ELEMENTS; extractDocx turns it into an error value. */
class NestedTooDeep extends Error {}

/** Parses XML with the handlers, stopping with NestedTooDeep as soon as the nesting passes the limit. */
function parseXml(xml: string, handlers: Partial<Handler>): void {
  let open = 0;
  const parser = new Parser(
    {
      ...handlers,
      onopentag(name, attrs, implied) {
        if (++open > MAX_OPEN_ELEMENTS) throw new NestedTooDeep();
        handlers.onopentag?.(name, attrs, implied);
      },
      onclosetag(name, implied) {
        open--;
        handlers.onclosetag?.(name, implied);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

/** The package's main document part, from _rels/.rels; external targets are never followed. */
function documentPartName(bytes: Uint8Array): string {
  const read = readZipEntry(bytes, '_rels/.rels', 1024 * 1024);
  if (read.kind !== 'found') return DEFAULT_DOCUMENT_PART;
  const rels = read.bytes;
  let target: string | null = null;
  parseXml(decodeText(rels).text, {
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
  });
  return target || DEFAULT_DOCUMENT_PART;
}

// Subtrees whose text is not the document as it reads: fallbacks that duplicate text boxes, tracked deletions.
const SKIPPED = new Set(['mc:Fallback', 'w:del', 'w:moveFrom']);

/** A footnote's or endnote's mark in the text, in reading order: which note part and the note's id there. */
export interface NoteReference {
  readonly part: 'footnotes' | 'endnotes';
  readonly id: string;
}

/**
 * The paragraphs of WordprocessingML: each w:p a paragraph, w:t its text, w:tab a tab, w:br a line break. A footnote
 * or endnote mark reads "[n]", numbered in reading order, and is added to `notes`.
 * @throws NestedTooDeep when elements nest more than MAX_OPEN_ELEMENTS deep.
 */
export function wordXmlToText(xml: string, notes: NoteReference[] = []): string {
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
  parseXml(xml, {
    onopentag(name, attrs) {
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
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          if (inRun && attrs['w:id'] !== undefined) {
            notes.push({
              part: name === 'w:footnoteReference' ? 'footnotes' : 'endnotes',
              id: attrs['w:id'],
            });
            current += `[${notes.length}]`;
          }
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
  });
  flush();
  return paragraphs.join('\n\n');
}

/** The text of each note in a footnotes or endnotes part, by id (separators and continuation marks left out). */
function noteTexts(xml: string, note: 'w:footnote' | 'w:endnote'): Map<string, string> {
  const texts = new Map<string, string>();
  let id: string | null = null;
  let text = '';
  let inText = 0;
  let skipDepth = 0;
  parseXml(xml, {
    onopentag(name, attrs) {
      if (skipDepth > 0 || SKIPPED.has(name)) skipDepth++;
      else if (name === note && !attrs['w:type']) [id, text] = [attrs['w:id'] ?? null, ''];
      else if (name === 'w:t') inText++;
      else if (name === 'w:tab' || name === 'w:br') text += ' ';
    },
    onclosetag(name) {
      if (skipDepth > 0) skipDepth--;
      else if (name === 'w:t') inText = Math.max(0, inText - 1);
      else if (name === 'w:p') text += ' ';
      else if (name === note && id !== null) {
        const said = text.replace(/\s+/g, ' ').trim();
        if (said) texts.set(id, said);
        id = null;
      }
    },
    ontext(chunk) {
      if (id !== null && inText && skipDepth === 0) text += chunk;
    },
  });
  return texts;
}

/**
 * The document's footnotes and endnotes in the order their marks stand, as "Notes" and one "[n] …" paragraph each
 * (what a reader of the document sees at the foot of its pages or its end); empty when it has none.
 */
function notesText(bytes: Uint8Array, references: readonly NoteReference[]): string {
  if (!references.length) return '';
  const parts = new Map<string, Map<string, string>>();
  const textsOf = (part: NoteReference['part']): Map<string, string> => {
    let texts = parts.get(part);
    if (!texts) {
      const read = readZipEntry(bytes, `word/${part}.xml`, MAX_DOCX_PART_BYTES);
      texts =
        read.kind === 'found'
          ? noteTexts(decodeText(read.bytes).text, part === 'footnotes' ? 'w:footnote' : 'w:endnote')
          : new Map<string, string>();
      parts.set(part, texts);
    }
    return texts;
  };
  const lines = references.flatMap((ref, i) => {
    const text = textsOf(ref.part).get(ref.id);
    return text ? [`[${i + 1}] ${text}`] : [];
  });
  return lines.length ? ['Notes', ...lines].join('\n\n') : '';
}

// The header parts a word processor writes for a section's pages (default, first page, even pages).
const HEADER_PARTS = ['word/header1.xml', 'word/header2.xml', 'word/header3.xml'];

/**
 * The organisation a letterhead in the page header names ("SAMPLE KALAHARI MINERS TRUST" over its address), as one
 * line to stand above the text, when the text itself does not name it: a template's letterhead says who speaks, as a
 * letterhead typed on the first page does. Empty when the headers name no organisation, or only the text's own.
 */
function letterheadText(bytes: Uint8Array, text: string): string {
  const said = text.toLowerCase();
  const names = HEADER_PARTS.flatMap((name) => {
    // A damaged header costs the letterhead only, never the statement.
    try {
      const read = readZipEntry(bytes, name, MAX_DOCX_PART_BYTES);
      return read.kind === 'found' ? wordXmlToText(decodeText(read.bytes).text).split(/\n+/) : [];
    } catch {
      return [];
    }
  })
    .map((line) => line.trim())
    .filter((line) => isOrganisationName(line) && !said.includes(line.toLowerCase()));
  return names[0] ?? '';
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
  } catch (error) {
    return error instanceof NestedTooDeep
      ? extractionError('corrupt', TOO_DEEP_REASON)
      : extractionError('corrupt', 'not a Word document (the zip archive is damaged)');
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
  let xmlText: string;
  try {
    const notes: NoteReference[] = [];
    xmlText = wordXmlToText(decodeText(part.bytes).text, notes);
    const notesPart = notesText(bytes, notes);
    if (notesPart) xmlText = `${xmlText}\n\n${notesPart}`;
    const letterhead = letterheadText(bytes, xmlText);
    if (letterhead) xmlText = `${letterhead}\n\n${xmlText}`;
  } catch (error) {
    if (error instanceof NestedTooDeep) return extractionError('corrupt', TOO_DEEP_REASON);
    throw error;
  }
  const text = normaliseText(xmlText).trim();
  return text ? { ok: true, text } : extractionError('no-statement-text', 'the Word document has no text');
}
