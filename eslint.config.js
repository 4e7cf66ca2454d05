// Lint: typescript-eslint everywhere, react-hooks in the renderer, plus the layer rules that keep shared/ pure and the renderer free of Node.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeAndElectron = [{ name: 'electron', message: 'shared/ and renderer/ must not import electron.' }];
const nodePatterns = [{ group: ['node:*'], message: 'No Node built-ins here.' }];

/** The error-to-message idiom, written once in shared/error-message.ts. */
const oneErrorMessage = {
  selector:
    "ConditionalExpression[test.operator='instanceof'][test.right.name='Error'][consequent.property.name='message']",
  message: 'Use errorMessage() from shared/error-message.ts.',
};

// State that outlives a component lives in the store (renderer/state/), never in a module: a module-level
// `let` or collection outlives every window and test, and hides who changes it. A pure cache (same input,
// same answer) is the one exception, named where it is declared with
// `// eslint-disable-next-line no-restricted-syntax -- pure cache: …`.
const moduleState =
  'Module-level mutable state in the renderer: keep it in the store (renderer/state/, see README "Renderer state").';
const noModuleState = [
  { selector: 'Program > VariableDeclaration[kind=/^(let|var)$/]', message: moduleState },
  {
    selector: 'Program > ExportNamedDeclaration > VariableDeclaration[kind=/^(let|var)$/]',
    message: moduleState,
  },
  {
    selector:
      'Program > VariableDeclaration > VariableDeclarator > NewExpression.init[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]',
    message: moduleState,
  },
  {
    selector:
      'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression.init[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]',
    message: moduleState,
  },
];

/** Test-only libraries and the testing/ tree: product code never imports them (tests may). */
const testOnly = {
  paths: ['fast-check', 'pdf-lib', 'vitest', '@playwright/test'].map((name) => ({
    name,
    message: `${name} is for tests: product code must not import it (move the code to testing/ or a *.test.ts).`,
  })),
  patterns: [
    {
      group: ['**/testing', '**/testing/**', 'vitest/*', 'fast-check/*', 'pdf-lib/*'],
      message: 'testing/ is test support: product code must not import it.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-results', 'playwright-report', 'bin', '.tmp'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeAndElectron,
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React.' },
          ],
          patterns: [
            ...nodePatterns,
            {
              group: ['**/electron/**', '**/renderer/**', '**/cli/**'],
              message: 'shared/ imports only shared/.',
            },
            {
              group: ['fs', 'path', 'os', 'child_process', 'crypto', 'http'],
              message: 'No Node built-ins here.',
            },
          ],
        },
      ],
    },
  },
  {
    // React's own rules for hooks: rules-of-hooks, exhaustive-deps and the compiler-backed checks of the
    // recommended preset (set-state-in-effect, refs, purity …). Honoured, never disabled line by line.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A missing dependency is a stale value waiting to happen: an error, not a warning. A value read on purpose
      // without re-running the effect goes through useEffectEvent.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeAndElectron,
          patterns: [
            ...nodePatterns,
            {
              group: ['**/electron/**', '**/cli/**'],
              message: 'The renderer talks to the backend only through window.plenary.',
            },
            {
              group: ['fs', 'path', 'os', 'child_process', 'crypto', 'http'],
              message: 'No Node built-ins here.',
            },
          ],
        },
      ],
    },
  },
  {
    // Product code (every non-test file of the four product layers) never reaches test-only code.
    // A separate rule name from the layer rules above, so neither overrides the other.
    files: ['shared/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'cli/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', testOnly] },
  },
  {
    files: ['shared/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'cli/**/*.{ts,tsx}'],
    ignores: ['shared/error-message.ts'],
    rules: { 'no-restricted-syntax': ['error', oneErrorMessage] },
  },
  {
    // After the block above: one rule name, so the renderer's list repeats the error-message selector.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...noModuleState, oneErrorMessage] },
  },
  {
    // Only the two IPC wrappers may touch ipcMain / ipcRenderer.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc-main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Use electron/ipc-main.ts.' },
        { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Use electron/preload.ts.' },
        oneErrorMessage,
      ],
    },
  },
  {
    // electron-builder hooks are CommonJS files it require()s.
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
