/** Tells a block written mostly in capitals (a shouted heading), whose words in capitals are no acronyms. */

// What a non-ASCII code point is, memoised: 0 no letter, 1 a letter, 2 a capital letter.
const NOT_A_LETTER = 0;
const LETTER = 1;
const CAPITAL = 2;
const letterKinds = new Map<number, number>();

function letterKind(point: number): number {
  let kind = letterKinds.get(point);
  if (kind === undefined) {
    const character = String.fromCodePoint(point);
    kind = /^\p{Lu}$/u.test(character) ? CAPITAL : /^\p{L}$/u.test(character) ? LETTER : NOT_A_LETTER;
    letterKinds.set(point, kind);
  }
  return kind;
}

/**
 * True when more than 20 letters and more than 60% of them capitals (counted in UTF-16 units, as the lengths of
 * the text's letters would be). One pass over the character codes: cutting out the letters with a regex cost
 * a third of a statement's reading.
 */
export function isShouting(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) letters++;
      else if (code >= 65 && code <= 90) {
        letters++;
        capitals++;
      }
      continue;
    }
    const point = text.codePointAt(i) as number;
    const units = point > 0xffff ? 2 : 1;
    const kind = letterKind(point);
    if (kind !== NOT_A_LETTER) letters += units;
    if (kind === CAPITAL) capitals += units;
    i += units - 1;
  }
  return letters > 20 && capitals > letters * 0.6;
}
