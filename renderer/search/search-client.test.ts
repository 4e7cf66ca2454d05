import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStatement } from '../../testing/generators/make-statement';
import { createForeground } from '../state/foreground';
import { createSearchClient, searchCorpus } from './search-client';
import {
  createSearchWorkerState,
  packSearchOutput,
  runSearchJob,
  type SearchJobInput,
  type SearchWorkerOutput,
} from './search-job';

describe('createSearchClient', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('holds each search as foreground work until its answer is in, so the background saves wait for it', async () => {
    const state = createSearchWorkerState();
    let answer: () => void = () => undefined;
    // A worker that answers when the test says so.
    const run = (_kind: string, input: SearchJobInput) =>
      new Promise<SearchWorkerOutput>(
        (resolve) => (answer = () => resolve(packSearchOutput(runSearchJob(state, input)))),
      );
    const gate = createForeground(
      1000,
      () => Date.now(),
      (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    );
    const client = createSearchClient({ run } as never, gate);
    const statement = makeStatement(['Rough diamonds.'], { title: 'One', year: 2020 });
    const searching = client.search(
      searchCorpus([statement], () => 'hash-1'),
      'rough',
    );
    let quiet = false;
    void gate.quiet().then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(quiet).toBe(false);
    answer();
    expect((await searching).results.paragraphCount).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(quiet).toBe(true);
  });

  it('holds nothing for the index built ahead (an empty query): the saves do not wait for it', async () => {
    const state = createSearchWorkerState();
    let answer: () => void = () => undefined;
    const run = (_kind: string, input: SearchJobInput) =>
      new Promise<SearchWorkerOutput>(
        (resolve) => (answer = () => resolve(packSearchOutput(runSearchJob(state, input)))),
      );
    const gate = createForeground(
      1000,
      () => Date.now(),
      (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    );
    const client = createSearchClient({ run } as never, gate);
    const statement = makeStatement(['Rough diamonds.'], { title: 'One', year: 2020 });
    const indexing = client.search(
      searchCorpus([statement], () => 'hash-1'),
      '',
    );
    let quiet = false;
    void gate.quiet().then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(quiet).toBe(true);
    answer();
    await indexing;
  });
});
