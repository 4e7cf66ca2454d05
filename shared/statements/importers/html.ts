/** A web page saved from a browser (.html, .htm): the statement's own text, without the site around it. */
import { findDate, isSpeakerOrPlaceLine } from '../metadata';
import { isDateLine, isPlaceDateLine } from '../months';
import { normaliseText } from '../normalise-text';
import { findOrganisationIn, findSpeakingFor } from '../organisation';
import { LINE_PARTS } from '../residue';
import { extractionError, type Extraction } from './extraction';
import { childElements, descendants, parseHtmlTree, type HtmlElement, type HtmlNode } from './html-tree';
import { statementEntry } from './live-page';
import { decodeTextFile } from './txt';

// Never text of the statement: code, media, forms and page chrome.
const DROPPED_TAGS = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  // A picture's caption ("Delegates in the hall on the last day. Photo: …"), like the picture it stands under.
  'figcaption',
  'map',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'label',
  'nav',
  'aside',
  'footer',
  'dialog',
  'menu',
  'link',
  'meta',
  'base',
]);

// Page regions that carry no statement text, whatever the tag.
const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

// A class or id word with a part that starts with one of these marks a widget, not the statement.
const WIDGET_PREFIXES = [
  'share',
  'sharing',
  'social',
  'follow',
  'related',
  'sidebar',
  'widget',
  'cookie',
  'newsletter',
  'comment',
  'respond',
  'breadcrumb',
  'nav',
  'menu',
  'skip',
  'screen-reader',
  'advert',
  'subscribe',
  'popup',
  'modal',
  'byline',
  'posted',
  'addtoany',
  'masthead',
  'colophon',
  'footer',
  'sharedaddy',
  // A CMS's item toolbar: print and e-mail links, text resizer, rating (Joomla's "itemToolbar").
  'toolbar',
  'print-link',
  'email-link',
  'text-resizer',
  'rating',
];
// ... and these only as a whole part ("entry-meta", but not "metadata").
// ("article-excerpt": a sentence the site wrote about the post, shown under its heading, is not the post's text.)
const WIDGET_PARTS = new Set(['meta', 'tags', 'ads', 'ad', 'sr-only', 'excerpt']);

// The page's own frame around the statement is never dropped for its class names ("wrap has-sidebar").
const NEVER_DROPPED_BY_CLASS = new Set(['#document', 'html', 'body', 'main', 'article']);
const CONTAINER_PART = /^(content|primary|main|page|site|wrap|wrapper|container|entry|post|inner|article)$/;

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'hr',
  'center',
  'details',
  'summary',
  'body',
  'html',
  'fieldset',
]);

const POST_SELECTORS: ReadonlyArray<(e: HtmlElement) => boolean> = [
  (e) => hasClass(e, 'entry-content') || hasClass(e, 'post-content') || hasClass(e, 'article-content'),
  (e) => hasClass(e, 'post-body') || hasClass(e, 'entry') || hasClass(e, 'single-post'),
];
// A document published from a word processor to the web (Google Docs' "Publish to the web"): its text in one
// "doc-content" block between the service's banners and footer.
const PUBLISHED_DOCUMENT = (e: HtmlElement) => hasClass(e, 'doc-content');
const CONTENT_SELECTORS: ReadonlyArray<(e: HtmlElement) => boolean> = [
  PUBLISHED_DOCUMENT,
  (e) => e.name === 'main' || e.attrs.role === 'main',
  ...POST_SELECTORS,
  (e) => e.attrs.id === 'content' || hasClass(e, 'content'),
];
// A post's own heading outside its body, as microformats and Blogger mark it: "entry-title", "post-title".
const POST_TITLE = (e: HtmlElement) => hasClass(e, 'entry-title') || hasClass(e, 'post-title');

function classWords(e: HtmlElement): string[] {
  // camelCase names split like kebab-case ones: "itemSocialSharing" → "item-social-sharing".
  return `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

function hasClass(e: HtmlElement, name: string): boolean {
  return (e.attrs.class ?? '').split(/\s+/).includes(name);
}

/** True for a class or id word that names a widget: "sharedaddy", "comment-respond", "entry-meta". */
function isWidgetWord(word: string): boolean {
  const parts = word.split(/[-_]+/);
  return parts.some(
    (part, i) =>
      WIDGET_PARTS.has(part) || WIDGET_PREFIXES.some((prefix) => parts.slice(i).join('-').startsWith(prefix)),
  );
}

/** True for an element whose class or id marks it as a widget (share, comments, sidebar…). */
function droppedByClass(e: HtmlElement): boolean {
  if (NEVER_DROPPED_BY_CLASS.has(e.name)) return false;
  const words = classWords(e);
  const widget = words.filter(isWidgetWord);
  if (!widget.length) return false;
  const container = words.some(
    (w) => !isWidgetWord(w) && w.split(/[-_]+/).some((part) => CONTAINER_PART.test(part)),
  );
  return !container;
}

/**
 * True for a content system's widget frame and nothing else ("widget Blog", Blogger's frame around its posts): a
 * frame that may hold the post itself, unlike a share, comment or sidebar widget.
 */
function isWidgetFrame(e: HtmlElement): boolean {
  const widget = classWords(e).filter(isWidgetWord);
  return widget.length > 0 && widget.every((w) => /^widgets?$/.test(w));
}

/** True for an element that never carries statement text. */
function dropped(e: HtmlElement, insideContent: boolean): boolean {
  if (DROPPED_TAGS.has(e.name)) return true;
  // The page header goes; an article's own header keeps the statement's title.
  if (e.name === 'header' && !insideContent) return true;
  if (e.attrs.hidden !== undefined || e.attrs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.attrs.style ?? '')) return true;
  if (DROPPED_ROLES.has((e.attrs.role ?? '').toLowerCase())) return true;
  return droppedByClass(e);
}

/** The elements matching a test, skipping dropped regions (but for widget frames, when `intoFrames`). */
function findAll(root: HtmlElement, test: (e: HtmlElement) => boolean, intoFrames = false): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (e: HtmlElement, insideContent: boolean) => {
    if (e !== root && dropped(e, insideContent) && !(intoFrames && isWidgetFrame(e))) return;
    if (test(e)) found.push(e);
    const inside = insideContent || e.name === 'article' || e.name === 'main' || e.attrs.role === 'main';
    for (const child of childElements(e)) visit(child, inside);
  };
  visit(root, false);
  return found;
}

// The label of a content system's field: Drupal's "field__label" (8 and later) and "field-label" (7), Views' "views-label".
const FIELD_LABEL_CLASS = /^(field|views)(__|-)label$/;

/** The label child of a field shown as a label beside or over its value, or undefined. */
function fieldLabel(e: HtmlElement): HtmlElement | undefined {
  return childElements(e).find((child) => classWords(child).some((w) => FIELD_LABEL_CLASS.test(w)));
}

/**
 * A field as one line, "Label: value, value" ("Date: Thursday, 14 June 2035", "Tags: Reform, Peer review"): a label
 * with no colon over its value would read as a heading and a line of speech.
 */
function fieldLine(field: HtmlElement, label: HtmlElement, inside: boolean): string {
  const name = elementText(label).replace(/[\s:]+$/, '');
  const values = field.children.flatMap((child) => {
    if (child === label) return [];
    if (child.kind === 'text') return [child.text.replace(/\s+/g, ' ').trim()];
    return dropped(child, inside) ? [] : paragraphsOf(child, inside);
  });
  return `${name}: ${values.filter(Boolean).join(', ')}`;
}

// A note's mark in the text: "1", "[1]", "*", "†" (in a <sup>, or a link to the note).
const NOTE_MARK = /^\[?(\d{1,3})\]?$|^([*†‡]{1,3})$/;
// A link back from a note to its mark: "↩", "↑", "^".
const BACK_LINK = /^[↩↑^⤴↵]\uFE0E?$/u;
const NOTE_ID = /^(fn|footnote|endnote|note|_?ftn|_?edn)[-_:]?\d+$/i;

/** The text under an element as it stands, nothing dropped: for a short mark or link. */
function rawText(e: HtmlElement): string {
  return e.children
    .map((c) => (c.kind === 'text' ? c.text : rawText(c)))
    .join('')
    .trim();
}

/** The mark of a note in the speech, as "[1]" (or "*"): a short label in a <sup>, or a link to a note; else null. */
function noteMark(e: HtmlElement): string | null {
  const href = e.attrs.href ?? '';
  const linksToNote =
    e.name === 'a' && /^#/.test(href) && NOTE_ID.test(href.slice(1).replace(/^_?ftnref|^_?ednref/i, 'fn'));
  if (e.name !== 'sup' && !linksToNote) return null;
  const m = NOTE_MARK.exec(rawText(e));
  if (!m) return null;
  return m[1] ? `[${m[1]}]` : (m[2] as string);
}

/** True for a page's list or section of footnotes or endnotes: by its class, its ARIA role or its items' ids. */
function isNotesList(e: HtmlElement): boolean {
  if (/^doc-(end|foot)notes?$/.test(e.attrs.role ?? '')) return true;
  if (classWords(e).some((w) => /^(foot|end)?notes?$|^(foot|end)notes?[-_]|[-_](foot|end)notes?$/.test(w)))
    return true;
  const items = childElements(e).filter((c) => c.name === 'li');
  return (
    (e.name === 'ol' || e.name === 'ul') &&
    items.length > 0 &&
    items.every((li) => NOTE_ID.test(li.attrs.id ?? ''))
  );
}

/** The statement's paragraphs under an element: blocks become paragraphs, <br> a line break. */
function paragraphsOf(root: HtmlElement, insideContent: boolean): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const visit = (node: HtmlNode, inside: boolean, pre: boolean) => {
    if (node.kind === 'text') {
      current += pre ? node.text : node.text.replace(/\s+/g, ' ');
      return;
    }
    if (node !== root && dropped(node, inside)) return;
    if (node.name === 'br') {
      current += '\n';
      return;
    }
    // A note's mark stays as "[1]"; a link back from the note to it goes.
    const mark = noteMark(node);
    if (mark !== null) {
      current += mark;
      return;
    }
    if (node.name === 'a' && BACK_LINK.test(rawText(node))) return;
    // Footnotes or endnotes: "Notes" over one "[n] …" paragraph each, as a document's notes read.
    if (node !== root && isNotesList(node)) {
      flush();
      const list = /^[ou]l$/.test(node.name)
        ? node
        : [...descendants(node)].find((e) => /^[ou]l$/.test(e.name));
      const items = list ? childElements(list).filter((c) => c.name === 'li') : [];
      const notes = items.length
        ? items.map((li, i) => {
            const text = paragraphsOf(li, inside).join(' ');
            return /^\[\d+\]/.test(text) ? text : `[${i + 1}] ${text}`;
          })
        : paragraphsOf(node, inside);
      if (notes.length) paragraphs.push('Notes', ...notes);
      return;
    }
    const label = node === root ? undefined : fieldLabel(node);
    if (label) {
      flush();
      current = fieldLine(node, label, inside);
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    const nextInside =
      inside || node.name === 'article' || node.name === 'main' || node.attrs.role === 'main';
    for (const child of node.children) visit(child, nextInside, pre || node.name === 'pre');
    if (block) flush();
  };
  visit(root, insideContent, false);
  flush();
  return paragraphs;
}

function textLength(e: HtmlElement): number {
  return paragraphsOf(e, true).join(' ').length;
}

/** True when an element holds any text at all, looking no further than the first. */
function hasText(e: HtmlElement): boolean {
  const stack: HtmlNode[] = [e];
  while (stack.length) {
    const node = stack.pop() as HtmlNode;
    if (node.kind === 'text') {
      if (node.text.trim()) return true;
    } else if (node === e || !dropped(node, true)) stack.push(...node.children);
  }
  return false;
}

/** The element that holds the statement: the longest article, else main, else a content div, else body. */
function contentRoot(document: HtmlElement): HtmlElement {
  const articles = findAll(document, (e) => e.name === 'article');
  if (articles.length) {
    const measured = articles.map((e) => ({ e, length: textLength(e) }));
    const best = measured.reduce((a, b) => (b.length > a.length ? b : a));
    if (best.length > 0) return best.e;
  }
  for (const selector of CONTENT_SELECTORS) {
    // A post inside a content system's widget frame (Blogger's "widget Blog") is still the page's post.
    const match =
      findAll(document, selector).find(hasText) ??
      (POST_SELECTORS.includes(selector) ? findAll(document, selector, true).find(hasText) : undefined);
    if (match) return match;
  }
  return findAll(document, (e) => e.name === 'body')[0] ?? document;
}

function elementText(e: HtmlElement): string {
  return paragraphsOf(e, true).join(' ').replace(/\s+/g, ' ').trim();
}

/** The page's title when the content itself has no heading: its h1, else <title> without the site name. */
function pageTitle(document: HtmlElement): string | null {
  const h1 = findAll(document, (e) => e.name === 'h1')
    .map(elementText)
    .find(Boolean);
  if (h1) return h1;
  const heading = findAll(document, POST_TITLE, true).map(elementText).find(Boolean);
  if (heading) return heading;
  const { title, siteName } = headOf(document);
  if (!title) return null;
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = title.slice(at + separator.length).trim();
    if (separator === ' | ' || (siteName && suffix === siteName)) return title.slice(0, at).trim();
  }
  return title;
}

// What parts a page's name from its site's in <title>: "Closing Speech | Sample Network".
const TITLE_SEPARATORS = [' | ', ' – ', ' — ', ' - '];

/** The page's <title> text and its site's name (og:site_name or application-name), spaces collapsed; '' / null if none. */
function headOf(document: HtmlElement): { readonly title: string; readonly siteName: string | null } {
  const head = [...descendants(document)].filter((e) => e.name === 'title' || e.name === 'meta');
  const title = head.find((e) => e.name === 'title');
  const named = head.find(
    (e) => e.name === 'meta' && (e.attrs.property === 'og:site_name' || e.attrs.name === 'application-name'),
  )?.attrs.content;
  return {
    title: title ? rawText(title).replace(/\s+/g, ' ').trim() : '',
    siteName: named?.trim() ? named.replace(/\s+/g, ' ').trim() : null,
  };
}

// Where a page states when its post was published, besides a <time datetime> in the post.
const PUBLISHED_META = new Set([
  'article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dcterms.created',
]);

/**
 * When the post was published, as the page says it: the first <time datetime> in the content (its text when
 * that is a date, "November 14, 2018", else the ISO day) or a published-time <meta>; null when the page does not
 * say. Such dates usually sit in a post's meta bar, which is dropped as page furniture.
 */
function publishedDate(document: HtmlElement, root: HtmlElement, html: string): string | null {
  // Looked for in the dropped parts too: the meta bar that holds it is furniture.
  const time = [...descendants(root)].find(
    (e) => e.name === 'time' && /^\d{4}-\d{2}-\d{2}/.test(e.attrs.datetime ?? ''),
  );
  const meta = [...descendants(document)].find(
    (e) =>
      e.name === 'meta' &&
      PUBLISHED_META.has((e.attrs.property ?? e.attrs.name ?? e.attrs.itemprop ?? '').toLowerCase()),
  );
  // A post's timestamp marked in the page (schema.org's itemprop, as Blogger's <abbr title="2036-11-14T10:42…">).
  const marked = [...descendants(document)].find(
    (e) =>
      e.name !== 'meta' &&
      e.attrs.itemprop?.toLowerCase() === 'datepublished' &&
      /^\d{4}-\d{2}-\d{2}/.test(e.attrs.datetime ?? e.attrs.content ?? e.attrs.title ?? ''),
  );
  const stamp = marked && (marked.attrs.datetime ?? marked.attrs.content ?? marked.attrs.title);
  const day = (time?.attrs.datetime ?? meta?.attrs.content ?? stamp ?? '').slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return postedLine(root) ?? addressDate(document, html);
  const shown = time ? elementText(time) : '';
  return isDateLine(shown) ? shown : day;
}

// A day in a page's address, as content systems file their posts: "…/news/2059/11/21/closing-statement".
const ADDRESS_DAY = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/|$|[?#])/;

/**
 * The day a page's own address files it under, when the page gives its address: its canonical link, og:url, or the
 * browser's "saved from url=" mark on a page saved whole. The ISO day, or null.
 */
function addressDate(document: HtmlElement, html: string): string | null {
  const addresses = [...descendants(document)].flatMap((e) =>
    (e.name === 'link' && (e.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) ||
    (e.name === 'meta' && (e.attrs.property ?? '').toLowerCase() === 'og:url')
      ? [e.attrs.href ?? e.attrs.content ?? '']
      : [],
  );
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  for (const address of saved ? [...addresses, saved] : addresses) {
    const m = ADDRESS_DAY.exec(address.replace(/^[a-z]+:\/\/[^/]+/i, ''));
    if (m) return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  }
  return null;
}

// A post's meta bar in words: "Posted on 18 November 2048 by admin · Statements", "Published: 3 June 2032".
const POSTED = /^(posted|published|publi[ée])\b/i;

// A byline or date bar by its class: "byline", "article-date", "post-meta", "entry-date", "timestamp".
const DATED_CLASS =
  /^(byline|dateline|timestamp|pubdate|(article|post|entry|publish(ed)?)-?(date|meta|info))$/;

/** True for a byline or a post's meta bar, by its class (`DATED_CLASS`). */
function isMetaBar(e: HtmlElement): boolean {
  return classWords(e).some((w) => DATED_CLASS.test(w));
}

/**
 * A meta bar's dated part written in words, with no <time> or <meta> to say the day ("Posted on 18 November 2048 by
 * admin", a byline "By Sample Writer · 27 November 2081 · 6 min read"), else null.
 */
function postedLine(root: HtmlElement): string | null {
  for (const e of descendants(root)) {
    const text = rawText(e).replace(/\s+/g, ' ').trim();
    if (text.length > 160) continue;
    const parts = text.split(LINE_PARTS);
    if (POSTED.test(text)) {
      const part = parts[0] as string;
      if (findDate(part).date && isDateLine(part)) return part;
    } else if (isMetaBar(e)) {
      const part = parts.find((p) => findDate(p).date && isDateLine(p));
      if (part) return part;
    }
  }
  return null;
}

/**
 * The lines of a post's meta bar (by its class, as `postedLine` finds it) that name the speaker with the role or the
 * place with its country: "Sample Person Okafor, Head of Delegation", "Lilongwe, Malawi". A government's remarks give
 * them there; a byline ("By Sample Writer") and the date are no such line.
 */
function metaBarFacts(root: HtmlElement): string[] {
  const facts: string[] = [];
  for (const e of descendants(root)) {
    if (!isMetaBar(e)) continue;
    const lines = childElements(e).length > 0 ? childElements(e).map(rawText) : [rawText(e)];
    for (const line of lines.map((l) => l.replace(/\s+/g, ' ').trim()))
      if (line.length <= 120 && isSpeakerOrPlaceLine(line) && !facts.includes(line)) facts.push(line);
  }
  return facts;
}

/**
 * The site's name, when the page gives it: its og:site_name (or application-name), else what follows the heading in
 * <title> ("Closing statement to the 2048 plenary – Marula Mining Forum"). Null when the page does not say.
 */
function siteName(document: HtmlElement, heading: string | null): string | null {
  const { title, siteName: named } = headOf(document);
  if (named) return named;
  if (!heading) return null;
  for (const separator of TITLE_SEPARATORS) {
    if (title.startsWith(heading + separator))
      return title.slice(heading.length + separator.length).trim() || null;
  }
  return null;
}

/** True when a text's heading or signature names an organisation, or its opening says whom it speaks for. */
function namesItsOrganisation(paragraphs: readonly string[]): boolean {
  const said = [paragraphs[0] ?? '', ...paragraphs.slice(-4)];
  return said.some((p) => findOrganisationIn(p)) || paragraphs.slice(1, 4).some((p) => findSpeakingFor(p));
}

/** Extracts the statement's own paragraphs from a saved web page, as text; null for a page nested absurdly deep. */
export function htmlToText(html: string): string | null {
  const document = parseHtmlTree(html);
  if (!document) return null;
  const page = contentRoot(document);
  // A live page's entry that carries a statement is the statement; the page's other entries report around it.
  const live = statementEntry(page, (e) => paragraphsOf(e, true));
  const root = live?.entry ?? page;
  const paragraphs = paragraphsOf(
    root,
    root.name === 'article' || root.name === 'main' || live !== undefined,
  );
  if (live) {
    // The entry's stamp ("17:25") gives the day from its datetime, under the entry's heading.
    const stamp = elementText(live.stamp);
    const day = findDate((live.stamp.attrs.datetime ?? '').slice(0, 10)).date;
    const at = paragraphs.indexOf(stamp);
    if (at >= 0) paragraphs.splice(at, 1);
    if (day) paragraphs.splice(Math.min(1, paragraphs.length), 0, day);
    // The live page's own headline names the meeting and its place ("Live: the Antwerp plenary's last day"): it goes
    // under the entry's heading and its day, as a line naming the meeting does.
    const headline = pageTitle(document);
    if (headline && !paragraphs.includes(headline)) paragraphs.splice(day ? 2 : 1, 0, headline);
  }
  const hasHeading = findAll(root, (e) => /^h[12]$/.test(e.name)).some((e) => elementText(e).length > 0);
  // A published document's <title> is its file's name ("CSC statement final v2"), not a heading of its text.
  if (!hasHeading && paragraphs.length && !PUBLISHED_DOCUMENT(root)) {
    const title = pageTitle(document);
    if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  }
  // The post's date, when its meta bar went with the furniture and the text above does not say it: a dateline
  // under the heading. A statement opening on its own place and date ("Windhoek, 17 November 2096") says its day,
  // and the page's, often days later, would stand over it.
  const date = publishedDate(document, root, html);
  const day = date && findDate(date).date;
  const said = (p: string) =>
    isDateLine(p) || isPlaceDateLine(p) || (day !== null && findDate(p).date === day);
  if (date && paragraphs.length && !paragraphs.slice(0, 4).some(said)) paragraphs.splice(1, 0, date);
  // Who spoke and where, when the page's meta bar says it and went with the furniture: under the heading, over the date.
  const facts = metaBarFacts(root).filter((line) => !paragraphs.includes(line));
  if (facts.length && paragraphs.length) paragraphs.splice(1, 0, ...facts);
  // The site's name stands above the heading, as a letterhead does, when the text names no organisation where a
  // statement says who speaks (its heading, its first paragraphs, its signature): the site may be the speaker's.
  const site = paragraphs.length ? siteName(document, paragraphs[0] ?? null) : null;
  if (site && !namesItsOrganisation(paragraphs)) paragraphs.unshift(site);
  return paragraphs.join('\n\n');
}

/** The text of a saved web page; a page with nothing but site furniture is refused. */
export function extractHtml(bytes: Uint8Array): Extraction {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded;
  const html = htmlToText(decoded.text);
  if (html === null)
    return extractionError('corrupt', 'the page is malformed (elements nested over 1,000 deep)');
  const text = normaliseText(html).trim();
  return text ? { ok: true, text } : extractionError('no-statement-text', 'no statement text in the page');
}
