/** The app: header, library sidebar, the current view, drag and drop, dialogs and toasts. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MenuCommand, MetadataPatch, PlenaryBridge } from '../shared/ipc/contract';
import { MAX_FOLDER_FILES } from '../shared/statements/folder-limits';
import type { StatementSummary } from '../shared/statements/summary';
import type { ViewMode } from './compare/compare-row';
import { CompareView, type CompareFocus } from './compare/compare-view';
import { AgainstToggle } from './compare/against-toggle';
import { ReferenceView, type ReferenceFocus } from './compare/reference-view';
import { useYearOverYear } from './compare/use-year-over-year';
import { ExportDialog } from './export/export-dialog';
import { useExportDialogRequests } from './export/export-sources';
import type { DropContents, DroppedFile } from './import/collect-dropped-files';
import { DropTarget } from './import/drop-target';
import { ImportPanel } from './import/import-panel';
import { useImportQueue } from './import/use-import-queue';
import { LibrarySidebar } from './library/library-sidebar';
import { MetadataDialog } from './library/metadata-dialog';
import { PasteDialog } from './library/paste-dialog';
import { useLibrary } from './library/use-library';
import { useStatements } from './library/use-statements';
import { TextsProgress } from './library/texts-progress';
import { SearchView } from './search/search-view';
import { OverviewView } from './overview/overview-view';
import { AppHeader } from './shell/app-header';
import { AboutDialog, ShortcutsDialog } from './shell/help-dialogs';
import { useAppShortcuts } from './shell/use-app-shortcuts';
import { useMenuCommands } from './shell/use-menu-commands';
import type { ViewId } from './shell/views';
import { visibleStatements } from './themes/themes-input';
import { ThemesView } from './themes/themes-view';
import { preselectTheme } from './themes/use-themes-panel';
import { useShellTheme, useTheme } from './ui/theme';
import { Toast, type ToastMessage } from './ui/toast';
import { errorMessage } from '../shared/error-message';

type DialogState =
  | { readonly kind: 'paste' }
  | { readonly kind: 'metadata'; readonly statement: StatementSummary }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'about' }
  | { readonly kind: 'export' };

const NO_SUMMARIES: readonly StatementSummary[] = [];

let toastIds = 0;
let focusNonce = 0;

/** The whole window, given a connected bridge. */
export function App({ bridge }: { readonly bridge: PlenaryBridge }) {
  const library = useLibrary(bridge);
  const [theme, setTheme] = useTheme();
  useShellTheme(bridge, theme);
  const [view, setView] = useState<ViewId>('compare');
  const [referenceChoice, setReferenceChoice] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [viewMode, setViewMode] = useState<ViewMode>('side-by-side');
  const [changesOnly, setChangesOnly] = useState(false);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const [compareFocus, setCompareFocus] = useState<CompareFocus | null>(null);
  const [referenceFocus, setReferenceFocus] = useState<ReferenceFocus | null>(null);
  const [searchQuery, setSearchQuery] = useState('');
  const [searchFocus, setSearchFocus] = useState(0);
  // The query of the search hit last opened, marked in the compare view until something else is opened.
  const [markedQuery, setMarkedQuery] = useState<string | null>(null);

  const snapshot = library.snapshot;
  const { texts } = library;
  const byId = (id: string | null) =>
    id === null ? undefined : snapshot?.statements.find((s) => s.id === id);
  // Summaries (no text) say what is in the library; the views get full statements once their texts are here.
  const referenceSummary = byId(referenceChoice) ?? byId(snapshot?.referenceId ?? null) ?? null;
  const otherSummary = openId !== null && openId !== referenceSummary?.id ? (byId(openId) ?? null) : null;
  const referenceKey = referenceSummary?.id;
  const visibleSummaries = useMemo(
    () =>
      snapshot
        ? visibleStatements(snapshot.statements, snapshot.samplesHidden, [referenceKey])
        : NO_SUMMARIES,
    [snapshot, referenceKey],
  );
  const resolve = useCallback((summary: StatementSummary) => texts.peek(summary), [texts]);
  const reference = referenceSummary ? (resolve(referenceSummary) ?? null) : null;
  const other = otherSummary ? (resolve(otherSummary) ?? null) : null;
  const yearOverYear = useYearOverYear(reference, otherSummary, visibleSummaries, resolve);
  const { setAgainst } = yearOverYear;
  const previousSummary = yearOverYear.previous?.kind === 'found' ? yearOverYear.previous.statement : null;
  // The texts in view first: the reference, the open statement and its predecessor.
  const inView = useMemo(
    () => [referenceSummary, otherSummary, previousSummary].filter((s): s is StatementSummary => s !== null),
    [referenceSummary, otherSummary, previousSummary],
  );
  useStatements(texts, inView.length > 0 ? inView : null);
  // Every shown statement's text only where a view works across the library (the themes panel does too).
  const needAll = view !== 'compare' || otherSummary !== null;
  const allTexts = useStatements(texts, needAll ? visibleSummaries : null);
  const visible = allTexts.status === 'ready' ? allTexts.statements : null;

  const say = useCallback((text: string, action?: ToastMessage['action']) => {
    setToast({ id: ++toastIds, text, ...(action ? { action } : {}) });
  }, []);
  const dismissToast = useCallback(() => setToast(null), []);

  const open = useCallback((id: string) => {
    setView('compare');
    setOpenId(id);
    setMarkedQuery(null);
  }, []);

  // Opens the compare view at a paragraph: a reference paragraph next to `statementId`, or one of its own.
  const openAt = useCallback(
    (statementId: string, side: CompareFocus['side'], block: string | null) => {
      setView('compare');
      setAgainst('reference');
      setOpenId(statementId);
      setMarkedQuery(null);
      setCompareFocus(block === null ? null : { statement: statementId, side, block, nonce: ++focusNonce });
    },
    [setAgainst],
  );

  // A search hit: its paragraph in the compare view (the reference's own next to the open statement, or alone).
  function openHit(statementId: string, block: string) {
    if (statementId !== reference?.id) openAt(statementId, 'other', block);
    else if (other) openAt(other.id, 'reference', block);
    else {
      setView('compare');
      setReferenceFocus({ block, nonce: ++focusNonce });
    }
    setMarkedQuery(searchQuery);
  }

  const openExport = useCallback(() => setDialog({ kind: 'export' }), []);
  useExportDialogRequests(openExport);
  useAppShortcuts({
    onView: setView,
    onSearch: () => {
      setView('search');
      setSearchFocus((n) => n + 1);
    },
    onExport: openExport,
  });

  // A quote of the themes view: its paragraph in the compare view, with the theme marked.
  function openQuote(statementId: string, block: string, themeId: string) {
    if (statementId !== reference?.id) {
      preselectTheme(themeId, { side: 'other', block });
      return openAt(statementId, 'other', block);
    }
    const partner = otherSummary ?? visibleSummaries.find((s) => s.id !== reference.id) ?? null;
    preselectTheme(themeId, { side: 'reference', block });
    if (partner) openAt(partner.id, 'reference', block);
  }

  const { refresh } = library;
  const afterImport = useCallback(
    async (lastId: string | null) => {
      await refresh();
      if (lastId) open(lastId);
    },
    [refresh, open],
  );
  const imports = useImportQueue(bridge, (lastId) => void afterImport(lastId));

  const { enqueue } = imports;
  const onDrop = useCallback(
    (contents: DropContents) => {
      const notes = [
        ...(contents.skipped.length > 0
          ? [
              `Skipped ${contents.skipped.length} file(s) in the dropped folder that are not .txt, .md, .html, .docx or .pdf: ${contents.skipped.join(', ')}`,
            ]
          : []),
        ...(contents.truncated
          ? [
              `Only the first ${MAX_FOLDER_FILES.toLocaleString('en')} statements of the dropped folders were taken.`,
            ]
          : []),
      ];
      if (contents.files.length === 0 && notes.length === 0) return;
      enqueue(contents.files, notes);
    },
    [enqueue],
  );

  const importFiles = useCallback(
    (files: readonly File[]) => enqueue(files.map((file): DroppedFile => ({ path: file.name, file }))),
    [enqueue],
  );

  async function remove(summary: StatementSummary) {
    let statement;
    try {
      // The full statement is kept for Undo, which puts it back as it was.
      [statement] = await texts.load([summary]);
      if (!statement) return;
      await bridge['library:remove'](statement.id);
    } catch (failure) {
      say(`Could not remove “${summary.title}”: ${errorMessage(failure)}`);
      return;
    }
    if (openId === statement.id) setOpenId(null);
    if (referenceChoice === statement.id) setReferenceChoice(null);
    await library.refresh();
    say(`Removed “${statement.title}”.`, {
      label: 'Undo',
      run: () => {
        bridge['library:restore'](statement).then(
          () => void library.refresh(),
          (failure: unknown) => say(`Could not restore “${statement.title}”: ${String(failure)}`),
        );
      },
    });
  }

  async function saveMetadata(statement: StatementSummary, patch: MetadataPatch) {
    library.updateEntry(await bridge['library:update-metadata'](statement.id, patch));
  }

  function makeReference(id: string) {
    const previous = reference?.id ?? null;
    setReferenceChoice(id);
    // Keep something to compare with: the old reference moves to the right when the open statement becomes the reference.
    if (openId === id || openId === null) setOpenId(previous);
  }

  useMenuCommands(bridge, (command: MenuCommand) => {
    switch (command.kind) {
      case 'imported': {
        imports.record(command.results);
        const last = [...command.results].reverse().find((result) => result.ok);
        void afterImport(last?.ok ? last.statement.id : null);
        return;
      }
      case 'paste':
        setDialog({ kind: 'paste' });
        return;
      case 'view-mode':
        setViewMode(command.mode);
        return;
      case 'theme':
        setTheme(command.theme);
        return;
      case 'import-progress':
        imports.progress(command);
        return;
      case 'about':
        setDialog({ kind: 'about' });
        return;
      case 'shortcuts':
        setDialog({ kind: 'shortcuts' });
        return;
      case 'export':
        openExport();
        return;
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || dialog || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      )
        return;
      event.preventDefault();
      setDialog({ kind: 'shortcuts' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  const dropError = useCallback((message: string) => say(message), [say]);

  return (
    <div className="app">
      <AppHeader
        view={view}
        onView={setView}
        theme={theme}
        onTheme={setTheme}
        onShortcuts={() => setDialog({ kind: 'shortcuts' })}
        onAbout={() => setDialog({ kind: 'about' })}
      />
      <div className="app-body">
        {snapshot && (
          <LibrarySidebar
            snapshot={snapshot}
            referenceId={reference?.id ?? snapshot.referenceId}
            openId={other?.id ?? null}
            onOpen={(id) => (id === reference?.id ? setOpenId(null) : open(id))}
            onUseAsReference={makeReference}
            onEdit={(statement) => setDialog({ kind: 'metadata', statement })}
            onRemove={(statement) => void remove(statement)}
            onImportFiles={importFiles}
            onPaste={() => setDialog({ kind: 'paste' })}
            onSetSamplesHidden={async (hidden) => {
              try {
                await bridge['library:set-samples-hidden'](hidden);
                await library.refresh();
              } catch (failure) {
                say(`Could not change the samples setting: ${errorMessage(failure)}`);
              }
            }}
          />
        )}
        <main className="main" aria-label="Main">
          {snapshot && snapshot.problems.length > 0 && !problemsDismissed && (
            <div className="notice notice-warning" role="alert">
              <div>
                <strong>Some library files were set aside:</strong>
                <ul>
                  {snapshot.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                className="icon-button"
                aria-label="Dismiss"
                onClick={() => setProblemsDismissed(true)}
              >
                ×
              </button>
            </div>
          )}
          {library.error && (
            <div className="notice notice-error" role="alert">
              <span>Could not load the library: {library.error}</span>
              <button type="button" className="button button-small" onClick={() => void library.refresh()}>
                Try again
              </button>
            </div>
          )}
          <ImportPanel queue={imports} />
          {!snapshot && !library.error && (
            <div className="compare-status" role="status">
              <span className="spinner" aria-hidden="true" /> Loading the library…
            </div>
          )}
          {snapshot && snapshot.statements.length === 0 && (
            <div className="empty-state">
              <span className="empty-symbol" aria-hidden="true">
                ⤓
              </span>
              <p className="empty-title">Drop statement files here, or use Import</p>
              <p className="muted">
                Plain text, Markdown, HTML, Word (.docx) or PDF — single files or whole folders.
              </p>
            </div>
          )}
          {snapshot && snapshot.statements.length > 0 && !referenceSummary && (
            <div className="notice notice-warning" role="alert">
              The reference statement is not in the library. Choose one with “Use as reference”.
            </div>
          )}
          {view === 'compare' && reference && other && (
            <CompareView
              reference={yearOverYear.left ?? reference}
              searchQuery={markedQuery}
              referenceRole={
                yearOverYear.left && yearOverYear.left.id !== reference.id
                  ? `Previous ${other.metadata.kind ?? 'statement'}`
                  : 'Reference'
              }
              against={
                yearOverYear.previous && (
                  <AgainstToggle
                    against={yearOverYear.against}
                    onChange={yearOverYear.setAgainst}
                    previous={yearOverYear.previous}
                    kind={other.metadata.kind}
                  />
                )
              }
              other={other}
              mode={viewMode}
              onModeChange={setViewMode}
              changesOnly={changesOnly}
              onChangesOnly={setChangesOnly}
              onUseAsReference={makeReference}
              keysEnabled={dialog === null}
              focus={compareFocus}
              themesSource={
                snapshot && visible ? { statements: visible, userThemes: snapshot.userThemes } : null
              }
            />
          )}
          {view === 'compare' && reference && !otherSummary && (
            <ReferenceView reference={reference} focus={referenceFocus} />
          )}
          {view === 'compare' && ((otherSummary && !other) || (referenceSummary && !reference)) && (
            <div className="compare-status" role="status">
              <span className="spinner" aria-hidden="true" /> Fetching the statement’s text…
            </div>
          )}
          {view !== 'compare' && <TextsProgress state={allTexts} onRetry={() => void library.refresh()} />}
          {view === 'search' && snapshot && (
            <SearchView
              statements={visible}
              referenceId={reference?.id ?? null}
              query={searchQuery}
              onQuery={setSearchQuery}
              onOpenHit={openHit}
              focusRequest={searchFocus}
            />
          )}
          {view === 'overview' && reference && visible && snapshot && snapshot.statements.length > 0 && (
            <OverviewView
              statements={visible}
              reference={reference}
              onReferenceChange={makeReference}
              onOpen={(statementId, block) => openAt(statementId, 'reference', block)}
            />
          )}
          {view === 'themes' && reference && visible && snapshot && snapshot.statements.length > 0 && (
            <ThemesView
              statements={visible}
              reference={reference}
              userThemes={snapshot.userThemes}
              onSaveUserThemes={async (themes) => {
                await bridge['themes:save-user'](themes);
                await library.refresh();
              }}
              onOpen={openQuote}
            />
          )}
        </main>
      </div>
      <DropTarget onDrop={onDrop} onError={dropError} />
      <Toast toast={toast} onDismiss={dismissToast} />
      {dialog?.kind === 'paste' && (
        <PasteDialog
          onPaste={(text, title) => bridge['library:paste'](text, title)}
          onDone={(id) => {
            setDialog(null);
            void afterImport(id);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'metadata' && (
        <MetadataDialog
          statement={dialog.statement}
          onSave={(patch) => saveMetadata(dialog.statement, patch)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'about' && <AboutDialog bridge={bridge} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'export' && <ExportDialog bridge={bridge} onClose={() => setDialog(null)} />}
    </div>
  );
}
