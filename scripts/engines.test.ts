// package.json `engines` says what the CLI, the tests and browser mode need, no more: every Node it admits runs the
// toolchain (per the tools' own `engines` in node_modules), and Electron's launcher is the one part that needs more.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
  subset(sub: string, sup: string): boolean;
};
const manifest = (name: string) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
    engines?: { node?: string };
  };
const ours = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    engines: { node: string };
  }
).engines.node;

// What `npm run build`, `npm test`, `npm run web` and the CLI load.
const TOOLCHAIN = [
  'vite',
  'vitest',
  '@vitejs/plugin-react',
  'rolldown',
  '@playwright/test',
  'eslint',
  'tsx',
  'esbuild',
];

describe('engines', () => {
  it('admits only Node versions that every tool of the build, the tests and browser mode supports', () => {
    for (const tool of TOOLCHAIN) {
      const needs = manifest(tool).engines?.node ?? '*';
      expect(semver.subset(ours, needs), `${tool} needs ${needs}; engines says ${ours}`).toBe(true);
    }
  });

  it('asks no more than the toolchain: Node 20.19, on which Electron’s launcher is the one thing that will not run', () => {
    expect(semver.minVersion(ours)?.version).toBe('20.19.0');
    const electron = manifest('electron').engines?.node ?? '*';
    expect(semver.satisfies('20.19.0', electron)).toBe(false);
    expect(semver.satisfies('22.12.0', electron)).toBe(true);
    // The README's table states the same two figures.
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('| 20.19 or later (22.13+ on the 22 line, 24+ after it) |');
    expect(readme).toContain('| 22.12 or later (Electron 45');
  });
});
