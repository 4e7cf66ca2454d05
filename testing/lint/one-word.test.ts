import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What a word is lives once, in shared/text/words.ts (compare, themes and search pass options). A product file
// that pulls words out of text with its own global regex over letters is a second definition.
const root = fileURLToPath(new URL('../..', import.meta.url));
const LAYERS = ['shared', 'renderer', 'electron', 'cli'];

/** Allowed, with the reason. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'shared/themes/check-occurrences.ts':
    'a test oracle for themes: it reads words its own way on purpose, independent of the code it checks',
};

/** A character class with \p{L} (not negated), repeated, in a regex with the g flag: words pulled out of text. */
const WORD_REGEX = /\[(?!\^)[^\]\n]*\\p\{L\}[^\]\n]*\][+*][^\n]*?\/[a-z]*g[a-z]*/;

/** The lines of `source` that define words with their own regex. */
function wordRegexLines(source: string): number[] {
  return source.split('\n').flatMap((line, i) => (WORD_REGEX.test(line) ? [i + 1] : []));
}

function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : productFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('one word', () => {
  it('recognises a word regex and leaves other uses of \\p{L} alone', () => {
    expect(wordRegexLines("const WORD = /[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?/gu;")).toEqual([1]);
    expect(wordRegexLines('text.match(/[\\p{L}\\p{M}]+/gu) ?? []')).toEqual([1]);
    expect(wordRegexLines("slug.replace(/[^\\p{L}\\p{N}]+/gu, '-')")).toEqual([]);
    expect(wordRegexLines('/^\\p{Lu}[\\p{L}]*$/u.test(word)')).toEqual([]);
  });

  it('has no product module outside shared/text define its own words', () => {
    const found = LAYERS.flatMap((layer) => productFiles(join(root, layer)))
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((path) => !path.startsWith('shared/text/') && !(path in EXCEPTIONS))
      .flatMap((path) =>
        wordRegexLines(readFileSync(join(root, path), 'utf8')).map((line) => `${path}:${line}`),
      );
    expect(found).toEqual([]);
  });
});
