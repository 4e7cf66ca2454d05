import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../fixtures/build-fixtures';
import { importStatement } from '../../shared/statements/import-statement';
import { describeImportError } from '../../shared/statements/model';
import {
  DEFAULT_MAX_GROWTH_MB,
  DEFAULT_MAX_MS,
  HOSTILE_FILES,
  PWNED_GLOBAL,
  type HostileContext,
} from './catalogue';
import { watch, type ProcessProbe } from './watch';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const probe: ProcessProbe = {
  now: () => performance.now(),
  rss: () => process.memoryUsage.rss(),
  maxRssKb: () => process.resourceUsage().maxRSS,
};

const trapped: string[] = [];
const fetched: string[] = [];
let server: Server;
let context: HostileContext;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  server = createServer((request, response) => {
    trapped.push(`${request.method} ${request.url}`);
    response.end('trapped');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  context = {
    trapUrl: `http://127.0.0.1:${port}`,
    fixture: async (name) => new Uint8Array(await readFile(`${fixtures}${name}`)),
  };
  globalThis.fetch = (input, init) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  };
  // Load every importer once, so what the parsers set up on first use is not counted against an entry.
  await importStatement({ name: 'warm.pdf', bytes: await makePdf([[{ text: 'Warm up.', y: 700 }]]) });
  await importStatement({ name: 'warm.docx', bytes: makeDocx(['Warm up.']) });
  await importStatement({ name: 'warm.html', bytes: new TextEncoder().encode('<p>Warm up.</p>') });
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  // A request fired late by something in a file would arrive after its test; give it time to land.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await new Promise((resolve) => server.close(resolve));
  expect(trapped).toEqual([]);
});

describe('the hostile-file catalogue', () => {
  it('has at least 25 entries with distinct ids', () => {
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(HOSTILE_FILES.map((f) => f.id)).size).toBe(HOSTILE_FILES.length);
  });

  for (const file of HOSTILE_FILES) {
    it(`${file.id}: ${file.about} → ${file.expect}`, async () => {
      const bytes = await file.make(context);
      const w = watch(probe);
      const result = await importStatement({ name: file.fileName, bytes });
      const elapsed = w.elapsedMs();
      const growth = w.growthMb();

      if (file.expect === 'import') {
        if (!result.ok) expect.fail(`expected an import, got ${describeImportError(result.error)}`);
        const { statement } = result;
        expect(statement.source.fileName).toBe(file.shownName);
        expect(statement.blocks.length).toBeGreaterThan(0);
        for (const block of statement.blocks) {
          expect(block.text.trim()).not.toBe('');
          expect(block.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        }
        expect(file.check?.(statement, context) ?? []).toEqual([]);
      } else {
        if (result.ok)
          expect.fail(`expected the error ${file.expect}, got a statement "${result.statement.title}"`);
        const { error } = result;
        expect(error).toMatchObject({ kind: 'import-error', code: file.expect, fileName: file.shownName });
        expect(error.reason).toMatch(/^[^\n]{5,200}$/);
        expect(error.reason).not.toMatch(/\bat \S+:\d+|Error:|undefined|\[object/);
        expect(describeImportError(error)).toBe(`${file.shownName}: ${error.reason}`);
      }

      expect(elapsed).toBeLessThan(file.maxMs ?? DEFAULT_MAX_MS);
      expect(growth).toBeLessThan(file.maxGrowthMb ?? DEFAULT_MAX_GROWTH_MB);
      // Nothing in the file ran, reached out, or left anything behind on globalThis.
      expect((globalThis as Record<string, unknown>)[PWNED_GLOBAL]).toBeUndefined();
      expect(w.newGlobals()).toEqual([]);
      expect(fetched).toEqual([]);
      expect(trapped).toEqual([]);
    });
  }
});
