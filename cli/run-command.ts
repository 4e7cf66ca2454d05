/** The small framework every CLI command uses: argument parsing, reading input files, writing output. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importStatement } from '../shared/statements/import-statement';
import { tooLargeError } from '../shared/statements/size-limit';
import { DEFAULT_MAX_IMPORT_BYTES, describeImportError, type Statement } from '../shared/statements/model';
import { errorMessage } from '../shared/error-message';

/** An error the user caused; printed as one line, exit code 2. */
export class CliError extends Error {}

/** A subcommand: its options and what it does with them. */
export interface Command {
  readonly options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; default?: string }>;
  run(
    values: Record<string, string | boolean | string[] | undefined>,
    positionals: string[],
  ): Promise<string>;
}

/** Parses the arguments, runs the command and writes its output to stdout (and nothing else). */
export async function runCommand(command: Command, args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(errorMessage(error));
  }
  const output = await command.run(
    parsed.values as Record<string, string | boolean | string[] | undefined>,
    parsed.positionals,
  );
  process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}

/** Checks a --format value against the allowed ones. */
export function pickFormat<F extends string>(value: unknown, allowed: readonly F[]): F {
  const format = (value ?? allowed[0]) as F;
  if (!allowed.includes(format))
    throw new CliError(`unknown --format "${String(value)}" (use ${allowed.join(', ')})`);
  return format;
}

/** Reads and imports one file; a missing, oversize or bad file becomes a CliError naming it. */
export async function readStatement(path: string): Promise<Statement> {
  const name = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  // Checked before reading, so a huge file is refused without loading it.
  if (size > DEFAULT_MAX_IMPORT_BYTES) {
    throw new CliError(describeImportError(tooLargeError(name, size, DEFAULT_MAX_IMPORT_BYTES)));
  }
  const bytes = new Uint8Array(await readFile(path));
  const result = await importStatement({ name, bytes });
  if (!result.ok) throw new CliError(describeImportError(result.error));
  return result.statement;
}
