/**
 * A video's transcript copied as text: a time stamp ("0:00", "12:41", "1:02:03") alone on a line over each caption or
 * opening its line, the captions cut wherever the captioner cut them, often mid-sentence.
 */
import { isSalutation } from './salutations';

const STAMP = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;
// A stamp alone on its line, and a stamp opening its caption's line: "0:04 colleagues from the industry …", "[00:04]
// colleagues …", "(0:04) colleagues …".
const STAMP_ALONE = new RegExp(`^[[(]?(${STAMP})[\\])]?$`);
const STAMPED = new RegExp(`^[[(]?(${STAMP})[\\])]?\\s+(\\S.*)$`);
// A line of stamps only, as the captions' paragraphs are given them: "0:09 0:14".
const STAMPS_LINE = new RegExp(`^${STAMP}(\\s+${STAMP})*$`);
// Fewer stamped captions than this in a row are a text that happens to hold times, not a transcript.
const MIN_CAPTIONS = 6;
// A caption copied from a transcript panel is a line or two; a stamp over more lines is not a caption's.
const CAPTION_LINES = 2;

interface Caption {
  readonly stamp: string;
  readonly text: string;
  /** The first line after the caption. */
  readonly end: number;
}

const isStampedLine = (line: string) => STAMP_ALONE.test(line.trim()) || STAMPED.test(line.trim());

const seconds = (stamp: string) => stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** True for a line of time stamps only: "0:00", "0:09 0:14" (a transcript's captions' stamps, kept apart). */
export function isTimeStampLine(text: string): boolean {
  return STAMPS_LINE.test(text.trim());
}

/** The caption whose stamp is on line `i`, or null: a stamp alone over a line or two, or a stamp opening its line. */
function captionAt(lines: readonly string[], i: number, last: boolean): Caption | null {
  const line = (lines[i] as string).trim();
  const stamped = STAMPED.exec(line);
  if (stamped) return { stamp: stamped[1] as string, text: (stamped[2] as string).trim(), end: i + 1 };
  const alone = STAMP_ALONE.exec(line)?.[1];
  if (alone === undefined) return null;
  const text: string[] = [];
  let j = i + 1;
  // After the last stamp the caption is one line: the video page's own lines follow it.
  const reach = last ? 1 : CAPTION_LINES;
  while (j < lines.length && text.length < reach) {
    const next = (lines[j] as string).trim();
    if (!next || isStampedLine(next)) break;
    text.push(next);
    j++;
  }
  return text.length ? { stamp: alone, text: text.join(' '), end: j } : null;
}

/** The captions from line `i` on, in a row, each stamped later than the one before (perhaps none). */
function captionRun(lines: readonly string[], i: number): Caption[] {
  const run: Caption[] = [];
  for (let at = i; at < lines.length;) {
    // The last caption is the one no stamp follows within a caption's reach.
    let last = true;
    for (let j = at + 1; j < Math.min(lines.length, at + 2 + CAPTION_LINES) && last; j++)
      last = !isStampedLine(lines[j] as string);
    const caption = captionAt(lines, at, last);
    const before = run.at(-1);
    if (!caption || (before && seconds(caption.stamp) < seconds(before.stamp))) break;
    run.push(caption);
    at = caption.end;
    while (at < lines.length && !(lines[at] as string).trim()) at++;
  }
  return run;
}

// A caption that ends a sentence: "… one of them met.", "… in the room.”".
const SENTENCE_END = /[.!?…]["”’)]?$/;

/**
 * The captions as paragraphs: a caption cut mid-sentence runs on into the next, one that ends a sentence ends its
 * paragraph, and so does an address ("Madam Chair, honourable ministers,"). Each paragraph comes after a line of
 * its captions' stamps, which are the page's (nothing is dropped).
 */
function captionParagraphs(captions: readonly Caption[]): string[] {
  const out: string[] = [];
  let stamps: string[] = [];
  let text = '';
  for (const caption of captions) {
    stamps.push(caption.stamp);
    text = text ? `${text} ${caption.text}` : caption.text;
    if (SENTENCE_END.test(text) || (/[,;:]$/.test(text) && isSalutation(text))) {
      out.push(stamps.join(' '), text);
      stamps = [];
      text = '';
    }
  }
  if (text) out.push(stamps.join(' '), text);
  return out;
}

/**
 * The text with a transcript's captions (MIN_CAPTIONS or more in a row, their stamps in order) joined into
 * paragraphs, each under a line of its stamps, blank lines between them; any other text is returned as it is.
 */
export function joinedCaptions(text: string): string {
  const lines = text.split('\n');
  let longest: { start: number; run: Caption[] } = { start: -1, run: [] };
  for (let i = 0; i < lines.length; i++) {
    if (!isStampedLine(lines[i] as string)) continue;
    const run = captionRun(lines, i);
    if (run.length > longest.run.length) longest = { start: i, run };
    if (run.length) i = (run.at(-1) as Caption).end - 1;
  }
  if (longest.run.length < MIN_CAPTIONS) return text;
  const end = (longest.run.at(-1) as Caption).end;
  return [
    ...lines.slice(0, longest.start),
    '',
    captionParagraphs(longest.run).join('\n\n'),
    '',
    ...lines.slice(end),
  ].join('\n');
}
