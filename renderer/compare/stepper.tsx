/** The toolbar's "↑ Prev · change k of N · ↓ Next" steppers: one for changes, one for echoes. */
import type { ChangeNavigation, StepKeys } from './use-change-navigation';

/** What a stepper steps through, in words. */
export interface StepperWords {
  /** "change", "echo". */
  readonly one: string;
  /** "changes", "echoes". */
  readonly many: string;
  /** Words after "↑ Prev" and "↓ Next" on the buttons ("" or " echo"). */
  readonly suffix: string;
}

/** Previous and next buttons (their labels name `keys`) around the live "k of N" counter. */
export function Stepper({
  navigation,
  words,
  keys,
  testId,
}: {
  readonly navigation: ChangeNavigation;
  readonly words: StepperWords;
  readonly keys: StepKeys;
  readonly testId: string;
}) {
  const { one, many } = words;
  const count =
    navigation.total === 0
      ? `no ${many}`
      : navigation.position === null
        ? `${navigation.total} ${navigation.total === 1 ? one : many}`
        : `${one} ${navigation.position} of ${navigation.total}`;
  return (
    <div className="change-nav">
      <button
        type="button"
        className="button button-small"
        onClick={navigation.previous}
        aria-label={`Previous ${one} (${keys.previous.join(', ')})`}
      >
        ↑ Prev{words.suffix}
      </button>
      <span className="change-counter" aria-live="polite" data-testid={testId}>
        {count}
      </span>
      <button
        type="button"
        className="button button-small"
        onClick={navigation.next}
        aria-label={`Next ${one} (${keys.next.join(', ')})`}
      >
        ↓ Next{words.suffix}
      </button>
    </div>
  );
}
