/**
 * `plenary-diff compare REF OTHER [--themes USER.json] [--format json|md|html|csv]`: the paragraph alignment,
 * word diffs and echoes of two files (echoes through the built-in themes and the user's, if given).
 */
import { compare } from '../../shared/compare/compare';
import { userEchoOptions } from '../../shared/compare/echo-options';
import { reportFormats, writeReport } from '../../shared/report/report-writers';
import type { Statement } from '../../shared/statements/model';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';
import { readUserThemes } from './themes';

export default {
  options: { format: { type: 'string', default: 'json' }, themes: { type: 'string' } },
  async run(values, positionals) {
    const format = pickFormat(values.format, reportFormats('comparison'));
    if (positionals.length !== 2) throw new CliError('compare takes exactly two files: REF OTHER');
    const [reference, other] = (await Promise.all(positionals.map((path) => readStatement(path)))) as [
      Statement,
      Statement,
    ];
    const user = typeof values.themes === 'string' ? await readUserThemes(values.themes) : [];
    const comparison = compare(reference, other, { echoes: userEchoOptions(user) });
    return writeReport('comparison', comparison, format);
  },
} satisfies Command;
