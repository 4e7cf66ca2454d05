/** Splits a block's text into word tokens with their character offsets. */

/** One word of a block: offsets into the block text (a possessive 's is left out). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Punctuation or a block start separates it from the previous token, so no phrase spans the two. */
  readonly breakBefore: boolean;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const possessive = /['’][sS]$/;
// Between two words of one phrase there is only space, or a hyphen joining a compound (multi-donor, small-scale).
const joiningGap = /^(?:\s+|[-‐‑])$/;

/** The word tokens of a text; hyphenated compounds become separate tokens with no break between them. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    let word = match[0];
    if (possessive.test(word) && word.length > 2) word = word.slice(0, -2);
    const end = start + word.length;
    // The gap starts after the previous token, which may have dropped its possessive 's.
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start).replace(/^['’][sS]/, '');
    tokens.push({ start, end, text: word, breakBefore: previousEnd < 0 || !joiningGap.test(gap) });
    previousEnd = end;
  }
  return tokens;
}
