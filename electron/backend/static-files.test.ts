import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, CONTENT_SECURITY_POLICY, readStaticFile, resolveStaticPath } from './static-files';

const root = resolve('/srv/app/dist/renderer');

describe('resolveStaticPath', () => {
  it('maps URL paths to files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
    expect(resolveStaticPath(root, '/assets/')).toBe(join(root, 'assets', 'index.html'));
    expect(resolveStaticPath(root, '/a%20b.css?v=1#x')).toBe(join(root, 'a b.css'));
    expect(resolveStaticPath(root, '/./assets/./x.js')).toBe(join(root, 'assets', 'x.js'));
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/assets%2f..%2f..%2fpackage.json',
    '/%252e%252e%252fpackage.json/..',
    '/index.html%00.png',
    '/C:/Windows/win.ini',
    '/c:%5cwindows%5cwin.ini',
    '/%E0%A4%A',
    'index.html',
    '',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });

  it('does not decode twice (%252e stays a literal %2e file name inside the root)', () => {
    expect(resolveStaticPath(root, '/%252e%252e%252fpackage.json')).toBe(join(root, '%2e%2e%2fpackage.json'));
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build uses and falls back to opaque bytes', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/worker-x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing remote and nothing inline or evaluated', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
  });
});

describe('readStaticFile', () => {
  let dir: string;
  let site: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plenary-static-'));
    site = join(dir, 'site');
    await mkdir(join(site, 'assets'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>Plenary Diff</title>');
    await writeFile(join(site, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'outside the root');
    // Windows may refuse to create links without privileges; then there is simply no link to refuse.
    await symlink(join(dir, 'secret.txt'), join(site, 'link.txt')).catch(() => undefined);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads files inside the root with their content type', async () => {
    const file = await readStaticFile(site, '/');
    expect(file.kind).toBe('file');
    if (file.kind === 'file') {
      expect(file.contentType).toBe('text/html; charset=utf-8');
      expect(file.bytes.toString()).toContain('Plenary Diff');
    }
    const js = await readStaticFile(site, '/assets/app.js');
    expect(js.kind === 'file' && js.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the root: traversal, symlinks out, folders, missing files', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/link.txt',
      '/assets',
      '/nope.js',
    ]) {
      expect((await readStaticFile(site, path)).kind, path).toBe('not-found');
    }
  });

  it('still refuses traversal when links are not checked (inside an asar archive)', async () => {
    expect((await readStaticFile(site, '/index.html', { checkLinks: false })).kind).toBe('file');
    for (const path of ['/..%2fsecret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/assets']) {
      expect((await readStaticFile(site, path, { checkLinks: false })).kind, path).toBe('not-found');
    }
  });
});
