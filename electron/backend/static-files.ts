/** Serving the built renderer safely: URL path → file inside the build folder, content types, security headers. */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The renderer's Content-Security-Policy (the same as the meta tag in renderer/index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers on every response we serve. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` a URL path names, or null when it is malformed or would leave `root`.
 *
 * The path is percent-decoded once; any `..` segment, backslash, NUL or drive letter is refused
 * outright rather than normalised away, so encoded tricks (`..%2f`, `%2e%2e/`, `..%5c`) cannot climb out.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const pathOnly = urlPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathOnly.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /^[A-Za-z]:/.test(s))) return null;
  if (decoded.endsWith('/') || segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const target = resolve(join(base, ...segments));
  return isInside(base, target) ? target : null;
}

/** A static file read for serving, or why not. */
export type StaticFile =
  | { readonly kind: 'file'; readonly path: string; readonly contentType: string; readonly bytes: Buffer }
  | { readonly kind: 'not-found' };

/** How to read static files. */
export interface ReadStaticOptions {
  /**
   * Resolve symbolic links and refuse any that lead out of `root` (default). Turn off only for roots
   * that cannot hold links, such as a folder inside an asar archive, where realpath is not supported.
   */
  readonly checkLinks?: boolean;
}

/** Reads the file a URL path names under `root`, following no link out of `root`; anything else is not found. */
export async function readStaticFile(
  root: string,
  urlPath: string,
  options: ReadStaticOptions = {},
): Promise<StaticFile> {
  const target = resolveStaticPath(root, urlPath);
  if (target === null) return { kind: 'not-found' };
  try {
    let path = target;
    if (options.checkLinks ?? true) {
      const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
      if (!isInside(realRoot, realTarget)) return { kind: 'not-found' };
      path = realTarget;
    }
    if (!(await stat(path)).isFile()) return { kind: 'not-found' };
    return { kind: 'file', path, contentType: contentTypeFor(path), bytes: await readFile(path) };
  } catch {
    return { kind: 'not-found' };
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !isAbsolute(rel) && !rel.split(sep).includes('..');
}
