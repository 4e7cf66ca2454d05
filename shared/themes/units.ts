/** Turns statements into streams of units (lemmatised words and acronyms) that phrases and terms are matched on. */
import type { Statement } from '../statements/model';
import { looksLikeAcronym } from './acronyms';
import { extraStopWords, junkWords, weakWords } from './lexicon';
import { tokenise, type Token } from './tokenise';
import { wordInfo } from './word-info';

/** What a unit can do in a phrase. */
export const CONTENT = 0;
/** A stop word: may sit inside a lexicon or user term match (up to two in a row), never in a discovered phrase. */
export const STOP = 1;
/** A number, date, salutation or web residue: never part of a discovered phrase. */
export const JUNK = 2;
/** A stop word that may join the words of a discovered phrase: of, the, a, an ("definition of conflict diamonds"). */
export const LINK = 3;

/** True for the kinds a phrase may skip over (STOP and LINK). */
export function isStop(kind: number): boolean {
  return kind === STOP || kind === LINK;
}

/** A noun, proper noun or acronym that can be a discovered theme on its own. */
export const THEME_WORD = 3;
/** A content word that can end a discovered phrase but is too general to stand alone ("process", "effort"). */
export const HEAD = 2;
/** A content word that can only lead into one: an adjective or participle ("civil", "affected"). */
export const MODIFIER = 1;
/** Any other word (verbs, adverbs...): never in a discovered phrase. */
export const OTHER = 0;

const links = new Set(['of', 'the', 'a', 'an']);

/** The lemma keys seen so far, each with a small integer id. */
export interface Vocabulary {
  readonly ids: Map<string, number>;
  readonly keys: string[];
}

/** The units of one statement's body blocks, as parallel arrays. */
export interface UnitStream {
  readonly length: number;
  /** Vocabulary id of the lemma key (a lowercase lemma, or `ACR:` + acronym). */
  readonly lemma: Int32Array;
  readonly kind: Uint8Array;
  /** THEME_WORD, HEAD, MODIFIER or OTHER: what the unit can be in a discovered phrase. */
  readonly role: Uint8Array;
  /** 1 where punctuation or a block start separates the unit from the previous one. */
  readonly breakBefore: Uint8Array;
  /** Index into the statement's body blocks. */
  readonly block: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Words in the body blocks (every token, stop words and numbers included). */
  readonly words: number;
}

/** What reading units needs: the vocabulary and the acronyms with their long forms. */
export interface UnitContext {
  readonly vocabulary: Vocabulary;
  /** Acronym → long form. */
  readonly acronyms: Readonly<Record<string, string>>;
  /** Lowercase long-form words, joined by spaces → acronym; and the most words a long form has. */
  readonly longForms: ReadonlyMap<string, string>;
  readonly longestLongForm: number;
}

/** A new empty vocabulary. */
export function newVocabulary(): Vocabulary {
  return { ids: new Map(), keys: [] };
}

/** The id of a lemma key, added when new. */
export function idOf(vocabulary: Vocabulary, key: string): number {
  let id = vocabulary.ids.get(key);
  if (id === undefined) {
    id = vocabulary.keys.length;
    vocabulary.ids.set(key, id);
    vocabulary.keys.push(key);
  }
  return id;
}

/** The lemma key of an acronym. */
export function acronymKey(acronym: string): string {
  return `ACR:${acronym}`;
}

/** A context for these acronyms. */
export function unitContext(acronyms: Readonly<Record<string, string>>): UnitContext {
  const longForms = new Map<string, string>();
  let longestLongForm = 0;
  for (const [acronym, longForm] of Object.entries(acronyms)) {
    const words = tokenise(longForm).map((t) => t.text.toLowerCase());
    if (words.length < 2) continue;
    longForms.set(words.join(' '), acronym);
    longestLongForm = Math.max(longestLongForm, words.length);
  }
  return { vocabulary: newVocabulary(), acronyms, longForms, longestLongForm };
}

interface Classified {
  readonly kind: number;
  readonly key: string;
  readonly role: number;
}

// A past participle may modify a noun in a key phrase ("affected communities", "lab-grown"); a form in -ing
// the model calls a verb mostly starts a clause ("creating a secretariat"), so it may not.
const participle = /(?:ed|en|wn)$/;

function phraseRole(pos: string, form: string, lemma: string): number {
  if (pos === 'NOUN' || pos === 'PROPN') return weakWords.has(lemma) ? HEAD : THEME_WORD;
  if (pos === 'ADJ' || (pos === 'VERB' && participle.test(form))) return MODIFIER;
  return OTHER;
}

const classified = new Map<string, Classified>();

// The kind and lemma key of a word that is not an acronym; memoised, as corpora reuse few forms many times.
function classifyWord(form: string): Classified {
  const known = classified.get(form);
  if (known) return known;
  const lower = form.toLowerCase();
  let result: Classified;
  if (/\p{N}/u.test(lower)) result = { kind: JUNK, key: lower, role: OTHER };
  else if (links.has(lower)) result = { kind: LINK, key: lower, role: OTHER };
  else if (lower.length < 2 || /['’]/.test(lower)) result = { kind: STOP, key: lower, role: OTHER };
  else if (junkWords.has(lower)) result = { kind: JUNK, key: lower, role: OTHER };
  else {
    const info = wordInfo(lower);
    if (info.stop || extraStopWords.has(lower) || extraStopWords.has(info.lemma)) {
      result = { kind: STOP, key: info.lemma, role: OTHER };
    } else if (junkWords.has(info.lemma) || info.lemma.length < 2) {
      result = { kind: JUNK, key: info.lemma, role: OTHER };
    } else result = { kind: CONTENT, key: info.lemma, role: phraseRole(info.pos, lower, info.lemma) };
  }
  classified.set(form, result);
  return result;
}

function acronymRole(acronym: string): number {
  return weakWords.has(acronym) ? HEAD : THEME_WORD;
}

// A block written mostly in capitals (a shouted heading) has words, not acronyms, in capitals.
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/\P{Lu}/gu, '').length > letters.length * 0.6;
}

/** One unit as read from a token run. */
export interface Unit {
  readonly key: string;
  readonly kind: number;
  readonly role: number;
  readonly start: number;
  readonly end: number;
  readonly breakBefore: boolean;
  /** How many tokens it covers (a long form collapsed into its acronym covers several). */
  readonly tokens: number;
}

/** The units of one text: long forms collapse into their acronym, each other token is one unit. */
export function readUnits(
  text: string,
  context: UnitContext,
  tokens: readonly Token[] = tokenise(text),
): Unit[] {
  const units: Unit[] = [];
  const shouting = isShouting(text);
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token;
    const longForm = matchLongForm(tokens, i, context);
    if (longForm) {
      const last = tokens[i + longForm.tokens - 1] as Token;
      units.push({
        key: acronymKey(longForm.acronym),
        kind: CONTENT,
        role: acronymRole(longForm.acronym),
        start: token.start,
        end: last.end,
        breakBefore: token.breakBefore,
        tokens: longForm.tokens,
      });
      i += longForm.tokens;
      continue;
    }
    const form = token.text;
    const acronym =
      (Object.hasOwn(context.acronyms, form) || (!shouting && looksLikeAcronym(form))) &&
      !isStop(classifyWord(form).kind);
    const { kind, key, role } = acronym
      ? { kind: CONTENT, key: acronymKey(form), role: acronymRole(form) }
      : classifyWord(form);
    units.push({
      key,
      kind,
      role,
      start: token.start,
      end: token.end,
      breakBefore: token.breakBefore,
      tokens: 1,
    });
    i++;
  }
  return units;
}

function matchLongForm(
  tokens: readonly Token[],
  at: number,
  context: UnitContext,
): { acronym: string; tokens: number } | null {
  if (context.longestLongForm === 0) return null;
  let words = (tokens[at] as Token).text.toLowerCase();
  let found: { acronym: string; tokens: number } | null = null;
  for (let k = 2; k <= context.longestLongForm && at + k - 1 < tokens.length; k++) {
    const next = tokens[at + k - 1] as Token;
    if (next.breakBefore) break;
    words += ` ${next.text.toLowerCase()}`;
    const acronym = context.longForms.get(words);
    if (acronym) found = { acronym, tokens: k };
  }
  return found;
}

/** The unit stream of a statement's body blocks. */
export function readStream(statement: Statement, context: UnitContext): UnitStream {
  const body = statement.blocks.filter((b) => b.role === 'body');
  const all: { unit: Unit; block: number }[] = [];
  let words = 0;
  body.forEach((block, index) => {
    const tokens = tokenise(block.text);
    words += tokens.length;
    for (const unit of readUnits(block.text, context, tokens)) all.push({ unit, block: index });
  });
  const n = all.length;
  const stream = {
    length: n,
    lemma: new Int32Array(n),
    kind: new Uint8Array(n),
    role: new Uint8Array(n),
    breakBefore: new Uint8Array(n),
    block: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    words,
  };
  all.forEach(({ unit, block }, i) => {
    stream.lemma[i] = idOf(context.vocabulary, unit.key);
    stream.kind[i] = unit.kind;
    stream.role[i] = unit.role;
    stream.breakBefore[i] = unit.breakBefore ? 1 : 0;
    stream.block[i] = block;
    stream.start[i] = unit.start;
    stream.end[i] = unit.end;
  });
  return stream;
}
