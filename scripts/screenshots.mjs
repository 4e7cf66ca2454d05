// `npm run screenshots`: runs the e2e specs that take the README's pictures (browser mode) and copies the
// pictures from the e2e output (test-results/screenshots/) into docs/screenshots/. `npm test` never writes docs/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = join('test-results', 'screenshots');
const DOCS = join('docs', 'screenshots');
/** Each README picture and the spec that takes it. */
const PICTURES = {
  'compare.png': 'e2e/compare.spec.ts',
  'overview.png': 'e2e/overview.spec.ts',
  'themes-panel.png': 'e2e/themes.spec.ts',
  'themes-view.png': 'e2e/themes.spec.ts',
  'search.png': 'e2e/search.spec.ts',
  'echoes.png': 'e2e/echoes.spec.ts',
  'echoes-quoted.png': 'e2e/echoes.spec.ts',
  'report-overview-screen.png': 'e2e/wide-report.spec.ts',
  'report-overview-print.png': 'e2e/wide-report.spec.ts',
};

rmSync(OUTPUT, { recursive: true, force: true });
const specs = [...new Set(Object.values(PICTURES))];
const run = spawnSync('npx', ['playwright', 'test', '--project=web', ...specs], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (run.status !== 0) {
  console.error('screenshots: the e2e run failed; docs/screenshots/ is unchanged.');
  process.exit(run.status ?? 1);
}
const missing = Object.keys(PICTURES).filter((name) => !existsSync(join(OUTPUT, name)));
if (missing.length > 0) {
  console.error(
    `screenshots: the e2e run left no ${missing.join(', ')} in ${OUTPUT}; docs/screenshots/ is unchanged.`,
  );
  process.exit(1);
}
mkdirSync(DOCS, { recursive: true });
for (const name of Object.keys(PICTURES)) copyFileSync(join(OUTPUT, name), join(DOCS, name));
console.log(`screenshots: ${Object.keys(PICTURES).length} pictures copied to ${DOCS}/`);
