/** The heading of one side of the compare view: role, title, year, place and badges. */
import { useRef, type ReactNode } from 'react';
import type { Statement } from '../../shared/statements/model';
import { StatementBadges } from '../library/statement-badges';
import { yearLabel } from '../library/statement-labels';
import { useIsCut } from '../ui/use-is-cut';

/** Props of StatementCard. */
export interface StatementCardProps {
  readonly statement: Statement;
  /** "Reference", "Compared with", or what the left side is year over year ("Previous closing"). */
  readonly role: string;
  readonly children?: ReactNode;
}

/** A compact card naming a statement. */
export function StatementCard({ statement, role, children }: StatementCardProps) {
  const { city, country, date } = statement.metadata;
  const facts = [date ?? yearLabel(statement), [city, country].filter(Boolean).join(', ')].filter(Boolean);
  const heading = useRef<HTMLHeadingElement>(null);
  // A title cut off by the ellipsis: on hover (title) and, as a Tab stop, on focus it shows whole.
  const cut = useIsCut(heading, statement.title);
  return (
    <div className={`statement-card ${role === 'Compared with' ? 'card-other' : 'card-reference'}`}>
      <h2 ref={heading} className="card-title" title={statement.title} tabIndex={cut ? 0 : undefined}>
        <span className="card-role">{role}</span> {statement.title}
      </h2>
      <div className="card-facts">
        <span>{facts.join(' · ')}</span>
        <StatementBadges statement={statement} />
        {children}
      </div>
    </div>
  );
}
