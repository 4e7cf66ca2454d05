/** File → Export…: every report the views on screen can give, in each format, saved with one click. */
import { useState } from 'react';
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { Dialog } from '../ui/dialog';
import {
  buildReport,
  describeSource,
  formatsOf,
  type ExportFormat,
  type ExportSource,
} from './export-reports';
import { useExportSources } from './export-sources';
import { isDesktopApp, saveReport } from './save-report';
import './export.css';
import { errorMessage } from '../../shared/error-message';

const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  html: 'HTML (printable)',
  md: 'Markdown',
  csv: 'CSV (spreadsheet)',
  json: 'JSON',
  pdf: 'PDF',
};

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly name: string }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

/** The export dialog. */
export function ExportDialog({
  bridge,
  onClose,
}: {
  readonly bridge: PlenaryBridge;
  readonly onClose: () => void;
}) {
  const sources = useExportSources();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const desktop = isDesktopApp();

  async function save(source: ExportSource, format: ExportFormat) {
    let name = '';
    try {
      const file = buildReport(source, format);
      name = file.name;
      setStatus({ kind: 'working', name });
      const result = await saveReport(bridge, file, format === 'pdf');
      switch (result.kind) {
        case 'downloaded':
          setStatus({ kind: 'done', text: `Downloaded ${result.name}.` });
          return;
        case 'saved':
          setStatus({ kind: 'done', text: `Saved ${result.path}.` });
          return;
        case 'cancelled':
          setStatus({ kind: 'idle' });
          return;
      }
    } catch (failure) {
      const reason = errorMessage(failure);
      setStatus({ kind: 'error', text: `Could not export${name ? ` ${name}` : ''}: ${reason}` });
    }
  }

  return (
    <Dialog title="Export" onClose={onClose} wide>
      {sources.length === 0 ? (
        <p>
          Open a comparison, the overview or the themes view first: Export saves what they show, as the
          command line tool writes it.
        </p>
      ) : (
        <>
          <p className="muted">
            The reports are the ones the command line tool writes (
            <code>plenary-diff compare … --format md</code>), for the statements on screen.
          </p>
          {sources.map((source) => (
            <fieldset key={source.kind} className="export-source">
              <legend>{describeSource(source)}</legend>
              <div className="export-formats">
                {formatsOf(source, desktop).map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="button"
                    disabled={status.kind === 'working'}
                    onClick={() => void save(source, format)}
                  >
                    {FORMAT_LABELS[format]}
                  </button>
                ))}
              </div>
            </fieldset>
          ))}
          {!desktop && sources.some((source) => formatsOf(source, false).includes('html')) && (
            <p className="muted">
              For a PDF, export HTML and print it from your browser (the page is laid out for landscape
              paper).
            </p>
          )}
        </>
      )}
      <p
        className={status.kind === 'error' ? 'form-error' : 'export-status'}
        role="status"
        data-testid="export-status"
      >
        {status.kind === 'working' ? `Exporting ${status.name}…` : status.kind === 'idle' ? '' : status.text}
      </p>
    </Dialog>
  );
}
