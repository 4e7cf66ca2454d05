/** Echoes as the compare rows show them: links between rows, quoted passages, and where added paragraphs go. */
import type { Echo, EchoKind } from '../../shared/compare/model';
import { echoSymbol } from '../../shared/compare/op-labels';
import type { Statement } from '../../shared/statements/model';
import { firstWords } from '../../shared/statements/column-names';

/** Which way an echo points from the row that shows it. */
export type EchoDirection =
  /** The row's paragraph of the other statement quotes or talks about a reference paragraph. */
  | 'echoes'
  /** The row's reference paragraph is quoted or talked about by a paragraph of the other statement. */
  | 'echoed';

/** An echo as one row shows it: the paragraph at the far end and the row that holds it. */
export interface RowEcho {
  readonly kind: EchoKind;
  readonly direction: EchoDirection;
  /** The block of this row the echo starts from. */
  readonly block: string;
  /** Body paragraph number (1-based) of the far paragraph, on its own side. */
  readonly number: number;
  /** Key of the row showing the far paragraph. */
  readonly targetKey: string;
  readonly themes: readonly string[];
  readonly terms: readonly string[];
  readonly score: number;
  /** What the row says: "◌ echoes ¶4 — Scope", "❝ quoted in ¶2 of 2019 New Delhi". */
  readonly text: string;
}

/** A quoted passage inside one paragraph: offsets into its text, and the paragraph at the other end. */
export interface QuoteMark {
  readonly start: number;
  readonly end: number;
  /** `echoes`: this paragraph quotes the reference; `echoed`: this reference paragraph is quoted. */
  readonly direction: EchoDirection;
  /** Body paragraph number of the other end, on its own side. */
  readonly number: number;
  readonly targetKey: string;
  /** "quotes reference ¶4", "quoted in ¶2 of 2019 New Delhi". */
  readonly title: string;
}

/** Where each body block is shown (its row's key and its paragraph number), and the other statement's short name. */
export interface BlockPlaces {
  readonly reference: ReadonlyMap<string, { readonly key: string; readonly number: number }>;
  readonly other: ReadonlyMap<string, { readonly key: string; readonly number: number }>;
  readonly otherName: string;
}

/** The echoes a row shows for its reference blocks (`echoed`) and its other blocks (`echoes`), best first. */
export function echoesOfRow(
  echoes: readonly Echo[],
  places: BlockPlaces,
  rowKey: string,
  referenceBlocks: readonly string[],
  otherBlocks: readonly string[],
): readonly RowEcho[] {
  const out: RowEcho[] = [];
  for (const echo of echoes) {
    const referenceBlock = echo.reference[0];
    const otherBlock = echo.other[0];
    if (referenceBlock === undefined || otherBlock === undefined) continue;
    const reference = places.reference.get(referenceBlock);
    const other = places.other.get(otherBlock);
    if (!reference || !other) continue;
    // Paragraphs aligned in this very row need no link to each other: the row shows them side by side.
    if (reference.key === other.key) continue;
    const common = { kind: echo.kind, themes: echo.themes, terms: echo.terms, score: echo.score };
    if (otherBlocks.includes(otherBlock) && other.key === rowKey) {
      const shown = { ...common, direction: 'echoes' as const, number: reference.number };
      out.push({
        ...shown,
        block: otherBlock,
        targetKey: reference.key,
        text: echoText(shown, places.otherName),
      });
    }
    if (referenceBlocks.includes(referenceBlock) && reference.key === rowKey) {
      const shown = { ...common, direction: 'echoed' as const, number: other.number };
      out.push({
        ...shown,
        block: referenceBlock,
        targetKey: other.key,
        text: echoText(shown, places.otherName),
      });
    }
  }
  return out;
}

/** The quoted passages of one block on one side, in text order. */
export function quotesOfBlock(
  echoes: readonly Echo[],
  places: BlockPlaces,
  side: 'reference' | 'other',
  block: string,
): readonly QuoteMark[] {
  const far = side === 'reference' ? 'other' : 'reference';
  const marks: QuoteMark[] = [];
  for (const echo of echoes) {
    for (const passage of echo.passages ?? []) {
      if (passage[side].block !== block) continue;
      const target = places[far].get(passage[far].block);
      if (!target) continue;
      const direction = side === 'other' ? ('echoes' as const) : ('echoed' as const);
      marks.push({
        start: passage[side].start,
        end: passage[side].end,
        direction,
        number: target.number,
        targetKey: target.key,
        title: quoteTitle({ direction, number: target.number }, places.otherName),
      });
    }
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Display order with each added paragraph next to the dropped reference paragraph its best echo points to
 * (after it, and after added paragraphs placed there before it, in the other statement's order). An added
 * paragraph whose best echo is a paragraph the other statement keeps stays where its own order puts it.
 */
export function placeNearEchoes<T>(
  rows: readonly T[],
  echoes: readonly Echo[],
  row: (item: T) => {
    readonly op: string;
    readonly reference: readonly string[];
    readonly other: readonly string[];
  },
): readonly T[] {
  const removedAt = new Map<string, number>();
  rows.forEach((item, index) => {
    const entry = row(item);
    if (entry.op === 'removed') for (const block of entry.reference) removedAt.set(block, index);
  });
  // Echoes come in the other statement's order, best first for each paragraph: the first one is the best.
  const best = new Map<string, string>();
  for (const echo of echoes) {
    const [otherBlock] = echo.other;
    const [referenceBlock] = echo.reference;
    if (otherBlock !== undefined && referenceBlock !== undefined && !best.has(otherBlock))
      best.set(otherBlock, referenceBlock);
  }
  const attached = new Map<number, number[]>();
  const moved = new Set<number>();
  rows.forEach((item, index) => {
    const entry = row(item);
    if (entry.op !== 'added') return;
    const target = entry.other.map((block) => best.get(block)).find((block) => block !== undefined);
    const at = target === undefined ? undefined : removedAt.get(target);
    if (at === undefined) return;
    moved.add(index);
    const list = attached.get(at);
    if (list) list.push(index);
    else attached.set(at, [index]);
  });
  if (moved.size === 0) return rows;
  const out: T[] = [];
  rows.forEach((item, index) => {
    if (moved.has(index)) return;
    out.push(item);
    for (const added of attached.get(index) ?? []) out.push(rows[added] as T);
  });
  return out;
}

/** How the echo links name the other statement: "2021 Moscow closing", "2023 opening", "2019 New Delhi press release". */
export function echoName(statement: Pick<Statement, 'title' | 'metadata'>): string {
  const { year, city, kind } = statement.metadata;
  const what = kind === 'press' ? 'press release' : kind;
  const parts = [city, what].filter((part): part is string => Boolean(part));
  return `${year ?? 'year unknown'} ${parts.length > 0 ? parts.join(' ') : firstWords(statement.title, 3)}`;
}

/** The visible words of a row's echo: "◌ echoes ¶4 — Scope", "❝ quoted in ¶2 of 2019 New Delhi". */
export function echoText(
  echo: Pick<RowEcho, 'kind' | 'direction' | 'number' | 'themes'>,
  otherName: string,
): string {
  const said = `${echoSymbol(echo.kind)} ${echoVerb(echo)} ¶${echo.number}`;
  if (echo.direction === 'echoed') return `${said} of ${otherName}`;
  return echo.themes.length > 0 ? `${said} — ${echo.themes.join(', ')}` : said;
}

/** The title of a quoted passage: "quotes reference ¶4", "quoted in ¶2 of 2019 New Delhi". */
export function quoteTitle(mark: Pick<QuoteMark, 'direction' | 'number'>, otherName: string): string {
  return mark.direction === 'echoes'
    ? `quotes reference ¶${mark.number}`
    : `quoted in ¶${mark.number} of ${otherName}`;
}

/** The few words a row's label adds for its echoes: ", echoes ¶4, quoted in ¶2". */
export function echoSummary(echoes: readonly RowEcho[]): string {
  return echoes.map((echo) => `, ${echoVerb(echo)} ¶${echo.number}`).join('');
}

/** "quotes", "echoes", "quoted in", "topic continues in". */
function echoVerb({ kind, direction }: Pick<RowEcho, 'kind' | 'direction'>): string {
  if (direction === 'echoes') return kind === 'reuse' ? 'quotes' : 'echoes';
  return kind === 'reuse' ? 'quoted in' : 'topic continues in';
}
