/** The store's navigation: the reader's `Location`, how it enters history, and the moves the views ask for. */
import { bodyBlocks, type Statement } from '../../shared/statements/model';
import type { ViewId } from '../shell/views';
import { START, type Location, type ParagraphSide, type ThemesCell } from './location';
import type { AppSlice } from './slice';
import { resolveLibrary } from './resolve-library';

/** How a location change enters the browser history: a new entry (Back returns), or in place. */
export type HistoryMode = 'push' | 'replace';

/** Navigation state and actions. */
export interface NavigationSlice {
  readonly location: Location;
  /** How the last change should be written to history; 'none' when it came from history itself. */
  readonly historyMode: HistoryMode | 'none';
  /** True until the first library snapshot, when a window opened without a location takes the saved one. */
  readonly awaitingSavedLocation: boolean;
  /** Bumped by every move that names a paragraph to show; a view carries out each request once. */
  readonly focusRequest: number;
  readonly focusDone: number;
  /** Bumped to put the keyboard in the search field (/, Ctrl+F). */
  readonly searchFocus: number;
  /** The query of the search hit last opened, marked in the compare view until something else is opened. */
  readonly markedQuery: string | null;

  /** Changes the location; `how` says whether Back should return to the old one. */
  readonly navigate: (change: Partial<Location>, how?: HistoryMode) => void;
  /** Takes a location from history or from the saved one, as is (it is not written to history again). */
  readonly restoreLocation: (location: Location) => void;
  readonly setView: (view: ViewId) => void;
  /** Opens a statement in the compare view (the reference itself: the reference alone). */
  readonly open: (id: string) => void;
  /** Opens the compare view for `statementId` at a body paragraph (`block`) on one side, or at the top. */
  readonly openAt: (statementId: string, side: ParagraphSide, block: string | null) => void;
  /** A search hit: its paragraph in the compare view, next to the open statement or alone. */
  readonly openHit: (statementId: string, block: string) => void;
  /** A quote of the themes view: its paragraph in the compare view, with the theme chosen in the panel. */
  readonly openQuote: (statementId: string, block: string, themeId: string) => void;
  /** Makes `id` the reference; the old one moves to the right when the open statement became the reference. */
  readonly makeReference: (id: string) => void;
  readonly setQuery: (query: string) => void;
  readonly focusSearch: () => void;
  /** The theme chosen in the compare view's themes panel. */
  readonly setPanelTheme: (themeId: string | null) => void;
  /** The cell chosen in the themes view. */
  readonly setThemesCell: (cell: ThemesCell | null) => void;
  /** A view says it has shown the paragraph of request `request`. */
  readonly markFocusDone: (request: number) => void;
}

/** The navigation slice, starting at `initial` (from the URL), or at the start awaiting the saved location. */
export function navigationSlice(initial: Location | null): AppSlice<NavigationSlice> {
  return (set, get) => {
    const navigate = (change: Partial<Location>, how: HistoryMode = 'push') =>
      set((state) => ({ location: { ...state.location, ...change }, historyMode: how }));

    // Opens the compare view at a paragraph, counted as the views count it (¶ numbers of body paragraphs).
    const openAt = (
      statementId: string,
      side: ParagraphSide,
      block: string | null,
      extra?: Partial<Location>,
    ) => {
      const state = get();
      const { reference } = resolveLibrary(state.snapshot, state.location);
      const summary =
        side === 'other' ? state.snapshot?.statements.find((s) => s.id === statementId) : reference;
      // The paragraph was clicked in a view that shows it, so its text is here.
      const holder = summary ? state.texts.peek(summary) : undefined;
      const number = block === null || !holder ? 0 : paragraphNumber(holder, block);
      set((current) => ({
        location: {
          ...current.location,
          view: 'compare',
          other: statementId,
          paragraph: number > 0 ? { side, number } : null,
          ...extra,
        },
        historyMode: 'push',
        markedQuery: null,
        against: 'reference',
        focusRequest: number > 0 ? current.focusRequest + 1 : current.focusRequest,
      }));
    };

    return {
      location: initial ?? START,
      historyMode: 'replace',
      awaitingSavedLocation: initial === null,
      focusRequest: initial?.paragraph ? 1 : 0,
      focusDone: 0,
      searchFocus: 0,
      markedQuery: null,

      navigate,
      restoreLocation: (location) =>
        set((state) => ({
          location,
          historyMode: 'none',
          awaitingSavedLocation: false,
          focusRequest: location.paragraph ? state.focusRequest + 1 : state.focusRequest,
        })),
      setView: (view) => navigate({ view }),
      open: (id) => {
        const { reference } = resolveLibrary(get().snapshot, get().location);
        // The reference itself closes the statement on the right, in whichever view is showing.
        if (id === reference?.id) return navigate({ other: null, paragraph: null });
        set({ markedQuery: null });
        navigate({ view: 'compare', other: id, paragraph: null });
      },
      openAt: (statementId, side, block) => openAt(statementId, side, block),
      openHit: (statementId, block) => {
        const state = get();
        const { reference, other } = resolveLibrary(state.snapshot, state.location);
        const query = state.location.query;
        if (statementId !== reference?.id) openAt(statementId, 'other', block);
        else if (other) openAt(other.id, 'reference', block);
        else if (reference) {
          const text = state.texts.peek(reference);
          const number = text ? paragraphNumber(text, block) : 0;
          set((current) => ({
            location: {
              ...current.location,
              view: 'compare',
              paragraph: number > 0 ? { side: 'reference', number } : null,
            },
            historyMode: 'push',
            focusRequest: current.focusRequest + 1,
          }));
        }
        set({ markedQuery: query });
      },
      openQuote: (statementId, block, themeId) => {
        const state = get();
        const { reference, other, visible } = resolveLibrary(state.snapshot, state.location);
        if (statementId !== reference?.id) {
          state.preselectPanelTheme({ side: 'other', block });
          openAt(statementId, 'other', block, { theme: themeId });
          return;
        }
        const partner = other ?? visible.find((s) => s.id !== reference.id) ?? null;
        if (!partner) return;
        state.preselectPanelTheme({ side: 'reference', block });
        openAt(partner.id, 'reference', block, { theme: themeId });
      },
      makeReference: (id) => {
        const state = get();
        const { reference } = resolveLibrary(state.snapshot, state.location);
        const previous = reference?.id ?? null;
        const open = state.location.other;
        // Keep something to compare with: the old reference moves to the right.
        const other = open === id || open === null ? previous : open;
        navigate({ reference: id, other: other === id ? null : other, paragraph: null });
      },
      setQuery: (query) => navigate({ query }, 'replace'),
      focusSearch: () => {
        set((state) => ({ searchFocus: state.searchFocus + 1 }));
        navigate({ view: 'search' });
      },
      setPanelTheme: (theme) => navigate({ theme }, 'replace'),
      setThemesCell: (cell) => navigate({ cell }, 'replace'),
      markFocusDone: (request) => set((state) => ({ focusDone: Math.max(state.focusDone, request) })),
    };
  };
}

/** The ¶ number of body block `block` in `statement` (0 when it is not one of its body paragraphs). */
export function paragraphNumber(statement: Statement, block: string): number {
  return bodyBlocks(statement).findIndex((b) => b.id === block) + 1;
}

/** The body block a ¶ number names in `statement`, if there is one. */
export function paragraphBlock(statement: Statement, number: number): string | null {
  return bodyBlocks(statement)[number - 1]?.id ?? null;
}
