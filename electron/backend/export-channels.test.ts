import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, ELECTRON_ONLY_CHANNELS } from '../../shared/ipc/contract';
import { saveDialogFilter } from '../export-filters';
import { dispatchCall } from './dispatch';
import { createHandlers, type ElectronOnlyHandlers } from './handlers';
import type { LibraryStore } from './library-store';
import { MAX_EXPORT_CHARS, parseChannelArgs } from './schemas';
import { useTestLibrary } from '../../testing/backend/test-library';

const { tempDir, openStore } = useTestLibrary('plenary-export-');

async function store(): Promise<LibraryStore> {
  return openStore(join(await tempDir(), 'library'));
}

describe('export channel arguments', () => {
  it('accept a plain report name with a text extension and its content', () => {
    for (const name of ['comparison.md', 'Overview 2019–2022.HTML', 'themes.csv', 'overview.json'])
      expect(parseChannelArgs('export:save', [name, 'text']).ok).toBe(true);
    expect(parseChannelArgs('export:pdf', ['comparison.pdf', '<!doctype html>']).ok).toBe(true);
  });

  it('refuse folders, control characters, other extensions and oversized content, saying why', () => {
    const refused = (channel: 'export:save' | 'export:pdf', args: unknown[]) => {
      const parsed = parseChannelArgs(channel, args);
      return parsed.ok ? 'accepted' : parsed.error;
    };
    expect(refused('export:save', ['../escape.md', 'x'])).toMatch(/without folders/);
    expect(refused('export:save', ['C:\\Users\\x.md', 'x'])).toMatch(/without folders/);
    expect(refused('export:save', ['a\u0000.md', 'x'])).toMatch(/control characters/);
    expect(refused('export:save', ['run.exe', 'x'])).toMatch(/ending in \.html, \.md, \.csv, \.json/);
    expect(refused('export:save', ['report.pdf', 'x'])).toMatch(/ending in/);
    expect(refused('export:pdf', ['report.html', 'x'])).toMatch(/ending in \.pdf/);
    expect(refused('export:save', ['a.md', 42])).toMatch(/^Invalid arguments for export:save: 1:/);
    expect(refused('export:save', ['a.md', 'x'.repeat(MAX_EXPORT_CHARS + 1)])).toMatch(/1:/);
  });
});

describe('export channels by mode', () => {
  it('are listed as electron-only channels of the contract', () => {
    for (const channel of ELECTRON_ONLY_CHANNELS) expect(CHANNELS).toContain(channel);
  });

  it('answer in browser mode that they need the desktop app, changing nothing', async () => {
    const handlers = createHandlers(await store(), { mode: 'web', version: '0.0.0' });
    for (const [channel, name] of [
      ['export:save', 'a.md'],
      ['export:pdf', 'a.pdf'],
    ] as const) {
      const outcome = await dispatchCall(handlers, channel, [name, '# Report']);
      expect(outcome).toEqual({
        kind: 'failed',
        error: `${channel} is not available in browser mode: it needs the desktop app's save dialog. The page downloads the file instead.`,
      });
    }
  });

  it('use the desktop handlers they are given, after validating the arguments', async () => {
    const folder = await tempDir();
    // The desktop handlers ask a dialog where to write; here the "dialog" always answers this folder.
    const saveHere: ElectronOnlyHandlers = {
      'export:save': async (name, content) => {
        await writeFile(join(folder, name), content);
        return { saved: true, path: join(folder, name) };
      },
      'export:pdf': async () => ({ saved: false }),
    };
    const handlers = createHandlers(await store(), {
      mode: 'electron',
      version: '0.0.0',
      electronOnly: saveHere,
    });
    const outcome = await dispatchCall(handlers, 'export:save', ['report.md', '# Report\n']);
    expect(outcome).toEqual({ kind: 'ok', value: { saved: true, path: join(folder, 'report.md') } });
    expect(await readFile(join(folder, 'report.md'), 'utf8')).toBe('# Report\n');
    expect((await dispatchCall(handlers, 'export:save', ['../report.md', 'x'])).kind).toBe('invalid-args');
    expect(await dispatchCall(handlers, 'export:pdf', ['report.pdf', '<p>x</p>'])).toEqual({
      kind: 'ok',
      value: { saved: false },
    });
  });
});

describe('saveDialogFilter', () => {
  it('names the file type of the suggested name', () => {
    expect(saveDialogFilter('comparison.md')).toEqual({ name: 'Markdown', extensions: ['md'] });
    expect(saveDialogFilter('Overview.HTML')).toEqual({ name: 'Web page (HTML)', extensions: ['html'] });
    expect(saveDialogFilter('themes.csv')).toEqual({ name: 'Spreadsheet (CSV)', extensions: ['csv'] });
    expect(saveDialogFilter('c.pdf')).toEqual({ name: 'PDF', extensions: ['pdf'] });
  });
});
