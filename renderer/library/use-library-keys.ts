/** The library list's keyboard: one Tab stop (the active statement), arrows, Home/End, the actions menu; virtualised. */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { StatementSummary } from '../../shared/statements/summary';
import { listKeyTarget } from '../ui/list-keys';
import { whenRendered } from '../ui/when-rendered';
import type { YearChunk } from './group-statements';

/** What the list gives the hook. */
export interface LibraryKeysInput {
  readonly chunks: readonly YearChunk<StatementSummary>[];
  /** The statement open on the right: the active one until the reader moves. */
  readonly openId: string | null;
  readonly list: RefObject<HTMLElement | null>;
  readonly virtualizer: Virtualizer<HTMLElement, Element>;
}

/** What the list does with it. */
export interface LibraryKeys {
  /** The statement whose button is the list's one Tab stop. */
  readonly activeId: string | null;
  /** False while the active statement is scrolled out of the DOM: the list itself then takes the Tab stop. */
  readonly activeRendered: boolean;
  /** The statement whose actions menu is open. */
  readonly menuId: string | null;
  readonly setActive: (id: string) => void;
  readonly setMenu: (id: string | null) => void;
  readonly menuClosed: (id: string, refocus: boolean) => void;
  /** Scrolls the active statement into view and focuses it. */
  readonly focusActive: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

const PAGE = 10;

/** Keyboard state and handlers for the library list. */
export function useLibraryKeys({ chunks, openId, list, virtualizer }: LibraryKeysInput): LibraryKeys {
  const order = useMemo(() => chunks.flatMap((chunk) => chunk.statements.map((s) => s.id)), [chunks]);
  const chunkOf = useMemo(
    () => new Map(chunks.flatMap((chunk, index) => chunk.statements.map((s) => [s.id, index] as const))),
    [chunks],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [menuId, setMenu] = useState<string | null>(null);
  // A request to focus a statement once its row is rendered: the id and a count that makes each request new.
  const [focusRequest, setFocusRequest] = useState<{ readonly id: string; readonly n: number } | null>(null);
  const activeId =
    (chosen !== null && chunkOf.has(chosen) ? chosen : null) ??
    (openId !== null && chunkOf.has(openId) ? openId : null) ??
    order[0] ??
    null;
  const activeChunk = activeId === null ? -1 : (chunkOf.get(activeId) ?? -1);
  const activeRendered = virtualizer.getVirtualItems().some((item) => item.index === activeChunk);

  useEffect(() => {
    if (!focusRequest) return;
    return whenRendered(
      () =>
        list.current?.querySelector<HTMLElement>(
          `[data-statement-id="${CSS.escape(focusRequest.id)}"] .statement-open`,
        ),
      (button) => {
        button.focus({ preventScroll: true });
        button.scrollIntoView({ block: 'nearest' });
      },
      { now: true },
    );
  }, [focusRequest, list]);

  const focus = (id: string) => {
    setChosen(id);
    const chunk = chunkOf.get(id);
    if (chunk !== undefined) virtualizer.scrollToIndex(chunk, { align: 'auto' });
    setFocusRequest((previous) => ({ id, n: (previous?.n ?? 0) + 1 }));
  };
  const moveTo = (index: number) => {
    const id = order[index];
    if (id !== undefined) focus(id);
  };

  return {
    activeId,
    activeRendered,
    menuId,
    setActive: setChosen,
    setMenu,
    menuClosed: (id, refocus) => {
      setMenu(null);
      if (refocus) focus(id);
    },
    focusActive: () => {
      if (activeId !== null) focus(activeId);
    },
    onKeyDown: (event) => {
      // Only the statements' own buttons: the menu and the mouse's action buttons keep their keys.
      if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('statement-open'))
        return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const index = activeId === null ? -1 : order.indexOf(activeId);
      const target = listKeyTarget(event.key, index, order.length, { page: PAGE });
      if (target !== null) moveTo(target);
      else
        switch (event.key) {
          case 'ContextMenu':
            if (activeId !== null) setMenu(activeId);
            break;
          case 'F10':
            if (!event.shiftKey || activeId === null) return;
            setMenu(activeId);
            break;
          default:
            return;
        }
      event.preventDefault();
    },
  };
}
