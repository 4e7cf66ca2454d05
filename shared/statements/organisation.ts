/** Which organisation a line names: the coalition and the WDC by their usual names, else "<Name> Council" etc. */

const KNOWN: ReadonlyArray<readonly [pattern: RegExp, organisation: string]> = [
  // In French too: "Coalition de la société civile (du Processus de Kimberley)", "Conseil mondial du diamant".
  [
    /\b(Civil Society Coalition|CSC)\b|\bCoalition de la soci[ée]t[ée] civile(?![\p{L}])/iu,
    'KP Civil Society Coalition',
  ],
  [/\b(World Diamond Council|WDC)\b|\bConseil mondial du diamant\b/u, 'World Diamond Council'],
];

// French names put the noun first and run on with capitalised words: "Observatoire Citoyen des Mines".
const NOUN_FIRST_WORDS = [
  'réseau',
  'observatoire',
  'plateforme',
  'collectif',
  'mouvement',
  'conseil',
  'institut',
  'fondation',
];
const NOUNS_FIRST = new Set(NOUN_FIRST_WORDS);

// The nouns organisations are named with, English and French: "… Coalition", "… Diggers Group", "Réseau …".
const NOUNS = new Set([
  'coalition',
  'council',
  'network',
  'alliance',
  'association',
  'foundation',
  'institute',
  'centre',
  'center',
  'society',
  'partnership',
  'initiative',
  'campaign',
  'watch',
  'federation',
  'union',
  'committee',
  'organisation',
  'organization',
  'forum',
  'trust',
  'project',
  'programme',
  'program',
  'secretariat',
  'ministry',
  'chamber',
  'board',
  'agency',
  'commission',
  'group',
  'sisterhood',
  'movement',
  'collective',
  'bourse',
  'exchange',
  'platform',
  'observatory',
  'monitor',
  // People standing together as a body: "Sample Civil Society Observers".
  'observer',
  // A government speaking through its delegation: "the Delegation of the Sample Republic".
  'delegation',
  ...NOUN_FIRST_WORDS,
]);

/** True for a capitalised organisation noun ("Coalition", "Observatoire"), a possessive or full stop after it ignored. */
export function isOrganisationNoun(word: string): boolean {
  const noun = word.replace(/[.'’sS]*$/, '');
  return /^\p{Lu}/u.test(noun) && NOUNS.has(noun.toLowerCase());
}

/** True for an organisation noun that French puts before the rest of the name: "Réseau", "Observatoire". */
export function isNounFirst(word: string): boolean {
  return NOUNS_FIRST.has(word.toLowerCase());
}

// Capitalised words that come before an organisation's name but are not part of it.
const NOT_PART =
  /^(The|A|An|Of|On|By|For|And|From|To|In|At|Opening|Closing|Speech|Statement|Remarks|Address|Intervention|Welcome|Keynote|Delivered|Behalf|President|Vice|Coordinator|Co-?ordinator|Chair|Chairperson|Director|Executive|Deputy|Secretary|Head|Member|Members|Spokesperson|Representative|Plenary|Intersessional|Meeting|Session|Press|Release|Dear|Honourable|Honorable|Distinguished)$/;
const CAPITALISED = /^[\p{Lu}][\p{L}'’&-]*$|^[\p{Lu}]{2,}$/u;
const CONNECTOR = /^(for|of|on|des|de|du|pour)$/i;

function isNamePart(token: string): boolean {
  // A heading in capitals names the statement in capitals too: "STATEMENT BY THE SAMPLE … OBSERVERS".
  const capitalised = token.charAt(0) + token.slice(1).toLowerCase();
  return CAPITALISED.test(token) && !NOT_PART.test(capitalised);
}

// French joins the words after the noun with these: "Coalition Fleuve et Villages", "Alliance des Creuseurs".
const FRENCH_JOIN = /^(et|des|du|de)$/;
const FRENCH_ARTICLE = /^(la|le|les|du|des|de|une|un|au|à)$/i;

/**
 * Where a name in French order ends when nothing capitalised stands before its noun: the name runs on after it
 * ("la Coalition Fleuve et Villages", "Alliance des Creuseurs Libres"), when a French article stands before the noun
 * or French words join the name. `i` itself when the name does not run on.
 */
function frenchOrderEnd(tokens: readonly string[], i: number): number {
  let end = i;
  let joined = false;
  for (let k = i + 1; k < tokens.length; k++) {
    if (isNamePart(tokens[k] as string)) end = k;
    else if (FRENCH_JOIN.test(tokens[k] as string) && isNamePart(tokens[k + 1] ?? '')) joined = true;
    else break;
  }
  return joined || FRENCH_ARTICLE.test(tokens[i - 1] ?? '') ? end : i;
}

/**
 * True for "Conference" naming a body that speaks, by what it is a conference of ("Sample Regional Conference of
 * Churches"); "the Sample Diamond Conference" or "Conference of the Parties" is a meeting.
 */
function isConferenceOf(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'Conference' && tokens[i + 1] === 'of' && isNamePart(tokens[i + 2] ?? '');
}

/** The organisation named in a line, in its usual form; null when none is named. */
export function findOrganisationIn(text: string): string | null {
  for (const [re, name] of KNOWN) if (re.test(text)) return name;
  // A name never runs across a comma, a colon, a dash or a bracket: "Programme Officer, Sample Alluvial Watch".
  for (const part of text.split(/[,;:()–—|"“”]+/)) {
    const found = organisationInPart(part);
    if (found) return found;
  }
  return null;
}

/** `findOrganisationIn` within one part of a line, between its separators. */
function organisationInPart(text: string): string | null {
  // "l’Observatoire": the elided article is no part of the name.
  const tokens = text
    .split(/\s+/)
    .map((t) => t.replace(/^[LlDd]['’]/, ''))
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    if (!isOrganisationNoun(tokens[i] as string) && !isConferenceOf(tokens, i)) continue;
    // "Civil Society Network": the name runs on to the last noun of the capitalised run.
    for (let k = i + 1; k < tokens.length && isNamePart(tokens[k] as string); k++) {
      if (isOrganisationNoun(tokens[k] as string)) i = k;
    }
    // "Coalition’s" → "Coalition", a plural noun kept whole: "Observers".
    const noun = (tokens[i] as string).replace(/['’]s?$|\.$/, '');
    let start = i;
    while (start > 0 && isNamePart(tokens[start - 1] as string)) start--;
    // "… Coalition for Fair Minerals", "… Council of Diamond Producers".
    let end = i;
    if (isNounFirst(noun)) {
      for (let k = i + 1; k < tokens.length; k++) {
        if (isNamePart(tokens[k] as string)) end = k;
        else if (!CONNECTOR.test(tokens[k] as string) || !isNamePart(tokens[k + 1] ?? '')) break;
      }
    } else if (CONNECTOR.test(tokens[i + 1] ?? '')) {
      let k = i + 2;
      if (tokens[k]?.toLowerCase() === 'the') k++;
      while (k < tokens.length && isNamePart(tokens[k] as string)) k++;
      if (k > i + 2 && tokens[k - 1]?.toLowerCase() !== 'the') end = k - 1;
    }
    if (start === i && end === i) end = frenchOrderEnd(tokens, i);
    if (start === i && end === i) continue;
    return asWritten([...tokens.slice(start, i), noun, ...tokens.slice(i + 1, end + 1)]).replace(/[.,]$/, '');
  }
  return null;
}

// Words a name written in capitals keeps in lower case: "SAMPLE COUNCIL OF DIGGERS" → "Sample Council of Diggers".
const JOINING_WORDS = /^(of|for|on|the|and|in|des|du|de|et|pour|la|le|les)$/i;

/**
 * A name as it is written in running text: a letterhead's capitals ("SAMPLE VALLEY DIGGERS ASSOCIATION") in title
 * case, so that one organisation is one name whatever its page shouted; words of up to three letters stay capitals
 * (acronyms: "KP", "CAR"), joining words go lower case. A name not all in capitals is kept as it is.
 */
function asWritten(words: readonly string[]): string {
  const letters = words.join('');
  if (words.length < 2 || /\p{Ll}/u.test(letters) || !/\p{Lu}.*\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(letters))
    return words.join(' ');
  return words
    .map((word, i) => {
      if (i > 0 && JOINING_WORDS.test(word)) return word.toLowerCase();
      if (word.replace(/[^\p{L}]/gu, '').length <= 3) return word;
      return word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}

/** A line in capitals as it is written in running text: "2065 SAMPLE PLENARY, RIVERMOUTH" → "2065 Sample Plenary, Rivermouth". */
export function unshouted(line: string): string {
  return asWritten(line.split(/\s+/));
}

// "The Fair Stones Alliance welcomes …": an organisation speaking of itself at the start of the speech, or a release's
// sender ("Members of the Sample Coalition left …").
const SUBJECT =
  /^(?:(?:members|delegates|representatives) of\s+)?(?:the\s+)?((?:\S+\s+){0,8}?\S+)\s+(?:welcomes|welcomed|thanks|would like|wishes|is grateful|appreciates|congratulates|commends|takes this opportunity|calls on|called on|urges|urged|said|says|warns|warned|regrets|deplores|demands|stated|announced|left|walked out)\b/i;
// What may stand before the subject of a release's first sentence: its dateline ("GENEVA, 3 March 2051 — ", a year
// in a short lead before a dash) and a phrase of time or place ("At the close of the plenary in Windhoek, ").
const DATELINE_LEAD = /^[^.!?–—]{3,70}?\b(19|20)\d{2}\b[^.!?–—]{0,20}?\s+[–—-]{1,2}\s+/;
const SETTING_LEAD = /^(at|on|in|after|following|during|ahead of|before)\s[^.!?;,]{3,100},\s+/i;

// A report naming the statement it reports and who issued it: "according to a statement released by the Sample
// Alliance", "says a press release from the Sample Council".
const REPORTED_SENDER =
  /\b(?:according to|says|said|reads|read)\s+(?:a|the|its)\s+(?:press\s+|media\s+|news\s+|joint\s+)?(?:statement|release|communiqu[eé])(?:\s+(?:released|issued|published|sent|put out))?\s+(?:by|from)\s+(?:the\s+)?([^.;:]{3,120})/i;

// A report naming whose spokesperson it quotes, after the quotation or the reported sentence: "…, the coordinator of
// the Sample Lakes Rights Coalition said today", "…, said a spokesperson for the Sample Council". The name is the
// whole of what follows "of"/"for".
const SPOKESPERSON_OF =
  /\b(?:of|for)\s+(?:the\s+)?([^.;:,!?"“”]{3,100}?),?\s+(?:said|says|told|stated|declared|added|warned|explained|noted|commented)\b/g;

/**
 * The organisation whose statement a report reports: "…, according to a statement released by the Sample Basin Miners
 * Alliance.", or whose spokesperson it quotes: "…, the coordinator of the Sample Lakes Rights Coalition said today";
 * null when it names none that way.
 */
export function findReportedSender(text: string): string | null {
  const named = REPORTED_SENDER.exec(text)?.[1];
  if (named) return findOrganisationIn(named);
  for (const match of text.matchAll(SPOKESPERSON_OF)) {
    const spokesperson = (match[1] as string).trim();
    if (findOrganisationIn(spokesperson) === spokesperson) return spokesperson;
  }
  return null;
}

/**
 * The organisation a speaker speaks for: "On behalf of the Riverstone Network, …", "The X Alliance welcomes …", "GENEVA,
 * 3 March 2051 — The Sample Lakes Coalition said today …".
 */
export function findSpeakingFor(text: string): string | null {
  const behalf = /\b(?:on behalf of|speaking for|representing)\s+(?:the\s+)?([^.;:]{3,120})/i.exec(text);
  if (behalf) return findOrganisationIn(behalf[1] as string);
  const sentence = text.replace(DATELINE_LEAD, '').replace(SETTING_LEAD, '');
  const subject = SUBJECT.exec(sentence)?.[1] ?? '';
  const named = findOrganisationIn(subject);
  return named && named === subject.replace(/[.,]$/, '') ? named : null;
}
