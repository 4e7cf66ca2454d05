/**
 * Builds the binary containers of the end-to-end held-out set from their checked-in sources:
 * the press release as a .docx (source/press-release-docx.txt, one paragraph a line) and the intersessional
 * opening as a browser-printed PDF (source/intersessional-opening-page.html served over HTTP under a site
 * name and printed by headless Chromium with its date/title header and URL/page footer).
 *
 * Run once: `npx tsx testing/end-to-end-heldout/build-containers.ts` (needs /usr/bin/chromium). The outputs are
 * checked in; the tests read them, they do not rebuild them.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { makeDocx } from '../fixtures/build-fixtures';

const here = fileURLToPath(new URL('.', import.meta.url));

const lines = readFileSync(`${here}source/press-release-docx.txt`, 'utf8').split('\n').filter(Boolean);
writeFileSync(`${here}sample-2019-press-release-quoting-closing.docx`, makeDocx(lines));

const page = readFileSync(`${here}source/intersessional-opening-page.html`);
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(page);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const host = 'www.marula-rights.example';
  // Asynchronous: the server in this process must answer Chromium's request while it prints.
  execFile(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`,
      `--print-to-pdf=${here}sample-2023-intersessional-opening-printed.pdf`,
      `http://${host}/news/2023/06/20/opening-remarks-intersessional-victoria-falls/`,
    ],
    (error) => {
      server.close();
      if (error) throw error;
    },
  );
});
