/**
 * Benchmark section: compare() of a reference against a generated other statement of 1k, 10k and 100k words
 * (~10% of paragraphs edited, moved, inserted or deleted), next to what a user might reach for instead:
 * jsdiff diffWords over the whole texts, diff-match-patch in word mode, git's native word diff, and the time
 * to merely tokenise both texts (the floor). `ours` includes the echoes (reuse passages and topic echoes);
 * `no echoes` is the same comparison without them (the two run in turn), and `echoes/none` their ratio (aim: within
 * 2×), in wall time and in process CPU time.
 * BENCH_SIZES=1000,10000 picks other sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { compare } from '../../shared/compare/compare';
import { diffTokens } from '../../shared/compare/word-diff';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import { generateLargePair } from '../../testing/generators/generate-pairs';
import { peakRssMb, table, timeMedian, timeMediansAlternated, type BenchSection } from '../section';

const SIZES = (
  process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000, 10_000, 100_000]
) as readonly number[];

/** One size's figures, in ms unless named otherwise. */
export interface CompareFigures {
  readonly words: number;
  readonly paragraphs: number;
  readonly oursMs: number;
  /** compare() without echoes (alignment and word diffs only). */
  readonly withoutEchoesMs: number;
  /** The same two as process CPU time (medians), which a shared machine sways less. */
  readonly oursCpuMs: number;
  readonly withoutEchoesCpuMs: number;
  readonly jsdiffWordsMs: number;
  readonly dmpMs: number | null;
  readonly gitWordDiffMs: number | null;
  /** Our word tokeniser (words, spaces, punctuation) over both whole texts: what any word diff must do first. */
  readonly tokenizeMs: number;
  /** Splitting both texts at whitespace: the barest pass over the text, for scale. */
  readonly whitespaceSplitMs: number;
  readonly peakRssMb: number;
  readonly runs: number;
}

function text(statement: Statement): string {
  return bodyBlocks(statement)
    .map((b) => b.text)
    .join('\n\n');
}

/** diff-match-patch over whole texts in word mode: each word (or space run) becomes one character. */
function dmpWords(a: string, b: string): void {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const tokens: string[] = [''];
  const index = new Map<string, number>();
  const encode = (s: string): string => {
    let chars = '';
    for (const token of s.match(/\s+|[^\s]+/g) ?? []) {
      let i = index.get(token);
      if (i === undefined) {
        i = tokens.length;
        tokens.push(token);
        index.set(token, i);
      }
      chars += String.fromCharCode(i);
    }
    return chars;
  };
  const diffs = dmp.diff_main(encode(a), encode(b), false);
  dmp.diff_charsToLines_(diffs, tokens);
  dmp.diff_cleanupSemantic(diffs);
}

function gitAvailable(): boolean {
  return spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Whole-process time of git's word diff over the two texts written to files. */
function gitWordDiff(dir: string, a: string, b: string, runs: number): number | null {
  if (!gitAvailable()) return null;
  const fileA = join(dir, 'reference.txt');
  const fileB = join(dir, 'other.txt');
  writeFileSync(fileA, a);
  writeFileSync(fileB, b);
  let failed = false;
  const ms = timeMedian(runs, () => {
    const result = spawnSync('git', ['diff', '--no-index', '--word-diff=porcelain', fileA, fileB], {
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    // Exit code 1 means "differences found".
    if (result.status !== 0 && result.status !== 1) failed = true;
  });
  return failed ? null : ms;
}

function measure(words: number, dir: string): CompareFigures {
  const { reference, other } = generateLargePair(2019 + words, words);
  const a = text(reference);
  const b = text(other);
  const runs = words >= 100_000 ? 5 : words >= 10_000 ? 11 : 25;
  // Warm-up (a second and at least five runs), so the timings are of optimised code, not the JIT's start.
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) {
    compare(reference, other);
    diffTokens(a);
    diffTokens(b);
  }
  // With and without echoes in turn, so their ratio is of the same minutes.
  const timed = timeMediansAlternated(runs, [
    () => compare(reference, other),
    () => compare(reference, other, { echoes: false }),
  ]);
  const [oursMs, withoutEchoesMs] = timed.wall as [number, number];
  const [oursCpuMs, withoutEchoesCpuMs] = timed.cpu as [number, number];
  const tokenizeMs = timeMedian(runs, () => {
    diffTokens(a);
    diffTokens(b);
  });
  const whitespaceSplitMs = timeMedian(runs, () => {
    a.split(/\s+/);
    b.split(/\s+/);
  });
  // Whole-text diffWords takes seconds at 100k words: once there, a few times below.
  const jsdiffWordsMs = timeMedian(words >= 100_000 ? 1 : words >= 10_000 ? 3 : 5, () => diffWords(a, b));
  const dmpMs = timeMedian(words >= 100_000 ? 3 : 5, () => dmpWords(a, b));
  const gitWordDiffMs = gitWordDiff(dir, a, b, runs);
  return {
    words,
    paragraphs: bodyBlocks(reference).length,
    oursMs,
    withoutEchoesMs,
    oursCpuMs,
    withoutEchoesCpuMs,
    jsdiffWordsMs,
    dmpMs,
    gitWordDiffMs,
    tokenizeMs,
    whitespaceSplitMs,
    peakRssMb: peakRssMb(),
    runs,
  };
}

function ratio(a: number | null, b: number | null): string {
  if (a === null || b === null || b === 0) return '—';
  const r = a / b;
  return `${r < 1 ? r.toFixed(2) : r.toFixed(1)}×`;
}

function ms(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

/** The compare section of `npm run bench`. */
export const compareSection: BenchSection = {
  name: 'compare',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
    try {
      return SIZES.map((words) => measure(words, dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  format(result) {
    const rows = result as readonly CompareFigures[];
    return [
      'compare: reference vs a generated statement (~10% of paragraphs edited, moved, inserted, deleted); median ms',
      table([
        [
          'words',
          'ours',
          'no echoes',
          'echoes/none',
          'CPU: ours',
          'no echoes',
          'echoes/none',
          'tokenise',
          'split at spaces',
          'jsdiff words',
          'dmp words',
          'git word-diff',
          'peak RSS MB',
          'ours/tokenise',
          'dmp/ours',
          'ours/git',
        ],
        ...rows.map((r) => [
          String(r.words),
          ms(r.oursMs),
          ms(r.withoutEchoesMs),
          ratio(r.oursMs, r.withoutEchoesMs),
          ms(r.oursCpuMs),
          ms(r.withoutEchoesCpuMs),
          ratio(r.oursCpuMs, r.withoutEchoesCpuMs),
          ms(r.tokenizeMs),
          ms(r.whitespaceSplitMs),
          ms(r.jsdiffWordsMs),
          ms(r.dmpMs),
          ms(r.gitWordDiffMs),
          String(r.peakRssMb),
          ratio(r.oursMs, r.tokenizeMs),
          ratio(r.dmpMs, r.oursMs),
          ratio(r.oursMs, r.gitWordDiffMs),
        ]),
      ]),
    ].join('\n');
  },
};

export default compareSection;
