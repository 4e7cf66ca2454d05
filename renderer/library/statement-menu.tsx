/** A statement's actions as a menu (Shift+F10, the Menu key or a right click in the library list). */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { StatementSummary } from '../../shared/statements/summary';
import { listKeyTarget } from '../ui/list-keys';
import { editLabel } from './statement-labels';

/** Props of StatementMenu. */
export interface StatementMenuProps {
  readonly statement: StatementSummary;
  readonly isReference: boolean;
  /** Closes the menu; `refocus`: put the focus back on the statement (Escape, an action chosen). */
  readonly onClose: (refocus: boolean) => void;
  readonly onOpen: () => void;
  readonly onUseAsReference: () => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

/** The menu, focused on its first item; arrows move, Enter runs, Escape closes, Tab leaves. */
export function StatementMenu(props: StatementMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  const items: readonly (readonly [string, () => void])[] = [
    ['Open', props.onOpen],
    ...(props.isReference ? [] : [['Use as reference', props.onUseAsReference] as const]),
    [editLabel(props.statement), props.onEdit],
    ['Remove', props.onRemove],
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    const target = listKeyTarget(event.key, index, buttons.length, { wrap: true });
    if (target !== null) buttons[target]?.focus();
    else
      switch (event.key) {
        case 'Escape':
          props.onClose(true);
          break;
        case 'Tab':
          props.onClose(false);
          return;
        default:
          return;
      }
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={`Actions: ${props.statement.title}`}
      className="statement-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) props.onClose(false);
      }}
    >
      {items.map(([label, run]) => (
        <button
          key={label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={label === 'Remove' ? 'menu-item menu-danger' : 'menu-item'}
          onClick={() => {
            // Back on the statement first: a dialog the action opens returns the focus there.
            props.onClose(true);
            run();
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
