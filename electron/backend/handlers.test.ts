import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { LibraryImportResult } from '../../shared/ipc/contract';
import { makeDocx } from '../../testing/fixtures/build-fixtures';
import type { ImportFile } from '../../shared/statements/model';
import { loadBundledCorpus } from './bundled-corpus';
import { createHandlers, type Handlers } from './handlers';
import { useTestLibrary } from '../../testing/backend/test-library';
import { SUMMARIES_CACHE_FILE } from './statement-summaries';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = resolve(here, '../../resources/corpus');
const { tempDir, openStore } = useTestLibrary('plenary-handlers-');

async function setUp(
  options: { corpus?: boolean; maxBytes?: number } = {},
): Promise<{ dir: string; handlers: Handlers }> {
  const dir = await tempDir();
  const bundled = options.corpus ? await loadBundledCorpus(corpusDir) : undefined;
  const store = await openStore(join(dir, 'library'), { bundled });
  const handlers = createHandlers(store, {
    mode: 'web',
    version: '1.2.3',
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  });
  return { dir, handlers };
}

/** Writes a real file, then reads its bytes back the way the renderer hands a dropped file over. */
async function fileOnDisk(dir: string, name: string, content: string | Uint8Array): Promise<ImportFile> {
  const path = join(dir, name);
  await writeFile(path, content);
  return { name, bytes: new Uint8Array(await readFile(path)) };
}

const TXT = [
  'Kimberley Process Civil Society Coalition — Closing statement, Dubai, 2024',
  '',
  'Dear Chair,',
  '',
  'We thank the hosts for their welcome and the Working Groups for their long hours of work this week.',
  '',
  'The Coalition regrets that the definition of conflict diamonds remains unchanged after years of talks.',
].join('\n');

const HTML = `<!doctype html><html><head><title>Opening statement 2023</title>
<script>window.stolen = document.cookie</script><meta http-equiv="refresh" content="0;url=https://evil.example/"></head>
<body><h1>Opening statement, Victoria Falls 2023</h1>
<p>Dear participants,</p>
<p>We arrive in Victoria Falls hopeful that reform of the scheme will at last move forward this year.</p>
<p onclick="alert(1)">Communities in mining areas deserve a process that <a href="javascript:alert(1)">listens</a> to them.</p>
<iframe src="https://evil.example/"></iframe>
</body></html>`;

const MD = [
  '# Intersessional statement, 2022',
  '',
  'Dear Chair,',
  '',
  'The Coalition asks that **peer review visits** include civil society observers in every case.',
  '',
  'We also ask for public *annual reports* from every participant, on time.',
].join('\n');

function okTitles(results: readonly LibraryImportResult[]): string[] {
  return results.flatMap((r) => (r.ok ? [r.statement.source.fileName] : []));
}

describe('library:import', () => {
  it('imports real .txt, .html, .md and .docx files from their bytes and keeps them', async () => {
    const { dir, handlers } = await setUp();
    const files = [
      await fileOnDisk(dir, '2024-dubai-closing.txt', TXT),
      await fileOnDisk(dir, '2023-opening.html', HTML),
      await fileOnDisk(dir, '2022-intersessional.md', MD),
      await fileOnDisk(
        dir,
        '2021-closing.docx',
        makeDocx([
          'Closing statement 2021',
          'Dear Chair,',
          'The Coalition notes with regret that the review cycle closed without agreement this year.',
        ]),
      ),
    ];
    const results = await handlers['library:import'](files);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(okTitles(results)).toEqual(files.map((f) => f.name));
    expect(results.map((r) => r.ok && r.statement.source.format)).toEqual(['txt', 'html', 'md', 'docx']);

    const html = results[1]!;
    const htmlText = html.ok ? html.statement.blocks.map((b) => b.text).join('\n') : '';
    expect(htmlText).toContain('reform of the scheme');
    expect(htmlText).not.toMatch(/stolen|cookie|alert|evil\.example|<script|<iframe/);

    const list = await handlers['library:list']();
    expect(list.statements.map((s) => s.source.fileName)).toEqual(files.map((f) => f.name));
  });

  it('returns an error naming a bad file while the others import, and stores nothing for it', async () => {
    const { dir, handlers } = await setUp();
    const results = await handlers['library:import']([
      await fileOnDisk(dir, 'good-one.txt', TXT),
      await fileOnDisk(dir, 'broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])),
      await fileOnDisk(dir, 'empty.txt', ''),
      await fileOnDisk(dir, 'program.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00])),
      await fileOnDisk(dir, 'good-two.md', MD),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false, true]);
    const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(errors.map((e) => e.fileName)).toEqual(['broken.docx', 'empty.txt', 'program.exe']);
    expect(errors.map((e) => e.code)).toEqual(['corrupt', 'empty', 'unsupported-format']);
    for (const e of errors) expect(e.reason.length).toBeGreaterThan(3);

    const list = await handlers['library:list']();
    expect(list.statements.map((s) => s.source.fileName)).toEqual(['good-one.txt', 'good-two.md']);
  });

  it('marks a re-import of the same bytes as a duplicate and does not add it again', async () => {
    const { dir, handlers } = await setUp();
    const file = await fileOnDisk(dir, 'statement.txt', TXT);
    const [first] = await handlers['library:import']([file]);
    const [second] = await handlers['library:import']([{ ...file, name: 'renamed copy.txt' }]);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toMatchObject({ ok: true, duplicate: true });
    expect(second!.ok && first!.ok && second!.statement.id === first!.statement.id).toBe(true);
    expect((await handlers['library:list']()).statements).toHaveLength(1);
  });

  it('refuses a file over the size limit by name, without importing it', async () => {
    const { dir, handlers } = await setUp({ maxBytes: 1024 * 1024 });
    const big = await fileOnDisk(dir, 'big.txt', `${TXT}\n\n${'More words about reform. '.repeat(62_000)}`);
    const [result] = await handlers['library:import']([big]);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', fileName: 'big.txt' } });
    expect(result!.ok ? '' : result!.error.reason).toBe('file is too large (1.5 MB; the limit is 1 MB)');
    expect((await handlers['library:list']()).statements).toHaveLength(0);
  });

  it('keeps only the last part of a file name that looks like a path', async () => {
    const { handlers } = await setUp();
    const [result] = await handlers['library:import']([
      { name: '../../evil.txt', bytes: new TextEncoder().encode(TXT) },
    ]);
    expect(result!.ok && result!.statement.source.fileName).toBe('evil.txt');
  });
});

describe('library:paste', () => {
  it('imports pasted text through the text path, with the given title', async () => {
    const { handlers } = await setUp();
    const result = await handlers['library:paste'](TXT, 'My pasted statement v1.2');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statement.source.format).toBe('paste');
    expect(result.statement.title).toBe('My pasted statement v1.2');
    const stored = (await handlers['library:list']()).statements[0]!;
    expect(stored.title).toBe('My pasted statement v1.2');
  });

  it('returns an error value for empty pasted text and stores nothing', async () => {
    const { handlers } = await setUp();
    const result = await handlers['library:paste']('   \n  ', null);
    expect(result).toMatchObject({ ok: false, error: { code: 'empty', fileName: 'Pasted text' } });
    expect((await handlers['library:list']()).statements).toHaveLength(0);
  });
});

describe('library edits', () => {
  it('saves a metadata edit so a new store instance sees it', async () => {
    const { dir, handlers } = await setUp();
    const [imported] = await handlers['library:import']([await fileOnDisk(dir, 'statement.txt', TXT)]);
    const id = imported!.ok ? imported!.statement.id : '';
    const edited = await handlers['library:update-metadata'](id, {
      title: 'Closing statement, Dubai',
      metadata: { year: 2024, city: 'Dubai', kind: 'closing', speaker: '' },
    });
    expect(edited.title).toBe('Closing statement, Dubai');
    expect(edited.metadata).toMatchObject({ year: 2024, city: 'Dubai', kind: 'closing', speaker: null });

    const again = createHandlers(await openStore(join(dir, 'library')), { mode: 'web', version: '1' });
    const stored = (await again['library:list']()).statements[0]!;
    expect(stored.title).toBe('Closing statement, Dubai');
    expect(stored.metadata).toMatchObject({ year: 2024, city: 'Dubai', kind: 'closing' });
    // Fields the patch did not name are kept.
    expect(stored.metadata.meeting).toBe(imported!.ok ? imported!.statement.metadata.meeting : 'x');
  });

  it('fails clearly for an unknown id', async () => {
    const { handlers } = await setUp();
    await expect(handlers['library:update-metadata']('nope', { title: 'x' })).rejects.toThrow(
      /No statement with id nope/,
    );
  });

  it('removes and restores (undo); refuses to remove the reference and changes nothing', async () => {
    const { dir, handlers } = await setUp({ corpus: true });
    const before = await handlers['library:list']();
    const [imported] = await handlers['library:import']([await fileOnDisk(dir, 'statement.txt', TXT)]);
    if (!imported!.ok) throw new Error('import failed');
    await handlers['library:remove'](imported!.statement.id);
    expect((await handlers['library:list']()).statements).toEqual(before.statements);
    await handlers['library:restore'](imported!.statement);
    expect((await handlers['library:list']()).statements.map((s) => s.id)).toContain(imported!.statement.id);

    const snapshot = await handlers['library:list']();
    await expect(handlers['library:remove'](snapshot.referenceId)).rejects.toThrow(/cannot be removed/);
    expect(await handlers['library:list']()).toEqual(snapshot);
  });

  it('saves hidden samples and user themes; reports app info', async () => {
    const { handlers } = await setUp({ corpus: true });
    await handlers['library:set-samples-hidden'](true);
    await handlers['themes:save-user']([
      { id: 't1', label: 'Transparency', terms: ['transparency', 'data'] },
    ]);
    const list = await handlers['library:list']();
    expect(list.samplesHidden).toBe(true);
    expect(list.userThemes).toEqual([{ id: 't1', label: 'Transparency', terms: ['transparency', 'data'] }]);
    expect(await handlers['app:info']()).toEqual({ version: '1.2.3', mode: 'web' });
  });
});

describe('library:list summaries and library:get texts', () => {
  it('are worked out as the backend starts, before the window asks: the summaries file is written without a list', async () => {
    const { dir } = await setUp({ corpus: true });
    const kept = join(dir, 'library', SUMMARIES_CACHE_FILE);
    // Seeding stored the bundled statements without summarising them.
    await expect(readFile(kept, 'utf8')).rejects.toThrow();
    const store = await openStore(join(dir, 'library'));
    const statements = store.snapshot().statements;
    createHandlers(store, { mode: 'web', version: '1.2.3' });
    const entries = await vi.waitFor(
      async () => (JSON.parse(await readFile(kept, 'utf8')) as { entries: object }).entries,
    );
    expect(Object.keys(entries)).toHaveLength(statements.length);
    expect(statements.length).toBeGreaterThan(1);
  });

  it('lists summaries without text, with counts and a hash of the text; library:get brings the text', async () => {
    const { dir, handlers } = await setUp();
    const [imported] = await handlers['library:import']([await fileOnDisk(dir, 'dubai.txt', TXT)]);
    const statement = imported?.ok ? imported.statement : expect.fail('import failed');
    const list = await handlers['library:list']();
    const [summary] = list.statements;
    expect(summary).not.toHaveProperty('blocks');
    expect(JSON.stringify(list)).not.toContain('definition of conflict diamonds');
    // Counted by hand from TXT: two body paragraphs of 19 and 15 words (the salutation is not body).
    expect(summary).toMatchObject({
      id: statement.id,
      title: statement.title,
      counts: { paragraphs: 2, words: 34 },
    });
    expect(summary?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await handlers['library:get']([statement.id])).toEqual([statement]);
  });

  it('keeps the hash through a metadata edit, answers the edit with the new summary, and changes it with the text', async () => {
    const { dir, handlers } = await setUp();
    const [first] = await handlers['library:import']([await fileOnDisk(dir, 'a.txt', TXT)]);
    const [second] = await handlers['library:import']([
      await fileOnDisk(dir, 'b.txt', TXT.replace('long hours', 'short hours')),
    ]);
    const id = first?.ok ? first.statement.id : '';
    const [before, other] = (await handlers['library:list']()).statements;
    const edited = await handlers['library:update-metadata'](id, {
      title: 'Renamed',
      metadata: { year: 2030 },
    });
    expect(edited).toMatchObject({ id, title: 'Renamed', hash: before?.hash, metadata: { year: 2030 } });
    expect(edited).not.toHaveProperty('blocks');
    expect((await handlers['library:list']()).statements[0]).toEqual(edited);
    expect(second?.ok && other?.id === second.statement.id).toBe(true);
    expect(other?.hash).not.toBe(before?.hash);
  });
});
