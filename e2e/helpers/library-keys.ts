/** The library list's Tab stops, counted in the page: its buttons and focusable elements with tabIndex ≥ 0. */
export const LIST_TAB_STOPS =
  "[...document.querySelector('nav.library-list').querySelectorAll('button, [tabindex]')].filter((e) => e.tabIndex >= 0).length";
