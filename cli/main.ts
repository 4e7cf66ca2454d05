/** The `plenary-diff` command line: import, compare, overview, themes. */
import { CliError, runCommand, type Command } from './run-command';
import { errorMessage } from '../shared/error-message';

const commands: Record<string, () => Promise<{ default: Command }>> = {
  import: () => import('./commands/import'),
  compare: () => import('./commands/compare'),
  overview: () => import('./commands/overview'),
  themes: () => import('./commands/themes'),
};

const usage = `usage:
  plenary-diff import FILE [--format json|text]
  plenary-diff compare REF OTHER [--themes FILE] [--discovered-themes] [--format json|md|html|csv]
  plenary-diff overview REF FILE... [--format json|csv|md|html]
  plenary-diff themes FILE... [--reference REF] [--themes FILE] [--format json|csv|html]`;

const [name, ...rest] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
if (!load) {
  process.stderr.write(`${name ? `plenary-diff: unknown command "${name}"\n` : ''}${usage}\n`);
  process.exit(name === '--help' || name === '-h' ? 0 : 2);
}
try {
  const { default: command } = await load();
  await runCommand(command, rest);
} catch (error) {
  // Bad input is a one-line message and exit 2; anything else is a bug, still without a stack trace.
  const message = error instanceof CliError ? error.message : `internal error: ${errorMessage(error)}`;
  process.stderr.write(`plenary-diff: ${message}\n`);
  process.exit(2);
}
