/** The text of anything thrown or rejected, as a person reads it: no class names, no bare system codes. */

// "Error: ", "TypeError: ", "ZodError: " at the start of a message that was stringified somewhere on its way.
const CLASS_PREFIX = /^(?:[A-Z][A-Za-z]*)?(?:Error|Exception):\s+/;
// What Electron's ipcRenderer.invoke puts before a main-process error, and a worker's ErrorEvent before its own.
const WRAPPER_PREFIX = /^(?:Error invoking remote method '[^']*':|Uncaught(?: \(in promise\))?)\s+/;
// Node's system errors: "ENOENT: no such file or directory, open '/a/b.json'".
const SYSTEM_ERROR = /^(E[A-Z]+): [^,]*(?:, (\w+)(?: '([^']*)')?)?/;
// What browsers and Node say when a fetch gets no answer at all.
const NO_ANSWER =
  /^(?:Failed to fetch|fetch failed|Load failed|NetworkError when attempting to fetch resource\.?)$/i;

const SYSTEM_REASONS: Readonly<Record<string, (path: string) => string>> = {
  ENOENT: (path) => `${path} does not exist`,
  EACCES: (path) => `no permission to use ${path}`,
  EPERM: (path) => `the system did not permit using ${path}`,
  ENOSPC: () => 'the disk is full',
  EDQUOT: () => 'the disk quota is used up',
  EROFS: (path) => `${path} is on a read-only disk`,
  EEXIST: (path) => `${path} already exists`,
  EISDIR: (path) => `${path} is a folder, not a file`,
  ENOTDIR: (path) => `a part of ${path} is a file, not a folder`,
  EBUSY: (path) => `${path} is in use by another program`,
  EMFILE: () => 'too many files are open at once',
  ENAMETOOLONG: (path) => `the name ${path} is too long`,
};

function rawText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return String(error);
}

function plainWords(text: string): string {
  const system = SYSTEM_ERROR.exec(text);
  const reason = system && SYSTEM_REASONS[system[1] as string];
  if (system && reason) return reason(system[3] ? `“${system[3]}”` : 'the file');
  if (NO_ANSWER.test(text)) return 'the app’s server did not answer (it may have stopped)';
  return text;
}

/** The message of an Error (or of a stringified one), with class names and system codes put into words. */
export function errorMessage(error: unknown): string {
  let text = rawText(error).trim().replace(WRAPPER_PREFIX, '');
  while (CLASS_PREFIX.test(text)) text = text.replace(CLASS_PREFIX, '');
  text = plainWords(text.trim());
  return text === '' || text === 'undefined' || text === '[object Object]' ? 'no reason was given' : text;
}
