/** The `app://plenary/` scheme that serves the built renderer, so CSP 'self' and module workers work. */
import { protocol } from 'electron';
import { readStaticFile, SECURITY_HEADERS } from './backend/static-files';
import { APP_HOST, APP_SCHEME } from './window-policy';

/** Registers the scheme's privileges; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves files from `rendererDir` (dist/renderer) on the scheme; nothing outside it, nothing but GET. */
export function serveRenderer(rendererDir: string): void {
  // A packaged app reads the renderer from inside app.asar, which holds no links to follow.
  const insideAsar = /\.asar([/\\]|$)/.test(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
    const file = await readStaticFile(rendererDir, url.pathname, { checkLinks: !insideAsar });
    if (file.kind === 'not-found')
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
