/** Which statements the themes are computed over, and the job that computes them. */
import { byYear } from '../../shared/compare/overview';
import type { Statement } from '../../shared/statements/model';
import type { UserTheme } from '../../shared/themes/user-theme';
import type { AnalysisJobs } from '../worker/protocol';
import { statementsKey } from '../worker/use-background-job';

/** The statements the library shows: samples only when they are not hidden; `keep` ids always. */
export function visibleStatements<T extends Pick<Statement, 'id' | 'sample'>>(
  statements: readonly T[],
  samplesHidden: boolean,
  keep: readonly (string | null | undefined)[] = [],
): readonly T[] {
  return statements.filter((s) => !samplesHidden || !s.sample || keep.includes(s.id));
}

/** The themes job over `statements` (by year) relative to `reference`, and its cache key. */
export function themesJob(
  statements: readonly Statement[],
  reference: Statement | null,
  userThemes: readonly UserTheme[],
): { readonly input: AnalysisJobs['themes']['input']; readonly key: string } {
  const seen = new Set<string>();
  const list = [...statements, ...(reference ? [reference] : [])].filter(
    (s) => !seen.has(s.id) && seen.add(s.id),
  );
  list.sort(byYear);
  return {
    input: { statements: list, reference: reference?.id ?? null, userThemes },
    key: `${reference?.id ?? '-'}#${statementsKey(list)}#${JSON.stringify(userThemes)}`,
  };
}
