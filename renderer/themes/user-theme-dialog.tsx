/** Add or edit one of the user's themes: a label and its terms; editing also offers delete. */
import { useId, useState, type FormEvent } from 'react';
import type { UserTheme } from '../../shared/themes/user-theme';
import { Dialog } from '../ui/dialog';
import { checkUserTheme, termsText } from './user-theme-form';
import { errorMessage } from '../../shared/error-message';

/** Props of UserThemeDialog. */
export interface UserThemeDialogProps {
  /** The theme to edit, or null to add one. */
  readonly theme: UserTheme | null;
  readonly userThemes: readonly UserTheme[];
  /** Saves the whole list of user themes; rejects with a reason. */
  readonly onSave: (themes: readonly UserTheme[]) => Promise<void>;
  readonly onClose: () => void;
}

/** The form in a modal dialog; saved themes are applied at once. */
export function UserThemeDialog({ theme, userThemes, onSave, onClose }: UserThemeDialogProps) {
  const [label, setLabel] = useState(theme?.label ?? '');
  const [terms, setTerms] = useState(theme ? termsText(theme) : '');
  const [problems, setProblems] = useState<{ label?: string; terms?: string; save?: string }>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const ids = useId();

  async function save(next: readonly UserTheme[]) {
    setBusy(true);
    try {
      await onSave(next);
      onClose();
    } catch (failure) {
      setProblems({
        save: `Could not save: ${errorMessage(failure)}`,
      });
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkUserTheme({ label, terms }, userThemes, theme?.id ?? null);
    if (!check.ok) {
      setProblems({ label: check.label, terms: check.terms });
      return;
    }
    setProblems({});
    const next = theme
      ? userThemes.map((t) => (t.id === theme.id ? check.theme : t))
      : [...userThemes, check.theme];
    void save(next);
  }

  const actions = (
    <>
      {theme &&
        (confirmDelete ? (
          <button
            type="button"
            className="button link-danger user-theme-delete"
            disabled={busy}
            onClick={() => void save(userThemes.filter((t) => t.id !== theme.id))}
          >
            Yes, delete “{theme.label}”
          </button>
        ) : (
          <button
            type="button"
            className="button link-danger user-theme-delete"
            disabled={busy}
            onClick={() => setConfirmDelete(true)}
          >
            Delete…
          </button>
        ))}
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" form={formId} className="button button-primary" disabled={busy}>
        {theme ? 'Save theme' : 'Add theme'}
      </button>
    </>
  );

  return (
    <Dialog title={theme ? `Edit theme “${theme.label}”` : 'Add a theme'} onClose={onClose} actions={actions}>
      <form id={formId} onSubmit={submit} noValidate>
        <div className="form-field">
          <label htmlFor={`${ids}-label`}>Label</label>
          <input
            id={`${ids}-label`}
            className="text-input"
            value={label}
            maxLength={400}
            autoFocus
            aria-invalid={problems.label ? true : undefined}
            aria-describedby={problems.label ? `${ids}-label-error` : undefined}
            onChange={(event) => setLabel(event.currentTarget.value)}
          />
          {problems.label && (
            <span id={`${ids}-label-error`} className="form-error">
              {problems.label}
            </span>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-terms`}>Terms</label>
          <textarea
            id={`${ids}-terms`}
            className="text-input user-theme-terms"
            rows={6}
            value={terms}
            aria-invalid={problems.terms ? true : undefined}
            aria-describedby={`${ids}-terms-help${problems.terms ? ` ${ids}-terms-error` : ''}`}
            onChange={(event) => setTerms(event.currentTarget.value)}
          />
          <span id={`${ids}-terms-help`} className="muted user-theme-help">
            One per line, or separated by commas. A word also matches its other forms (diamond, diamonds); a
            phrase matches its words in that order.
          </span>
          {problems.terms && (
            <span id={`${ids}-terms-error`} className="form-error">
              {problems.terms}
            </span>
          )}
        </div>
        {problems.save && (
          <p className="form-error" role="alert">
            {problems.save}
          </p>
        )}
      </form>
    </Dialog>
  );
}
