/** Web-page and document residue around a statement: site menus, share and comment widgets, read-more links. */
import { isDateLine } from './months';
import { isNounFirst, isOrganisationNoun } from './organisation';
import { isTimeStampLine } from './transcripts';

/** The label every bundled sample carries ("This is an illustrative sample …"), perhaps after a translation of it. */
export const SAMPLE_LABEL = /^([^.!?]{1,40}[.!]\s+)?this is an illustrative sample\b/i;

// A date and time as browsers print them in a page's header or footer: "11/30/26, 5:15 PM", "30.11.2026, 17:15".
const DATE_TIME = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?`;
const PRINT_MARGIN = [
  new RegExp(`^${DATE_TIME}(\\s|$)|\\s${DATE_TIME}$`, 'i'),
  /^(https?:\/\/|file:\/\/|www\.)\S+|\s(https?:\/\/|file:\/\/|www\.)\S+$/i,
  /(^|\s)(page\s+)?\d{1,4}\s*(\/|of)\s*\d{1,4}$/i,
];

/** Between the parts of a meta bar's or a masthead's line: "By Sample Writer · 27 November 2081 · 6 min read". */
export const LINE_PARTS = /\s+[·|•]\s+/;

/** True for a line a browser prints in a page's margin: the date and time, the address, "1/2". */
export function isPrintMargin(text: string): boolean {
  return PRINT_MARGIN.some((re) => re.test(text.trim()));
}

/**
 * A line that only says what kind of text follows: "PRESS RELEASE", "Media statement", "For immediate release",
 * "For release on 21 November" — a release with a date or time, never a speech's "For release of the detained diggers".
 */
export const KIND_LABEL =
  /^((press|media|news) (release|statement|advisory|briefing)s?|communiqu[eé] de presse|for immediate release\b.{0,40}|for release (on |at |after |from )?(\d|(mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).{0,40})\s*[:.]?$/i;
// What may join two labels on a kicker line: "PRESS RELEASE – For immediate release", "Media statement | For release …".
const KIND_SEPARATOR = /\s+[-–—|/·•]\s+|\s*[|/·•]\s*|\s*:\s+/;
// A kind named after its sender on a letterhead line: "Okavango Gem Justice Network MEDIA RELEASE".
const SENDER_THEN_KIND =
  /^(.+?)\s+((press|media|news) (release|statement|advisory)|communiqu[eé] de presse)\s*:?$/i;

/**
 * True for a kicker line that only says what kind of text follows, perhaps in two labels or after its sender:
 * "PRESS RELEASE – For immediate release", "Media statement | For release on 3 June", "Okavango Network MEDIA
 * RELEASE". Never a headline: no part of it says anything else.
 */
export function isKindLine(text: string): boolean {
  const line = text.trim();
  if (line.length > 120) return false;
  if (KIND_LABEL.test(line)) return true;
  const sender = SENDER_THEN_KIND.exec(line);
  if (sender && isOrganisationName(sender[1] as string)) return true;
  const parts = line.split(KIND_SEPARATOR).filter(Boolean);
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => KIND_LABEL.test(part));
}

// The mark that ends a press release: "ENDS", "- ends -", "###", "-30-".
const END_MARK = /^([-–—*#\s]*(ends?|end of (release|statement|text)|fin)[-–—*#\s]*|#{3,}|-30-)$/i;
// The editors' notes and press contacts after a release: "Notes to editors", "For more information, contact:".
const NOTES_OR_CONTACTS =
  /^(notes? (to|for) (the )?editors?|editors?['’]?s? notes?|(for )?(more|further) information( please)?(,? contact)?|(media|press) (contacts?|enquiries|inquiries)|contacts?|plus d['’]informations?|contact presse)\s*:?$/i;
const SOCIAL =
  'facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|telegram|instagram|youtube|bluesky|mastodon|threads|pinterest|copy link|courriel|imprimer|partager';
// A share bar also names its own buttons, often twice over (an icon's label and its text): "Comment Comment Email Email".
// Its buttons' labels may run together when the buttons are printed or copied without a space: Blogger's "Email
// ThisBlogThis!Share to XShare to Facebook".
const SOCIAL_ROW = new RegExp(
  `^((share on |share via |share to |partager sur )?(${SOCIAL}|share|comments?|tweet|email this|blog ?this!?|pin it|like|repost|retweet|reply|send|quote)[\\s|·•,/]*){2,}$`,
  'i',
);
// A share bar behind its label: "Share: Facebook · LinkedIn", "Partager : Twitter, Courriel", "Social sharing".
const LABELLED_SOCIAL_ROW = new RegExp(
  `^(share( this( post| page| article| story)?| on| via)?|partager( cet article| cette page| sur)?|social (sharing|media)|follow us( on)?|suivez-nous( sur)?)\\s*:?\\s*((${SOCIAL})[\\s|·•,/]*)*$`,
  'i',
);
// A post's counters in its meta bar: "June 14, 2031 | 812 Views |", "3 min read", "Viewed 57 times", "Hits: 940",
// "14 November 2047 · Statements · 0 comments".
const META_COUNTS =
  /(^|[|·•]\s*)(\d[\d,.]*k?\s+(views?|reads?|hits|min(ute)?s?\s+read|comments?|responses?|replies|followers|subscribers|claps|reposts?|reshares?|restacks?|retweets?|shares|likes|reactions)|(read|viewed|seen|visited|opened)\s+\d[\d,.]*\s+times|(hits|views|reads)\s*:\s*\d[\d,.]*)\s*[|·•]?\s*$/i;
// A social network's post copied as text, around the statement it carries: the post's age and edit mark under its
// author ("2d • Edited •", "3h · 🌐", "5 days ago"), its reactions ("👍❤️ 87", "You and 86 others") and a line of
// its hashtags alone ("#diamonds #humanrights"). Its buttons ("Like Comment Repost Send") are a SOCIAL_ROW, its counts
// ("12 comments · 9 reposts") META_COUNTS.
const POST_AGE =
  /^((\d{1,3}\s?(s|m|min|h|hr|d|w|wk|mo|y|yr)|\d{1,3} (second|minute|hour|day|week|month|year)s? ago|just now|edited)\s*([•·|]\s*|\u{1F310}\s*)*)+$/iu;
// A count of the followers of a post's author under the author's name: "1,284 followers", "12K Followers".
// A post's author's handle on a line of its own ("@SampleKasaiRights"), and the post's day without a year as a thread
// prints it under each post's author ("Nov 18", "18 Nov").
const HANDLE = /^@[\p{L}\p{N}_.-]{2,40}$/u;
const POST_DAY =
  /^((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?)$/i;
const FOLLOWER_COUNT = /^\d[\d,.]*\s?[km]?\s+(followers|subscribers|connections)$/i;
const SOCIAL_POST = [
  POST_AGE,
  HANDLE,
  POST_DAY,
  /^[\p{Extended_Pictographic}\u200d\ufe0f\s]+\d[\d,.]*\s?[km]?$/iu,
  /^[^.!?]{0,60}\band \d[\d,.]*k? others?$/i,
  /^(#[\p{L}\p{N}_]+[\s,.]*)+$/u,
  // The platform's offer to translate the post, or the mark that it did: "See translation", "See original", "Rate
  // this translation", "Translated from French", "Voir la traduction".
  /^((see|show|view|hide) (the )?(translation|original)|rate this translation|(auto-?)?translated from \p{L}+( by \p{L}+)?|(voir|afficher|masquer) (la traduction|l['’]original))\s*[.·•]?$/iu,
];
// A video page's furniture around a transcript copied with it: the video's views and upload day ("412 views  Nov 13,
// 2088", "1.2M views 3 years ago"), the description's "...more", the transcript panel's labels ("Transcript", "Search
// in video", "Show transcript") and the chapters' ("Chapters", "View all").
const VIDEO_PAGE =
  /^(\d[\d,.]*\s?[kmb]?\s+views?\b[^.!?]{0,40}|(…|\.\.\.)\s*more|show less|(show )?transcript|search (in )?(video|transcript)|chapters|key moments|view all( chapters)?|sync to video time)$/i;
// A post's reading aids under its headline: "Reading time: 4 minutes", "Estimated reading time: 6 min", "Listen to
// this article", "Temps de lecture : 3 min".
const READING_AIDS =
  /^((estimated )?reading time|temps de lecture)\s*:?\s*(about |approx\.? |~)?\d+\s*(min(ute)?s?|mn)\.?$|^(listen to (this|the) (article|story|post|page|statement)|play (the )?audio( version)?|[ée]couter (cet article|l['’]article))\b[^.!?]{0,30}$/i;
// Who put the post on the site, on a line of its own: "Written by Web Editor", "Author: Press Office", "Par la rédaction".
const AUTHOR_LINE =
  /^((written|posted|submitted|uploaded|authored) by|author|auteur|r[ée]dig[ée] par)\s*:?\s+[^.!?:]{1,50}$/i;
// The heading of a box about the post's author after it: "About the author", "Author bio", "À propos de l’auteur".
const AUTHOR_BOX =
  /^(about the (author|writer|contributor)s?|about this (author|writer)|author('s)? bio(graphy)?|(à|a) propos de l['’]auteur(e)?)\s*:?$/i;
// An e-mail header on a line of its own, its field then its value: "From: Sample Secretariat <…>", "Sent: Thursday, 15
// November 2057 18:02", "Objet : TR: Déclaration …". "To:" and "Subject:" go only with an address or a reply's mark
// ("RE:", "FW:"), or as a forward's "Subject:" line under "From:"; a speech's "To: the plenary" line is not one.
const MAIL_HEADER =
  /^((from|to|cc|bcc|reply-to|de|à|a|von|an)\s*:\s*[^@:]{0,80}[\w.+-]+@[\w-]+(\.[\w-]+)+.{0,200}|(sent|envoy[ée]|gesendet)\s*:\s*\S.{0,60}\d{1,2}:\d{2}.{0,10}|(subject|objet|betreff)\s*:\s*((re|fw|fwd|tr|wg|aw)\s*:\s*).{1,200})$/i;

// A web-mail service's print view counts the messages of the thread under its subject: "1 message", "3 messages".
const MESSAGE_COUNT = /^\d{1,4} messages?$/i;

/** True for a web-mail print view's count of messages under the thread's subject: "1 message". */
export function isMessageCount(text: string): boolean {
  return MESSAGE_COUNT.test(text.trim());
}

/** True for an e-mail header on a line of its own: "From: Sample Secretariat <…>", "Subject: FW: …". */
export function isMailHeader(text: string): boolean {
  return MAIL_HEADER.test(text.trim());
}

// The line over the text a reply or forward quotes: "On Mon, 10 Nov 2070 at 08:15, Sample Office <…> wrote:", "Le
// lun. 10 nov. 2070 à 08:15, … a écrit :".
const QUOTE_ATTRIBUTION = /^(on|le|am)\s.{4,200}\s(wrote|a [ée]crit|schrieb)\s*:$/i;

/** True for the line over the text an e-mail quotes: "On Mon, 10 Nov 2070 at 08:15, … wrote:". */
export function isQuoteAttribution(text: string): boolean {
  return QUOTE_ATTRIBUTION.test(text.trim());
}

// A post's header and footer buttons and counters alone on a line, as blog platforms print them under the headline and
// after the text: "Follow", "Listen", "Sign in", a lone "·", a count of claps or responses ("128").
const POST_BUTTON =
  /^(follow|following|listen|sign in|sign up|get started|text to speech|[·•|]|\d[\d,.]*\s?[km]?)$/i;
// A link to the post before or after this one: "« Older post", "Previous: Opening remarks", "Next article: … →",
// "Article suivant", "← Previous post · Next post →", and a content system's pager with both on one line ("< Prev   Next >",
// "« Previous | Next »").
const POST_LINK =
  /^[←→«»‹›<>\s]*((prev(ious)?|next|older|newer)( (post|article|story|entry|item|statement|news))?|(article|billet) (pr[ée]c[ée]dent|suivant))\s*([:←→«»‹›<>|·•]|$)|^[←«‹<\s]*(prev(ious)?|older)\s*[|·]?\s*(next|newer)\s*[→»›>]*$/i;
// A link back to a listing or the page's top: "Back to the news archive", "Return to statements", "Retour aux actualités".
const BACK_LINK =
  /^[←«‹<\s]*((back|return|go back) to|retour (à|aux|au))( the| la| l['’])? ?([^.!?,;:]{0,30} )?(top|home(page)?|news|list(ing)?|overview|archives?|index|statements|publications|articles|posts|blog|results|releases|newsroom|library|resources|category|section|events|actualit[ée]s|accueil|d[ée]clarations|communiqu[ée]s)$/i;
// The heading over a page's links to other posts: "Related items", "More in this category: …", "More from Sample News",
// "Read more", "Most read".
const MORE_LINKS =
  /^(related( posts| articles| stories| items| links| content| news| reading)?|you may also like|see also|read (more|next|also)|most (read|popular|viewed|shared)|trending( now)?|recommended( for you)?|more (in this (category|section)|from [^.!?:]{1,40}|on this topic|like this)|other (news|articles|statements|posts)|voir aussi|[àa] lire aussi|dans la m[êe]me rubrique)\s*(:.*)?$/i;
// The label over a page's date in its footer: "Publication date", "Page last updated:".
// A label saying when a page was last changed: "Last updated", "Page last modified on".
const LAST_CHANGED_LABEL = String.raw`(?:page )?last (?:updated|modified|reviewed)(?: on)?`;
const DATE_LABEL = new RegExp(
  String.raw`^(publication date|date of publication|date published|published( on)?|release date|${LAST_CHANGED_LABEL})\s*:?$`,
  'i',
);

// A content system's field on one line, its label then its value: "Date: Thursday, 14 June 2035", "Type: Statement",
// "News type: News article", "Source: Sample Wire". Fields that may place the speech (venue, location) are not here.
const FIELD_LINE =
  /^(date|dates|type|(content|news|document|article|publication) type|(publication|release) date|date (published|of publication)|published|updated|last updated|author|source|language|region|topics?|tags?|categor(y|ies)|section|format|th[èe]mes?|rubrique|langue)\s*:\s*\S[^!?]{0,100}$/i;

// Lines that end the statement on a page, in French: "Pour lire le discours complet :", "Suivez-nous", "Laisser un commentaire", "Articles récents".
const FRENCH_PAGE_END = [
  /^(pour )?(lire|voir|consulter|t[ée]l[ée]charger)\b[^.!?]{0,60}\s*[:…>»]$/i,
  /^(lire la suite|en savoir plus)\b.{0,30}$/i,
  /^suivez[- ]nous\b.{0,40}$/i,
  /^(laisser|laissez) un commentaire\b/i,
  /^\d+ commentaires?$/i,
  /^(articles?|publications?|actualit[ée]s) (r[ée]cent(e|s|es)?|similaires|li[ée]e?s)\s*:?$/i,
  /^partager( cet article| cette page)?\s*:?$/i,
];

// A government site's banner saying it is official, over its header: "An official website of the … Government
// Here's how you know", "Official websites use .gov", "A .gov website belongs to an official government
// organization …", "Secure .gov websites use HTTPS", "A lock ( ) or https:// means you've safely connected …", "An
// official EU website How do you know?".
const OFFICIAL_SITE_BANNER = [
  /^an official ([\p{L}.]+ )?(web)?site of\b[^.!?]{0,80}\b(government|state|union|republic|kingdom|commission|parliament)\b[^.!?]{0,20}(here['’]s how you know|how do you know\??)?$/iu,
  /^an official [\p{L}.]+ (web)?site( how do you know\??| here['’]s how you know)?$/iu,
  /^(here['’]s how you know|how do you know\??)$/i,
  // Each label may run into its explanation, as a print or a PDF joins them: "Official websites use .gov A .gov website
  // belongs to …", "Secure .gov websites use HTTPS A lock ( ) or https:// means …".
  /^official (web)?sites use \.[a-z]{2,6}\b([^!?]{0,80}$|\s+an? \.[a-z]{2,6} (web)?site belongs to\b.{0,200}$)/i,
  /^an? \.[a-z]{2,6} (web)?site belongs to an official (government )?(organi[sz]ation|body|institution)\b[^!?]{0,120}$/i,
  /^secure \.[a-z]{2,6} (web)?sites use https\.?(\s+a lock\b.{0,220})?$/i,
  /^a lock \([^)]{0,20}\) or https:\/\/ means\b.{0,200}$/i,
];

// An offer to download the text or its file: "Download", "Download PDF (212 KB)", "Download to read offline".
const DOWNLOAD_OFFER = /^download\b[^.!?]{0,50}$/i;

/** True for a line offering to download the text or its file: "Download PDF (212 KB)", "Download to read offline". */
export function isDownloadOffer(text: string): boolean {
  return DOWNLOAD_OFFER.test(text.trim());
}

// Residue of the web page or document around a statement, never part of what was said.
const RESIDUE = [
  ...OFFICIAL_SITE_BANNER,
  /^leave a (comment|reply)\b/i,
  /^(cancel reply|post comment|submit comment|log in to (reply|comment))\.?$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(save my name|notify me of (new|follow-up))/i,
  /^(name|email|e-mail|website|comment|search( for)?|search …|menu|main menu|toggle (navigation|menu))\s*\*?:?$/i,
  /^(share|share this( post| page| article| story)?|share on \w+|tweet|like this|like|print|print this( page)?|email|facebook|twitter|x|linkedin|whatsapp|reddit|telegram)\s*[:!.]?$/i,
  /^share( this( post| page| article| story)?)?\s*:/i,
  /^(posted|published|filed) (in|on|by|under)\b/i,
  /^(publi[ée]e?|post[ée]e?|mis en ligne) (le|par|dans)\b/i,
  /^(categor(y|ies)|tags?|labels?|tagged( with)?|archives?)\s*:/i,
  /^(categories|archives|meta|recent comments)\s*$/i,
  /^(©|\(c\)\s|copyright\b)/i,
  // A newsletter's or page's last line ending on its copyright: "… To unsubscribe, reply "stop". © 2084 Sample Network".
  /^.{0,200}[.!?"”]\s+(©|\(c\)|copyright)\s*(19|20)\d{2}\b[^.!?]{0,80}$/i,
  /\ball rights reserved\.?$/i,
  /^(read more|continue reading)\b/i,
  /^(previous|next)( post| article| story)?\s*[:»«]?$/i,
  /^(post navigation|related( posts| articles| stories)?|you may also like)\s*:?$/i,
  /^(recent|latest|popular|related|more) (posts|news|articles|stories|statements|entries|publications)\s*:?$/i,
  /^(back|scroll) to top\b/i,
  /^skip to (main )?content$/i,
  // A page's table of contents over the text, or its label: "Content overview", "Table of contents", "On this page".
  /^(table of contents|contents|content overview|on this page|in this (article|post|page)|jump to( section)?|sommaire|table des mati[èe]res|dans cet article)\s*:?$/i,
  /^aller au contenu( principal)?$/i,
  /^\d+ (comments?|responses?|replies|likes?|shares?)\s*:?$/i,
  // A post cut short on a social site, with the link that unfolds it: "…see more", "... Show more".
  /^(…|\.\.\.)?\s*(see|show|read) (more|less)$/i,
  // An e-mail's headers over a forwarded statement ("From: …", "Sent: …", "Subject: FW: …") and the line that marks a
  // forward ("---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:").
  MAIL_HEADER,
  MESSAGE_COUNT,
  QUOTE_ATTRIBUTION,
  /^-{2,}\s*(forwarded message|original message|message transf[ée]r[ée]|message d['’]origine)\s*-{2,}$|^begin forwarded message:$/i,
  // A wire service's line naming who gave it the release: "NEWS PROVIDED BY Sample Network", "Distributed by …".
  /^(news )?(provided|distributed|issued|released) by\s*:?\s*[^.!?]{0,80}$/i,
  // The legal notice under an e-mail: "This message and any attachment are intended only for the addressee …".
  /^(this|the information in this) (e-?mail|message)\b[^.!?]{0,60}\b(confidential|intended (only |solely )?for)\b.{0,300}$/i,
  /^comments?\s*\(\d+\)$/i,
  /^(no comments( yet)?|comments are closed)\s*[.:]?$/i,
  /^(subscribe|sign up for our newsletter)\b/i,
  /^(follow|like|find|connect with|join) us\b.{0,60}$/i,
  /^(this (web)?site|we) uses? cookies\b/i,
  DOWNLOAD_OFFER,
  /^check against delivery\.?$/i,
  // The label over an advert placed between a page's paragraphs: "Advertisement", "Sponsored content", "Publicité".
  /^[-–—\s]*(advertisement|advertising|sponsored( content| post)?|paid (content|partnership)|publicit[ée])[-–—\s]*$/i,
  // An e-mail newsletter's frame around a statement sent out in it: "View this email in your browser", "Forward to a
  // friend", "You are receiving this email because …", "Unsubscribe | Update your preferences".
  /^(view (this (e-?mail|newsletter)|it|online version) in (your|a) (web )?browser|forward (this (e-?mail|newsletter) )?to a friend|unsubscribe\b[^.!?]{0,60}|(update|manage|change) (your )?(e-?mail )?(preferences|subscription)\b[^.!?]{0,40}|you (are receiving|received|receive) this (e-?mail|newsletter|message)\b.{0,200})$/i,
  // A page's feedback widget and its buttons: "Was this page helpful? Yes No", "Did you find this article useful?".
  /^(was this (page|article|post|information|content) (helpful|useful)|did you find this (page|article|post|information|content) (helpful|useful)|is this page useful|rate this (page|article|post))\s*[?:.]?(\s*(yes|no|not really|\d( stars?)?|[★☆]+)[.!]?)*$/i,
  // A picture's caption or credit left in a copied page: "Photo: Delegates in the hall. © Sample Network",
  // "Image credit: Sample Network", "(Photo: …)", "Photo by … on …", "Photo © …".
  /^\(?\s*((photo(graph)?|image|picture|illustration)s?( credits?| captions?)?|credits?|cover (photo|image)|(header|featured) image)\s*:\s*\S.{0,200}$/i,
  /^\(?\s*(photo(graph)?|image|picture)\s+(by|©|\(c\))\s+[^.!?]{1,80}$/i,
  // … or a caption with its credit after it: "Delegates at the opening session. Photo: Sample Network".
  /^[^.!?]{1,200}[.!?]\s+\(?\s*(photo(graph)?|image|picture)s?( credits?)?\s*(:|by\s|©)\s*[^.!?]{1,80}\)?$/i,
  // A press release's furniture: its label, its embargo, its end mark and what follows it.
  KIND_LABEL,
  /^(embargo(ed)?( until)?|under embargo)\b.{0,60}$/i,
  END_MARK,
  NOTES_OR_CONTACTS,
  // A cookie banner's buttons and links.
  /^(accept|reject|decline|allow|refuse|deny)( all)?( cookies)?$/i,
  /^(cookie|privacy) (settings|preferences|policy|notice)$|^manage (cookies|preferences|consent)$/i,
  // A row of share buttons: "Facebook Twitter LinkedIn", "Share on X · Email".
  SOCIAL_ROW,
  META_COUNTS,
  ...SOCIAL_POST,
  READING_AIDS,
  VIDEO_PAGE,
  DATE_LABEL,
  AUTHOR_LINE,
  AUTHOR_BOX,
  POST_BUTTON,
  FIELD_LINE,
  POST_LINK,
  BACK_LINK,
  MORE_LINKS,
  LABELLED_SOCIAL_ROW,
  // A site generator's or content system's tags left on a line of their own: "{{< share-buttons >}}",
  // "{% include related.html %}", "[contact-form-7 id=\"12\"]", "[/caption]".
  /^(\s*(\{\{[<%][^{}]*[>%]\}\}|\{%[^{}]*%\}|\[\/?[a-z][\w-]*(\s[^[\]]*)?\]))+\s*$/,
  // An image's width and height left by a copied page, before the site's or picture's name: "150 150 Sample News".
  // Two whole numbers, parted by a space or an "x": a year before a title's words ("2037 Plenary Statement") is none.
  /^(?!(19|20)\d\d\s+(19|20)\d\d\b)\d{2,4}(\s*[x×]\s*|\s+)\d{2,4}(?!\d)(\s+\p{Lu}[\p{L}'’&.-]*){0,6}$/u,
  // A slide or page counter: "1 of 6", "Page 2 of 4", "- 2 -".
  /^(page\s+)?\d{1,4}\s*(of|\/)\s*\d{1,4}$/i,
  // … or a thread's post number set apart from its post (threads.ts), perhaps after the thread's mark: "🧵 1/6", "(2/6)".
  /^[\p{Extended_Pictographic}\u200d\ufe0f\s]*\(\d{1,2}\s?\/\s?\d{1,2}\)$|^[\p{Extended_Pictographic}\u200d\ufe0f]+\s*\d{1,2}\s?\/\s?\d{1,2}$/u,
  // … after a running header or footer copied with it: "SAMPLE ASSOCIATION – Statement to the Plenary 2050  Page 1 of 2".
  // "Page" capitalised, after no lower-case word: "… on Page 12 of 40" in a sentence is none.
  /^[^.!?]{1,120}([^\p{Ll}\s]\s+|\s[|·–—-]\s+)(Page|PAGE|P\.)\s*\d{1,4}\s*(of|OF|\/)\s*\d{1,4}$/u,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  // A browser's print header ("11/30/26, 5:15 PM <page title>") or footer (an address, with "1/2").
  new RegExp(`^${DATE_TIME}(\\s|$)`, 'i'),
  /^(https?:\/\/|file:\/\/|www\.)\S+(\s+\d{1,4}\s*\/\s*\d{1,4})?$/i,
  SAMPLE_LABEL,
  ...FRENCH_PAGE_END,
];

// A link line that sends the reader elsewhere for the text: "To read further:", "Read the full opening speech here:".
const READ_ELSEWHERE =
  /^(to |please |you can |click here to )?(read|see|view|find|access|download)\b[^.!?]{0,60}(here|below|further|in full|full (text|speech|statement)|online|pdf|link)?\s*[:…>»]$/i;
const READ_HERE =
  /^(to |please |you can |click here to )?(read|see|view|download)\b[^.!?]{0,60}\bhere\b\s*[.:…>»]?$/i;

// Lines that end the statement on a page: whatever follows them is the site's, not the speaker's.
const PAGE_END = [
  ...FRENCH_PAGE_END,
  READ_ELSEWHERE,
  READ_HERE,
  /^(follow|like|find|connect with) us\b/i,
  // The heading of a post's comments, perhaps with a colon (Blogger's "No comments:", "3 comments:").
  /^\d+ (comments?|responses?|replies)\s*:?$/i,
  // … or its count after it, as a video page prints it: "Comments 7", "Comments • 1.2K".
  /^comments\s*[•·:]?\s*\d[\d,.]*\s?[km]?$/i,
  // The heading of a post's comments: "3 Responses to “…”", "One thought on “…”", "12 comments on "…"" — the quoted
  // post's title ends the line, so a sentence of speech opening the same way ("One response to “scope” is …") is not.
  /^(\d+|one|no)\s+(comments?|responses?|replies|thoughts?)\s+(on|to)\s+(“[^”]*”|"[^"]*"|‘.*’|'.*'|«[^»]*»)\s*:?$/i,
  /^(no comments( yet)?|comments are closed)\s*[.:]?$/i,
  /^leave a (comment|reply)\b/i,
  // The heading of a platform's comments or the box to write one: "Discussion about this post", "Join the
  // conversation", "Write a comment…", "To view or add a comment, sign in".
  // A thread's or video's link to more replies under it: "Show more replies", "View all replies", "Load more replies".
  /^(show|view|load|see) (more |all |additional |\d+ )?(replies|comments)$/i,
  /^(discussion about this (post|article|story)|join the (discussion|conversation)|(write|add|post) a (comment|reply|response)\b\W{0,4}|(to view or )?add a comment,? sign in|see (more|all|previous) comments)$/i,
  // The line that opens an e-mail's signature, "-- ": what follows is the sender's name, address and legal notice.
  /^--$/,
  /^(recent|latest|popular|related|more) (posts|news|articles|stories|statements|entries|publications)\s*:?$/i,
  /^(post navigation|related( posts| articles| stories)?|you may also like)\s*:?$/i,
  /^share( this( post| page| article| story)?)?\s*:/i,
  /^share this( post| page| article| story)?$/i,
  END_MARK,
  NOTES_OR_CONTACTS,
  AUTHOR_BOX,
  // A site's credit to the software it runs on: "Published with Ghost", "Proudly powered by WordPress".
  /^([Pp]roudly )?([Pp]ublished|[Pp]owered|[Bb]uilt|[Mm]ade) (with|by|on) \p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)?\s*[.|]?$/u,
];

// Lines a post shows after the statement, which may also stand above it or between its parts: its filing, links to
// its neighbours and to other posts, a way back to the listing, a share bar. They end the statement only when no
// paragraph of speech follows them.
const TRAILING_END = [
  /^((posted|filed) (in|under)|tagged( with)?|class[ée] dans)\s*:?\s+\S|^(categor(y|ies)|tags?|labels?|topics?|mots[- ]cl[ée]s|[ée]tiquettes?|libell[ée]s)\s*:\s*\S/i,
  POST_LINK,
  BACK_LINK,
  MORE_LINKS,
  LABELLED_SOCIAL_ROW,
];

// Words a site's menu bar is made of; a line of mostly these, capitalised, is the menu, not the statement.
const MENU_WORDS = new Set(
  (
    'home about us who we are what do our work team members member news blog media press resources ' +
    'publications statements statement reports documents library events contact donate search join get ' +
    'involved projects campaigns issues partners faq login log in en fr es pt français español português ' +
    'archive archives gallery multimedia videos photos shop support take action newsletter history mission ' +
    'governance programmes programs research topics countries regions publications submissions ' +
    // French menus: "Accueil Qui sommes-nous Actualités Déclarations Contact".
    'accueil qui sommes-nous nous à propos actualités déclarations membres ressources médias presse ' +
    'événements agenda rapports documents rechercher faire un don adhérer'
  ).split(' '),
);

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** True for a site's menu bar or breadcrumb: "Home About us Members Statements Contact", "Home » News". */
export function isMenuLine(text: string): boolean {
  const line = text.trim();
  if (/^(home|accueil)\s*[»>/|›·•]/i.test(line)) return true;
  if (/[.!?,;:]$/.test(line)) return false;
  const items = words(line.replace(/[|·•»›/]+/g, ' '));
  if (items.length < 3 || items.length > 24) return false;
  if (!items.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || MENU_WORDS.has(w.toLowerCase()))) return false;
  const known = items.filter((w) => MENU_WORDS.has(w.toLowerCase())).length;
  return (/^(home|accueil)$/i.test(items[0] as string) && known >= 2) || known / items.length >= 0.75;
}

/** True for one item of a menu copied one per line: "Home", "About us", "Statements". */
export function isMenuItem(text: string): boolean {
  const items = words(text.trim());
  return items.length > 0 && items.length <= 4 && items.every((w) => MENU_WORDS.has(w.toLowerCase()));
}

/** True for a field whose value is only a date, whatever its label: "When: Monday, 9 November 2037". */
function isDateField(line: string): boolean {
  const m = /^(\p{Lu}[\p{Ll}]*(?: [\p{Ll}]+){0,2})\s*:\s*(.+)$/u.exec(line);
  return m !== null && isDateLine(m[2] as string);
}

// When the page was last changed, with the day: "Last updated 4 November 2065", "Page last modified on 3 May 2040".
const LAST_CHANGED = new RegExp(String.raw`^(?:${LAST_CHANGED_LABEL}|updated on)\s*:?\s+(?<day>.+)$`, 'i');

/**
 * True for a page's footer or meta line made of pieces a bar parts, each of them residue: "Last updated 4 November
 * 2065 | Back to statements", "© 2040 Sample Network | Privacy | Contact".
 */
function isRowOfResidue(line: string): boolean {
  const parts = line.split(/\s+\|\s+/);
  return parts.length >= 2 && parts.every((part) => part !== '' && isBoilerplate(part));
}

/** True for web-page or document residue: comment prompts, share widgets, "Posted on", menus, counters. */
export function isBoilerplate(text: string): boolean {
  const line = text.trim();
  if (line.length > 300) return false;
  const changed = LAST_CHANGED.exec(line)?.groups?.day;
  return (
    RESIDUE.some((re) => re.test(line)) ||
    isReadElsewhere(line) ||
    isMenuLine(line) ||
    isKindLine(line) ||
    isDateField(line) ||
    isTimeStampLine(line) ||
    (changed !== undefined && isDateLine(changed)) ||
    isRowOfResidue(line)
  );
}

/** True for a line sending the reader elsewhere: "To read further:", "Read the full speech here:". */
export function isReadElsewhere(text: string): boolean {
  const line = text.trim();
  return words(line).length <= 14 && (READ_ELSEWHERE.test(line) || READ_HERE.test(line));
}

/** True for a line after which a page carries only the site's own matter: "Follow us", "0 Comments". */
export function isPageEnd(text: string): boolean {
  const line = text.trim();
  return line.length <= 120 && PAGE_END.some((re) => re.test(line));
}

/**
 * True for a line after which a page carries only the site's own matter when no paragraph of speech comes after
 * it: "Tagged: reform", "« Older post", "Related items", "Back to the news listing".
 */
export function isTrailingEnd(text: string): boolean {
  const line = text.trim();
  return line.length <= 160 && TRAILING_END.some((re) => re.test(line));
}

/** True for a press release's own frame after its text: its end mark ("ENDS", "###", "-30-") or "Notes to editors". */
export function isReleaseEnd(text: string): boolean {
  const line = text.trim();
  return END_MARK.test(line) || NOTES_OR_CONTACTS.test(line);
}

/** True for a lone follow button under a post's headline or after it: "Follow". */
export function isFollowButton(text: string): boolean {
  return /^follow$/i.test(text.trim());
}

/**
 * True for what a social network prints under the name of a post's author: a follow button, a count of followers
 * ("1,284 followers"), the post's age ("2d • Edited •"), the author's handle ("@SampleKasaiRights").
 */
export function isUnderPostAuthor(text: string): boolean {
  const line = text.trim();
  return isFollowButton(line) || FOLLOWER_COUNT.test(line) || POST_AGE.test(line) || HANDLE.test(line);
}

/**
 * True when the line at `i` begins a card about the post's author after the text: "Written by …" with a count of
 * followers within the next two lines ("214 Followers"); the card's bio and what follows are the site's.
 */
export function isAuthorCard(lines: readonly string[], i: number): boolean {
  return (
    AUTHOR_LINE.test((lines[i] as string).trim()) &&
    lines.slice(i + 1, i + 3).some((line) => FOLLOWER_COUNT.test(line.trim()))
  );
}

/**
 * True when the line at `i` heads a release's paragraph about its sender: "About the Sample Network" over a paragraph
 * that begins with that name ("The Sample Network brings together …"); it and what follows are the release's frame.
 */
export function isAboutSender(lines: readonly string[], i: number): boolean {
  const m = /^about (the )?(.{3,80}?)\s*:?$/i.exec((lines[i] as string).trim());
  if (!m || !isOrganisationName(m[2] as string)) return false;
  const name = (m[2] as string).toLowerCase();
  const next = (lines[i + 1] ?? '').trim().toLowerCase().replace(/^the /, '');
  return next.startsWith(name) && next.length > name.length + 20;
}

/** True for a short line naming a site or organisation: "Kimberley Process Civil Society Coalition". */
export function isOrganisationName(text: string): boolean {
  const line = text.trim().replace(/[.:]$/, '');
  const all = words(line);
  if (all.length === 0 || all.length > 10 || /[,;!?]/.test(line)) return false;
  if (
    !all.every(
      (w) => /^[\p{Lu}\p{N}("“&]/u.test(w) || /^(of|for|and|the|on|in|de|du|des|la|le|et|pour)$/i.test(w),
    )
  )
    return false;
  return (
    isOrganisationNoun(all.at(-1) as string) ||
    isNounFirst(all[0] as string) ||
    /\b(coalition|council|network|alliance)\b/i.test(line)
  );
}
