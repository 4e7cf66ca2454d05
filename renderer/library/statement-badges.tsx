/** The small badges that say what a statement is: sample, opening / closing, intersessional. */
import { kindBadges, type Labelled } from './statement-labels';

/** Kind badges and the "sample" badge of a statement. */
export function StatementBadges({ statement }: { readonly statement: Labelled }) {
  return (
    <>
      {statement.sample && (
        <span
          className="badge badge-sample"
          title="An illustrative sample written for this app, not a real statement"
        >
          sample
        </span>
      )}
      {kindBadges(statement).map((badge) => (
        <span key={badge.kind} className={`badge badge-kind badge-${badge.kind}`}>
          {badge.label}
        </span>
      ))}
    </>
  );
}
