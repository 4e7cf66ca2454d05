/**
 * A statement's footnotes or endnotes: the numbered notes at its end ("[1] Reports collected by …"), perhaps under a
 * "Notes" heading. They are the document's, not the speech's: shown apart, never compared, echoed or read for themes.
 */
import type { BlockRole } from './model';

// "Notes", "Footnotes", "Endnotes", "References", "Sources", "Notes and references" — a heading alone on its line.
const NOTES_HEADING =
  /^(foot|end)?notes?( and (references|sources))?:?$|^(references|sources|r[ée]f[ée]rences)\s*:?$/i;

// A note's label: "[1]", "(1)", "1.", "1)", "1 " before a capital, a superscript "¹", an asterisk or a dagger.
const NOTE_LABEL =
  /^(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]?\s+(?=[\p{Lu}\p{N}"“‘])|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(\*{1,3}|[†‡]))\s*\S/u;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The label a paragraph opens with as a note ("1" for "[1] …", "¹ …" and "1. …", "*" for "* …"), or null. */
export function noteLabel(text: string): string | null {
  const m = NOTE_LABEL.exec(text);
  if (!m) return null;
  const superscript = m[4];
  if (superscript) return [...superscript].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
  return (m[1] ?? m[2] ?? m[3] ?? m[5]) as string;
}

/** True when the speech marks the note: "[1]" or a superscript "¹" for a number, the mark itself for "*" or "†". */
function markedIn(speech: string, label: string): boolean {
  if (!/^\d+$/.test(label)) return speech.includes(label);
  const superscript = [...label].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return (
    speech.includes(`[${label}]`) ||
    new RegExp(`\\p{L}[.,;:!?”"’)]*${superscript}(?!\\p{N})`, 'u').test(speech)
  );
}

/**
 * Marks the notes at the end of a statement: the last paragraphs still read as body that each open with a note's
 * label, numbered from 1 (or marked "*"/"†"), either under a notes heading or with every number marked in the speech
 * before them ("… every month.[1]"). A numbered list ending a speech, unmarked and with no heading, stays speech.
 * Changes `roles` in place.
 */
export function markNotes(paragraphs: readonly string[], roles: BlockRole[]): void {
  const body = paragraphs.flatMap((_, i) => (roles[i] === 'body' ? [i] : []));
  let start = body.length;
  while (start > 0 && noteLabel(paragraphs[body[start - 1] as number] as string) !== null) start--;
  if (start === body.length) return;
  const notes = body.slice(start);
  const labels = notes.map((i) => noteLabel(paragraphs[i] as string) as string);
  const numbered = labels.filter((l) => /^\d+$/.test(l)).map(Number);
  // Numbers count up from 1 in order; notes marked by a sign each have their own ("*", "**", "†"): the same sign
  // opening several paragraphs is a bulleted list ("* Fund a permanent secretariat.").
  if (numbered.some((n, k) => n !== k + 1)) return;
  const signs = labels.filter((l) => !/^\d+$/.test(l));
  if (new Set(signs).size < signs.length) return;
  const headingAt = start > 0 ? (body[start - 1] as number) : -1;
  const headed = headingAt >= 0 && NOTES_HEADING.test((paragraphs[headingAt] as string).trim());
  const speechEnd = headed ? start - 1 : start;
  // The speech keeps at least one paragraph.
  if (speechEnd < 1) return;
  const speech = body
    .slice(0, speechEnd)
    .map((i) => paragraphs[i])
    .join('\n');
  if (!headed && !labels.every((label) => markedIn(speech, label))) return;
  for (const i of notes) roles[i] = 'note';
  if (headed) roles[headingAt] = 'note';
}
