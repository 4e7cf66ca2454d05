/** The store's view settings: dialogs, compare options, the themes panel and view choices, what can be exported. */
import type { StatementSummary } from '../../shared/statements/summary';
import type { ThemeSource } from '../../shared/themes/model';
import type { Against } from '../compare/against-toggle';
import type { ViewMode } from '../compare/compare-row';
import type { ExportSource } from '../export/export-reports';
import type { ThemeChoice } from '../ui/theme';
import type { ParagraphSide } from './location';
import type { AppSlice } from './slice';

/** The dialog on top of the window, if any. */
export type DialogState =
  | { readonly kind: 'paste' }
  | { readonly kind: 'metadata'; readonly statement: StatementSummary }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'about' }
  | { readonly kind: 'export' };

/** Where the themes panel's stepper starts: the occurrence in this paragraph (a quote opened from the themes view). */
export interface PanelAnchor {
  readonly side: ParagraphSide;
  /** Body block id on that side. */
  readonly block: string;
}

/** What a view offers for export, by kind. */
export type ExportKind = ExportSource['kind'];

/** Every theme source, the themes view's filter's starting value. */
export const THEME_SOURCES: readonly ThemeSource[] = ['discovered', 'lexicon', 'user'];

/** Where the themes panel's open state and the colour theme are kept between runs. */
export interface UiStorage {
  readonly getItem: (key: string) => string | null;
  readonly setItem: (key: string, value: string) => void;
}

const PANEL_KEY = 'plenary.themes-panel';
const COLOUR_KEY = 'plenary-diff.theme';

/** View settings and actions. */
export interface UiSlice {
  readonly dialog: DialogState | null;
  readonly colourTheme: ThemeChoice;
  readonly viewMode: ViewMode;
  /** Hide kept paragraphs; kept across comparisons. */
  readonly changesOnly: boolean;
  /** Year over year: compare against the reference or the previous statement of the same kind. */
  readonly against: Against;
  readonly panelOpen: boolean;
  /** Set when a quote opens the compare view; the panel steps to that occurrence once, then clears it. */
  readonly panelAnchor: PanelAnchor | null;
  /** The themes view's source filter. */
  readonly themeSources: ReadonlySet<ThemeSource>;
  /** Statements the reader left out of the overview (new imports are in by default). */
  readonly overviewExcluded: ReadonlySet<string>;
  /** What the views on screen can export. */
  readonly exportSources: ReadonlyMap<ExportKind, ExportSource>;

  readonly openDialog: (dialog: DialogState) => void;
  readonly closeDialog: () => void;
  readonly setColourTheme: (theme: ThemeChoice) => void;
  readonly setViewMode: (mode: ViewMode) => void;
  readonly setChangesOnly: (changesOnly: boolean) => void;
  readonly setAgainst: (against: Against) => void;
  readonly setPanelOpen: (open: boolean) => void;
  /** Opens the themes panel, stepping first to the occurrence in `anchor`. */
  readonly preselectPanelTheme: (anchor: PanelAnchor) => void;
  readonly takePanelAnchor: () => PanelAnchor | null;
  readonly setThemeSources: (sources: ReadonlySet<ThemeSource>) => void;
  readonly setOverviewExcluded: (excluded: ReadonlySet<string>) => void;
  /** A view offers `source` (until it withdraws it). */
  readonly publishExport: (source: ExportSource) => void;
  /** A view withdraws `source` (nothing happens if another has replaced it). */
  readonly withdrawExport: (source: ExportSource) => void;
}

/** The UI slice; `storage` keeps the panel's open state and the colour theme (localStorage in the app). */
export function uiSlice(storage: UiStorage | null): AppSlice<UiSlice> {
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string) => {
    try {
      storage?.setItem(key, value);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts until the window closes.
    }
  };
  const storedColour = read(COLOUR_KEY);

  return (set, get) => ({
    dialog: null,
    colourTheme: storedColour === 'light' || storedColour === 'dark' ? storedColour : 'system',
    viewMode: 'side-by-side',
    changesOnly: false,
    against: 'reference',
    panelOpen: read(PANEL_KEY) === 'open',
    panelAnchor: null,
    themeSources: new Set(THEME_SOURCES),
    overviewExcluded: new Set(),
    exportSources: new Map(),

    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setColourTheme: (colourTheme) => {
      write(COLOUR_KEY, colourTheme);
      set({ colourTheme });
    },
    setViewMode: (viewMode) => set({ viewMode }),
    setChangesOnly: (changesOnly) => set({ changesOnly }),
    setAgainst: (against) => set({ against }),
    setPanelOpen: (panelOpen) => {
      write(PANEL_KEY, panelOpen ? 'open' : 'closed');
      set({ panelOpen });
    },
    preselectPanelTheme: (panelAnchor) => {
      write(PANEL_KEY, 'open');
      set({ panelOpen: true, panelAnchor });
    },
    takePanelAnchor: () => {
      const anchor = get().panelAnchor;
      if (anchor) set({ panelAnchor: null });
      return anchor;
    },
    setThemeSources: (themeSources) => set({ themeSources }),
    setOverviewExcluded: (overviewExcluded) => set({ overviewExcluded }),
    publishExport: (source) =>
      set((state) => ({ exportSources: new Map(state.exportSources).set(source.kind, source) })),
    withdrawExport: (source) =>
      set((state) => {
        if (state.exportSources.get(source.kind) !== source) return {};
        const without = new Map(state.exportSources);
        without.delete(source.kind);
        return { exportSources: without };
      }),
  });
}
