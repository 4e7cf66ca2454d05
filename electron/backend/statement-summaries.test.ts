import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { makeStatement } from '../../testing/generators/make-statement';
import { openLibraryStore } from './library-store';
import { openStatementSummaries, SUMMARIES_CACHE_FILE } from './statement-summaries';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plenary-summaries-'));
  dirs.push(dir);
  return dir;
}

const one = makeStatement(['Rough diamonds from the east.', 'Civil society asks for more.'], {
  title: 'One',
  year: 2020,
});
const two = makeStatement(['A single paragraph of five words.'], { title: 'Two', year: 2021 });

/** The hash as the library list defines it (sha256 of the blocks' roles and texts as JSON), worked out here. */
function sha256Of(statement: Statement): string {
  return createHash('sha256')
    .update(JSON.stringify(statement.blocks.map((b) => [b.role, b.text])))
    .digest('hex');
}

async function readEntries(dir: string): Promise<Record<string, [string, number, number]>> {
  return (JSON.parse(await readFile(join(dir, SUMMARIES_CACHE_FILE), 'utf8')) as { entries: never }).entries;
}

describe('statement summaries kept in the library folder', () => {
  it('hashes and counts each text once, keeps them in the folder and reads them after a restart', async () => {
    const dir = await tempDir();
    const first = openStatementSummaries(dir);
    const listed = await first.list([one, two]);
    expect(listed.map((s) => [s.id, s.title, s.hash, s.counts])).toEqual([
      [one.id, 'One', sha256Of(one), { paragraphs: 2, words: 10 }],
      [two.id, 'Two', sha256Of(two), { paragraphs: 1, words: 6 }],
    ]);
    await first.idle();
    const entries = await readEntries(dir);
    expect(Object.values(entries).map((e) => e[0])).toEqual([sha256Of(one), sha256Of(two)]);

    // A restart reads the counts from the file: a count changed in it comes back (the texts are not counted again).
    const [printOne] = Object.keys(entries) as [string];
    entries[printOne] = [sha256Of(one), 2, 4242];
    const file = { format: 'plenary-diff statement summaries', formatVersion: 1, entries };
    await writeFile(join(dir, SUMMARIES_CACHE_FILE), JSON.stringify(file));
    const restarted = openStatementSummaries(dir);
    const again = await restarted.list([one, two]);
    expect(again.map((s) => s.counts.words)).toEqual([4242, 6]);

    // A text edited under the same id is another text: hashed and counted anew.
    const edited = { ...one, blocks: one.blocks.map((b) => ({ ...b, text: `${b.text} Now longer.` })) };
    const [summary] = await restarted.list([edited]);
    expect(summary?.hash).toBe(sha256Of(edited));
    expect(summary?.counts).toEqual({ paragraphs: 2, words: 14 });
    // The file keeps only the texts of the library as last listed.
    await restarted.idle();
    expect(Object.values(await readEntries(dir)).map((e) => e[0])).toEqual([sha256Of(edited)]);
  });

  it('are worked out as statements are stored and kept with the index, so a library never listed lists from them', async () => {
    const dir = await tempDir();
    const store = await openLibraryStore(dir);
    await store.add(one);
    await store.add(two);
    await store.close();
    expect(Object.values(await readEntries(dir)).map((e) => e[0])).toEqual([sha256Of(one), sha256Of(two)]);
    // Opened again, the file is kept as it is until the list needs something it lacks: byte for byte, with the
    // same modification time.
    const kept = join(dir, SUMMARIES_CACHE_FILE);
    const [bytes, { mtimeMs }] = [await readFile(kept), await stat(kept)];
    const reopened = await openLibraryStore(dir);
    const listed = await reopened.summaries.list(reopened.snapshot().statements);
    expect(listed.map((s) => s.hash)).toEqual([sha256Of(one), sha256Of(two)]);
    await reopened.summaries.idle();
    await reopened.close();
    expect(await readFile(kept)).toEqual(bytes);
    expect((await stat(kept)).mtimeMs).toBe(mtimeMs);
  });

  it('are worked out ahead of the first list when warmed: written to the folder before any list, then listed as worked out', async () => {
    const dir = await tempDir();
    const summaries = openStatementSummaries(dir);
    await summaries.warm([one, two]);
    await summaries.idle();
    expect(Object.values(await readEntries(dir)).map((e) => e[0])).toEqual([sha256Of(one), sha256Of(two)]);
    // The list answers from what the warm worked out: a count changed in the file after it is not read again.
    const entries = await readEntries(dir);
    for (const print of Object.keys(entries)) entries[print] = [sha256Of(one), 2, 4242];
    await writeFile(
      join(dir, SUMMARIES_CACHE_FILE),
      JSON.stringify({ format: 'plenary-diff statement summaries', formatVersion: 1, entries }),
    );
    expect((await summaries.list([one, two])).map((s) => [s.hash, s.counts.words])).toEqual([
      [sha256Of(one), 10],
      [sha256Of(two), 6],
    ]);
    // A statement edited after the warm (a new object, another text) is summarised when listed.
    const edited = { ...two, blocks: two.blocks.map((b) => ({ ...b, text: `${b.text} And more.` })) };
    const [summary] = await summaries.list([edited]);
    expect(summary?.hash).toBe(sha256Of(edited));
    expect(summary?.counts.words).toBe(8);
    await summaries.idle();
  });

  it('ignores a damaged or foreign file and writes a good one in its place', async () => {
    for (const content of ['{ not json', JSON.stringify({ format: 'something else', entries: {} })]) {
      const dir = await tempDir();
      await writeFile(join(dir, SUMMARIES_CACHE_FILE), content);
      const summaries = openStatementSummaries(dir);
      expect((await summaries.list([two]))[0]?.hash).toBe(sha256Of(two));
      await summaries.idle();
      expect(Object.values(await readEntries(dir))).toEqual([[sha256Of(two), 1, 6]]);
    }
  });
});
