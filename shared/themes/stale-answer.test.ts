import { describe, expect, it } from 'vitest';
import type { StatementMetadata } from '../statements/model';
import type { ThemeStatement } from './model';
import { answerChanges, describeChanges, worthShowingStale, type AnswerChanges } from './stale-answer';

const metadata = (year: number, city = 'Testville'): StatementMetadata => ({
  year,
  date: null,
  city,
  country: null,
  meeting: null,
  kind: null,
  organisation: null,
  speaker: null,
});

/** A statement as the window asks for it (a summary's fields the key covers). */
const asked = (id: string, year: number, title = `Statement ${id}`, city = 'Testville') => ({
  id,
  title,
  sample: false,
  metadata: metadata(year, city),
});

/** The same statement as a kept answer lists it. */
const keptColumn = (
  id: string,
  year: number,
  title = `Statement ${id}`,
  city = 'Testville',
): ThemeStatement => ({
  id,
  title,
  sample: false,
  year,
  city,
  meeting: null,
  kind: null,
  words: 1500,
});

const kept = {
  statements: [keptColumn('a', 2019), keptColumn('b', 2021), keptColumn('c', 2023)],
  reference: 'a',
  themes: [
    { id: 'user:u1', label: 'Traceability', source: 'user' as const },
    { id: 'lexicon:kp', label: 'Kimberley Process', source: 'lexicon' as const },
  ],
};
const userThemes = [{ id: 'u1', label: 'Traceability', terms: ['traceability'] }];
const none: AnswerChanges = {
  added: 0,
  removed: 0,
  edited: 0,
  covered: 3,
  referenceChanged: false,
  userThemesChanged: false,
};

describe('a kept themes answer against the library asked for now', () => {
  it('differs in nothing when the same statements, reference and user themes are asked for', () => {
    const now = [asked('a', 2019), asked('b', 2021), asked('c', 2023)];
    expect(answerChanges(kept, { statements: now, reference: 'a', userThemes })).toEqual(none);
  });

  it('counts a statement added, one removed, one whose title or place changed, a new reference, changed user themes', () => {
    const added = [asked('a', 2019), asked('b', 2021), asked('c', 2023), asked('d', 2025)];
    expect(answerChanges(kept, { statements: added, reference: 'a', userThemes })).toEqual({
      ...none,
      added: 1,
    });
    const removed = [asked('a', 2019), asked('c', 2023)];
    expect(answerChanges(kept, { statements: removed, reference: 'a', userThemes })).toEqual({
      ...none,
      removed: 1,
      covered: 2,
    });
    const edited = [
      asked('a', 2019),
      asked('b', 2021, 'Renamed'),
      asked('c', 2023, 'Statement c', 'Gaborone'),
    ];
    expect(answerChanges(kept, { statements: edited, reference: 'b', userThemes: [] })).toEqual({
      ...none,
      edited: 2,
      referenceChanged: true,
      userThemesChanged: true,
    });
    const relabelled = [{ id: 'u1', label: 'Tracing', terms: ['traceability'] }];
    const same = [asked('a', 2019), asked('b', 2021), asked('c', 2023)];
    expect(answerChanges(kept, { statements: same, reference: 'a', userThemes: relabelled })).toEqual({
      ...none,
      userThemesChanged: true,
    });
  });

  it('is worth showing out of date only when it covers at least half the statements asked for', () => {
    expect(worthShowingStale({ ...none, added: 1 })).toBe(true);
    expect(worthShowingStale({ ...none, covered: 2, added: 2 })).toBe(true);
    expect(worthShowingStale({ ...none, covered: 2, added: 3 })).toBe(false);
    expect(worthShowingStale({ ...none, covered: 0, added: 3, removed: 3 })).toBe(false);
    expect(worthShowingStale({ ...none, covered: 1, removed: 40 })).toBe(true);
  });

  it('says what changed in words', () => {
    expect(describeChanges({ ...none, added: 1 })).toBe('1 new statement');
    expect(describeChanges({ ...none, added: 1200 })).toBe('1,200 new statements');
    expect(describeChanges({ ...none, removed: 2, edited: 1 })).toBe(
      '2 statements removed and 1 statement edited',
    );
    expect(describeChanges({ ...none, added: 1, referenceChanged: true, userThemesChanged: true })).toBe(
      '1 new statement, a new reference and your themes changed',
    );
    expect(describeChanges(none)).toBe('changes to the library');
  });
});
