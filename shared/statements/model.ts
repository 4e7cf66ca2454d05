/** The statement model: what every importer produces and every view reads. */

/**
 * What part of a statement a block of text plays. A `heading` is a section heading inside the speech ("On the
 * definition", "2. The Central African Republic"): shown apart, like the title and salutations, never compared. A
 * `note` is a footnote or endnote at the statement's end ("[1] Reports collected by …"), or the "Notes" heading over
 * them: the document's, not the speech's, shown apart and never compared.
 */
export type BlockRole = 'title' | 'salutation' | 'heading' | 'body' | 'signature' | 'note' | 'boilerplate';

/** One paragraph-sized piece of a statement. */
export interface Block {
  /** Stable for the same role and text across runs (a short content hash, suffixed on repeats). */
  readonly id: string;
  readonly role: BlockRole;
  readonly text: string;
}

/** The kind of meeting a statement was given at. */
export type MeetingKind = 'plenary' | 'intersessional' | 'other';

/** The kind of statement. */
export type StatementKind = 'opening' | 'closing' | 'statement' | 'press';

/** Facts about a statement; a field that cannot be inferred is null, never guessed. */
export interface StatementMetadata {
  readonly year: number | null;
  /** ISO date, YYYY-MM-DD. */
  readonly date: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly meeting: MeetingKind | null;
  readonly kind: StatementKind | null;
  readonly organisation: string | null;
  readonly speaker: string | null;
}

/** The formats the importers read. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste';

/** Where a statement came from. */
export interface StatementSource {
  readonly fileName: string;
  readonly format: SourceFormat;
  /** Hex sha256 of the imported bytes. */
  readonly sha256: string;
  /** ISO timestamp. */
  readonly importedAt: string;
}

/** A statement as the app stores, compares and shows it. */
export interface Statement {
  /** Stable content hash of the blocks (same text → same id). */
  readonly id: string;
  readonly title: string;
  /** True for the illustrative samples we wrote; they are labelled as samples everywhere. */
  readonly sample: boolean;
  readonly metadata: StatementMetadata;
  readonly source: StatementSource;
  readonly blocks: readonly Block[];
}

/** A statement without its text: what lists, overviews and reports of many statements show of each. */
export type StatementHeader = Omit<Statement, 'blocks'>;

/** A file as it crosses from the user to an importer: a name and its bytes, never a path to read. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Why an import failed, as a code a program can switch on. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-format'
  | 'binary'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'no-statement-text';

/** An error the user caused, with a message a person understands. */
export interface ImportError {
  readonly kind: 'import-error';
  readonly code: ImportErrorCode;
  readonly fileName: string;
  /** One sentence, no stack trace: "empty file", "no text layer — a scanned PDF?". */
  readonly reason: string;
}

/** The outcome of importing one file. */
export type ImportResult =
  { readonly ok: true; readonly statement: Statement } | { readonly ok: false; readonly error: ImportError };

/** The default size limit for one imported file, in bytes (25 MB). */
export const DEFAULT_MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** Options for importing one file. */
export interface ImportOptions {
  /** ISO timestamp recorded as source.importedAt; defaults to now. */
  readonly importedAt?: string;
  readonly sample?: boolean;
  readonly maxBytes?: number;
  /** Treat the bytes as pasted text (the .txt path, format 'paste'). */
  readonly pasted?: boolean;
}

/** One line a person can read for an import error: "report.pdf: no text layer — a scanned PDF?". */
export function describeImportError(error: ImportError): string {
  return `${error.fileName}: ${error.reason}`;
}

/** The title as every view and export shows it: a sample's always begins "Sample — ", so it is never taken for a real one. */
export function markedTitle(statement: { readonly title: string; readonly sample: boolean }): string {
  return statement.sample && !/^sample\b/i.test(statement.title)
    ? `Sample — ${statement.title}`
    : statement.title;
}

/** The body blocks of a statement, in order. */
export function bodyBlocks(statement: Pick<Statement, 'blocks'>): readonly Block[] {
  return statement.blocks.filter((b) => b.role === 'body');
}
