import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { PACKAGED_CORPUS_FOLDER, REFERENCE_FILE, SAMPLES_DIR } from './backend/bundled-corpus';
import { PRODUCT_NAME } from './backend/data-dir';
import { IMPORT_WORKER_FILE } from './backend/import-worker-protocol';
import { IMPORT_EXTENSIONS } from '../shared/statements/import-statement';

const require = createRequire(import.meta.url);

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
    // Imports are parsed in a worker thread the main process starts from beside itself.
    expect(packaged(`dist/electron/${IMPORT_WORKER_FILE.electron}`)).toBe(true);
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
      expect(existsSync(join(repo, 'dist', 'electron', IMPORT_WORKER_FILE.electron))).toBe(true);
    },
  );

  it('puts no node_modules in app.asar: beforeBuild answers that they are handled outside electron-builder', async () => {
    expect(config.beforeBuild).toBe('build/before-build.cjs');
    const beforeBuild = require(join(repo, 'build', 'before-build.cjs')) as () => Promise<boolean>;
    // false = "node_modules handled externally": electron-builder copies none and rebuilds none.
    await expect(beforeBuild()).resolves.toBe(false);
    expect((config.files as string[]).some((p) => p.includes('node_modules'))).toBe(false);
  });

  it.skipIf(!built)(
    'has bundles that need nothing from node_modules at run time (skipped before the build)',
    () => {
      for (const bundle of ['main.cjs', 'preload.cjs', IMPORT_WORKER_FILE.electron]) {
        const code = readFileSync(join(repo, 'dist', 'electron', bundle), 'utf8');
        const required = [...code.matchAll(/\brequire\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2]!);
        expect(required.length, bundle).toBeGreaterThan(0);
        expect(
          required.filter((name) => name !== 'electron' && !isBuiltin(name)),
          bundle,
        ).toEqual([]);
      }
    },
  );

  it('registers the app for every statement type the importers read ("Open with Plenary Diff")', () => {
    const associations = (config.fileAssociations ?? []) as {
      ext: string | string[];
      role?: string;
      mimeType?: string;
    }[];
    const declared = associations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext])).sort();
    expect(declared).toEqual(Object.keys(IMPORT_EXTENSIONS).sort());
    for (const association of associations) {
      // A viewer that offers itself, never the default editor of .txt or .pdf files.
      expect(association.role).toBe('Viewer');
      expect(association.mimeType).toBeTruthy();
    }
  });

  it('burns the fuses into the packaged binary after packing', async () => {
    expect(config.afterPack).toBe('build/after-pack.cjs');
    const afterPack = require(join(repo, 'build', 'after-pack.cjs')) as (context: unknown) => Promise<void>;
    const { getCurrentFuseWire, FuseV1Options } =
      require('@electron/fuses') as typeof import('@electron/fuses');
    // A stand-in binary with Electron's fuse wire: the sentinel, version 1, eight fuses, all as Electron ships them.
    const out = mkdtempSync(join(tmpdir(), 'plenary-fuses-'));
    try {
      const shipped = '10110010'; // RunAsNode on, cookies off, NODE_OPTIONS on, --inspect on, integrity off, asar-only off…
      const binary = Buffer.concat([
        Buffer.from('ELF-ish prefix '),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, 8]),
        Buffer.from(shipped),
        Buffer.from(' suffix'),
      ]);
      writeFileSync(join(out, 'plenary-diff'), binary);
      mkdirSync(join(out, 'resources'));
      await afterPack({
        appOutDir: out,
        electronPlatformName: 'linux',
        arch: 1,
        packager: { executableName: 'plenary-diff', appInfo: { productFilename: 'Plenary Diff' } },
      });
      const wire = await getCurrentFuseWire(join(out, 'plenary-diff'));
      const on = (fuse: number): boolean => (wire as unknown as Record<number, number>)[fuse] === 49; // '1'
      expect(on(FuseV1Options.RunAsNode)).toBe(false);
      expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
      expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
      expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
      expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
      expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
      expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
      // The Windows and macOS binaries are found where electron-builder puts them.
      const { packagedBinary } = require(join(repo, 'build', 'after-pack.cjs')) as {
        packagedBinary: (context: unknown) => string;
      };
      const packager = { executableName: 'plenary-diff', appInfo: { productFilename: 'Plenary Diff' } };
      expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
        join('/o', 'Plenary Diff.exe'),
      );
      expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
        join('/o', 'Plenary Diff.app'),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
