/** The app's top-level views, in switcher order. Part 2 adds 'overview', 'themes' and 'search'. */

/** A top-level view id. */
export type ViewId = 'compare' | 'overview' | 'themes' | 'search';

/** A view as the switcher shows it. */
export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  /** The key that selects it with Alt (shown in Help). */
  readonly accessKey: string;
}

/** Every view, in switcher order. */
export const VIEWS: readonly ViewEntry[] = [
  { id: 'compare', label: 'Compare', accessKey: '1' },
  { id: 'overview', label: 'Overview', accessKey: '2' },
  { id: 'themes', label: 'Themes', accessKey: '3' },
  { id: 'search', label: 'Search', accessKey: '4' },
];
