/** Where a theme comes from, as a badge: discovered, lexicon or user. */
import type { ThemeSource } from '../../shared/themes/model';

const TITLES: Readonly<Record<ThemeSource, string>> = {
  discovered: 'Found in the statements: a key phrase that recurs in at least two of them',
  lexicon: 'From the built-in list of Kimberley Process themes',
  user: 'One of your themes',
};

/** The source of a theme in a word, with what it means on hover. */
export function SourceBadge({ source }: { readonly source: ThemeSource }) {
  return (
    <span className={`badge source-badge source-${source}`} title={TITLES[source]}>
      {source}
    </span>
  );
}
