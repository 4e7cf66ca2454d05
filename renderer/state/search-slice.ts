/**
 * The store's search index built ahead of time: once the library is listed, the texts of the statements shown are
 * sent to the search worker while the window is idle, whatever the view, so the first search finds its index built.
 */
import { contentKey, type StatementSummary } from '../../shared/statements/summary';
import { TEXTS_PER_CALL } from '../library/statement-texts';
import { searchCorpus } from '../search/search-client';
import { resolveLibrary } from './resolve-library';
import type { AppSlice } from './slice';

/** Runs `task` when the window has nothing more urgent to do (requestIdleCallback in the app). */
export type WhenIdle = (task: () => void) => void;

/** The search index's action. */
export interface SearchSlice {
  /**
   * Sends the texts of the statements shown to the search worker, a slice at a time once the window is idle, then
   * their corpus, which the worker indexes: those already in the window first; the rest are fetched, when the window
   * is idle, only while no view's job (overview, themes) runs, as those fetch the texts they need themselves. A new call (a new list)
   * replaces a running one. Resolves when done; only ahead of time, so a failure is left for the search view.
   */
  readonly indexSearchAhead: () => Promise<void>;
}

/** Texts per message to the search worker: ~1 MB at ~1,500 words each, copied in a few milliseconds. */
export const SEARCH_TEXTS_PER_MESSAGE = 100;

/** While a view's job runs, whether its fetches brought more texts is looked at this often. */
const JOB_LOOK_MS = 1000;

/** The search slice; `whenIdle` null (unit tests) builds nothing ahead. */
export function searchSlice(whenIdle: WhenIdle | null): AppSlice<SearchSlice> {
  return (_set, get) => {
    let generation = 0;
    const idle = (idleTask: WhenIdle) => new Promise<void>((resolve) => idleTask(resolve));
    const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    return {
      indexSearchAhead: async () => {
        const mine = ++generation;
        if (!whenIdle) return;
        const { visible } = resolveLibrary(get().snapshot, get().location);
        let left: readonly StatementSummary[] = visible;
        // Texts already here go one slice after the other (a task each, the worker's fold setting the pace); before a
        // fetch, or a look at what a job brought, the window waits to be idle. (Waiting for idle before every slice sent
        // them at one per idle moment, up to the idle timeout apart in a busy window: 30 slices could take a minute.)
        let next = () => idle(whenIdle);
        try {
          while (left.length > 0) {
            await next();
            if (mine !== generation) return;
            const { texts, backgroundJobs, searchTexts } = get();
            const here = left.filter((s) => texts.peek(s) !== undefined).slice(0, SEARCH_TEXTS_PER_MESSAGE);
            if (here.length > 0) {
              const statements = await texts.load(here);
              await searchTexts(
                statements,
                statements.map((s) => texts.hashOf(s) ?? contentKey(s)),
              );
              const sent = new Set(here);
              left = left.filter((s) => !sent.has(s));
              next = () => pause(0);
              continue;
            }
            next = () => idle(whenIdle);
            // None of the rest is here: a view's job fetches what it needs itself; fetching beside it would slow it.
            const jobs = [...backgroundJobs.inFlight.values()];
            if (jobs.length > 0) await Promise.race([Promise.allSettled(jobs), pause(JOB_LOOK_MS)]);
            else await texts.load(left.slice(0, TEXTS_PER_CALL));
          }
          await idle(whenIdle);
          if (mine !== generation) return;
          // Every text is in the worker: the corpus (names and hashes) makes it index them, as the search view will
          // ask (the same key, so the view sends nothing again).
          const { texts, searchStatements } = get();
          const statements = await texts.load(visible);
          await searchStatements(
            searchCorpus(statements, (s) => texts.hashOf(s) ?? contentKey(s)),
            '',
          );
        } catch {
          // Only ahead of time: the search view fetches and indexes what is missing, and says what failed.
        }
      },
    };
  };
}
