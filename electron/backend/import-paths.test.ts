import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { collectFolderFiles, importPaths, isSupportedFileName } from './import-paths';
import { useTestLibrary } from '../../testing/backend/test-library';

const { tempDir, openStore } = useTestLibrary('plenary-paths-');

const speech = (n: number): string =>
  `Statement ${n}\n\nDear Chair,\n\nParagraph about the review of the certification scheme, number ${n}, for the record.`;

describe('collectFolderFiles', () => {
  it('finds supported files recursively, sorted, skipping hidden entries, other types and symbolic links', async () => {
    const root = await tempDir();
    const folder = join(root, 'statements');
    await mkdir(join(folder, '2019', 'drafts'), { recursive: true });
    await mkdir(join(folder, '.git'));
    await writeFile(join(folder, 'b.txt'), speech(1));
    await writeFile(join(folder, 'a.PDF'), 'x');
    await writeFile(join(folder, 'notes.odt'), 'x');
    await writeFile(join(folder, '.hidden.txt'), 'x');
    await writeFile(join(folder, '.git', 'HEAD.txt'), 'x');
    await writeFile(join(folder, '2019', 'closing.html'), 'x');
    await writeFile(join(folder, '2019', 'drafts', 'draft.docx'), 'x');
    await writeFile(join(root, 'outside.txt'), 'x');
    // Windows may refuse to create links without privileges; then there is simply no link to skip.
    await symlink(join(root, 'outside.txt'), join(folder, 'link.txt')).catch(() => undefined);
    await symlink(root, join(folder, 'loop'), 'junction').catch(() => undefined);

    const found = await collectFolderFiles(folder);
    expect(found.map((p) => p.slice(folder.length + 1))).toEqual([
      '2019/closing.html',
      '2019/drafts/draft.docx',
      'a.PDF',
      'b.txt',
    ]);
  });

  it('skips the parts folder of a page saved whole, beside its page', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'Closing speech 2031.htm'), speech(1));
    await mkdir(join(folder, 'Closing speech 2031_files'));
    await writeFile(join(folder, 'Closing speech 2031_files', 'share-widget.html'), '<p>Share</p>');
    await mkdir(join(folder, 'archive_files'));
    await writeFile(join(folder, 'archive_files', 'kept.txt'), speech(2));
    const found = await collectFolderFiles(folder);
    expect(found.map((p) => p.slice(folder.length + 1))).toEqual([
      'archive_files/kept.txt',
      'Closing speech 2031.htm',
    ]);
  });

  it('knows the supported extensions', () => {
    expect(
      ['a.txt', 'b.md', 'c.HTML', 'd.htm', 'e.docx', 'f.pdf', 'g.text', 'h.markdown'].every(
        isSupportedFileName,
      ),
    ).toBe(true);
    expect(['a.doc', 'b.exe', 'c', 'txt'].some(isSupportedFileName)).toBe(false);
  });
});

describe('importPaths', () => {
  it('does not send a file whose read was cancelled: the backend had no parse of it to stop', async () => {
    const dir = await tempDir();
    const handlers = createHandlers(await openStore(join(dir, 'library')), {
      mode: 'electron',
      version: '1',
    });
    await writeFile(join(dir, 'one.txt'), speech(1));
    await writeFile(join(dir, 'two.txt'), speech(2));
    const controller = new AbortController();
    const results = await importPaths(handlers, [join(dir, 'one.txt'), join(dir, 'two.txt')], {
      signal: controller.signal,
      // The cancel comes as two.txt is about to be read, as a person's click may.
      onProgress: (_done, _total, name) => {
        if (name === 'two.txt') controller.abort();
      },
    });
    expect(results.map((r) => r.ok && r.statement.source.fileName)).toEqual(['one.txt']);
    expect((await handlers['library:list']()).statements).toHaveLength(1);
  });

  it('imports files in order; a missing file, a folder and an oversize file are errors naming them', async () => {
    const dir = await tempDir();
    const handlers = createHandlers(await openStore(join(dir, 'library')), {
      mode: 'electron',
      version: '1',
    });
    await writeFile(join(dir, 'one.txt'), speech(1));
    await writeFile(join(dir, 'big.txt'), `${speech(2)}\n\n${'x'.repeat(3000)}`);
    await mkdir(join(dir, 'folder.txt'));
    await writeFile(join(dir, 'two.md'), speech(3));

    const results = await importPaths(
      handlers,
      ['one.txt', 'missing.txt', 'big.txt', 'folder.txt', 'two.md'].map((n) => join(dir, n)),
      { maxBytes: 2048 },
    );
    expect(
      results.map((r) =>
        r.ok ? `ok ${r.statement.source.fileName}` : `${r.error.code} ${r.error.fileName}`,
      ),
    ).toEqual(['ok one.txt', 'corrupt missing.txt', 'too-large big.txt', 'corrupt folder.txt', 'ok two.md']);
    const missing = results[1]!;
    expect(missing.ok ? '' : missing.error.reason).toBe('could not be read (ENOENT)');
    expect((await handlers['library:list']()).statements).toHaveLength(2);
  });
});
