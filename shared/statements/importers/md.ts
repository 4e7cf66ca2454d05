/** Markdown (.md, .markdown): the text a reader sees, without the markup. */
import { normaliseText } from '../normalise-text';
import { decodeTextFile } from './txt';
import type { Extraction } from './extraction';

// Every inline rule below is linear: bounded spans, and character classes that stop at the next bracket.
const LINK_TEXT = '[^\\[\\]\\n]{0,1000}';
const LINK_TARGET = String.raw`\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)`;
const IMAGE = new RegExp(String.raw`!\[${LINK_TEXT}\]${LINK_TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[(${LINK_TEXT})\]${LINK_TARGET}`, 'g');
const REFERENCE_LINK = new RegExp(String.raw`\[(${LINK_TEXT})\]\[[^\[\]\n]{0,200}\]`, 'g');

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Rewrites one line's inline markup (links, emphasis, code spans, inline tags, escapes) to plain text. */
function inlineToText(line: string): string {
  // Escaped characters are parked in the private use area so no markup rule sees them, then restored.
  return (
    line
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_m, ch: string) =>
        String.fromCharCode(0xe000 + ch.charCodeAt(0)),
      )
      .replace(IMAGE, '')
      .replace(LINK, '$1')
      .replace(REFERENCE_LINK, '$1')
      .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
      .replace(/(`+)([^`]+)\1/g, '$2')
      // Emphasis markers go wherever they open or close a span; a lone "2 * 3" or a snake_case word stays.
      .replace(/\*\*|__|~~/g, (marker, at: number, all: string) =>
        marker === '__' && /\w/.test(all[at - 1] ?? '') && /\w/.test(all[at + 2] ?? '') ? marker : '',
      )
      .replace(/(^|[\s(\[{"“‘'.,;:!?-])[*_](?=[^\s*_])/g, '$1')
      .replace(/([^\s*_])[*_](?=$|[\s)\]}"”’'.,;:!?-])/g, '$1')
      .replace(/\\$/, '')
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name] ?? '')
      .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000))
  );
}

/** A field's value in a YAML front matter block ("title: …"), unquoted; null when the block has none. */
function frontMatterField(lines: readonly string[], names: RegExp): string | null {
  const line = lines.find((l) => new RegExp(`^(${names.source})\\s*:`, 'i').test(l));
  const value = line
    ?.replace(/^[^:]*:\s*/, '')
    .replace(/^(['"])(.*)\1$/, '$2')
    .trim();
  return value || null;
}

/**
 * Reads a YAML front matter block's `title:` and its day (`date:`, `published:`, as a static site generator writes
 * it: "2036-11-14T16:30:00+02:00" → "2036-11-14"), and returns them with the rest of the lines.
 */
function splitFrontMatter(lines: string[]): { title: string | null; date: string | null; body: string[] } {
  if (lines[0]?.trim() !== '---') return { title: null, date: null, body: lines };
  const end = lines.findIndex((line, i) => i > 0 && i < 200 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { title: null, date: null, body: lines };
  const fields = lines.slice(1, end);
  // The first date field that holds a day: Jekyll's "published: true" before "date: …" says only that it is public.
  const day = fields
    .filter((line) => /^(date|published|pubDate)\s*:/i.test(line))
    .map((line) => /^\d{4}-\d{2}-\d{2}(?!\d)/.exec(frontMatterField([line], /date|published|pubDate/) ?? ''))
    .find((m) => m !== null);
  return { title: frontMatterField(fields, /title/), date: day ? day[0] : null, body: lines.slice(end + 1) };
}

// A footnote's definition ("[^1]: Sample report, 2036.") and its mark in the text ("… last year.[^1]").
const FOOTNOTE_DEFINITION = /^\s{0,3}\[\^([^\]\s]{1,50})\]:\s*(.*)$/;
const FOOTNOTE_MARK = /\[\^([^\]\s]{1,50})\](?!:)/g;

/**
 * Takes the footnotes' definitions out of the lines, numbered from 1 in the order the text marks them (a name such as
 * "[^source]" gets its number too), with the lines left and each mark's number.
 */
function splitFootnotes(lines: readonly string[]): {
  body: string[];
  numbers: Map<string, number>;
  notes: string[];
} {
  const body: string[] = [];
  const definitions = new Map<string, string>();
  let open: string | null = null;
  for (const line of lines) {
    const definition = FOOTNOTE_DEFINITION.exec(line);
    if (definition) {
      open = definition[1] as string;
      definitions.set(open, (definition[2] as string).trim());
    } else if (open !== null && /^\s{2,}\S/.test(line)) {
      definitions.set(open, `${definitions.get(open) ?? ''} ${line.trim()}`.trim());
    } else {
      open = null;
      body.push(line);
    }
  }
  const numbers = new Map<string, number>();
  for (const line of body)
    for (const m of line.matchAll(FOOTNOTE_MARK)) {
      const label = m[1] as string;
      if (definitions.has(label) && !numbers.has(label)) numbers.set(label, numbers.size + 1);
    }
  const notes = [...numbers].map(
    ([label, n]) => `[${n}] ${inlineToText(definitions.get(label) ?? '').trim()}`,
  );
  return { body, numbers, notes };
}

/** Converts Markdown to plain paragraphs separated by blank lines. */
export function markdownToText(markdown: string): string {
  const front = splitFrontMatter(markdown.replace(/\r\n?/g, '\n').split('\n'));
  const { title, date } = front;
  const { body, numbers, notes } = splitFootnotes(front.body);
  // The day under the title, as a page's dateline: it dates the statement and is never its title.
  const paragraphs: string[] = [title, date].filter((p): p is string => p !== null);
  let current: string[] = [];
  // True while `current` is a list's item: the next item, whatever its number, starts a paragraph of its own.
  let inItem = false;
  let fence: string | null = null;
  const flush = () => {
    if (current.length) paragraphs.push(current.join('\n'));
    current = [];
    inItem = false;
  };
  for (const raw of body) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) {
        fence = null;
        flush();
      } else current.push(raw);
      continue;
    }
    const fenceOpen = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1] as string;
      continue;
    }
    let line = raw;
    while (/^\s{0,3}>/.test(line)) line = line.replace(/^\s{0,3}>\s?/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line)) continue;
    const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      flush();
      const text = inlineToText(heading[1] ?? '').trim();
      if (text) paragraphs.push(text);
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && current.length) {
      flush(); // a setext underline: the lines above were a heading
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush(); // a thematic break
      continue;
    }
    // An ordered item interrupts a paragraph only when it starts at 1, as in CommonMark; within a list every item
    // starts anew ("1." … "2." … "3." without blank lines between them).
    const item = /^\s*([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (
      item &&
      (current.length === 0 || inItem || !/^\d/.test(item[1] as string) || /^1[.)]$/.test(item[1] as string))
    ) {
      flush();
      inItem = true;
      line = item[2] as string;
    }
    // A footnote's mark reads "[1]", escaped so that two marks side by side are not read as a reference link.
    line = line.replace(FOOTNOTE_MARK, (mark, label: string) => {
      const n = numbers.get(label);
      return n === undefined ? mark : `\\[${n}\\]`;
    });
    const text = inlineToText(line.trim()).trim();
    if (text) current.push(text);
  }
  flush();
  // The notes come at the end under their heading, as a saved page's or a Word file's do.
  if (notes.length) paragraphs.push('Notes', ...notes);
  return paragraphs.join('\n\n');
}

/** The text of a Markdown file. */
export function extractMarkdown(bytes: Uint8Array): Extraction {
  const decoded = decodeTextFile(bytes);
  return decoded.ok ? { ok: true, text: normaliseText(markdownToText(decoded.text)) } : decoded;
}
