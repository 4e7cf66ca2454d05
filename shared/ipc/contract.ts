/** The one channel map between the renderer and the backend (Electron IPC or browser-mode HTTP). */
import type { OverviewColumn } from '../compare/overview';
import type { ImportFile, ImportResult, Statement, StatementMetadata } from '../statements/model';
import type { StatementSummary } from '../statements/summary';
import type { UserTheme } from '../themes/user-theme';

/** Everything the library holds, as the renderer sees it: summaries, the texts come by `library:get`. */
export interface LibrarySnapshot {
  /** Every statement without its text, samples included (the renderer hides them when `samplesHidden`). */
  readonly statements: readonly StatementSummary[];
  /** Id of the bundled 2019 New Delhi reference. */
  readonly referenceId: string;
  readonly samplesHidden: boolean;
  readonly userThemes: readonly UserTheme[];
  /** Files set aside on load (corrupt or unreadable), each with a reason a person understands. */
  readonly problems: readonly string[];
  /**
   * Where the reader was when the library was last used — the renderer's location as a URL hash
   * (`#view=compare&ref=…`), opaque to the backend — or null before the first save.
   */
  readonly navigation: string | null;
}

/** An import result as the library reports it: a re-import of the same bytes is marked, not duplicated. */
export type LibraryImportResult = ImportResult & { readonly duplicate?: boolean };

/** An edit of a statement's title and metadata. */
export interface MetadataPatch {
  readonly title?: string;
  readonly metadata?: Partial<StatementMetadata>;
}

/** Facts about the running app. */
export interface AppInfo {
  readonly version: string;
  readonly mode: 'electron' | 'web';
}

/** The colour theme the page shows; 'system' follows the operating system. */
export type ThemeSetting = 'light' | 'dark' | 'system';

/** How a save through the native dialog ended: where the file went, or cancelled by the person. */
export type ExportOutcome = { readonly saved: true; readonly path: string } | { readonly saved: false };

/** Request → response channels, `area:verb`. Every argument is validated by the backend before use. */
export interface Channels {
  'app:info': () => Promise<AppInfo>;
  /** The page's theme changed: the desktop app follows it (native menus, dialogs, window background). */
  'app:set-theme': (theme: ThemeSetting) => Promise<void>;
  'library:list': () => Promise<LibrarySnapshot>;
  /** The full statements (with their text) of some ids, in the order asked; an id not in the library fails the call. */
  'library:get': (ids: readonly string[]) => Promise<Statement[]>;
  /**
   * Parses (in a worker thread) and stores each file in turn, one result per file. A `library:cancel-import`
   * during the call ends it early: the answer holds only the files finished before it. `ticket` (any unique string
   * the caller picks) names the call for a cancel: a cancel naming it stops it even when the cancel arrives first
   * (over HTTP the import's large request can reach the server after the small cancel sent after it).
   */
  'library:import': (files: readonly ImportFile[], ticket?: string) => Promise<LibraryImportResult[]>;
  'library:paste': (text: string, title: string | null) => Promise<LibraryImportResult>;
  'library:remove': (id: string) => Promise<void>;
  /** Puts back a statement removed a moment ago (undo). */
  'library:restore': (statement: Statement) => Promise<void>;
  /** Answers the edited statement's new summary, so the renderer updates one entry. */
  'library:update-metadata': (id: string, patch: MetadataPatch) => Promise<StatementSummary>;
  'library:set-samples-hidden': (hidden: boolean) => Promise<void>;
  /** Keeps the reader's location (a URL hash, with the reference they chose) with the library. */
  'library:set-navigation': (hash: string) => Promise<void>;
  'themes:save-user': (themes: readonly UserTheme[]) => Promise<void>;
  /**
   * Overview columns worked out before, kept in the library folder: those of `hashes` (statements' content hashes)
   * against the reference with `referenceHash`, by analysis code of `version`; a hash without one is left out.
   */
  'analysis:overview-columns': (
    version: string,
    referenceHash: string,
    hashes: readonly string[],
  ) => Promise<Record<string, OverviewColumn>>;
  /** Keeps overview columns just worked out (by statement content hash) in the library folder. */
  'analysis:save-overview-columns': (
    version: string,
    referenceHash: string,
    columns: Readonly<Record<string, OverviewColumn>>,
  ) => Promise<void>;
  /**
   * What the themes read of each statement, kept in the library folder (see `shared/themes/stored-reads.ts`): whole
   * bundles from byte `from` (0 first) up to a few megabytes, and where the next part starts (null: no more).
   */
  'analysis:themes-reads': (from: number) => Promise<{ bytes: Uint8Array; next: number | null }>;
  /** Keeps one bundle of themes readings: added to those kept, or with `replace` in their place. */
  'analysis:save-themes-reads': (bundle: Uint8Array, replace: boolean) => Promise<void>;
  /**
   * The themes the window last worked out, kept in the library folder (see `shared/themes/stored-answer.ts`), when
   * they were kept under `key` (everything they depend on); else, with `orLast`, the answer kept whatever its key (as
   * `analysis:last-themes-answer`, from the same read of the file; the bytes carry their key); else no bytes.
   */
  'analysis:themes-answer': (key: string, orLast: boolean) => Promise<{ bytes: Uint8Array }>;
  /** Keeps the themes just worked out (their bytes, under `key`) in the place of those kept. */
  'analysis:save-themes-answer': (key: string, bytes: Uint8Array) => Promise<void>;
  /**
   * The themes answer kept in the library folder whatever its key (the last worked out, for an earlier state of the
   * library, shown out of date while the new one is worked out); no bytes when none is kept.
   */
  'analysis:last-themes-answer': () => Promise<{ bytes: Uint8Array }>;
  /**
   * Stops the imports running: the file being parsed (its worker thread is stopped) and the rest of a menu or
   * "Open with" import; the files done so far stay in the library. With `ticket`, the import call of that ticket is
   * stopped too if it has not arrived yet.
   */
  'library:cancel-import': (ticket?: string) => Promise<void>;
  /**
   * Electron only: offers `suggestedName` in a save dialog and writes `content` (a report's text) there. Browser
   * mode answers with an error; the page downloads the file itself.
   */
  'export:save': (suggestedName: string, content: string) => Promise<ExportOutcome>;
  /** Electron only: prints `html` (a standalone HTML report) to PDF and saves it through a save dialog. */
  'export:pdf': (suggestedName: string, html: string) => Promise<ExportOutcome>;
}

/** A channel name. */
export type Channel = keyof Channels;

/** The argument tuple of a channel. */
export type ChannelArgs<C extends Channel> = Parameters<Channels[C]>;

/** The resolved result of a channel. */
export type ChannelResult<C extends Channel> = Awaited<ReturnType<Channels[C]>>;

/** Commands the app menu sends to the renderer (Electron only). */
export type MenuCommand =
  | { readonly kind: 'imported'; readonly results: readonly LibraryImportResult[] }
  | { readonly kind: 'paste' }
  | { readonly kind: 'view-mode'; readonly mode: 'side-by-side' | 'inline' }
  | { readonly kind: 'theme'; readonly theme: ThemeSetting }
  /** A menu or "Open with" import is running: `done` of `total` files finished, `current` being read. */
  | {
      readonly kind: 'import-progress';
      readonly done: number;
      readonly total: number;
      readonly current: string | null;
    }
  | { readonly kind: 'about' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'export' };

/** Events from the backend to the renderer. */
export interface Events {
  menu: (command: MenuCommand) => void;
}

/** The bridge the preload exposes as `window.plenary`: one function per channel, derived from the map. */
export type PlenaryBridge = {
  readonly [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>>;
} & {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  readonly onMenu: (listener: (command: MenuCommand) => void) => () => void;
};

/** Every channel name, for the backends to register and check exhaustiveness. */
export const CHANNELS = [
  'app:info',
  'app:set-theme',
  'library:list',
  'library:get',
  'library:import',
  'library:paste',
  'library:remove',
  'library:restore',
  'library:update-metadata',
  'library:set-samples-hidden',
  'library:set-navigation',
  'themes:save-user',
  'analysis:overview-columns',
  'analysis:save-overview-columns',
  'analysis:themes-reads',
  'analysis:save-themes-reads',
  'analysis:themes-answer',
  'analysis:save-themes-answer',
  'analysis:last-themes-answer',
  'library:cancel-import',
  'export:save',
  'export:pdf',
] as const satisfies readonly Channel[];

/** Channels only the desktop app implements (native dialogs); browser mode answers them with an error. */
export const ELECTRON_ONLY_CHANNELS = ['export:save', 'export:pdf'] as const satisfies readonly Channel[];

/** A channel only the desktop app implements. */
export type ElectronOnlyChannel = (typeof ELECTRON_ONLY_CHANNELS)[number];
