/**
 * How a themes answer kept for an earlier state of the library differs from what the window asks for now, and
 * whether it is worth showing (marked out of date) while the new answer is worked out.
 */
import type { StatementSummary } from '../statements/summary';
import type { ThemeStatement, Themes } from './model';
import type { UserTheme } from './user-theme';

/** What changed between a kept answer and the themes asked for now. */
export interface AnswerChanges {
  /** Statements asked for that the kept answer does not cover (new, or a text changed). */
  readonly added: number;
  /** Statements the kept answer covers that are no longer asked for (removed, hidden, or a text changed). */
  readonly removed: number;
  /** Statements in both whose title, year, place, meeting, kind or sample flag changed. */
  readonly edited: number;
  /** Statements asked for that the kept answer covers. */
  readonly covered: number;
  readonly referenceChanged: boolean;
  /** The user's themes (ids, labels) differ from those the kept answer carries. */
  readonly userThemesChanged: boolean;
}

/** What the themes are asked for now: the statements in column order, the reference and the user's themes. */
export interface AnswerAsked {
  readonly statements: readonly Pick<StatementSummary, 'id' | 'title' | 'sample' | 'metadata'>[];
  readonly reference: string | null;
  readonly userThemes: readonly UserTheme[];
}

const USER_PREFIX = 'user:';

function sameColumn(kept: ThemeStatement, now: AnswerAsked['statements'][number]): boolean {
  const m = now.metadata;
  return (
    kept.title === now.title &&
    kept.sample === now.sample &&
    kept.year === (m.year ?? null) &&
    kept.city === (m.city ?? null) &&
    kept.meeting === (m.meeting ?? null) &&
    kept.kind === (m.kind ?? null)
  );
}

/** How `kept` (an answer worked out earlier, packed or not) differs from `asked`. */
export function answerChanges(
  kept: Pick<Themes, 'statements' | 'reference'> & {
    readonly themes: readonly Pick<Themes['themes'][number], 'id' | 'label' | 'source'>[];
  },
  asked: AnswerAsked,
): AnswerChanges {
  const keptById = new Map(kept.statements.map((s) => [s.id, s]));
  let covered = 0;
  let edited = 0;
  for (const s of asked.statements) {
    const found = keptById.get(s.id);
    if (!found) continue;
    covered++;
    if (!sameColumn(found, s)) edited++;
  }
  const keptUser = kept.themes
    .filter((t) => t.source === 'user')
    .map((t) => `${t.id}\u0000${t.label}`)
    .sort();
  const askedUser = asked.userThemes.map((t) => `${USER_PREFIX}${t.id}\u0000${t.label}`).sort();
  return {
    added: asked.statements.length - covered,
    removed: keptById.size - covered,
    edited,
    covered,
    referenceChanged: kept.reference !== asked.reference,
    userThemesChanged: keptUser.join('\u0001') !== askedUser.join('\u0001'),
  };
}

/**
 * True when a kept answer with these changes is worth showing, marked out of date, while the new one is worked
 * out: it covers at least half the statements asked for (an answer over another library, or a library mostly
 * replaced, would show more pending columns than themes).
 */
export function worthShowingStale(changes: AnswerChanges): boolean {
  return changes.covered > 0 && changes.covered * 2 >= changes.covered + changes.added;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The changes in words, for the out-of-date notice: "1 new statement", "2 statements removed and 1 edited", "a
 * new reference", "your themes changed"; "changes to the library" when none of these can be told.
 */
export function describeChanges(changes: AnswerChanges): string {
  const parts: string[] = [];
  if (changes.added > 0) parts.push(count(changes.added, 'new statement', 'new statements'));
  if (changes.removed > 0) parts.push(count(changes.removed, 'statement removed', 'statements removed'));
  if (changes.edited > 0) parts.push(count(changes.edited, 'statement edited', 'statements edited'));
  if (changes.referenceChanged) parts.push('a new reference');
  if (changes.userThemesChanged) parts.push('your themes changed');
  if (parts.length === 0) return 'changes to the library';
  if (parts.length === 1) return parts[0] as string;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
