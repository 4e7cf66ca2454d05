/** Lemma and stop-word flag of a word form, from wink-nlp's English model, memoised per distinct form. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isCommonWord } from './background';

/** What the themes need to know about one lowercase word form. */
export interface WordInfo {
  readonly lemma: string;
  /** A stop word in the model's list (the, of, would, made...). */
  readonly stop: boolean;
  /** The model's part of speech for the word on its own (NOUN, ADJ, VERB...). */
  readonly pos: string;
}

// The few parts of wink-nlp used here, typed locally: its published `its.lemma` type does not line up with
// its own `out()` signature under strict settings.
interface WinkTokens {
  out(property: unknown): unknown[];
}
interface Wink {
  readDoc(text: string): { tokens(): WinkTokens };
  its: { lemma: unknown; stopWordFlag: unknown; pos: unknown };
}

let nlp: Wink | null = null;
const memo = new Map<string, WordInfo>();

// Loading the model takes a few hundred milliseconds, so it waits until the first word is looked up.
function wink(): Wink {
  nlp ??= winkNLP(model, ['pos']) as unknown as Wink;
  return nlp;
}

/** The reading of `form` if it is remembered: then `wordInfo` gives this same reading every time. */
export function rememberedWordInfo(form: string): WordInfo | undefined {
  return memo.get(form);
}

/** How many more uncommon word forms the model may read in one analysis (see `wordInfo`). */
export interface LookupBudget {
  left: number;
}

/** The default budget of one analysis: about a second of the model's time, more than a real corpus needs. */
export const LOOKUP_BUDGET = 30_000;

// Without the model: a plural's -s dropped, read as a noun, no stop word (every stop word is common).
function plainWordInfo(form: string): WordInfo {
  const lemma = form.length > 3 && /[^s]s$/.test(form) ? form.slice(0, -1) : form;
  return { lemma, stop: false, pos: 'NOUN' };
}

/**
 * The lemma and stop flag of a lowercase word form ("diamonds" → diamond, "defined" → define).
 *
 * Each distinct form is read once as a one-word document: the model's part-of-speech guess without context
 * picks the lemma, which keeps the cost per corpus word to a map lookup. Reading takes some 30 µs, so text
 * made of endless distinct non-words would take minutes: common words (in the background list) are always
 * read, other forms only while `budget` lasts, after which they get a plain reading (not remembered).
 */
export function wordInfo(form: string, budget?: LookupBudget): WordInfo {
  const known = memo.get(form);
  if (known) return known;
  if (budget && !isCommonWord(form)) {
    if (budget.left <= 0) return plainWordInfo(form);
    budget.left--;
  }
  const tokens = wink().readDoc(form).tokens();
  const lemmas = tokens.out(wink().its.lemma) as string[];
  const stops = tokens.out(wink().its.stopWordFlag) as boolean[];
  const pos = tokens.out(wink().its.pos) as string[];
  // A form wink splits ("cannot", "gonna") is a function word; keep the form itself as its lemma.
  const info: WordInfo =
    lemmas.length === 1 && lemmas[0]
      ? { lemma: lemmas[0].toLowerCase(), stop: stops[0] === true, pos: pos[0] ?? 'X' }
      : { lemma: form, stop: stops.some((s) => s), pos: 'X' };
  memo.set(form, info);
  return info;
}
