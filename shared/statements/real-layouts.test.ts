import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ironwoodOpening,
  lowveldClosing,
  twoColumnPdf,
  wordExportPdf,
} from '../../testing/fixtures/press-and-print-layouts';
import {
  kestrelSavedPage,
  REAL_LAYOUTS_DIR,
  riverstoneSavedPage,
  TRUTH,
} from '../../testing/fixtures/real-layouts-truth';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { bodyBlocks } from './model';

const imported = importedStatement;

describe('the truth table of real layouts (copied text, Markdown, Word, saved page, printed and word-processor PDFs)', () => {
  it('covers every format a user may have', () => {
    expect(new Set(TRUTH.map((row) => row.file.replace(/^.*\./, '')))).toEqual(
      new Set(['txt', 'md', 'html', 'docx', 'pdf']),
    );
  });

  for (const row of TRUTH) {
    describe(row.file, () => {
      it('has the title and metadata a reader gives it, field by field', async () => {
        const statement = await imported(row.file, await row.bytes());
        const { title, ...facts } = row.facts;
        expect(statement.title, 'title').toBe(title);
        for (const [field, value] of Object.entries(facts)) {
          expect(statement.metadata[field as keyof typeof facts], field).toBe(value);
        }
      });

      it('gives every block the role a reader gives it, and drops nothing of the speech', async () => {
        const statement = await imported(row.file, await row.bytes());
        expect(statement.blocks.map((b) => [b.role, b.text])).toEqual(row.blocks);
      });
    });
  }

  it.each(['riverstone-2030-closing', 'kestrel-2031-press-release'])(
    'reads the saved page and the same page printed by Chromium as the same statement (%s)',
    async (name) => {
      const byFile = (file: string) => TRUTH.find((row) => row.file === file);
      const page = byFile(`${name}-saved-page.html`);
      const printed = byFile(`${name}-printed.pdf`);
      if (!page || !printed) throw new Error('fixture rows missing');
      const [a, b] = [
        await imported(page.file, await page.bytes()),
        await imported(printed.file, await printed.bytes()),
      ];
      expect(b.title).toBe(a.title);
      expect(bodyBlocks(b).map((x) => x.text)).toEqual(bodyBlocks(a).map((x) => x.text));
      expect(b.metadata).toEqual(a.metadata);
    },
  );

  it('keeps the checked-in saved page the one the fixture code writes', () => {
    const checkedIn = readFileSync(
      new URL('riverstone-2030-closing-saved-page.html', REAL_LAYOUTS_DIR),
      'utf8',
    );
    expect(checkedIn).toBe(riverstoneSavedPage());
    expect(
      readFileSync(new URL('kestrel-2031-press-release-saved-page.html', REAL_LAYOUTS_DIR), 'utf8'),
    ).toBe(kestrelSavedPage());
  });

  it.each([
    [
      'riverstone-2030-closing',
      '2030 Plenary Gaborone – Closing Speech – Riverstone Civil Society Network',
      '2030/11/16',
    ],
    [
      'kestrel-2031-press-release',
      'Plenary closes with promises but no plan for mining communities | Kestrel Mining Watch',
      'news/2031',
    ],
  ])(
    'finds the printed PDF carrying the browser header and footer that the import removes (%s)',
    async (name, pageTitle, path) => {
      const { extractPdf } = await import('./importers/pdf');
      const bytes = new Uint8Array(readFileSync(new URL(`${name}-printed.pdf`, REAL_LAYOUTS_DIR)));
      const { getDocumentProxy } = await import('unpdf');
      const document = await getDocumentProxy(bytes.slice());
      const page = await document.getPage(1);
      const raw = (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join('\n');
      const pages = document.numPages;
      await document.destroy();
      // Chromium's default header: the print date and time, the page's <title>; footer: the address and "1/n".
      expect(raw).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M$/m);
      expect(raw).toContain(pageTitle);
      expect(raw).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${path}/.+/$`, 'm'));
      expect(raw).toMatch(new RegExp(`^1/${pages}$`, 'm'));
      const extracted = await extractPdf(bytes);
      if (!extracted.ok) throw new Error(extracted.reason);
      expect(extracted.text).not.toMatch(/\d:\d\d [AP]M|http:\/\/|\b\d\/\d\b/);
      expect(extracted.text).not.toContain(pageTitle);
    },
  );

  it('has the word-processor PDF end page 2 exactly at a paragraph, on a sentence that nearly fills the line', async () => {
    const { getDocumentProxy } = await import('unpdf');
    const document = await getDocumentProxy(await wordExportPdf(ironwoodOpening));
    const bodyLines = async (n: number) => {
      const items = (await (await document.getPage(n)).getTextContent()).items;
      // The running header and footer are set in 8 pt; the speech in 11 pt.
      return items.flatMap((item) =>
        'str' in item &&
        item.str.trim() &&
        Math.round(Math.hypot(item.transform[2], item.transform[3])) === 11
          ? [{ text: item.str, width: item.width }]
          : [],
      );
    };
    const [page1, page2, page3] = [await bodyLines(1), await bodyLines(2), await bodyLines(3)];
    await document.destroy();
    const widest = Math.max(...[...page1, ...page2, ...page3].map((line) => line.width));
    // Page 1 ends inside a paragraph: its last line fills the line and ends no sentence.
    expect(page1.at(-1)?.text).toMatch(/[a-z,]$/);
    // Page 2 ends with a paragraph's last sentence, on a line as wide as most wrapped lines.
    const last = page2.at(-1);
    expect(last?.text).toMatch(/\.$/);
    expect(last?.width ?? 0).toBeGreaterThan(0.85 * widest);
    expect(page3[0]?.text).toMatch(/^We close with the budget\./);
    // The import splits them there, and joins the paragraph broken at the end of page 1.
    const statement = await imported('ironwood.pdf', await wordExportPdf(ironwoodOpening));
    const texts = statement.blocks.map((b) => b.text);
    expect(texts).toContain(ironwoodOpening.parts[8]?.[1]);
    expect(texts).toContain(ironwoodOpening.parts[7]?.[1]);
  });

  it('has the bulletin PDF set in two columns side by side, a paragraph running from one column into the next', async () => {
    const { getDocumentProxy } = await import('unpdf');
    const document = await getDocumentProxy(await twoColumnPdf(lowveldClosing));
    const items = (await (await document.getPage(1)).getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ text: item.str, x: item.transform[4], y: item.transform[5] }]
        : [],
    );
    await document.destroy();
    const lefts = items.filter((item) => item.x < 100);
    const rights = items.filter((item) => item.x > 300);
    expect(rights.length).toBeGreaterThanOrEqual(10);
    // The columns stand side by side over the same heights: read top to bottom, their lines would interleave.
    const beside = rights.filter((r) => lefts.some((l) => l.y > r.y) && lefts.some((l) => l.y < r.y));
    expect(beside.length).toBeGreaterThanOrEqual(10);
    // The left column ends inside a sentence that the right column goes on with.
    const lastLeft = lefts.filter((l) => l.y > 100).at(-1);
    expect(lastLeft?.text).not.toMatch(/[.!?,]$/);
  });
});
