/** `plenary-diff import FILE [--format json|text]`: one file → the Statement, as JSON or as readable text. */
import { pickFormat, readStatement, CliError, type Command } from '../run-command';
import type { Statement } from '../../shared/statements/model';

/** A readable rendering: title, metadata lines, then every block with its role. */
export function renderStatementText(statement: Statement): string {
  const m = statement.metadata;
  const show = (value: string | number | null) => (value === null ? '—' : String(value));
  const lines = [
    statement.title,
    ...(statement.sample ? ['(an illustrative sample, not an authentic statement)'] : []),
    '',
    `Year:         ${show(m.year)}`,
    `Date:         ${show(m.date)}`,
    `Place:        ${[m.city, m.country].filter(Boolean).join(', ') || '—'}`,
    `Meeting:      ${show(m.meeting)}`,
    `Kind:         ${show(m.kind)}`,
    `Organisation: ${show(m.organisation)}`,
    `Speaker:      ${show(m.speaker)}`,
    `Source:       ${statement.source.fileName} (${statement.source.format}, sha256 ${statement.source.sha256.slice(0, 12)}…)`,
    `Id:           ${statement.id}`,
    '',
  ];
  let body = 0;
  for (const block of statement.blocks) {
    const label = block.role === 'body' ? `body ${++body}` : block.role;
    lines.push(`[${label}] ${block.text}`, '');
  }
  return lines.join('\n').trimEnd();
}

export default {
  options: { format: { type: 'string', default: 'json' } },
  async run(values, positionals) {
    const format = pickFormat(values.format, ['json', 'text'] as const);
    if (positionals.length !== 1) throw new CliError('import takes exactly one FILE');
    const statement = await readStatement(positionals[0] as string);
    return format === 'json' ? JSON.stringify(statement, null, 2) : renderStatementText(statement);
  },
} satisfies Command;
