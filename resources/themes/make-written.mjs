// Regenerates written.json, how common words are in written English, beside background.json's spoken English:
// a word of policy prose ("implementation", "stakeholders", "proposals") is rare in film subtitles but common in
// writing, so it is no theme alone. Source: the npm package popular-english-words@1.0.2 (ISC; words ranked by
// how often Wikipedia uses them), fetched with the ordinary client and not a project dependency:
//   npm pack popular-english-words@1.0.2 && tar xzf popular-english-words-1.0.2.tgz
//   node resources/themes/make-written.mjs package/words.js
// A rank becomes a Zipf value by Zipf's law (a word of rank r makes about 0.1 / r of running text, so Zipf =
// 8 − log10 r). Kept: lemmas of Zipf ≥ 3.8 that are at least 0.3
// more common in writing than background.json says, bucketed by Zipf to 0.1.
import { readFileSync, writeFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const [input] = process.argv.slice(2);
if (!input) throw new Error('usage: node make-written.mjs path/to/popular-english-words/words.js');
const source = readFileSync(input, 'utf8');
const list = source.match(/\[[\s\S]*\]/);
if (!list) throw new Error(`${input}: no word list found`);
const words = JSON.parse(list[0].replace(/'/g, '"'));
const background = JSON.parse(readFileSync(new URL('./background.json', import.meta.url), 'utf8'));
const spoken = new Map();
for (const [zipf, line] of Object.entries(background.zipf))
  for (const word of line.split(' ')) spoken.set(word, Number(zipf));
// Occurrences per billion words by rank, added up per lemma as the themes read words (wink-nlp's English model,
// each word read alone): "stakeholders" counts for stakeholder, "data" for datum.
const nlp = winkNLP(model, ['pos']);
const lemmaCount = new Map();
words.forEach((word, i) => {
  if (!/^[a-z]+$/.test(word)) return;
  const lemmas = nlp.readDoc(word).tokens().out(nlp.its.lemma);
  const lemma = lemmas.length === 1 && lemmas[0] ? lemmas[0].toLowerCase() : word;
  lemmaCount.set(lemma, (lemmaCount.get(lemma) ?? 0) + 1e8 / (i + 1));
});
const buckets = new Map();
lemmaCount.forEach((count, word) => {
  const zipf = Math.round(Math.log10(count) * 10) / 10;
  if (zipf < 3.8 || zipf < (spoken.get(word) ?? 3) + 0.3) return;
  const key = zipf.toFixed(1);
  buckets.set(key, [...(buckets.get(key) ?? []), word]);
});
const zipf = Object.fromEntries(
  [...buckets].sort((a, b) => Number(b[0]) - Number(a[0])).map(([key, list]) => [key, list.sort().join(' ')]),
);
const out = {
  source: 'popular-english-words@1.0.2 (Wikipedia word ranks, ISC licence); see make-written.mjs',
  words: [...buckets.values()].reduce((n, w) => n + w.length, 0),
  zipf,
};
writeFileSync(new URL('./written.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
