/**
 * End to end on the fresh held-out set (README.md): each file goes through the importer the app uses
 * (bytes → Statement), is compared with the 2019 reference as the app compares (user echo options, none defined),
 * and the five statements get themes as the themes panel computes them. Prints per file and in total: metadata
 * fields right, body paragraphs read as one body block, extra body blocks (furniture read as speech), echo
 * recall/precision, reuse passages found with offsets, paraphrases aligned, false alignments, themes found.
 * Asserts floors at what was measured and ceilings for extras and false alignments. For measuring only: never tune
 * the app on these files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../shared/compare/compare';
import { userEchoOptions } from '../../shared/compare/echo-options';
import type { Comparison } from '../../shared/compare/model';
import { bodyBlocks, type Block, type Statement } from '../../shared/statements/model';
import type { Themes } from '../../shared/themes/model';
import { themes } from '../../shared/themes/themes';
import { loadStatement } from '../generators/load-statement';
import { METADATA_FIELDS, norm, sameValue, within } from '../generators/truth-text';

type Kind = 'topic' | 'reuse' | 'paraphrase' | 'decoy' | 'new';

interface TruthParagraph {
  readonly n: number;
  readonly kind: Kind;
  readonly echo?: readonly number[];
  readonly acceptable?: readonly number[];
  readonly align?: number;
  readonly text: string;
}

interface TruthReuse {
  readonly other: number;
  readonly reference: number;
  readonly otherText: string;
  readonly referenceText: string;
}

interface ExpectedTheme {
  readonly label: string;
  readonly lexicon?: string;
  readonly recurring?: boolean;
  readonly phrases: readonly string[];
}

interface TruthStatement {
  readonly file: string;
  readonly metadata: Readonly<Record<(typeof FIELDS)[number], string | number | null>>;
  readonly paragraphs: readonly TruthParagraph[];
  readonly reuse: readonly TruthReuse[];
  readonly themes: readonly ExpectedTheme[];
}

const FIELDS = METADATA_FIELDS;

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = fileURLToPath(new URL('../../resources/corpus/', import.meta.url));
const truth = JSON.parse(readFileSync(`${here}truth.json`, 'utf8')) as {
  readonly statements: readonly TruthStatement[];
};

interface Figures {
  fields: number;
  fieldsAll: number;
  /** Body paragraphs read as exactly one body block of the same text. */
  bodyExact: number;
  /** Body paragraphs found in the body at all (exact, inside a larger block, or split over several). */
  bodyFound: number;
  bodyAll: number;
  /** Body blocks no body paragraph accounts for: furniture or a salutation read as speech. */
  extra: number;
  /** Body blocks that are only the sample's label line (an artefact of labelling samples, counted apart). */
  labels: number;
  echoFound: number;
  echoNeeded: number;
  echoCorrect: number;
  echoes: number;
  /** Quoted passages found as a reuse echo with offsets covering the quoted span in both texts. */
  reuseFound: number;
  /** Quoted passages whose paragraph is aligned with the quoted § instead, the word diff keeping ≥ 80% of the quote. */
  reuseAligned: number;
  reuseAll: number;
  paraphraseAligned: number;
  paraphrases: number;
  falseAlignments: number;
  themesFound: number;
  themesFindable: number;
}

/**
 * Measured when the set was first run (see README.md); floors may only go up, ceilings (extra, falseAlignments)
 * only down. Echo figures measured again after the second-echo rule was calibrated elsewhere (testing/echo-calibration,
 * never on this set): recall 12/17 → 14/17, precision 18/18 → 21/21. The 2022 page's decoy no longer aligns since weak
 * pairs stating opposite evaluations are kept apart (evaluation.ts; written knowing this decoy's kind from the
 * README, so not a clean hold-out for that rule): false alignments 1 → 0, precision 22/22.
 */
const FLOORS: Readonly<Record<string, Partial<Figures>>> = {
  // prettier-ignore
  'sample-2017-plenary-opening-notes.md': { fields: 8, bodyExact: 6, bodyFound: 6, extra: 0, echoFound: 5, echoCorrect: 7, reuseFound: 0, reuseAligned: 0, paraphraseAligned: 0, falseAlignments: 0, themesFound: 5 },
  // prettier-ignore
  'sample-2019-press-release-quoting-closing.docx': { fields: 8, bodyExact: 5, bodyFound: 5, extra: 0, echoFound: 5, echoCorrect: 4, reuseFound: 1, reuseAligned: 2, paraphraseAligned: 0, falseAlignments: 0, themesFound: 6 },
  // prettier-ignore
  'sample-2022-plenary-closing-saved-page.html': { fields: 8, bodyExact: 7, bodyFound: 7, extra: 0, echoFound: 2, echoCorrect: 5, reuseFound: 0, reuseAligned: 0, paraphraseAligned: 0, falseAlignments: 0, themesFound: 4 },
  // prettier-ignore
  'sample-2023-intersessional-opening-printed.pdf': { fields: 8, bodyExact: 7, bodyFound: 7, extra: 0, echoFound: 0, echoCorrect: 3, reuseFound: 0, reuseAligned: 0, paraphraseAligned: 0, falseAlignments: 0, themesFound: 5 },
  // prettier-ignore
  'sample-2024-after-plenary-blog-copy.txt': { fields: 7, bodyExact: 6, bodyFound: 6, extra: 0, echoFound: 2, echoCorrect: 3, reuseFound: 0, reuseAligned: 0, paraphraseAligned: 1, falseAlignments: 0, themesFound: 4 },
};

/** Where a truth paragraph went among the body blocks: one equal block, a larger block holding it, or a run. */
interface Placement {
  readonly how: 'exact' | 'inside' | 'split';
  readonly blocks: readonly Block[];
}

function place(paragraph: string, body: readonly Block[]): Placement | null {
  const want = norm(paragraph);
  const norms = body.map((b) => norm(b.text));
  const exact = norms.indexOf(want);
  if (exact >= 0) return { how: 'exact', blocks: [body[exact]!] };
  const inside = norms.findIndex((n) => within(n, want));
  if (inside >= 0) return { how: 'inside', blocks: [body[inside]!] };
  for (let i = 0; i < body.length; i++) {
    let covered = 0;
    let j = i;
    while (j < body.length && norms[j] !== '' && within(want, norms[j]!)) covered += norms[j++]!.length + 1;
    if (j > i + 0 && covered >= 0.6 * want.length && j - i > 1)
      return { how: 'split', blocks: body.slice(i, j) };
  }
  return null;
}

/** The found range covers at least 80% of the true one and exceeds it by at most a fifth of its length. */
function close(found: { start: number; end: number }, want: { start: number; end: number }): boolean {
  const length = want.end - want.start;
  const overlap = Math.min(found.end, want.end) - Math.max(found.start, want.start);
  const excess = found.end - found.start - overlap;
  return overlap >= 0.8 * length && excess <= 0.2 * length;
}

interface Case {
  readonly truth: TruthStatement;
  readonly statement: Statement | null;
  readonly error: string | null;
  readonly comparison: Comparison | null;
}

let reference: Statement;
let cases: Case[] = [];
let themesResult: Themes;

beforeAll(async () => {
  reference = await loadStatement(`${corpus}2019-new-delhi-closing-csc.txt`);
  cases = await Promise.all(
    truth.statements.map(async (t): Promise<Case> => {
      try {
        const statement = await loadStatement(`${here}${t.file}`);
        const comparison = compare(reference, statement, { echoes: userEchoOptions([]) });
        return { truth: t, statement, error: null, comparison };
      } catch (error) {
        return { truth: t, statement: null, error: String(error), comparison: null };
      }
    }),
  );
  const loaded = cases.flatMap((c) => (c.statement ? [c.statement] : []));
  themesResult = themes(loaded, { reference });
});

function themeFound(statement: Statement, expected: ExpectedTheme): boolean {
  const index = themesResult.statements.findIndex((s) => s.id === statement.id);
  if (expected.lexicon)
    return (
      (themesResult.themes.find((t) => t.id === `lexicon:${expected.lexicon}`)?.counts[index]?.count ?? 0) > 0
    );
  return themesResult.themes.some((theme) =>
    theme.occurrences.some((o) => {
      if (o.statement !== statement.id) return false;
      const text = statement.blocks.find((b) => b.id === o.block)?.text.toLowerCase() ?? '';
      return expected.phrases.some((phrase) => {
        const at = text.indexOf(phrase.toLowerCase());
        return at >= 0 && o.start < at + phrase.length && at < o.end;
      });
    }),
  );
}

function measure(c: Case, notes: string[]): Figures {
  const t = c.truth;
  const f: Figures = {
    fields: 0,
    fieldsAll: FIELDS.length,
    bodyExact: 0,
    bodyFound: 0,
    bodyAll: t.paragraphs.length,
    extra: 0,
    labels: 0,
    echoFound: 0,
    echoNeeded: t.paragraphs.reduce((n, p) => n + (p.echo?.length ?? 0), 0),
    echoCorrect: 0,
    echoes: 0,
    reuseFound: 0,
    reuseAligned: 0,
    reuseAll: t.reuse.length,
    paraphraseAligned: 0,
    paraphrases: t.paragraphs.filter((p) => p.kind === 'paraphrase').length,
    falseAlignments: 0,
    themesFound: 0,
    themesFindable: t.themes.filter((e) => e.lexicon !== undefined || e.recurring === true).length,
  };
  const { statement, comparison } = c;
  if (!statement || !comparison) {
    notes.push(`${t.file}: import failed: ${c.error}`);
    return f;
  }
  const got: Record<string, unknown> = { ...statement.metadata, title: statement.title };
  for (const field of FIELDS) {
    if (sameValue(field, t.metadata[field], got[field])) f.fields++;
    else
      notes.push(
        `${t.file} metadata.${field}: expected ${JSON.stringify(t.metadata[field])}, got ${JSON.stringify(got[field] ?? null)}`,
      );
  }

  const body = bodyBlocks(statement);
  const refNumber = new Map(bodyBlocks(reference).map((b, i) => [b.id, i + 1]));
  const placements = t.paragraphs.map((p) => place(p.text, body));
  const used = new Set<string>();
  placements.forEach((placement, i) => {
    const p = t.paragraphs[i]!;
    if (!placement) {
      const role = statement.blocks.find((b) => within(norm(b.text), norm(p.text)))?.role;
      notes.push(
        `${t.file} ¶${p.n}: not in the body${role ? ` (read as ${role})` : ''} — "${p.text.slice(0, 60)}…"`,
      );
      return;
    }
    f.bodyFound++;
    if (placement.how === 'exact') f.bodyExact++;
    else
      notes.push(
        `${t.file} ¶${p.n}: ${placement.how === 'inside' ? 'inside a larger body block' : `split over ${placement.blocks.length} body blocks`} — "${placement.blocks
          .map((b) => b.text)
          .join(' ⏎ ')
          .slice(0, 160)}…"`,
      );
    for (const b of placement.blocks) used.add(b.id);
  });
  for (const b of body) {
    if (used.has(b.id)) continue;
    if (/^illustrative sample for testing\b/.test(norm(b.text)) && norm(b.text).split(' ').length <= 12) {
      f.labels++;
      continue;
    }
    f.extra++;
    notes.push(`${t.file}: extra body block — "${b.text.slice(0, 80)}"`);
  }

  // Echoes and alignments, per truth paragraph (through the blocks it was read into).
  const truthOf = new Map<string, TruthParagraph>();
  placements.forEach((placement, i) => placement?.blocks.forEach((b) => truthOf.set(b.id, t.paragraphs[i]!)));
  for (const echo of comparison.echoes) {
    for (const otherId of echo.other) {
      const p = truthOf.get(otherId);
      for (const refId of echo.reference) {
        f.echoes++;
        const r = refNumber.get(refId)!;
        const allowed = new Set([
          ...(p?.echo ?? []),
          ...(p?.acceptable ?? []),
          ...(p?.align ? [p.align] : []),
        ]);
        if (p && allowed.has(r)) f.echoCorrect++;
        else
          notes.push(
            `${t.file}: wrong ${echo.kind} echo ${p ? `¶${p.n} (${p.kind})` : `from "${statement.blocks.find((b) => b.id === otherId)?.text.slice(0, 50)}"`} → §${r} [${[...echo.themes, ...echo.terms].join(', ')}]`,
          );
      }
    }
  }
  placements.forEach((placement, i) => {
    const p = t.paragraphs[i]!;
    const ids = new Set(placement?.blocks.map((b) => b.id) ?? []);
    const aligned = comparison.alignment
      .filter((e) => e.other.some((id) => ids.has(id)))
      .flatMap((e) => e.reference.map((r) => refNumber.get(r)!));
    const echoed = comparison.echoes
      .filter((e) => e.other.some((id) => ids.has(id)))
      .flatMap((e) => e.reference.map((r) => refNumber.get(r)!));
    for (const r of p.echo ?? []) {
      if (echoed.includes(r) || (p.kind === 'reuse' && aligned.includes(r))) f.echoFound++;
      else notes.push(`${t.file} ¶${p.n} (${p.kind}): no echo to §${r}`);
    }
    if (p.kind === 'paraphrase') {
      if (aligned.includes(p.align!)) f.paraphraseAligned++;
      else
        notes.push(
          `${t.file} ¶${p.n}: paraphrase of §${p.align} not aligned (aligned: ${aligned.join('+') || 'none'})`,
        );
    } else if (p.kind !== 'reuse' && aligned.length > 0) {
      f.falseAlignments++;
      notes.push(`${t.file} ¶${p.n} (${p.kind}) aligned with §${aligned.join('+')}`);
    }
  });

  // Quoted passages: found with offsets covering the quoted span in both texts (or the paragraph aligned).
  for (const q of t.reuse) {
    const placement = placements[q.other - 1];
    const refBlock = bodyBlocks(reference)[q.reference - 1]!;
    const block = placement?.blocks.find((b) => b.text.includes(q.otherText));
    if (!placement || !block) {
      notes.push(`${t.file} ¶${q.other}: quoted span not found as such in the imported text`);
      continue;
    }
    const start = block.text.indexOf(q.otherText);
    const want = { start, end: start + q.otherText.length };
    const refStart = refBlock.text.indexOf(q.referenceText);
    const wantRef = { start: refStart, end: refStart + q.referenceText.length };
    const passages = comparison.echoes
      .filter((e) => e.kind === 'reuse')
      .flatMap((e) => e.passages ?? [])
      .filter((p) => p.other.block === block.id && p.reference.block === refBlock.id);
    if (passages.some((p) => close(p.other, want) && close(p.reference, wantRef))) {
      f.reuseFound++;
      continue;
    }
    const entry = comparison.alignment.find(
      (e) => e.other.includes(block.id) && e.reference.includes(refBlock.id),
    );
    const kept = norm(
      (entry?.diff ?? [])
        .filter((d) => d.op === 'equal')
        .map((d) => d.text)
        .join(' '),
    );
    const quoted = norm(q.otherText).split(' ');
    const aligned =
      entry !== undefined && quoted.filter((w) => within(kept, w)).length >= 0.8 * quoted.length;
    if (aligned) f.reuseAligned++;
    notes.push(
      `${t.file} ¶${q.other}: quoted passage of §${q.reference} not found with its offsets (want ${want.start}–${want.end}; got ${
        passages.map((p) => `${p.other.start}–${p.other.end}`).join(', ') || 'none'
      }${aligned ? '; paragraph aligned instead' : ''})`,
    );
  }

  for (const e of t.themes) {
    if (e.lexicon === undefined && e.recurring !== true) continue;
    if (themeFound(statement, e)) f.themesFound++;
    else notes.push(`${t.file}: theme not found — ${e.label}`);
  }
  return f;
}

const KEYS = [
  'fields',
  'bodyExact',
  'bodyFound',
  'extra',
  'echoFound',
  'echoCorrect',
  'reuseFound',
  'reuseAligned',
  'paraphraseAligned',
  'falseAlignments',
  'themesFound',
] as const;

describe('end to end on the fresh held-out set (measuring only)', () => {
  it('imports, compares and finds themes at least as well as when the set was written', () => {
    const names = truth.statements.map((s) => s.file).sort();
    expect(names).toEqual(
      readdirSync(here)
        .filter((f) => f.startsWith('sample-'))
        .sort(),
    );
    const notes: string[] = [];
    const figures = new Map(cases.map((c) => [c.truth.file, measure(c, notes)]));
    const total = [...figures.values()].reduce(
      (sum, f) => {
        for (const key of Object.keys(sum) as (keyof Figures)[]) sum[key] += f[key];
        return sum;
      },
      Object.fromEntries(Object.keys([...figures.values()][0]!).map((k) => [k, 0])) as unknown as Figures,
    );
    const row = (name: string, f: Figures): string =>
      [
        name.padEnd(48),
        `meta ${f.fields}/${f.fieldsAll}`,
        `body ${f.bodyExact}(${f.bodyFound})/${f.bodyAll}`,
        `extra ${f.extra} (+${f.labels} label)`,
        `echo R ${f.echoFound}/${f.echoNeeded} P ${f.echoCorrect}/${f.echoes}`,
        `reuse ${f.reuseFound}+${f.reuseAligned}/${f.reuseAll}`,
        `para ${f.paraphraseAligned}/${f.paraphrases}`,
        `false-align ${f.falseAlignments}`,
        `themes ${f.themesFound}/${f.themesFindable}`,
      ].join('  ');
    console.log(
      [
        'End-to-end held-out: metadata fields right; body paragraphs read as one block (found at all); extra body blocks (+ sample label lines read as body); echo recall/precision; quoted passages found with offsets (+ paragraph aligned with the quoted § instead); paraphrases aligned; decoy/topic/new paragraphs aligned; themes found',
        ...names.map((n) => row(n, figures.get(n)!)),
        row('TOTAL', total),
        '',
        'Misses:',
        ...notes,
      ].join('\n'),
    );
    for (const name of names) {
      const floor = FLOORS[name];
      expect(floor, `${name} has no floors`).toBeDefined();
      const f = figures.get(name)!;
      for (const key of KEYS) {
        const bound = floor![key];
        expect(bound, `${name} ${key} has no bound`).toBeDefined();
        if (key === 'extra' || key === 'falseAlignments')
          expect(f[key], `${name} ${key}`).toBeLessThanOrEqual(bound!);
        else expect(f[key], `${name} ${key}`).toBeGreaterThanOrEqual(bound!);
      }
    }
    // Precision is a ratio: wrong echoes must not grow either.
    expect(total.echoes - total.echoCorrect, 'wrong echoes').toBeLessThanOrEqual(0);
  });
});
