/** Splits a block's text into word tokens with their character offsets. */

/** One word of a block: offsets into the block text (a possessive 's is left out). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Punctuation or a block start separates it from the previous token, so no phrase spans the two. */
  readonly breakBefore: boolean;
}

const nonAscii = new Map<number, boolean>();
const letterOrNumber = /^[\p{L}\p{N}]$/u;
const wordMark = /^[\p{L}\p{M}\p{N}]$/u;

// Whether the code point at `i` starts (first = true) or continues a word; non-ASCII answers are memoised.
function isWordChar(text: string, i: number, first: boolean): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const point = text.codePointAt(i) as number;
  const key = first ? point : -point - 1;
  let is = nonAscii.get(key);
  if (is === undefined) {
    is = (first ? letterOrNumber : wordMark).test(String.fromCodePoint(point));
    nonAscii.set(key, is);
  }
  return is;
}

function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

// Between two words of one phrase there is only space, or one hyphen joining a compound (multi-donor).
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1 && isHyphen(text.charCodeAt(from))) return true;
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Calls `visit` for each word of `text`: a letter or digit followed by letters, marks and digits, with
 * inner apostrophes (don't, KP’s); a possessive 's is left out of the word. Hyphenated compounds become
 * separate words with no break between them.
 */
export function scanWords(
  text: string,
  visit: (start: number, end: number, breakBefore: boolean) => void,
): void {
  const n = text.length;
  // Where the previous word really ended (its possessive 's included), or -1 before the first.
  let previousEnd = -1;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i, true)) {
      i += charLength(text, i);
      continue;
    }
    const start = i;
    i += charLength(text, i);
    for (;;) {
      if (i < n && isWordChar(text, i, false)) i += charLength(text, i);
      else if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(text, i + 1, false)) i += 1;
      else break;
    }
    let end = i;
    if (
      end - start > 2 &&
      isApostrophe(text.charCodeAt(end - 2)) &&
      (text.charCodeAt(end - 1) | 32) === 115
    ) {
      end -= 2;
    }
    visit(start, end, previousEnd < 0 || !joins(text, previousEnd, start));
    previousEnd = i;
  }
}

/** The word tokens of a text (see `scanWords`). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end, breakBefore) =>
    tokens.push({ start, end, text: text.slice(start, end), breakBefore }),
  );
  return tokens;
}

/** A 30-bit FNV-1a hash of text[start..end) (30 bits stay a small integer in V8, never a boxed number). */
export function hashChars(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

/** Whether text[start..end) is `stored`, compared in place. */
export function sameChars(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let i = 0; i < stored.length; i++)
    if (stored.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
