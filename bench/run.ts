/**
 * `npm run bench` (tsx bench/run.ts): runs each section and prints readable tables; with `--json`, prints one
 * JSON object with a key per section and nothing else. `--only NAME[,NAME]` runs some sections.
 */
import type { BenchSection } from './section';
import compareSection from './sections/compare';
import overviewSection from './sections/overview';
import themesSection from './sections/themes';

/** The sections, in the order they run. Add one: import it and list it here. */
const sections: BenchSection[] = [compareSection, overviewSection, themesSection];

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;

const results: Record<string, object> = {};
for (const section of sections) {
  if (only && !only.has(section.name)) continue;
  const result = await section.run();
  results[section.name] = result;
  if (!json) {
    process.stdout.write(
      `${section.format ? section.format(result) : `${section.name}: ${JSON.stringify(result, null, 2)}`}\n\n`,
    );
  }
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
