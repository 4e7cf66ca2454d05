import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement as load } from '../../testing/generators/load-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import type { Theme, Themes } from './model';
import { themes } from './themes';

// The expected themes of the echo truth set (testing/echo-truth/truth.json, `themes` of each statement),
// written by hand from the statements: the themes the app must find there.
const truthDir = fileURLToPath(new URL('../../testing/echo-truth/', import.meta.url));
const corpus = fileURLToPath(new URL('../../resources/corpus/', import.meta.url));

interface Expected {
  readonly label: string;
  readonly lexicon?: string;
  readonly recurring?: boolean;
  readonly phrases: readonly string[];
}
interface Truth {
  readonly statements: readonly { file: string; themes: readonly Expected[] }[];
}
const truth = JSON.parse(readFileSync(`${truthDir}truth.json`, 'utf8')) as Truth;

let samples: Statement[];
let result: Themes;
beforeAll(async () => {
  samples = await Promise.all(truth.statements.map((s) => load(`${truthDir}${s.file}`)));
  const reference = await load(`${corpus}2019-new-delhi-closing-csc.txt`);
  result = themes(samples, { reference });
});

// Whether an occurrence marks one of the expected phrases of its statement (any expected theme's).
function marksExpected(o: { statement: string; block: string; start: number; end: number }): boolean {
  const i = samples.findIndex((s) => s.id === o.statement);
  if (i < 0) return false;
  const text =
    bodyBlocks(samples[i] as Statement)
      .find((b) => b.id === o.block)
      ?.text.toLowerCase() ?? '';
  return (truth.statements[i]?.themes ?? []).some((e) =>
    e.phrases.some((phrase) => {
      const p = phrase.toLowerCase();
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
        if (o.start < at + p.length && at < o.end) return true;
      return false;
    }),
  );
}

// Whether the themes carry an expected theme in a statement: its lexicon theme occurs there, or (for a theme
// the lexicon lacks) some theme marks one of its phrases there.
function found(statement: Statement, expected: Expected): boolean {
  const index = result.statements.findIndex((s) => s.id === statement.id);
  if (expected.lexicon)
    return (result.themes.find((t) => t.id === `lexicon:${expected.lexicon}`)?.counts[index]?.count ?? 0) > 0;
  return result.themes.some((theme) =>
    theme.occurrences.some((o) => {
      if (o.statement !== statement.id) return false;
      const text =
        bodyBlocks(statement)
          .find((b) => b.id === o.block)
          ?.text.toLowerCase() ?? '';
      return expected.phrases.some((phrase) => {
        const at = text.indexOf(phrase.toLowerCase());
        return at >= 0 && o.start < at + phrase.length && at < o.end;
      });
    }),
  );
}

describe('themes on the echo truth set, against the expected themes written by hand', () => {
  it('finds at least 85% of the themes a reader names (built-in, or recurring across the statements)', () => {
    const findable = truth.statements.flatMap((s, i) =>
      s.themes
        .filter((e) => e.lexicon !== undefined || e.recurring === true)
        .map((e) => ({ file: s.file, expected: e, hit: found(samples[i] as Statement, e) })),
    );
    const recall = findable.filter((f) => f.hit).length / findable.length;
    const missed = findable.filter((f) => !f.hit).map((f) => `${f.file}: ${f.expected.label}`);
    // Measured: 56 of 63 (0.89; 57 before general words stopped being themes alone). Missed: 2022 and 2025
    // violence ("armed bands", "tortured … armed factions"), 2022 and 2024 credibility ("loses weight and
    // trust", "standing and trustworthiness"), 2025 synthetics ("a stone grown in a laboratory"), trade
    // statistics of 2021 and 2026 ("statistics" alone is a general word).
    expect(findable.length).toBeGreaterThan(40);
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('discovers themes a reader would name: most discovered themes mark an expected theme’s phrase', () => {
    // A discovered theme is right when at least half of its occurrences in the samples (the reference has no
    // truth) mark a phrase of a theme the reader named in that statement (truth.json, written from the texts):
    // "Stones" marking "a stone made in a factory" once among ten places is no theme a reader names.
    const discovered = result.themes.filter((t) => t.source === 'discovered');
    const judged = (t: Theme) => t.occurrences.filter((o) => samples.some((s) => s.id === o.statement));
    const right = discovered.filter((t) => judged(t).filter(marksExpected).length * 2 >= judged(t).length);
    const top = discovered.slice(0, 10);
    const topRight = top.filter((t) => right.includes(t));
    const report = discovered.map((t) => `${right.includes(t) ? '+' : '-'} ${t.label}`).join('\n');
    // Measured: 3 of 8 discovered themes (0.38), all of them in the top 10 (before: 4 of 25, top 10 2 of 10,
    // most of them single general words such as "Scheme", "Industry", "Data", "Reports"). The rest: "Mining
    // sites", "Diamond industries", "Supply chain", "Smuggling", "New arrangements" — facets of violence,
    // tripartism and the Central African Republic that the truth does not name as themes of their own.
    expect(discovered.length, report).toBeGreaterThan(2);
    expect(right.length / discovered.length, report).toBeGreaterThanOrEqual(0.35);
    expect(topRight.length / top.length, report).toBeGreaterThanOrEqual(0.35);
  });

  it('offers none of the statements’ names as a theme', () => {
    const names = [
      'Civil Society Coalition',
      'coalition',
      'Chair',
      'Coordinator',
      'Plenary',
      'Intersessional Meeting',
    ];
    const discovered = result.themes.filter((t) => t.source === 'discovered');
    for (const name of names)
      expect(
        discovered.map((t) => t.label.toLowerCase()),
        name,
      ).not.toContain(name.toLowerCase());
  });
});
