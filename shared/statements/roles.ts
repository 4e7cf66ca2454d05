/** What part each paragraph of a statement plays: title, salutation, body, signature or boilerplate. */
import { markArchiveBanner } from './archive-banner';
import { markViewerName } from './document-viewer';
import type { BlockRole } from './model';
import { markTranslations } from './language';
import { isDateLine, isPlaceDateLine } from './months';
import { markNotes } from './notes';
import { markPullQuotes } from './pull-quotes';
import {
  isAboutSender,
  isAuthorCard,
  isBoilerplate,
  isFollowButton,
  isMailHeader,
  isMessageCount,
  isQuoteAttribution,
  isUnderPostAuthor,
  isMenuItem,
  isOrganisationName,
  isPageEnd,
  isTrailingEnd,
} from './residue';
import { isSalutation, isStandaloneSalutation } from './salutations';
import { sentencesOf } from './sentences';

const THANK_YOU =
  /^((and )?((i|we) )?(thank you|thanks)( (all|very much|so much))?( for your (kind )?(attention|time))?|(je vous )?merci( beaucoup)?( (de|pour) votre (aimable )?attention)?|je vous remercie( (de|pour) votre (aimable )?attention)?)\s*[.!]?$/i;
// "Thank you, Chairperson.", "Merci, Madame la Présidente.": thanks that name whom they address.
const THANKS_ADDRESSED =
  /^(thank you( very much| so much)?|thanks|merci( beaucoup)?|je vous remercie),\s+(.+?)\s*[.!]?$/i;
// "I look forward to our work this week. Thank you.": one short sentence that takes leave, then the thanks.
const LEAVE_THEN_THANKS = /^([^.!?]{1,90}[.!])\s+(\S.*)$/;

// Who gave the speech: "Delivered by the coordinator, Jane Doe.", "Read on behalf of the Network by …".
const DELIVERED_BY =
  /^(delivered|read|presented|given|spoken)\s+(by|on behalf of|for and on behalf of|au nom de|par)\s+[^.!?]{2,140}\.?$/i;

// … or a description's first sentence, which says where too: "Delivered by …, coordinator of …, at the closing
// session of the … Plenary in Victoria Falls on 12 November 2088."
const DELIVERED_BY_AT = /^(delivered|read|presented|given|spoken)\s+by\s+[^.!?]{2,260}\.$/i;

/**
 * What a line saying who gave the speech names after its last "by" ("Delivered by Jane Doe, President, Sample
 * Council" → "Jane Doe, President, Sample Council"); null for any other line, or one naming no one by.
 */
export function deliveredBy(text: string): string | null {
  // Its first sentence: a video's or post's description says more after it.
  const line = sentencesOf(text.trim())[0] as string;
  if (!DELIVERED_BY.test(line) && !(DELIVERED_BY_AT.test(line) && line !== text.trim())) return null;
  return /.*\b(?:by|par)\s+([^.!?]+)\.?$/i.exec(line)?.[1] ?? null;
}

/** True for a line of thanks that closes a speech: "Thank you.", "Thank you, Madam Chair.", "Merci." */
function isThanks(text: string): boolean {
  if (THANK_YOU.test(text)) return true;
  const addressed = THANKS_ADDRESSED.exec(text)?.[4];
  return addressed !== undefined && isStandaloneSalutation(`${addressed},`);
}

/** How a line naming a role begins: "Coordinator, …", "Head of Delegation", "On behalf of …", "Le coordinateur …". */
export const ROLE_START =
  /^(co-?ordinator|coordinator|chair|director|secretary|spokes(person|man|woman)|representative|president|member|head|focal point|on behalf of|for and on behalf of|executive|programme|program|founder|vice|pour l['’]|pour les? |pour la |au nom d|(l[ae] |l['’])?(co-?ordinat(eur|rice)|présidente?|direct(eur|rice)|secrétaire|porte-parole|représentante?|membre)\b)/i;
const NAME_PARTICLE = /^(van|von|de|da|du|la|le|der|den|di|dos|bin|al|el|ter|mc)$/i;
const MINOR_WORDS = /^(of|the|on|and|for|in|at|to|a|an|behalf|de|du|des|la|le|et)$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** True for a line that can be a statement's title: one short line that does not end like a sentence. */
export function isTitleLike(text: string): boolean {
  if (text.length > 250 || text.includes('\n')) return false;
  const n = words(text).length;
  if (n === 0 || n > 30) return false;
  if (/[,;]$/.test(text)) return false;
  // A line ending like a sentence is the start of the body, unless it is a few title-cased words.
  return !/[.?!]$/.test(text) || (n <= 5 && words(text).every((w) => /^[^\p{Ll}]/u.test(w)));
}

/** True for a person's name: two to five capitalised words, with particles and initials allowed. */
export function isNameLine(text: string): boolean {
  if (text.length > 80) return false;
  const parts = words(text.replace(/^(dr|mr|mrs|ms|prof|rev|hon)\.?\s+/i, ''));
  if (
    parts.length < 2 ||
    parts.length > 5 ||
    /\d/.test(text) ||
    /[.,;:!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))
  ) {
    return false;
  }
  return parts.every((part) => NAME_PARTICLE.test(part) || /^\p{Lu}[\p{L}'’.-]*$/u.test(part));
}

/** True for a short title-cased line naming a role or an organisation: "Coordinator, KP Civil Society Coalition". */
function isRoleLine(text: string): boolean {
  const all = words(text);
  if (all.length > 20 || /[?!]$/.test(text)) return false;
  if (ROLE_START.test(text)) return true;
  const significant = all.filter((w) => /\p{L}/u.test(w) && !MINOR_WORDS.test(w.replace(/[^\p{L}]/gu, '')));
  const capitalised = significant.filter((w) => /^[("“‘]?[\p{Lu}\p{N}]/u.test(w));
  return significant.length > 0 && all.length <= 12 && capitalised.length / significant.length >= 0.75;
}

// How to reach the signer, on a line of its own under the name: "info@sample.example", "Email: …", "Tel. +27 11 555
// 0100", "www.sample.example".
const CONTACT_LINE =
  /^((e-?mail|tel(ephone)?|phone|mobile|web(site)?)\.?\s*:?\s*)?([\w.+-]+@[\w-]+(\.[\w-]+)+|\+?[\d ()./-]{7,20}|(https?:\/\/|www\.)\S+)$/i;

/** True for a line that can close a statement: a name, a role or organisation, a place and date, "Thank you". */
export function isSignatureLike(text: string): boolean {
  if (text.length > 150 || words(text).length > 20) return false;
  // A bilingual line says the same twice: "Thank you. / Merci."
  const halves = text.split(/\s+\/\s+/);
  if (halves.length === 2) return halves.every(isSignatureLike);
  if (isThanks(text) || isNameLine(text) || DELIVERED_BY.test(text) || CONTACT_LINE.test(text)) return true;
  const leave = LEAVE_THEN_THANKS.exec(text);
  if (leave && words(leave[1] as string).length <= 12 && isThanks(leave[2] as string)) return true;
  if (
    /\b(19|20)\d{2}\b/.test(text) &&
    words(text).length <= 8 &&
    !/[.?!]$/.test(text.replace(/\d{4}\.$/, ''))
  ) {
    return true; // a place and date line: "New Delhi, 22 November 2019"
  }
  // "Pour le Réseau,", "On behalf of the Coalition,": a comma that ends the line leaves no empty part.
  const parts = text.split(/,\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => isNameLine(part) || isRoleLine(part));
}

// The line over a list of those who sign a statement: "Signatories:", "Signed by the member organisations:",
// "Endorsed by:", "Signataires :".
const SIGNATORIES =
  /^((this statement (is|was|has been) )?(jointly |co-?)?(signed|endorsed|supported)( by)?\b[^.!?:]{0,80}|(list of )?(signatories|signatory organi[sz]ations|endorsements?|endorsing organi[sz]ations)|(liste des )?signataires|sign[ée]e? par\b[^.!?:]{0,80})\s*:$/i;
/** True for the line over a list of those who sign a statement: "Signatories:", "Signed by:", "Endorsed by:". */
export function isSignatoriesLead(text: string): boolean {
  return SIGNATORIES.test(text.trim());
}

// How many lines may close a statement (thanks, name, role, place and date), beside a list of signatories.
const CLOSING_LINES = 6;

/** True for one name in a list of signatories: a short line naming a person or an organisation, no sentence. */
function isListedName(text: string): boolean {
  return words(text).length <= 12 && !/[.!?:;]$/.test(text) && isSignatureLike(text);
}

// A table of signatories' header row, a cell a line: "Organisation", "Country", "Name", "Pays".
const COLUMN_LABEL =
  /^(organi[sz]ations?|countr(y|ies)|names?|signator(y|ies)|positions?|titles?|roles?|affiliations?|pays|noms?|organismes?)$/i;

// A count on a line of its own: a writing platform's claps and responses under a post ("128", "2", "1.2K").
const COUNT = /^\d[\d,.]*\s?[km]?$/i;
// How many topic tags a writing platform lists under a post.
const TAG_RUN = 8;

/** True for a topic tag on a line of its own: one to three capitalised words, no digit or punctuation. */
function isTagLine(text: string): boolean {
  const all = words(text);
  return (
    all.length >= 1 &&
    all.length <= 3 &&
    all.every((w) => /^\p{Lu}[\p{L}'’&-]*$/u.test(w)) &&
    !isThanks(text) &&
    !isSalutation(text)
  );
}

// A newsletter box's button and what it promises above it: "Sign up", "The week's news in your inbox every Monday.",
// "Get the Minerals Daily briefing".
const SIGN_UP = /^(sign up|subscribe( now)?|join( now)?|register)\s*[.!]?$/i;
const NEWSLETTER_WORDS = /\b(inbox|newsletters?|e-?mail|briefings?|digest|subscribe|sign up)\b/i;
// How many lines a newsletter box has above its button.
const NEWSLETTER_LINES = 3;

/**
 * Marks as furniture a newsletter box copied with the text ("Get the … briefing", "… in your inbox every Monday.",
 * "Sign up"): the lines right above a sign-up button that speak of e-mail, newsletters or briefings.
 */
function markNewsletterBoxes(paragraphs: readonly string[], roles: BlockRole[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    if (!SIGN_UP.test((paragraphs[i] as string).trim())) continue;
    for (let k = i - 1; k >= 0 && i - k <= NEWSLETTER_LINES; k--) {
      const line = paragraphs[k] as string;
      if (words(line).length > 25 || !NEWSLETTER_WORDS.test(line)) break;
      roles[k] = 'boilerplate';
    }
  }
}

/** Words of the scheme and its meetings: a topic tag ("Kimberley Process", "Plenary Session") names no person. */
export const SCHEME_WORDS = /\b(kimberley|process|plenary|intersessional|meeting|session|diamonds?)\b/i;

/**
 * Marks as furniture a writing platform's topic tags copied one per line after the text, over its counters
 * ("Kimberley Process", "Plenary", "Civil Society", then "128"): two or more tag lines right above a count are the
 * platform's, not a signature (a name and a role are never followed by a bare number). With no count under them, the
 * tag lines that end the text are the platform's when one names the scheme or its meetings and none is a role or a
 * sender's name of three words or more: three or more such lines, or two that are each one word or name the scheme
 * (a person is not called "Kimberley Process"; "Jane Doe" over "Diamond Watch" stays a signature).
 */
function markTopicTags(paragraphs: readonly string[], roles: BlockRole[]): void {
  for (let i = 2; i < paragraphs.length; i++) {
    if (!COUNT.test((paragraphs[i] as string).trim())) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= TAG_RUN && roles[k] === 'body' && isTagLine(paragraphs[k] as string)) k--;
    if (i - 1 - k >= 2) roles.fill('boilerplate', k + 1, i);
  }
  // A two-word tag may look like an organisation's name ("Civil Society"); a sender's name is longer.
  const isTag = (line: string) =>
    isTagLine(line) && !ROLE_START.test(line) && !(isOrganisationName(line) && words(line).length > 2);
  // A tag of one word, or one naming the scheme, is no person's name.
  const isTopic = (line: string) => words(line).length === 1 || SCHEME_WORDS.test(line);
  const end = roles.lastIndexOf('body');
  let k = end;
  while (k >= 0 && end - k < TAG_RUN && roles[k] === 'body' && isTag(paragraphs[k] as string)) k--;
  const tags = paragraphs.slice(k + 1, end + 1);
  if (
    tags.some((tag) => SCHEME_WORDS.test(tag)) &&
    (tags.length >= 3 || (tags.length === 2 && tags.every(isTopic)))
  )
    roles.fill('boilerplate', k + 1, end + 1);
}

/**
 * Where the list of those who sign the statement begins (its lead-in, else its first name), or -1: names at the end
 * under a lead-in ("Signatories:"), or more names in a row than the closing lines can hold, not under a line
 * ending in ":" (a list inside the speech).
 */
function signatoryList(lines: readonly string[], first: number): number {
  let k = lines.length - 1;
  while (k > first && isListedName(lines[k] as string)) k--;
  if (k === lines.length - 1) return -1;
  const before = lines[k] ?? '';
  if (SIGNATORIES.test(before)) return k;
  return lines.length - 1 - k > CLOSING_LINES && !/:$/.test(before) ? k + 1 : -1;
}

/**
 * Where a statement's signature lines (`signature`, in order) hold a list of signatories: its lead-in, else its first
 * name when more names stand in a row than the closing lines can hold; -1 when there is none.
 */
export function signatoriesIn(signature: readonly string[]): number {
  return signatoryList(signature, -1);
}

// How many lines at the top may come before the statement's own heading (site name, menu, tagline).
const HEAD_LINES = 6;
// How many paragraphs a news page's introduction to a speech may have.
const INTRO_LINES = 6;
// The line that ends a news page's introduction to the speech it reproduces: "The following is the full text of
// his address to the meeting:", "Read the full speech below:", "Full text of the statement:".
// A news paragraph whose last sentence says the text comes next does the same: "… Its closing statement follows in
// full.", "The full text of her address is reproduced below."
const FULL_TEXT_FOLLOWS =
  /^((the )?following is the (full |complete |whole )?(text|transcript)|(read|see) the (full |complete )?(speech|statement|text|remarks) below)\b[^.!?]{0,100}[:.]$|^(read )?(the )?(full|complete) (text|speech|statement|transcript)\b[^.!?]{0,100}:$|(^|[.!?]\s+)(its|his|her|their|the) ((full|complete|whole) )?(text of )?(the |its |his |her |their )?((opening|closing) )?(statement|speech|remarks|address|intervention)\b[^.!?]{0,60}\b(follows?|(is|are) (reproduced|printed|published) (below|here|in full))( (in full|below|here))?[.:]$/i;

// An editor's sentence that points to the text under it: "… our coordinator read the statement below in the last
// session.", "We post the full speech below." It introduces the speech when the addresses follow it.
const POINTS_BELOW =
  /\b(the|our|this|its|his|her|their) ((full|complete|whole) )?((opening|closing) )?(statement|speech|remarks|address|intervention|text) (below|that follows|which follows)\b/i;

// How far into the statement the opening salutations may reach.
const OPENING_RUN = 14;
// Words that make a line a statement's heading rather than a site's name or tagline: the kind of text it is,
// and the meeting it was given at (in English and French).
const STATEMENT_WORDS =
  /(^|[\s'’(])(statements?|speech|remarks|address|intervention|press release|communiqu[eé]|submission|letter|declaration|keynote|discours|d[ée]claration|allocution|intervention)(?![\p{L}])/iu;
const MEETING_WORDS =
  /(^|[\s'’(])(plenary|intersessional|opening|closing|meeting|session|pl[ée]ni[eè]re|intersessionnelle|r[ée]union|ouverture|cl[ôo]ture)(?![\p{L}])/iu;

/** True for a paragraph of speech: a sentence of some length, not a quoted extract or a heading. */
function isProse(text: string): boolean {
  if (/^["“‘'«]/.test(text)) return false;
  const n = words(text).length;
  return n > 45 || (n >= 6 && /[.!?]["”’)]?$/.test(text));
}

/**
 * True for a second heading standing over the addresses: "Coalition Plenary 2034 Opening Speech" under a news
 * headline and its standfirst. It names the kind of text and does not end like a sentence.
 */
function isHeadingOverAddresses(text: string): boolean {
  return isTitleLike(text) && !/[.!?]$/.test(text) && headingScore(text) >= 2 && !isSalutation(text);
}

/** True when the addresses begin at line `at`, or one line later after a place and date or a second heading. */
function addressesFollow(lines: readonly string[], at: number): boolean {
  const next = lines[at] ?? '';
  return (
    isSalutation(next) ||
    ((isPlaceDateLine(next) || isHeadingOverAddresses(next)) && isSalutation(lines[at + 1] ?? ''))
  );
}

// How many lines a post's header may have between its excerpt and the speech: the author, the date, "Follow".
const POST_HEADER_LINES = 3;

/**
 * How many lines of a post's header begin at `at` (its author's name, byline, date or date with the reading time,
 * "Follow"): what may stand between a post's excerpt and the addresses.
 */
function postHeader(lines: readonly string[], at: number): number {
  let n = 0;
  while (n < POST_HEADER_LINES && at + n < lines.length) {
    const line = lines[at + n] as string;
    if (!(isNameLine(line) || isByline(line) || isDateLine(line) || isFollowButton(line))) break;
    n++;
  }
  return n;
}

// A dateline run into the paragraph it opens: "MAUN, BOTSWANA, 9 June 2037 – Madam Chair, …", "Lisbon (12 June
// 2032) — …": a short lead with a year, then a dash.
const DATELINE_LEAD = /^([^.!?–—]{3,70}?)\s+[–—-]{1,2}\s+(?=\p{Lu})/u;

/** The paragraph without the dateline that opens it (the paragraph itself when none does). */
function afterDateline(text: string): string {
  const m = DATELINE_LEAD.exec(text);
  const lead = m?.[1] ?? '';
  return m && /\b(19|20)\d{2}\b/.test(lead) && words(lead).length <= 10 ? text.slice(m[0].length) : text;
}

/**
 * How much a line looks like a statement's heading: names a kind of statement or meeting, and a year. A dateline
 * ("November 14, 2018") has a year but dates a headline; it is no heading.
 */
function headingScore(text: string): number {
  if (isDateLine(text) || isPlaceDateLine(text)) return 0;
  return (
    (STATEMENT_WORDS.test(text) ? 2 : 0) +
    (MEETING_WORDS.test(text) ? 1 : 0) +
    (/\b(19|20)\d{2}\b/.test(text) ? 1 : 0)
  );
}

/**
 * True for a short line under the heading that belongs to it: the meeting, place or date the statement was given
 * at ("2032 Intersessional Meeting, Swakopmund", "17 June 2032"), never a sentence or an address.
 */
function isSubheading(text: string): boolean {
  // "Delivered by the network's coordinator on 21 November 2084.": who gave it and when, under the heading.
  if (DELIVERED_BY.test(text) && /\b(19|20)\d{2}\b/.test(text) && words(text).length <= 20) return true;
  return (
    isTitleLike(text) &&
    !/[.!?]$/.test(text) &&
    !isSalutation(text) &&
    words(text).length <= 16 &&
    (MEETING_WORDS.test(text) || /\b(19|20)\d{2}\b/.test(text))
  );
}

/** True for an author's line under a headline: "By Jane Doe", "Par Jean Dupont". */
function isByline(text: string): boolean {
  const m = /^(by|par|written by|posted by)\s+(.+)$/i.exec(text.trim());
  return m !== null && isNameLine((m[2] as string).replace(/[,|–—-].*$/, '').trim());
}

// A line under a news headline that only says it is a press statement and about what: "Press statement on the
// intersessional meeting", "Media release following the 2031 plenary" (a bare "Statement on/to …" is a heading).
const KIND_KICKER =
  /^((press|media|news)\s+(statement|release|briefing)s?|communiqu[eé] de presse)\s+(on|at|of|by|from|after|following|about|sur|de|à|après)\b/i;

/**
 * The headline over a kind-of-text line: when the best heading only says what kind of text follows and the line
 * just above it is a headline (not the site's name, a dateline or a byline), the headline is the title.
 */
function kickerHeadline(lines: readonly string[], head: readonly number[], best: number): number | undefined {
  const at = head.indexOf(best);
  const above = at > 0 ? (head[at - 1] as number) : -1;
  if (above < 0 || !KIND_KICKER.test(lines[best] as string)) return undefined;
  const line = lines[above] as string;
  return isOrganisationName(line) || isDateLine(line) || isByline(line) ? undefined : above;
}

// A news site's sections copied one per line ("Markets", "Auctions", "Policy", "Opinion"): this many short lines in a
// row at the top are its menu, whatever their words.
const MENU_RUN = 3;

/** True for a line that may be one section of a menu: one or two capitalised words, no digit, no punctuation. */
function isSectionName(text: string): boolean {
  const all = words(text);
  return (
    all.length <= 2 &&
    all.every((w) => /^\p{Lu}[\p{L}&'’-]*$/u.test(w)) &&
    headingScore(text) === 0 &&
    !isSalutation(text) &&
    !isThanks(text)
  );
}

/** For each line, whether it is in a run of MENU_RUN or more section names: a menu copied one item per line. */
function menuRuns(lines: readonly string[]): boolean[] {
  const inRun = lines.map(() => false);
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && isSectionName(lines[end] as string)) end++;
    if (end - start >= MENU_RUN) inRun.fill(true, start, end);
    start = Math.max(end, start + 1);
  }
  return inRun;
}

/**
 * Which of the first lines is the statement's own heading: among the short lines before the salutations or the
 * first paragraph of speech, the one that names a statement or meeting (else the first that is not a site's
 * name, a dateline or a byline). -1 when there is none.
 */
function headingIndex(lines: readonly string[]): number {
  const head: number[] = [];
  const menu = menuRuns(lines.slice(0, HEAD_LINES + 24));
  // A menu copied one item per line ("Home", "About us", "Statements") is no heading and does not count.
  for (let k = 0, seen = 0; k < lines.length - 1 && seen < HEAD_LINES; k++) {
    const line = lines[k] as string;
    if (isMenuItem(line) || menu[k] === true) continue;
    if (isSalutation(line) || isProse(line)) break;
    if (isTitleLike(line)) head.push(k);
    seen++;
  }
  if (!head.length) return -1;
  const best = head.reduce((a, b) =>
    headingScore(lines[b] as string) > headingScore(lines[a] as string) ? b : a,
  );
  if (headingScore(lines[best] as string) > 0) return kickerHeadline(lines, head, best) ?? best;
  // Else the headline: the last short line above the text that is not the site's name, a dateline or a byline
  // (a site's name and tagline stand above the headline, the headline stands over the text).
  const named = head.filter((k) => !isOrganisationName(lines[k] as string));
  const headlines = named.filter(
    (k) =>
      !isDateLine(lines[k] as string) &&
      !isPlaceDateLine(lines[k] as string) &&
      !isByline(lines[k] as string),
  );
  return headlines.at(-1) ?? named[0] ?? (head[0] as number);
}

/** True for a page field's label on a line of its own: "News type:", "Region:" (not an address, "Dear colleagues:"). */
function isFieldLabel(text: string): boolean {
  return (
    /^\p{Lu}[\p{L} ]{1,30}:$/u.test(text) &&
    words(text).length <= 3 &&
    !isSalutation(text) &&
    !SIGNATORIES.test(text) &&
    // A widget's label ("Share this:") goes alone; the line after it may be the statement's own.
    !isBoilerplate(text)
  );
}

/** True for a field's short value: "News article", "Southern Africa" — no sentence, date, address or signature. */
function isFieldValue(text: string): boolean {
  return (
    words(text).length <= 4 &&
    !/[.!?:;,]$/.test(text) &&
    !isDateLine(text) &&
    !isSalutation(text) &&
    !THANK_YOU.test(text)
  );
}

// Words a section heading does not end on: a line cut off in mid-sentence ("The review mission to the") is no heading.
const OPEN_END =
  /\b(the|a|an|of|to|and|or|in|on|for|with|by|at|from|that|which|its|their|our|is|are|was|were|be|as|des|du|de|la|le|les|et)$/i;
// A section number before a heading: "2.", "II.", "B)", "2.1".
const SECTION_NUMBER = /^((\d{1,2}(\.\d{1,2})*|[IVX]{1,5}|[A-H])[.)]\s+)/;

/**
 * True for a section heading inside a speech: a few capitalised words on a line of their own that do not end like a
 * sentence or an address ("On the definition", "Central African Republic", "2. Review and reform"), nor stop in
 * mid-phrase.
 */
function isSectionHeading(text: string): boolean {
  const line = text.trim();
  const bare = line.replace(SECTION_NUMBER, '');
  const n = words(bare).length;
  return (
    n >= 1 &&
    n <= 10 &&
    bare.length <= 90 &&
    /^[\p{Lu}\d"“‘]/u.test(bare) &&
    /\p{L}[\p{L}\d)"”’]*$/u.test(bare) &&
    !OPEN_END.test(bare) &&
    !isSalutation(line) &&
    !isStandaloneSalutation(`${line},`) &&
    !isThanks(line) &&
    !isDateLine(line) &&
    !isPlaceDateLine(line)
  );
}

// Any field of an e-mail's header, as it stands beside the ones that name an address: "Date: …", "Subject: …".
const MAIL_FIELD =
  /^(from|sent|date|to|cc|bcc|reply-to|subject|de|envoy[ée]|à|objet|von|gesendet|an|betreff|datum)\s*:\s*\S/i;
// The leave a cover note takes before its sender's name: "Best regards,", "Kind regards", "Cordialement,".
const VALEDICTION =
  /^((with )?(best|kind|warm|many)( regards| wishes| thanks)?|regards|cheers|thanks( again)?|sincerely|yours( sincerely| faithfully| truly)?|cordialement|bien (à|a) vous|bien cordialement|salutations( distingu[ée]es)?|amiti[ée]s)\s*[,.!]?$/i;
// How far below an e-mail's header its cover note may reach, and how many lines may name its sender.
const COVER_LINES = 8;
const SENDER_LINES = 2;

// How many lines into a quoted text its heading or addresses may stand.
const QUOTED_OPENING = 3;

/** True for a text that opens as a statement does: its heading ("Closing statement of …") or its addresses. */
function opensAsStatement(lines: readonly string[]): boolean {
  const top = lines.slice(0, QUOTED_OPENING);
  return top.some((line) => isSalutation(line) || (isTitleLike(line) && headingScore(line) >= 2));
}

/**
 * An e-mail's frame around a statement sent in it: the header's fields (a "Date:" or "Subject:" beside a "From:" with
 * an address) and the sender's cover note under them ("Dear members, / Please find below … / Best regards, / Sample
 * Secretariat"), when the note takes its leave before the statement's own lines begin.
 */
function markMailFrame(paragraphs: readonly string[], roles: BlockRole[]): void {
  // A note written over the text an e-mail quotes ("Hi all, / Forwarding the statement … / Sample Officer" over "On
  // …, … wrote:") is the sender's, when the quoted text is the longer or opens as a statement does (its heading, or
  // its addresses), however long the note.
  const attribution = paragraphs.slice(0, COVER_LINES + 4).findIndex(isQuoteAttribution);
  const prose = (part: readonly string[]) => part.filter(isProse).join(' ').length;
  const quoted = paragraphs.slice(attribution + 1);
  if (
    attribution >= 0 &&
    (prose(quoted) > 2 * prose(paragraphs.slice(0, attribution)) || opensAsStatement(quoted))
  )
    roles.fill('boilerplate', 0, attribution);
  const head = paragraphs.slice(0, 24);
  let last = -1;
  head.forEach((p, i) => {
    if (!isMailHeader(p)) return;
    for (let k = i; k >= 0 && MAIL_FIELD.test(paragraphs[k] as string); k--) roles[k] = 'boilerplate';
    let k = i;
    for (; k < paragraphs.length && MAIL_FIELD.test(paragraphs[k] as string); k++) roles[k] = 'boilerplate';
    last = Math.max(last, k - 1);
  });
  if (last < 0) return;
  const leave = paragraphs.findIndex(
    (p, i) => i > last && i <= last + COVER_LINES && VALEDICTION.test(p.trim()),
  );
  if (leave < 0) return;
  let end = leave;
  // The sender's name and role under the leave, never the statement's heading ("Closing statement of the … Network").
  const isSender = (line: string) =>
    (isNameLine(line) || isOrganisationName(line) || isSignatureLike(line)) &&
    !isProse(line) &&
    headingScore(line) === 0;
  while (end - leave < SENDER_LINES && isSender((paragraphs[end + 1] ?? '').trim())) end++;
  if (!paragraphs.slice(end + 1).some(isProse)) return;
  roles.fill('boilerplate', last + 1, end + 1);
}

// A breadcrumb trail: "Home › News › 2063 › Statements", "Accueil > Actualités".
const BREADCRUMB = /^(home|accueil|start|inicio)\s*[»>/|›·•]/i;

/**
 * Marks as furniture what stands above a page's breadcrumb trail ("Home › News › 2063 › Statements") when the page's
 * heading stands under it, before the speech (`speech`, the first paragraph of prose): a site's navigation, however
 * long its menu, sits above the trail and the page's own heading below it.
 */
function markAboveBreadcrumb(paragraphs: readonly string[], roles: BlockRole[], speech: number): void {
  const before = speech < 0 ? paragraphs.length : speech;
  const trail = paragraphs.findIndex((p, i) => i < before && BREADCRUMB.test(p.trim()));
  if (trail < 0) return;
  const heading = paragraphs.findIndex((p, i) => {
    const line = p.trim();
    return (
      i > trail &&
      i < before &&
      roles[i] === 'body' &&
      isTitleLike(line) &&
      !isDateLine(line) &&
      !isPlaceDateLine(line) &&
      !isOrganisationName(line) &&
      !isSalutation(line)
    );
  });
  if (heading >= 0) roles.fill('boilerplate', 0, trail);
}

// The last words a speech says to the room: "Thank you.", "… for your attention", "… for its hospitality".
const CLOSING_THANKS =
  /\bthank(s| you)?\b.{0,120}\b(attention|hospitality|patience|listening)\b[^.!?]{0,80}[.!]$/i;
// How many paragraphs of speech come before its closing thanks, at least, when another article follows.
const SPEECH_BEFORE_THANKS = 3;

/**
 * True when the line at `i` heads another article after the speech, as a newsletter's next item does: a short heading
 * right after the speech's closing thanks (at least three paragraphs of speech before it, in the later half of the
 * page's prose), over a paragraph of prose. The speech's own section headings never follow its closing thanks.
 * `proseUpTo[k]` counts the paragraphs of prose before paragraph k.
 */
function isNextArticle(
  paragraphs: readonly string[],
  roles: readonly BlockRole[],
  speech: number,
  i: number,
  proseUpTo: readonly number[],
): boolean {
  const thanks = paragraphs[i - 1] as string;
  const next = paragraphs[i + 1];
  const heading = paragraphs[i] as string;
  if (next === undefined || roles.slice(i - 1, i + 2).some((r) => r !== 'body') || !isProse(next))
    return false;
  // A name or a role under the thanks signs the speech ("Coordinator, Sample Coalition").
  if (!isSectionHeading(heading) || isSignatureLike(heading)) return false;
  if (!(isThanks(thanks) || CLOSING_THANKS.test(thanks))) return false;
  const before = (proseUpTo[i - 1] as number) - (proseUpTo[speech] as number);
  return before >= SPEECH_BEFORE_THANKS && before + 1 >= (proseUpTo[paragraphs.length] as number) / 2;
}

/**
 * Gives each paragraph its role. Web residue is boilerplate, and so is everything after a line that ends the
 * statement on a page ("Follow us", "0 Comments", "Read the full speech here:"). The statement's own heading is
 * the title, and what stands above it (a site's name, its menu) is page furniture. Addresses anywhere in the
 * opening run, and a salutation standing alone later on, are salutations; the closing name/role/"Thank you"
 * lines are the signature; everything else is body.
 */
export function assignRoles(paragraphs: readonly string[]): BlockRole[] {
  const roles: BlockRole[] = paragraphs.map((p) => (isBoilerplate(p) ? 'boilerplate' : 'body'));
  // A page's field shown as a label over its value ("News type:" over "News article") is the page's, not the
  // speech's; a date keeps its place (it may date the statement).
  for (let i = 1; i < paragraphs.length; i++) {
    if (isFieldLabel(paragraphs[i - 1] as string) && isFieldValue(paragraphs[i] as string)) {
      roles[i - 1] = 'boilerplate';
      roles[i] = 'boilerplate';
    }
  }
  // A label that ends on "by" ("NEWS PROVIDED BY", "Distributed by:") names whom on the line under it: the wire's
  // sender, not the text's.
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const name = (paragraphs[i + 1] as string).trim();
    if (
      roles[i] === 'boilerplate' &&
      /\b(provided|distributed|issued|released|written|posted|submitted) by\s*:?$/i.test(
        paragraphs[i] as string,
      ) &&
      (isOrganisationName(name) || isNameLine(name))
    )
      roles[i + 1] = 'boilerplate';
  }
  // An author's name over a follow button ("Sample Writer" over "Follow"), a count of followers or the post's age
  // ("Sample Network" over "1,284 followers") is the post's byline.
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const name = paragraphs[i] as string;
    if (isUnderPostAuthor(paragraphs[i + 1] as string) && (isNameLine(name) || isOrganisationName(name)))
      roles[i] = 'boilerplate';
  }
  // A web-mail print view's subject over its count of messages ("1 message") is the mail's, not the statement's heading.
  for (let i = 0; i + 1 < paragraphs.length; i++)
    if (isMessageCount(paragraphs[i + 1] as string)) roles[i] = 'boilerplate';
  markMailFrame(paragraphs, roles);
  markArchiveBanner(paragraphs, roles);
  markViewerName(paragraphs, roles);
  const speech = paragraphs.findIndex((p, i) => roles[i] === 'body' && isProse(p));
  // "Read the full speech below:" ends a news page's introduction, not the page (the speech follows).
  // "Tagged: …", "« Older post", "Related items" end it too when no paragraph of speech follows them.
  let lastProse = paragraphs.length - 1;
  while (lastProse >= 0 && !(roles[lastProse] === 'body' && isProse(paragraphs[lastProse] as string)))
    lastProse--;
  // How many paragraphs of prose come before each paragraph (and, at the end, in all).
  const proseUpTo = [0];
  paragraphs.forEach((p, k) =>
    proseUpTo.push((proseUpTo[k] as number) + (roles[k] === 'body' && isProse(p) ? 1 : 0)),
  );
  const end =
    speech < 0
      ? -1
      : paragraphs.findIndex(
          (p, i) =>
            i > speech &&
            ((isPageEnd(p) && !FULL_TEXT_FOLLOWS.test(p)) ||
              (i > lastProse && isTrailingEnd(p)) ||
              isAuthorCard(paragraphs, i) ||
              isAboutSender(paragraphs, i) ||
              isNextArticle(paragraphs, roles, speech, i, proseUpTo)),
        );
  if (end >= 0) roles.fill('boilerplate', end);
  markTopicTags(paragraphs, roles);
  markNewsletterBoxes(paragraphs, roles);
  markNotes(paragraphs, roles);
  markAboveBreadcrumb(paragraphs, roles, speech);
  markPullQuotes(paragraphs, roles);
  const content = paragraphs.flatMap((p, i) => (roles[i] === 'body' ? [i] : []));
  const lines = content.map((i) => paragraphs[i] as string);
  const setRole = (k: number, role: BlockRole) => (roles[content[k] as number] = role);

  let first = 0;
  const heading = headingIndex(lines);
  if (heading >= 0) {
    for (let k = 0; k < heading; k++) setRole(k, 'boilerplate');
    setRole(heading, 'title');
    first = heading + 1;
    // The lines under the heading that name the kind of text, the meeting, place and date are the heading's,
    // not the speech's.
    while (
      first < content.length - 1 &&
      (isSubheading(lines[first] as string) ||
        (first === heading + 1 && KIND_KICKER.test(lines[first] as string)))
    )
      setRole(first++, 'title');
  }
  // A news page's introduction ending "The following is the full text of his address:" is the page's, not the
  // speech's: the speech begins after that line.
  // (The line may already be furniture, as a "read …" line is, so it is looked for among all paragraphs.)
  const from = first > 0 ? (content[first - 1] as number) + 1 : 0;
  const upTo = content[Math.min(content.length - 1, first + INTRO_LINES)] as number;
  const marker = paragraphs.findIndex(
    (p, i) =>
      i >= from &&
      i < upTo &&
      (FULL_TEXT_FOLLOWS.test(p) || (POINTS_BELOW.test(p) && isSalutation(paragraphs[i + 1] ?? ''))),
  );
  if (marker >= 0) {
    while (first < content.length - 1 && (content[first] as number) <= marker)
      setRole(first++, 'boilerplate');
  }
  let opening = first;
  let addressed = false;
  let addressedAt = -1;
  for (; opening < content.length - 1 && opening < first + OPENING_RUN; opening++) {
    const line = lines[opening] as string;
    if (isSalutation(line) || isSalutation(afterDateline(line))) {
      setRole(opening, 'salutation');
      if (!addressed) addressedAt = opening;
      addressed = true;
    }
    // A place and date before the addresses dates the heading ("Kasane, 9 November 2038"), as one under it does.
    else if (!addressed && isPlaceDateLine(line)) setRole(opening, 'title');
    // So does a second heading right over them ("… Plenary 2034 Opening Speech" under a news headline).
    else if (!addressed && isHeadingOverAddresses(line) && addressesFollow(lines, opening + 1))
      setRole(opening, 'title');
    // A lead-in sentence over the addresses ("The following statement was delivered by …", a page's standfirst,
    // perhaps with a dateline between them) does not end them.
    else if (isProse(line) && !addressesFollow(lines, opening + 1 + postHeader(lines, opening + 1))) break;
  }
  // The short lines between the heading and the addresses are the post's header, not speech: a subtitle, the author,
  // "Follow", the date (which dates the heading, as a place and date there does).
  for (let k = first; k < addressedAt; k++) {
    const line = lines[k] as string;
    if (roles[content[k] as number] !== 'body' || isProse(line) || /^["“‘'«]/.test(line)) continue;
    if (words(line).length <= 16 && isTitleLike(line)) setRole(k, isDateLine(line) ? 'title' : 'boilerplate');
  }
  // A sentence under the heading with the post's header lines between it and the addresses (its author, date,
  // reading time, a place and date) is the post's excerpt or the page's standfirst, not speech. One right over the
  // addresses may be the speech's own lead-in; a release addresses no one, so its standfirst stays its first
  // paragraph.
  for (let k = first; k < addressedAt && heading >= 0; k++) {
    const at = content[k] as number;
    const speech = content[addressedAt] as number;
    if (roles[at] === 'body' && isProse(lines[k] as string) && speech - at > 1) {
      if (roles.slice(at + 1, speech).every((role) => role !== 'body')) setRole(k, 'boilerplate');
    }
  }
  // A list of signatories signs the statement however long it is; the closing lines stand above it.
  const signatories = signatoryList(lines, first);
  const closing = signatories >= 0 ? signatories - 1 : content.length - 1;
  let last = closing;
  while (last >= first && closing - last < CLOSING_LINES && isSignatureLike(lines[last] as string)) last--;
  // A statement keeps at least one body paragraph; if every line looks like a signature, none is one.
  if (last >= first) {
    for (let k = last + 1; k < content.length; k++) setRole(k, 'signature');
  }
  // The header row of a table of signatories names its columns, not a signatory.
  for (let k = signatories; k >= 0 && k < content.length; k++) {
    if (COLUMN_LABEL.test((lines[k] as string).trim())) setRole(k, 'boilerplate');
  }
  let body = content.filter((i) => roles[i] === 'body').length;
  for (let k = opening; k <= last && body > 1; k++) {
    if (roles[content[k] as number] === 'body' && isStandaloneSalutation(lines[k] as string)) {
      setRole(k, 'salutation');
      body--;
    }
  }
  // A second speech on the same page (an opening and a closing statement given one after the other): its heading
  // after the first speech's thanks, over its own addresses, is a section heading, and the thanks close the first
  // speech. Both speeches stay the text; the first speech's heading, right over its addresses, is a section heading
  // too.
  for (let k = opening; k + 2 < content.length && k < last; k++) {
    if (
      roles[content[k] as number] !== 'body' ||
      !isThanks(lines[k] as string) ||
      !isHeadingOverAddresses(lines[k + 1] as string) ||
      !addressesFollow(lines, k + 2)
    )
      continue;
    setRole(k, 'signature');
    setRole(k + 1, 'heading');
    body--;
    const over = addressedAt - 1;
    if (
      over > heading &&
      roles[content[over] as number] === 'title' &&
      isHeadingOverAddresses(lines[over] as string)
    )
      setRole(over, 'heading');
  }
  markTranslations(paragraphs, roles);
  body = content.filter((i) => roles[i] === 'body').length;
  // Section headings: between paragraphs of speech, each over a paragraph that begins like a sentence. Short lines
  // in a row, or after a line ending in ":", are a list's items.
  for (let k = opening; k < last && body > 1; k++) {
    const next = lines[k + 1] as string;
    const before = k > 0 ? (lines[k - 1] as string) : '';
    if (
      roles[content[k] as number] === 'body' &&
      !/:$/.test(before) &&
      !(roles[content[k - 1] as number] === 'body' && isSectionHeading(before)) &&
      roles[content[k + 1] as number] === 'body' &&
      isSectionHeading(lines[k] as string) &&
      isProse(next) &&
      /^[\p{Lu}"“‘«\d]/u.test(next)
    ) {
      setRole(k, 'heading');
      body--;
    }
  }
  return roles;
}
