/** What the comparison needs to know about one statement, computed once (the overview reuses the reference's). */
import { bodyBlocks, type Block, type Statement } from '../statements/model';
import { textTerms, type TextTerms, type TermVocabulary } from './text-terms';

/** One body block, its whitespace-normalised text and its terms. */
export interface BlockAnalysis {
  readonly block: Block;
  /** Position among the statement's body blocks. */
  readonly index: number;
  /**
   * The text with whitespace runs collapsed and trimmed and a quotation mark opening or closing it dropped: equal
   * keys mean an unchanged paragraph (a page that quotes a paragraph in “…” quotes it unchanged).
   */
  readonly key: string;
  readonly terms: TextTerms;
}

/** A sentence's words (lower case) and their Porter2 stems, as heavy paraphrase reads them (paraphrase.ts). */
export interface SentenceWords {
  /** The words' ids in the analysis's vocabulary. */
  readonly ids: readonly number[];
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** Whether each word is written as an acronym (two to five capitals: "KP", "AD", "CAR"). */
  readonly acronyms: readonly boolean[];
}

/** A statement's body blocks analysed, with the number of blocks each term occurs in. */
export interface StatementAnalysis {
  readonly statement: Statement;
  readonly vocabulary: TermVocabulary;
  readonly body: readonly BlockAnalysis[];
  /** Term id → number of body blocks containing it (ids beyond the end: none). */
  readonly documentFrequency: Int32Array;
  /** The body keys in order, as one string: orders statements canonically (see compare). */
  readonly signature: string;
  /** Normalised text → its terms, to tokenise a paragraph present in another statement only once. */
  readonly termsByKey: ReadonlyMap<string, TextTerms>;
  /** Text → word-diff tokens, filled as diffs are made (the overview diffs the reference's texts many times). */
  readonly diffTokens: Map<string, readonly string[]>;
  /** Body position → its sentences' words and their stems (heavy paraphrase reads them), filled when first read. */
  readonly sentenceWords: Map<number, readonly SentenceWords[]>;
}

/** Collapses whitespace runs to one space and trims. */
export function normaliseWhitespace(text: string): string {
  // Most paragraphs need nothing done; testing is cheaper than building a copy.
  return /\s\s|[^\S ]|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * A paragraph's key: its text with whitespace normalised and without a quotation mark opening it or closing it.
 * Each end on its own: a quotation running over several paragraphs opens each of them and closes only the last.
 */
function paragraphKey(text: string): string {
  const key = normaliseWhitespace(text);
  return /^["“”„«‘]|["“”»’]$/.test(key) ? key.replace(/^["“”„«‘]\s*/, '').replace(/\s*["“”»’]$/, '') : key;
}

/**
 * Analyses a statement's body with a vocabulary shared by everything it will be compared with.
 * `known` (another analysis with the same vocabulary) supplies the terms of paragraphs it already has.
 */
export function analyseStatement(
  statement: Statement,
  vocabulary: TermVocabulary,
  known?: StatementAnalysis,
): StatementAnalysis {
  const termsByKey = new Map<string, TextTerms>();
  // A loop, not map: map's array is holey or packed as the engine happens to make it, and the functions reading
  // `body` were optimised again on meeting the other kind ("wrong map", README session 12).
  const body: BlockAnalysis[] = [];
  const blocks = bodyBlocks(statement);
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const key = paragraphKey(block.text);
    let terms = termsByKey.get(key) ?? known?.termsByKey.get(key);
    if (!terms) terms = textTerms(block.text, vocabulary);
    termsByKey.set(key, terms);
    body.push({ block, index, key, terms });
  }
  const documentFrequency = new Int32Array(vocabulary.terms.keys.length);
  for (const b of body)
    for (const term of b.terms.terms) documentFrequency[term] = (documentFrequency[term] as number) + 1;
  return {
    statement,
    vocabulary,
    body,
    documentFrequency,
    signature: body.map((b) => b.key).join('\u0000'),
    termsByKey,
    diffTokens: new Map(),
    sentenceWords: new Map(),
  };
}
