import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/error-message';

// The error-to-message idiom lives once, in shared/error-message.ts; lint refuses a copy anywhere else.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const copy =
  'export function f(e: unknown): string {\n  return e instanceof Error ? e.message : String(e);\n}\n';

async function messages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('one error-message helper', () => {
  it('gives an Error’s message, else the value as text (details in shared/error-message.test.ts)', () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
  });

  it('fails a copy of the idiom in every product layer, the electron shell included', async () => {
    for (const path of [
      'shared/compare/new-module.ts',
      'electron/backend/new-module.ts',
      'electron/new-window.ts',
      'renderer/compare/new-view.tsx',
      'cli/commands/new-command.ts',
    ]) {
      expect(await messages(path, copy), path).toEqual(['Use errorMessage() from shared/error-message.ts.']);
    }
  });

  it('leaves the helper itself, and a different use of instanceof, alone', async () => {
    expect(await messages('shared/error-message.ts', copy)).toEqual([]);
    const other = 'export const g = (e: unknown) => (e instanceof Error ? e.name : "");\n';
    expect(await messages('shared/compare/new-module.ts', other)).toEqual([]);
  });
});
