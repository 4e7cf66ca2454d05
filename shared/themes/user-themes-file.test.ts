import { describe, expect, it } from 'vitest';
import { parseUserThemes } from './user-themes-file';

describe('parseUserThemes', () => {
  it('reads labels and terms, trimmed, with ids made from labels and unique', () => {
    const result = parseUserThemes([
      { label: ' Lab-grown diamonds ', terms: [' synthetics ', 'lab-grown'] },
      { label: 'Lab-grown diamonds', terms: ['laboratory'] },
      { id: 'mine', label: 'Mine', terms: ['x'] },
    ]);
    expect(result).toEqual({
      ok: true,
      themes: [
        { id: 'lab-grown-diamonds', label: 'Lab-grown diamonds', terms: ['synthetics', 'lab-grown'] },
        { id: 'lab-grown-diamonds-2', label: 'Lab-grown diamonds', terms: ['laboratory'] },
        { id: 'mine', label: 'Mine', terms: ['x'] },
      ],
    });
  });

  it('says what is wrong and where', () => {
    const reason = (data: unknown) => {
      const result = parseUserThemes(data);
      return result.ok ? '' : result.reason;
    };
    expect(reason({ label: 'x', terms: ['y'] })).toMatch(/^not a list of themes/);
    expect(reason([{ label: 'x' }])).toMatch(/at 0\.terms/);
    expect(reason([{ label: 'x', terms: [] }])).toMatch(/at 0\.terms: a theme has no terms/);
    expect(reason([{ label: '  ', terms: ['y'] }])).toMatch(/at 0\.label: a label is empty/);
    expect(reason([{ label: 'x', terms: ['y', ' '] }])).toMatch(/at 0\.terms\.1: a term is empty/);
    expect(reason([{ label: 'x', terms: [42] }])).toMatch(/at 0\.terms\.0/);
  });

  it('accepts an empty list', () => {
    expect(parseUserThemes([])).toEqual({ ok: true, themes: [] });
  });
});
