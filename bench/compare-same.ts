/**
 * Checks that compare()'s results stay the same across a change meant only to make it faster: prints the sha256 of
 * compare()'s full JSON (alignment, frame and echoes, both directions) over the hand-written truth sets against the
 * bundled 2019 reference (testing/echo-truth, echo-calibration, echo-robustness, end-to-end-heldout,
 * paraphrase-heldout, -2, -3 and -4 and the labelled samples; default echoes, the user options with no themes,
 * the discovered themes of each pair and the overview's echoes without detail), over generated pairs of every kind at
 * several seeds (random paragraphs and the reference's as the base), and over the bench's large pairs (1k, 10k, 100k
 * words). Run it before and after the change and compare the lines: `npx tsx bench/compare-same.ts`; `--write DIR`
 * keeps the JSON.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinEchoOptions, compare, type CompareOptions } from '../shared/compare/compare';
import { discoveredEchoOptions, userEchoOptions } from '../shared/compare/echo-options';
import { importStatement } from '../shared/statements/import-statement';
import { bodyBlocks, type Statement } from '../shared/statements/model';
import { themes } from '../shared/themes/themes';
import { generateLargePair, generatePair, PAIR_KINDS } from '../testing/generators/generate-pairs';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const dir = writeAt >= 0 ? (args[writeAt + 1] as string) : null;
const root = fileURLToPath(new URL('../', import.meta.url));
/** Import time fixed: it is part of compare()'s output (the statements) and nothing compared reads it. */
const importedAt = '2026-01-01T00:00:00.000Z';

async function load(path: string): Promise<Statement> {
  const name = path.split('/').pop() as string;
  const result = await importStatement(
    { name, bytes: new Uint8Array(readFileSync(`${root}${path}`)) },
    { importedAt },
  );
  if (!result.ok) throw new Error(`${name}: ${result.error.reason}`);
  return result.statement;
}

function report(name: string, value: unknown): void {
  const json = JSON.stringify(value);
  console.log(`${name}\t${createHash('sha256').update(json).digest('hex')}\t${json.length} chars`);
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${name.replaceAll('/', '_')}.json`, json);
  }
}

/** Both directions, as one value. */
function both(reference: Statement, other: Statement, options?: CompareOptions): unknown {
  return [compare(reference, other, options), compare(other, reference, options)];
}

const reference = await load('resources/corpus/2019-new-delhi-closing-csc.txt');
const sets = [
  'testing/echo-truth',
  'testing/echo-calibration',
  'testing/echo-robustness',
  'testing/end-to-end-heldout',
  'testing/paraphrase-heldout',
  'testing/paraphrase-heldout-2',
  'testing/paraphrase-heldout-3',
  'testing/paraphrase-heldout-4',
  'testing/paraphrase-heldout-5',
];
const files = sets.flatMap((set) =>
  (
    JSON.parse(readFileSync(`${root}${set}/truth.json`, 'utf8')) as {
      statements: readonly { file: string }[];
    }
  ).statements.map((s) => `${set}/${s.file}`),
);
for (const sample of [
  'sample-2017-brisbane-opening.txt',
  'sample-2018-brussels-closing.txt',
  'sample-2021-moscow-closing.txt',
  'sample-2022-gaborone-closing.txt',
])
  files.push(`resources/corpus/samples/${sample}`);

for (const file of files) {
  const other = await load(file);
  report(`${file} default`, both(reference, other));
  report(`${file} user`, both(reference, other, { echoes: userEchoOptions([]) }));
  report(
    `${file} discovered`,
    both(reference, other, { echoes: discoveredEchoOptions([], themes([other], { reference })) }),
  );
  report(
    `${file} cells`,
    both(reference, other, { terms: false, echoes: { ...builtinEchoOptions, detail: false } }),
  );
}

const base = bodyBlocks(reference).map((b) => b.text);
for (const kind of PAIR_KINDS) {
  const values: unknown[] = [];
  for (const seed of [1, 2, 3, 17, 101, 5_000_011, 5_007_930]) {
    const generated = generatePair({ kind, seed });
    values.push(both(generated.reference, generated.other));
    const onBase = generatePair({ kind, seed, base });
    values.push(both(onBase.reference, onBase.other));
  }
  report(`generated ${kind}`, values);
}

for (const words of [1000, 10_000, 100_000]) {
  const { reference: a, other: b } = generateLargePair(2019 + words, words);
  report(`large ${words}`, both(a, b));
}
