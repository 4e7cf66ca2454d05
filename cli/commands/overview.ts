/** `plenary-diff overview REF FILE... [--format json|csv|md|html]`: how each reference paragraph lives on across files. */
import { overview } from '../../shared/compare/overview';
import { overviewCsv } from '../../shared/report/overview-csv';
import { overviewHtml } from '../../shared/report/overview-html';
import { overviewMarkdown } from '../../shared/report/overview-markdown';
import type { Statement } from '../../shared/statements/model';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';

export default {
  options: { format: { type: 'string', default: 'json' } },
  async run(values, positionals) {
    const format = pickFormat(values.format, ['json', 'csv', 'md', 'html'] as const);
    if (positionals.length < 2)
      throw new CliError('overview takes a reference and at least one file: REF FILE...');
    // One at a time: a long list of files should not all be held as bytes at once.
    const statements: Statement[] = [];
    for (const path of positionals) statements.push(await readStatement(path));
    const [reference, ...others] = statements as [Statement, ...Statement[]];
    const result = overview(reference, others);
    switch (format) {
      case 'json':
        return JSON.stringify(result, null, 2);
      case 'csv':
        return overviewCsv(result);
      case 'md':
        return overviewMarkdown(result);
      case 'html':
        return overviewHtml(result);
    }
  },
} satisfies Command;
