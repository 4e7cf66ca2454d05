/**
 * Measures how well the importer reads held-out web layouts (written independently of its rules):
 * paragraph roles and metadata against truth.json. Prints every mismatch; asserts only floors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { loadStatement } from '../generators/load-statement';
import { METADATA_FIELDS, norm, sameValue, within } from '../generators/truth-text';

type Role = 'title' | 'salutation' | 'body' | 'signature' | 'boilerplate';

interface TruthMetadata {
  readonly title: string;
  readonly year: number | null;
  readonly date: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly meeting: string | null;
  readonly kind: string | null;
  readonly organisation: string | null;
}

interface TruthFile {
  readonly metadata: TruthMetadata;
  readonly blocks: readonly (readonly [Role, string])[];
}

interface GotBlock {
  readonly role: string;
  readonly norm: string;
  readonly words: number;
}

interface FileScore {
  readonly blocksRight: number;
  readonly blocksAll: number;
  readonly fieldsRight: number;
  readonly fieldsAll: number;
  /** Speech blocks (not furniture) the importer made that no truth paragraph accounts for: text it invented. */
  readonly extra: number;
  readonly mismatches: readonly string[];
}

const here = fileURLToPath(new URL('.', import.meta.url));
const truth = JSON.parse(readFileSync(`${here}truth.json`, 'utf8')) as Record<string, TruthFile>;

/**
 * Floors = what the importer scored when this set was written; raise them, never lower. `extra` is a ceiling: speech
 * blocks no truth paragraph accounts for (script or alt text read as speech, a paragraph given twice).
 */
const FLOORS: Readonly<
  Record<string, { readonly blocks: number; readonly fields: number; readonly extra: number }>
> = {
  'sample-2031-industry-council-opening.txt': { blocks: 27, fields: 8, extra: 0 },
  'sample-2031-plenary-opening-coalition.txt': { blocks: 28, fields: 8, extra: 0 },
  'sample-2032-intersessional-opening-extracts.txt': { blocks: 9, fields: 8, extra: 0 },
  'sample-2032-member-ngo-statement.txt': { blocks: 23, fields: 8, extra: 0 },
  'sample-2032-plenary-closing-coalition.txt': { blocks: 32, fields: 8, extra: 0 },
  'sample-2033-intersessional-closing-remarks.txt': { blocks: 14, fields: 8, extra: 0 },
  'sample-2033-plenary-walkout-wordpress.html': { blocks: 32, fields: 8, extra: 0 },
  'sample-2033-press-release-coalition.txt': { blocks: 16, fields: 8, extra: 0 },
  'sample-2034-declaration-cloture-fr.txt': { blocks: 20, fields: 8, extra: 0 },
  'sample-2034-news-story-industry-address.txt': { blocks: 26, fields: 7, extra: 0 },
  'sample-2035-intersessional-closing-drupal.html': { blocks: 29, fields: 8, extra: 1 },
  'sample-2035-plenary-closing-one-line-salutations.txt': { blocks: 13, fields: 8, extra: 0 },
};

function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

interface Candidate {
  readonly role: string;
  readonly start: number;
  /** The first block the next paragraph may use. */
  readonly next: number;
}

/** Where a truth paragraph may sit among the importer's blocks: equal, inside one, or split over a run. */
function candidates(expected: string, blocks: readonly GotBlock[]): Candidate[] {
  const words = wordCount(expected);
  const found: Candidate[] = [];
  blocks.forEach((block, i) => {
    if (block.norm === expected) {
      found.push({ role: block.role, start: i, next: i + 1 });
      return;
    }
    if (within(block.norm, expected) && (words >= 4 || block.words <= 2 * words + 3)) {
      found.push({ role: block.role, start: i, next: i });
      return;
    }
    const chars = new Map<string, number>();
    let covered = 0;
    let j = i;
    while (j < blocks.length && blocks[j]!.norm !== '' && within(expected, blocks[j]!.norm)) {
      chars.set(blocks[j]!.role, (chars.get(blocks[j]!.role) ?? 0) + blocks[j]!.norm.length);
      covered += blocks[j]!.norm.length + 1;
      j++;
    }
    if (j > i && covered >= 0.6 * expected.length) {
      const role = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      found.push({ role, start: i, next: j });
    }
  });
  return found;
}

/** Aligns truth paragraphs to blocks in reading order, matching as many paragraphs as possible. */
function align(expected: readonly string[], blocks: readonly GotBlock[]): (Candidate | null)[] {
  interface State {
    readonly count: number;
    readonly picks: readonly (Candidate | null)[];
  }
  let states = new Map<number, State>([[0, { count: 0, picks: [] }]]);
  for (const paragraph of expected) {
    const options = candidates(paragraph, blocks);
    const nextStates = new Map<number, State>();
    const keep = (at: number, state: State): void => {
      const old = nextStates.get(at);
      if (old === undefined || state.count > old.count) nextStates.set(at, state);
    };
    for (const [at, state] of states) {
      keep(at, { count: state.count, picks: [...state.picks, null] });
      for (const option of options) {
        if (option.start < at) continue;
        keep(option.next, { count: state.count + 1, picks: [...state.picks, option] });
      }
    }
    states = nextStates;
  }
  const best = [...states.values()].sort((a, b) => b.count - a.count)[0]!;
  return [...best.picks];
}

async function scoreFile(name: string, file: TruthFile): Promise<FileScore> {
  const blocksAll = file.blocks.length;
  const fieldsAll = METADATA_FIELDS.length;
  let statement: Statement;
  try {
    statement = await loadStatement(`${here}${name}`);
  } catch (error) {
    const reason = `import failed: ${error instanceof Error ? error.message : String(error)}`;
    return { blocksRight: 0, blocksAll, fieldsRight: 0, fieldsAll, extra: 0, mismatches: [reason] };
  }
  const got: GotBlock[] = statement.blocks.map((b) => {
    const n = norm(b.text);
    return { role: b.role, norm: n, words: wordCount(n) };
  });
  const gotTitle = norm(statement.title);
  const mismatches: string[] = [];
  let blocksRight = 0;
  const picks = align(
    file.blocks.map(([, text]) => norm(text)),
    got,
  );
  file.blocks.forEach(([role, text], index) => {
    const match = picks[index] ?? null;
    const excerpt = text.length > 70 ? `${text.slice(0, 70)}…` : text;
    if (match === null) {
      const dropped = role === 'boilerplate' || (role === 'title' && within(gotTitle, norm(text)));
      if (dropped) blocksRight++;
      else mismatches.push(`${name} ¶${index + 1}: expected ${role}, got (missing) — "${excerpt}"`);
      return;
    }
    if (match.role === role) blocksRight++;
    else mismatches.push(`${name} ¶${index + 1}: expected ${role}, got ${match.role} — "${excerpt}"`);
  });
  // Blocks a chosen match covers (a match inside one block covers that block).
  const covered = new Set<number>();
  for (const pick of picks) {
    if (pick) for (let i = pick.start; i < Math.max(pick.next, pick.start + 1); i++) covered.add(i);
  }
  let extra = 0;
  got.forEach((block, i) => {
    if (covered.has(i) || block.role === 'boilerplate' || block.norm === '') return;
    extra++;
    mismatches.push(`${name}: extra ${block.role} block — "${block.norm.slice(0, 70)}"`);
  });
  const gotFields: Record<string, unknown> = { ...statement.metadata, title: statement.title };
  let fieldsRight = 0;
  for (const field of METADATA_FIELDS) {
    const expected = file.metadata[field];
    if (sameValue(field, expected, gotFields[field])) fieldsRight++;
    else
      mismatches.push(
        `${name} metadata.${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(gotFields[field] ?? null)}`,
      );
  }
  return { blocksRight, blocksAll, fieldsRight, fieldsAll, extra, mismatches };
}

describe('held-out web layouts (measuring only)', () => {
  it('reads roles and metadata at least as well as when the set was written', async () => {
    const names = Object.keys(truth).sort();
    // Every sample in the folder has its truth and its floors, and nothing else has.
    const samples = readdirSync(here)
      .filter((f) => f.startsWith('sample-'))
      .sort();
    expect(names).toEqual(samples);
    expect(Object.keys(FLOORS).sort()).toEqual(samples);
    const scores = new Map<string, FileScore>();
    for (const name of names) scores.set(name, await scoreFile(name, truth[name]!));

    const lines = names.map((name) => {
      const s = scores.get(name)!;
      return `${name.padEnd(52)} blocks ${s.blocksRight}/${s.blocksAll}  metadata ${s.fieldsRight}/${s.fieldsAll}  extra ${s.extra}`;
    });
    const sum = (key: 'blocksRight' | 'blocksAll' | 'fieldsRight' | 'fieldsAll'): number =>
      [...scores.values()].reduce((total, s) => total + s[key], 0);
    const total = {
      blocks: sum('blocksRight'),
      blocksAll: sum('blocksAll'),
      fields: sum('fieldsRight'),
      fieldsAll: sum('fieldsAll'),
    };
    const percent = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)}%`;
    console.log(
      [
        'Held-out layouts: blocks with the right role / all blocks; metadata fields right / all fields',
        ...lines,
        `TOTAL blocks ${total.blocks}/${total.blocksAll} (${percent(total.blocks, total.blocksAll)})  metadata ${total.fields}/${total.fieldsAll} (${percent(total.fields, total.fieldsAll)})`,
        '',
        'Mismatches:',
        ...[...scores.values()].flatMap((s) => s.mismatches),
      ].join('\n'),
    );

    for (const name of names) {
      const floor = FLOORS[name];
      expect(floor, `${name} has no floor`).toBeDefined();
      expect(scores.get(name)!.blocksRight, `${name} blocks`).toBeGreaterThanOrEqual(floor!.blocks);
      expect(scores.get(name)!.fieldsRight, `${name} metadata`).toBeGreaterThanOrEqual(floor!.fields);
      expect(scores.get(name)!.extra, `${name} extra speech blocks`).toBeLessThanOrEqual(floor!.extra);
    }
  });
});
