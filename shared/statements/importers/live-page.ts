/** A news site's live page (a live blog): its entries, each stamped with a time, and the one that carries a statement. */
import { isSalutation } from '../salutations';
import { childElements, descendants, type HtmlElement } from './html-tree';

// How many stamped entries side by side make a live page.
const MIN_ENTRIES = 3;

/** For each element under `root`, the first <time> element inside it (its own stamp), when it has one. */
function stamps(root: HtmlElement): Map<HtmlElement, HtmlElement> {
  const found = new Map<HtmlElement, HtmlElement>();
  // Children before their parents, in one pass: the reverse of a depth-first order.
  for (const e of [...descendants(root)].reverse()) {
    if (e.name === 'time') found.set(e, e);
    const stamp = childElements(e)
      .map((child) => found.get(child))
      .find((s) => s !== undefined);
    if (stamp && !found.has(e)) found.set(e, stamp);
  }
  return found;
}

/**
 * The entry of a live page under `root` that carries a statement: among three or more sibling elements each stamped
 * with its own <time>, the one entry whose text (`paragraphsOf`) has the statement's addresses, with its stamp.
 * Undefined for a page that is not live, or where none or several entries of one list carry addresses.
 */
export function statementEntry(
  root: HtmlElement,
  paragraphsOf: (e: HtmlElement) => readonly string[],
): { readonly entry: HtmlElement; readonly stamp: HtmlElement } | undefined {
  const stamped = stamps(root);
  for (const parent of descendants(root)) {
    const entries = childElements(parent).filter((child) => stamped.has(child) && child.name !== 'time');
    if (entries.length < MIN_ENTRIES) continue;
    const speaking = entries.filter((entry) => paragraphsOf(entry).some((p) => isSalutation(p)));
    const entry = speaking[0];
    // A list of dated links (other stories) has no addresses: the live entries may still come.
    if (entry === undefined) continue;
    return speaking.length === 1 ? { entry, stamp: stamped.get(entry) as HtmlElement } : undefined;
  }
  return undefined;
}
