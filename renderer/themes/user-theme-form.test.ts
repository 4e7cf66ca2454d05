import { describe, expect, it } from 'vitest';
import { checkUserTheme, parseTerms, termsText } from './user-theme-form';

describe('parseTerms', () => {
  it('splits at commas, semicolons and new lines, trims, and keeps each term once', () => {
    expect(parseTerms(' due diligence,\nsupply   chain ;;\r\nDue Diligence\n, ')).toEqual([
      'due diligence',
      'supply chain',
    ]);
  });
});

describe('checkUserTheme', () => {
  const existing = [{ id: 'traceability-1', label: 'Traceability', terms: ['traceability'] }];

  it('makes a theme with an id from the label', () => {
    const check = checkUserTheme(
      { label: '  Due   diligence ', terms: 'due diligence, OECD guidance' },
      existing,
      null,
      () => 36 ** 3,
    );
    expect(check).toEqual({
      ok: true,
      theme: { id: 'due-diligence-1000', label: 'Due diligence', terms: ['due diligence', 'OECD guidance'] },
    });
  });

  it('asks for a label and at least one term', () => {
    expect(checkUserTheme({ label: ' ', terms: ' , \n' }, existing, null)).toEqual({
      ok: false,
      label: 'Give the theme a label.',
      terms: 'Add at least one term, e.g. “due diligence”.',
    });
  });

  it('refuses a second theme with the same label, but lets a theme keep its own', () => {
    const twin = checkUserTheme({ label: 'traceability', terms: 'tracing' }, existing, null);
    expect(twin.ok).toBe(false);
    expect(!twin.ok && twin.label).toMatch(/already have a theme called/);
    const edit = checkUserTheme(
      { label: 'Traceability', terms: termsText(existing[0]!) + '\nchain of custody' },
      existing,
      'traceability-1',
    );
    expect(edit).toEqual({
      ok: true,
      theme: { id: 'traceability-1', label: 'Traceability', terms: ['traceability', 'chain of custody'] },
    });
  });

  it('keeps within the library limits', () => {
    const long = checkUserTheme({ label: 'x'.repeat(201), terms: 'y'.repeat(201) }, [], null);
    expect(long).toMatchObject({
      ok: false,
      label: expect.stringMatching(/under 200/),
      terms: expect.stringMatching(/too long/),
    });
  });
});
