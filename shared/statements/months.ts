/** Month names, and lines that say only a date ("November 14, 2018"): a page's dateline, never its title. */

/** Month names and abbreviations in English and French, lower case, to the month's number. */
export const MONTHS: Record<string, number> = {
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
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};
/** Every spelling of MONTHS as a regex group, the longest first so it takes a whole month name ("March", not "Mar"). */
// Every spelling above, the longest first so the regex takes a whole month name ("March", not "Mar").
export const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** Every weekday's name and abbreviation in English and French as a regex group: "Saturday", "Sat", "samedi". */
/** Each weekday's names (English, its short form, French), Sunday first as `Date.getUTCDay` counts them. */
export const WEEKDAY_NAMES: readonly (readonly [string, string, string])[] = [
  ['sunday', 'sun', 'dimanche'],
  ['monday', 'mon', 'lundi'],
  ['tuesday', 'tue', 'mardi'],
  ['wednesday', 'wed', 'mercredi'],
  ['thursday', 'thu', 'jeudi'],
  ['friday', 'fri', 'vendredi'],
  ['saturday', 'sat', 'samedi'],
];
// The whole names before the short ones ("monday" before "mon").
export const WEEKDAY = `(${[0, 1, 2].map((form) => WEEKDAY_NAMES.map((names) => names[form]).join('|')).join('|')})`;
// What a dateline says besides the date: "Posted on", "Published:", "Updated", "le", and its time.
// A wire service stamps its releases with a time and zone: "Nov 19, 2066, 09:00 ET", "14:30 CEST".
const DATELINE_WORDS =
  /\b(posted|published|updated|dated|date|on|le|du|at|am|pm|gmt|utc|cet|cest|cat|eat|wat|sast|bst|et|est|edt|ct|cst|cdt|pt|pst|pdt)\b/gi;

/** True for a date alone, with a weekday, a time or "Posted on": "November 14, 2018", "Published: 2030-06-03". */
function isDateOnly(text: string): boolean {
  const rest = text
    .replace(new RegExp(`\\b${MONTH}\\b\\.?`, 'gi'), ' M ')
    .replace(new RegExp(`\\b${WEEKDAY}\\b\\.?`, 'gi'), ' ')
    .replace(DATELINE_WORDS, ' ')
    .replace(/\b\d{1,2}:\d{2}\b/g, ' ')
    .replace(/[\s,:|–—]+|-(?!\d)/g, ' ')
    .trim()
    .split(' ');
  const numericDate = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})$/;
  return (
    rest.some((t) => t === 'M' || numericDate.test(t)) &&
    rest.every((t) => t === 'M' || numericDate.test(t) || /^\d{1,4}(st|nd|rd|th|er)?$/.test(t))
  );
}

// A post's date stands with its category, author or reading time: "November 14, 2018 · Press", "3 June 2032 |
// News", "Posted on 3 June 2032 by admin".
const META_SEPARATOR = /\s+[·•|/]\s+|\s+[–—]\s+/;
const BY_OR_IN = /\s+(by|in|par|dans)\s+[^\s,.;]+(\s+[^\s,.;]+){0,2}$/i;

/** True for a short label beside a post's date: a category, an author, "3 min read"; no sentence, no year. */
function isPostLabel(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 && !/[.!?;]$/.test(text) && !/\b(19|20)\d{2}\b/.test(text);
}

/**
 * True for a page's dateline: a date alone, with a weekday, a time or "Posted on" ("November 14, 2018",
 * "Monday 3 June 2030", "Published: 2030-06-03"), or beside a post's category or author ("November 14, 2018 ·
 * Press", "Posted on 3 June 2032 by admin"). A press release or a blog post puts such a line under or over its
 * headline; it dates the text and is never its title.
 */
export function isDateLine(text: string): boolean {
  const line = text.trim();
  if (line.length > 80 || !/\b(19|20)\d{2}\b/.test(line)) return false;
  if (isDateOnly(line)) return true;
  const parts = line.split(META_SEPARATOR).map((part) => part.trim());
  const dated = parts.map((part) => isDateOnly(part) || isDateOnly(part.replace(BY_OR_IN, '')));
  return dated.filter(Boolean).length === 1 && parts.every((part, i) => dated[i] || isPostLabel(part));
}

/**
 * True for a place and a date on one short line: "Maun, 12 November 2036", "Kasane, Botswana – 3 June 2037",
 * "Dakar, le 18 novembre 2034". It dates a headline; it is no heading.
 */
export function isPlaceDateLine(text: string): boolean {
  const m =
    /^(\p{Lu}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?)\s*[,–—]\s*(.+)$/u.exec(
      text.trim(),
    );
  return m !== null && text.trim().split(/\s+/).length <= 10 && isDateLine(m[2] as string);
}

// A social network's post stamped with its day but no year, as it prints the posts of the current year under their
// author: "21 November at 18:40 ·", "November 21 at 6:40 PM", "Nov 21 · 🌐", "21 nov. à 18:40".
const POST_DAY_NO_YEAR = new RegExp(
  `^(?:(\\d{1,2})\\s+${MONTH}\\.?|${MONTH}\\.?\\s+(\\d{1,2}))(?:\\s*(?:at|à|,)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?[\\s·•|\\u{1F310}]*$`,
  'iu',
);

/**
 * The day of a post stamped without a year ("21 November at 18:40 ·"), in `year`: ISO "YYYY-MM-DD", or null when the
 * line is not such a stamp or names no real day.
 */
export function postDayIn(text: string, year: number): string | null {
  const m = POST_DAY_NO_YEAR.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = MONTHS[(m[2] ?? m[3] ?? '').toLowerCase()];
  if (month === undefined || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
