/** Word lists the similarity measure needs: English stop words and the topic's generic vocabulary. */

/** English function words: never terms, never evidence that two paragraphs belong together. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being " +
    "below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down " +
    "during each either even ever every few for from further had hadn't has hasn't have haven't having he " +
    "her here hers herself him himself his how however i if in into is isn't it it's its itself just let's " +
    "may me might more most much must mustn't my myself neither no nor not now of off on once only or other " +
    "ought our ours ourselves out over own per rather same shall shan't she should shouldn't so some such " +
    "than that that's the their theirs them themselves then there there's these they this those though " +
    "through thus to too under until up upon us very via was wasn't we we're were weren't what what's when " +
    "where which while who whom whose why will with within without won't would wouldn't yet you your yours " +
    'yourself yourselves its whether since among amongst across along already always another around away ' +
    'else many one ones onto since still therefore unless whereas whereby wherein whilst'
  ).split(/\s+/),
);

/**
 * Words every paragraph of a Kimberley Process statement may use: sharing them says little, so they weigh less.
 * (IDF already lowers them within long statements; this list keeps short statements honest.)
 */
export const GENERIC_WORDS: readonly string[] = (
  'kimberley process kp diamond diamonds civil society coalition csc communities community plenary ' +
  'participant participants observer observers chair chairs government governments industry certification ' +
  'scheme rough mining sector member members meeting meetings working group groups year years statement ' +
  'country countries stakeholder stakeholders today week thank thanks ladies gentlemen dear colleagues ' +
  'distinguished delegates welcome mr madam'
).split(/\s+/);

/** How much a generic word counts compared to any other word. */
export const GENERIC_WEIGHT = 0.35;
