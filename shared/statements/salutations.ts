/** Lines that address the audience: "Excellencies,", "Ms …, Chair of …;", "• Honourable Ministers,". */
import { isOrganisationNoun } from './organisation';

const ADDRESS =
  /\b(chair(s|man|men|person|persons|woman|women)?|president|vice[- ]chairs?|excellenc(y|ies)|ladies|gentlemen|dear|distinguished|honou?rable|colleagues|delegates|delegations|participants|observers|members|friends|madam|madame|mr|ms|mrs|sir|ministers?|ambassadors?|guests|representatives|focal points?|heads? of delegations?|all protocols? observed|good (morning|afternoon|evening)|greetings)\b|(^|[\s,])(monsieur|madame|mesdames|messieurs|excellences?|pr[ée]sidente?|distingu[ée]e?s?|ch[eè]re?s|invit[ée]e?s|d[ée]l[ée]gu[ée]e?s|coll[èe]gues|honorables?)(?![\p{L}])/iu;
const GREETING = /^(good (morning|afternoon|evening)|all protocols? observed|greetings)\b/i;
// How a long address line begins: "Honourable Minister of …,", "Ms …, Chair of …;", "Focal Points of …;".
const ADDRESS_START =
  /^(the |his |her |their |your |our |all |and |dear |esteemed |fellow |distinguished |honou?rable |respected )*(honou?rable|excellenc(y|ies)|distinguished|dear|esteemed|ms\.?|mr\.?|mrs\.?|dr\.?|madam(e)?|chair(person|man|woman)?|co-?chairs?|vice[- ]chairs?|president|minister|ministers|ambassadors?|focal points?|heads?|members|representatives|ladies|delegates|colleagues|friends|participants|observers|guests|secretary|director|coordinator|co-?ordinator)\b/i;
// Speaking in the first person is saying something, not addressing someone.
const FIRST_PERSON = /\b(I|we|We|our|Our|us|my|My|me)\b/;
// A heading that names a speaker is not addressed to anyone: "Opening Remarks by the President of …".
const HEADING =
  /\b(remarks|speech|statement|intervention|keynote|press release|discours|allocution|communiqu[ée])\b|\bd[ée]claration\b/i;
// The speaker as one who acts: "I", "we", "us", "me" (unlike the possessives an address may use, "our partners").
const SPEAKER = /\b(I|we|We|us|me)\b/;
// The people a speech turns to, as the first word of an address standing alone: "Colleagues from …,", "Friends of …,".
const ADDRESSEE_FIRST =
  /^(dear |esteemed |distinguished |fellow |honou?rable )*(colleagues|friends|delegates|participants|observers|excellencies|ladies|guests|chers|ch[èe]res|coll[èe]gues|amis)\b/i;
/** A list marker: a bullet or a number, as before a salutation in a list of dignitaries. */
export const LIST_MARKER = /^([•●▪◦·‣∙*–—-]|\d{1,2}[.)])\s+/;
// Words a salutation standing alone in mid-speech is made of: "Ladies and gentlemen,", "Dear colleagues,".
const ADDRESS_WORDS = new Set(
  (
    'ladies and gentlemen dear distinguished honourable honorable esteemed excellencies excellency your ' +
    'colleagues friends fellow delegates delegations participants observers members chair chairs chairperson ' +
    'madam mr ms mrs all of kp kimberley process guests representatives ministers sirs co-chairs vice-chair ' +
    // French: "Mesdames et Messieurs,", "Chers collègues,", "Monsieur le Président,".
    'mesdames messieurs et monsieur madame le la les chers chères collègues distingués invités délégués ' +
    'participants observateurs excellences président présidente'
  ).split(' '),
);
const ADDRESS_CORE =
  /(^|[\s,])(ladies|gentlemen|colleagues|friends|delegates|delegations|participants|excellencies|excellency|chair|chairperson|madam|guests|observers|mesdames|messieurs|coll[èe]gues|excellences|d[ée]l[ée]gu[ée]s|pr[ée]sidente?)(?![\p{L}])/iu;

const KP_PREFIX = /^(the )?(kp|kimberley process)\s+/i;
const MINOR = /^(of|the|and|to|for|in|on|at|de|du|des|la|le|les|et)$/i;

/** True when every word is capitalised but the small ones: "Ms Jane Doe, Chair of the Kimberley Process". */
function isTitleCased(line: string): boolean {
  return words(line).every((w) => MINOR.test(w) || !/\p{L}/u.test(w) || /^[("“‘]?[\p{Lu}\p{N}]/u.test(w));
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The line without a leading list marker ("• Honourable Ministers," → "Honourable Ministers,"). */
export function withoutBullet(text: string): string {
  return text.trim().replace(LIST_MARKER, '');
}

/** True when the line ends on a list of addresses: "…, Ladies and Gentlemen.", "…; dear colleagues:". */
function endsWithAddress(line: string): boolean {
  const last = (
    line
      .replace(/[.:!]$/, '')
      .split(/[,;]/)
      .pop() ?? ''
  )
    .trim()
    .toLowerCase();
  const all = words(last);
  return (
    all.length > 0 && all.length <= 6 && all.every((w) => ADDRESS_WORDS.has(w)) && ADDRESS_CORE.test(last)
  );
}

// The formula that may close a list of addresses: "… ladies and gentlemen in your respective capacities.",
// "…, all protocols observed."
const CLOSING_FORMULA =
  /,?\s+(in your (respective|various|different|several|esteemed) capacit(y|ies)|all protocols? (duly )?observed)(?=[.,;:!]?$)/i;

/** True for a whole address list on one line, ended like a sentence: "Honorable Chair, …, Ladies and Gentlemen." */
function isAddressList(text: string): boolean {
  const line = text.replace(CLOSING_FORMULA, '');
  return /[.:]$/.test(line) && ADDRESS_START.test(line.replace(KP_PREFIX, '')) && endsWithAddress(line);
}

// A verb or a sentence's small word: a line with one says something, it does not only name whom it turns to.
const SAYS =
  /\b(is|are|was|were|will|shall|has|have|had|be|been|follow|follows|following|below|thank|thanks)\b/i;

/**
 * True for addresses on one line ended by a colon, as a government's remarks open: "Madam Chair, colleagues from
 * participating countries, industry and civil society:". It begins with a short address, goes on after a comma and
 * says nothing ("Madam Chair, the decisions taken are these:" says something).
 */
function isAddressesBeforeColon(line: string): boolean {
  if (!line.endsWith(':') || !line.includes(',') || words(line).length > 20 || SAYS.test(line)) return false;
  const head = line.split(',')[0] ?? '';
  return words(head).length <= 4 && ADDRESS_START.test(head) && ADDRESS.test(head);
}

/**
 * True for a speaker's line under a heading, a person's name then the role: "SAMPLE PERSON OKAFOR, HEAD OF
 * DELEGATION", "Jane Doe, Head of Delegation". An address names no one without an honorific ("Ms Jane Doe, Chair of
 * …,") and goes on after a comma; this one stops.
 */
function isNameAndRole(line: string): boolean {
  if (/[,;]$/.test(line)) return false;
  const name = words(line.split(',')[0] ?? '');
  return (
    line.includes(',') &&
    name.length >= 2 &&
    name.length <= 4 &&
    name.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !ADDRESS_WORDS.has(w.toLowerCase())) &&
    !ADDRESS.test(name.join(' '))
  );
}

/**
 * True for a line that addresses the audience: short ones ("KP Chair,", "Excellencies", "Dear Participants,"),
 * long ones that begin like an address and end in "," or ";" ("Honourable Minister of Mines of …, Chair of …,"),
 * and whole address lists ended like a sentence ("Honorable Chair …, distinguished guests, Ladies and Gentlemen.").
 */
export function isSalutation(text: string): boolean {
  const line = withoutBullet(text);
  if (line.length > 320 || FIRST_PERSON.test(line)) return false;
  const n = words(line).length;
  if (n === 0 || n > 45) return false;
  if (GREETING.test(line)) return n <= 12;
  if (!HEADING.test(line) && isAddressList(line)) return true;
  if (isAddressesBeforeColon(line)) return true;
  if (n <= 12) {
    if (/[.?!:]$/.test(line) || !ADDRESS.test(line) || HEADING.test(line) || isNameAndRole(line))
      return false;
    // A name ending in what kind of body it is names that body, it addresses no one: a site's name over its
    // menu ("Sample Observers Network", "Valley Members Association"), unlike "Members of the Coalition,".
    if (!/[,;]$/.test(line) && !ADDRESS_START.test(line) && isOrganisationNoun(words(line).at(-1) ?? ''))
      return false;
    // Past a few words without a closing comma, an address begins like one or is a title-cased list of
    // dignitaries; a headline that only mentions "members" or a "chair" says what someone did.
    return (
      n <= 4 || /[,;]$/.test(line) || ADDRESS_START.test(line.replace(KP_PREFIX, '')) || isTitleCased(line)
    );
  }
  return /[,;]$/.test(line) && ADDRESS_START.test(line);
}

/**
 * True for a salutation standing alone between paragraphs of the speech: "Ladies and gentlemen,", "Excellencies!",
 * or a whole address list where a news page's introduction ends and the speech begins.
 */
export function isStandaloneSalutation(text: string): boolean {
  const line = withoutBullet(text);
  if (isAddressList(line)) return isSalutation(line);
  if (!/[,:!]$/.test(line)) return false;
  // A longer address that says whom it turns to: "Friends from the trade and from the other observer groups,".
  // It may say whose they are ("our", "my") but says nothing of what "I" or "we" do.
  if (/,$/.test(line) && ADDRESSEE_FIRST.test(line) && words(line).length <= 16 && !SPEAKER.test(line))
    return true;
  const all = words(line.toLowerCase().replace(/[,:!;.]/g, ' '));
  return (
    all.length > 0 &&
    all.length <= 8 &&
    all.every((w) => ADDRESS_WORDS.has(w.replace(/\.$/, ''))) &&
    ADDRESS_CORE.test(line)
  );
}
