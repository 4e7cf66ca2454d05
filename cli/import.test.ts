import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../testing/fixtures/build-fixtures';
import { importStatement } from '../shared/statements/import-statement';
import type { Statement } from '../shared/statements/model';
import { root, useBuiltCli, type Run } from '../testing/cli/cli-harness';

const reference = join(root, 'resources/corpus/2019-new-delhi-closing-csc.txt');
const dir = mkdtempSync(join(tmpdir(), 'plenary-import-'));
/** Runs the real CLI in a child process, as a user would. */
const cli = useBuiltCli('import');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function expectUserError(run: Run, message: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(`plenary-diff: ${message}\n`);
}

describe('plenary-diff import', () => {
  it('prints the reference Statement as JSON on stdout and nothing else', async () => {
    const run = await cli('import', reference);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const printed = JSON.parse(run.stdout) as Statement;
    const direct = await importStatement({
      name: '2019-new-delhi-closing-csc.txt',
      bytes: new Uint8Array(readFileSync(reference)),
    });
    expect(direct.ok).toBe(true);
    if (!direct.ok) return;
    expect({ ...printed, source: { ...printed.source, importedAt: '' } }).toEqual({
      ...direct.statement,
      source: { ...direct.statement.source, importedAt: '' },
    });
    expect(printed.blocks.filter((b) => b.role === 'body')).toHaveLength(10);
    expect(run.stdout).toBe(`${JSON.stringify(printed, null, 2)}\n`);
  });

  it('prints a readable rendering with --format text', async () => {
    const run = await cli('import', reference, '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019');
    expect(run.stdout).toContain('Place:        New Delhi, India');
    expect(run.stdout).toContain('[salutation] KP Chair,');
    expect(run.stdout).toContain('[body 10] Our overall conclusion');
    expect(run.stdout).not.toContain('[body 11]');
    expect(run.stdout).toContain('[boilerplate] Leave a Comment');
  });

  it('imports a .docx and a .pdf', async () => {
    const docx = await cli(
      'import',
      file('statement.docx', makeDocx(['A title line', 'KP Chair,', 'The body paragraph.'])),
    );
    expect(docx.code).toBe(0);
    expect((JSON.parse(docx.stdout) as Statement).blocks.map((b) => b.role)).toEqual([
      'title',
      'salutation',
      'body',
    ]);
    const pdf = await cli(
      'import',
      file('statement.pdf', await makePdf([[{ text: 'One line of PDF text.', y: 700 }]])),
    );
    expect(pdf.code).toBe(0);
    expect((JSON.parse(pdf.stdout) as Statement).blocks[0]?.text).toBe('One line of PDF text.');
  });

  it('exits 2 with one line naming the file and the reason for bad files', async () => {
    const damaged = (await makePdf([[{ text: 'Damaged.', y: 700 }]])).slice(0, 400);
    const [empty, scan, encrypted, fake, rtf, broken] = await Promise.all([
      cli('import', file('empty.txt', '')),
      cli('import', file('scan.pdf', await makePdf([[]]))),
      cli('import', join(root, 'testing/fixtures/encrypted.pdf')),
      cli('import', file('fake.docx', 'plain text')),
      cli('import', file('notes.rtf', '{\\rtf1}')),
      cli('import', file('damaged.pdf', damaged)),
    ]);
    expectUserError(empty as Run, 'empty.txt: empty file');
    expectUserError(scan as Run, 'scan.pdf: no text layer — a scanned PDF?');
    expectUserError(encrypted as Run, 'encrypted.pdf: the PDF is encrypted (password-protected)');
    expectUserError(fake as Run, 'fake.docx: not a Word document (not a zip archive)');
    expectUserError(
      rtf as Run,
      'notes.rtf: unsupported file type .rtf (use .txt, .md, .html, .docx or .pdf)',
    );
    // pdf.js warns about damaged files; none of it may reach stdout.
    expect(broken?.code).toBe(2);
    expect(broken?.stdout).toBe('');
    expect(broken?.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(broken?.stderr).toMatch(/^plenary-diff: damaged\.pdf: /);
  });

  it('exits 2 for a missing file, a wrong --format and a missing FILE', async () => {
    expectUserError(
      await cli('import', join(dir, 'missing.txt')),
      `${join(dir, 'missing.txt')}: no such file`,
    );
    expectUserError(
      await cli('import', reference, '--format', 'xml'),
      'unknown --format "xml" (use json, text)',
    );
    expectUserError(await cli('import'), 'import takes exactly one FILE');
  });
});
