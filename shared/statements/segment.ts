/** Text → paragraphs → blocks with roles and stable ids. */
import { joinHyphenated } from './dehyphenate';
import { sha256OfText } from './hash';
import type { Block } from './model';
import { isDateLine, isPlaceDateLine } from './months';
import { isBoilerplate } from './residue';
import { assignRoles } from './roles';
import { isSalutation, LIST_MARKER } from './salutations';
import { threadCountersApart } from './threads';
import { joinedCaptions } from './transcripts';

// Lines this wide or wider are whole paragraphs on one line, never hard-wrapped prose.
const UNWRAPPED_WIDTH = 160;
// Lines all narrower than this are a list of short lines (addresses, a signature, a page's header), never
// wrapped prose.
const SHORT_LIST_WIDTH = 60;
// A chunk of this many lines or more of which none after the first goes on in lower case is a paragraph per line
// (a page copied without blank lines between its paragraphs), never prose wrapped to a width, whose lines go on
// mid-sentence.
const PER_LINE_RUN = 4;

/**
 * Joins a hard-wrapped line to the one before. A line-end hyphen goes when it split a word ("pro-" + "mised", text
 * copied from a typeset PDF) and stays in a compound ("long-" + "term", where an editor wraps after a real hyphen),
 * as `joinHyphenated` tells them apart by the text's own spellings and everyday English.
 */
function joinWrapped(current: string, next: string, text: string): string {
  return /[\p{L}\p{N}]-$/u.test(current) ? joinHyphenated(current, next, text) : `${current} ${next}`;
}

// Words a sentence cannot end on: a line ending on one was broken inside its sentence.
const UNFINISHED_END =
  /\b(?:a|an|the|of|to|and|or|but|for|with|by|in|on|at|from|into|that|which|who|whose|will|would|shall|should|can|could|may|must|is|are|was|were|be|been|has|have|had|our|their|its|his|her|this|these|those|as|than|not|such)$/i;

/**
 * Curly double quotes still open after `text`, given `open` before it (a pull quote broken over lines is one
 * paragraph).
 */
function openQuotes(text: string, open = 0): number {
  for (const ch of text) {
    if (ch === '“') open++;
    else if (ch === '”' && open > 0) open--;
  }
  return open;
}

// A quote left open closes within this many lines, or it was a typo and joins nothing.
const QUOTE_REACH = 6;

/**
 * Whether `lines[i]` continues the paragraph so far (`quotesOpen` curly quotes left open in it) although the lines are not wrapped to one width (a
 * line break inside a paragraph of a copied web page, `<br>` in a pull quote): the paragraph has a curly
 * quote open that a line within QUOTE_REACH closes, or its last line stops on a word no sentence ends on, or
 * stops without punctuation and the next line goes on in lower case. In a list of short lines (addresses, a
 * signature) only the first two count.
 */
function continuesParagraph(
  quotesOpen: number,
  lines: readonly string[],
  i: number,
  shortList: boolean,
): boolean {
  const prev = lines[i - 1] as string;
  const line = lines[i] as string;
  if (quotesOpen > 0 && !line.startsWith('“')) {
    for (let j = i; j < Math.min(lines.length, i + QUOTE_REACH); j++)
      if ((lines[j] as string).includes('”')) return true;
  }
  if (UNFINISHED_END.test(prev)) return true;
  return !shortList && /\p{Ll}$/u.test(prev) && /^\p{Ll}/u.test(line);
}

/**
 * Splits the lines of one blank-line-separated chunk: hard-wrapped prose is joined back together, while a
 * list of short lines or one-paragraph-per-line text gives a paragraph per line (unless a line was broken
 * inside its sentence, continuesParagraph). `text` is the whole text, whose spellings decide a line-end hyphen.
 */
function splitChunk(lines: readonly string[], text: string): string[] {
  if (lines.length < 2) return [...lines];
  const widest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const perLine =
    widest < SHORT_LIST_WIDTH ||
    widest >= UNWRAPPED_WIDTH ||
    (lines.length >= PER_LINE_RUN && !lines.slice(1).some((line) => /^\p{Ll}/u.test(line)));
  const paragraphs: string[] = [];
  let current = lines[0] as string;
  // Counted as lines join, not over the whole paragraph again at each line.
  let quotes = openQuotes(current);
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as string;
    const line = lines[i] as string;
    // A wrapped line fills the width; a short one, or one ending a sentence well short of it, ends a paragraph.
    const full =
      !perLine && prev.length >= 0.6 * widest && !(/[.!?:"”]$/.test(prev) && prev.length < 0.85 * widest);
    // Web residue ("Follow us", "Posted on …", a menu) is a line of its own, never part of a wrapped paragraph.
    // A list item ("• Honourable Ministers,") starts a paragraph of its own.
    const item = LIST_MARKER.test(line);
    // So is a dateline under a heading ("12 June 2037", "Lisbon, 4 November 2057"), unless a sentence runs through it: the line before stops
    // mid-sentence ("held on", "in force until", "which we welcomed,") or the line after goes on in lower case.
    const next = lines[i + 1];
    const dateline =
      (isDateLine(line) || isPlaceDateLine(line)) &&
      !UNFINISHED_END.test(prev) &&
      !/(?:[,;]|\b(?:until|till|since|before|after|during|between|dated))$/i.test(prev) &&
      !(next !== undefined && /^\p{Ll}/u.test(next));
    // An address ("Honourable Chair,") is a line of its own in text copied from a PDF, however wide its neighbours.
    const address = [prev, line].some((l) => /^\p{Lu}/u.test(l) && /[,;]$/.test(l) && isSalutation(l));
    const joins = full || continuesParagraph(quotes, lines, i, widest < SHORT_LIST_WIDTH);
    if (joins && !item && !dateline && !address && !isBoilerplate(prev) && !isBoilerplate(line)) {
      current = joinWrapped(current, line, text);
      quotes = openQuotes(line, quotes);
    } else {
      paragraphs.push(current);
      current = line;
      quotes = openQuotes(line);
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

// The mark an e-mail puts before each line of the text it quotes: "> ", ">> " for a quote within a quote.
const QUOTE_MARK = /^[ \t]*(>[ \t]?)+/;
// How many quoted lines make a quotation rather than a line that happens to begin with ">".
const QUOTED_LINES = 3;

/** The text with an e-mail's quotation marks taken off its lines ("> The Network …", ">" alone between paragraphs). */
function unquoted(text: string): string {
  const lines = text.split('\n');
  if (lines.filter((line) => QUOTE_MARK.test(line)).length < QUOTED_LINES) return text;
  return lines.map((line) => line.replace(QUOTE_MARK, '')).join('\n');
}

/** Splits normalised text into paragraphs, each one line with its inner whitespace collapsed. */
export function splitParagraphs(text: string): string[] {
  return threadCountersApart(joinedCaptions(unquoted(text)))
    .split(/\n[ \t]*\n/)
    .flatMap((chunk) =>
      splitChunk(
        chunk
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
        text,
      ),
    )
    .filter(Boolean);
}

/** The id of a block: the first 12 hex digits of sha256(role + text), suffixed -2, -3 on repeats. */
export function blockIds(blocks: readonly Omit<Block, 'id'>[]): string[] {
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    const base = sha256OfText(`${block.role}\n${block.text}`).slice(0, 12);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Splits text into blocks with roles and stable ids. */
export function segment(text: string): Block[] {
  const paragraphs = splitParagraphs(text);
  const roles = assignRoles(paragraphs);
  const parts = paragraphs.map((paragraph, i) => ({ role: roles[i] ?? 'body', text: paragraph }));
  const ids = blockIds(parts);
  return parts.map((part, i) => ({ id: ids[i] as string, role: part.role, text: part.text }));
}

/** The id of a statement: a hash of its blocks' roles and texts, the same for the same content. */
export function statementId(blocks: readonly Block[]): string {
  return sha256OfText(blocks.map((b) => `${b.role}\t${b.text}`).join('\n')).slice(0, 16);
}
