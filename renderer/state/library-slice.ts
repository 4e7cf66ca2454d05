/** The store's library: the snapshot from the backend, every write to it, and the toasts that report them. */
import type { LibrarySnapshot, MetadataPatch, PlenaryBridge } from '../../shared/ipc/contract';
import { errorMessage } from '../../shared/error-message';
import { byYear } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import type { UserTheme } from '../../shared/themes/user-theme';
import { createStatementTexts, type StatementTexts } from '../library/statement-texts';
import { createOverviewColumnStore, type OverviewColumnStore } from '../overview/overview-columns';
import { keepThemes } from '../themes/run-themes';
import { createThemesReadsStore, type ThemesReadsStore } from '../themes/themes-reads';
import { createThemesAnswerStore, type ThemesAnswerStore } from '../themes/themes-answers';
import { FIRST_COLUMNS, runOverview } from '../overview/run-overview';
import type { ToastMessage } from '../ui/toast';
import { parseHash, type Location } from './location';
import { resolveLibrary } from './resolve-library';
import type { AppSlice } from './slice';
import type { Foreground } from './foreground';

/** Library state and actions. */
export interface LibrarySlice {
  readonly snapshot: LibrarySnapshot | null;
  /** Why the last load failed, if it did. */
  readonly libraryError: string | null;
  readonly problemsDismissed: boolean;
  readonly toast: ToastMessage | null;
  /** The statements' texts, fetched when a view needs them (the snapshot holds summaries only). */
  readonly texts: StatementTexts;
  /** Overview columns by content, this session's and those kept in the library folder. */
  readonly overviewColumns: OverviewColumnStore;
  /** What the themes read of each statement, kept in the library folder. */
  readonly themesReads: ThemesReadsStore;
  /** The themes last worked out, kept in the library folder by everything they depend on. */
  readonly themesAnswers: ThemesAnswerStore;

  /** Loads the snapshot again; resolves to the new one (null on failure). The latest call wins. */
  readonly refresh: () => Promise<LibrarySnapshot | null>;
  /** Removes a statement, with Undo in a toast. */
  readonly remove: (statement: StatementSummary) => Promise<void>;
  readonly setSamplesHidden: (hidden: boolean) => Promise<void>;
  /** Saves an edit; a failure is thrown to the dialog that asked. */
  readonly saveMetadata: (statement: StatementSummary, patch: MetadataPatch) => Promise<void>;
  /** Saves the user's themes; a failure is thrown to the dialog that asked. */
  readonly saveUserThemes: (themes: readonly UserTheme[]) => Promise<void>;
  /**
   * Refreshes the library after an import and opens the statement imported last; the statements new in the library
   * are then compared with the reference in the background (keepOverviewColumns).
   */
  readonly afterImport: (lastId: string | null) => Promise<void>;
  /**
   * Works out and keeps (in memory and in the library folder) the overview columns of `statements` against the
   * current reference, in the overview's workers, so a library grown by imports opens its overview without comparing.
   * Resolves when done; a failure is left for the overview to meet and report.
   */
  readonly keepOverviewColumns: (statements: readonly StatementSummary[]) => Promise<void>;
  readonly say: (text: string, action?: ToastMessage['action']) => void;
  readonly dismissToast: () => void;
  readonly dismissProblems: () => void;
}

/**
 * A window on the overview asks for what its first paint needs as soon as the list is in: the reference's text and
 * the grid's first columns kept in the library folder, side by side, instead of after the view's first render. The
 * overview's own job then finds both in memory (or waits for the same answers), so nothing is asked twice; it asks
 * for the other columns once the first are shown. Resolves when the first columns are known (null: none asked).
 */
function prepareOverview(
  state: Pick<LibrarySlice, 'snapshot' | 'texts' | 'overviewColumns'> & { readonly location: Location },
): Promise<unknown> | null {
  if (state.location.view !== 'overview') return null;
  const { reference, visible } = resolveLibrary(state.snapshot, state.location);
  if (!reference) return null;
  // Failures are left for the view, which asks again and says what went wrong.
  state.texts.load([reference]).catch(() => undefined);
  const first = visible
    .filter((s) => s.id !== reference.id)
    .sort(byYear)
    .slice(0, FIRST_COLUMNS)
    .map((s) => s.hash);
  return first.length > 0 ? state.overviewColumns.known(reference.hash, first).catch(() => undefined) : null;
}

/**
 * The library slice over `bridge`. Writes report failures one way: those started from a dialog throw to the
 * dialog, which shows them; the others say so in a toast. Either way the library is reloaded after success.
 */
export function librarySlice(bridge: PlenaryBridge, foreground?: Foreground): AppSlice<LibrarySlice> {
  // The themes' saves give way to searches (foreground work).
  const whenQuiet = () => foreground?.quiet() ?? Promise.resolve();
  return (set, get) => {
    let generation = 0;
    let toastIds = 0;

    // A write started outside any dialog: a failure is said in a toast; true when it worked.
    const write = async (failureText: string, run: () => Promise<unknown>): Promise<boolean> => {
      try {
        await run();
      } catch (failure) {
        get().say(`${failureText}: ${errorMessage(failure)}`);
        return false;
      }
      await get().refresh();
      return true;
    };

    return {
      snapshot: null,
      libraryError: null,
      problemsDismissed: false,
      toast: null,
      texts: createStatementTexts((ids) => bridge['library:get'](ids)),
      overviewColumns: createOverviewColumnStore(bridge),
      themesReads: createThemesReadsStore(bridge, whenQuiet),
      themesAnswers: createThemesAnswerStore(bridge, whenQuiet),

      refresh: async () => {
        const mine = ++generation;
        try {
          const next = await bridge['library:list']();
          if (mine === generation) {
            const { awaitingSavedLocation, location, texts, overviewColumns } = get();
            // A window opened without a location (a restart) goes back to where the reader was.
            const saved =
              awaitingSavedLocation && next.navigation !== null ? parseHash(next.navigation) : null;
            // Asked before the new list renders, which takes a while at thousands of statements.
            const firstColumns = prepareOverview({
              snapshot: next,
              location: saved ?? location,
              texts,
              overviewColumns,
            });
            set({ snapshot: next, libraryError: null });
            if (saved) get().restoreLocation(saved);
            else if (awaitingSavedLocation) set({ awaitingSavedLocation: false });
            // The first search finds its index built: the texts go to the search worker while the window is idle.
            void get().indexSearchAhead();
            // The first overview's first columns meet workers already started and warm.
            void get().warmOverviewWorkers();
            // A click on Themes finds their kept answer fetched and decoded (asked once the overview's first columns
            // are known, else when the window is idle).
            void get().readThemesAhead(firstColumns);
          }
          return next;
        } catch (failure) {
          if (mine === generation) set({ libraryError: errorMessage(failure) });
          return null;
        }
      },
      remove: async (summary) => {
        let statement: Statement | undefined;
        const removed = await write(`Could not remove “${summary.title}”`, async () => {
          // The full statement is kept for Undo, which puts it back as it was.
          [statement] = await get().texts.load([summary]);
          await bridge['library:remove'](summary.id);
          const { location, navigate } = get();
          if (location.other === summary.id) navigate({ other: null, paragraph: null }, 'replace');
          if (location.reference === summary.id) navigate({ reference: null }, 'replace');
        });
        const kept = statement;
        if (!removed || !kept) return;
        get().say(`Removed “${summary.title}”.`, {
          label: 'Undo',
          run: () =>
            void write(`Could not restore “${summary.title}”`, () => bridge['library:restore'](kept)),
        });
      },
      setSamplesHidden: async (hidden) => {
        await write('Could not change the samples setting', () =>
          bridge['library:set-samples-hidden'](hidden),
        );
      },
      saveMetadata: async (statement, patch) => {
        // The answer is the edited entry: it replaces the old one without reloading the library.
        const summary = await bridge['library:update-metadata'](statement.id, patch);
        set((state) => ({
          snapshot: state.snapshot && {
            ...state.snapshot,
            statements: state.snapshot.statements.map((s) => (s.id === summary.id ? summary : s)),
          },
        }));
      },
      saveUserThemes: async (themes) => {
        await bridge['themes:save-user'](themes);
        await get().refresh();
      },
      afterImport: async (lastId) => {
        const known = get().snapshot;
        const before = new Set(known?.statements.map((s) => s.id));
        const next = await get().refresh();
        // The statement imported last opens next to the reference, unless the user went to another view while
        // the import ran: the list shows the new statements there, and nothing pulls the user back.
        if (lastId && get().location.view === 'compare') get().open(lastId);
        if (known && next) await get().keepOverviewColumns(next.statements.filter((s) => !before.has(s.id)));
        // And their themes readings (kept in the folder), the library's themes with them.
        if (known && next && next.statements.some((s) => !before.has(s.id))) await keepThemes(get());
      },
      keepOverviewColumns: async (statements) => {
        const { snapshot, location, texts, overviewColumns, overviewWorkers } = get();
        const { reference } = resolveLibrary(snapshot, location);
        const others = statements.filter((s) => s.id !== reference?.id);
        if (!reference || others.length === 0) return;
        try {
          const [text] = await texts.load([reference]);
          if (!text) return;
          const input = { reference: text, referenceHash: reference.hash, statements: others, texts };
          await runOverview(overviewColumns, overviewWorkers, input);
        } catch {
          // Only ahead of time: the overview compares what is not kept, and says what failed.
        }
      },
      say: (text, action) => set({ toast: { id: ++toastIds, text, ...(action ? { action } : {}) } }),
      dismissToast: () => set({ toast: null }),
      dismissProblems: () => set({ problemsDismissed: true }),
    };
  };
}
