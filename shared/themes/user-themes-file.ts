/** Reads user themes from JSON data (a themes file or stored library data): a list of { label, terms }. */
import { z } from 'zod';
import type { UserTheme } from './user-theme';

const userThemesSchema = z
  .array(
    z.object({
      id: z.string().trim().min(1).max(200).optional(),
      label: z.string().trim().min(1, 'a label is empty').max(200),
      terms: z
        .array(z.string().trim().min(1, 'a term is empty').max(200))
        .min(1, 'a theme has no terms')
        .max(500),
    }),
  )
  .max(1000);

/** The outcome of reading user themes: the themes, or one sentence saying what is wrong. */
export type UserThemesResult =
  | { readonly ok: true; readonly themes: readonly UserTheme[] }
  | { readonly ok: false; readonly reason: string };

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'theme'
  );
}

/**
 * Checks parsed JSON as a list of user themes: [{ "label": "...", "terms": ["...", ...] }, ...], an "id"
 * optional (made from the label when absent, suffixed -2, -3... on repeats). Labels and terms are trimmed.
 */
export function parseUserThemes(data: unknown): UserThemesResult {
  const parsed = userThemesSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      reason: `not a list of themes like [{"label": "...", "terms": ["..."]}]${where}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const used = new Map<string, number>();
  const themes = parsed.data.map((theme) => {
    const base = theme.id ?? slug(theme.label);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, label: theme.label, terms: theme.terms };
  });
  return { ok: true, themes };
}
