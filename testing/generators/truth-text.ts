/** Comparing a hand-written truth with what the importer read: text reduced to words, metadata field by field. */

/** The metadata fields a truth file gives for a statement. */
export const METADATA_FIELDS = [
  'title',
  'year',
  'date',
  'city',
  'country',
  'meeting',
  'kind',
  'organisation',
] as const;

/** Letters and digits only, lower case: the importer may tidy punctuation and spacing. */
export function norm(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether the normalised `inner` is a run of whole words of the normalised `outer`. */
export function within(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

/** Whether a metadata field the importer gave matches the truth (year as a number, organisation without "the"). */
export function sameValue(field: (typeof METADATA_FIELDS)[number], expected: unknown, got: unknown): boolean {
  const empty = (v: unknown): boolean => v === null || v === undefined || v === '';
  if (empty(expected)) return empty(got);
  if (empty(got)) return false;
  if (field === 'year') return Number(got) === expected;
  const a = norm(String(expected));
  const b = norm(String(got));
  if (field === 'organisation') return a.replace(/^the /, '') === b.replace(/^the /, '');
  return a === b;
}
