/** The library's list asked for as the page starts, before the app's code is loaded, handed to the window's store. */
import type { PlenaryBridge } from '../../shared/ipc/contract';

/** The library's list as the backend answers it. */
export type LibraryListAnswer = ReturnType<PlenaryBridge['library:list']>;

/**
 * `bridge`, whose first `library:list` is `asked` (the list already on its way when the store is made) and every later
 * one a new call. The early call's failure is the first list's, met where the store meets any list's.
 */
export function withFirstList(bridge: PlenaryBridge, asked: LibraryListAnswer | null): PlenaryBridge {
  let pending = asked;
  // Handled here so that a failure before the store takes the answer is not reported as unhandled; the store awaits
  // the same promise and meets the failure itself.
  pending?.catch(() => undefined);
  return {
    ...bridge,
    'library:list': () => {
      const answer = pending ?? bridge['library:list']();
      pending = null;
      return answer;
    },
  };
}
