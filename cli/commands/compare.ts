/** `plenary-diff compare REF OTHER [--format json|md|html|csv]`: the paragraph alignment and word diffs of two files. */
import { compare } from '../../shared/compare/compare';
import { reportFormats, writeReport } from '../../shared/report/report-writers';
import type { Statement } from '../../shared/statements/model';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';

export default {
  options: { format: { type: 'string', default: 'json' } },
  async run(values, positionals) {
    const format = pickFormat(values.format, reportFormats('comparison'));
    if (positionals.length !== 2) throw new CliError('compare takes exactly two files: REF OTHER');
    const [reference, other] = (await Promise.all(positionals.map((path) => readStatement(path)))) as [
      Statement,
      Statement,
    ];
    return writeReport('comparison', compare(reference, other), format);
  },
} satisfies Command;
