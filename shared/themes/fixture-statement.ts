/** Builds a Statement straight from text, for tests and benchmarks that need no importer. */
import type { Block, BlockRole, Statement } from '../statements/model';

/** How to build a fixture statement. */
export interface FixtureOptions {
  readonly id?: string;
  readonly title?: string;
  readonly year?: number | null;
  /** Roles of the first paragraphs, in order (the rest are body). */
  readonly roles?: readonly BlockRole[];
}

let counter = 0;

/** A statement whose blocks are the blank-line-separated paragraphs of `text`. */
export function fixtureStatement(text: string, options: FixtureOptions = {}): Statement {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const blocks: Block[] = paragraphs.map((p, i) => ({
    id: `b${i}`,
    role: options.roles?.[i] ?? 'body',
    text: p,
  }));
  const id = options.id ?? `fixture-${++counter}`;
  return {
    id,
    title: options.title ?? id,
    sample: true,
    metadata: {
      year: options.year ?? null,
      date: null,
      city: null,
      country: null,
      meeting: null,
      kind: null,
      organisation: null,
      speaker: null,
    },
    source: { fileName: `${id}.txt`, format: 'txt', sha256: '', importedAt: '1970-01-01T00:00:00.000Z' },
    blocks,
  };
}
