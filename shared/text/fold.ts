/** Case- and accent-folding of text for search, with a map from folded positions back to the original text. */

/** A text folded for matching, and where each of its code units came from. */
export interface FoldedText {
  /** Lower case, accents stripped (NFKD, combining marks removed), typographic quotes and dashes made plain, whitespace runs made one space. */
  readonly text: string;
  /** For each code unit of `text`, the index in the original text of the character it came from. */
  readonly starts: Uint32Array;
  /** For each code unit of `text`, the index in the original text just after the character it came from. */
  readonly ends: Uint32Array;
}

const COMBINING_MARK = /\p{M}/gu;
const WHITESPACE = /\s/u;

// Characters people type plainly but documents print typographically.
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00df': 'ss',
  '\u0131': 'i',
  '\u00f8': 'o',
  '\u00d8': 'o',
  '\u0142': 'l',
  '\u0141': 'l',
  '\u00e6': 'ae',
  '\u00c6': 'ae',
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00ad': '',
};

const PLAIN_CHARACTER = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'gu');

const foldCache = new Map<string, string>();

/** The folded form of one character (a code point): "É" → "e", "ﬁ" → "fi", "’" → "'". */
export function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  // ASCII is most of every statement: fold it without normalising.
  if (character.length === 1 && code < 0x80)
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : character;
  const cached = foldCache.get(character);
  if (cached !== undefined) return cached;
  const plain = PLAIN[character];
  // What a character decomposes to is made plain too ("Ǣ" → "æ" → "ae"), so folding twice changes nothing.
  const folded =
    plain ??
    character
      .normalize('NFKD')
      .replace(COMBINING_MARK, '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(COMBINING_MARK, '')
      .replace(PLAIN_CHARACTER, (c) => PLAIN[c] ?? c);
  if (foldCache.size < 10_000) foldCache.set(character, folded);
  return folded;
}

/** Folds a text for matching; whitespace runs become one space, so a phrase matches across line breaks. */
export function foldText(original: string): FoldedText {
  const out: string[] = [];
  let starts = new Uint32Array(original.length + 16);
  let ends = new Uint32Array(original.length + 16);
  let length = 0;
  let lastWasSpace = false;
  const push = (unit: string, start: number, end: number): void => {
    // Some characters fold to several (ß → ss, ﬃ → ffi): grow the maps rather than write past them.
    if (length === starts.length) {
      const grownStarts = new Uint32Array(starts.length * 2);
      const grownEnds = new Uint32Array(starts.length * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    out.push(unit);
    starts[length] = start;
    ends[length++] = end;
  };
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const isSpace =
      code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(original.slice(i, i + width));
    if (isSpace) {
      if (lastWasSpace) ends[length - 1] = i + width;
      else push(' ', i, i + width);
      lastWasSpace = true;
    } else if (code < 0x80) {
      // ASCII is most of every statement: fold it without normalising.
      push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original.charAt(i), i, i + 1);
      lastWasSpace = false;
    } else {
      const folded = foldCharacter(original.slice(i, i + width));
      for (let k = 0; k < folded.length; k++) push(folded.charAt(k), i, i + width);
      if (folded.length > 0) lastWasSpace = false;
      // A character that folds to nothing (a combining accent, a soft hyphen) belongs to the one before it, so a
      // mark never splits "e" from its accent.
      else if (length > 0) ends[length - 1] = i + width;
    }
    i += width;
  }
  return { text: out.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Whitespace runs but a single space (most of them, left as they are: no replacement to make).
const ASCII_SPACES = /[\t\n\v\f\r][ \t\n\v\f\r]*| [ \t\n\v\f\r]+/g;
const LEADING_ASCII_SPACES = /^[ \t\n\v\f\r]+/;

/** ASCII folded: lower case, each run of whitespace one space. */
function foldAscii(text: string): string {
  return text.toLowerCase().replace(ASCII_SPACES, ' ');
}

/**
 * The folded text alone (what an index keeps): the same as `foldText(text).text`, without its offset maps. Runs of
 * ASCII (most of every statement, even one with accents) are folded whole; only the other characters one by one.
 */
export function foldPlain(text: string): string {
  if (ASCII_ONLY.test(text)) return foldAscii(text);
  const parts: string[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length;) {
    let end = i;
    while (end < text.length && text.charCodeAt(end) < 0x80) end++;
    if (end > i) {
      // As foldText: whitespace right after whitespace (or after a character folded to it) adds nothing.
      const run: string = lastWasSpace
        ? text.slice(i, end).replace(LEADING_ASCII_SPACES, '')
        : text.slice(i, end);
      if (run !== '') {
        parts.push(foldAscii(run));
        const last: number = run.charCodeAt(run.length - 1);
        lastWasSpace = last === 32 || (last >= 9 && last <= 13);
      }
      i = end;
      if (i === text.length) break;
    }
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const character = text.slice(i, i + width);
    if (WHITESPACE.test(character)) {
      if (!lastWasSpace) parts.push(' ');
      lastWasSpace = true;
    } else {
      const folded = foldCharacter(character);
      if (folded.length > 0) {
        parts.push(folded);
        lastWasSpace = false;
      }
    }
    i += width;
  }
  return parts.join('');
}

/** Folds a query the same way as the text, trimmed: what is matched against `foldText(...).text`. */
export function foldQuery(query: string): string {
  return foldText(query).text.trim();
}
