/**
 * Topic echoes on the echo calibration set (testing/echo-calibration/): three fictional statements written to hold
 * the kinds of echo miss classified on the end-to-end held-out set, with a truth table written before the app ran
 * on them. For calibrating (the second-echo rule of echoes.ts was set on it and on testing/echo-truth); the floors
 * are the figures measured.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement } from '../../testing/generators/load-statement';
import { norm } from '../../testing/generators/truth-text';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';
import { userEchoOptions } from './echo-options';
import type { Comparison } from './model';

interface TruthParagraph {
  readonly n: number;
  readonly kind: 'topic' | 'reuse' | 'decoy' | 'new';
  readonly echo?: readonly number[];
  readonly acceptable?: readonly number[];
  readonly text: string;
}

interface TruthStatement {
  readonly file: string;
  readonly paragraphs: readonly TruthParagraph[];
}

const dir = new URL('../../testing/echo-calibration/', import.meta.url);
const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')) as {
  readonly statements: readonly TruthStatement[];
};

let reference: Statement;
let cases: { truth: TruthStatement; other: Statement; comparison: Comparison }[] = [];

beforeAll(async () => {
  reference = await loadStatement(
    fileURLToPath(new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url)),
  );
  cases = await Promise.all(
    truth.statements.map(async (t) => {
      const other = await loadStatement(fileURLToPath(new URL(t.file, dir)));
      return { truth: t, other, comparison: compare(reference, other, { echoes: userEchoOptions([]) }) };
    }),
  );
});

describe('topic echoes on the echo calibration set', () => {
  it('finds 8 of the 13 echoes a reader names (measured), all of them right', () => {
    const refNumber = new Map(bodyBlocks(reference).map((b, i) => [b.id, i + 1]));
    let found = 0;
    let needed = 0;
    let correct = 0;
    let echoes = 0;
    const missed: string[] = [];
    const wrong: string[] = [];
    const falseAlignments: string[] = [];
    for (const { truth: t, other, comparison } of cases) {
      const body = bodyBlocks(other);
      for (const p of t.paragraphs) {
        const block = body.find((b) => norm(b.text) === norm(p.text));
        if (!block) throw new Error(`${t.file} ¶${p.n}: not one body block`);
        const of = (list: readonly { reference: readonly string[]; other: readonly string[] }[]) =>
          list
            .filter((e) => e.other.includes(block.id))
            .flatMap((e) => e.reference.map((r) => refNumber.get(r)));
        const aligned = of(comparison.alignment);
        const echoed = of(comparison.echoes);
        const allowed = new Set([...(p.echo ?? []), ...(p.acceptable ?? [])]);
        echoes += echoed.length;
        for (const r of echoed)
          if (allowed.has(r as number)) correct++;
          else wrong.push(`${t.file} ¶${p.n} → §${r}`);
        for (const r of p.echo ?? []) {
          needed++;
          if (echoed.includes(r) || (p.kind === 'reuse' && aligned.includes(r))) found++;
          else missed.push(`${t.file} ¶${p.n} → §${r}`);
        }
        if (p.kind !== 'reuse' && aligned.length > 0) falseAlignments.push(`${t.file} ¶${p.n}`);
      }
    }
    console.info(
      `echo calibration set: recall ${found}/${needed}, precision ${correct}/${echoes}; missed: ${missed.join(', ')}`,
    );
    expect(needed).toBe(13);
    // Measured: 8 of 13 with the second-echo cosine at 0.05 (5 of 13 at 0.1). The five missed: three paragraphs
    // that speak of a theme without its terms (no theme found, so no echo), one second echo under 0.75 of the
    // first's score, one echo scored under the threshold.
    expect(found).toBeGreaterThanOrEqual(8);
    expect(wrong).toEqual([]);
    expect(falseAlignments).toEqual([]);
  });
});
