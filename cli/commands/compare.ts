/** `plenary-diff compare REF OTHER [--format json|md|html|csv]`: the paragraph alignment and word diffs of two files. */
import { compare } from '../../shared/compare/compare';
import { compareCsv } from '../../shared/report/compare-csv';
import { compareHtml } from '../../shared/report/compare-html';
import { compareMarkdown } from '../../shared/report/compare-markdown';
import type { Statement } from '../../shared/statements/model';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';

export default {
  options: { format: { type: 'string', default: 'json' } },
  async run(values, positionals) {
    const format = pickFormat(values.format, ['json', 'md', 'html', 'csv'] as const);
    if (positionals.length !== 2) throw new CliError('compare takes exactly two files: REF OTHER');
    const [reference, other] = (await Promise.all(positionals.map((path) => readStatement(path)))) as [
      Statement,
      Statement,
    ];
    const comparison = compare(reference, other);
    switch (format) {
      case 'json':
        return JSON.stringify(comparison, null, 2);
      case 'md':
        return compareMarkdown(comparison);
      case 'html':
        return compareHtml(comparison);
      case 'csv':
        return compareCsv(comparison);
    }
  },
} satisfies Command;
