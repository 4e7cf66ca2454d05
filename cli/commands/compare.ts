/**
 * `plenary-diff compare REF OTHER [--themes USER.json] [--discovered-themes] [--format json|md|html|csv]`: the
 * paragraph alignment, word diffs and echoes of two files (echoes through the built-in themes and the user's, if
 * given; with `--discovered-themes` also through the themes discovered in the two files, as `themes` finds them).
 */
import { compare } from '../../shared/compare/compare';
import { discoveredEchoOptions, userEchoOptions } from '../../shared/compare/echo-options';
import { reportFormats, writeReport } from '../../shared/report/report-writers';
import type { Statement } from '../../shared/statements/model';
import { themes } from '../../shared/themes/themes';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';
import { readUserThemes } from './themes';

export default {
  options: {
    format: { type: 'string', default: 'json' },
    themes: { type: 'string' },
    'discovered-themes': { type: 'boolean' },
  },
  async run(values, positionals) {
    const format = pickFormat(values.format, reportFormats('comparison'));
    if (positionals.length !== 2) throw new CliError('compare takes exactly two files: REF OTHER');
    const [reference, other] = (await Promise.all(positionals.map((path) => readStatement(path)))) as [
      Statement,
      Statement,
    ];
    const user = typeof values.themes === 'string' ? await readUserThemes(values.themes) : [];
    const echoes =
      values['discovered-themes'] === true
        ? discoveredEchoOptions(user, themes([other], { reference, userThemes: user }))
        : userEchoOptions(user);
    const comparison = compare(reference, other, { echoes });
    return writeReport('comparison', comparison, format);
  },
} satisfies Command;
