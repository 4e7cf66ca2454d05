import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatement as load } from '../../testing/generators/load-statement';
import type { Statement } from '../statements/model';
import { badOccurrences } from './check-occurrences';
import type { Themes } from './model';
import { themes } from './themes';

const corpus = fileURLToPath(new URL('../../resources/corpus/', import.meta.url));

let reference: Statement;
let samples: Statement[];
let result: Themes;
beforeAll(async () => {
  reference = await load(`${corpus}2019-new-delhi-closing-csc.txt`);
  const files = readdirSync(`${corpus}samples`).filter((f) => f.endsWith('.txt'));
  samples = await Promise.all(files.map((f) => load(`${corpus}samples/${f}`)));
  result = themes(samples, { reference });
});

const discovered = () => result.themes.filter((t) => t.source === 'discovered');
const mentions = (pattern: RegExp) =>
  discovered().filter((t) => pattern.test(t.label) || t.terms.some((term) => pattern.test(term)));

describe('themes of the bundled corpus (2019 reference and the samples)', () => {
  it('reads the reference and at least four samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(result.statements).toHaveLength(samples.length + 1);
  });

  it('finds the conflict-diamond definition / scope, the Central African Republic, civil society and reform once each', () => {
    // The discovered phrases for these fold into the lexicon themes for the same concept, with their spellings.
    const carrying = (pattern: RegExp) =>
      result.themes.filter((t) => t.total > 0 && t.terms.some((term) => pattern.test(term)));
    for (const pattern of [/^scope$/i, /^CAR$/, /^civil society$/i, /^reform$/i])
      expect(carrying(pattern).length, String(pattern)).toBe(1);
    expect(mentions(/\bscope\b|Central African Republic|\bCAR\b|^civil society$|^reform$/i)).toEqual([]);
    expect(result.themes.find((t) => t.id === 'lexicon:car')?.terms).toContain('CAR authorities');
  });

  it('sets the coalition’s own name apart as a name, not a theme', () => {
    expect(result.names.find((n) => n.label === 'Civil Society Coalition (CSC)')?.kind).toBe('organisation');
    expect(mentions(/Coalition|\bCSC\b/)).toEqual([]);
  });

  it('maps the acronyms the statements use to their long forms', () => {
    expect(result.acronyms).toMatchObject({
      KP: 'Kimberley Process',
      CAR: 'Central African Republic',
      CSC: 'Civil Society Coalition',
    });
  });

  it('makes no theme of salutations, courtesy, web residue, dates or numbers', () => {
    const junk =
      /\b(ladies|gentlemen|chairs?|excellenc(y|ies)|thanks?|thank you|welcome|dear|distinguished|colleagues?|delegates?|comments?|e-?mail|published|leave|reply|share|posted|click|cookies?|january|february|march|april|june|july|august|september|october|november|december|\d+)\b/i;
    for (const theme of discovered()) {
      for (const text of [theme.label, ...theme.terms])
        expect(junk.test(text), `${theme.label}: ${text}`).toBe(false);
    }
  });

  it('points every occurrence of every theme at text carrying one of its terms', () => {
    expect(result.themes.reduce((n, t) => n + t.occurrences.length, 0)).toBeGreaterThan(100);
    expect(badOccurrences(result, [...samples, reference])).toEqual([]);
  });

  it('carries the built-in lexicon themes the samples were written around', () => {
    const ids = result.themes.filter((t) => t.source === 'lexicon').map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'lexicon:scope',
        'lexicon:reform',
        'lexicon:secretariat',
        'lexicon:car',
        'lexicon:zimbabwe',
        'lexicon:civil-society',
        'lexicon:synthetics',
        'lexicon:asm',
      ]),
    );
  });

  it('compares each sample with the 2019 reference', () => {
    expect(result.reference).toBe(reference.id);
    expect(result.relative.map((r) => r.statement).sort()).toEqual(samples.map((s) => s.id).sort());
    const zimbabwe = 'lexicon:zimbabwe';
    // 2019 never mentions Zimbabwe or Marange; the samples that do raise it.
    for (const shift of result.relative) {
      const theme = result.themes.find((t) => t.id === zimbabwe);
      const carries = (theme?.counts.find((c) => c.statement === shift.statement)?.count ?? 0) > 0;
      expect(shift.raises.includes(zimbabwe)).toBe(carries);
      expect(shift.keeps.includes(zimbabwe) || shift.loses.includes(zimbabwe)).toBe(false);
    }
  });
});
