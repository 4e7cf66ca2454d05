/** Facts about a statement inferred from its title, signature and file name; what cannot be inferred is null. */
import type { Block, MeetingKind, StatementKind, StatementMetadata } from './model';
import { countries } from 'countries-list';
import { findOrganisationIn, findReportedSender, findSpeakingFor, unshouted } from './organisation';
import { isBoilerplate, isKindLine, isOrganisationName, isReleaseEnd, LINE_PARTS } from './residue';
import { deliveredBy, isNameLine, isSignatoriesLead, ROLE_START, SCHEME_WORDS, signatoriesIn } from './roles';
import { isDateLine, MONTH, MONTHS, postDayIn, WEEKDAY, WEEKDAY_NAMES } from './months';
import { sentencesOf } from './sentences';

/** Where Kimberley Process plenaries and intersessionals were held, and the country of each. */
export const MEETING_CITIES: ReadonlyArray<readonly [city: string, country: string]> = [
  ['New Delhi', 'India'],
  ['Mumbai', 'India'],
  ['Moscow', 'Russia'],
  ['Gaborone', 'Botswana'],
  ['Kasane', 'Botswana'],
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

/**
 * The days of a meeting a heading gives as a range ("8-11 November 2069", "November 8–11, 2069"): the first and last as
 * ISO days, or null when it gives none.
 */
function dayRange(text: string): { readonly from: string; readonly to: string } | null {
  const dayFirst = new RegExp(
    `\\b(\\d{1,2})\\s*(?:[-–—]|to)\\s*(\\d{1,2})\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`,
    'i',
  ).exec(text);
  const monthFirst = new RegExp(
    `\\b${MONTH}\\.?\\s+(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2}),?\\s+(\\d{4})\\b`,
    'i',
  ).exec(text);
  const [from, to, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3], dayFirst[4]]
    : monthFirst
      ? [monthFirst[2], monthFirst[3], monthFirst[1], monthFirst[4]]
      : [];
  if (!month) return null;
  const m = MONTHS[month.toLowerCase()] ?? 0;
  const first = isoDate(Number(year), m, Number(from));
  const last = isoDate(Number(year), m, Number(to));
  return first && last && first <= last ? { from: first, to: last } : null;
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
  // Year first is always year, month, day, whatever the separator: "2019-11-22", "2052/11/14", "2047.11.4".
  (text) =>
    [...text.matchAll(/\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g)].map((m) => ({
      index: m.index,
      year: Number(m[1]),
      date: isoDate(Number(m[1]), Number(m[3]), Number(m[4])),
    })),
  (text) =>
    [...text.matchAll(new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'))].map((m) => ({
      index: m.index,
      year: Number(m[2]),
      date: null,
    })),
];

// A page's line saying when it was last changed: "Last updated: …", "Page last modified on …", "Updated 3 March 2049".
const UPDATED = /^(?:page\s+)?(?:last\s+)?(?:updated|modified|reviewed|revised|edited)\b/i;

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

/** The first meeting city (in the list's order) named in `text`, with where its name stands; null when none. */
function cityMatch(
  text: string,
  caseSensitive: boolean,
): { readonly city: string; readonly start: number; readonly end: number } | null {
  for (const [city] of MEETING_CITIES) {
    // "Kimberley Process", "Processus de Kimberley", "Proceso de Kimberley" name the process, not the city.
    const notProcess = city === 'Kimberley' ? '(?<!\\bProcess(?:us|o)?\\s+d[eo]\\s+)' : '';
    const re = new RegExp(
      `${notProcess}\\b${city.replace(/ /g, '[\\s_-]+')}\\b${city === 'Kimberley' ? '(?![\\s_-]+Process)' : ''}`,
      caseSensitive ? '' : 'i',
    );
    const m = re.exec(text);
    if (m) return { city, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function findCity(text: string, caseSensitive: boolean): string | null {
  return cityMatch(text, caseSensitive)?.city ?? null;
}

// A city the speech looks back to: "five years after New Delhi", "since the Antwerp plenary", "as we said in Brussels
// in 2018". Its place is the earlier meeting's, not this one's.
const LOOKING_BACK =
  /\b(after|since|before|until|following|as (we|I) (said|asked|warned|stated) in)\s+(the\s+)?((19|20)\d{2}\s+)?$/i;

/**
 * The meeting city the first paragraph of speech names as where it is given ("we thank the people of Lisbon"), not
 * one it looks back to (after, since …, or with another year than the statement's).
 */
function findCityHere(text: string, year: number | null): string | null {
  const found = cityMatch(text, true) ?? hostTown(text);
  if (found === null) return null;
  const { city, start, end } = found;
  if (LOOKING_BACK.test(text.slice(Math.max(0, start - 40), start))) return null;
  const near = /^[^.;!?]{0,30}?\b((19|20)\d{2})\b/.exec(text.slice(end))?.[1];
  return near !== undefined && year !== null && Number(near) !== year ? null : city;
}

// "the people of Maun", "the city of Kasane": a town the list of venues does not know, thanked as the host.
const PEOPLE_OF =
  /\b(?:people|city|town|residents|citizens|municipality) of (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?)/u;

// A continent or region: "the people of Africa", "the people of Southern Africa" name no town.
const REGION =
  /^(?:\p{Lu}\p{Ll}+ )?(?:Africa|Europe|Asia|America|Americas|Oceania|Caribbean|Pacific|Sahel)$/u;

/** A host town the first paragraph of speech thanks by name ("the people of Maun"), not a country; null if none. */
function hostTown(
  text: string,
): { readonly city: string; readonly start: number; readonly end: number } | null {
  const m = PEOPLE_OF.exec(text);
  const town = m?.[1];
  if (!m || town === undefined || COUNTRY_NAMES.has(town) || NOT_A_PLACE.test(town) || REGION.test(town))
    return null;
  const start = m.index + m[0].length - town.length;
  return { city: town, start, end: start + town.length };
}

// The closing thanks of a speech, where it most often names its hosts: "we thank the Government of Namibia and the
// people of Swakopmund for their hospitality". Only sentences that thank, and none that look ahead to the next
// meeting ("… and look forward to seeing you in Antwerp next year").
const THANKS_WORDS = /\b(thank|thanks|grateful|gratitude|appreciation|hospitality)\b/i;
const LOOKING_AHEAD = /\b(next|forward|again|incoming|future|will host|to come)\b/i;
const CLOSING_PARAGRAPHS = 2;

/** The sentences of the speech's last paragraphs that thank its hosts. */
function closingThanks(bodyTexts: readonly string[]): string[] {
  return bodyTexts
    .slice(-CLOSING_PARAGRAPHS)
    .flatMap(sentencesOf)
    .filter((sentence) => THANKS_WORDS.test(sentence) && !LOOKING_AHEAD.test(sentence));
}

// "the Government of Botswana", "the Government and people of the Republic of Namibia": the host country thanked.
const HOST_COUNTRY =
  /\b(?:Government|people|Republic|Kingdom) of (?:the )?(?:Republic of )?(\p{Lu}[\p{L}'’-]*(?: (?:and |of |the )?\p{Lu}[\p{L}'’-]*){0,3})/u;

/** The country the first paragraph of speech thanks as the host, any country countries-list knows; else null. */
function findHostCountry(text: string): string | null {
  // Each mention in turn (no global regex: what a word is lives in shared/text).
  let rest = text;
  for (let m = HOST_COUNTRY.exec(rest); m; m = HOST_COUNTRY.exec(rest)) {
    rest = rest.slice(m.index + m[0].length);
    const words = (m[1] as string).split(' ');
    // The longest run of the words that is a country: "Botswana", "South Africa", "Sierra Leone".
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      if (COUNTRY_NAMES.has(name)) return name;
    }
  }
  return null;
}

function findCountry(text: string): string | null {
  return COUNTRIES.find(([re]) => re.test(text))?.[1] ?? null;
}

// "2031 Plenary Lisbon", "Intersessional Meeting in Lisbon": a place the list of venues does not know yet.
// The meeting word may be capitalised ("2031 Plenary Lisbon", "Intersessional Meeting, Lisbon"); the place must be.
const VENUE_AFTER_MEETING =
  /\b(?:[Pp]lenary|[Ii]ntersessional|[Mm]eeting|[Ss]ession)(?:\s+(?:[Mm]eeting|[Ss]ession))?(?:,\s*|\s+)(?:in\s+|at\s+|of\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)/gu;
const NOT_A_PLACE =
  /^(Opening|Closing|Statement|Speech|Remarks|Address|Meeting|Session|Plenary|Intersessional|The|Of|On|By|And|Chair|Civil|Kimberley|Process|Working|Group|Committee|Press)\b/;

// Every country's usual English name (countries-list), its own name where written in Latin letters ("Côte d'Ivoire",
// "République démocratique du Congo"), and the short forms pages use for the producing and trading countries, so a
// venue that is a country is not read as the city.
const COUNTRY_NAMES = new Set([
  ...Object.values(countries).flatMap((c) =>
    /^[\p{Script=Latin}\s'’.-]+$/u.test(c.native)
      ? [c.name, c.native, c.native.replace(/'/g, '’')]
      : [c.name],
  ),
  ...['Cote d’Ivoire', "Cote d'Ivoire", 'DRC', 'DR Congo', 'Congo', 'Russian Federation', 'UAE', 'USA', 'UK'],
]);
// Each country's capital (countries-list), for a venue the list of meeting cities does not know: "Dakar" → Senegal.
const CAPITALS = new Map(
  Object.values(countries)
    .filter((c) => c.capital)
    .map((c) => [c.capital, c.name] as const),
);

// Cities that were a country's capital, or are its seat of government, where countries-list names another capital: a
// dateline gives them as it gives a capital ("Bujumbura, 12 June 2078": Burundi's capital is Gitega since 2019).
const FORMER_CAPITALS: ReadonlyMap<string, string> = new Map([
  ['Bujumbura', 'Burundi'],
  ['Abidjan', 'Ivory Coast'],
  ['Dar es Salaam', 'Tanzania'],
  ['Lagos', 'Nigeria'],
  ['Cotonou', 'Benin'],
  ['Yangon', 'Myanmar'],
  ['Almaty', 'Kazakhstan'],
  ['La Paz', 'Bolivia'],
  ['The Hague', 'Netherlands'],
  ['Putrajaya', 'Malaysia'],
  ['Zomba', 'Malawi'],
  ['Rio de Janeiro', 'Brazil'],
  ['Istanbul', 'Türkiye'],
  ['Karachi', 'Pakistan'],
  ['Calcutta', 'India'],
  ['Kolkata', 'India'],
]);

/** The country of a city that is or was a capital ("Dakar" → Senegal, "Bujumbura" → Burundi); null for any other. */
function capitalCountry(city: string): string | null {
  return CAPITALS.get(city) ?? FORMER_CAPITALS.get(city) ?? null;
}

function findVenue(title: string): string | null {
  for (const m of title.matchAll(VENUE_AFTER_MEETING)) {
    const place = m[1] as string;
    // "Intersessional meeting in Zimbabwe" names a country, which is not a city.
    if (!NOT_A_PLACE.test(place) && !COUNTRY_NAMES.has(place)) return place;
  }
  return null;
}

// "Closing Speech Lisbon, Portugal: 14 November 2031": a country's name after a comma, and the place written before it.
// Tried at each comma in turn (no global regex: what a word is lives in shared/text).
const COUNTRY_AFTER_COMMA = /^,\s+(\p{Lu}[\p{L} '’]*?)(?=\s*(?:[:,.;–—()]|\s-|\d|$))/u;
// A word of a place may join another at a hyphen, capitalised or not: "Mbuji-Mayi", "Porto-Novo", "Aix-en-Provence".
const PLACE_AT_END =
  /(?<![\p{L}-])(\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*[\p{Ll}'’](?:\s+\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*[\p{Ll}'’]){0,3})$/u;

/**
 * A place named with its country ("Lisbon, Portugal"), any country countries-list knows: the place and the country,
 * or null. Words that name the statement ("Closing Speech Lisbon") are left out of the place, and a name that
 * follows "of" or "for" ("Ministry of Mines, Botswana") is no place.
 */
function findPlaceAndCountry(text: string): { readonly city: string; readonly country: string } | null {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const country = COUNTRY_AFTER_COMMA.exec(text.slice(comma))?.[1];
    if (country === undefined || !COUNTRY_NAMES.has(country)) continue;
    const before = text.slice(0, comma);
    const place = PLACE_AT_END.exec(before);
    if (!place || /\b(?:of|for)\s+$/i.test(before.slice(0, place.index))) continue;
    const words = (place[1] as string).split(/\s+/);
    const named = words.map((w) => NOT_A_PLACE.test(w)).lastIndexOf(true);
    const city = words.slice(named + 1).join(' ');
    if (city && !COUNTRY_NAMES.has(city) && !new RegExp(`^${MONTH}\\b`, 'i').test(city))
      return { city, country };
  }
  return null;
}

/** The place of a dateline: "Gaborone, 14 November 2030" → "Gaborone"; null for a line that is no dateline. */
function findDatelinePlace(line: string): string | null {
  if (findDate(line).year === null || line.split(/\s+/).length > 8) return null;
  const place = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}),/u.exec(line)?.[1] ?? null;
  // "Saturday, November 16, 2041": a weekday before the date is no place.
  return place && !new RegExp(`^(${MONTH}|${WEEKDAY})\\b`, 'i').test(place) ? place : null;
}

function findMeeting(heads: readonly string[], body: string): MeetingKind | null {
  for (const text of heads) {
    if (/\bintersession(al|nelle)\b/i.test(text)) return 'intersessional';
    if (/\bplenary\b|\bpl[ée]ni[èe]re(?![\p{L}])/iu.test(text)) return 'plenary';
  }
  // Another kind of meeting only when no line at the top names a plenary or intersessional: a heading naming its
  // sender ("Statement by the … Conference of Churches") stands over the line that names the meeting.
  for (const text of heads) {
    // "Forum" or "Conference" in the speaker's own name ("Sample Highveld Communities Forum") is no meeting.
    const named = findOrganisationIn(text);
    const said = named ? text.toLowerCase().split(named.toLowerCase()).join(' ') : text;
    if (/\b(forum|workshop|conference|summit|seminar|special session)\b/i.test(said)) return 'other';
  }
  const plenary = /\bplenary\b/i.test(body);
  const intersessional = /\bintersessional\b/i.test(body);
  if (plenary !== intersessional) return plenary ? 'plenary' : 'intersessional';
  return null;
}

// A quotation attributed in the third person, as news is written: "…,” said the coalition's coordinator;
// "…,” Jane Doe added; « … », a déclaré …
const ATTRIBUTION = [
  /[”"»]\s*,?\s*(said|says|added|stated|explained|noted|declared|a déclaré|a dit|a ajouté)\s+(\p{Lu}|the |its |our |la |le )/u,
  /[,.]\s*[”"»]\s*(\p{Lu}[\p{L}’'-]*\s+){1,5}(said|says|added|stated|explained|noted)\b/u,
  // "…,” the council's president said.", "…,” the coordinator of the Sample Rift Valley Diggers Network said".
  /[,.!?]\s*[”"»]\s*(the|its|their|our)\s+([\p{L}’'-]+\s+){0,10}(said|says|added|stated|explained|noted)\b/u,
];

/** True for a text that reports speech as a press release does: a quotation attributed in the third person. */
function isReportedSpeech(body: string): boolean {
  return ATTRIBUTION.some((pattern) => pattern.test(body));
}

// "… at the start of the plenary", "… at the close of the Harare Plenary", "… to its final session".
const OPENING_KIND =
  /\b(opening|welcom(e|ing) (remarks|address|speech|statement)|d['’]ouverture)\b|\bat the (start|beginning) of (the|this|its) ([\p{L}'’-]+ ){0,3}(plenary|meeting|intersessional|session)\b/iu;
const CLOSING_KIND =
  /\b(closing|concluding (remarks|statement)|final (statement|session))\b|\bat the (close|end) of (the|this|its) ([\p{L}'’-]+ ){0,3}(plenary|meeting|intersessional|session)\b|\bde cl[ôo]ture(?![\p{L}])/iu;

function findKind(heads: readonly string[]): StatementKind | null {
  for (const text of heads) {
    // "Press release", "Press releases on behalf of …" (a site's section), "News release", "Communiqué de presse".
    if (/\b(press|media|news) (releases?|statements?|briefings?)\b|\bcommuniqu[ée] de presse\b/i.test(text))
      return 'press';
    const opening = OPENING_KIND.test(text);
    const closing = CLOSING_KIND.test(text);
    // A heading over both speeches of a meeting ("Opening and closing statements of …") names no one kind.
    if (opening && closing) return 'statement';
    if (opening) return 'opening';
    if (closing) return 'closing';
  }
  for (const text of heads) {
    if (
      /\b(statement|speech|remarks|address|intervention|submission|discours|allocution)\b|\bd[ée]claration\b/i.test(
        text,
      )
    )
      return 'statement';
  }
  return null;
}

/**
 * The speaker a "Delivered by …" line names, above the speech or below it: the first of its comma-separated parts
 * that is a person's name ("Delivered by the coordinator, Jane Doe"); null when it names none.
 */
function findDeliverer(line: string): string | null {
  const by = deliveredBy(line);
  if (!by) return null;
  return by.split(/,\s*/).find((part) => isNameLine(part) && !isOrganisationName(part)) ?? null;
}

// A government's speakers, besides the roles any organisation has: "Ambassador", "Minister of Mines", "Deputy Head of
// Delegation", "Permanent Representative", "Commissioner", "Counsellor".
const DIPLOMAT =
  /^(ambassador|minister|deputy|permanent representative|commissioner|counsel+or|attach[ée]|charg[ée] d['’]affaires|high commissioner)\b/i;

/**
 * The speaker a line under the heading names with the role: "SAMPLE PERSON OKAFOR, HEAD OF DELEGATION" → "Sample
 * Person Okafor", as a government's remarks give who spoke; null for any other line (a byline, "By …", is the
 * writer's).
 */
function findNamedWithRole(line: string): string | null {
  const [name = '', role = ''] = line.split(/,\s*/);
  // "By Sample Writer, Director of Communications" is the page's writer.
  if (/^by\s/i.test(name)) return null;
  const named = ROLE_START.test(role.trim()) || DIPLOMAT.test(role.trim());
  const written = unshouted(name.trim());
  return named && isNameLine(written) && !isOrganisationName(written) && !SCHEME_WORDS.test(written)
    ? written
    : null;
}

/**
 * True for a line of a page's meta bar that says who spoke or where, as a government's remarks give them under the
 * heading: a name and role ("Sample Person Okafor, Head of Delegation") or a place and its country ("Lilongwe,
 * Malawi"), perhaps in capitals.
 */
export function isSpeakerOrPlaceLine(line: string): boolean {
  return findNamedWithRole(line) !== null || findPlaceAndCountry(unshouted(line)) !== null;
}

/**
 * The speaker: the first signature line that is a person's name ("Jane Doe" or "Jane Doe, Coordinator"), above the
 * list of signatories if there is one. A statement several organisations sign has no speaker among its signatories.
 */
function findSpeaker(signature: readonly string[], signatories: number): string | null {
  // The list begins at its lead-in ("Signatories:") or, with none, where a run of names too long to close a speech
  // begins (people who sign together: none of them is the speaker).
  const lead = Math.max(signature.findIndex(isSignatoriesLead), signatoriesIn(signature));
  const closing = lead >= 0 ? signature.slice(0, lead) : signatories >= 2 ? [] : signature;
  for (const line of closing) {
    // "Victoria Falls, November 14, 2028" is a place and a date, not a person.
    if (findDate(line).year !== null) continue;
    const name = line.split(/,\s*/)[0]?.trim() ?? '';
    // "Lowveld Community Mining Forum" is capitalised like a name, but names an organisation.
    if (isNameLine(name) && !isOrganisationName(name) && !SCHEME_WORDS.test(name)) return name;
  }
  return null;
}

// The line that says who a press release's sender is: "About the Sample Rivers Network", "1. The Sample Rivers Network
// is a …", "Sample Mining Forum is an alliance of …". Its first group is the name.
const ABOUT_SENDER =
  /^(?:\d{1,2}[.)]\s+)?(?:(?:About|ABOUT)\s+(?:the\s+|THE\s+)?([^.:;]{3,80})[:.]?$|(?:The\s+)?(\p{Lu}[^.:;]{2,80}?)\s+(?:is|are)\s+(?:a|an|the)\s)/u;

/** The file name without its extension and path, with separators read as spaces. */
export function fileStem(fileName: string): string {
  return fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
}

// A dateline opening a paragraph, as news and press releases write it: "WINDHOEK, 21 November 2031 – The …",
// "Lisbon (12 June 2032) — …". The part before the dash is the lead.
const DATELINE_OPENING = /^([^.!?–—]{3,70}?)\s+[–—-]{1,2}\s+["“‘«]?\p{Lu}/u;

// A news wire's tag after its dateline, before the dash: "WINDHOEK, Namibia, Nov. 19, 2066 /Sample Newswire/ -- …".
const WIRE_TAG = /\s+\/\p{Lu}[^/]{1,40}\/(?=\s+[–—-])/u;
// A month abbreviated with a full stop ("Nov. 19"), which would end the lead as a sentence's stop.
const MONTH_DOT = new RegExp(`\\b${MONTH}\\.`, 'gi');

/**
 * The dateline that opens a paragraph, its capitals as a name is written ("WINDHOEK, NAMIBIA, 21 November 2031" →
 * "Windhoek, Namibia, 21 November 2031"), or null when it opens with none.
 */
function openingDateline(text: string): string | null {
  const plain = text.slice(0, 120).replace(MONTH_DOT, '$1').replace(WIRE_TAG, '');
  const lead = DATELINE_OPENING.exec(plain)?.[1]?.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim() ?? null;
  if (!lead || findDate(lead).year === null || lead.split(' ').length > 10) return null;
  return lead.replace(
    /\b(\p{Lu})(\p{Lu}+)\b/gu,
    (_, first: string, rest: string) => first + rest.toLowerCase(),
  );
}

// A news dateline with a colon and no date: "WINDHOEK: The head of …", "Perth: The president …".
const PLACE_COLON = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*:\s+\p{Lu}/u;

/** The known place a colon dateline names (a meeting venue or a capital), as the name is written; else null. */
function colonDatelinePlace(text: string): string | null {
  const place = PLACE_COLON.exec(text)?.[1];
  if (!place) return null;
  const known = findCity(place, false);
  if (known) return known;
  const capital = [...CAPITALS.keys(), ...FORMER_CAPITALS.keys()].find(
    (c) => c.toLowerCase() === place.toLowerCase(),
  );
  return capital ?? null;
}

/**
 * A news page's introduction to the speech it reproduces: the paragraphs between the headline and the speech that
 * are page matter by their place only (no residue), sentences that say who spoke, where and at which session.
 */
function introduction(blocks: readonly Block[], titleAt: number): string[] {
  return underHeading(blocks, titleAt).filter(
    (text) => !isBoilerplate(text) && text.split(/\s+/).length >= 8,
  );
}

/** The page matter between the heading and the speech: a byline, a meta bar, a news page's introduction. */
function underHeading(blocks: readonly Block[], titleAt: number): string[] {
  if (titleAt < 0) return [];
  const speechAt = blocks.findIndex((b, i) => i > titleAt && (b.role === 'salutation' || b.role === 'body'));
  return blocks
    .slice(titleAt + 1, speechAt < 0 ? titleAt + 1 : speechAt)
    .filter((b) => b.role === 'boilerplate')
    .map((b) => b.text);
}

// A sentence of a report that names the speech it reproduces.
const SPEECH_NAMED = /\b(statement|speech|remarks|address|intervention|declaration|delivered|read out)\b/i;

// A report placing the meeting days before its own day: "yesterday", "last week", "on Thursday", "three days ago".
const EARLIER = new RegExp(
  `\\b(yesterday|last week|earlier this (week|month)|(\\d+|two|three|four|five|six|several|a few) days (ago|earlier)|on (last )?${WEEKDAY}|last ${WEEKDAY})\\b`,
  'i',
);

/**
 * The day a report's words name against the page's day (ISO): "yesterday" the day before, "three days ago", "on
 * Friday" the last Friday up to it; null for what names no one day ("last week", "on Thursday last week").
 */
function dayBefore(pageDate: string, said: string): string | null {
  const page = Date.UTC(
    Number(pageDate.slice(0, 4)),
    Number(pageDate.slice(5, 7)) - 1,
    Number(pageDate.slice(8, 10)),
  );
  const iso = (days: number) => new Date(page - days * 86_400_000).toISOString().slice(0, 10);
  const phrase = said.toLowerCase();
  if (/^yesterday\b/.test(phrase)) return iso(1);
  const ago = /^(\d|two|three|four|five|six) days (ago|earlier)\b/.exec(phrase)?.[1];
  if (ago)
    return iso(/\d/.test(ago) ? Number(ago) : ['two', 'three', 'four', 'five', 'six'].indexOf(ago) + 2);
  const named = /^(?:on |last )(?:last )?(\p{L}+)(.*)$/u.exec(phrase);
  if (!named || /^\s*(of\s+)?(last|this|next) week\b/.test(named[2] as string)) return null;
  const weekday = WEEKDAY_NAMES.findIndex((names) => names.includes(named[1] as string));
  if (weekday < 0) return null;
  // A news page names the weekday even of its own day ("asked the plenary on Monday" on a Monday's page).
  const back = (new Date(page).getUTCDay() - weekday + 7) % 7;
  return iso(back);
}

// A sentence saying when and where a speech was given: "Delivered by … at the closing session of …", "… read the
// statement at the opening session on …".
const SPEECH_GIVEN =
  /\b(delivered|read out|given|presented)\b[^.!?]{0,160}\b(session|plenary|meeting)\b[^.!?]{0,80}\bon\b/i;

/** A short line at the top that is no paragraph of speech: a dateline, a place, "Delivered by …". */
function isLeadLine(text: string): boolean {
  return text.split(/\s+/).length <= 14 && !/\d{1,2}:\d{2}/.test(text) && !/[.!?]$/.test(text);
}

function first<T>(texts: readonly string[], find: (text: string) => T | null): T | null {
  for (const text of texts) {
    const found = find(text);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Infers a statement's metadata from its title, the short lines at its top (a dateline, a place), its signature,
 * "Posted on …" lines and its file name. The organisation is the one the title or signature names, or the one
 * the speaker speaks on behalf of; never a default.
 */
export function inferMetadata(title: string, blocks: readonly Block[], fileName: string): StatementMetadata {
  const signature = blocks.filter((b) => b.role === 'signature').map((b) => b.text);
  const signatureFacts = signature.filter(
    (line) => findDate(line).year !== null || !isNameLine(line.split(/,\s*/)[0] ?? ''),
  );
  const bodyTexts = blocks.filter((b) => b.role === 'body').map((b) => b.text);
  const body = bodyTexts.join('\n');
  const titleAt = blocks.findIndex((b) => b.role === 'title');
  const above = blocks.slice(0, Math.max(0, titleAt)).filter((b) => b.role === 'boilerplate');
  const firstBody = bodyTexts.slice(0, 3);
  // A dateline may open the address too: "LISBON, PORTUGAL, November 14, 2031 - Honorable Guests, …,".
  const opening = blocks.filter((b) => b.role === 'body' || b.role === 'salutation').slice(0, 3);
  const intro = introduction(blocks, titleAt);
  // The page's lines between the heading and the speech (its byline, date, speaker, place): read for several fields.
  const headed = underHeading(blocks, titleAt);
  // A report saying the meeting closed before its page's day ("ended … on Thursday last week") is dated by the page:
  // a date above its headline is then the day it was published, and gives the year only.
  // (A text that is itself the sender's release or post is dated by its page, whatever day it says the events were.)
  const reports = [...intro, ...firstBody.slice(0, 1).filter((t) => findReportedSender(t) !== null)];
  const said = (t: string) => {
    const m = EARLIER.exec(t);
    return m ? `${m[0]} ${t.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20)}` : null;
  };
  // The day of the sentence that names the speech, when the report names several ("walked out on Thursday … returned
  // on Friday to read their closing statement").
  const aboutSpeech = reports.flatMap(sentencesOf).filter((sentence) => SPEECH_NAMED.test(sentence));
  const earlier = first(aboutSpeech, said) ?? first(reports, said);
  const pageDayOnly = earlier !== null;
  const datelines = [...intro, ...opening.map((b) => b.text)]
    .map(openingDateline)
    .filter((d): d is string => d !== null);
  // The lines under the heading that name the meeting, place and date ("17 June 2032") count as the title does;
  // then datelines opening the first paragraphs (the day of the speech or release), short body lines among the
  // first few, and dated lines and kind labels ("PRESS RELEASE") above the heading (a date there may be the day
  // the page was published, weeks later).
  // A bare date under the headline, above a report that says the speech was days before ("on Friday"), is the page's
  // day, not the speech's.
  let lastIntro = -1;
  for (let i = 0; pageDayOnly && i < blocks.length; i++)
    if (intro.includes((blocks[i] as Block).text)) lastIntro = i;
  const pageDays = blocks.filter(
    (b, i) => b.role === 'title' && i > titleAt && i < lastIntro && isDateLine(b.text),
  );
  const leads = [
    // A dateline opening the text is the day of the speech or release; a bare date between the heading and its
    // copy ("18 December 2031") may be the day the page was posted, weeks later.
    ...datelines,
    ...blocks
      .filter((b) => b.role === 'title' && !pageDays.includes(b))
      .slice(1)
      .map((b) => b.text),
    ...[
      ...firstBody,
      ...above
        .filter((b) => (findDate(b.text).year && !pageDayOnly) || isKindLine(b.text))
        .map((b) => b.text),
    ].filter(isLeadLine),
  ];
  const posted = blocks
    .filter(
      (b) =>
        // The day a page was last changed says nothing of the day of the statement ("Last updated: 3 March 2049").
        !UPDATED.test(b.text) &&
        ((b.role === 'boilerplate' && /^(posted|published|publi[ée])\b/i.test(b.text)) ||
          // A page's date field: "Date: 14 June 2035", "When: Monday, 9 November 2037".
          /^\p{Lu}[\p{Ll}]*(?: [\p{Ll}]+){0,2}\s*:\s*\S/u.test(b.text)),
    )
    .map((b) => b.text);
  const facts = [title, ...signatureFacts, ...leads];
  // The heading and the lines under it that name the meeting, in running case ("2065 SAMPLE PLENARY, RIVERMOUTH").
  const headings = [
    title,
    ...blocks
      .filter((b) => b.role === 'title')
      .slice(1)
      .map((b) => b.text),
  ].map(unshouted);
  const stem = fileStem(fileName).replace(/[_-]+/g, ' ');

  // The page's own day (above the headline, in its byline, "Posted on …") and what the report says of the meeting's
  // day against it ("yesterday", "on Friday"): the day of the statement when that names one day.
  const pageDate = pageDayOnly
    ? first(
        [
          ...above.map((b) => b.text).filter(isLeadLine),
          ...headed,
          ...pageDays.map((b) => b.text),
          ...posted,
        ],
        (t) => findDate(t).date,
      )
    : null;
  const reportedDate = pageDate && earlier ? dayBefore(pageDate, earlier) : null;
  // An introduction saying when the speech was given ("Delivered by … at the closing session … on 12 November 2088", a
  // video's description) names its day, after the heading's and datelines' and before the page's own.
  const toldDay = intro.filter((t) => SPEECH_GIVEN.test(t) && findDate(t).date !== null);
  const dated = [...facts, ...(pageDayOnly ? [] : [...toldDay, ...posted])]
    .map(findDate)
    .find((d) => d.year !== null) ??
    (reportedDate ? { year: Number(reportedDate.slice(0, 4)), date: reportedDate } : null) ?? {
      year: null,
      date: null,
    };
  // A byline's or meta bar's date under the heading is the day the page was published, which may be days after the
  // speech: it gives the year only.
  const year =
    dated.year ??
    findYear(title) ??
    first(headed, (t) => findDate(t).year) ??
    first(above.map((b) => b.text).filter(isLeadLine), (t) => findDate(t).year) ??
    findYear(fileStem(fileName));
  // A social post's day stamped without a year over its heading ("21 November at 18:40 ·") is the day it was posted,
  // in the year the heading names: the statement's day when nothing dates it and the post reports no earlier day.
  // A heading that gives the meeting's days as a range ("…, 8-11 November 2069") dates the statement by the day under
  // it, or posted with it, that falls within them ("08.11.2069"): the day it was given.
  const range = dated.date === null ? dayRange(title) : null;
  const date =
    dated.date ??
    (range
      ? first([...leads, ...headed, ...posted], (t) => {
          const day = findDate(t).date;
          return day !== null && day >= range.from && day <= range.to ? day : null;
        })
      : null) ??
    (year !== null && (dated.year === null || dated.year === year) && !pageDayOnly
      ? first(
          above.map((b) => b.text),
          (t) => postDayIn(t, year),
        )
      : null);
  // A place and its country alone under the heading, perhaps in capitals ("LILONGWE, MALAWI"), places it too.
  const placed = first(facts, findPlaceAndCountry) ?? first(headed.map(unshouted), findPlaceAndCountry);
  const thanks = closingThanks(bodyTexts);
  const city =
    first(facts, (t) => findCity(t, true)) ??
    first(headings, findVenue) ??
    placed?.city ??
    first(signatureFacts, findDatelinePlace) ??
    // "Maun, 12 November 2036" under the heading.
    first(leads, findDatelinePlace) ??
    first(datelines, (t) => findCity(t, false)) ??
    first([...intro, ...opening.map((b) => b.text)], colonDatelinePlace) ??
    // A page's introduction saying where the meeting was: "The plenary closed on Friday in Johannesburg, …".
    first(intro, (t) => findCityHere(t, year)) ??
    first(bodyTexts.slice(0, 1), (t) => findCityHere(t, year)) ??
    first(thanks, (t) => findCityHere(t, year)) ??
    findCity(stem, false);
  // A country in the signature may be a signatory's ("Sample Delta Network | Botswana" in a table of signatories):
  // it counts after the known country of the city.
  const country =
    first([title, ...leads], findCountry) ??
    (placed?.city === city ? placed.country : null) ??
    (city ? (MEETING_CITIES.find(([c]) => c === city)?.[1] ?? capitalCountry(city)) : null) ??
    first(signatureFacts, findCountry) ??
    (city ? first([...bodyTexts.slice(0, 1), ...thanks], findHostCountry) : null);
  // A statement signed by several organisations speaks for none of them alone: its first signatory is not its voice.
  const signedBy = new Set(signature.map(findOrganisationIn).filter((o) => o !== null));
  return {
    year,
    date,
    city,
    country,
    meeting: findMeeting([title, ...leads, ...intro], body),
    // An introduction's "at the opening session" says which speech it reproduces; its "address" or "speech" no kind.
    kind:
      findKind([title, ...leads]) ??
      intro.map((t) => findKind([t])).find((k) => k === 'opening' || k === 'closing') ??
      // A text that opens by addressing the room ("Madam Chair,") is a speech, which may quote a document in the
      // third person ("…,” the communiqué noted); a report of it opens with its own words.
      // So is a text addressing no one that ends as a release does ("ENDS", "Notes to editors") or opens on a
      // dateline ("SAMPLETOWN, 12 November 2056 — The coalition says …").
      ((isReportedSpeech(body) ||
        blocks.some((b) => b.role !== 'body' && isReleaseEnd(b.text)) ||
        (bodyTexts[0] !== undefined && openingDateline(bodyTexts[0]) !== null)) &&
      blocks.find((b) => b.role === 'body' || b.role === 'salutation')?.role !== 'salutation'
        ? 'press'
        : null),
    organisation:
      first([title, ...(signedBy.size >= 2 ? [] : signature)], findOrganisationIn) ??
      first(bodyTexts.slice(0, 3), findSpeakingFor) ??
      // A news page's introduction: "The head of the Marula Stones Federation told the plenary …".
      first(intro, findOrganisationIn) ??
      // A report of a statement, addressing no one, that says whose statement it reports: "…, according to a
      // statement released by the Sample Basin Miners Alliance".
      (blocks.some((b) => b.role === 'salutation')
        ? null
        : first(bodyTexts.slice(0, 1), findReportedSender)) ??
      // A letterhead or the site's name above the heading: "Kestrel Mining Watch", "PRESS RELEASE", perhaps one part of
      // a masthead's line ("Sample Network · Issue 41 · December 2084").
      first(above.flatMap((b) => b.text.split(LINE_PARTS)).filter(isOrganisationName), findOrganisationIn) ??
      // A press release's notes to editors or a page's "about us" line saying who sent it: "About the Sample Rivers
      // Network", "1. The Sample Rivers Network is a group of …".
      first(
        blocks.filter((b) => b.role === 'boilerplate' && ABOUT_SENDER.test(b.text)).map((b) => b.text),
        (text) => {
          const about = ABOUT_SENDER.exec(text);
          return findOrganisationIn(about?.[1] ?? about?.[2] ?? '');
        },
      ),
    speaker:
      findSpeaker(signature, signedBy.size) ??
      first(
        blocks.filter((b) => b.role !== 'body').map((b) => b.text),
        findDeliverer,
      ) ??
      first(headed, findNamedWithRole),
  };
}
