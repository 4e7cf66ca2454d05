/** The echo links under a row's paragraphs ("◌ echoes ¶4 — Scope"), and the toolbar's echo stepper. */
import { createContext, useContext } from 'react';
import type { RowEcho } from './row-echoes';
import { Stepper, type StepperWords } from './stepper';
import type { ChangeNavigation } from './use-change-navigation';
import { ECHO_KEYS } from './use-echo-navigation';

/** Shows the row with the given key (scroll, focus, flash), turning "Changes only" off if it hides it. */
export const EchoJumpContext = createContext<((key: string) => void) | null>(null);

/** The links of one side's echoes: each a button that jumps to the paragraph at the far end. */
export function EchoLinks({ echoes }: { readonly echoes: readonly RowEcho[] }) {
  const jump = useContext(EchoJumpContext);
  if (echoes.length === 0) return null;
  return (
    <ul className="echo-links" aria-label="Echoes">
      {echoes.map((echo) => (
        <li key={`${echo.direction} ${echo.block} ${echo.targetKey}`}>
          <button
            type="button"
            className={`link-button echo-link echo-${echo.kind}`}
            data-direction={echo.direction}
            title={echoTitle(echo)}
            onClick={() => jump?.(echo.targetKey)}
          >
            {echo.text}
          </button>
        </li>
      ))}
    </ul>
  );
}

function echoTitle(echo: RowEcho): string {
  const kind = echo.kind === 'reuse' ? 'Quoted passages' : 'Same topic';
  const terms = echo.terms.length > 0 ? `; shared terms: ${echo.terms.join(', ')}` : '';
  return `${kind}, score ${Math.round(echo.score * 100)}%${terms}. Go to the paragraph.`;
}

const ECHO_WORDS: StepperWords = {
  one: 'echo',
  many: 'echoes',
  suffix: ' echo',
};

/** "↑ Prev echo · echo 2 of 6 · ↓ Next echo", shown when the comparison has echoes. */
export function EchoStepper({ navigation }: { readonly navigation: ChangeNavigation }) {
  if (navigation.total === 0) return null;
  return <Stepper navigation={navigation} words={ECHO_WORDS} keys={ECHO_KEYS} testId="echo-counter" />;
}
