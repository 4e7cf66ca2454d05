/** Turns statements into streams of units (lemmatised words and acronyms) that phrases and terms are matched on. */
import type { Statement } from '../statements/model';
import { looksLikeAcronym } from './acronyms';
import { isCommonWord } from './background';
import { idiomAt, idiomsStartingWith, type IdiomStart } from './idioms';
import { isShouting } from './shouting';
import { extraStopWords, junkWords, weakWords } from './lexicon';
import { hashChars, sameChars, scanWords } from './tokenise';
import { createVocabulary, idOf, type Vocabulary } from '../text/vocabulary';
import { isHyphen } from '../text/words';
import { LOOKUP_BUDGET, rememberedWordInfo, wordInfo, type LookupBudget } from './word-info';

/** What a unit can do in a phrase. */
export const CONTENT = 0;
/** A stop word: may sit inside a lexicon or user term match (up to two in a row), never in a discovered phrase. */
export const STOP = 1;
/** A number, date, salutation or web residue: never part of a discovered phrase. */
export const JUNK = 2;
/** A stop word that may join the words of a discovered phrase: of, the, a, an, against ("definition of conflict diamonds", "war against X"). */
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
/**
 * A form in -ing the model reads as a verb and everyday English seldom uses ("sourcing", not "failing"): a
 * technical gerund that may end a discovered phrase right after a noun or adjective ("responsible sourcing"),
 * but never starts one nor stands alone.
 */
export const TAIL = 4;

const links = new Set(['of', 'the', 'a', 'an', 'against']);

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
  /**
   * The unit's written form as the context knows it (`formText`), or -1 for a long form read as its acronym: a
   * one-unit place is spelled as its form, without reading the text again.
   */
  readonly spelling: Int32Array;
  /** Words in the body blocks (every token, stop words and numbers included). */
  readonly words: number;
}

// What one written form of a word reads as, with its vocabulary ids, cached per context.
interface Form {
  /** Its place in the context's form table. */
  readonly spelling: number;
  readonly lower: string;
  readonly id: number;
  readonly kind: number;
  readonly role: number;
  /** The vocabulary id of the form read as an acronym, or -1 when it cannot be one. */
  readonly acronymId: number;
  readonly acronymRole: number;
  /** The form is a defined or known acronym, so it is one even in a heading in capitals. */
  readonly definedAcronym: boolean;
  /** Some long form starts with this word. */
  readonly startsLongForm: boolean;
}

/** What reading units needs: the vocabulary and the acronyms with their long forms. */
export interface UnitContext {
  /** The lemma keys seen so far (a lowercase lemma, or `ACR:` + acronym). */
  readonly vocabulary: Vocabulary;
  /** Acronym → long form. */
  readonly acronyms: Readonly<Record<string, string>>;
  /** Lowercase long-form words, joined by spaces → acronym. */
  readonly longForms: ReadonlyMap<string, string>;
  readonly longestLongForm: number;
  readonly longFormStarts: ReadonlySet<string>;
  readonly forms: FormTable;
  /** Uncommon word forms the NLP model may still read in this analysis. */
  readonly budget: LookupBudget;
  /** What units read as in fixed expressions, by lemma id: as a content word, and as a stop word. */
  readonly idioms: { readonly content: IdiomReading[]; readonly stop: IdiomReading[] };
}

/** What a unit reads as in fixed expressions (see `markIdioms`). */
interface IdiomReading {
  /** The word an expression would hold: a lemma, a stop word's too ("took" → take); null for none. */
  readonly word: string | null;
  /** The expressions starting with it, or null for none. */
  readonly starts: IdiomStart | null;
}

/**
 * The forms read so far, found by the characters of a word without cutting it out of its text: a Map would
 * need each word cut out as a new string and hashed again, and words repeat a great deal.
 */
interface FormTable {
  /**
   * Two numbers per slot: index into `forms` + 1 (0 when empty) and the form's hash, so that a slot of another
   * form is passed over without reading the form.
   */
  slots: Int32Array;
  /** Each form's text and hash, and what it reads as: null for one a stored reading placed, until met afresh. */
  readonly forms: { readonly text: string; readonly hash: number; form: Form | null }[];
}

// The index in `table.forms` of the form written as text[start, end), or -1.
function findForm(table: FormTable, text: string, start: number, end: number, hash: number): number {
  const { slots, forms } = table;
  const mask = (slots.length >> 1) - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slots[2 * slot] as number;
    if (at === 0) return -1;
    if (slots[2 * slot + 1] !== hash) continue;
    const entry = forms[at - 1];
    if (entry && sameChars(entry.text, text, start, end)) return at - 1;
  }
}

function addForm(table: FormTable, text: string, hash: number, form: Form | null): void {
  table.forms.push({ text, hash, form });
  if (table.forms.length * 4 > table.slots.length) {
    table.slots = new Int32Array(table.slots.length * 2);
    table.forms.forEach((entry, i) => place(table, entry.hash, i + 1));
  } else place(table, hash, table.forms.length);
}

function place(table: FormTable, hash: number, index: number): void {
  const { slots } = table;
  const mask = (slots.length >> 1) - 1;
  let slot = hash & mask;
  while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = index;
  slots[2 * slot + 1] = hash;
}

/** The lemma key of an acronym. */
export function acronymKey(acronym: string): string {
  return `ACR:${acronym}`;
}

/** The written form `spelling` names (see `UnitStream.spelling`). */
export function formText(context: UnitContext, spelling: number): string {
  return context.forms.forms[spelling]?.text ?? '';
}

/**
 * The place of written form `text` in the context's form table (see `UnitStream.spelling`), added when new
 * without reading it: a stored reading (see `stored-reads.ts`) names its forms by their text, and the model reads
 * a form only when a statement read afresh meets it.
 */
export function spellingOf(context: UnitContext, text: string): number {
  const hash = hashChars(text, 0, text.length);
  const table = context.forms;
  const known = findForm(table, text, 0, text.length, hash);
  if (known >= 0) return known;
  addForm(table, text, hash, null);
  return table.forms.length - 1;
}

/** A context for these acronyms. */
export function unitContext(acronyms: Readonly<Record<string, string>>): UnitContext {
  const longForms = new Map<string, string>();
  const longFormStarts = new Set<string>();
  let longestLongForm = 0;
  for (const [acronym, longForm] of Object.entries(acronyms)) {
    const words: string[] = [];
    scanWords(longForm, (start, end) => words.push(longForm.slice(start, end).toLowerCase()));
    if (words.length < 2) continue;
    longForms.set(words.join(' '), acronym);
    longFormStarts.add(words[0] as string);
    longestLongForm = Math.max(longestLongForm, words.length);
  }
  return {
    vocabulary: createVocabulary(),
    acronyms,
    longForms,
    longestLongForm,
    longFormStarts,
    forms: { slots: new Int32Array(2 << 12), forms: [] },
    budget: { left: LOOKUP_BUDGET },
    idioms: { content: [], stop: [] },
  };
}

// A past participle may modify a noun in a key phrase ("affected communities", "lab-grown"); a form in -ing
// the model calls a verb mostly starts a clause ("creating a secretariat"), so it may only end a phrase.
const participle = /(?:ed|en|wn)$/;
const gerund = /ing$/;

function phraseRole(pos: string, form: string, lemma: string): number {
  if (pos === 'NOUN' || pos === 'PROPN') return weakWords.has(lemma) ? HEAD : THEME_WORD;
  if (pos === 'ADJ' || (pos === 'VERB' && participle.test(form))) return MODIFIER;
  if (pos === 'VERB' && gerund.test(form) && !isCommonWord(form)) return TAIL;
  return OTHER;
}

// The kind, lemma key and phrase role of a lowercase word.
function classify(lower: string, budget: LookupBudget): { kind: number; key: string; role: number } {
  if (/\p{N}/u.test(lower)) return { kind: JUNK, key: lower, role: OTHER };
  if (links.has(lower)) return { kind: LINK, key: lower, role: OTHER };
  if (lower.length < 2 || /['’]/.test(lower)) return { kind: STOP, key: lower, role: OTHER };
  if (junkWords.has(lower)) return { kind: JUNK, key: lower, role: OTHER };
  const info = wordInfo(lower, budget);
  // A stop word keeps its own form as key: the model's lemmas for slang ("da" → the, "thru") surprise.
  if (info.stop || extraStopWords.has(lower) || extraStopWords.has(info.lemma)) {
    return { kind: STOP, key: lower, role: OTHER };
  }
  if (junkWords.has(info.lemma) || info.lemma.length < 2) return { kind: JUNK, key: info.lemma, role: OTHER };
  return { kind: CONTENT, key: info.lemma, role: phraseRole(info.pos, lower, info.lemma) };
}

function acronymRole(acronym: string): number {
  return weakWords.has(acronym) ? HEAD : THEME_WORD;
}

function formAt(context: UnitContext, source: string, start: number, end: number): Form {
  const hash = hashChars(source, start, end);
  const known = findForm(context.forms, source, start, end, hash);
  if (known < 0) return newForm(context, source.slice(start, end), hash);
  // A form a stored reading placed is read the first time a statement read afresh meets it.
  const entry = context.forms.forms[known] as FormTable['forms'][number];
  entry.form ??= formOf(context, entry.text, known);
  return entry.form;
}

function newForm(context: UnitContext, text: string, hash: number): Form {
  const form = formOf(context, text, context.forms.forms.length);
  addForm(context.forms, text, hash, form);
  return form;
}

function formOf(context: UnitContext, text: string, spelling: number): Form {
  const lower = text.toLowerCase();
  const { kind, key, role } = classify(lower, context.budget);
  const definedAcronym = Object.hasOwn(context.acronyms, text);
  const canBeAcronym = (definedAcronym || looksLikeAcronym(text)) && !isStop(kind);
  return {
    spelling,
    lower,
    id: idOf(context.vocabulary, key),
    kind,
    role,
    acronymId: canBeAcronym ? idOf(context.vocabulary, acronymKey(text)) : -1,
    acronymRole: acronymRole(text),
    definedAcronym,
    startsLongForm: context.longFormStarts.has(lower),
  };
}

/** Receives the units of a text one by one. */
export type UnitVisitor = (
  id: number,
  kind: number,
  role: number,
  start: number,
  end: number,
  breakBefore: boolean,
  /** The written form's place in the context (see `UnitStream.spelling`). */
  spelling: number,
) => void;

// Scratch arrays for the words of one text, reused to spare the garbage collector.
const wordStart: number[] = [];
const wordEnd: number[] = [];
const wordBreak: boolean[] = [];
const wordForm: Form[] = [];

/**
 * The units of one text, in order: a long form collapses into its acronym ("Central African Republic" and
 * "CAR" are one unit), each other word is one unit. Returns the number of words. `acronyms` receives the
 * vocabulary id of every acronym the text names, as a unit or as a word that could be one.
 */
export function eachUnit(
  text: string,
  context: UnitContext,
  visit: UnitVisitor,
  acronyms?: Set<number>,
): number {
  let n = 0;
  scanWords(text, (start, end, breakBefore) => {
    wordStart[n] = start;
    wordEnd[n] = end;
    wordBreak[n] = breakBefore;
    const form = formAt(context, text, start, end);
    wordForm[n] = form;
    if (acronyms && form.acronymId >= 0) acronyms.add(form.acronymId);
    n++;
  });
  let shouting: boolean | null = null;
  for (let i = 0; i < n;) {
    const form = wordForm[i] as Form;
    const start = wordStart[i] as number;
    const breakBefore = wordBreak[i] as boolean;
    if (form.startsLongForm) {
      const match = matchLongForm(i, n, form.lower, context);
      if (match) {
        const id = idOf(context.vocabulary, acronymKey(match.acronym));
        acronyms?.add(id);
        visit(
          id,
          CONTENT,
          acronymRole(match.acronym),
          start,
          wordEnd[i + match.words - 1] as number,
          breakBefore,
          -1,
        );
        i += match.words;
        continue;
      }
    }
    // A block written mostly in capitals (a shouted heading) has words, not acronyms, in capitals.
    if (form.acronymId >= 0 && (form.definedAcronym || !(shouting ??= isShouting(text)))) {
      visit(
        form.acronymId,
        CONTENT,
        form.acronymRole,
        start,
        wordEnd[i] as number,
        breakBefore,
        form.spelling,
      );
    } else {
      // The first part of a hyphenated compound ("sub" of "sub-group", "multi" of "multi-donor") only leads
      // into the next word: it is no theme alone and never ends a phrase.
      const end = wordEnd[i] as number;
      const compound =
        form.role > MODIFIER && i + 1 < n && wordStart[i + 1] === end + 1 && isHyphen(text.charCodeAt(end));
      visit(form.id, form.kind, compound ? MODIFIER : form.role, start, end, breakBefore, form.spelling);
    }
    i++;
  }
  return n;
}

function matchLongForm(
  at: number,
  n: number,
  first: string,
  context: UnitContext,
): { acronym: string; words: number } | null {
  let words = first;
  let found: { acronym: string; words: number } | null = null;
  for (let k = 2; k <= context.longestLongForm && at + k - 1 < n; k++) {
    if (wordBreak[at + k - 1]) break;
    words += ` ${(wordForm[at + k - 1] as Form).lower}`;
    const acronym = context.longForms.get(words);
    if (acronym) found = { acronym, words: k };
  }
  return found;
}

/** One unit of a text. */
export interface Unit {
  readonly id: number;
  readonly kind: number;
  readonly role: number;
  readonly start: number;
  readonly end: number;
  readonly breakBefore: boolean;
}

/** The units of one text as objects (for short texts such as terms). */
export function readUnits(text: string, context: UnitContext): Unit[] {
  const units: Unit[] = [];
  eachUnit(text, context, (id, kind, role, start, end, breakBefore) =>
    units.push({ id, kind, role, start, end, breakBefore }),
  );
  return units;
}

// Scratch columns for the units of one statement, grown as needed and copied out at the end.
let scratch = {
  lemma: new Int32Array(1 << 14),
  start: new Int32Array(1 << 14),
  end: new Int32Array(1 << 14),
  block: new Int32Array(1 << 14),
  spelling: new Int32Array(1 << 14),
  kind: new Uint8Array(1 << 14),
  role: new Uint8Array(1 << 14),
  breakBefore: new Uint8Array(1 << 14),
};

function ensureScratch(size: number): void {
  if (scratch.lemma.length >= size) return;
  let length = scratch.lemma.length;
  while (length < size) length *= 2;
  scratch = {
    lemma: new Int32Array(length),
    start: new Int32Array(length),
    end: new Int32Array(length),
    block: new Int32Array(length),
    spelling: new Int32Array(length),
    kind: new Uint8Array(length),
    role: new Uint8Array(length),
    breakBefore: new Uint8Array(length),
  };
}

const noIdiom: IdiomReading = { word: null, starts: null };

// What a unit of lemma `id` and kind `k` reads as in fixed expressions: numbers and acronyms as nothing.
// Remembered per lemma id, unless the model gave a stop word only a plain reading (see `wordInfo`'s budget).
function idiomReading(context: UnitContext, id: number, k: number): IdiomReading {
  if (k === JUNK) return noIdiom;
  const content = k === CONTENT;
  const known = (content ? context.idioms.content : context.idioms.stop)[id];
  if (known) return known;
  const key = context.vocabulary.keys[id] ?? '';
  let word: string | null = null;
  let lasting = true;
  if (key.startsWith('ACR:')) word = null;
  else if (content) word = key;
  else {
    const info = wordInfo(key, context.budget);
    word = info.lemma;
    lasting = rememberedWordInfo(key) === info;
  }
  const reading = word === null ? noIdiom : { word, starts: idiomsStartingWith(word) };
  if (lasting) (content ? context.idioms.content : context.idioms.stop)[id] = reading;
  return reading;
}

// The words of the scratch units of one block as fixed expressions read them, and which of them start one.
const idiomWords: (string | null)[] = [];
const idiomStarts: (IdiomStart | null)[] = [];

// Nouns and adjectives inside a fixed expression ("a great deal", "take stock", "in place") are no part of a
// discovered phrase.
function markIdioms(from: number, to: number, context: UnitContext): void {
  const { lemma, kind, role, breakBefore } = scratch;
  idiomWords.length = 0;
  idiomStarts.length = 0;
  for (let u = from; u < to; u++) {
    const reading = idiomReading(context, lemma[u] as number, kind[u] as number);
    idiomWords.push(reading.word);
    idiomStarts.push(reading.starts);
  }
  const breaks = breakBefore.subarray(from, to);
  for (let i = 0; i < idiomWords.length; i++) {
    const starts = idiomStarts[i];
    if (!starts) continue;
    const length = idiomAt(starts, idiomWords, breaks, i);
    for (let u = from + i; u < from + i + length; u++) if (kind[u] === CONTENT) role[u] = OTHER;
  }
}

/**
 * The unit stream of a statement's body blocks. `acronyms` receives the vocabulary ids of the acronyms they name
 * (see `eachUnit`).
 */
export function readStream(statement: Statement, context: UnitContext, acronyms?: Set<number>): UnitStream {
  const body = statement.blocks.filter((b) => b.role === 'body');
  // A word takes at least one character and one separator, so this many units always fit.
  ensureScratch(body.reduce((sum, b) => sum + ((b.text.length + 2) >> 1), 0));
  const { lemma, kind, role, breakBefore, block: blockOf, start, end, spelling } = scratch;
  let n = 0;
  let words = 0;
  body.forEach((block, b) => {
    const from = n;
    words += eachUnit(
      block.text,
      context,
      (id, k, r, s, e, brk, form) => {
        lemma[n] = id;
        kind[n] = k;
        role[n] = r;
        breakBefore[n] = brk ? 1 : 0;
        blockOf[n] = b;
        start[n] = s;
        end[n] = e;
        spelling[n] = form;
        n++;
      },
      acronyms,
    );
    markIdioms(from, n, context);
  });
  // One buffer for all columns of the stream: fewer, larger allocations.
  const buffer = new ArrayBuffer(n * 23);
  const int32 = (from: Int32Array, at: number) => {
    const column = new Int32Array(buffer, at * n, n);
    column.set(from.subarray(0, n));
    return column;
  };
  const uint8 = (from: Uint8Array, at: number) => {
    const column = new Uint8Array(buffer, 20 * n + at * n, n);
    column.set(from.subarray(0, n));
    return column;
  };
  return {
    length: n,
    lemma: int32(lemma, 0),
    start: int32(start, 4),
    end: int32(end, 8),
    block: int32(blockOf, 12),
    spelling: int32(spelling, 16),
    kind: uint8(kind, 0),
    role: uint8(role, 1),
    breakBefore: uint8(breakBefore, 2),
    words,
  };
}
