#!/usr/bin/env node
// The `plenary-diff` command: runs the CLI built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write(
    'plenary-diff: the CLI is not built yet; run `npm install` or `npm run build` first\n',
  );
  process.exit(2);
}
await import(pathToFileURL(built).href);
