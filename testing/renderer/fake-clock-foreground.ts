/** A foreground (renderer/state/foreground.ts) on the clock vitest's fake timers drive: Date.now and setTimeout. */
import { createForeground, type Foreground } from '../../renderer/state/foreground';

/** A foreground whose quiet moment is `quietMs` of fake time. */
export function fakeClockForeground(quietMs = 1000): Foreground {
  return createForeground(
    quietMs,
    () => Date.now(),
    (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  );
}
