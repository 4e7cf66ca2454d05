/** After a view switch, the focus goes to that view's main control once it is on screen (views load in the background). */
import type { ViewId } from './views';

/** Each view's main control: where the keyboard starts in it. */
const MAIN_CONTROLS: Readonly<Record<ViewId, string>> = {
  // The aligned rows (the first one in sight), or the reference's paragraphs when it is shown alone.
  compare: '[data-testid="compare-rows"] [role="listitem"], .reference-text .para[data-block-id]',
  // The grid's active cell, or the grid itself while that cell is scrolled out of the DOM.
  overview: '.overview-grid [role="gridcell"][tabindex="0"], .overview-grid[tabindex="0"]',
  themes: '.themes-heatmap [role="gridcell"][tabindex="0"]',
  search: 'input.search-input',
};

/** How long a view may take to show its control before the focus is left where it is. */
const PATIENCE_MS = 60_000;

function firstInSight(main: HTMLElement, selector: string): HTMLElement | null {
  const found = [...main.querySelectorAll<HTMLElement>(selector)];
  const top = main.getBoundingClientRect().top;
  return found.find((element) => element.getBoundingClientRect().bottom > top + 1) ?? found[0] ?? null;
}

/**
 * Focuses `view`'s main control in `main` as soon as it is there; gives up if the reader moves the focus elsewhere
 * first, or after a minute. Returns a function that stops waiting.
 */
export function focusViewControl(
  view: ViewId,
  main: HTMLElement | null = document.querySelector('main'),
): () => void {
  if (!main) return () => undefined;
  const from = document.activeElement;
  let done = false;
  let frame = 0;
  const stop = () => {
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
    window.cancelAnimationFrame(frame);
  };
  const attempt = () => {
    if (done) return;
    const now = document.activeElement;
    // The reader went somewhere else while the view was loading: leave the focus there.
    if (now !== from && now !== document.body && now !== null && !main.contains(now)) return stop();
    const control = firstInSight(main, MAIN_CONTROLS[view]);
    if (!control) return;
    stop();
    control.focus();
  };
  // One look per frame, however many changes it brings: each look measures the page (a layout), and while a view
  // loads its progress notes change the page many times a second (a 3,000-statement overview: each layout 0.1 s).
  const look = () => {
    if (done || frame !== 0) return;
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      attempt();
    });
  };
  const observer = new MutationObserver(look);
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
  const timer = window.setTimeout(stop, PATIENCE_MS);
  // The old view may still be on screen for this turn: look once it has rendered.
  look();
  return stop;
}
