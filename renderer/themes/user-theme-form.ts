/** Reading and checking the user-theme form: a label and terms separated by commas or new lines. */
import type { UserTheme } from '../../shared/themes/user-theme';

/** The limits the library enforces on a user theme (see the backend's schema). */
export const USER_THEME_LIMITS = { label: 200, term: 200, terms: 500 } as const;

/** What the form holds. */
export interface UserThemeDraft {
  readonly label: string;
  readonly terms: string;
}

/** The form's verdict: a theme to save, or what to fix, per field. */
export type UserThemeCheck =
  | { readonly ok: true; readonly theme: UserTheme }
  | { readonly ok: false; readonly label?: string; readonly terms?: string };

/** The terms of the text: split at commas and line breaks, trimmed, inner spaces collapsed, repeats once. */
export function parseTerms(text: string): readonly string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of text.split(/[,;\n\r]+/)) {
    const term = raw.trim().replace(/\s+/g, ' ');
    const key = term.toLocaleLowerCase();
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

/**
 * Checks a draft against the other user themes: a label (unique, case-insensitively) and at least one term,
 * within the library's limits. `id` is kept when editing and made from the label when adding.
 */
export function checkUserTheme(
  draft: UserThemeDraft,
  others: readonly UserTheme[],
  id: string | null,
  now: () => number = Date.now,
): UserThemeCheck {
  const label = draft.label.trim().replace(/\s+/g, ' ');
  const terms = parseTerms(draft.terms);
  const problems: { label?: string; terms?: string } = {};
  if (label === '') problems.label = 'Give the theme a label.';
  else if (label.length > USER_THEME_LIMITS.label)
    problems.label = `Keep the label under ${USER_THEME_LIMITS.label} characters.`;
  else if (others.some((t) => t.id !== id && t.label.toLocaleLowerCase() === label.toLocaleLowerCase()))
    problems.label = `You already have a theme called “${label}”.`;
  if (terms.length === 0) problems.terms = 'Add at least one term, e.g. “due diligence”.';
  else if (terms.length > USER_THEME_LIMITS.terms)
    problems.terms = `At most ${USER_THEME_LIMITS.terms} terms.`;
  else {
    const long = terms.find((t) => t.length > USER_THEME_LIMITS.term);
    if (long)
      problems.terms = `“${long.slice(0, 40)}…” is too long: a term has at most ${USER_THEME_LIMITS.term} characters.`;
  }
  if (problems.label || problems.terms) return { ok: false, ...problems };
  return { ok: true, theme: { id: id ?? newThemeId(label, others, now()), label, terms } };
}

/** The text the form shows for a theme's terms: one per line. */
export function termsText(theme: UserTheme): string {
  return theme.terms.join('\n');
}

function newThemeId(label: string, others: readonly UserTheme[], time: number): string {
  const slug =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'theme';
  let id = `${slug}-${time.toString(36)}`;
  for (let n = 2; others.some((t) => t.id === id); n++) id = `${slug}-${time.toString(36)}-${n}`;
  return id;
}
