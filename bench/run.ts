/**
 * `npm run bench` (tsx bench/run.ts): runs each section and prints readable tables; with `--json`, prints one
 * JSON object with a key per section and nothing else. `--only NAME[,NAME]` runs some sections.
 */
import type { BenchSection } from './section';

/**
 * The sections, in the order they run. Add one: a name and a loader here. Each is loaded only when it runs,
 * so one section's modules (the themes' NLP model, say) do not weigh on another's timings.
 */
const sections: readonly (readonly [string, () => Promise<{ default: BenchSection }>])[] = [
  ['compare', () => import('./sections/compare')],
  ['overview', () => import('./sections/overview')],
  ['themes', () => import('./sections/themes')],
  ['library-import', () => import('./sections/library-import')],
  ['library', () => import('./sections/library')],
];

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;

const results: Record<string, object> = {};
for (const [name, load] of sections) {
  if (only && !only.has(name)) continue;
  const { default: section } = await load();
  const result = await section.run();
  results[section.name] = result;
  if (!json) {
    process.stdout.write(
      `${section.format ? section.format(result) : `${section.name}: ${JSON.stringify(result, null, 2)}`}\n\n`,
    );
  }
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
