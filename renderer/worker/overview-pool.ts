/**
 * The overview's workers: one analysis worker per core, each comparing its share of the statements with the
 * reference, so a large library's overview uses every core. A column depends only on its statement and the
 * reference (shared/compare/overview-fast-path.test.ts), so the shares' columns are those of one worker.
 */
import type { OverviewWorker } from '../overview/run-overview';

/** Fewer statements than this per worker are not worth another worker's start and copy. */
const MIN_PER_WORKER = 8;
/** At most this many overview workers, however many cores: each holds the reference and its share of texts. */
const MAX_WORKERS = 4;

/** How many overview workers a machine of `cores` logical cores (navigator.hardwareConcurrency) wants: 1 to 4. */
export function overviewPoolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores ?? 1) || 1));
}

/** The overview's workers as one. */
export interface OverviewPool extends OverviewWorker {
  /** How many workers the pool shares a job out over, at most. */
  readonly size: number;
  /**
   * An overview job shared out over every worker, however few its statements: run ahead of the first overview with a
   * statement or two each, it starts every worker and runs its comparing code on real texts (lazy tables built, the
   * code compiled and warm), so the overview's first columns do not pay for it.
   */
  warm: OverviewWorker['run'];
}

/** An overview job split over `clients` (analysis workers, each started on its first share), columns in order. */
export function createOverviewPool(clients: readonly OverviewWorker[]): OverviewPool {
  const partsFor = (statements: number) =>
    Math.max(1, Math.min(clients.length, Math.floor(statements / MIN_PER_WORKER)));
  const shared = async (
    parts: number,
    ...[kind, input, onProgress]: Parameters<OverviewWorker['run']>
  ): ReturnType<OverviewWorker['run']> => {
    const { reference, statements } = input;
    const size = Math.ceil(statements.length / parts);
    const done: number[] = Array.from({ length: parts }, () => 0);
    const shares = await Promise.all(
      done.map((_, k) =>
        (clients[k] as OverviewWorker).run(
          kind,
          { reference, statements: statements.slice(k * size, (k + 1) * size) },
          (progress) => {
            done[k] = progress.done;
            onProgress?.({
              done: done.reduce((a, b) => a + b, 0),
              total: statements.length,
              label: progress.label,
            });
          },
        ),
      ),
    );
    return shares.flat();
  };
  return {
    size: clients.length,
    prepare(statements) {
      for (const client of clients.slice(0, partsFor(statements))) client.prepare?.(statements);
    },
    run: (kind, input, onProgress) => shared(partsFor(input.statements.length), kind, input, onProgress),
    warm: (kind, input, onProgress) =>
      shared(Math.max(1, Math.min(clients.length, input.statements.length)), kind, input, onProgress),
  };
}
