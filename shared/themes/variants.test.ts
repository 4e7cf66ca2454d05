import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement as load } from '../../testing/generators/load-statement';
import { bodyBlocks, type Statement } from '../statements/model';
import { badOccurrences } from './check-occurrences';
import type { Theme, Themes } from './model';
import { themes } from './themes';

// Fictional statements of 2021–2025 (samples written for this test) around two topics the lexicon lacks,
// spelled differently every year, with names of organisations, meetings, roles and places throughout; the
// truth was written by hand (testing/themes-variants/expected-themes.json), not with the code under test.
const fixtures = fileURLToPath(new URL('../../testing/themes-variants/', import.meta.url));
const corpus = fileURLToPath(new URL('../../resources/corpus/', import.meta.url));

interface Truth {
  readonly themes: readonly { concept: string; years: Record<string, readonly string[]> }[];
  readonly folded: Record<string, readonly string[]>;
  readonly names: { recurring: readonly string[]; other: readonly string[] };
}
const truth = JSON.parse(readFileSync(`${fixtures}expected-themes.json`, 'utf8')) as Truth;

let statements: Statement[];
let result: Themes;
beforeAll(async () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
  const samples = await Promise.all(files.map((f) => load(`${fixtures}${f}`)));
  const reference = await load(`${corpus}2019-new-delhi-closing-csc.txt`);
  statements = [...samples, reference];
  result = themes(samples, { reference });
});

interface Place {
  readonly statement: string;
  readonly block: string;
  readonly start: number;
  readonly end: number;
}

// Where a phrase is written (any case) in the body of the statements, or of one year's.
function placesOf(phrase: string, year?: number): Place[] {
  const places: Place[] = [];
  const wanted = phrase.toLowerCase();
  for (const s of statements) {
    if (year !== undefined && s.metadata.year !== year) continue;
    for (const block of bodyBlocks(s)) {
      const text = block.text.toLowerCase();
      for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1))
        places.push({ statement: s.id, block: block.id, start: at, end: at + wanted.length });
    }
  }
  return places;
}

const covers = (theme: Theme, place: Place) =>
  theme.occurrences.some(
    (o) =>
      o.statement === place.statement &&
      o.block === place.block &&
      o.start < place.end &&
      place.start < o.end,
  );
const coveringThemes = (place: Place) => result.themes.filter((t) => covers(t, place));
const textOf = (o: Place) =>
  statements
    .find((s) => s.id === o.statement)
    ?.blocks.find((b) => b.id === o.block)
    ?.text.slice(o.start, o.end)
    .replace(/\s+/g, ' ')
    .toLowerCase() ?? '';

describe('themes across years on fictional statements, against a hand-written truth', () => {
  it('reads the five fictional statements and the 2019 reference', () => {
    expect(result.statements.map((s) => s.year).sort()).toEqual([2019, 2021, 2022, 2023, 2024, 2025]);
    expect(result.statements.every((s) => s.title.startsWith('Sample — ') || s.year === 2019)).toBe(true);
  });

  for (const concept of truth.themes) {
    it(`finds “${concept.concept}” as one discovered theme, whatever the spelling`, () => {
      const all = Object.entries(concept.years).flatMap(([year, phrases]) =>
        phrases.map((phrase) => ({ year: Number(year), phrase, places: placesOf(phrase, Number(year)) })),
      );
      for (const { phrase, places, year } of all)
        expect(places.length, `${phrase} in ${year}`).toBeGreaterThan(0);
      const first = all[0]?.places[0] as Place;
      const theme = coveringThemes(first).find((t) => t.source === 'discovered');
      expect(theme, concept.concept).toBeDefined();
      for (const { phrase, places, year } of all) {
        // Every spelling, every year, is marked as this one theme and no other discovered theme.
        for (const place of places) {
          expect(covers(theme as Theme, place), `${phrase} (${year}) in ${theme?.label}`).toBe(true);
          const others = coveringThemes(place).filter((t) => t.source === 'discovered' && t !== theme);
          expect(
            others.map((t) => t.label),
            `${phrase} (${year})`,
          ).toEqual([]);
        }
      }
      const years = new Set(Object.keys(concept.years).map(Number));
      for (const s of result.statements) {
        const count = theme?.counts.find((c) => c.statement === s.id)?.count ?? 0;
        expect(count > 0, `${concept.concept} in ${s.year}`).toBe(years.has(s.year ?? 0));
      }
    });
  }

  it('folds discovered phrases into the built-in theme for the same concept', () => {
    for (const [id, phrases] of Object.entries(truth.folded)) {
      const theme = result.themes.find((t) => t.id === id);
      expect(theme, id).toBeDefined();
      for (const phrase of phrases) {
        const places = placesOf(phrase);
        expect(places.length, phrase).toBeGreaterThan(0);
        for (const place of places) {
          expect(covers(theme as Theme, place), `${phrase} in ${id}`).toBe(true);
          const discovered = coveringThemes(place).filter((t) => t.source === 'discovered');
          expect(
            discovered.map((t) => t.label),
            phrase,
          ).toEqual([]);
        }
      }
    }
  });

  it('offers no name as a theme, and lists the recurring names apart', () => {
    const discovered = result.themes.filter((t) => t.source === 'discovered');
    for (const name of [...truth.names.recurring, ...truth.names.other]) {
      const lower = name.toLowerCase();
      for (const theme of result.themes) {
        // No theme marks the name on its own.
        const alone = theme.occurrences.filter((o) => textOf(o) === lower);
        expect(alone.length, `${name} marked as ${theme.label}`).toBe(0);
      }
      expect(discovered.map((t) => t.label.toLowerCase())).not.toContain(lower);
    }
    const listed = result.names.flatMap((n) => [n.label, ...n.terms].map((t) => t.toLowerCase()));
    for (const name of truth.names.recurring) expect(listed, name).toContain(name.toLowerCase());
  });

  it('points every occurrence of every theme at one of its terms', () => {
    expect(badOccurrences(result, statements)).toEqual([]);
  });
});
