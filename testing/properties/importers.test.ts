import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../fixtures/build-fixtures';
import { importStatement } from '../../shared/statements/import-statement';
import { describeImportError, type ImportErrorCode, type ImportResult } from '../../shared/statements/model';
import { normaliseText } from '../../shared/statements/normalise-text';
import { segment, splitParagraphs } from '../../shared/statements/segment';
import { adversarialText, anyBytes, encodeText, lineParagraphs, textEncoding } from './arbitraries';
import { blockProblems } from './invariants';

const IMPORTED_AT = '2024-01-01T00:00:00.000Z';
/** A generous bound per import of a few kB: catches a hang or a quadratic blow-up, not a speed target. */
const BOUND_MS = 3000;

// The errors a text-format file can rightly get. 'corrupt' would mean a parser threw and the importer hid it.
const TEXT_FORMAT_ERRORS: readonly ImportErrorCode[] = ['empty', 'binary', 'no-statement-text'];

async function timedImport(name: string, bytes: Uint8Array, pasted = false): Promise<ImportResult> {
  const started = performance.now();
  const result = await importStatement({ name, bytes }, { importedAt: IMPORTED_AT, pasted });
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return result;
}

function expectWellFormed(result: ImportResult, fileName: string): void {
  if (result.ok) {
    expect(blockProblems(result.statement.blocks)).toEqual([]);
    expect(result.statement.blocks.some((b) => b.role === 'body')).toBe(true);
    expect(result.statement.source.fileName).toBe(fileName);
  } else {
    expect(TEXT_FORMAT_ERRORS).toContain(result.error.code);
    expect(result.error.fileName).toBe(fileName);
    expect(describeImportError(result.error)).toMatch(/^[^\n]+: [^\n]+$/);
  }
}

/** A paragraph as the importers give it back: normalised, whitespace runs made one space, trimmed. */
function asImported(paragraph: string): string {
  return normaliseText(paragraph).replace(/\s+/g, ' ').trim();
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('importers on arbitrary bytes and adversarial text', () => {
  it('never throw or hide a failure, finish within a bound, and give well-formed blocks or a named error', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.htm', 'e.markdown'),
        async (bytes, name) => {
          expectWellFormed(await timedImport(name, bytes), name);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('read pasted text the same way, and the same bytes always give the same statement', async () => {
    await fc.assert(
      fc.asyncProperty(adversarialText, async (text) => {
        const bytes = new TextEncoder().encode(text);
        const pasted = await timedImport('', bytes, true);
        expectWellFormed(pasted, 'Pasted text');
        expect(await timedImport('', bytes, true)).toEqual(pasted);
        const file = await timedImport('same.txt', bytes);
        if (pasted.ok && file.ok) expect(file.statement.blocks).toEqual(pasted.statement.blocks);
        else expect(file.ok).toBe(pasted.ok);
      }),
      { numRuns: 150 },
    );
  });

  it('decode text in every encoding to the same statement', async () => {
    await fc.assert(
      fc.asyncProperty(lineParagraphs, textEncoding, async (paragraphs, encoding) => {
        const text = paragraphs.join('\n\n');
        const utf8 = await timedImport('a.txt', encodeText(text, 'utf-8'));
        const other = await timedImport('a.txt', encodeText(text, encoding));
        if (utf8.ok && other.ok) expect(other.statement.blocks).toEqual(utf8.statement.blocks);
        else expect(other.ok).toBe(utf8.ok);
      }),
      { numRuns: 100 },
    );
  });

  it('keep every paragraph of a .txt, .html and .docx, in order, whatever the line ends between them', async () => {
    await fc.assert(
      fc.asyncProperty(
        lineParagraphs,
        fc.array(fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\n\n\n', '\r\n\n'), {
          minLength: 8,
          maxLength: 8,
        }),
        async (paragraphs, breaks) => {
          const expected = paragraphs.map(asImported).filter(Boolean);
          const txt = paragraphs.map((p, i) => p + (breaks[i] ?? '\n\n')).join('');
          const html = `<html><body>${paragraphs.map((p) => `<p>${escapeMarkup(p)}</p>`).join('\n')}</body></html>`;
          for (const [name, bytes] of [
            ['p.txt', new TextEncoder().encode(txt)],
            ['p.html', new TextEncoder().encode(html)],
            ['p.docx', makeDocx(paragraphs)],
          ] as const) {
            const result = await timedImport(name, bytes);
            // Text with no letter or digit may be refused as no statement, and a file of blanks only as empty;
            // otherwise nothing is lost or reordered.
            if (!result.ok)
              expect(
                expected.length === 0 ? ['no-statement-text', 'empty'] : ['no-statement-text'],
              ).toContain(result.error.code);
            else expect(result.statement.blocks.map((b) => b.text)).toEqual(expected);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('segmentation on adversarial text', () => {
  it('never throws, keeps every non-blank line, and gives the same blocks every time', () => {
    fc.assert(
      fc.property(adversarialText, (raw) => {
        const text = normaliseText(raw);
        const started = performance.now();
        const blocks = segment(text);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        expect(blockProblems(blocks)).toEqual([]);
        expect(segment(text)).toEqual(blocks);
        // Every word of the text is in some block, in order.
        const words = text.split(/\s+/).filter(Boolean);
        expect(
          blocks
            .map((b) => b.text)
            .join(' ')
            .split(' ')
            .filter(Boolean),
        ).toEqual(words);
        expect(splitParagraphs(text)).toEqual(blocks.map((b) => b.text));
      }),
      { numRuns: 200 },
    );
  });
});
