import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement as load } from '../../testing/generators/load-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import type { Themes } from './model';
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
    // Measured: 39 of 43 (0.91). Missed: 2024 credibility (said as "standing and trustworthiness"), 2025
    // violence ("tortured … armed factions"), the peace agreement of 2021 and 2024 (ranked below the cut).
    expect(findable.length).toBeGreaterThan(40);
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
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
