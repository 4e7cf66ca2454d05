/** "Paste statement…": a textarea and an optional title, imported as a statement. */
import { useId, useState } from 'react';
import type { LibraryImportResult } from '../../shared/ipc/contract';
import { describeImportError } from '../../shared/statements/model';
import { Dialog } from '../ui/dialog';
import { errorMessage } from '../../shared/error-message';

/** Props of PasteDialog. */
export interface PasteDialogProps {
  readonly onPaste: (text: string, title: string | null) => Promise<LibraryImportResult>;
  /** Called with the new statement's id after a successful paste. */
  readonly onDone: (statementId: string) => void;
  readonly onClose: () => void;
}

/** The paste dialog; stays open with the reason when the text cannot be imported. */
export function PasteDialog({ onPaste, onDone, onClose }: PasteDialogProps) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textId = useId();
  const titleId = useId();

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const result = await onPaste(text, title.trim() || null);
      if (result.ok) onDone(result.statement.id);
      else setError(describeImportError(result.error));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Paste statement"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || text.trim() === ''}
            onClick={() => void submit()}
          >
            {busy ? 'Adding…' : 'Add to library'}
          </button>
        </>
      }
    >
      <div className="form-field">
        <label htmlFor={titleId}>Title (optional)</label>
        <input
          id={titleId}
          className="text-input"
          value={title}
          placeholder="Taken from the first line when empty"
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={textId}>Statement text</label>
        <textarea
          id={textId}
          className="text-input paste-text"
          rows={14}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
