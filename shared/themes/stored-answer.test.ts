import { describe, expect, it } from 'vitest';
import { importStatement } from '../statements/import-statement';
import type { Statement } from '../statements/model';
import { packThemes, unpackThemes } from './packed-themes';
import { decodeThemesAnswer, encodeThemesAnswer, themesAnswerKey, themesAnswerKeyOf } from './stored-answer';
import { themes } from './themes';

const KEY = 'a'.repeat(64);

async function statement(year: number, extra: string): Promise<Statement> {
  const text = [
    `Sample — Coalition statement, ${year}`,
    '',
    `The Kimberley Process (KP) met in ${year}. Civil society asks the KP for peer review and ${extra}.`,
    '',
    `Civil society welcomes the work on rough diamonds and artisanal mining, and on ${extra} again.`,
  ].join('\n');
  const result = await importStatement({ name: `${year}.txt`, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.error.reason);
  return { ...result.statement, metadata: { ...result.statement.metadata, year } };
}

describe('a themes answer as bytes', () => {
  it('gives back the same themes, byte for byte in JSON, with and without a reference and user themes', async () => {
    const list = [
      await statement(2019, 'due diligence'),
      await statement(2021, 'responsible sourcing'),
      await statement(2023, 'due diligence in artisanal mining'),
    ];
    for (const found of [
      themes(list, { reference: list[0]!.id }),
      themes(list, { userThemes: [{ id: 'mine', label: 'Mining', terms: ['mining'] }] }),
      themes([], {}),
    ]) {
      const bytes = encodeThemesAnswer(KEY, packThemes(found));
      expect(themesAnswerKeyOf(bytes)).toBe(KEY);
      const back = decodeThemesAnswer(bytes, KEY);
      expect(JSON.stringify(unpackThemes(back!))).toBe(JSON.stringify(found));
      // At an offset a typed array cannot start at (bytes handed over inside a larger buffer).
      const shifted = new Uint8Array(bytes.length + 3);
      shifted.set(bytes, 3);
      const odd = decodeThemesAnswer(shifted.subarray(3), KEY);
      expect(JSON.stringify(unpackThemes(odd!))).toBe(JSON.stringify(found));
    }
  });

  it('gives nothing under another key, cut short, with a byte changed anywhere after the key, or with trailing bytes', async () => {
    const list = [await statement(2019, 'due diligence'), await statement(2021, 'due diligence')];
    const bytes = encodeThemesAnswer(KEY, packThemes(themes(list, { reference: list[0]!.id })));
    expect(decodeThemesAnswer(bytes, 'b'.repeat(64))).toBeNull();
    expect(decodeThemesAnswer(bytes.subarray(0, bytes.length - 4), KEY)).toBeNull();
    const longer = new Uint8Array(bytes.length + 8);
    longer.set(bytes);
    expect(decodeThemesAnswer(longer, KEY)).toBeNull();
    for (const at of [90, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const changed = bytes.slice();
      changed[at] = (changed[at] as number) ^ 1;
      expect(decodeThemesAnswer(changed, KEY)).toBeNull();
    }
    expect(themesAnswerKeyOf(new TextEncoder().encode('PDTA but nothing more'))).toBeNull();
  });

  it('has a key that changes with each thing the themes depend on', async () => {
    const [a, b] = [await statement(2019, 'due diligence'), await statement(2021, 'peer review')];
    const summary = (s: Statement, hash: string) => ({ ...s, hash });
    const input = { statements: [summary(a, 'h1'), summary(b, 'h2')], reference: a.id, userThemes: [] };
    const key = themesAnswerKey('v1', input);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(themesAnswerKey('v1', { ...input })).toBe(key);
    const variants = [
      themesAnswerKey('v2', input),
      themesAnswerKey('v1', { ...input, reference: b.id }),
      themesAnswerKey('v1', { ...input, reference: null }),
      themesAnswerKey('v1', { ...input, statements: input.statements.slice(0, 1) }),
      themesAnswerKey('v1', { ...input, statements: [...input.statements].reverse() }),
      themesAnswerKey('v1', { ...input, statements: [summary(a, 'h1'), summary(b, 'h3')] }),
      themesAnswerKey('v1', {
        ...input,
        statements: [summary(a, 'h1'), { ...summary(b, 'h2'), title: 'Other' }],
      }),
      themesAnswerKey('v1', {
        ...input,
        statements: [summary(a, 'h1'), { ...summary(b, 'h2'), metadata: { ...b.metadata, year: 2022 } }],
      }),
      themesAnswerKey('v1', {
        ...input,
        statements: [summary(a, 'h1'), { ...summary(b, 'h2'), sample: !b.sample }],
      }),
      themesAnswerKey('v1', { ...input, userThemes: [{ id: 'u', label: 'U', terms: ['peer'] }] }),
    ];
    expect(new Set([key, ...variants]).size).toBe(variants.length + 1);
  });
});
