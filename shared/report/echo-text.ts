/** How the reports name an echo: which paragraphs, why, and the quoted passages as text. */
import type { Comparison, Echo } from '../compare/model';
import { paragraphNumbers } from './compare-text';

/** One echo in words the reports share. */
export interface EchoDescription {
  /** "quotes" or "echoes". */
  readonly verb: string;
  /** "¶3" in the other statement. */
  readonly other: string;
  /** "¶4" in the reference. */
  readonly reference: string;
  readonly score: string;
  /** "themes: Scope / conflict diamond definition; terms: conflict, rebel" (empty when none). */
  readonly reason: string;
  /** Each quoted passage: the other's text and the reference's. */
  readonly quotes: readonly { readonly other: string; readonly reference: string }[];
}

/** Describes an echo of a comparison. */
export function describeEcho(echo: Echo, comparison: Comparison): EchoDescription {
  const text = (blockId: string, start: number, end: number, side: 'reference' | 'other'): string =>
    (comparison[side].blocks.find((b) => b.id === blockId)?.text ?? '').slice(start, end);
  const reason = [
    echo.themes.length > 0 ? `themes: ${echo.themes.join(', ')}` : '',
    echo.terms.length > 0 ? `terms: ${echo.terms.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    verb: echo.kind === 'reuse' ? 'quotes' : 'echoes',
    other: paragraphNumbers(echo.other, comparison.other),
    reference: paragraphNumbers(echo.reference, comparison.reference),
    score: echo.score.toFixed(2),
    reason,
    quotes: (echo.passages ?? []).map((p) => ({
      other: text(p.other.block, p.other.start, p.other.end, 'other'),
      reference: text(p.reference.block, p.reference.start, p.reference.end, 'reference'),
    })),
  };
}

/** "¶3 quotes reference ¶4 (0.39)". */
export function echoHeadline(d: EchoDescription): string {
  return `${d.other} ${d.verb} reference ${d.reference} (${d.score})`;
}
