/** Word lists for generated test statements: function words, the topic's shared vocabulary, and content words. */

/** Function words, most frequent first (drawn with a Zipf-like bias). */
export const FUNCTION_WORDS: readonly string[] = (
  'the of and to in a that is for on with as by this we be it are at from has have not our an which ' +
  'its was all their been will but more these so they also or into can than such those who would ' +
  'should must about only other there still while some any many over between during after before ' +
  'because through both each most very again further'
).split(' ');

/** The topic's vocabulary: present in nearly every paragraph, so sharing it proves nothing. */
export const TOPIC_WORDS: readonly string[] = (
  'KP|Kimberley Process|diamonds|diamond|civil society|communities|plenary|participants|observers|' +
  'governments|industry|process|coalition|certification scheme|mining|producers|exports|rough diamonds|' +
  'conflict|reform|review|working group|chair|implementation|compliance|monitoring|members|meeting|' +
  'year|statement|CSC|mandate|scope|stakeholders|countries|sector|trade|supply chain'
).split('|');

/** Everyday content words of statements (a Zipf draw over these and generated words gives realistic spread). */
export const CONTENT_WORDS: readonly string[] = (
  'efforts important continue support progress concern work commitment issues change need ' +
  'decision call welcome believe ensure responsibility challenges recognise address role time ' +
  'discussions proposal agreement framework system future action report measures capacity ' +
  'position failure success protection rights violence security forces abuse torture killings ' +
  'victims justice accountability transparency integrity credibility relevance legitimacy ' +
  'governance standards principles obligations rules definition secretariat fund donors budget ' +
  'resources funding contribution participation representation voice equal standing partners ' +
  'dialogue consensus veto obstruction delay frustration disappointment hope gratitude welcome ' +
  'host hospitality organisation preparation venue city capital delegation delegates ministers ' +
  'officials experts mission visit team findings recommendations peer assessment evaluation ' +
  'inspection controls customs borders smuggling fraud laundering traceability origin provenance ' +
  'certificates footprints valuation prices revenue taxes benefits livelihoods poverty ' +
  'development education health women youth workers miners artisanal alluvial fields villages ' +
  'land water environment pollution rehabilitation closure licences permits concessions ' +
  'companies traders buyers retailers consumers jewellery market demand synthetic laboratory ' +
  'grown natural ethical sourcing due diligence guidance audit disclosure reporting data ' +
  'statistics figures database website communication outreach awareness training workshop ' +
  'seminar conference session agenda item draft text language paragraph document decision ' +
  'communique resolution declaration vision strategy plan roadmap timeline deadline milestone ' +
  'priority opportunity risk threat danger crisis emergency embargo sanctions suspension ' +
  'readmission zones regions province east west north south border neighbouring regional ' +
  'international national local global historic unprecedented modest significant tremendous ' +
  'genuine serious deep strong clear firm urgent immediate gradual partial full effective ' +
  'meaningful substantive technical political economic social legal moral practical ' +
  'transparent independent professional permanent temporary fragile stable peaceful armed ' +
  'private public state rebel militia police army guards patrol weapons attacks displacement ' +
  'refugees shelter food schools clinics roads infrastructure investment growth jobs wages ' +
  'cooperation partnership trust respect solidarity courage patience vigilance attention'
).split(/\s+/);

const SYLLABLES = 'ka ro mi tu len dar sol vek pri mon tal bes gor lin sta vur hel dom pat rik zen fol'.split(
  ' ',
);

/** A deterministic pseudo-word for index i (the long tail of a realistic vocabulary). */
export function pseudoWord(i: number): string {
  let word = '';
  let n = i + SYLLABLES.length;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${word}${['ion', 'ment', 'ity', 'ance', 'ers', 'al', 'ive', 'ed'][i % 8]}`;
}
