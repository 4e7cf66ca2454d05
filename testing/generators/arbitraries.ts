/** fast-check arbitraries for property tests of the comparison: wordy text, hostile text, statements. */
import fc from 'fast-check';
import type { BlockRole, Statement } from '../../shared/statements/model';
import { makeStatement, type BlockSpec } from './make-statement';

const VOCABULARY = [
  'the',
  'of',
  'and',
  'to',
  'a',
  'in',
  'KP',
  'Kimberley',
  'Process',
  'diamonds',
  'civil',
  'society',
  'communities',
  'reform',
  'scope',
  'secretariat',
  'peer',
  'review',
  'CAR',
  'exports',
  'monitoring',
  'torture',
  'abuse',
  'security',
  'forces',
  'we',
  'will',
  'continue',
  'don’t',
  "it's",
  '3-year',
  '2019',
  'État',
  'naïve',
  '钻石',
  'ダイヤ',
  'مجتمع',
  '😀',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '; ', ' – ', '\n', '  ', '\t', ' (', ') ', '"', '\r\n'];

/** Text made of a small mixed vocabulary and separators, so two draws share words and diffs are interesting. */
export const wordyText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((pairs) => pairs.map(([w, s]) => w + s).join(''));

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any text: arbitrary code points, control characters, lone surrogates, or wordy text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  wordyText,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), loneSurrogate),
    maxLength: 30,
  }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A wordy text and an edited copy of it (words replaced, dropped, inserted). */
export const editedPair: fc.Arbitrary<[string, string]> = fc
  .tuple(
    fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 40 }),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('replace', 'drop', 'insert'), fc.constantFrom(...VOCABULARY)),
      {
        maxLength: 12,
      },
    ),
  )
  .map(([words, edits]) => {
    const edited = [...words];
    for (const [at, op, word] of edits) {
      const i = at % (edited.length + 1);
      if (op === 'insert') edited.splice(i, 0, word);
      else if (i < edited.length) {
        if (op === 'replace') edited[i] = word;
        else edited.splice(i, 1);
      }
    }
    return [words.join(' '), edited.join(' ')];
  });

const ROLES: readonly BlockRole[] = [
  'body',
  'body',
  'body',
  'body',
  'title',
  'salutation',
  'heading',
  'signature',
  'note',
  'boilerplate',
];

/** Statements of up to 10 blocks with mixed roles and any text. */
export const anyStatement: fc.Arbitrary<Statement> = fc
  .array(fc.tuple(fc.constantFrom(...ROLES), fc.oneof(wordyText, anyText)), { maxLength: 10 })
  .map((blocks) => makeStatement(blocks.map(([role, text]): BlockSpec => ({ role, text }))));

/** Two statements that share paragraphs: the second is the first with paragraphs dropped, edited, reordered, added. */
export const relatedStatements: fc.Arbitrary<[Statement, Statement]> = fc
  .tuple(
    fc.array(wordyText, { minLength: 1, maxLength: 8 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'edit', 'move', 'add', 'dup'), wordyText), {
      maxLength: 6,
    }),
  )
  .map(([paragraphs, ops]) => {
    const other = [...paragraphs];
    for (const [at, op, text] of ops) {
      const i = at % Math.max(1, other.length);
      switch (op) {
        case 'drop':
          other.splice(i, 1);
          break;
        case 'edit':
          if (other[i] !== undefined) other[i] = `${other[i]} ${text}`;
          break;
        case 'move': {
          const [moved] = other.splice(i, 1);
          if (moved !== undefined) other.splice(at % (other.length + 1), 0, moved);
          break;
        }
        case 'add':
          other.splice(i, 0, text);
          break;
        case 'dup':
          if (other[i] !== undefined) other.splice(i, 0, other[i] as string);
          break;
      }
    }
    return [makeStatement(paragraphs), makeStatement(other)];
  });
