import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { PACKAGED_CORPUS_FOLDER, REFERENCE_FILE, SAMPLES_DIR } from './backend/bundled-corpus';
import { PRODUCT_NAME } from './backend/data-dir';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(repo, 'electron-builder.json'), 'utf8')) as Configuration;
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
};
const built =
  existsSync(join(repo, 'dist', 'electron', 'main.cjs')) &&
  existsSync(join(repo, 'dist', 'renderer', 'index.html'));

const targetNames = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((t) =>
    typeof t === 'string' ? t : (t as { target: string }).target,
  );

/** Whether a `files` pattern of the forms we use ("dir/**", "file") names something on disk. */
function patternMatches(pattern: string): boolean {
  if (pattern.endsWith('/**')) {
    const dir = join(repo, pattern.slice(0, -3));
    return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0;
  }
  return existsSync(join(repo, pattern));
}

/** Whether a repository path is packaged by the `files` patterns ("dir/**" and plain files; "!" excludes). */
function packaged(path: string): boolean {
  const patterns = config.files as string[];
  const hit = (p: string): boolean => (p.endsWith('/**') ? path.startsWith(p.slice(0, -2)) : path === p);
  const excluded = patterns.some((p) => p.startsWith('!**/*.') && path.endsWith(p.slice('!**/*'.length)));
  return !excluded && patterns.filter((p) => !p.startsWith('!')).some(hit);
}

describe('electron-builder.json', () => {
  it('is valid for electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app as the desktop app and browser mode expect', () => {
    expect(config.appId).toBe('org.plenarydiff.app');
    expect(config.productName).toBe('Plenary Diff');
    expect(pkg.productName).toBe(config.productName);
    // Browser mode's default --data folder is computed from the same name.
    expect(PRODUCT_NAME).toBe(config.productName);
    expect(config.directories?.output).toBe('release');
  });

  it('builds nsis on Windows, dmg on macOS, AppImage and deb on Linux', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    // deb needs a maintainer; package.json has no author e-mail, so the config names one.
    expect(config.linux?.maintainer).toBeTruthy();
  });

  it('has a 512×512 PNG icon', () => {
    expect(config.icon).toBe('build/icon.png');
    const png = readFileSync(join(repo, 'build', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('ships the bundled corpus where the main process looks for it', () => {
    const resources = config.extraResources as { from: string; to: string; filter: string[] }[];
    const corpus = resources.find((r) => r.from === 'resources/corpus');
    expect(corpus?.to).toBe(PACKAGED_CORPUS_FOLDER);
    expect(corpus?.filter).toEqual(['**/*.txt']);
    expect(existsSync(join(repo, 'resources', 'corpus', REFERENCE_FILE))).toBe(true);
    expect(readdirSync(join(repo, 'resources', 'corpus', SAMPLES_DIR)).some((f) => f.endsWith('.txt'))).toBe(
      true,
    );
  });

  it('packages the entry point, the preload and the renderer, and no source maps', () => {
    expect(packaged(pkg.main)).toBe(true);
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(packaged('dist/electron/preload.cjs')).toBe(true);
    expect(packaged('dist/renderer/index.html')).toBe(true);
    expect(packaged('package.json')).toBe(true);
    expect(packaged('dist/electron/main.cjs.map')).toBe(false);
    expect(packaged('electron/main.ts')).toBe(false);
    expect(packaged('resources/corpus/2019-new-delhi-closing-csc.txt')).toBe(false);
  });

  it.skipIf(!built)(
    'has every files pattern match something in the build (skipped before `npm run build`)',
    () => {
      for (const pattern of (config.files as string[]).filter((p) => !p.startsWith('!'))) {
        expect(patternMatches(pattern), pattern).toBe(true);
      }
      expect(existsSync(join(repo, 'dist', 'electron', 'preload.cjs'))).toBe(true);
    },
  );
});
