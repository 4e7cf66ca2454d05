/** The heading of one side of the compare view: role, title, year, place and badges. */
import type { ReactNode } from 'react';
import type { Statement } from '../../shared/statements/model';
import { StatementBadges } from '../library/statement-badges';
import { yearLabel } from '../library/statement-labels';

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
  return (
    <div className={`statement-card ${role === 'Compared with' ? 'card-other' : 'card-reference'}`}>
      <h2 className="card-title" title={statement.title}>
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
