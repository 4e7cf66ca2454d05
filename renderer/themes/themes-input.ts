/** Which statements the themes are computed over, and the job that computes them. */
import { byYear } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import { themesAnswerKey } from '../../shared/themes/stored-answer';
import type { UserTheme } from '../../shared/themes/user-theme';
import { ANALYSIS_VERSION } from '../worker/analysis-version';

/** The statements the library shows: samples only when they are not hidden; `keep` ids always. */
export function visibleStatements<T extends Pick<Statement, 'id' | 'sample'>>(
  statements: readonly T[],
  samplesHidden: boolean,
  keep: readonly (string | null | undefined)[] = [],
): readonly T[] {
  return statements.filter((s) => !samplesHidden || !s.sample || keep.includes(s.id));
}

/** A themes job: the statements by their summaries (their texts are fetched only when the themes are not kept). */
export interface ThemesJobInput {
  /** By year, the reference among them. */
  readonly statements: readonly StatementSummary[];
  /** Id of the reference, which is among `statements`; null for none. */
  readonly reference: string | null;
  readonly userThemes: readonly UserTheme[];
  /** The key the themes are kept under in the library folder (`themesAnswerKey`): everything they depend on. */
  readonly answerKey: string;
}

/**
 * The themes job over `statements` (by year) relative to `reference`, and its cache key (the key the answer is kept
 * under in the library folder; `version`, the analysis code's, is part of it).
 */
export function themesJob(
  statements: readonly StatementSummary[],
  reference: StatementSummary | null,
  userThemes: readonly UserTheme[],
  version = ANALYSIS_VERSION,
): { readonly input: ThemesJobInput; readonly key: string } {
  const seen = new Set<string>();
  const list = [...statements, ...(reference ? [reference] : [])].filter(
    (s) => !seen.has(s.id) && seen.add(s.id),
  );
  list.sort(byYear);
  const input = { statements: list, reference: reference?.id ?? null, userThemes };
  const answerKey = themesAnswerKey(version, input);
  return { input: { ...input, answerKey }, key: answerKey };
}
