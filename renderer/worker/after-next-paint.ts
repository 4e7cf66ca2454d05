/** Waits for the window to paint what is pending: a partial answer is seen before the next replaces it. */

/** Longest wait for a paint (none comes while the window is hidden). */
const PAINT_PATIENCE_MS = 250;

/** Resolves once the window has rendered and painted what is pending, or after PAINT_PATIENCE_MS. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const patience = window.setTimeout(resolve, PAINT_PATIENCE_MS);
    window.requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(patience);
        resolve();
      }, 0),
    );
  });
}
