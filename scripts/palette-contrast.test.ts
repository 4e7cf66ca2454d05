// The palette check reads the renderer's CSS files, so it runs with Node's fs beside the other checks of project
// files (the renderer's own tests may not import node:*, and vitest hands CSS imports over empty).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  customProperties,
  mixSrgb,
  parseHex,
  resolveColour,
  type Scheme,
} from '../renderer/styles/contrast';
import { shade } from '../shared/report/overview-chart';

const css = (path: string) => readFileSync(new URL(`../renderer/${path}`, import.meta.url), 'utf8');
const base = css('styles/base.css');
const themesCss = css('themes/themes.css');

describe('contrastRatio', () => {
  it('matches the WCAG figures for known pairs', () => {
    expect(contrastRatio(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHex('#0072b2'), parseHex('#ffffff'))).toBeCloseTo(5.19, 2);
    expect(contrastRatio(parseHex('#fff'), parseHex('#fff'))).toBe(1);
    expect(mixSrgb(parseHex('#000000'), 0.5, parseHex('#ffffff'))).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
  });
});

// The app's colours: base.css declares the palette, themes.css the theme marks.
const properties = new Map([...customProperties(base), ...customProperties(themesCss)]);
const SCHEMES: readonly Scheme[] = ['light', 'dark'];
const SURFACES = ['--bg', '--bg-panel', '--bg-elevated'];
const OPS = ['unchanged', 'changed', 'moved', 'split', 'merged', 'added', 'removed'].map(
  (op) => `--op-${op}`,
);

function ratio(scheme: Scheme, foreground: string, background: string): number {
  return contrastRatio(
    resolveColour(properties, foreground, scheme),
    resolveColour(properties, background, scheme),
  );
}

// A gutter chip: its op colour 14% over the raised surface (compare.css).
function chipRatio(scheme: Scheme, op: string): number {
  const chip = mixSrgb(
    resolveColour(properties, op, scheme),
    0.14,
    resolveColour(properties, '--bg-elevated', scheme),
  );
  return contrastRatio(resolveColour(properties, '--fg', scheme), chip);
}

/** Text and the backgrounds it is drawn on: at least 4.5:1 (WCAG AA, normal text). */
const TEXT_PAIRS: readonly (readonly [string, string])[] = [
  ...['--fg', '--fg-muted', '--accent', '--danger'].flatMap((fg) => SURFACES.map((bg) => [fg, bg] as const)),
  ['--fg', '--bg-hover'],
  ['--fg-muted', '--bg-hover'],
  ['--accent-fg', '--accent'],
  ['--bg', '--fg'],
  ['--fg', '--warning-bg'],
  ['--fg', '--error-bg'],
  ['--fg', '--ins-bg'],
  ['--fg', '--del-bg'],
  ['--fg-muted', '--del-bg'],
  ['--fg', '--flash'],
  ['--fg', '--mark-bg'],
  ['--fg', '--theme-mark-bg'],
  ['--fg', '--theme-mark-current-bg'],
  ['--fg', '--quote-bg'],
];

/** Marks and borders that carry meaning (ops, insertions, deletions, hits, focus): at least 3:1 (WCAG 1.4.11). */
const GRAPHIC_PAIRS: readonly (readonly [string, string])[] = [
  ...OPS.flatMap((op) => SURFACES.map((bg) => [op, bg] as const)),
  ...['--focus'].flatMap((fg) => SURFACES.map((bg) => [fg, bg] as const)),
  ['--ins-line', '--ins-bg'],
  ['--del-line', '--del-bg'],
  ['--mark-line', '--mark-bg'],
  ['--theme-mark-line', '--theme-mark-bg'],
  ['--quote-line', '--quote-bg'],
  ...['--quote-line'].flatMap((fg) => SURFACES.map((bg) => [fg, bg] as const)),
];

describe.each(SCHEMES)('the %s palette', (scheme) => {
  it.each(TEXT_PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(ratio(scheme, fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHIC_PAIRS)('%s against %s is at least 3:1', (fg, bg) => {
    expect(ratio(scheme, fg, bg)).toBeGreaterThanOrEqual(3);
  });

  it.each(OPS)('text on the %s chip is at least 4.5:1', (op) => {
    expect(chipRatio(scheme, op)).toBeGreaterThanOrEqual(4.5);
  });

  // Echo links sit in the tinted cells of added and dropped paragraphs (5% of the op colour, compare.css).
  it.each(['--op-added', '--op-removed'])('an echo link on the %s cell tint is at least 4.5:1', (op) => {
    const tint = mixSrgb(
      resolveColour(properties, op, scheme),
      0.05,
      resolveColour(properties, '--bg', scheme),
    );
    expect(contrastRatio(resolveColour(properties, '--accent', scheme), tint)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the overview report', () => {
  it('keeps its text readable on the deepest heat-map shade, and its bars visible on white', () => {
    const [r, g, b] = (/rgb\((\d+), (\d+), (\d+)\)/.exec(shade(1)) ?? []).slice(1).map(Number) as [
      number,
      number,
      number,
    ];
    expect(contrastRatio({ r, g, b }, parseHex('#111111'))).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(parseHex('#0072b2'), parseHex('#ffffff'))).toBeGreaterThanOrEqual(3);
  });
});
