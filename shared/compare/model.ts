/** The comparison model: how two statements' paragraphs line up, and what changed inside. */
import type { Block, Statement } from '../statements/model';

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

/** Salutations, title and signature shown apart from the body; boilerplate never compared. */
export interface FrameComparison {
  readonly role: 'title' | 'salutation' | 'signature';
  readonly reference: readonly Block[];
  readonly other: readonly Block[];
}

/** The result of compare(reference, other). */
export interface Comparison {
  readonly reference: Statement;
  readonly other: Statement;
  /** In display order: follows the other statement's order, with removed reference paragraphs placed where they stood. */
  readonly alignment: readonly AlignmentEntry[];
  readonly frame: readonly FrameComparison[];
}

/** One cell of the overview: how a reference paragraph lives on in one statement. */
export interface LineageCell {
  /** The op of the paragraph's link in that statement; null when it has none there (dropped). */
  readonly op: AlignmentOp | null;
  readonly similarity: number;
  /** Other block ids it links to. */
  readonly other: readonly string[];
}

/** Per-statement summary of the overview. */
export interface LineageSummary {
  readonly statementId: string;
  /** Share (0..1) of the reference's body words retained (equal parts of the word diffs). */
  readonly retained: number;
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
  /** Ordered by year (unknown years last), then title. */
  readonly statements: readonly Statement[];
  /** Reference body blocks (the rows). */
  readonly rows: readonly Block[];
  /** cells[row][column]. */
  readonly cells: readonly (readonly LineageCell[])[];
  readonly summaries: readonly LineageSummary[];
}
