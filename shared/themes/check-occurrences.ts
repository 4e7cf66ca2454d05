/** Test helper: checks that every occurrence of every theme points at text carrying one of its terms. */
import type { Statement } from '../statements/model';
import type { Theme, Themes } from './model';

const minor = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'at', 'with']);

function words(text: string, acronyms: Readonly<Record<string, string>>): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((w) =>
    Object.hasOwn(acronyms, w)
      ? (acronyms[w] ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
      : [w.toLowerCase()],
  );
}

// Words agree when they share their first three letters (diamonds ~ diamond, communities ~ community).
const agree = (x: string, y: string) => x.slice(0, 3) === y.slice(0, 3);

/**
 * Whether `text` carries `term`: for a discovered theme, the text is the term itself (case and runs of
 * space aside); otherwise every word of the term (acronyms read as their long forms, minor words aside)
 * agrees with a word of the text, and the text begins and ends with such a word (a term of minor words
 * only, like "the", must agree whole).
 */
export function carriesTerm(
  text: string,
  term: string,
  source: Theme['source'],
  acronyms: Readonly<Record<string, string>>,
): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (source === 'discovered') return norm(text) === norm(term);
  const found = words(text, acronyms);
  const all = words(term, acronyms);
  const major = all.filter((w) => !minor.has(w));
  const wanted = major.length > 0 ? major : all;
  if (found.length === 0 || wanted.length === 0) return false;
  const edges = [found[0] as string, found[found.length - 1] as string];
  return (
    wanted.every((w) => found.some((f) => agree(f, w))) && edges.every((e) => wanted.some((w) => agree(e, w)))
  );
}

/** The occurrences whose offsets are out of their block or whose text carries none of the theme's terms. */
export function badOccurrences(result: Themes, statements: readonly Statement[]): string[] {
  const bad: string[] = [];
  for (const theme of result.themes) {
    for (const o of theme.occurrences) {
      const block = statements.find((s) => s.id === o.statement)?.blocks.find((b) => b.id === o.block);
      if (!block || block.role !== 'body' || o.start < 0 || o.end > block.text.length || o.start >= o.end) {
        bad.push(`${theme.label}: ${o.statement}/${o.block} ${o.start}-${o.end} outside its block`);
        continue;
      }
      const text = block.text.slice(o.start, o.end);
      if (!theme.terms.some((term) => carriesTerm(text, term, theme.source, result.acronyms))) {
        bad.push(`${theme.label}: "${text}" is none of ${JSON.stringify(theme.terms)}`);
      }
    }
  }
  return bad;
}
