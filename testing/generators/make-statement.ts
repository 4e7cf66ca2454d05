/** Builds Statement objects straight from text for tests and the benchmark, without the importers. */
import type { Block, BlockRole, Statement, StatementMetadata } from '../../shared/statements/model';

/** One block to put in a made statement: plain text is a body paragraph. */
export type BlockSpec = string | { readonly role: BlockRole; readonly text: string };

/** Options for a made statement. */
export interface MakeStatementOptions {
  readonly title?: string;
  readonly year?: number | null;
  readonly fileName?: string;
}

/** A short FNV-1a hash (8 hex digits) of a string: enough to tell test blocks apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Blocks with ids hashed from role and text, suffixed on repeats (as the importers do). */
export function makeBlocks(specs: readonly BlockSpec[]): Block[] {
  const seen = new Map<string, number>();
  return specs.map((spec) => {
    const { role, text } = typeof spec === 'string' ? { role: 'body' as const, text: spec } : spec;
    const base = `${role[0]}${shortHash(`${role}\u0000${text}`)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, role, text };
  });
}

/** A statement made of the given blocks (plain strings are body paragraphs). */
export function makeStatement(specs: readonly BlockSpec[], options: MakeStatementOptions = {}): Statement {
  const blocks = makeBlocks(specs);
  const id = shortHash(blocks.map((b) => b.id).join(' ')) + shortHash(blocks.map((b) => b.text).join('\n'));
  const metadata: StatementMetadata = {
    year: options.year ?? null,
    date: null,
    city: null,
    country: null,
    meeting: null,
    kind: null,
    organisation: null,
    speaker: null,
  };
  const title = options.title ?? `Test statement ${id.slice(0, 6)}`;
  return {
    id,
    title,
    sample: false,
    metadata,
    source: {
      fileName: options.fileName ?? `${id}.txt`,
      format: 'txt',
      sha256: id.padEnd(64, '0'),
      importedAt: '2024-01-01T00:00:00.000Z',
    },
    blocks,
  };
}

/** A statement whose body paragraphs are the text split on blank lines. */
export function makeStatementFromText(text: string, options: MakeStatementOptions = {}): Statement {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return makeStatement(paragraphs, options);
}
