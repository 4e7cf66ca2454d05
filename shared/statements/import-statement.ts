/** The one entry point from a file's bytes to a Statement: `importStatement({ name, bytes })`. */
import { sha256Hex } from './hash';
import { extractDocx } from './importers/docx';
import type { Extraction } from './importers/extraction';
import { extractHtml } from './importers/html';
import { extractMarkdown } from './importers/md';
import { extractPdf } from './importers/pdf';
import { extractTxt } from './importers/txt';
import { fileStem, inferMetadata } from './metadata';
import {
  DEFAULT_MAX_IMPORT_BYTES,
  type ImportError,
  type ImportErrorCode,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
  type SourceFormat,
  type StatementMetadata,
} from './model';
import { isDateLine } from './months';
import { SAMPLE_LABEL } from './residue';
import { segment, statementId } from './segment';
import { tooLargeError } from './size-limit';

/** The file extensions the importers read, and the format each stands for. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, Exclude<SourceFormat, 'paste'>>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** The file name shown for pasted text that came without one. */
export const PASTED_TEXT_NAME = 'Pasted text';

/**
 * A file name safe to show on one line: no folders, no control characters, no bidirectional overrides (which
 * can make "x\u202efdp.txt" read as "xtxt.pdf"), at most 200 characters with its extension kept.
 */
export function displayFileName(name: string): string {
  const base = name
    .replace(/^.*[/\\]/, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  if (base.length <= 200) return base || 'unnamed file';
  const extension = /\.[^.]{1,10}$/.exec(base)?.[0] ?? '';
  return `${base.slice(0, 199 - extension.length)}…${extension}`;
}

function formatOf(fileName: string): SourceFormat | null {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? (IMPORT_EXTENSIONS[ext] ?? null) : null;
}

function unsupportedReason(fileName: string): string {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!ext) return 'no file extension (use .txt, .md, .html, .docx or .pdf)';
  if (ext === 'doc') return 'the old Word format .doc is not supported (save it as .docx)';
  return `unsupported file type .${ext} (use .txt, .md, .html, .docx or .pdf)`;
}

async function extract(format: SourceFormat, bytes: Uint8Array): Promise<Extraction> {
  switch (format) {
    case 'txt':
    case 'paste':
      return extractTxt(bytes);
    case 'md':
      return extractMarkdown(bytes);
    case 'html':
      return extractHtml(bytes);
    case 'docx':
      return extractDocx(bytes);
    case 'pdf':
      return extractPdf(bytes);
  }
}

/**
 * Imports one file: checks its size, reads it by its extension (or as pasted text), splits it into blocks
 * with roles and infers its metadata. Never throws: every failure is an ImportError value.
 */
export async function importStatement(file: ImportFile, options: ImportOptions = {}): Promise<ImportResult> {
  const fileName = displayFileName(options.pasted && !file.name ? PASTED_TEXT_NAME : file.name);
  const fail = (code: ImportErrorCode, reason: string): ImportResult => {
    const error: ImportError = { kind: 'import-error', code, fileName, reason };
    return { ok: false, error };
  };
  try {
    const bytes = file.bytes;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
    if (bytes.length > maxBytes) return { ok: false, error: tooLargeError(fileName, bytes.length, maxBytes) };
    if (bytes.length === 0) return fail('empty', 'empty file');
    const format = options.pasted ? 'paste' : formatOf(fileName);
    if (!format) return fail('unsupported-format', unsupportedReason(fileName));

    const extraction = await extract(format, bytes);
    if (!extraction.ok) return fail(extraction.code, extraction.reason);
    if (!extraction.text.trim()) return fail('empty', 'empty file (nothing but blank space)');

    const blocks = segment(extraction.text);
    if (!blocks.some((b) => b.role === 'body')) return fail('no-statement-text', 'no statement text found');
    const heading = blocks.find((b) => b.role === 'title')?.text ?? fileStem(fileName);
    const metadata = inferMetadata(heading, blocks, fileName);
    return {
      ok: true,
      statement: {
        id: statementId(blocks),
        title: titleOf(heading, metadata, fileName),
        sample: options.sample ?? blocks.some((b) => b.role === 'boilerplate' && SAMPLE_LABEL.test(b.text)),
        metadata,
        source: {
          fileName,
          format,
          sha256: sha256Hex(bytes),
          importedAt: options.importedAt ?? new Date().toISOString(),
        },
        blocks,
      },
    };
  } catch {
    // Every importer returns its own errors; reaching here means a parser failed on input it could not handle.
    return fail('corrupt', 'the file could not be read (damaged or not what its extension says)');
  }
}

/**
 * The title a list shows: the statement's heading, unless the only heading is a date (a page that starts with the
 * day it was posted, then the speech) — then who spoke, or else the file's name, with that date.
 */
function titleOf(heading: string, metadata: StatementMetadata, fileName: string): string {
  if (!isDateLine(heading)) return heading;
  const who = metadata.organisation ?? fileStem(fileName).replace(/[_]+/g, ' ').trim();
  // The day as people write it ("date 2036-12-18 15 december 2036" → "18 December 2036").
  const day = metadata.date ? readableDay(metadata.date) : heading;
  return who ? `${who}, ${day}` : day;
}

const READABLE_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2036-12-18" → "18 December 2036". */
function readableDay(iso: string): string {
  return READABLE_DAY.format(new Date(`${iso}T00:00:00Z`));
}
