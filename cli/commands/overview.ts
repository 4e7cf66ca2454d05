/** `plenary-diff overview REF FILE... [--format json|csv|md|html]`: how each reference paragraph lives on across files. */
import { overview } from '../../shared/compare/overview';
import { reportFormats, writeReport } from '../../shared/report/report-writers';
import type { Statement } from '../../shared/statements/model';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';

export default {
  options: { format: { type: 'string', default: 'json' } },
  async run(values, positionals) {
    const format = pickFormat(values.format, reportFormats('overview'));
    if (positionals.length < 2)
      throw new CliError('overview takes a reference and at least one file: REF FILE...');
    // One at a time: a long list of files should not all be held as bytes at once.
    const statements: Statement[] = [];
    for (const path of positionals) statements.push(await readStatement(path));
    const [reference, ...others] = statements as [Statement, ...Statement[]];
    return writeReport('overview', overview(reference, others), format);
  },
} satisfies Command;
