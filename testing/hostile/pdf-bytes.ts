/** PDFs with active content, made with pdf-lib's low-level objects: scripts, launch and link actions. */
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';

/** Where a hostile PDF points its actions. */
export interface ActivePdfOptions {
  /** The text laid out on the one page, one line each. */
  readonly lines: readonly string[];
  /** The script every JavaScript action carries. */
  readonly script: string;
  /** Where the link, submit-form and remote go-to actions point. */
  readonly url: string;
}

/**
 * A one-page PDF that tries everything a PDF can try: a JavaScript /OpenAction, a document-level script in
 * the /Names tree, a page-open /AA script, a /Launch of a program, a /URI link, a /SubmitForm and a /GoToR.
 */
export async function activePdf(options: ActivePdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  options.lines.forEach((line, i) => page.drawText(line, { x: 72, y: 760 - i * 16, size: 11, font }));
  const { context } = pdf;
  const script = context.register(
    context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(options.script) }),
  );
  pdf.catalog.set(PDFName.of('OpenAction'), script);
  pdf.catalog.set(
    PDFName.of('Names'),
    context.obj({ JavaScript: context.obj({ Names: [PDFString.of('onload'), script] }) }),
  );
  pdf.catalog.set(PDFName.of('AA'), context.obj({ WC: script }));
  page.node.set(PDFName.of('AA'), context.obj({ O: script }));
  const link = (action: PDFDict) =>
    context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [72, 100, 300, 120],
        Border: [0, 0, 0],
        A: action,
      }),
    );
  const annotations = [
    link(context.obj({ S: 'URI', URI: PDFString.of(`${options.url}/uri`) })),
    link(context.obj({ S: 'Launch', F: PDFString.of('/bin/sh'), Win: { F: PDFString.of('cmd.exe') } })),
    link(context.obj({ S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of(`${options.url}/submit`) } })),
    link(
      context.obj({
        S: 'GoToR',
        F: { FS: 'URL', F: PDFString.of(`${options.url}/remote.pdf`) },
        D: [0, 'Fit'],
      }),
    ),
  ];
  page.node.set(PDFName.of('Annots'), context.obj(annotations));
  return pdf.save({ useObjectStreams: false });
}

/**
 * A hand-written PDF whose catalog holds an array nested `depth` deep, the shape that overflows a recursive
 * parser's stack; its one page still has a line of text.
 */
export function deeplyNestedPdf(depth: number, line: string): Uint8Array {
  const content = `BT /F1 12 Tf 72 760 Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R /Deep ${'['.repeat(depth)}${']'.repeat(depth)} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
