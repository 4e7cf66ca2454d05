import { describe, expect, it } from 'vitest';
import { createJobCache } from './job-cache';

describe('createJobCache', () => {
  it('keeps the last outputs, dropping the one asked least recently', () => {
    const jobs = createJobCache(2);
    jobs.remember('a', 1);
    jobs.remember('b', 2);
    jobs.remember('a', 3);
    jobs.remember('c', 4);
    expect(jobs.has('b')).toBe(false);
    expect(jobs.get('a')).toBe(3);
    expect(jobs.get('c')).toBe(4);
  });

  it('is one per window: two caches share nothing', () => {
    const one = createJobCache();
    one.remember('overview:x', 'output');
    one.inFlight.set('themes:y', Promise.resolve());
    const two = createJobCache();
    expect(two.has('overview:x')).toBe(false);
    expect(two.inFlight.size).toBe(0);
  });

  it('tells a listener that joins a running job its last note and what is worked out so far', () => {
    const jobs = createJobCache();
    const first: unknown[] = [];
    const stop = jobs.listen('overview:x', (progress, partial) => first.push([progress.done, partial]));
    jobs.tell('overview:x', { done: 1, total: 9, label: 'Comparing' });
    jobs.tell('overview:x', { done: 3, total: 9, label: 'Comparing' }, 'grid of 3');
    jobs.tell('overview:x', { done: 5, total: 9, label: 'Comparing' });
    stop();
    jobs.tell('overview:x', { done: 6, total: 9, label: 'Comparing' });
    expect(first).toEqual([
      [1, undefined],
      [3, 'grid of 3'],
      [5, undefined],
    ]);
    // The view opened again joins the job: the grid so far comes with the last note, not a slice later.
    const again: unknown[] = [];
    jobs.listen('overview:x', (progress, partial) => again.push([progress.done, partial]));
    expect(again).toEqual([[6, 'grid of 3']]);
    // An ended job leaves nothing to tell.
    jobs.ended('overview:x');
    const late: unknown[] = [];
    jobs.listen('overview:x', (progress) => late.push(progress.done));
    expect(late).toEqual([]);
  });
});
