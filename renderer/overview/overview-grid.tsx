/** The overview heat map: an ARIA grid of reference paragraphs × statements, virtualised by rows and by columns. */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { LineageCell, Overview } from '../../shared/compare/model';
import { StatementBadges } from '../library/statement-badges';
import { useStatements } from '../library/use-statements';
import { useAppState } from '../state/store-context';
import {
  cellLabel,
  cellShade,
  cellSummary,
  cellSymbol,
  linkedParagraphs,
  type OverviewColumn,
  type OverviewRow,
} from './overview-model';
import { percent } from '../compare/op-labels';
import { whenRendered } from '../ui/when-rendered';

/** Props of OverviewGrid. */
export interface OverviewGridProps {
  readonly overview: Overview;
  readonly columns: readonly OverviewColumn[];
  readonly rows: readonly OverviewRow[];
  /** Opens the compare view for a statement, at a reference paragraph (null: at the top). */
  readonly onOpen: (statementId: string, referenceBlock: string | null) => void;
}

interface Position {
  readonly row: number;
  readonly column: number;
}

interface Tip {
  readonly position: Position;
  readonly rect: DOMRect;
}

const ROW_HEIGHT = 36;
const PAGE = 10;
/** The width of a statement's column before one is measured (6.75rem at 16px). */
const COLUMN_WIDTH = 108;

/**
 * The grid; arrow keys, Home/End, Page Up/Down move between cells, Enter opens one. Memoised: the progress notes
 * of an overview still being compared re-render the view around it, not the grid.
 */
export const OverviewGrid = memo(Grid);

function Grid({ overview, columns, rows, onOpen }: OverviewGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const corner = useRef<HTMLDivElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const [rowHeadWidth, setRowHeadWidth] = useState(0);
  const [columnWidth, setColumnWidth] = useState(COLUMN_WIDTH);
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const [focusRequest, setFocusRequest] = useState(0);
  const [tip, setTip] = useState<Tip | null>(null);
  const tipId = useId();

  useLayoutEffect(() => {
    const element = head.current;
    const cornerElement = corner.current;
    if (!element || !cornerElement) return;
    const measure = () => {
      setHeadHeight(element.offsetHeight);
      setRowHeadWidth(cornerElement.offsetWidth);
      const firstColumn = element.querySelector<HTMLElement>('.overview-column-head');
      if (firstColumn && firstColumn.offsetWidth > 0) setColumnWidth(firstColumn.offsetWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(cornerElement);
    return () => observer.disconnect();
  }, []);

  // Columns are virtualised too: a library of thousands of statements keeps only the columns in view in the DOM.
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => columnWidth,
    overscan: 4,
    scrollMargin: rowHeadWidth,
    scrollPaddingStart: rowHeadWidth,
  });
  useEffect(() => columnVirtualizer.measure(), [columnVirtualizer, columnWidth]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
  });

  // Keep the active cell inside the grid when the rows or columns change.
  const row = Math.min(active.row, Math.max(0, rows.length - 1));
  const column = Math.min(active.column, Math.max(0, columns.length - 1));

  // A move of the active cell by the keyboard asks for focus; nothing else does: the cell is read, not depended on.
  const focusActive = useEffectEvent(() => {
    virtualizer.scrollToIndex(row, { align: 'auto' });
    columnVirtualizer.scrollToIndex(column, { align: 'auto' });
    return whenRendered(
      () => scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`),
      (cell) => {
        cell.focus({ preventScroll: true });
        cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      },
    );
  });
  useEffect(() => (focusRequest === 0 ? undefined : focusActive()), [focusRequest]);

  function move(next: Position) {
    setActive({
      row: Math.max(0, Math.min(rows.length - 1, next.row)),
      column: Math.max(0, Math.min(columns.length - 1, next.column)),
    });
    setFocusRequest((n) => n + 1);
  }

  function open(position: Position) {
    const target = columns[position.column];
    const block = rows[position.row]?.blockId ?? null;
    if (target) onOpen(target.statement.id, block);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const here = { row, column };
    const ctrl = event.ctrlKey || event.metaKey;
    let next: Position | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = { row, column: column + 1 };
        break;
      case 'ArrowLeft':
        next = { row, column: column - 1 };
        break;
      case 'ArrowDown':
        next = { row: row + 1, column };
        break;
      case 'ArrowUp':
        next = { row: row - 1, column };
        break;
      case 'Home':
        next = ctrl ? { row: 0, column: 0 } : { row, column: 0 };
        break;
      case 'End':
        next = ctrl
          ? { row: rows.length - 1, column: columns.length - 1 }
          : { row, column: columns.length - 1 };
        break;
      case 'PageDown':
        next = { row: row + PAGE, column };
        break;
      case 'PageUp':
        next = { row: row - PAGE, column };
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        open(here);
        return;
      default:
        return;
    }
    event.preventDefault();
    move(next);
  }

  const showTip = (position: Position, element: HTMLElement) =>
    setTip({ position, rect: element.getBoundingClientRect() });

  const visibleColumns = columnVirtualizer.getVirtualItems();
  const firstColumn = visibleColumns[0]?.index ?? 0;
  const shownColumns = visibleColumns.length;
  const before = shownColumns > 0 ? firstColumn * columnWidth : 0;
  const after = Math.max(0, (columns.length - firstColumn - shownColumns) * columnWidth);
  const activeRendered =
    virtualizer.getVirtualItems().some((item) => item.index === row) &&
    visibleColumns.some((item) => item.index === column);
  // The columns out of view are two spacers, so the scroll width is that of every column.
  const template = `var(--overview-row-head) ${before}px repeat(${shownColumns}, var(--overview-column)) ${after}px`;
  const inView = visibleColumns.map((item) => item.index);
  const tipCell = tip ? overview.cells[tip.position.row]?.[tip.position.column] : undefined;
  return (
    <div className="overview-grid-wrap">
      <div ref={scroller} className="overview-scroller" onScroll={() => setTip(null)}>
        <div
          role="grid"
          aria-label={`How the paragraphs of ${overview.reference.title} live on in ${columns.length} statements`}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 1}
          className="overview-grid"
          // While the active cell is scrolled out of the DOM, the grid itself takes the Tab stop.
          tabIndex={activeRendered ? undefined : 0}
          onFocus={(event) => event.target === event.currentTarget && setFocusRequest((n) => n + 1)}
          onKeyDown={onKeyDown}
        >
          <div ref={head} role="rowgroup" className="overview-head">
            <div
              role="row"
              aria-rowindex={1}
              className="overview-row"
              style={{ gridTemplateColumns: template }}
            >
              <div ref={corner} role="columnheader" aria-colindex={1} className="overview-corner">
                <span className="overview-corner-label">
                  ¶ of the reference
                  <span className="muted"> · statements by year →</span>
                </span>
              </div>
              <span aria-hidden="true" />
              {inView.map((index) => {
                const col = columns[index];
                return col ? (
                  <ColumnHeader key={col.statement.id} column={col} index={index} onOpen={onOpen} />
                ) : null;
              })}
              <span aria-hidden="true" />
            </div>
          </div>
          <div role="rowgroup" className="overview-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = rows[item.index];
              if (!r) return null;
              return (
                <div
                  key={r.blockId}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="overview-row overview-body-row"
                  style={{
                    gridTemplateColumns: template,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                  }}
                >
                  <div role="rowheader" aria-colindex={1} className="overview-row-head" title={r.text}>
                    <span className="para-number">¶{r.number}</span>
                    <span className="overview-row-start">{r.start}</span>
                  </div>
                  <span aria-hidden="true" />
                  {inView.map((c) => {
                    const col = columns[c];
                    const cell = overview.cells[item.index]?.[c];
                    if (!cell || !col) return null;
                    const isActive = item.index === row && c === column;
                    const isTip = tip?.position.row === item.index && tip.position.column === c;
                    return (
                      <HeatCell
                        key={col.statement.id}
                        cell={cell}
                        label={cellLabel(r, col, cell)}
                        rowIndex={item.index}
                        columnIndex={c}
                        tabbable={isActive}
                        describedBy={isTip ? tipId : undefined}
                        onActivate={(element) => {
                          setActive({ row: item.index, column: c });
                          showTip({ row: item.index, column: c }, element);
                        }}
                        onHover={(element) => showTip({ row: item.index, column: c }, element)}
                        onLeave={() => setTip(null)}
                        onOpen={() => open({ row: item.index, column: c })}
                      />
                    );
                  })}
                  <span aria-hidden="true" />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {tip && tipCell && (
        <CellTip
          id={tipId}
          rect={tip.rect}
          row={rows[tip.position.row]}
          column={columns[tip.position.column]}
          cell={tipCell}
        />
      )}
    </div>
  );
}

function ColumnHeader({
  column,
  index,
  onOpen,
}: {
  readonly column: OverviewColumn;
  readonly index: number;
  readonly onOpen: (statementId: string, referenceBlock: string | null) => void;
}) {
  const { statement, summary } = column;
  const retained = percent(summary.retained);
  const { heading } = column;
  const place = heading.short.replace(/^\S+\s/, '');
  return (
    <div role="columnheader" aria-colindex={index + 2} className="overview-column-head">
      <button
        type="button"
        className="overview-column-open"
        title={`${statement.title} — open it next to the reference`}
        onClick={() => onOpen(statement.id, null)}
      >
        <span className="overview-year">{statement.metadata.year ?? '—'}</span>
        <span className="overview-place">{place}</span>
        {heading.kind && <span className="themes-head-kind">{heading.kind}</span>}
        {heading.title && <span className="themes-head-title">{heading.title}</span>}
        {/* The full title while the button has the keyboard focus (the mouse has the title attribute). */}
        <span className="full-title-tip" aria-hidden="true">
          {statement.title}
        </span>
      </button>
      <span className="overview-badges">
        <StatementBadges statement={statement} />
      </span>
      <span
        className="overview-retained"
        title={`${retained} of the reference's words are retained in this statement`}
      >
        <svg className="retained-bar" width="56" height="6" viewBox="0 0 56 6" aria-hidden="true">
          <rect className="retained-track" x="0" y="0" width="56" height="6" rx="2" />
          <rect className="retained-fill" x="0" y="0" width={56 * summary.retained} height="6" rx="2" />
        </svg>
        {retained} retained
      </span>
      {summary.echoed > 0 && (
        <span
          className="overview-echoed"
          title={`${summary.echoed} reference paragraph(s) not carried on but quoted or talked about in new words`}
        >
          {summary.echoed} echoed
        </span>
      )}
      <span className="overview-added" title={`${summary.added} paragraph(s) not in the reference`}>
        + {summary.added} new
      </span>
    </div>
  );
}

function HeatCell({
  cell,
  label,
  rowIndex,
  columnIndex,
  tabbable,
  describedBy,
  onActivate,
  onHover,
  onLeave,
  onOpen,
}: {
  readonly cell: LineageCell;
  readonly label: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly tabbable: boolean;
  readonly describedBy: string | undefined;
  readonly onActivate: (element: HTMLElement) => void;
  readonly onHover: (element: HTMLElement) => void;
  readonly onLeave: () => void;
  readonly onOpen: () => void;
}) {
  const shade = cellShade(cell);
  return (
    <div
      role="gridcell"
      aria-colindex={columnIndex + 2}
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
      data-cell={`${rowIndex}:${columnIndex}`}
      data-op={cell.op ?? 'none'}
      data-echo={cell.echo ?? undefined}
      className={`heat-cell${cell.op === null ? (cell.echo === null ? ' heat-none' : ' heat-echo') : ''}${shade >= 0.55 ? ' heat-strong' : ''}`}
      style={{ '--shade': shade.toFixed(3) } as CSSProperties}
      onFocus={(event) => onActivate(event.currentTarget)}
      onBlur={onLeave}
      onMouseEnter={(event) => onHover(event.currentTarget)}
      onMouseLeave={onLeave}
      onClick={onOpen}
    >
      <span className="heat-symbol" aria-hidden="true">
        {cellSymbol(cell)}
      </span>
      {cell.op !== null && (
        <span className="heat-value" aria-hidden="true">
          {Math.round(cell.similarity * 100)}
        </span>
      )}
    </div>
  );
}

function CellTip({
  id,
  rect,
  row,
  column,
  cell,
}: {
  readonly id: string;
  readonly rect: DOMRect;
  readonly row: OverviewRow | undefined;
  readonly column: OverviewColumn | undefined;
  readonly cell: LineageCell;
}) {
  // The overview needs no texts; the tip fetches the one statement it quotes.
  const texts = useAppState((state) => state.texts);
  const summaries = useAppState((state) => state.snapshot?.statements);
  const statementId = column?.statement.id;
  const wanted = useMemo(() => {
    const summary = summaries?.find((s) => s.id === statementId);
    return summary ? [summary] : null;
  }, [summaries, statementId]);
  const text = useStatements(texts, wanted);
  if (!row || !column) return null;
  const statement = text.status === 'ready' ? text.statements[0] : undefined;
  const linked = statement ? linkedParagraphs(statement, cell) : [];
  const below = rect.bottom + 220 < window.innerHeight;
  const left = Math.max(8, Math.min(window.innerWidth - 360, rect.left + rect.width / 2 - 176));
  const style = below ? { top: rect.bottom + 6, left } : { bottom: window.innerHeight - rect.top + 6, left };
  return (
    <div id={id} role="tooltip" className="overview-tip" style={style}>
      <p className="overview-tip-title">
        ¶{row.number} → {column.name}: <strong>{cellSummary(cell)}</strong>
      </p>
      {!statement && cell.other.length > 0 ? (
        <p className="overview-tip-text muted">Fetching the statement’s paragraphs…</p>
      ) : linked.length === 0 ? (
        <p className="overview-tip-text muted">No paragraph of this statement carries it on.</p>
      ) : (
        linked.map((p) => (
          <p key={p.number} className="overview-tip-text">
            <span className="para-number">¶{p.number}</span>
            {excerpt(p.text, 200)}
          </p>
        ))
      )}
      <p className="overview-tip-hint muted">Click or press Enter to open it next to the reference.</p>
    </div>
  );
}

function excerpt(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`;
}
