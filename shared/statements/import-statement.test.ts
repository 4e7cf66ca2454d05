import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makeStatementPdf } from '../../testing/fixtures/build-fixtures';
import { wordpressPage } from '../../testing/fixtures/wordpress-page';
import { importStatement } from './import-statement';
import { bodyBlocks, type ImportResult, type Statement } from './model';

const referenceBytes = new Uint8Array(
  readFileSync(new URL('../../resources/corpus/2019-new-delhi-closing-csc.txt', import.meta.url)),
);
const referenceText = new TextDecoder().decode(referenceBytes);
const referenceParagraphs = referenceText
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const importedAt = '2024-01-02T03:04:05.000Z';

function statementOf(result: ImportResult): Statement {
  if (!result.ok) throw new Error(`import failed: ${result.error.reason}`);
  return result.statement;
}

const roleTexts = (s: Statement) => s.blocks.map((b) => [b.role, b.text]);

describe('importStatement: the 2019 reference', () => {
  it('yields the title, five salutations, exactly 10 body blocks, the signature and the boilerplate', async () => {
    const statement = statementOf(
      await importStatement(
        { name: '2019-new-delhi-closing-csc.txt', bytes: referenceBytes },
        { importedAt },
      ),
    );
    expect(bodyBlocks(statement)).toHaveLength(10);
    expect(statement.blocks.map((b) => b.role)).toEqual([
      'title',
      'salutation',
      'salutation',
      'salutation',
      'salutation',
      'salutation',
      ...Array<string>(10).fill('body'),
      'signature',
      'signature',
      'boilerplate',
      'boilerplate',
    ]);
    expect(statement.title).toBe('Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019');
    const speaker = statement.blocks.find((b) => b.role === 'signature')?.text;
    expect(statement.metadata).toEqual({
      year: 2019,
      date: '2019-11-22',
      city: 'New Delhi',
      country: 'India',
      meeting: 'plenary',
      kind: 'closing',
      organisation: 'KP Civil Society Coalition',
      speaker,
    });
    expect(speaker).toBe(referenceParagraphs[referenceParagraphs.length - 4]);
    expect(statement.sample).toBe(false);
    expect(statement.source).toEqual({
      fileName: '2019-new-delhi-closing-csc.txt',
      format: 'txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      importedAt,
    });
    // Every paragraph of the file is one block, in order, with its text as written.
    expect(statement.blocks.map((b) => b.text)).toEqual(referenceParagraphs);
  });

  it('gives the same ids on every import, whatever the time or file name', async () => {
    const a = statementOf(await importStatement({ name: 'a.txt', bytes: referenceBytes }));
    const b = statementOf(await importStatement({ name: 'b.txt', bytes: referenceBytes }, { importedAt }));
    expect(b.id).toBe(a.id);
    expect(b.blocks.map((x) => x.id)).toEqual(a.blocks.map((x) => x.id));
  });

  it('hashes the bytes with sha256', async () => {
    const abc = statementOf(
      await importStatement({ name: 'abc.txt', bytes: new TextEncoder().encode('abc') }),
    );
    expect(abc.source.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('importStatement: every format gives the reference the same blocks', () => {
  const expectSameAsReference = async (
    name: string,
    bytes: Uint8Array,
    format: string,
    drop: string[] = [],
  ) => {
    const statement = statementOf(await importStatement({ name, bytes }, { importedAt }));
    const reference = statementOf(await importStatement({ name: 'ref.txt', bytes: referenceBytes }));
    expect(statement.source.format).toBe(format);
    expect(roleTexts(statement)).toEqual(
      roleTexts(reference).filter(([, text]) => !drop.includes(text as string)),
    );
    expect(statement.metadata).toEqual(reference.metadata);
  };

  it('UTF-8 with a BOM, UTF-16 LE and BE, CRLF', async () => {
    const crlf = referenceText.replace(/\n/g, '\r\n');
    await expectSameAsReference(
      'bom.txt',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]),
      'txt',
    );
    const le = new Uint8Array(2 + crlf.length * 2);
    const be = new Uint8Array(2 + crlf.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < crlf.length; i++) {
      const code = crlf.charCodeAt(i);
      le.set([code & 0xff, code >> 8], 2 + i * 2);
      be.set([code >> 8, code & 0xff], 2 + i * 2);
    }
    await expectSameAsReference('le.txt', le, 'txt');
    await expectSameAsReference('be.txt', be, 'txt');
  });

  it('Windows-1252', async () => {
    const cp1252: Record<string, number> = { '’': 0x92, '–': 0x96 };
    const bytes = Uint8Array.from(referenceText, (ch) => cp1252[ch] ?? ch.charCodeAt(0));
    expect([...referenceText].every((ch) => ch.charCodeAt(0) < 0x100 || ch in cp1252)).toBe(true);
    await expectSameAsReference('cp1252.txt', bytes, 'txt');
  });

  it('Markdown', async () => {
    const [title, ...rest] = referenceParagraphs;
    const md = `# ${title}\n\n${rest.map((p) => p.replace('Permanent Secretariat', '**Permanent Secretariat**')).join('\n\n')}\n`;
    await expectSameAsReference('reference.md', new TextEncoder().encode(md), 'md');
  });

  it('a saved WordPress page', async () => {
    const [title, ...rest] = referenceParagraphs as [string, ...string[]];
    const post = rest.filter((p) => !/^(Leave a Comment|Your email address)/.test(p));
    await expectSameAsReference(
      'reference.html',
      new TextEncoder().encode(wordpressPage(title, post)),
      'html',
      ['Leave a Comment', 'Your email address will not be published.'],
    );
  });

  it('.docx', async () => {
    await expectSameAsReference('reference.docx', makeDocx(referenceParagraphs), 'docx');
  });

  it('.pdf', async () => {
    const [title, ...rest] = referenceParagraphs as [string, ...string[]];
    const bytes = await makeStatementPdf({
      title,
      paragraphs: rest,
      header: 'KP CSC',
      pageNumbers: (page) => `- ${page} -`,
    });
    await expectSameAsReference('reference.pdf', bytes, 'pdf');
  });

  it('pasted text, with the paste format and a default name', async () => {
    const result = await importStatement({ name: '', bytes: referenceBytes }, { pasted: true });
    const statement = statementOf(result);
    expect(statement.source).toMatchObject({ format: 'paste', fileName: 'Pasted text' });
    expect(bodyBlocks(statement)).toHaveLength(10);
  });
});

describe('importStatement: the bundled samples', () => {
  const folder = new URL('../../resources/corpus/samples/', import.meta.url);
  const files = readdirSync(folder).filter((f) => /^sample-.*\.(txt|md|html|docx|pdf)$/.test(f));

  it.each(files)(
    '%s imports cleanly, labelled a sample, with a title, body and inferred year',
    async (file) => {
      const statement = statementOf(
        await importStatement({ name: file, bytes: new Uint8Array(readFileSync(new URL(file, folder))) }),
      );
      expect(statement.sample).toBe(true);
      expect(statement.blocks[0]?.role).toBe('title');
      expect(bodyBlocks(statement).length).toBeGreaterThan(3);
      expect(statement.metadata.year).toBe(Number(/\d{4}/.exec(file)?.[0]));
    },
  );
});

describe('importStatement: bad input is a typed error naming the file, never a throw', () => {
  const expectError = async (
    name: string,
    bytes: Uint8Array,
    code: string,
    reason: string | RegExp,
    maxBytes?: number,
  ) => {
    const result = await importStatement({ name, bytes }, { maxBytes });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'import-error', code, fileName: name.replace(/^.*\//, '') });
    expect(result.error.reason).toMatch(reason);
    expect(result.error.reason).not.toMatch(/\n|Error:|\.[jt]s:\d/);
  };

  it('an empty file', async () => {
    await expectError('empty.txt', new Uint8Array(), 'empty', 'empty file');
    await expectError('blank.md', new TextEncoder().encode(' \n\t\r\n '), 'empty', /^empty file/);
  });

  it('binary data behind a text extension', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 0xff,
    ]);
    await expectError('photo.txt', png, 'binary', 'binary data, not text');
    await expectError('photo.md', png, 'binary', 'binary data, not text');
  });

  it('an unsupported extension, or none', async () => {
    await expectError(
      'statement.rtf',
      new TextEncoder().encode('{\\rtf1 hello}'),
      'unsupported-format',
      /unsupported file type \.rtf/,
    );
    await expectError(
      'statement.doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
      'unsupported-format',
      /\.doc is not supported/,
    );
    await expectError('README', new TextEncoder().encode('text'), 'unsupported-format', /no file extension/);
  });

  it('a .docx that is not a zip, or has no document part', async () => {
    await expectError(
      'letter.docx',
      new TextEncoder().encode('not a zip at all'),
      'corrupt',
      'not a Word document (not a zip archive)',
    );
    await expectError(
      'letter.docx',
      makeDocx([], { withoutDocumentPart: true }),
      'corrupt',
      /no document part/,
    );
  });

  it('an encrypted PDF', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../testing/fixtures/encrypted.pdf', import.meta.url)),
    );
    await expectError('locked.pdf', bytes, 'encrypted', /encrypted/);
  });

  it('a scanned PDF with no text layer', async () => {
    await expectError('scan.pdf', await makePdf([[]]), 'no-text-layer', /^no text layer — a scanned PDF\?$/);
  });

  it('a file over the size limit, refused before it is read', async () => {
    await expectError(
      'big.txt',
      new Uint8Array(2048).fill(0x61),
      'too-large',
      'file is too large (2 kB; the limit is 1 kB)',
      1024,
    );
    await expectError(
      'huge.pdf',
      new Uint8Array(3 * 1024 * 1024),
      'too-large',
      'file is too large (3 MB; the limit is 2 MB)',
      2 * 1024 * 1024,
    );
  });

  it('an HTML page with no statement text', async () => {
    const page =
      '<html><body><nav><a href="/">Home</a></nav><form><input name="q"></form><footer>© 2024</footer></body></html>';
    await expectError('page.html', new TextEncoder().encode(page), 'no-statement-text', /no statement text/);
  });

  it('a text file with nothing but web residue', async () => {
    await expectError(
      'residue.txt',
      new TextEncoder().encode('Leave a Comment\n\nShare this:'),
      'no-statement-text',
      /no statement text/,
    );
  });

  it('a file name with folders and control characters is shown as its bare name', async () => {
    const result = await importStatement({
      name: '../../evil\n.txt',
      bytes: new TextEncoder().encode('Some words here.'),
    });
    expect(result.ok && result.statement.source.fileName).toBe('evil.txt');
  });
});
