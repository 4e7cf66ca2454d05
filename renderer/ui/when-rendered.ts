/** Waits, frame by frame, for an element a virtualised list renders only after it scrolls, then acts on it. */

/** How long and from when to look. */
export interface WhenRenderedOptions {
  /** Frames to keep looking before giving up (default 60, about a second). */
  readonly maxFrames?: number;
  /** Frames to let pass before the first look, for a layout that settles late (default 0). */
  readonly afterFrames?: number;
  /** Look once straight away, before the first frame (default false). */
  readonly now?: boolean;
}

/**
 * Calls `act` with the first element `find` returns, looking once per animation frame; returns the cancel
 * function an effect's clean-up calls.
 */
export function whenRendered<T extends Element>(
  find: () => T | null | undefined,
  act: (element: T) => void,
  { maxFrames = 60, afterFrames = 0, now = false }: WhenRenderedOptions = {},
): () => void {
  let frames = 0;
  let handle = 0;
  const look = (): void => {
    const element = frames >= afterFrames ? find() : null;
    if (element) {
      act(element);
      return;
    }
    if (frames++ < maxFrames) handle = requestAnimationFrame(look);
  };
  if (now) look();
  else handle = requestAnimationFrame(look);
  return () => cancelAnimationFrame(handle);
}
