/** Which of the two languages the importer reads a paragraph is in, and a bilingual page's translated paragraphs. */
import type { BlockRole } from './model';

/** A language the importer knows a paragraph by. */
export type Language = 'en' | 'fr';

// Each language's commonest function words: a paragraph of prose has many, a name or a heading few.
const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    'the and of to that is are was were we our for in with this be have has will by as which it not on'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des du de et que qui est sont nous notre nos pour dans une un sur avec pas ce cette au aux à l d qu'.split(
      ' ',
    ),
  ),
};
// How many function words a paragraph needs, and how many times more of one language than the other.
const MIN_FUNCTION_WORDS = 4;
const MARGIN = 2;

/** The language of a paragraph of prose by its function words ("the", "and" / "le", "et"); null when unclear. */
export function languageOf(text: string): Language | null {
  const tokens = text.toLowerCase().split(/[^\p{L}]+/u);
  const count = (language: Language) => tokens.filter((t) => FUNCTION_WORDS[language].has(t)).length;
  const en = count('en');
  const fr = count('fr');
  if (en >= MIN_FUNCTION_WORDS && en >= MARGIN * fr) return 'en';
  if (fr >= MIN_FUNCTION_WORDS && fr >= MARGIN * en) return 'fr';
  return null;
}

// A translation is about as long as what it translates.
const LENGTH_RATIO = 2;
// How many paragraphs given twice make a bilingual page, and what share of its speech they must be.
const MIN_PAIRS = 2;
const PAIRED_SHARE = 2 / 3;

/**
 * Marks as not speech the French paragraphs of a page that gives each paragraph in English and then in French (or
 * French then English): the app compares English, so the English paragraph stays the body and its translation is
 * kept as page matter. Only when at least two such pairs stand next to each other among the body paragraphs and they
 * make up most of them: a French quotation inside an English speech, or a French speech, stays speech.
 */
export function markTranslations(paragraphs: readonly string[], roles: BlockRole[]): void {
  const body = paragraphs.flatMap((p, i) => (roles[i] === 'body' ? [i] : []));
  const translations: number[] = [];
  // Each paragraph's language worked out once, when a neighbour of about its length asks for it.
  const languages = new Map<number, Language | null>();
  const languageAt = (k: number) => {
    if (!languages.has(k)) languages.set(k, languageOf(paragraphs[body[k] as number] as string));
    return languages.get(k) ?? null;
  };
  for (let k = 0; k + 1 < body.length; k++) {
    const a = paragraphs[body[k] as number] as string;
    const b = paragraphs[body[k + 1] as number] as string;
    const ratio = Math.max(a.length, b.length) / Math.max(1, Math.min(a.length, b.length));
    if (ratio > LENGTH_RATIO) continue;
    const [la, lb] = [languageAt(k), languageAt(k + 1)];
    if (la === null || lb === null || la === lb) continue;
    translations.push(la === 'fr' ? (body[k] as number) : (body[k + 1] as number));
    k++;
  }
  if (translations.length < MIN_PAIRS || 2 * translations.length < PAIRED_SHARE * body.length) return;
  for (const i of translations) roles[i] = 'boilerplate';
}
