/** Rebuilding paragraphs from a PDF's positioned text: lines, running headers and page numbers, paragraphs. */
import { joinHyphenated } from '../dehyphenate';
import { isPrintMargin } from '../residue';

/** One piece of text as the PDF places it (y grows upwards, as in PDF space). */
export interface PdfTextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font height in points. */
  readonly size: number;
}

/** The text runs of one page and its height. */
export interface PdfPageText {
  readonly runs: readonly PdfTextRun[];
  readonly height: number;
}

interface Line {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  /** Index of the line on its page, and how many lines the page has. */
  readonly index: number;
  readonly count: number;
}

const PAGE_NUMBER = [
  /^(page|p\.)?\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^[ivxlc]{1,7}$/i,
  /^\[\s*\d{1,4}\s*\]$/,
];

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

/** Groups a page's runs into lines, top to bottom, with a space wherever the runs leave a gap. */
function pageLines(page: PdfPageText, pageIndex: number): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() && Number.isFinite(r.x) && Number.isFinite(r.y));
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - run.y) <= 0.45 * Math.max(first.size, run.size, 1))
      group.push(run);
    else groups.push([run]);
  }
  return groups.map((group, index) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of group) {
      const gap = run.x - end;
      if (text && gap > 0.15 * Math.max(run.size, 1) && !/\s$/.test(text) && !/^\s/.test(run.text))
        text += ' ';
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    const first = group[0] as PdfTextRun;
    return {
      page: pageIndex,
      text: text.replace(/\s+/g, ' ').trim(),
      x: first.x,
      right: end,
      y: median(group.map((r) => r.y)),
      size: Math.max(...group.map((r) => r.size)),
      index,
      count: groups.length,
    };
  });
}

/** True for a line in a page's top or bottom margin zone (or its first/last two lines). */
function inMargin(line: Line, height: number): boolean {
  const zone = height > 0 ? 0.12 * height : 0;
  return (
    line.index < 2 || line.index >= line.count - 2 || (zone > 0 && (line.y > height - zone || line.y < zone))
  );
}

/** Drops running headers/footers (the same line at the same place on most pages) and page numbers. */
function dropPageFurniture(pages: readonly Line[][], heights: readonly number[]): Line[][] {
  const key = (line: Line) => line.text.replace(/\d+/g, '#').toLowerCase();
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  const textSize = median(pages.flat().map((line) => line.size));
  // Where each margin line's text (digits ignored) appears: page and height.
  const places = new Map<string, { page: number; y: number }[]>();
  pages.forEach((lines, page) => {
    for (const line of lines) {
      if (!inMargin(line, heights[page] ?? 0)) continue;
      const k = key(line);
      const list = places.get(k) ?? [];
      list.push({ page, y: line.y });
      places.set(k, list);
    }
  });
  const repeated = (line: Line): boolean => {
    const list = places.get(key(line)) ?? [];
    if (pages.length < 2 || list.length < needed) return false;
    const seen = new Set(list.filter((place) => Math.abs(place.y - line.y) <= 3).map((place) => place.page));
    return seen.size >= needed;
  };
  return pages.map((lines, p) =>
    lines.filter((line) => {
      if (!inMargin(line, heights[p] ?? 0)) return true;
      if (PAGE_NUMBER.some((re) => re.test(line.text))) return false;
      // A browser's print header and footer: the page's very first or last line, or in type smaller than the text.
      const outermost = line.index === 0 || line.index === line.count - 1 || line.size < textSize - 0.5;
      if (outermost && isPrintMargin(line.text)) return false;
      return !repeated(line);
    }),
  );
}

/** Rebuilds paragraphs from the pages' text runs, separated by blank lines. */
export function layoutPdfText(pages: readonly PdfPageText[]): string {
  const kept = dropPageFurniture(
    pages.map((page, i) => pageLines(page, i)),
    pages.map((page) => page.height),
  );
  const lines = kept.flat();
  if (!lines.length) return '';

  const bodySize = median(lines.map((l) => l.size));
  const bodyLines = lines.filter((l) => Math.abs(l.size - bodySize) <= 0.5);
  const left = median(bodyLines.map((l) => Math.round(l.x)));
  const right = percentile(
    bodyLines.map((l) => l.right),
    0.9,
  );
  const width = Math.max(1, right - left);
  // The right margin is at least as far as the widest line of text reaches.
  const margin = Math.max(...bodyLines.map((l) => l.right));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as Line, lines[i] as Line];
    const gap = a.y - b.y;
    if (
      a.page === b.page &&
      Math.abs(a.size - bodySize) <= 0.5 &&
      Math.abs(b.size - bodySize) <= 0.5 &&
      gap > 0
    ) {
      gaps.push(gap);
    }
  }
  // The usual distance between lines of a paragraph is the most frequent, i.e. the smaller gaps.
  const spacing = gaps.length ? percentile(gaps, 0.25) : bodySize * 1.2;
  const indent = Math.max(4, bodySize * 0.8);

  const firstWordFits = (prev: Line, line: Line): boolean => {
    const word = line.text.split(' ')[0] ?? '';
    const charWidth = (line.right - line.x) / Math.max(1, line.text.length);
    return prev.right + charWidth * (word.length + 1) < margin - 1;
  };
  const startsParagraph = (prev: Line, line: Line): boolean => {
    if (Math.abs(prev.size - line.size) > 1) return true;
    const prevIndented = prev.x - left > indent;
    const indented = line.x - left > indent;
    if (indented && !prevIndented) return true;
    const isBody = Math.abs(prev.size - bodySize) <= 0.5;
    const shortPrev = prev.right < left + 0.6 * width;
    const endedSentence = /[.!?:;,"”’)]$/.test(prev.text) && prev.right < left + 0.85 * width;
    if (isBody && (shortPrev || endedSentence)) return true;
    // A line is wrapped only where the next word does not fit; a sentence ending on a line that still had room for
    // the next line's first word ended its paragraph, even as the last line of a page.
    if (isBody && /[.!?"”’)]$/.test(prev.text) && firstWordFits(prev, line)) return true;
    // Across a page break a paragraph runs on, unless a sentence ended and a short line of its own follows
    // ("Thank you.", a heading, a signature line at the top of the next page).
    if (prev.page !== line.page)
      return (
        /[.!?"”]$/.test(prev.text) && /^[\p{Lu}\p{N}"“‘•]/u.test(line.text) && line.right < left + 0.6 * width
      );
    // Larger type has proportionally larger line spacing.
    return prev.y - line.y > spacing * 1.4 * Math.max(1, Math.max(prev.size, line.size) / bodySize);
  };

  const documentText = lines.map((l) => l.text).join('\n');
  const paragraphs: string[] = [];
  let current = (lines[0] as Line).text;
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1] as Line, lines[i] as Line];
    if (startsParagraph(prev, line)) {
      paragraphs.push(current);
      current = line.text;
    } else if (/[\p{L}\p{N}][-‐]$/u.test(current)) {
      current = joinHyphenated(current.replace(/‐$/, '-'), line.text, documentText);
    } else {
      current = `${current} ${line.text}`;
    }
  }
  paragraphs.push(current);
  return paragraphs.join('\n\n');
}
