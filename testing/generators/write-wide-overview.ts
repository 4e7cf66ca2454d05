// `node --import tsx testing/generators/write-wide-overview.ts OUT.html`: the overview HTML report of 30 sample
// statements against a sample reference (three share 2021 Moscow), for the wide-report e2e and the README's pictures.
import { writeFileSync } from 'node:fs';
import { overview } from '../../shared/compare/overview';
import { overviewHtml } from '../../shared/report/overview-html';
import type { Statement, StatementMetadata } from '../../shared/statements/model';
import { randomParagraphs } from './generate-text';
import { makeStatement } from './make-statement';
import { createRandom } from './prng';

const CITIES = [
  'Kinshasa',
  'Gaborone',
  'Brussels',
  'Dubai',
  'Victoria Falls',
  'Perth',
  'Antwerp',
  'Shanghai',
];

/** A reference of 8 paragraphs and 30 statements that keep, reword or drop them. */
export function wideLibrary(): { reference: Statement; others: Statement[] } {
  const random = createRandom(14);
  const paragraphs = randomParagraphs(random, 480).slice(0, 8);
  const made = (i: number, metadata: Partial<StatementMetadata>, title: string): Statement => {
    const body = paragraphs
      .filter((_, p) => (p + i) % 4 !== 0)
      .map((p, k) => (k % 3 === i % 3 ? `${p} Also ${i}.` : p));
    const statement = makeStatement([...body, ...randomParagraphs(random, 60).slice(0, 1)], { title });
    return { ...statement, metadata: { ...statement.metadata, ...metadata } };
  };
  const reference = made(
    99,
    { year: 2019, city: 'New Delhi', meeting: 'plenary', kind: 'closing' },
    'Sample — Closing statement of the Civil Society Coalition to the Kimberley Process plenary, New Delhi',
  );
  const others = Array.from({ length: 30 }, (_, i) => {
    const moscow = i >= 10 && i < 13;
    return made(
      i,
      {
        year: moscow ? 2021 : 2003 + i,
        city: moscow ? 'Moscow' : (CITIES[i % CITIES.length] ?? null),
        meeting: i === 12 ? 'intersessional' : 'plenary',
        kind: i === 12 ? 'opening' : i % 5 === 0 ? 'opening' : 'closing',
      },
      `Sample — ${i % 2 === 0 ? 'Closing' : 'Opening'} statement of the Civil Society Coalition to the plenary meeting, part ${i + 1}`,
    );
  });
  return { reference, others };
}

const out = process.argv[2];
if (!out) throw new Error('usage: write-wide-overview.ts OUT.html');
const { reference, others } = wideLibrary();
writeFileSync(out, overviewHtml(overview(reference, others)));
