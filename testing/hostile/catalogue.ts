/**
 * The hostile-file catalogue: files people may drop on the app — broken, booby-trapped, huge or strange —
 * each made by code, with what importing it must give.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { createRandom } from '../generators/prng';
import { documentXml, makeDocx, makePdf, makeStatementPdf } from '../fixtures/build-fixtures';
import { bodyBlocks, type ImportErrorCode, type Statement } from '../../shared/statements/model';
import { activePdf, deeplyNestedPdf } from './pdf-bytes';
import { rawZip, repeatedDeflate, REPEAT_UNIT, singleBlockBomb } from './zip-bytes';

/** What the tests give a catalogue entry to make its file with. */
export interface HostileContext {
  /** An http:// URL on a local server that counts requests: any request proves something reached out. */
  readonly trapUrl: string;
  /** The bytes of a checked-in fixture in testing/fixtures/. */
  fixture(name: string): Promise<Uint8Array>;
}

/** What importing a hostile file must give: a statement, or an error with this code. */
export type HostileExpectation = 'import' | ImportErrorCode;

/** One hostile file. */
export interface HostileFile {
  /** A short id for the test name. */
  readonly id: string;
  /** What the file tries, in a few words. */
  readonly about: string;
  /** The file name it is imported under. */
  readonly fileName: string;
  /** The name the statement or the error must carry (the file name without folders or control characters). */
  readonly shownName: string;
  readonly expect: HostileExpectation;
  /** The most the resident memory may grow while importing it (MB): small where a copy would show. */
  readonly maxGrowthMb?: number;
  /** The longest the import may take (ms): a bound that catches hangs, not a speed target. */
  readonly maxMs?: number;
  make(context: HostileContext): Uint8Array | Promise<Uint8Array>;
  /** What is wrong with the imported statement (empty when it is right). */
  check?(statement: Statement, context: HostileContext): readonly string[];
}

/** The time bound of an entry without its own: generous, to catch hangs on a slow shared CI machine. */
export const DEFAULT_MAX_MS = 10_000;
/** The memory-growth bound of an entry without its own (MB). */
export const DEFAULT_MAX_GROWTH_MB = 400;

/** A marker every script in the catalogue would set if anything ever ran it. */
export const PWNED_GLOBAL = '__plenaryPwned';

const SCRIPT = `globalThis.${PWNED_GLOBAL} = 'ran'; fetch('TRAP/script');`;

const PARAGRAPHS = [
  'Statement of a sample coalition (a test file, not a real statement)',
  'Dear participants,',
  'We came to this meeting hoping for progress on the definition of conflict diamonds.',
  'Communities in mining areas continue to bear the cost of delay, and their voices must be heard.',
  'We call on all participants to agree a clear timetable for the review before the next meeting.',
  'Thank you.',
];

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

function allText(statement: Statement): string {
  return statement.blocks.map((b) => b.text).join('\n');
}

/** Problems when a statement's text lacks any of `present` or holds any of `absent`. */
function textProblems(
  statement: Statement,
  present: readonly string[],
  absent: readonly string[] = [],
): string[] {
  const text = allText(statement);
  return [
    ...present.filter((p) => !text.includes(p)).map((p) => `missing text: ${JSON.stringify(p)}`),
    ...absent
      .filter((a) => text.toLowerCase().includes(a.toLowerCase()))
      .map((a) => `unexpected text: ${JSON.stringify(a)}`),
  ];
}

function equalProblem(what: string, actual: unknown, expected: unknown): string[] {
  return actual === expected ? [] : [`${what}: expected ${String(expected)}, got ${String(actual)}`];
}

/** The words that show a link, script or trap URL leaked into the text. */
function activeContent(context: HostileContext): string[] {
  return [PWNED_GLOBAL, context.trapUrl, '127.0.0.1', 'javascript:', '<script', 'onerror', 'fetch('];
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function randomBytes(seed: number, length: number): Uint8Array {
  const random = createRandom(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = random.int(256);
  return bytes;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A .docx whose document part is hand-built raw data declaring `declaredSize`. */
function docxWithRawDocument(data: Uint8Array, declaredSize: number): Uint8Array {
  return rawZip([
    { name: '[Content_Types].xml', method: 0, data: utf8(CONTENT_TYPES), declaredSize: CONTENT_TYPES.length },
    { name: '_rels/.rels', method: 0, data: utf8(PACKAGE_RELS), declaredSize: PACKAGE_RELS.length },
    { name: 'word/document.xml', method: 8, data, declaredSize },
  ]);
}

/** A .docx whose document part is the given XML, as Word would zip it. */
function docxWithXml(xml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/document.xml': strToU8(xml),
    ...extra,
  });
}

const XML_PARAGRAPHS = PARAGRAPHS.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');

function wordDocument(doctype: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

function plain(
  id: string,
  about: string,
  fileName: string,
  shownName: string,
  text: string,
  expect: HostileExpectation,
): HostileFile {
  return { id, about, fileName, shownName, expect, make: () => utf8(text) };
}

const SAMPLE_TEXT = PARAGRAPHS.join('\n\n');

/** The catalogue: at least one entry for every kind of hostile file the app promises to survive. */
export const HOSTILE_FILES: readonly HostileFile[] = [
  // ---- Word documents
  {
    id: 'docx-truncated',
    about: 'a .docx cut off halfway through the download',
    fileName: 'truncated.docx',
    shownName: 'truncated.docx',
    expect: 'corrupt',
    make: () => {
      const bytes = makeDocx(PARAGRAPHS);
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
  },
  {
    id: 'docx-corrupt-deflate',
    about: 'a .docx whose document part is not valid DEFLATE data',
    fileName: 'corrupt-data.docx',
    shownName: 'corrupt-data.docx',
    expect: 'corrupt',
    // 0xff… starts a block of the reserved type 3, which no inflater accepts.
    make: () => docxWithRawDocument(new Uint8Array(4096).fill(0xff), 100_000),
  },
  {
    id: 'docx-not-a-zip',
    about: 'random bytes named .docx',
    fileName: 'random.docx',
    shownName: 'random.docx',
    expect: 'corrupt',
    make: () => randomBytes(6, 64 * 1024),
  },
  {
    id: 'docx-directory-overclaims',
    about:
      'a zip whose end record claims 65,535 entries in a directory that holds three (what is there is read)',
    fileName: 'directory-overclaims.docx',
    shownName: 'directory-overclaims.docx',
    expect: 'import',
    make: () => {
      const bytes = makeDocx(PARAGRAPHS).slice();
      const view = new DataView(bytes.buffer);
      view.setUint16(bytes.length - 22 + 8, 0xffff, true);
      view.setUint16(bytes.length - 22 + 10, 0xffff, true);
      return bytes;
    },
    check: (s) => textProblems(s, [PARAGRAPHS[2] as string]),
  },
  {
    id: 'docx-offset-outside',
    about: 'a zip whose directory places the document part 4 GB into a 1 kB file',
    fileName: 'offset-outside.docx',
    shownName: 'offset-outside.docx',
    expect: 'corrupt',
    make: () => {
      const xml = utf8(documentXml(PARAGRAPHS));
      return rawZip([
        {
          name: 'word/document.xml',
          method: 8,
          data: deflateSync(xml),
          declaredSize: xml.length,
          claimedOffset: 0xfffffff0,
        },
      ]);
    },
  },
  {
    id: 'docx-deep-nesting',
    about: 'a .docx whose document part nests 100,000 elements around its paragraphs',
    fileName: 'deep.docx',
    shownName: 'deep.docx',
    expect: 'corrupt',
    make: () =>
      docxWithXml(wordDocument('', `${'<w:x>'.repeat(100_000)}${XML_PARAGRAPHS}${'</w:x>'.repeat(100_000)}`)),
  },
  {
    id: 'docx-zip-bomb',
    about: 'a 4 MB .docx whose document part inflates to 3 GB (and says so)',
    fileName: 'zip-bomb.docx',
    shownName: 'zip-bomb.docx',
    expect: 'too-large',
    maxGrowthMb: 200,
    maxMs: 3000,
    make: () => {
      const prefix = utf8('<w:document><w:body><w:p><w:r><w:t>');
      const repeats = (3 * GB) / REPEAT_UNIT;
      return docxWithRawDocument(repeatedDeflate(prefix, 0x61, repeats), prefix.length + 3 * GB);
    },
  },
  {
    id: 'docx-zip-bomb-lying-header',
    about: 'a 13 MB .docx whose document part says 64 kB but inflates to 2 GB in one block',
    fileName: 'lying-zip-bomb.docx',
    shownName: 'lying-zip-bomb.docx',
    expect: 'corrupt',
    maxGrowthMb: 200,
    maxMs: 3000,
    make: () => docxWithRawDocument(singleBlockBomb(0x61, 2 * GB), 64 * 1024),
  },
  {
    id: 'docx-rels-bomb',
    about: 'a .docx whose package relationships part is a lying zip bomb (the document itself is fine)',
    fileName: 'rels-bomb.docx',
    shownName: 'rels-bomb.docx',
    expect: 'import',
    maxGrowthMb: 200,
    make: () => {
      const xml = utf8(documentXml(PARAGRAPHS));
      return rawZip([
        { name: '_rels/.rels', method: 8, data: singleBlockBomb(0x61, GB / 2), declaredSize: 4096 },
        { name: 'word/document.xml', method: 8, data: deflateSync(xml), declaredSize: xml.length },
      ]);
    },
    check: (s) => textProblems(s, [PARAGRAPHS[2] as string]),
  },
  {
    id: 'docx-external-relationships',
    about: 'a .docx with TargetMode="External" links, template, image and main part pointing at a URL',
    fileName: 'external-links.docx',
    shownName: 'external-links.docx',
    expect: 'import',
    make: ({ trapUrl }) => {
      const rel = (id: string, type: string, target: string) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/>`;
      const rels = (items: string) =>
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
      const body = `${XML_PARAGRAPHS}<w:p><w:hyperlink r:id="rId9"><w:r><w:t>a linked phrase</w:t></w:r></w:hyperlink></w:p>`;
      return zipSync({
        '[Content_Types].xml': strToU8(CONTENT_TYPES),
        // An external main part first: it must be skipped for the internal one, never fetched.
        '_rels/.rels': strToU8(
          rels(
            rel('rId0', 'officeDocument', `${trapUrl}/document.xml`) +
              PACKAGE_RELS.replace(/^.*<Relationships[^>]*>|<\/Relationships>$/g, ''),
          ),
        ),
        'word/document.xml': strToU8(
          wordDocument('', body).replace(
            '<w:document ',
            '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
          ),
        ),
        'word/_rels/document.xml.rels': strToU8(
          rels(
            rel('rId9', 'hyperlink', `${trapUrl}/hyperlink`) +
              rel('rId10', 'attachedTemplate', `${trapUrl}/template.dotm`) +
              rel('rId11', 'image', `${trapUrl}/image.png`) +
              rel('rId12', 'oleObject', 'file:///etc/passwd'),
          ),
        ),
      });
    },
    check: (s, context) =>
      textProblems(s, [PARAGRAPHS[2] as string, 'a linked phrase'], activeContent(context)),
  },
  {
    id: 'docx-xxe',
    about: 'a .docx whose XML declares external entities (a local file and a URL) and uses them',
    fileName: 'xxe.docx',
    shownName: 'xxe.docx',
    expect: 'import',
    make: ({ trapUrl }) =>
      docxWithXml(
        wordDocument(
          `<!DOCTYPE w:document [<!ENTITY file SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "${trapUrl}/entity">]>`,
          `${XML_PARAGRAPHS}<w:p><w:r><w:t>Entities: &file; and &remote;.</w:t></w:r></w:p>`,
        ),
      ),
    check: (s, context) => textProblems(s, [PARAGRAPHS[3] as string], ['root:', ...activeContent(context)]),
  },
  {
    id: 'docx-billion-laughs',
    about: 'a .docx whose XML nests entity definitions to expand to gigabytes',
    fileName: 'billion-laughs.docx',
    shownName: 'billion-laughs.docx',
    expect: 'import',
    maxGrowthMb: 300,
    make: () => {
      const entities = ['<!ENTITY lol0 "lol">'];
      for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
      return docxWithXml(
        wordDocument(
          `<!DOCTYPE w:document [${entities.join('')}]>`,
          `${XML_PARAGRAPHS}<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>`,
        ),
      );
    },
    check: (s) => textProblems(s, [PARAGRAPHS[4] as string], ['lollollol']),
  },
  {
    id: 'docx-traversal-entries',
    about: 'a .docx with zip entries named ../../evil.txt and /etc/cron.d/evil, and a macro project',
    fileName: 'traversal-entries.docx',
    shownName: 'traversal-entries.docx',
    expect: 'import',
    make: () =>
      docxWithXml(wordDocument('', XML_PARAGRAPHS), {
        '../../evil.txt': strToU8('written outside'),
        '/etc/cron.d/evil': strToU8('* * * * * root touch /tmp/pwned'),
        'word/vbaProject.bin': randomBytes(7, 2048),
      }),
    check: (s) => textProblems(s, [PARAGRAPHS[2] as string], ['written outside', 'cron']),
  },
  // ---- PDF
  {
    id: 'pdf-javascript',
    about:
      'a PDF with a JavaScript /OpenAction, a /Names script, /AA scripts, /Launch, /URI, /SubmitForm, /GoToR',
    fileName: 'javascript.pdf',
    shownName: 'javascript.pdf',
    expect: 'import',
    make: ({ trapUrl }) =>
      activePdf({ lines: PARAGRAPHS.slice(0, 4), script: SCRIPT.replace('TRAP', trapUrl), url: trapUrl }),
    check: (s, context) => textProblems(s, [PARAGRAPHS[2] as string], activeContent(context)),
  },
  {
    id: 'pdf-encrypted',
    about: 'a PDF locked with a user password (the checked-in qpdf fixture)',
    fileName: 'encrypted.pdf',
    shownName: 'encrypted.pdf',
    expect: 'encrypted',
    make: ({ fixture }) => fixture('encrypted.pdf'),
  },
  {
    id: 'pdf-no-text-layer',
    about: 'a two-page PDF with drawings and no text, like a scan',
    fileName: 'scan.pdf',
    shownName: 'scan.pdf',
    expect: 'no-text-layer',
    make: () => makePdf([[], []]),
  },
  {
    id: 'pdf-truncated',
    about: 'a three-page PDF cut off at 60% (no page tree, cross-reference table or trailer)',
    fileName: 'truncated.pdf',
    shownName: 'truncated.pdf',
    expect: 'corrupt',
    make: async () => {
      const bytes = await makeStatementPdf({
        title: PARAGRAPHS[0] as string,
        paragraphs: PARAGRAPHS.slice(1),
        linesPerPage: 4,
      });
      return bytes.slice(0, Math.floor(bytes.length * 0.6));
    },
  },
  {
    id: 'pdf-not-a-pdf',
    about: 'a web page saved with a .pdf name',
    fileName: 'page.pdf',
    shownName: 'page.pdf',
    expect: 'corrupt',
    make: () => utf8(`<html><body><p>${SAMPLE_TEXT}</p></body></html>`),
  },
  {
    id: 'pdf-deep-nesting',
    about: 'a PDF whose catalog nests an array 100,000 deep (refused, without overflowing the stack)',
    fileName: 'deep.pdf',
    shownName: 'deep.pdf',
    expect: 'corrupt',
    make: () => deeplyNestedPdf(100_000, PARAGRAPHS[2] as string),
  },
  // ---- Web pages and Markdown
  {
    id: 'html-active-content',
    about:
      'a page with <script>, <iframe>, onerror=, javascript: links, a meta refresh, <base>, <object>, <svg onload>',
    fileName: 'active.html',
    shownName: 'active.html',
    expect: 'import',
    make: ({ trapUrl }) => {
      const script = SCRIPT.replace('TRAP', trapUrl);
      return utf8(`<!doctype html><html><head>
<meta http-equiv="refresh" content="0; url=${trapUrl}/refresh">
<base href="${trapUrl}/"><link rel="stylesheet" href="${trapUrl}/style.css">
<script>${script}</script><script src="${trapUrl}/script.js"></script>
<style>body { background: url(${trapUrl}/background.png) }</style>
<title>${PARAGRAPHS[0]}</title></head>
<body onload="${script}">
<h1>${PARAGRAPHS[0]}</h1>
<p>${PARAGRAPHS[1]}</p>
<p>${PARAGRAPHS[2]} <img src="${trapUrl}/image.png" onerror="${script}" alt=""></p>
<iframe src="${trapUrl}/frame" srcdoc="<script>${script}</script>"></iframe>
<p onmouseover="${script}">${PARAGRAPHS[3]} <a href="javascript:${script}">Read the annex</a>.</p>
<object data="${trapUrl}/object.swf"></object><embed src="${trapUrl}/embed.swf">
<svg onload="${script}"><script>${script}</script><text>svg text</text></svg>
<noscript><img src="${trapUrl}/noscript.png"></noscript><template><script>${script}</script></template>
<form action="${trapUrl}/form"><input name="q" value="${script}"><button formaction="javascript:${script}">Go</button></form>
<!-- <script>${script}</script> -->
<p>${PARAGRAPHS[4]}</p><p>${PARAGRAPHS[5]}</p>
</body></html>`);
    },
    check: (s, context) => [
      ...textProblems(
        s,
        [PARAGRAPHS[2] as string, 'Read the annex', PARAGRAPHS[4] as string],
        [...activeContent(context), 'svg text', 'http'],
      ),
      ...equalProblem('title', s.title, PARAGRAPHS[0]),
    ],
  },
  {
    id: 'html-deep-nesting',
    about: 'a page with 100,000 nested <div>s around its text',
    fileName: 'deep.html',
    shownName: 'deep.html',
    expect: 'corrupt',
    make: () =>
      utf8(
        `<html><body>${'<div>'.repeat(100_000)}<p>${PARAGRAPHS[2]}</p>${'</div>'.repeat(100_000)}</body></html>`,
      ),
  },
  {
    id: 'html-malformed',
    about: 'a page of unclosed tags, stray angle brackets, a 1 MB attribute and bad entities',
    fileName: 'malformed.html',
    shownName: 'malformed.html',
    expect: 'import',
    make: () =>
      utf8(
        `<html><body><p class="${'x'.repeat(MB)}">${PARAGRAPHS[2]}<p>${PARAGRAPHS[3]} &#xFFFFFFFF; &bogus; &#0; <<>> <a <b <p title="unclosed>${PARAGRAPHS[4]}`,
      ),
    check: (s) => textProblems(s, [PARAGRAPHS[2] as string, PARAGRAPHS[3] as string]),
  },
  {
    id: 'html-script-only',
    about: 'a page that is nothing but scripts and styles',
    fileName: 'scripts-only.html',
    shownName: 'scripts-only.html',
    expect: 'no-statement-text',
    make: () =>
      utf8(
        `<html><head><script>${SCRIPT}</script><style>p{}</style></head><body><script>${SCRIPT}</script></body></html>`,
      ),
  },
  {
    id: 'md-active-content',
    about: 'Markdown with inline HTML scripts, javascript: links, remote images and reference links',
    fileName: 'active.md',
    shownName: 'active.md',
    expect: 'import',
    make: ({ trapUrl }) =>
      utf8(
        [
          `# ${PARAGRAPHS[0]}`,
          PARAGRAPHS[1],
          `${PARAGRAPHS[2]} ![tracker](${trapUrl}/pixel.png) <img src="${trapUrl}/x.png" onerror="${SCRIPT}">`,
          `${PARAGRAPHS[3]} [Read the annex](javascript:alert(1)) and [the report][r].`,
          `[r]: ${trapUrl}/report`,
          PARAGRAPHS[4],
        ].join('\n\n'),
      ),
    check: (s, context) =>
      textProblems(s, [PARAGRAPHS[2] as string, 'Read the annex', 'the report'], activeContent(context)),
  },
  // ---- Plain text: size, encodings, line ends, scripts
  {
    id: 'txt-10mb-single-line',
    about: 'a 10 MB file that is one line with no line break',
    fileName: 'one-line.txt',
    shownName: 'one-line.txt',
    expect: 'import',
    maxGrowthMb: 800,
    // About 6 s here, most of it garbage collection of 10 MB strings; the bound still catches a hang.
    maxMs: 30_000,
    make: () => {
      const sentence = `${PARAGRAPHS[2]} `;
      return utf8(sentence.repeat(Math.ceil((10 * MB) / sentence.length)).trimEnd());
    },
    check: (s) => {
      const body = bodyBlocks(s);
      return [
        ...equalProblem('body blocks', body.length, 1),
        ...((body[0]?.text.length ?? 0) >= 10 * MB - 200 ? [] : ['the line was cut short']),
      ];
    },
  },
  {
    id: 'txt-nul-bytes',
    about: 'text with NUL bytes in it (binary data behind a .txt name)',
    fileName: 'nul.txt',
    shownName: 'nul.txt',
    expect: 'binary',
    make: () => utf8(`${PARAGRAPHS[2]}\u0000\u0000\u0000${PARAGRAPHS[3]}`),
  },
  {
    id: 'txt-control-characters',
    about: 'a PNG image renamed to .txt',
    fileName: 'image.txt',
    shownName: 'image.txt',
    expect: 'binary',
    make: () => {
      const bytes = randomBytes(8, 8192);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
      return bytes;
    },
  },
  {
    id: 'txt-invalid-utf8',
    about: 'Latin-1 text with stray bytes that are not valid UTF-8',
    fileName: 'latin1.txt',
    shownName: 'latin1.txt',
    expect: 'import',
    make: () => {
      const text = `${PARAGRAPHS[2]} Caf\u00e9 d\u00e9j\u00e0 vu.\n\n${PARAGRAPHS[3]}`;
      const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
      return Uint8Array.from([...bytes, 0x20, 0xc3, 0x28, 0x20, 0xff, 0x2e]);
    },
    check: (s) => textProblems(s, ['Café déjà vu.', PARAGRAPHS[3] as string]),
  },
  {
    id: 'txt-utf16le-no-bom',
    about: 'UTF-16 little-endian text without a byte-order mark',
    fileName: 'utf16le.txt',
    shownName: 'utf16le.txt',
    expect: 'import',
    make: () => utf16(SAMPLE_TEXT, true),
    check: (s) =>
      equalProblem(
        'text',
        bodyBlocks(s)
          .map((b) => b.text)
          .join('\n\n'),
        PARAGRAPHS.slice(2, 5).join('\n\n'),
      ),
  },
  {
    id: 'txt-utf16be-no-bom',
    about: 'UTF-16 big-endian text without a byte-order mark',
    fileName: 'utf16be.txt',
    shownName: 'utf16be.txt',
    expect: 'import',
    make: () => utf16(SAMPLE_TEXT, false),
    check: (s) =>
      equalProblem(
        'text',
        bodyBlocks(s)
          .map((b) => b.text)
          .join('\n\n'),
        PARAGRAPHS.slice(2, 5).join('\n\n'),
      ),
  },
  {
    id: 'txt-mixed-line-ends',
    about: 'paragraphs separated by CRLF, LF and lone CR line ends, mixed',
    fileName: 'mixed-line-ends.txt',
    shownName: 'mixed-line-ends.txt',
    expect: 'import',
    make: () => {
      const ends = ['\r\n\r\n', '\n\n', '\r\r', '\r\n\n', '\n\r\n'];
      return utf8(PARAGRAPHS.map((p, i) => p + (ends[i % ends.length] as string)).join(''));
    },
    check: (s) => [
      ...equalProblem('blocks', s.blocks.length, PARAGRAPHS.length),
      ...s.blocks
        .filter((b) => /[\r\n]/.test(b.text))
        .map((b) => `line end left in ${JSON.stringify(b.text)}`),
    ],
  },
  {
    id: 'txt-50000-paragraphs',
    about: '50,000 tiny paragraphs',
    fileName: 'tiny-paragraphs.txt',
    shownName: 'tiny-paragraphs.txt',
    expect: 'import',
    maxMs: 30_000,
    make: () =>
      utf8(Array.from({ length: 50_000 }, (_, i) => `Point ${i + 1} of the sample agenda.`).join('\n\n')),
    check: (s) => [
      ...equalProblem('blocks', s.blocks.length, 50_000),
      ...equalProblem('last block', s.blocks[49_999]?.text, 'Point 50000 of the sample agenda.'),
      ...equalProblem('distinct ids', new Set(s.blocks.map((b) => b.id)).size, 50_000),
    ],
  },
  {
    id: 'txt-right-to-left',
    about: 'Arabic and Hebrew paragraphs with bidirectional marks',
    fileName: 'rtl.txt',
    shownName: 'rtl.txt',
    expect: 'import',
    make: () =>
      utf8(
        [
          'بيان تجريبي لتحالف المجتمع المدني',
          'نحن نشكر المشاركين على هذا الاجتماع ونأمل في إحراز تقدم بشأن تعريف الماس الممول للنزاعات.',
          'אנו קוראים לכל המשתתפים להסכים על לוח זמנים ברור לפני הפגישה הבאה.',
          '\u202bمزيج RTL with English 2019\u202c في نفس الفقرة.',
        ].join('\n\n'),
      ),
    check: (s) =>
      textProblems(s, [
        'نحن نشكر المشاركين على هذا الاجتماع ونأمل في إحراز تقدم بشأن تعريف الماس الممول للنزاعات.',
        'אנו קוראים לכל המשתתפים להסכים על לוח זמנים ברור לפני הפגישה הבאה.',
        'مزيج RTL with English 2019',
      ]),
  },
  {
    id: 'txt-cjk',
    about: 'Chinese, Japanese and Korean paragraphs (no spaces between words)',
    fileName: 'cjk.txt',
    shownName: 'cjk.txt',
    expect: 'import',
    make: () =>
      utf8(
        [
          '民间社会联盟的示例声明',
          '我们希望在冲突钻石定义问题上取得进展，矿区社区继续承受拖延的代价。',
          '私たちはすべての参加者に、次の会合までに明確な日程に合意するよう求めます。',
          '우리는 모든 참가자에게 다음 회의 전에 명확한 일정에 합의할 것을 촉구합니다.',
        ].join('\n\n'),
      ),
    check: (s) =>
      textProblems(s, [
        '我们希望在冲突钻石定义问题上取得进展，矿区社区继续承受拖延的代价。',
        '私たちはすべての参加者に、次の会合までに明確な日程に合意するよう求めます。',
        '우리는 모든 참가자에게 다음 회의 전에 명확한 일정에 합의할 것을 촉구합니다.',
      ]),
  },
  {
    id: 'txt-emoji',
    about: 'emoji: ZWJ families, flags, skin tones, keycaps and astral symbols',
    fileName: 'emoji.txt',
    shownName: 'emoji.txt',
    expect: 'import',
    make: () =>
      utf8(
        `${PARAGRAPHS[2]} 💎⛏️\n\nFamilies 👨‍👩‍👧‍👦, flags 🇧🇼🇮🇳, hands 👋🏽, keycaps 1️⃣ and 𝕄𝕒𝕥𝕙 𓂀 are all kept.\n\n${PARAGRAPHS[3]}`,
      ),
    check: (s) =>
      textProblems(s, ['Families 👨‍👩‍👧‍👦, flags 🇧🇼🇮🇳, hands 👋🏽, keycaps 1️⃣ and 𝕄𝕒𝕥𝕙 𓂀 are all kept.', '💎⛏️']),
  },
  {
    id: 'txt-long-whitespace',
    about: '5 MB of spaces and tabs between two words (a trap for quadratic regular expressions)',
    fileName: 'whitespace.txt',
    shownName: 'whitespace.txt',
    expect: 'import',
    maxGrowthMb: 600,
    make: () =>
      utf8(`${PARAGRAPHS[2]}${' \t'.repeat((5 * MB) / 2)}${PARAGRAPHS[3]}\n${' '.repeat(MB)}x-\n`.repeat(1)),
    check: (s) => textProblems(s, [PARAGRAPHS[2] as string]),
  },
  // ---- Names, sizes and empties
  {
    id: 'name-path-traversal',
    about: 'a file named ../../evil.txt',
    fileName: '../../evil.txt',
    shownName: 'evil.txt',
    expect: 'import',
    make: () => utf8(SAMPLE_TEXT),
    check: (s) => equalProblem('source file name', s.source.fileName, 'evil.txt'),
  },
  {
    id: 'name-windows-traversal',
    about: 'a file named ..\\..\\Windows\\System32\\evil.txt, with a NUL and a newline in it',
    fileName: '..\\..\\Windows\\System32\\ev\u0000il\n.txt',
    shownName: 'evil.txt',
    expect: 'import',
    make: () => utf8(SAMPLE_TEXT),
    check: (s) => equalProblem('source file name', s.source.fileName, 'evil.txt'),
  },
  {
    id: 'name-bidi-spoof',
    about: 'a .txt whose name uses a right-to-left override to pass as "statementtxt.pdf"',
    fileName: 'statement\u202efdp.txt',
    shownName: 'statementfdp.txt',
    expect: 'import',
    make: () => utf8(SAMPLE_TEXT),
    check: (s) => equalProblem('source file name', s.source.fileName, 'statementfdp.txt'),
  },
  {
    id: 'name-overlong',
    about: 'a file name of 10,000 characters',
    fileName: `${'a'.repeat(10_000)}.txt`,
    shownName: `${'a'.repeat(195)}….txt`,
    expect: 'import',
    make: () => utf8(SAMPLE_TEXT),
  },
  {
    id: 'unsupported-executable',
    about: 'a Windows program',
    fileName: 'statement.exe',
    shownName: 'statement.exe',
    expect: 'unsupported-format',
    make: () => Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]),
  },
  plain('empty-file', 'a 0-byte file', 'empty.txt', 'empty.txt', '', 'empty'),
  plain(
    'blank-file',
    'a file of spaces, tabs and blank lines',
    'blank.txt',
    'blank.txt',
    ' \t\n\r\n  \n\u00a0\u200b\n',
    'empty',
  ),
  {
    id: 'txt-200mb',
    about: 'a 200 MB file (never read: refused on its size)',
    fileName: 'huge.txt',
    shownName: 'huge.txt',
    expect: 'too-large',
    // The zero-filled buffer is never touched by the allocator; any copy of it would show here.
    maxGrowthMb: 60,
    maxMs: 1000,
    make: () => new Uint8Array(200 * MB),
  },
];
