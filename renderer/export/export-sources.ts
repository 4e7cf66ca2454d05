/** Views publish what they can export; the export dialog offers what the views on screen have published. */
import { useEffect, useSyncExternalStore } from 'react';
import type { ExportSource } from './export-reports';

type Kind = ExportSource['kind'];

let sources: ReadonlyMap<Kind, ExportSource> = new Map();
const listeners = new Set<() => void>();
const requestListeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Offers `source` for export while the calling component is mounted (null: nothing to offer yet). */
export function usePublishExport(source: ExportSource | null): void {
  useEffect(() => {
    if (source === null) return;
    const next = new Map(sources);
    next.set(source.kind, source);
    sources = next;
    notify();
    return () => {
      if (sources.get(source.kind) !== source) return;
      const without = new Map(sources);
      without.delete(source.kind);
      sources = without;
      notify();
    };
  }, [source]);
}

const ORDER: readonly Kind[] = ['comparison', 'overview', 'themes'];

/** What can be exported now, comparison first. */
export function useExportSources(): readonly ExportSource[] {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => sources,
  );
  return ORDER.flatMap((kind) => {
    const source = current.get(kind);
    return source ? [source] : [];
  });
}

/** Asks the app to open the export dialog (the Export buttons in the views). */
export function requestExportDialog(): void {
  for (const listener of requestListeners) listener();
}

/** Calls `open` whenever a view's Export button asks for the dialog. */
export function useExportDialogRequests(open: () => void): void {
  useEffect(() => {
    requestListeners.add(open);
    return () => {
      requestListeners.delete(open);
    };
  }, [open]);
}
