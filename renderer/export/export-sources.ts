/** Views publish what they can export (into the store); the export dialog offers what the views on screen publish. */
import { useEffect, useMemo } from 'react';
import { useAppState } from '../state/store-context';
import type { ExportKind } from '../state/ui-slice';
import type { ExportSource } from './export-reports';

/** Offers `source` for export while the calling component is mounted (null: nothing to offer yet). */
export function usePublishExport(source: ExportSource | null): void {
  const publish = useAppState((state) => state.publishExport);
  const withdraw = useAppState((state) => state.withdrawExport);
  useEffect(() => {
    if (source === null) return;
    publish(source);
    return () => withdraw(source);
  }, [source, publish, withdraw]);
}

const ORDER: readonly ExportKind[] = ['comparison', 'overview', 'themes'];

/** What can be exported now, comparison first. */
export function useExportSources(): readonly ExportSource[] {
  const current = useAppState((state) => state.exportSources);
  return useMemo(
    () =>
      ORDER.flatMap((kind) => {
        const source = current.get(kind);
        return source ? [source] : [];
      }),
    [current],
  );
}
