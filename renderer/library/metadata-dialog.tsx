/** Edit a statement's title and metadata; saved through 'library:update-metadata'. */
import { useId, useState, type FormEvent } from 'react';
import type { MetadataPatch } from '../../shared/ipc/contract';
import type { MeetingKind, StatementKind, StatementMetadata } from '../../shared/statements/model';
import type { StatementSummary } from '../../shared/statements/summary';
import { Dialog } from '../ui/dialog';
import { errorMessage } from '../../shared/error-message';

/** Props of MetadataDialog. */
export interface MetadataDialogProps {
  readonly statement: StatementSummary;
  readonly onSave: (patch: MetadataPatch) => Promise<void>;
  readonly onClose: () => void;
}

type TextField = 'date' | 'city' | 'country' | 'organisation' | 'speaker';
const TEXT_FIELDS: readonly {
  readonly field: TextField;
  readonly label: string;
  readonly placeholder?: string;
}[] = [
  { field: 'date', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { field: 'city', label: 'City' },
  { field: 'country', label: 'Country' },
  { field: 'organisation', label: 'Organisation' },
  { field: 'speaker', label: 'Speaker' },
];
const MEETINGS: readonly MeetingKind[] = ['plenary', 'intersessional', 'other'];
const KINDS: readonly StatementKind[] = ['opening', 'closing', 'statement', 'press'];

/** The metadata form; a field left empty is saved as unknown (null). */
export function MetadataDialog({ statement, onSave, onClose }: MetadataDialogProps) {
  const m = statement.metadata;
  const [title, setTitle] = useState(statement.title);
  const [year, setYear] = useState(m.year === null ? '' : String(m.year));
  const [texts, setTexts] = useState<Record<TextField, string>>({
    date: m.date ?? '',
    city: m.city ?? '',
    country: m.country ?? '',
    organisation: m.organisation ?? '',
    speaker: m.speaker ?? '',
  });
  const [meeting, setMeeting] = useState<MeetingKind | ''>(m.meeting ?? '');
  const [kind, setKind] = useState<StatementKind | ''>(m.kind ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const ids = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = check(title, year, texts.date);
    if (problem) {
      setError(problem);
      return;
    }
    const metadata: Partial<StatementMetadata> = {
      year: year.trim() === '' ? null : Number(year),
      ...Object.fromEntries(TEXT_FIELDS.map(({ field }) => [field, texts[field].trim() || null])),
      meeting: meeting || null,
      kind: kind || null,
    };
    setBusy(true);
    setError(null);
    try {
      await onSave({ title: title.trim(), metadata });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Details of “${statement.title}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </>
      }
    >
      <form id={formId} className="metadata-form" onSubmit={(event) => void submit(event)}>
        <div className="form-field form-field-wide">
          <label htmlFor={`${ids}-title`}>Title</label>
          <input
            id={`${ids}-title`}
            className="text-input"
            value={title}
            required
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-year`}>Year</label>
          <input
            id={`${ids}-year`}
            className="text-input"
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.currentTarget.value)}
          />
        </div>
        {TEXT_FIELDS.map(({ field, label, placeholder }) => (
          <div key={field} className="form-field">
            <label htmlFor={`${ids}-${field}`}>{label}</label>
            <input
              id={`${ids}-${field}`}
              className="text-input"
              value={texts[field]}
              placeholder={placeholder}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setTexts((current) => ({ ...current, [field]: value }));
              }}
            />
          </div>
        ))}
        <div className="form-field">
          <label htmlFor={`${ids}-meeting`}>Meeting</label>
          <select
            id={`${ids}-meeting`}
            className="text-input"
            value={meeting}
            onChange={(event) => setMeeting(event.currentTarget.value as MeetingKind | '')}
          >
            <option value="">unknown</option>
            {MEETINGS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-kind`}>Kind</label>
          <select
            id={`${ids}-kind`}
            className="text-input"
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as StatementKind | '')}
          >
            <option value="">unknown</option>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="form-error form-field-wide" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function check(title: string, year: string, date: string): string | null {
  if (title.trim() === '') return 'The title cannot be empty.';
  if (year.trim() !== '' && !/^\d{4}$/.test(year.trim())) return 'The year must be four digits, like 2019.';
  if (date.trim() !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date.trim()))
    return 'The date must look like 2019-11-22.';
  return null;
}
