/** Rebuilding paragraphs from a PDF's positioned text: lines, running headers and page numbers, paragraphs. */
import { joinHyphenated } from '../dehyphenate';
import { isDateLine, isPlaceDateLine } from '../months';
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
  /**
   * The column the line stands in: 0 (or the whole width), 1 for the right of two columns, ASIDE for a narrow
   * sidebar beside the text (a printed page's "Recent posts").
   */
  readonly column: number;
}

/** A page's runs in reading order: what spans the page above, the left column, the right column, what is below. */
interface ReadingGroup {
  readonly runs: readonly PdfTextRun[];
  readonly column: number;
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

const chars = (runs: readonly PdfTextRun[]) => runs.reduce((n, r) => n + r.text.length, 0);

/**
 * Splits a page set in two columns into reading order; null for a page in one column. Two columns are many runs
 * starting at one place in the middle of the text block, with the runs left of it all ending before it, between
 * them most of the page's text, and nothing that crosses the gutter beside them (a heading across both columns
 * stands above them, a footer below).
 */
function splitColumns(runs: readonly PdfTextRun[]): ReadingGroup[] | null {
  if (runs.length < 10) return null;
  const minX = Math.min(...runs.map((r) => r.x));
  const extent = Math.max(...runs.map((r) => r.x + r.width)) - minX;
  const starts = new Map<number, number>();
  for (const run of runs) {
    const at = (run.x - minX) / extent;
    if (at > 0.3 && at < 0.7) starts.set(Math.round(run.x / 2), (starts.get(Math.round(run.x / 2)) ?? 0) + 1);
  }
  const [bucket, count] = [...starts].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  if (count < 5) return null;
  const gutter = bucket * 2 - 2;
  // The columns reach as high and as low as the right column's text; a header or footer is above or below them. Its
  // text is the longest stretch of lines right of the gutter: a browser's print header centred at the page's top or
  // its "1/1" at the foot, far above or below, are no part of it.
  const rightColumn = tallestStretch(runs.filter((r) => r.x >= gutter));
  let top = Math.max(...rightColumn.map((r) => r.y + 0.5 * r.size));
  let bottom = Math.min(...rightColumn.map((r) => r.y - 0.5 * r.size));
  // One column may run a line or two longer than the other: lines that keep to a column and follow on closely
  // belong to it.
  const inOneColumn = (r: PdfTextRun) => r.x >= gutter || r.x + r.width <= gutter - 2;
  for (const r of [...runs].sort((a, b) => b.y - a.y)) {
    if (r.y < bottom && r.y >= bottom - 2 * r.size && inOneColumn(r)) bottom = r.y - 0.5 * r.size;
  }
  for (const r of [...runs].sort((a, b) => a.y - b.y)) {
    if (r.y > top && r.y <= top + 2 * r.size && inOneColumn(r)) top = r.y + 0.5 * r.size;
  }
  const beside = runs.filter((r) => r.y <= top && r.y >= bottom);
  const left = beside.filter((r) => r.x + r.width <= gutter - 2);
  const right = beside.filter((r) => r.x >= gutter);
  if (left.length + right.length < beside.length) return null; // something crosses the gutter beside the columns
  if (left.length < 5 || right.length < 5 || chars(left) + chars(right) < 0.6 * chars(runs)) return null;
  return [
    { runs: runs.filter((r) => r.y > top), column: 0 },
    { runs: left, column: 0 },
    { runs: right, column: 1 },
    { runs: runs.filter((r) => r.y < bottom), column: 0 },
  ];
}

/** The column of a sidebar's lines: read after all the text, never within it. */
const ASIDE = 2;

/** The distinct heights of runs, a line per height. */
const rowsOf = (runs: readonly PdfTextRun[]) => new Set(runs.map((r) => Math.round(r.y))).size;

/**
 * Splits off a narrow sidebar printed beside the text on either side (many blogs put "Categories" or "Recent posts"
 * left of the article): the right-hand rule, read on the page seen in a mirror for a sidebar on the left.
 */
function splitSidebar(runs: readonly PdfTextRun[]): ReadingGroup[] | null {
  const right = splitRightSidebar(runs);
  if (right) return right;
  const original = new Map(runs.map((r) => [{ ...r, x: -(r.x + r.width) }, r] as const));
  // Seen in a mirror, the sidebar's lines start ragged where they end: any start may be its edge.
  const left = splitRightSidebar([...original.keys()], true)?.map((group) => ({
    ...group,
    runs: group.runs.map((r) => original.get(r) as PdfTextRun),
  }));
  const aside = left?.find((g) => g.column === ASIDE)?.runs ?? [];
  const text = left?.find((g) => g.column !== ASIDE)?.runs ?? [];
  if (!left || !aside.length || !text.length) return null;
  // A list's numbers or a memo's labels ("1.", "To:") printed apart from their text are no sidebar: a sidebar's
  // lines are words, one of them two words at least, and a gutter wider than two letters' height parts it.
  const edge = Math.max(...aside.map((r) => r.x + r.width));
  const gap = Math.min(...text.filter((r) => r.x >= edge - 1).map((r) => r.x)) - edge;
  const words = aside.every((r) => /\p{L}/u.test(r.text)) && aside.some((r) => /\p{L}\S*\s+\S/u.test(r.text));
  return words && gap >= 2 * Math.max(...aside.map((r) => r.size)) ? left : null;
}

/**
 * Of runs right of a gutter, the stretch of lines that follow one another down the page with the most lines: a
 * sidebar's widgets, not a print footer's page number ("1/1") or a form's button far below them, which would stretch
 * the sidebar over the whole page.
 */
function tallestStretch(runs: readonly PdfTextRun[]): PdfTextRun[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y);
  const stretches: PdfTextRun[][] = [];
  for (const run of sorted) {
    const stretch = stretches[stretches.length - 1];
    const last = stretch?.[stretch.length - 1];
    if (stretch && last && last.y - run.y <= 6 * Math.max(last.size, run.size, 1)) stretch.push(run);
    else stretches.push([run]);
  }
  return stretches.reduce<PdfTextRun[]>((best, s) => (rowsOf(s) > rowsOf(best) ? s : best), []);
}

/**
 * Splits off a narrow sidebar printed right of the text (a blog's "Recent posts" beside its article): runs
 * right of a gutter no run crosses beside them, at most 40% of the width, on two lines or more, beside at least two
 * lines of text (not the page's first or last line), with less than half the page's text; with `raggedStarts`, a
 * gutter where one line only starts. A page
 * without one gives null.
 */
function splitRightSidebar(runs: readonly PdfTextRun[], raggedStarts = false): ReadingGroup[] | null {
  if (runs.length < 6) return null;
  const minX = Math.min(...runs.map((r) => r.x));
  const maxX = Math.max(...runs.map((r) => r.x + r.width));
  const extent = maxX - minX;
  const highest = Math.round(Math.max(...runs.map((r) => r.y)));
  const lowest = Math.round(Math.min(...runs.map((r) => r.y)));
  // Where two lines or more start, right of the middle.
  const lineStarts = new Map<number, Set<number>>();
  for (const r of runs) {
    const x = Math.round(r.x);
    if ((x - minX) / extent > 0.55) lineStarts.set(x, (lineStarts.get(x) ?? new Set()).add(Math.round(r.y)));
  }
  const starts = [...lineStarts]
    .filter(([, rows]) => raggedStarts || rows.size >= 2)
    .map(([x]) => x)
    .sort((a, b) => a - b);
  const rows = new Map<number, PdfTextRun[]>();
  for (const r of runs) {
    const row = rows.get(Math.round(r.y));
    if (row) row.push(r);
    else rows.set(Math.round(r.y), [r]);
  }
  // True when the text left of `from` on the run's line ends well before it, or there is none: a run right of the
  // gutter on a line whose text runs up to it (a word after a ligature) is the line's, not a sidebar's.
  const alone = (r: PdfTextRun, from: number) =>
    (rows.get(Math.round(r.y)) ?? []).every((o) => o.x >= from - 1 || o.x + o.width < from - 1.5 * r.size);
  for (const gutter of starts) {
    const right = tallestStretch(runs.filter((r) => r.x >= gutter - 1 && alone(r, gutter)));
    // The sidebar's heading ("Recent Posts") may stand a little left of its items, just above them.
    for (let grown = true; grown && right.length;) {
      const top = Math.max(...right.map((r) => r.y + 2.5 * r.size));
      const bottom = Math.min(...right.map((r) => r.y - 2.5 * r.size));
      const more = runs.filter(
        (r) =>
          !right.includes(r) && (r.x - minX) / extent > 0.55 && r.y <= top && r.y >= bottom && alone(r, r.x),
      );
      right.push(...more);
      grown = more.length > 0;
    }
    if (rowsOf(right) < 2 || maxX - gutter > 0.4 * extent) continue;
    const top = Math.max(...right.map((r) => r.y + r.size));
    const bottom = Math.min(...right.map((r) => r.y - r.size));
    const aside = new Set(right);
    const beside = runs.filter((r) => !aside.has(r) && r.y <= top && r.y >= bottom);
    // Beside the text's own lines, not the page's first or last (a browser's print header or footer): a block at the
    // page's top beside the print header and one line (a printed e-mail's service name over its subject, the account
    // right of it) is no sidebar.
    const besideText = beside.filter((r) => Math.round(r.y) !== highest && Math.round(r.y) !== lowest);
    if (beside.some((r) => r.x + r.width > gutter - 2) || rowsOf(besideText) < 2) continue;
    if (2 * chars(right) > chars(runs)) return null;
    return [
      { runs: runs.filter((r) => !aside.has(r)), column: 0 },
      { runs: right, column: ASIDE },
    ];
  }
  return null;
}

/** A text with its digits as one sign, in lower case: a page's number or a printed time changes from page to page. */
const furnitureKey = (text: string) => text.trim().replace(/\d+/g, '#').toLowerCase();

/** The share of a page's height at its top and at its foot where running headers, footers and fixed bars print. */
const MARGIN_ZONE = 0.12;

/** True for a height in a page's top or bottom margin zone. */
const inMarginZone = (y: number, height: number) =>
  height > 0 && (y > (1 - MARGIN_ZONE) * height || y < MARGIN_ZONE * height);

/** True when two runs stand on one line: their heights within 0.45 of the larger letter. */
const onOneLine = (a: PdfTextRun, b: PdfTextRun) => Math.abs(a.y - b.y) <= 0.45 * Math.max(a.size, b.size, 1);

/**
 * The runs of each page without those a browser prints on every page at the same place: a bar or a cookie banner
 * fixed to the window's top or foot, printed over the text's lines there (a line of the text and the bar's words then
 * stand at one height, and grouped into one line the bar's words would take the text's place). Only in the page's
 * margin zones, only runs with words, and only where the same words stand within a point of one place on at
 * least half the pages (two at least). What is left of a running header is found again line by line.
 */
function withoutRepeatedRuns(pages: readonly PdfPageText[]): PdfTextRun[][] {
  const usable = pages.map((page) =>
    page.runs.filter((r) => r.text.trim() && Number.isFinite(r.x) && Number.isFinite(r.y)),
  );
  if (pages.length < 2) return usable;
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  // The runs with words in each page's margin zones, and where each text stands among them.
  const candidates = usable.map((runs, page) =>
    runs.filter((run) => inMarginZone(run.y, pages[page]?.height ?? 0) && /\p{L}{2}/u.test(run.text)),
  );
  const places = new Map<string, { page: number; x: number; y: number }[]>();
  candidates.forEach((runs, page) => {
    for (const run of runs) {
      const key = furnitureKey(run.text);
      const list = places.get(key) ?? [];
      list.push({ page, x: run.x, y: run.y });
      places.set(key, list);
    }
  });
  const repeated = (run: PdfTextRun): boolean => {
    const list = places.get(furnitureKey(run.text)) ?? [];
    const near = list.filter((p) => Math.abs(p.x - run.x) <= 1 && Math.abs(p.y - run.y) <= 1);
    return new Set(near.map((p) => p.page)).size >= needed;
  };
  return usable.map((runs, page) => {
    const dropped = new Set((candidates[page] ?? []).filter(repeated));
    if (!dropped.size) return runs;
    // The banner's other words on the page (a button printed on one page only) stand in its layer of the line.
    for (const run of [...dropped]) {
      for (const layer of layers(runs.filter((r) => onOneLine(r, run))))
        if (layer.some((r) => dropped.has(r))) layer.forEach((r) => dropped.add(r));
    }
    return runs.filter((run) => !dropped.has(run));
  });
}

/** Groups a page's runs into lines, top to bottom, column by column, with a space wherever the runs leave a gap. */
function pageLines(page: PdfPageText, pageIndex: number): Line[] {
  const { runs } = page;
  const groups = splitColumns(runs) ?? splitSidebar(runs) ?? [{ runs, column: 0 }];
  const lines = groups.flatMap((group) => groupLines(group.runs, group.column));
  return lines.map((line, index) => ({ ...line, page: pageIndex, index, count: lines.length }));
}

// A note's mark set small and raised: "1", "12", "*", "†", "[3]".
const NOTE_MARK = /^(\d{1,3}|[*†‡]{1,3}|\[\d{1,3}\])$/;

/**
 * A line's runs without the note marks set small and raised after its words ("… every month.¹"): typography, like
 * a line-end hyphen, not words of the speech. A mark that opens the line is a note's label and stays, with a space.
 */
function withoutNoteMarks(group: readonly PdfTextRun[]): PdfTextRun[] {
  const main = Math.max(...group.map((r) => r.size));
  const baseline = median(group.filter((r) => r.size > 0.8 * main).map((r) => r.y));
  const isMark = (r: PdfTextRun) =>
    r.size <= 0.8 * main && r.y - baseline >= 0.15 * main && NOTE_MARK.test(r.text.trim());
  if (group.length < 2 || !group.some(isMark)) return [...group];
  return group.flatMap((r, i) => {
    if (!isMark(r)) return [r];
    return i === 0 ? [{ ...r, text: `${r.text.trim()} ` }] : [];
  });
}

/**
 * A line's runs parted into the layers printed over one another: a browser prints a banner fixed to the window's foot
 * ("We use cookies … Accept all") on every page, over the text's line there. A run that starts more than a quarter of a
 * letter before the runs left of it end stands in another layer; the widest layer, the text's, comes first.
 */
function layers(line: PdfTextRun[]): PdfTextRun[][] {
  if (line.length < 2) return [line];
  const found: PdfTextRun[][] = [];
  const end = (layer: readonly PdfTextRun[]) => {
    const last = layer[layer.length - 1] as PdfTextRun;
    return last.x + last.width;
  };
  for (const run of [...line].sort((a, b) => a.x - b.x)) {
    // The layer whose text ends nearest before the run, a quarter of a letter's overlap allowed (kerning).
    const fits = found
      .filter((layer) => end(layer) <= run.x + 0.25 * Math.max(run.size, 1))
      .sort((a, b) => end(b) - end(a))[0];
    if (fits) fits.push(run);
    else found.push([run]);
  }
  const extent = (layer: readonly PdfTextRun[]) => end(layer) - (layer[0] as PdfTextRun).x;
  return found.sort((a, b) => extent(b) - extent(a));
}

/** Groups runs into lines, top to bottom, with a space wherever the runs leave a gap. */
function groupLines(
  unsorted: readonly PdfTextRun[],
  column: number,
): Omit<Line, 'page' | 'index' | 'count'>[] {
  const runs = [...unsorted].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && onOneLine(first, run)) group.push(run);
    else groups.push([run]);
  }
  // A layer printed over the text's line is no part of its flow: it is read after the text, as a sidebar is.
  const layered = groups.flatMap((group) =>
    layers(group).map((runs, i) => ({ runs, column: i === 0 ? column : ASIDE })),
  );
  return layered.map(({ runs: unmarked, column }) => {
    unmarked.sort((a, b) => a.x - b.x);
    const group = withoutNoteMarks(unmarked);
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
      text: text.replace(/\s+/g, ' ').trim(),
      x: first.x,
      right: end,
      y: median(group.map((r) => r.y)),
      size: Math.max(...group.map((r) => r.size)),
      column,
    };
  });
}

/** True for a line that only gives a date, or a place and a date: "16 November 2090", "Luanda, 16 November 2090". */
const isDatedLine = (line: Line) => isDateLine(line.text) || isPlaceDateLine(line.text);

/** True for a line in a page's top or bottom margin zone (or its first/last two lines). */
function inMargin(line: Line, height: number): boolean {
  return line.index < 2 || line.index >= line.count - 2 || inMarginZone(line.y, height);
}

/** Drops running headers/footers (the same line at the same place on most pages) and page numbers. */
function dropPageFurniture(pages: readonly Line[][], heights: readonly number[]): Line[][] {
  // Its first words: a banner fixed to the window's foot is printed on every page, its buttons on some only.
  const key = (line: Line) => furnitureKey(line.text).slice(0, 40);
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

const NOTE_START = /^(\d{1,3}|[*†‡]{1,3}|\[\d{1,3}\])\s+\S/;

/**
 * Where a page's footnotes begin: the lines at its foot set smaller than the text, the first opening with a note's
 * label ("1 Reports collected …"); -1 for a page without them.
 */
function footnotesAt(lines: readonly Line[], bodySize: number): number {
  let at = lines.length;
  while (at > 1 && (lines[at - 1] as Line).size < bodySize - 0.5) at--;
  return at < lines.length && NOTE_START.test((lines[at] as Line).text) ? at : -1;
}

/** A page's footnote lines as notes: a line opening with a label begins one, the others run on. */
function footnoteParagraphs(lines: readonly Line[]): string[] {
  const documentText = lines.map((l) => l.text).join('\n');
  const notes: string[] = [];
  for (const line of lines) {
    const last = notes[notes.length - 1];
    if (last === undefined || NOTE_START.test(line.text)) notes.push(line.text);
    else if (/[\p{L}\p{N}][-‐]$/u.test(last))
      notes[notes.length - 1] = joinHyphenated(last.replace(/‐$/, '-'), line.text, documentText);
    else notes[notes.length - 1] = `${last} ${line.text}`;
  }
  return notes;
}

/**
 * Rebuilds paragraphs from the pages' text runs, separated by blank lines. Footnotes at the foot of the pages are
 * taken out of the text's flow (a paragraph runs on across them) and given at the end under "Notes", as endnotes.
 */
export function layoutPdfText(pages: readonly PdfPageText[]): string {
  const kept = dropPageFurniture(
    withoutRepeatedRuns(pages).map((runs, i) => pageLines({ runs, height: pages[i]?.height ?? 0 }, i)),
    pages.map((page) => page.height),
  );
  const bodySize = median(kept.flat().map((l) => l.size));
  const notes: string[] = [];
  // A sidebar's lines come after the text and its notes, each a paragraph of its own: they never split a paragraph.
  const asides = kept.flat().filter((l) => l.column === ASIDE);
  const lines = kept
    .map((page) => page.filter((l) => l.column !== ASIDE))
    .flatMap((page) => {
      const at = footnotesAt(page, bodySize);
      if (at < 0) return page;
      notes.push(...footnoteParagraphs(page.slice(at)));
      return page.slice(0, at);
    });
  if (!lines.length) return '';

  const bodyLines = lines.filter((l) => Math.abs(l.size - bodySize) <= 0.5);
  // Where the text of each column starts, how wide it usually runs, and its right margin (at least as far as its
  // widest line reaches).
  const measures = new Map<number, { left: number; width: number; margin: number }>();
  for (const column of new Set(lines.map((l) => l.column))) {
    const own = bodyLines.some((l) => l.column === column)
      ? bodyLines.filter((l) => l.column === column)
      : bodyLines;
    const left = median(own.map((l) => Math.round(l.x)));
    const right = percentile(
      own.map((l) => l.right),
      0.9,
    );
    measures.set(column, {
      left,
      width: Math.max(1, right - left),
      margin: Math.max(...own.map((l) => l.right)),
    });
  }
  const measureOf = (line: Line) => measures.get(line.column) ?? { left: 0, width: 1, margin: 0 };
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
    return prev.right + charWidth * (word.length + 1) < measureOf(prev).margin - 1;
  };
  const startsParagraph = (prev: Line, line: Line): boolean => {
    if (Math.abs(prev.size - line.size) > 1) return true;
    // A place and date under a heading set in the text's type ("Luanda, 16 November 2090", a printed e-mail's
    // statement) is a line of its own, unless a sentence runs through it.
    if (isDatedLine(line) && !/[,;:–—-]$|\b(on|of|in|at|until|since|dated|and)$/i.test(prev.text))
      return true;
    if (isDatedLine(prev) && !/^\p{Ll}/u.test(line.text)) return true;
    const { left, width } = measureOf(prev);
    const prevIndented = prev.x - left > indent;
    const indented = line.x - measureOf(line).left > indent;
    if (indented && !prevIndented) return true;
    const isBody = Math.abs(prev.size - bodySize) <= 0.5;
    const shortPrev = prev.right < left + 0.6 * width;
    const endedSentence = /[.!?:;,"”’)]$/.test(prev.text) && prev.right < left + 0.85 * width;
    if (isBody && (shortPrev || endedSentence)) return true;
    // A line is wrapped only where the next word does not fit; a sentence ending on a line that still had room for
    // the next line's first word ended its paragraph, even as the last line of a page.
    if (isBody && /[.!?"”’)]$/.test(prev.text) && firstWordFits(prev, line)) return true;
    // Across a page or column break a paragraph runs on, unless a sentence ended and a short line of its own
    // follows ("Thank you.", a heading, a signature line at the top of the next page).
    if (prev.page !== line.page || prev.column !== line.column) {
      const next = measureOf(line);
      return (
        /[.!?"”]$/.test(prev.text) &&
        /^[\p{Lu}\p{N}"“‘•]/u.test(line.text) &&
        line.right < next.left + 0.6 * next.width
      );
    }
    // Line spacing follows the type: larger type has proportionally larger spacing, and smaller type (a printed
    // post's meta lines, a caption) smaller, so a paragraph gap there is smaller than the body text's.
    return prev.y - line.y > spacing * 1.4 * (Math.max(prev.size, line.size) / bodySize);
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
  if (notes.length) paragraphs.push('Notes', ...notes);
  paragraphs.push(...asides.map((l) => l.text));
  return paragraphs.join('\n\n');
}
