/** Undoing line-end hyphenation: "govern-" + "ance" → "governance", but "multi-" + "donor" → "multi-donor". */
import { isEnglishWord } from '../themes/background';

// First parts that make real hyphenated compounds, so a line break after them keeps the hyphen
// ("multi-donor", "non-governmental", "self-regulation").
const COMPOUND_FIRST_PARTS = new Set([
  'multi',
  'non',
  'self',
  'cross',
  'well',
  'semi',
  'mid',
  'socio',
  'so',
  'tri',
  'bi',
  'decision',
  'rights',
  'long',
  'open',
  'peer',
  'fact',
  'year',
  'side',
  'post',
]);

// Word endings that are never words on their own, so "...-" + one of them was a word split in two.
const SUFFIX_FRAGMENT =
  /^(ance|ances|ence|ences|ency|ancy|ment|ments|tion|tions|sion|sions|ing|ings|ed|ly|ity|ities|ness|ple|ples|al|ally|ic|ical|ive|ives|ous|ously|er|ers|es|s|ent|ents|ant|ants|ate|ated|ates|able|ible|ise|ised|ize|ized|ish|ist|ists|ism|ure|ures|ry|ries|ty|ties|cy|ful|less|ward|wards)$/;

/** Joins a line that ends with a hyphen to the next: drops the hyphen unless the words form a compound. */
export function joinHyphenated(stem: string, next: string, documentText: string): string {
  const lastWord = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)-$/u.exec(stem)?.[1] ?? '';
  const firstWord = /^[\p{L}\p{N}'’]+/u.exec(next)?.[0] ?? '';
  // A capital or a digit around the break ("Multi-" + "Donor", "3-" + "year") is a real compound.
  if (!lastWord || !/^\p{Ll}/u.test(next) || /\p{N}$/u.test(lastWord)) return stem + next;
  const lower = documentText.toLowerCase();
  const joined = `${lastWord}${firstWord}`.toLowerCase();
  const hyphenated = `${lastWord}-${firstWord}`.toLowerCase();
  const dropHyphen = stem.slice(0, -1) + next;
  // The document's own spelling elsewhere decides first.
  if (containsWord(lower, joined)) return dropHyphen;
  if (containsWord(lower, hyphenated)) return stem + next;
  if (SUFFIX_FRAGMENT.test(firstWord.toLowerCase())) return dropHyphen;
  const firstPart = lastWord.toLowerCase().split('-').pop() ?? '';
  // Two words of everyday English that make no word together were a compound: "diamond-" + "producing",
  // "conflict-" + "free"; "under-" + "mining" makes "undermining" and loses its hyphen.
  if (isWordForm(firstPart) && isWordForm(firstWord.toLowerCase())) {
    return isWordForm(`${firstPart}${firstWord.toLowerCase()}`) ? dropHyphen : stem + next;
  }
  return COMPOUND_FIRST_PARTS.has(firstPart) || lastWord.includes('-') ? stem + next : dropHyphen;
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A word of everyday English, or one of its plurals or -ing/-ed forms ("workshops", "undermining"). */
function isWordForm(word: string): boolean {
  if (word.length < 2) return false;
  if (isEnglishWord(word)) return true;
  const bases = [
    /ies$/.test(word) ? word.replace(/ies$/, 'y') : '',
    /es$/.test(word) ? word.slice(0, -2) : '',
    /s$/.test(word) ? word.slice(0, -1) : '',
    /ing$/.test(word) ? word.slice(0, -3) : '',
    /ing$/.test(word) ? `${word.slice(0, -3)}e` : '',
    /ed$/.test(word) ? word.slice(0, -2) : '',
    /ed$/.test(word) ? word.slice(0, -1) : '',
  ];
  return bases.some((base) => base.length >= 2 && isEnglishWord(base));
}
