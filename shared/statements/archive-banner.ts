/**
 * A web archive's banner over the page it shows, copied with the page: the Wayback Machine's toolbar ("The Wayback
 * Machine - https://web.archive.org/web/20970203114512/https://…", "38 captures", "19 Nov 2096 - 14 Mar 2099", its
 * calendar, "About this capture", "COLLECTED BY", the collection's description, "TIMESTAMPS") or archive.today's
 * ("archive.today webpage capture", "Saved from", the capture's time, "All snapshots from host"). Its days are the
 * archive's, not the statement's, and its description is not speech.
 */
import type { BlockRole } from './model';
import { isDateLine } from './months';

// The line that says the text is an archive's capture of a page: the capture's address, perhaps after the archive's
// name, or archive.today's own heading and time stamp.
const CAPTURE =
  /^(the wayback machine\s*[-–—:]?\s*)?https?:\/\/(web\.)?archive\.org\/web\/\d{4,14}\S*$|^the wayback machine\s*[-–—:]\s*https?:\/\/\S+$|^archive\.(today|ph|is|li|md|vn)\s+webpage capture$|^archived\s+\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\s*(utc|gmt)$/iu;

// The banner's own lines, any of which may be its last: the count and range of captures, its buttons and headings.
const BANNER_LINE = [
  CAPTURE,
  /^\d[\d,.]*\s+captures?$/i,
  /^(about this capture|collected by|timestamps)$/i,
  /^(saved from|all snapshots from host|no other snapshots from this url|report bug or abuse|download \.zip)\b/i,
];

// The range of the captures' days: "19 Nov 2096 - 14 Mar 2099".
function isDayRange(line: string): boolean {
  const days = line.split(/\s+[-–—]\s+/);
  return days.length === 2 && days.every(isDateLine);
}

// The banner stands at the top of the text; a capture line further down is a link in the page.
const BANNER_REACH = 40;

/** Marks as furniture everything from the top of the text to the archive banner's last line, when it has one. */
export function markArchiveBanner(paragraphs: readonly string[], roles: BlockRole[]): void {
  const head = paragraphs.slice(0, BANNER_REACH).map((p) => p.trim());
  if (!head.some((line) => CAPTURE.test(line))) return;
  let last = -1;
  head.forEach((line, i) => {
    if (BANNER_LINE.some((pattern) => pattern.test(line)) || isDayRange(line)) last = i;
  });
  roles.fill('boilerplate', 0, last + 1);
}
