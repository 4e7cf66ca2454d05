/** The sentences around a theme's occurrences, cut to a readable length, for the themes view's quotes. */

/** A piece of a quote: marked when it is an occurrence. */
export interface QuotePart {
  readonly text: string;
  readonly marked: boolean;
}

/** A quote: one sentence with every occurrence in it marked. */
export interface Quote {
  readonly parts: readonly QuotePart[];
  /** True when the quote starts or ends inside its sentence (shown with an ellipsis). */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
  /** Offset of the first occurrence it holds, a stable key. */
  readonly start: number;
}

/** A range of the paragraph's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

// A sentence ends at . ! ? (maybe followed by a closing quote or bracket) and then white space.
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/g;

/**
 * The quotes of `ranges` (occurrences in `text`, in order, not overlapping): one per sentence, all its
 * occurrences marked, each shortened to about `max` characters at word boundaries around its occurrences.
 */
export function quotesOf(text: string, ranges: readonly TextRange[], max = 280): readonly Quote[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => ({
    stop: m.index + m[0].length,
    end: m.index + m[0].trimEnd().length,
  }));
  const groups: { from: number; to: number; ranges: TextRange[] }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const from = ends.reduce((at, e) => (e.stop <= range.start ? e.stop : at), 0);
    const to = ends.find((e) => e.stop > range.start && e.end >= range.end)?.end ?? text.length;
    const last = groups.at(-1);
    if (last && last.from === from) {
      last.to = Math.max(last.to, to);
      last.ranges.push(range);
    } else groups.push({ from, to, ranges: [range] });
  }
  return groups.map((group) => cut(text, group.from, group.to, group.ranges, max));
}

/** The quote of one occurrence: its sentence, shortened to about `max` characters. */
export function quoteAround(text: string, start: number, end: number, max = 280): Quote {
  return quotesOf(text, [{ start, end }], max)[0] ?? { parts: [], cutBefore: false, cutAfter: false, start };
}

function cut(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  ranges: TextRange[],
  max: number,
): Quote {
  const first = ranges[0]?.start ?? sentenceStart;
  const last = Math.max(...ranges.map((r) => r.end));
  const room = Math.max(0, max - (last - first));
  let from = sentenceStart;
  let to = sentenceEnd;
  const beforeNeed = first - from;
  const afterNeed = to - last;
  if (beforeNeed + afterNeed > room) {
    // Share the room, giving what one side does not need to the other.
    const half = Math.floor(room / 2);
    const beforeRoom = afterNeed < half ? room - afterNeed : Math.min(beforeNeed, half);
    const afterRoom = room - Math.min(beforeNeed, beforeRoom);
    if (beforeNeed > beforeRoom) from = wordStartAfter(text, first - beforeRoom, first);
    if (afterNeed > afterRoom) to = wordEndBefore(text, last + afterRoom, last);
  }
  const parts: QuotePart[] = [];
  let at = from;
  for (const range of ranges) {
    if (range.start > at) parts.push({ text: text.slice(at, range.start), marked: false });
    parts.push({ text: text.slice(Math.max(at, range.start), range.end), marked: true });
    at = Math.max(at, range.end);
  }
  if (to > at) parts.push({ text: text.slice(at, to), marked: false });
  return { parts, cutBefore: from > sentenceStart, cutAfter: to < sentenceEnd, start: first };
}

// The first word start at or after `at` (not past `limit`).
function wordStartAfter(text: string, at: number, limit: number): number {
  let i = Math.max(0, at);
  if (i > 0 && /\S/.test(text[i - 1] ?? '')) while (i < limit && /\S/.test(text[i] ?? '')) i++;
  while (i < limit && /\s/.test(text[i] ?? '')) i++;
  return i;
}

// The last word end at or before `at` (not before `limit`).
function wordEndBefore(text: string, at: number, limit: number): number {
  let i = Math.min(text.length, at);
  if (i < text.length && /\S/.test(text[i] ?? '')) while (i > limit && /\S/.test(text[i - 1] ?? '')) i--;
  while (i > limit && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}
