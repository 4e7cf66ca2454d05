/** Facts about a statement inferred from its title, signature and file name; what cannot be inferred is null. */
import type { Block, MeetingKind, StatementKind, StatementMetadata } from './model';
import { isNameLine } from './roles';

/** Where Kimberley Process plenaries and intersessionals were held, and the country of each. */
export const MEETING_CITIES: ReadonlyArray<readonly [city: string, country: string]> = [
  ['New Delhi', 'India'],
  ['Mumbai', 'India'],
  ['Moscow', 'Russia'],
  ['Gaborone', 'Botswana'],
  ['Brisbane', 'Australia'],
  ['Perth', 'Australia'],
  ['Brussels', 'Belgium'],
  ['Antwerp', 'Belgium'],
  ['Dubai', 'United Arab Emirates'],
  ['Victoria Falls', 'Zimbabwe'],
  ['Harare', 'Zimbabwe'],
  ['Kinshasa', 'Democratic Republic of the Congo'],
  ['Washington', 'United States'],
  ['Luanda', 'Angola'],
  ['Johannesburg', 'South Africa'],
  ['Kimberley', 'South Africa'],
  ['Pretoria', 'South Africa'],
  ['Shanghai', 'China'],
  ['Livingstone', 'Zambia'],
  ['Windhoek', 'Namibia'],
  ['Swakopmund', 'Namibia'],
  ['Paris', 'France'],
  ['Tel Aviv', 'Israel'],
  ['Jerusalem', 'Israel'],
  ['Kananaskis', 'Canada'],
  ['Gatineau', 'Canada'],
  ['Ottawa', 'Canada'],
  ['Interlaken', 'Switzerland'],
];

// Host countries as titles name them, with the spellings people use.
const COUNTRIES: ReadonlyArray<readonly [pattern: RegExp, country: string]> = [
  [/\bIndia\b/, 'India'],
  [/\b(Russia|Russian Federation)\b/, 'Russia'],
  [/\bBotswana\b/, 'Botswana'],
  [/\bAustralia\b/, 'Australia'],
  [/\bBelgium\b/, 'Belgium'],
  [/\b(United Arab Emirates|UAE)\b/, 'United Arab Emirates'],
  [/\bZimbabwe\b/, 'Zimbabwe'],
  [/\b(Democratic Republic of (the )?Congo|DRC|DR Congo)\b/, 'Democratic Republic of the Congo'],
  [/\b(United States( of America)?|USA)\b/, 'United States'],
  [/\bAngola\b/, 'Angola'],
  [/\bSouth Africa\b/, 'South Africa'],
  [/\bChina\b/, 'China'],
  [/\bZambia\b/, 'Zambia'],
  [/\bNamibia\b/, 'Namibia'],
  [/\bFrance\b/, 'France'],
  [/\bIsrael\b/, 'Israel'],
  [/\bCanada\b/, 'Canada'],
  [/\bSwitzerland\b/, 'Switzerland'],
];

const ORGANISATIONS: ReadonlyArray<readonly [pattern: RegExp, organisation: string]> = [
  [/\b(Civil Society Coalition|CSC)\b/i, 'KP Civil Society Coalition'],
  [/\b(World Diamond Council|WDC)\b/i, 'World Diamond Council'],
];

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

interface DateMatch {
  readonly index: number;
  readonly year: number;
  readonly date: string | null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A day preceded by "18–" is the end of a range of days: which day the statement was given is unknown.
function isRangeEnd(text: string, index: number): boolean {
  return /\d{1,2}\s*(?:[-–—]|to)\s*$/i.test(text.slice(Math.max(0, index - 8), index));
}

const DATE_PATTERNS: ReadonlyArray<(text: string) => DateMatch[]> = [
  (text) =>
    [
      ...text.matchAll(
        new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
      ),
    ].map((m) => {
      const year = Number(m[3]);
      const date = isRangeEnd(text, m.index)
        ? null
        : isoDate(year, MONTHS[(m[2] as string).toLowerCase()] ?? 0, Number(m[1]));
      return { index: m.index, year, date };
    }),
  (text) =>
    [
      ...text.matchAll(
        new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL}(\\s*[-–—]\\s*\\d{1,2})?,?\\s+(\\d{4})\\b`, 'gi'),
      ),
    ].map((m) => {
      const year = Number(m[4]);
      const date = m[3] ? null : isoDate(year, MONTHS[(m[1] as string).toLowerCase()] ?? 0, Number(m[2]));
      return { index: m.index, year, date };
    }),
  // Day first, as these statements write it; month first only when the day-first reading is impossible.
  (text) =>
    [...text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)].map((m) => {
      const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return { index: m.index, year, date: isoDate(year, b, a) ?? isoDate(year, a, b) };
    }),
  (text) =>
    [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].map((m) => ({
      index: m.index,
      year: Number(m[1]),
      date: isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
    })),
  (text) =>
    [...text.matchAll(new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'))].map((m) => ({
      index: m.index,
      year: Number(m[2]),
      date: null,
    })),
];

/** The first date written in a text: its year, and its ISO form when the day is known. */
export function findDate(text: string): { year: number | null; date: string | null } {
  const matches = DATE_PATTERNS.flatMap((find) => find(text)).filter((m) => m.year >= 1990 && m.year <= 2100);
  if (!matches.length) return { year: null, date: null };
  // The earliest in the text wins; at the same place, a full date beats a month and year.
  const first = matches.reduce((a, b) =>
    b.index < a.index || (b.index === a.index && b.date && !a.date) ? b : a,
  );
  return { year: first.year, date: first.date };
}

function findYear(text: string): number | null {
  const m = /(?:^|[^\d])(199\d|20\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}

function findCity(text: string, caseSensitive: boolean): string | null {
  for (const [city] of MEETING_CITIES) {
    // "Kimberley Process" names the process, not the city.
    const re = new RegExp(
      `\\b${city.replace(/ /g, '[\\s_-]+')}\\b${city === 'Kimberley' ? '(?![\\s_-]+Process)' : ''}`,
      caseSensitive ? '' : 'i',
    );
    if (re.test(text)) return city;
  }
  return null;
}

function findCountry(text: string): string | null {
  return COUNTRIES.find(([re]) => re.test(text))?.[1] ?? null;
}

function findMeeting(title: string, body: string): MeetingKind | null {
  if (/\bintersessional\b/i.test(title)) return 'intersessional';
  if (/\bplenary\b/i.test(title)) return 'plenary';
  if (/\b(forum|workshop|conference|summit|seminar|special session)\b/i.test(title)) return 'other';
  const plenary = /\bplenary\b/i.test(body);
  const intersessional = /\bintersessional\b/i.test(body);
  if (plenary !== intersessional) return plenary ? 'plenary' : 'intersessional';
  return null;
}

function findKind(title: string): StatementKind | null {
  if (/\b(press|media) (release|statement|briefing)\b/i.test(title)) return 'press';
  if (/\bopening\b/i.test(title)) return 'opening';
  if (/\bclosing\b/i.test(title)) return 'closing';
  if (/\b(statement|speech|remarks|address|intervention)\b/i.test(title)) return 'statement';
  return null;
}

function findOrganisation(texts: readonly string[]): string | null {
  for (const text of texts) {
    const found = ORGANISATIONS.find(([re]) => re.test(text));
    if (found) return found[1];
  }
  return null;
}

/** The speaker: the first signature line that is a person's name ("Jane Doe" or "Jane Doe, Coordinator"). */
function findSpeaker(signature: readonly string[]): string | null {
  for (const line of signature) {
    const name = line.split(/,\s*/)[0]?.trim() ?? '';
    if (isNameLine(name)) return name;
  }
  return null;
}

/** The file name without its extension and path, with separators read as spaces. */
export function fileStem(fileName: string): string {
  return fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
}

/** Infers a statement's metadata from its title, its blocks and its file name. */
export function inferMetadata(title: string, blocks: readonly Block[], fileName: string): StatementMetadata {
  const signature = blocks.filter((b) => b.role === 'signature').map((b) => b.text);
  const signatureFacts = signature.filter((line) => !isNameLine(line.split(/,\s*/)[0] ?? ''));
  const body = blocks
    .filter((b) => b.role === 'body')
    .map((b) => b.text)
    .join('\n');
  const stem = fileStem(fileName).replace(/[_-]+/g, ' ');

  const dated = [title, ...signatureFacts].map(findDate).find((d) => d.year !== null) ?? {
    year: null,
    date: null,
  };
  const year = dated.year ?? findYear(title) ?? findYear(fileStem(fileName));
  const city =
    [title, ...signatureFacts].map((t) => findCity(t, true)).find(Boolean) ?? findCity(stem, false);
  const country =
    [title, ...signatureFacts].map(findCountry).find(Boolean) ??
    (city ? (MEETING_CITIES.find(([c]) => c === city)?.[1] ?? null) : null);
  return {
    year,
    date: dated.date,
    city,
    country,
    meeting: findMeeting(title, body),
    kind: findKind(title),
    organisation: findOrganisation([title, ...signatureFacts]),
    speaker: findSpeaker(signature),
  };
}
