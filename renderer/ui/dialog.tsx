/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Props of Dialog. */
export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Buttons at the bottom; a Close button is added when absent. */
  readonly actions?: ReactNode;
  readonly wide?: boolean;
}

/** A modal dialog that is open while mounted. */
export function Dialog({ title, onClose, children, actions, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {actions ?? (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </dialog>
  );
}
