/** Finds the acronyms a set of statements uses and the long forms they stand for. */
import { scanWords, tokenise, type Token } from './tokenise';

const connectors = new Set([
  'of',
  'and',
  'the',
  'for',
  'on',
  'in',
  'to',
  'de',
  'des',
  'du',
  'la',
  'le',
  'et',
]);
const capitalisedPattern = /^\p{Lu}\p{Ll}/u;

// A capital then a small letter ("Central"), the ASCII ones told by their codes.
function capitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first >= 65 && first <= 90 && second < 128) return second >= 97 && second <= 122;
  return capitalisedPattern.test(word);
}

/**
 * True for a token written like an acronym: 2–8 capitals or digits, starting with a capital, two capitals at
 * least (KP, CAR, WDC, G8N; not G77).
 */
export function looksLikeAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 8) return false;
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (i === 0 || code < 48 || code > 57) return false;
  }
  return capitals >= 2;
}

// True when the initials of `words` spell the acronym, with connectors (of, and, the...) allowed between
// initials but not at either end, and never an initial themselves ("Democratic Republic of the Congo" spells
// DRC).
function spells(words: readonly string[], acronym: string): boolean {
  let letter = 0;
  for (const [i, word] of words.entries()) {
    const connector = connectors.has(word.toLowerCase());
    if (!connector && letter < acronym.length && word[0]?.toUpperCase() === acronym[letter]) letter++;
    else if (!(connector && i > 0 && i < words.length - 1)) return false;
  }
  return letter === acronym.length;
}

// The text of tokens first..last, runs of space as one.
function span(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end).replace(/\s+/g, ' ');
}

// The shortest run of tokens ending the list that spells the acronym.
function spelledBefore(text: string, tokens: readonly Token[], acronym: string): string | null {
  const words = tokens.map((t) => t.text);
  for (let k = acronym.length; k <= Math.min(words.length, acronym.length * 2 + 2); k++) {
    if (spells(words.slice(words.length - k), acronym))
      return span(text, tokens, words.length - k, words.length - 1);
  }
  return null;
}

// "Central African Republic (CAR)" and "CAR (Central African Republic)".
function explicitDefinitions(text: string, found: Map<string, string>): void {
  // Both kinds hold a bracket; most paragraphs none.
  if (!text.includes('(')) return;
  for (const match of text.matchAll(/\(\s*([A-Z][A-Z0-9]{1,7})s?\s*\)/g)) {
    const acronym = match[1] ?? '';
    if (found.has(acronym) || !looksLikeAcronym(acronym)) continue;
    const before = text.slice(Math.max(0, match.index - 160), match.index);
    const longForm = spelledBefore(before, tokenise(before), acronym);
    if (longForm) found.set(acronym, longForm);
  }
  for (const match of text.matchAll(/\b([A-Z][A-Z0-9]{1,7})\s*\(([^()]{3,120})\)/g)) {
    const acronym = match[1] ?? '';
    if (found.has(acronym) || !looksLikeAcronym(acronym)) continue;
    const inside = match[2] ?? '';
    const tokens = tokenise(inside);
    if (
      tokens.length > 0 &&
      spells(
        tokens.map((t) => t.text),
        acronym,
      )
    ) {
      found.set(acronym, span(inside, tokens, 0, tokens.length - 1));
    }
  }
}

// Notes the acronym-shaped words of a text, and every run of capitalised words (connectors allowed inside)
// whose initials could spell an acronym.
function readWords(
  text: string,
  used: Set<string>,
  spelled: (initials: string, words: string) => void,
): void {
  let run: string[] = [];
  // Which words of the run are capitalised (the others are connectors).
  let capitals: boolean[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      if (!capitals[i]) continue;
      let initials = '';
      for (let j = i; j < run.length && j < i + 8; j++) {
        const word = run[j] ?? '';
        if (!capitals[j]) continue;
        initials += word[0] ?? '';
        if (initials.length >= 2) spelled(initials, run.slice(i, j + 1).join(' '));
      }
    }
    run = [];
    capitals = [];
  };
  scanWords(text, (start, end, breakBefore) => {
    if (breakBefore && run.length > 0) flush();
    const first = text.charCodeAt(start);
    // Most words start with a small ASCII letter: only a connector inside a run needs a closer look.
    if (first >= 97 && first <= 122) {
      if (run.length === 0) return;
      const word = text.slice(start, end);
      if (connectors.has(word)) {
        run.push(word);
        capitals.push(false);
      } else flush();
      return;
    }
    // A word starting with a digit is neither capitalised nor an acronym.
    if (first >= 48 && first <= 57) {
      if (run.length > 0) flush();
      return;
    }
    const word = text.slice(start, end);
    if (looksLikeAcronym(word)) used.add(word);
    if (capitalised(word)) {
      run.push(word);
      capitals.push(true);
    } else if (run.length > 0) flush();
  });
  flush();
}

/** What one statement tells about acronyms, read once per text (see `acronymEvidence`). */
export interface AcronymEvidence {
  /** Definitions in the text ("Central African Republic (CAR)"), in reading order, the first per acronym. */
  readonly defined: readonly (readonly [acronym: string, longForm: string])[];
  /** Acronym-shaped words the statement uses. */
  readonly used: ReadonlySet<string>;
  /** Initials → runs of capitalised words spelling them → how often, each in the order first met. */
  readonly spelled: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** What one statement's block texts tell about acronyms: merged across statements by `mergeAcronyms`. */
export function acronymEvidence(texts: readonly string[]): AcronymEvidence {
  const found = new Map<string, string>();
  for (const text of texts) explicitDefinitions(text, found);
  const used = new Set<string>();
  const spelled = new Map<string, Map<string, number>>();
  for (const text of texts)
    readWords(text, used, (initials, words) => {
      let counts = spelled.get(initials);
      if (!counts) {
        counts = new Map();
        spelled.set(initials, counts);
      }
      counts.set(words, (counts.get(words) ?? 0) + 1);
    });
  return { defined: [...found], used, spelled };
}

/**
 * The acronyms the statements of `evidence` (in order) use, mapped to their long forms.
 *
 * In order of trust: a definition in the text ("Central African Republic (CAR)", "KP (Kimberley Process)"), the
 * first statement's; then a run of capitalised words elsewhere whose initials spell an acronym the text uses
 * (for a two-letter acronym, only in the same statement, as chance matches are common), the most frequent; then
 * `known`.
 */
export function mergeAcronyms(
  evidence: readonly AcronymEvidence[],
  known: Readonly<Record<string, string>>,
): Record<string, string> {
  const found = new Map<string, string>();
  for (const { defined } of evidence)
    for (const [acronym, longForm] of defined) if (!found.has(acronym)) found.set(acronym, longForm);
  const usedAnywhere = new Set(evidence.flatMap((s) => [...s.used]));
  const candidates = new Map<string, Map<string, number>>();
  for (const { used, spelled } of evidence) {
    for (const [initials, forms] of spelled) {
      if (found.has(initials) || !usedAnywhere.has(initials)) continue;
      if (initials.length === 2 && !used.has(initials)) continue;
      const counts = candidates.get(initials) ?? new Map<string, number>();
      for (const [longForm, n] of forms) counts.set(longForm, (counts.get(longForm) ?? 0) + n);
      candidates.set(initials, counts);
    }
  }
  for (const [acronym, counts] of candidates) {
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) found.set(acronym, best[0]);
  }
  for (const [acronym, longForm] of Object.entries(known))
    if (!found.has(acronym)) found.set(acronym, longForm);
  return Object.fromEntries(found);
}

/**
 * The acronyms used in these statements mapped to their long forms (see `mergeAcronyms`).
 *
 * @param statements the texts of each statement's blocks
 */
export function findAcronyms(
  statements: readonly (readonly string[])[],
  known: Readonly<Record<string, string>>,
): Record<string, string> {
  return mergeAcronyms(statements.map(acronymEvidence), known);
}
