import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { fakeClockForeground } from '../../testing/renderer/fake-clock-foreground';
import { createSearchClient, searchCorpus } from './search-client';
import {
  createSearchWorkerState,
  packSearchOutput,
  runSearchJob,
  type SearchJobInput,
  type SearchWorkerOutput,
} from './search-job';

/**
 * A search client over a worker that answers when the test calls `answer`, its searches held in `gate` (a foreground
 * on fake time), and one statement to search.
 */
function gatedClient() {
  const state = createSearchWorkerState();
  let answerNow: () => void = () => undefined;
  const run = (_kind: string, input: SearchJobInput) =>
    new Promise<SearchWorkerOutput>(
      (resolve) => (answerNow = () => resolve(packSearchOutput(runSearchJob(state, input)))),
    );
  const gate = fakeClockForeground();
  return {
    client: createSearchClient({ run } as never, gate),
    gate,
    answer: () => answerNow(),
    statement: makeStatement(['Rough diamonds.'], { title: 'One', year: 2020 }),
  };
}

/** A search for `query` through a gated client, and whether the background saves' gate has gone quiet since. */
function searchGated(query: string) {
  const { client, gate, answer, statement } = gatedClient();
  const searching = client.search(
    searchCorpus([statement], () => 'hash-1'),
    query,
  );
  let quiet = false;
  void gate.quiet().then(() => (quiet = true));
  return { searching, answer, isQuiet: () => quiet };
}

describe('createSearchClient', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('holds each search as foreground work until its answer is in, so the background saves wait for it', async () => {
    const { searching, answer, isQuiet } = searchGated('rough');
    await vi.advanceTimersByTimeAsync(5000);
    expect(isQuiet()).toBe(false);
    answer();
    expect((await searching).results.paragraphCount).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(isQuiet()).toBe(true);
  });

  it('holds nothing for the index built ahead (an empty query): the saves do not wait for it', async () => {
    const { searching, answer, isQuiet } = searchGated('');
    await vi.advanceTimersByTimeAsync(0);
    expect(isQuiet()).toBe(true);
    answer();
    await searching;
  });
});
