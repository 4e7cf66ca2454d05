/** Where the reader is, as data: the one source of navigation, written to and read from the URL hash. */
import { VIEWS, type ViewId } from '../shell/views';

/** Which column of the compare view a paragraph is in. */
export type ParagraphSide = 'reference' | 'other';

/** A body paragraph by its number as the views show it (¶4 is `{ number: 4 }`), on one side of the comparison. */
export interface ParagraphRef {
  readonly side: ParagraphSide;
  /** 1-based, counting body paragraphs only, as the ¶ numbers in the views do. */
  readonly number: number;
}

/** A cell of the themes view: a theme in one statement ("theme CAR in 2023"). */
export interface ThemesCell {
  readonly theme: string;
  readonly statement: string;
}

/**
 * The reader's place in the app. Every field is kept when the view changes, so coming back to a view finds
 * it as it was left; the hash holds every field that is set, so a link or a reload restores all of them.
 */
export interface Location {
  readonly view: ViewId;
  /** The reference the reader chose; null: the library's default (the bundled 2019 text). */
  readonly reference: string | null;
  /** The statement compared with the reference in the compare view; null: the reference alone. */
  readonly other: string | null;
  /** The paragraph the compare view shows and focuses. */
  readonly paragraph: ParagraphRef | null;
  /** The theme chosen in the compare view's themes panel. */
  readonly theme: string | null;
  /** The cell chosen in the themes view. */
  readonly cell: ThemesCell | null;
  /** The search query. */
  readonly query: string;
}

/** Where a fresh window starts: the reference alone in the compare view. */
export const START: Location = {
  view: 'compare',
  reference: null,
  other: null,
  paragraph: null,
  theme: null,
  cell: null,
  query: '',
};

// The hash's keys, in the order they are written. `token` is browser mode's, read by bridge/token.ts.
const KEYS = ['view', 'ref', 'other', 'para', 'side', 'theme', 'cell', 'in', 'q'] as const;
type Key = (typeof KEYS)[number];
/** Longest id or theme id accepted from a hash (ids are content hashes, far shorter). */
const MAX_ID = 200;
/** Longest query accepted from a hash. */
const MAX_QUERY = 1000;

/** The hash for `location` (with the leading `#`): `#view=compare&ref=…&other=…&para=4`. */
export function formatHash(location: Location): string {
  const pairs: [Key, string][] = [['view', location.view]];
  if (location.reference) pairs.push(['ref', location.reference]);
  if (location.other) pairs.push(['other', location.other]);
  if (location.paragraph) {
    pairs.push(['para', String(location.paragraph.number)]);
    if (location.paragraph.side === 'reference') pairs.push(['side', 'ref']);
  }
  if (location.theme) pairs.push(['theme', location.theme]);
  if (location.cell) pairs.push(['cell', location.cell.theme], ['in', location.cell.statement]);
  if (location.query) pairs.push(['q', location.query]);
  return `#${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}

/**
 * The location a hash names, or null when it names none (an empty hash, or only a token). A value that
 * cannot be right (an unknown view, ¶0, a malformed escape) is left at its start value rather than
 * refusing the whole link; unknown keys are ignored.
 */
export function parseHash(hash: string): Location | null {
  const values = new Map<Key, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at);
    if (!(KEYS as readonly string[]).includes(key)) continue;
    const value = decode(pair.slice(at + 1));
    if (value !== null && value !== '') values.set(key as Key, value);
  }
  if (values.size === 0) return null;

  const view = VIEWS.find((entry) => entry.id === values.get('view'))?.id ?? START.view;
  const number = Number(values.get('para'));
  const paragraph: ParagraphRef | null =
    Number.isInteger(number) && number >= 1 && number <= 1_000_000
      ? { side: values.get('side') === 'ref' ? 'reference' : 'other', number }
      : null;
  const cellTheme = id(values.get('cell'));
  const cellStatement = id(values.get('in'));
  return {
    view,
    reference: id(values.get('ref')),
    other: id(values.get('other')),
    paragraph,
    theme: id(values.get('theme')),
    cell: cellTheme && cellStatement ? { theme: cellTheme, statement: cellStatement } : null,
    query: (values.get('q') ?? '').slice(0, MAX_QUERY),
  };
}

/** Whether two locations are the same place. */
export function sameLocation(a: Location, b: Location): boolean {
  return formatHash(a) === formatHash(b);
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function id(value: string | undefined): string | null {
  return value && value.length <= MAX_ID && !/[\u0000-\u001f]/.test(value) ? value : null;
}
