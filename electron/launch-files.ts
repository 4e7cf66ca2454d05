/** Statement files handed to the app by the operating system: "Open with", file arguments, a second launch. */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { isSupportedFileName } from './backend/import-paths';
import { MAX_FILES_PER_IMPORT } from './backend/schemas';

/** The statement files named on a command line, made absolute against `cwd`; switches and other files are ignored. */
export function statementPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && isSupportedFileName(arg))
    .slice(0, MAX_FILES_PER_IMPORT)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/** What a second launch passes to the running instance (Chromium may reorder or add to its argv). */
const SecondInstanceDataSchema = z.object({
  files: z.array(z.string().min(1).max(4096)).max(MAX_FILES_PER_IMPORT),
});

/** The data a launch hands to `app.requestSingleInstanceLock`, so a running instance gets its files exactly. */
export function secondInstanceData(argv: readonly string[], cwd: string): { readonly files: string[] } {
  return { files: statementPathsFromArgv(argv, cwd) };
}

/** The files a second launch asked to open: its additional data when well-formed, else its argv. */
export function filesFromSecondInstance(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
): string[] {
  const parsed = SecondInstanceDataSchema.safeParse(additionalData);
  if (parsed.success) return parsed.data.files.filter((f) => isAbsolute(f) && isSupportedFileName(f));
  return statementPathsFromArgv(argv, workingDirectory);
}
