/** A short message at the bottom of the window, with an optional action such as Undo. */
import { useEffect } from 'react';

/** What a toast says and offers. */
export interface ToastMessage {
  readonly id: number;
  readonly text: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** Props of Toast. */
export interface ToastProps {
  readonly toast: ToastMessage | null;
  readonly onDismiss: () => void;
  /** How long it stays, in milliseconds. */
  readonly timeout?: number;
}

/** Shows the current toast and dismisses it after `timeout`. */
export function Toast({ toast, onDismiss, timeout = 10_000 }: ToastProps) {
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onDismiss, timeout);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss, timeout]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
