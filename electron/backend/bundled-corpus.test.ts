import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../testing/cli/cli-harness';
import { loadBundledCorpus } from './bundled-corpus';

describe('the bundled samples', () => {
  it('are all labelled samples, with titles that begin "Sample — " and match no other statement', async () => {
    const { reference, samples, problems } = await loadBundledCorpus(join(root, 'resources/corpus'));
    expect(problems).toEqual([]);
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const sample of samples) {
      expect(sample.sample, sample.source.fileName).toBe(true);
      expect(sample.title, sample.source.fileName).toMatch(/^Sample — \S/);
    }
    expect(new Set(samples.map((s) => s.title)).size).toBe(samples.length);
    expect(reference?.sample).toBe(false);
    expect(reference?.title).not.toMatch(/^Sample/);
  });
});
