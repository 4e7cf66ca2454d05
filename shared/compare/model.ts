/** The comparison model: how two statements' paragraphs line up, and what changed inside. */
import type { Block, Statement, StatementHeader } from '../statements/model';

/** How a group of reference paragraphs relates to a group of other paragraphs. */
export type AlignmentOp = 'unchanged' | 'changed' | 'moved' | 'split' | 'merged' | 'added' | 'removed';

/** One piece of a word-level diff; joining the equal+delete pieces gives the reference text, equal+insert the other. */
export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** One entry of an alignment: reference block ids ↔ other block ids. */
export interface AlignmentEntry {
  readonly op: AlignmentOp;
  /** Reference block ids (empty for `added`). */
  readonly reference: readonly string[];
  /** Other block ids (empty for `removed`). */
  readonly other: readonly string[];
  /** 0..1; 1 for unchanged, 0 for added/removed. */
  readonly similarity: number;
  /** The distinctive shared words that justify the link. */
  readonly terms: readonly string[];
  /** Word-level diff of the joined reference text against the joined other text (one insert for added, one delete for removed). */
  readonly diff: readonly DiffPart[];
}

/** Title, salutations, section headings, signature and notes shown apart from the body; boilerplate never compared. */
export interface FrameComparison {
  readonly role: 'title' | 'salutation' | 'heading' | 'signature' | 'note';
  readonly reference: readonly Block[];
  readonly other: readonly Block[];
}

/** One end of a reused passage: character offsets into a body block's text. */
export interface PassageEnd {
  readonly block: string;
  /** Offset of the first character (UTF-16 code units, as `String.prototype.slice`). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** A passage the other statement shares with the reference (a quotation, perhaps with small edits). */
export interface Passage {
  readonly reference: PassageEnd;
  readonly other: PassageEnd;
  /** Words of the passage on the other side. */
  readonly words: number;
}

/** Why a body paragraph of the other statement is related to reference paragraphs without being aligned with them. */
export type EchoKind = 'reuse' | 'topic';

/**
 * An echo: `reuse` when the other paragraph quotes passages of the reference paragraph (inside otherwise
 * new text); `topic` when a paragraph the alignment left unpaired talks about what the reference paragraph
 * talks about (shared specific themes and terms).
 */
export interface Echo {
  readonly kind: EchoKind;
  /** Reference body block ids (one). */
  readonly reference: readonly string[];
  /** Other body block ids (one). */
  readonly other: readonly string[];
  /** 0..1: for `reuse` the share of the other paragraph's words quoted; for `topic` the echo score. */
  readonly score: number;
  /** Labels of the shared themes, most specific first. */
  readonly themes: readonly string[];
  /** The distinctive shared words. */
  readonly terms: readonly string[];
  /** The shared passages (`reuse` only), in the other paragraph's order. */
  readonly passages?: readonly Passage[];
}

/** The result of compare(reference, other). */
export interface Comparison {
  readonly reference: Statement;
  readonly other: Statement;
  /** In display order: follows the other statement's order, with removed reference paragraphs placed where they stood. */
  readonly alignment: readonly AlignmentEntry[];
  readonly frame: readonly FrameComparison[];
  /** Reuse and topic echoes between body paragraphs, in the other statement's order. */
  readonly echoes: readonly Echo[];
}

/** One cell of the overview: how a reference paragraph lives on in one statement. */
export interface LineageCell {
  /** The op of the paragraph's link in that statement; null when it has none there (dropped). */
  readonly op: AlignmentOp | null;
  readonly similarity: number;
  /** Other block ids it links to. */
  readonly other: readonly string[];
  /** How the statement echoes the paragraph (reuse wins over topic); null when it does not. */
  readonly echo: EchoKind | null;
  /** Other block ids that quote it or echo its topic. */
  readonly echoedBy: readonly string[];
}

/** Per-statement summary of the overview. */
export interface LineageSummary {
  readonly statementId: string;
  /** Share (0..1) of the reference's body words retained (equal parts of the word diffs). */
  readonly retained: number;
  /** Reference paragraphs with no link in the statement that it echoes (quotes or talks about). */
  readonly echoed: number;
  readonly changed: number;
  readonly moved: number;
  readonly split: number;
  readonly merged: number;
  readonly added: number;
  readonly removed: number;
  readonly unchanged: number;
}

/** The lineage matrix of overview(reference, statements). */
export interface Overview {
  readonly reference: Statement;
  /** Ordered by year (unknown years last), then title; their texts are not needed to show the matrix. */
  readonly statements: readonly StatementHeader[];
  /** Reference body blocks (the rows). */
  readonly rows: readonly Block[];
  /** cells[row][column]. */
  readonly cells: readonly (readonly LineageCell[])[];
  readonly summaries: readonly LineageSummary[];
}
