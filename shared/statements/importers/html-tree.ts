/** A small, inert element tree parsed from HTML: names, attributes and text, nothing that can run. */
import { Parser } from 'htmlparser2';

/** An element with its lower-cased name, attributes and children. */
export interface HtmlElement {
  readonly kind: 'element';
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}

/** A run of text, entities already decoded. */
export interface HtmlText {
  readonly kind: 'text';
  readonly text: string;
}

/** A node of the tree. */
export type HtmlNode = HtmlElement | HtmlText;

// Deeper nesting is flattened into the element at this depth, so walking the tree never overflows the stack.
const MAX_DEPTH = 400;
// Beyond this many open elements the page is refused: the parser's own bookkeeping grows with the square of it.
const MAX_OPEN_ELEMENTS = 1000;
// Written in small pieces so a run of opening tags is caught soon after it passes the limit.
const WRITE_PIECE = 4096;

/** Parses HTML into a tree; comments, processing instructions and CDATA are dropped. Null when nested absurdly deep. */
export function parseHtmlTree(html: string): HtmlElement | null {
  const root: HtmlElement = { kind: 'element', name: '#document', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let overflow = 0;
  let open = 0;
  let tooDeep = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        open++;
        if (open > MAX_OPEN_ELEMENTS) tooDeep = true;
        const parent = stack[stack.length - 1] as HtmlElement;
        if (stack.length >= MAX_DEPTH) {
          overflow++;
          return;
        }
        const element: HtmlElement = { kind: 'element', name: name.toLowerCase(), attrs, children: [] };
        parent.children.push(element);
        stack.push(element);
      },
      onclosetag() {
        open--;
        if (overflow > 0) overflow--;
        else if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        const parent = stack[stack.length - 1] as HtmlElement;
        const last = parent.children[parent.children.length - 1];
        // The tokenizer may deliver one text run in pieces; keep it as one node.
        if (last?.kind === 'text')
          parent.children[parent.children.length - 1] = { kind: 'text', text: last.text + text };
        else parent.children.push({ kind: 'text', text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false },
  );
  for (let at = 0; at < html.length && !tooDeep; at += WRITE_PIECE)
    parser.write(html.slice(at, at + WRITE_PIECE));
  if (tooDeep) return null;
  parser.end();
  return tooDeep ? null : root;
}

/** The child elements of an element. */
export function childElements(element: HtmlElement): HtmlElement[] {
  return element.children.filter((child): child is HtmlElement => child.kind === 'element');
}

/** Every element under (and including) the given one, depth first, without recursion. */
export function* descendants(element: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [element];
  while (stack.length) {
    const next = stack.pop() as HtmlElement;
    yield next;
    const children = childElements(next);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlElement);
  }
}
