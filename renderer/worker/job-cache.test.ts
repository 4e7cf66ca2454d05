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
});
