/**
 * Echoes degrade gracefully on real-like copies (testing/echo-robustness/): salutations, thanks, signature
 * lines, web residue, captions and a paragraph on generic themes alone make no echo and no alignment, even
 * when the import leaves them among the body paragraphs; the one paragraph with content echoes what it must.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStatement } from '../../testing/generators/load-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { compare } from './compare';

interface RobustnessCase {
  readonly file: string;
  readonly echo: readonly { opening: string; reference: readonly number[]; acceptable?: readonly number[] }[];
}

const dir = fileURLToPath(new URL('../../testing/echo-robustness/', import.meta.url));
const truth = JSON.parse(readFileSync(`${dir}truth.json`, 'utf8')) as {
  readonly statements: readonly RobustnessCase[];
};
const referencePath = fileURLToPath(
  new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url),
);

describe.each(truth.statements)('echoes on $file', (t) => {
  it('only the paragraphs with content echo, and they echo what they must', async () => {
    const reference: Statement = await loadStatement(referencePath);
    const other: Statement = await loadStatement(`${dir}${t.file}`);
    const comparison = compare(reference, other);
    const refNumber = new Map(bodyBlocks(reference).map((b, i) => [b.id, i + 1]));
    const textOf = new Map(other.blocks.map((b) => [b.id, b.text]));
    const expected = (id: string) => t.echo.find((e) => textOf.get(id)?.startsWith(e.opening));
    for (const e of comparison.echoes) {
      const want = expected(e.other[0] as string);
      expect(want, `echo from “${textOf.get(e.other[0] as string)?.slice(0, 60)}”`).toBeDefined();
      const allowed = [...(want?.reference ?? []), ...(want?.acceptable ?? [])];
      expect(allowed).toContain(refNumber.get(e.reference[0] as string));
    }
    for (const want of t.echo) {
      const block = other.blocks.find((b) => b.text.startsWith(want.opening));
      expect(block?.role, want.opening).toBe('body');
      for (const r of want.reference)
        expect(
          comparison.echoes.some(
            (e) => e.other[0] === block?.id && refNumber.get(e.reference[0] as string) === r,
          ),
          `${want.opening} → §${r}`,
        ).toBe(true);
    }
    const linked = comparison.alignment.filter((e) => e.reference.length > 0 && e.other.length > 0);
    expect(linked.map((e) => textOf.get(e.other[0] as string)?.slice(0, 60))).toEqual([]);
  });
});
