/**
 * Builds the binary containers of the end-to-end held-out set from their checked-in sources:
 * the press release as a .docx (source/press-release-docx.txt, one paragraph a line) and the intersessional
 * opening as a browser-printed PDF (source/intersessional-opening-page.html served over HTTP under a site
 * name and printed by headless Chromium with its date/title header and URL/page footer).
 *
 * Run once: `npx tsx testing/end-to-end-heldout/build-containers.ts` (needs /usr/bin/chromium). The outputs are
 * checked in; the tests read them, they do not rebuild them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeDocx } from '../fixtures/build-fixtures';
import { printPage } from '../fixtures/print-page';

const here = fileURLToPath(new URL('.', import.meta.url));

const lines = readFileSync(`${here}source/press-release-docx.txt`, 'utf8').split('\n').filter(Boolean);
writeFileSync(`${here}sample-2019-press-release-quoting-closing.docx`, makeDocx(lines));

const page = readFileSync(`${here}source/intersessional-opening-page.html`);
printPage(
  page,
  'www.marula-rights.example',
  'http://www.marula-rights.example/news/2023/06/20/opening-remarks-intersessional-victoria-falls/',
  `${here}sample-2023-intersessional-opening-printed.pdf`,
);
