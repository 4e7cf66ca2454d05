/** PDF files (.pdf): the text layer, rebuilt into paragraphs. Nothing in the PDF is run. */
import { extractionError, type Extraction } from './extraction';
import { layoutPdfText, type PdfPageText, type PdfTextRun } from './pdf-layout';
import { normaliseText } from '../normalise-text';

// The little of pdf.js we use, typed here so shared/ does not depend on unpdf's DOM-flavoured typings.
interface PdfJsTextItem {
  readonly str?: unknown;
  readonly transform?: unknown;
  readonly width?: unknown;
  readonly height?: unknown;
}
interface PdfJsPage {
  readonly view: readonly number[];
  getTextContent(): Promise<{ readonly items: readonly PdfJsTextItem[] }>;
  cleanup(): unknown;
}
interface PdfJsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}
type LoadPdf = (data: Uint8Array, options: Record<string, unknown>) => Promise<PdfJsDocument>;

/** The reason given for a PDF whose pages carry no text at all. */
export const NO_TEXT_LAYER_REASON = 'no text layer — a scanned PDF?';

/** Beyond this many pages a file is not one statement; reading stops there. */
const MAX_PAGES = 1000;

async function loadPdf(bytes: Uint8Array): Promise<PdfJsDocument> {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js may take ownership of the buffer, so it gets a copy. No scripts, no eval, no fonts from the system.
  return (getDocumentProxy as unknown as LoadPdf)(bytes.slice(), {
    verbosity: 0,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
}

function runOf(item: PdfJsTextItem): PdfTextRun | null {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return null;
  const [a, b, c, d, x, y] = item.transform as number[];
  const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || Number(item.height) || 0;
  return { text: item.str, x: Number(x), y: Number(y), width: Number(item.width) || 0, size };
}

/** True when the PDF signature "%PDF-" appears in the first kilobyte, where readers look for it. */
function isPdf(bytes: Uint8Array): boolean {
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  const end = Math.min(bytes.length, 1024) - signature.length;
  for (let i = 0; i <= end; i++) {
    if (signature.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** The text of a PDF; encrypted and scanned (textless) PDFs are refused with a reason. */
export async function extractPdf(bytes: Uint8Array): Promise<Extraction> {
  if (!isPdf(bytes)) return extractionError('corrupt', 'not a PDF (no PDF header)');
  let document: PdfJsDocument;
  try {
    document = await loadPdf(bytes);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      return extractionError('encrypted', 'the PDF is encrypted (password-protected)');
    return extractionError('corrupt', 'the PDF is damaged and cannot be read');
  }
  try {
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= Math.min(document.numPages, MAX_PAGES); n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const [, y0 = 0, , y1 = 0] = page.view;
      // Heights are measured from the bottom of the page's box, wherever the box starts.
      const runs = content.items
        .map(runOf)
        .filter((run): run is PdfTextRun => run !== null)
        .map((run) => ({ ...run, y: run.y - Math.min(y0, y1) }));
      pages.push({ runs, height: Math.abs(y1 - y0) });
      page.cleanup();
    }
    if (!pages.some((page) => page.runs.some((run) => run.text.trim()))) {
      return extractionError('no-text-layer', NO_TEXT_LAYER_REASON);
    }
    const text = normaliseText(layoutPdfText(pages)).trim();
    return text ? { ok: true, text } : extractionError('no-text-layer', NO_TEXT_LAYER_REASON);
  } catch {
    return extractionError('corrupt', 'the PDF is damaged and cannot be read');
  } finally {
    await document.destroy().catch(() => undefined);
  }
}
