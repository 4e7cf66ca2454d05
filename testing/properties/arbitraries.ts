/**
 * fast-check arbitraries for the whole pipeline: adversarial text as a person's files carry it (any script,
 * emoji, NULs, bidi controls, odd line ends and blank lines), the bytes of that text in any encoding, and
 * real-looking statements perturbed word by word and paragraph by paragraph.
 */
import fc from 'fast-check';
import { editWords } from '../generators/generate-pairs';
import { randomParagraph } from '../generators/generate-text';
import { createRandom } from '../generators/prng';

const WORDS = [
  'the',
  'of',
  'Kimberley',
  'Process',
  'KP',
  'civil',
  'society',
  'conflict',
  'diamonds',
  'communities',
  'review',
  'Thank',
  'you.',
  'Dear',
  'Chair,',
  '2019',
  'État',
  'naïve',
  'don’t',
  "it's",
  '3-year',
  'بيان',
  'المجتمع',
  'שלום',
  '钻石',
  'ダイヤモンド',
  '다이아몬드',
  '💎',
  '👨‍👩‍👧',
  '🇧🇼',
  '👋🏽',
  '(KP)',
  '—',
  '...',
  '"',
];

// Characters that files carry and importers must survive: NUL, bidi controls, zero-width, no-break spaces.
const ODD = [
  '\u0000',
  '\u202e',
  '\u202b',
  '\u200f',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00a0',
  '\u00ad',
  '\t',
  '\u2028',
];

/** One word-ish token: a field word, an odd character, or any grapheme string. */
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);

/** A paragraph of tokens separated by spaces, tabs and the odd single line break. */
const paragraph: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\r\n')), {
    minLength: 1,
    maxLength: 25,
  })
  .map((pairs) => pairs.map(([t, s]) => t + s).join(''));

/** Blank lines between paragraphs, as every kind of file has them. */
const paragraphBreak = fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n \n', '\n\n\n\n', '\r\n\n', '\n\t\n');

/** Adversarial text: paragraphs of any script with NULs, bidi controls and mixed line ends, or any string. */
export const adversarialText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(paragraph, paragraphBreak), { maxLength: 8 }).map(joinPairs) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
);

function joinPairs(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([p, s]) => p + s).join('');
}

/** How a text file's bytes are encoded. */
export type TextEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16be with BOM';

/** The bytes of a text in an encoding. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8 with BOM') return new TextEncoder().encode(`\ufeff${text}`);
  const littleEndian = encoding === 'utf-16le with BOM';
  const units = `\ufeff${text}`;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

/** An encoding. */
export const textEncoding: fc.Arbitrary<TextEncoding> = fc.constantFrom(
  'utf-8',
  'utf-8 with BOM',
  'utf-16le with BOM',
  'utf-16be with BOM',
);

/** Any bytes: random, or adversarial text in any encoding. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.tuple(adversarialText, textEncoding).map(([text, encoding]) => encodeText(text, encoding)),
);

// Printable characters of any script, without the line and paragraph separators that would split a paragraph.
const lineChar = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
  .filter((c) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(c));

/** Paragraphs of one line each (any script and emoji, no control characters), at least one with a letter. */
export const lineParagraphs: fc.Arbitrary<string[]> = fc.array(
  fc
    .array(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: lineChar }),
      {
        minLength: 1,
        maxLength: 20,
      },
    )
    .map((words) => words.join(' ')),
  { minLength: 1, maxLength: 8 },
);

/** What is done to a paragraph of the first statement to make the second. */
type ParagraphEdit = 'keep' | 'reword' | 'drop' | 'move' | 'split' | 'merge' | 'insert';

/**
 * Two related statement texts: real-looking paragraphs (from a seed), and the same with word-level edits,
 * paragraphs dropped, moved, split, merged and inserted, and a heading and salutation around the body.
 */
export const perturbedPair: fc.Arbitrary<readonly [string, string]> = fc
  .tuple(
    fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    fc.integer({ min: 1, max: 8 }),
    fc.array(
      fc.constantFrom<ParagraphEdit>('keep', 'keep', 'reword', 'drop', 'move', 'split', 'merge', 'insert'),
      {
        minLength: 8,
        maxLength: 8,
      },
    ),
    fc.double({ min: 0, max: 0.6, noNaN: true }),
  )
  .map(([seed, count, edits, rate]) => {
    const random = createRandom(seed);
    const reference = Array.from({ length: count }, () => randomParagraph(random));
    let other: string[] = [];
    reference.forEach((p, i) => {
      switch (edits[i] ?? 'keep') {
        case 'keep':
          other.push(p);
          break;
        case 'reword':
          other.push(editWords(random, p, rate));
          break;
        case 'drop':
          break;
        case 'move':
          other.splice(random.int(other.length + 1), 0, p);
          break;
        case 'split': {
          const cut = p.indexOf('. ');
          if (cut > 0) other.push(p.slice(0, cut + 1), p.slice(cut + 2));
          else other.push(p);
          break;
        }
        case 'merge':
          if (other.length) other[other.length - 1] = `${other[other.length - 1] as string} ${p}`;
          else other.push(p);
          break;
        case 'insert':
          other.push(randomParagraph(random), p);
          break;
      }
    });
    if (other.length === 0) other = [randomParagraph(random)];
    const frame = (body: string[], year: number) =>
      [`Sample statement of a test coalition, ${year}`, 'Dear participants,', ...body, 'Thank you.'].join(
        '\n\n',
      );
    return [frame(reference, 2019), frame(other, 2023)] as const;
  });
