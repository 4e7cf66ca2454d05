/** What part each paragraph of a statement plays: title, salutation, body, signature or boilerplate. */
import type { BlockRole } from './model';

/** The label every bundled sample carries ("This is an illustrative sample …"). */
export const SAMPLE_LABEL = /^this is an illustrative sample\b/i;

// Residue of the web page or document around a statement, never part of what was said.
const BOILERPLATE = [
  /^leave a (comment|reply)\b/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(save my name|notify me of (new|follow-up))/i,
  /^(name|email|e-mail|website|comment)\s*\*?:?$/i,
  /^(share|share this|share on \w+|tweet|like this|like|print|email|facebook|twitter|linkedin|whatsapp|reddit)\s*[:!.]?$/i,
  /^share this( post| page| article| story)?\s*:/i,
  /^(posted|published|filed) (in|on|by|under)\b/i,
  /^(categor(y|ies)|tags?|tagged( with)?)\s*:/i,
  /^(©|\(c\)\s|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /^(read more|continue reading)\b/i,
  /^(previous|next)( post| article| story)?\s*[:»«]?$/i,
  /^(post navigation|related( posts| articles| stories)?|you may also like)\s*:?$/i,
  /^skip to (main )?content$/i,
  /^\d+ (comments?|responses?|replies)$/i,
  /^(no comments( yet)?|comments are closed)\.?$/i,
  /^(subscribe|sign up for our newsletter)\b/i,
  /^check against delivery\.?$/i,
  SAMPLE_LABEL,
];

const ADDRESS =
  /\b(chair(s|man|men|person|persons|woman|women)?|president|vice[- ]chairs?|excellenc(y|ies)|ladies|gentlemen|dear|distinguished|honou?rable|colleagues|delegates|delegations|participants|observers|members|friends|madam|madame|mr|ms|mrs|sir|ministers?|ambassadors?|guests|representatives|all protocols? observed|good (morning|afternoon|evening)|greetings)\b/i;
const GREETING = /^(good (morning|afternoon|evening)|all protocols? observed|greetings)\b/i;
const THANK_YOU =
  /^(and )?(i )?(thank you|thanks)( (all|very much|so much))?( for your (kind )?(attention|time))?\s*[.!]?$/i;
const ROLE_START =
  /^(co-?ordinator|coordinator|chair|director|secretary|spokes(person|man|woman)|representative|president|member|head|focal point|on behalf of|for and on behalf of|executive|programme|program|founder|vice)\b/i;
const NAME_PARTICLE = /^(van|von|de|da|du|la|le|der|den|di|dos|bin|al|el|ter|mc)$/i;
const MINOR_WORDS = /^(of|the|on|and|for|in|at|to|a|an|behalf|de|du|des|la|le|et)$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** True for web-page or document residue: comment prompts, share widgets, "Posted in", copyright lines. */
export function isBoilerplate(text: string): boolean {
  return text.length <= 300 && BOILERPLATE.some((re) => re.test(text.trim()));
}

/** True for a short line that addresses the audience: "KP Chair,", "Excellencies", "Dear Participants,". */
export function isSalutation(text: string): boolean {
  if (text.length > 100) return false;
  const n = words(text).length;
  if (n === 0 || n > 12) return false;
  if (/[.?!:;]$/.test(text) && !GREETING.test(text)) return false;
  return ADDRESS.test(text);
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

/** True for a line that can close a statement: a name, a role or organisation, a place and date, "Thank you". */
export function isSignatureLike(text: string): boolean {
  if (text.length > 150 || words(text).length > 20) return false;
  if (THANK_YOU.test(text) || isNameLine(text)) return true;
  if (
    /\b(19|20)\d{2}\b/.test(text) &&
    words(text).length <= 8 &&
    !/[.?!]$/.test(text.replace(/\d{4}\.$/, ''))
  ) {
    return true; // a place and date line: "New Delhi, 22 November 2019"
  }
  return text.split(/,\s*/).every((part) => isNameLine(part) || isRoleLine(part));
}

/**
 * Gives each paragraph its role: the first line the title, the leading addresses salutations, the closing
 * name/role/"Thank you" lines the signature, web residue boilerplate, everything else body.
 */
export function assignRoles(paragraphs: readonly string[]): BlockRole[] {
  const roles: BlockRole[] = paragraphs.map((p) => (isBoilerplate(p) ? 'boilerplate' : 'body'));
  const content = paragraphs.flatMap((p, i) => (roles[i] === 'body' ? [i] : []));
  const text = (k: number) => paragraphs[content[k] as number] as string;
  let first = 0;
  if (content.length >= 2 && isTitleLike(text(0)) && !isSalutation(text(0))) {
    roles[content[0] as number] = 'title';
    first = 1;
  }
  while (first < content.length - 1 && first < 12 && isSalutation(text(first))) {
    roles[content[first] as number] = 'salutation';
    first++;
  }
  let last = content.length - 1;
  while (last >= first && content.length - 1 - last < 6 && isSignatureLike(text(last))) last--;
  // A statement keeps at least one body paragraph; if every line looks like a signature, none is one.
  if (last >= first) {
    for (let k = last + 1; k < content.length; k++) roles[content[k] as number] = 'signature';
  }
  return roles;
}
