/** Generates realistic-looking statement paragraphs from a seeded random sequence. */
import { CONTENT_WORDS, FUNCTION_WORDS, TOPIC_WORDS, pseudoWord } from './lexicon';
import type { Random } from './prng';

const PSEUDO_WORDS = 3000;

/** A sampler over ranked words with probability ∝ 1 / (rank + offset). */
function zipfSampler(words: readonly string[], offset: number): (random: Random) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + offset);
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
}

const contentLexicon = [...CONTENT_WORDS, ...Array.from({ length: PSEUDO_WORDS }, (_, i) => pseudoWord(i))];
const drawFunction = zipfSampler(FUNCTION_WORDS, 2);
const drawContent = zipfSampler(contentLexicon, 20);

/** One word of running text: a function word, a topic word or a content word. */
export function randomWord(random: Random): string {
  const roll = random.next();
  if (roll < 0.42) return drawFunction(random);
  if (roll < 0.6) return random.pick(TOPIC_WORDS);
  return drawContent(random);
}

/** A content or topic word (what an editor puts in when rewording). */
export function randomReplacementWord(random: Random): string {
  return random.chance(0.3) ? random.pick(TOPIC_WORDS) : drawContent(random);
}

/** One sentence of 8–28 words, capitalised, with the odd comma, ending in a full stop. */
export function randomSentence(random: Random): string {
  const length = random.between(8, 28);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    let word = randomWord(random);
    if (i > 2 && i < length - 2 && random.chance(0.07)) word += ',';
    words.push(word);
  }
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

/** One paragraph of 1–6 sentences (mostly 2–5). */
export function randomParagraph(random: Random): string {
  const count = random.chance(0.1) ? 1 : random.between(2, random.chance(0.2) ? 6 : 4);
  return Array.from({ length: count }, () => randomSentence(random)).join(' ');
}

/** Paragraphs until at least `words` words in all. */
export function randomParagraphs(random: Random, words: number): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const paragraph = randomParagraph(random);
    paragraphs.push(paragraph);
    total += paragraph.split(' ').length;
  }
  return paragraphs;
}
