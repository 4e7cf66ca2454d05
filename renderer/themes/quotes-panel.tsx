/** The quotes of one heat-map cell: each occurrence of a theme in a statement, in its sentence. */
import { useMemo, useState } from 'react';
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import type { Theme, Themes } from '../../shared/themes/model';
import { shortName } from '../../shared/statements/column-names';
import { quotesOf, type Quote } from './quotes';
import { SourceBadge } from './source-badge';
import { countIn, TREND_LABELS } from './theme-series';

/** Props of QuotesPanel. */
export interface QuotesPanelProps {
  readonly all: Themes;
  readonly theme: Theme;
  readonly statement: Statement;
  /** Opens the compare view at the paragraph holding an occurrence, with the theme marked. */
  readonly onOpen: (statementId: string, block: string) => void;
  readonly onClose: () => void;
}

const PAGE = 40;

/** A side list of quotes (one per sentence), each with a link to its paragraph in the compare view. */
export function QuotesPanel({ all, theme, statement, onOpen, onClose }: QuotesPanelProps) {
  const [shown, setShown] = useState(PAGE);
  const quotes = useMemo(() => {
    const paragraphs = new Map(bodyBlocks(statement).map((b, i) => [b.id, { number: i + 1, text: b.text }]));
    const byBlock = new Map<string, { start: number; end: number }[]>();
    for (const o of theme.occurrences)
      if (o.statement === statement.id) byBlock.set(o.block, [...(byBlock.get(o.block) ?? []), o]);
    return [...byBlock].flatMap(([block, ranges]) => {
      const paragraph = paragraphs.get(block);
      return paragraph
        ? quotesOf(paragraph.text, ranges).map((quote) => ({ block, number: paragraph.number, quote }))
        : [];
    });
  }, [theme, statement]);
  const count = countIn(all, theme, statement.id);
  const rate = theme.counts[all.statements.findIndex((s) => s.id === statement.id)]?.per1000 ?? 0;
  const trend = TREND_LABELS[theme.trend];
  return (
    <aside className="quotes-panel" aria-label={`Quotes: ${theme.label} in ${shortName(statement)}`}>
      <header className="quotes-header">
        <div>
          <h3 className="quotes-title">
            {theme.label} <SourceBadge source={theme.source} />
          </h3>
          <p className="quotes-where">
            in <strong>{shortName(statement)}</strong> — {count} {count === 1 ? 'occurrence' : 'occurrences'},{' '}
            {rate.toFixed(1)} per 1,000 words
          </p>
          <p className="muted quotes-trend">
            Across the years: <span aria-hidden="true">{trend.arrow}</span> {trend.word}
            {theme.firstYear !== null && ` (found ${theme.firstYear}–${theme.lastYear})`}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close the quotes" onClick={onClose}>
          ×
        </button>
      </header>
      {quotes.length === 0 ? (
        <p className="muted quotes-empty">Not found in this statement. Terms: {theme.terms.join(', ')}.</p>
      ) : (
        <ol className="quotes-list">
          {quotes.slice(0, shown).map(({ block, number, quote }) => (
            <li key={`${block}:${quote.start}`} className="quote">
              <QuoteText quote={quote} />
              <button
                type="button"
                className="link-button quote-open"
                onClick={() => onOpen(statement.id, block)}
              >
                Open ¶{number} in the compare view
              </button>
            </li>
          ))}
        </ol>
      )}
      {quotes.length > shown && (
        <button
          type="button"
          className="button button-small quotes-more"
          onClick={() => setShown(shown + PAGE)}
        >
          Show {Math.min(PAGE, quotes.length - shown)} more
        </button>
      )}
    </aside>
  );
}

function QuoteText({ quote }: { readonly quote: Quote }) {
  return (
    <blockquote className="quote-text">
      {quote.cutBefore && '…'}
      {quote.parts.map((part, index) =>
        part.marked ? (
          <mark key={index} className="theme-mark">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
      {quote.cutAfter && '…'}
    </blockquote>
  );
}
