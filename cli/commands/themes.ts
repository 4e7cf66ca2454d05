/** `plenary-diff themes FILE... [--reference REF] [--themes USERTHEMES.json] [--format json|csv|html]`. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { reportFormats, writeReport } from '../../shared/report/report-writers';
import type { Statement } from '../../shared/statements/model';
import { themes } from '../../shared/themes/themes';
import type { UserTheme } from '../../shared/themes/user-theme';
import { parseUserThemes } from '../../shared/themes/user-themes-file';
import { CliError, pickFormat, readStatement, type Command } from '../run-command';
import { errorMessage } from '../../shared/error-message';

// A user themes file is small; anything bigger is not one.
const MAX_THEMES_FILE_BYTES = 1024 * 1024;

/** Reads and checks a user themes file: a JSON array of { label, terms } (an id is made from the label). */
export async function readUserThemes(path: string): Promise<UserTheme[]> {
  const name = basename(path);
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_THEMES_FILE_BYTES) throw new CliError(`${name}: too large for a themes file`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      error instanceof TypeError ? `${name}: not UTF-8 text` : `${path}: no such file or not readable`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${name}: not valid JSON (${errorMessage(error)})`);
  }
  const result = parseUserThemes(data);
  if (!result.ok) throw new CliError(`${name}: ${result.reason}`);
  return [...result.themes];
}

export default {
  options: {
    reference: { type: 'string' },
    themes: { type: 'string' },
    format: { type: 'string', default: 'json' },
  },
  async run(values, positionals) {
    const format = pickFormat(values.format, reportFormats('themes'));
    if (positionals.length === 0 && typeof values.reference !== 'string') {
      throw new CliError('themes needs at least one FILE');
    }
    const userThemes = typeof values.themes === 'string' ? await readUserThemes(values.themes) : [];
    const reference =
      typeof values.reference === 'string' ? await readStatement(values.reference) : undefined;
    const statements: Statement[] = [];
    for (const path of positionals) statements.push(await readStatement(path));
    return writeReport('themes', themes(statements, { reference, userThemes }), format);
  },
} satisfies Command;
