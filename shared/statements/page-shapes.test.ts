/**
 * Statements in page shapes the other layout tests do not have (testing/fixtures/page-shapes/README.md): a news article
 * reproducing a closing statement after its introduction, with a photo caption, a "Related:" link and a newsletter box
 * inside the speech, saved whole and copied as text. Fictional samples; the truth (truth.json) was written by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { bodyBlocks } from './model';

const DIR = new URL('../../testing/fixtures/page-shapes/', import.meta.url);

interface Truth {
  readonly title: string;
  readonly body: number;
  readonly firstBody: string;
  readonly lastBody: string;
  /** How each body paragraph begins, in order (for the files whose truth gives it). */
  readonly bodyStarts?: readonly string[];
  readonly [field: string]: unknown;
}

const TRUTH = Object.entries(
  JSON.parse(readFileSync(new URL('truth.json', DIR), 'utf8')) as Record<string, unknown>,
)
  .filter(([name]) => !name.startsWith('$'))
  .map(([name, truth]) => [name, truth as Truth] as const);

const imported = (name: string) => importedStatement(name, new Uint8Array(readFileSync(new URL(name, DIR))));

describe('page shapes', () => {
  it.each(TRUTH)('%s: title, metadata and body as a reader gives them', async (name, truth) => {
    const s = await imported(name);
    const { title, body, firstBody, lastBody, bodyStarts, ...fields } = truth;
    // A "$…" field says why the truth is what it is; it is no metadata.
    const metadata = Object.fromEntries(Object.entries(fields).filter(([field]) => !field.startsWith('$')));
    const bodies = bodyBlocks(s).map((b) => b.text);
    expect({
      title: s.title,
      ...s.metadata,
      body: bodies.length,
      firstBody: bodies[0]?.slice(0, firstBody.length),
      lastBody: bodies.at(-1)?.slice(0, lastBody.length),
      // Where the truth gives how every body paragraph begins, a paragraph cut or joined shows here.
      ...(bodyStarts ? { bodyStarts: bodies.map((b, i) => b.slice(0, bodyStarts[i]?.length ?? 20)) } : {}),
    }).toEqual({ title, ...metadata, body, firstBody, lastBody, ...(bodyStarts ? { bodyStarts } : {}) });
  });
});
