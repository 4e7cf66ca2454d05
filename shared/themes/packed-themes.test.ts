import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatementsIn } from '../../testing/generators/load-statement';
import type { Statement } from '../statements/model';
import type { Themes } from './model';
import { packedBuffers, packThemes, unpackThemes } from './packed-themes';
import { packedThemes, themes } from './themes';

// The bundled reference and samples, and the fictional statements of the echo truth set.
const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = ['resources/corpus/', 'resources/corpus/samples/', 'testing/echo-truth/'];

let statements: Statement[];
let result: Themes;
beforeAll(async () => {
  statements = await loadStatementsIn(folders.map((folder) => `${root}${folder}`));
  result = themes(statements, { reference: statements[0] });
});

describe('packed themes', () => {
  it('come back equal after crossing to another thread, occurrences and names included, in the same JSON', () => {
    const packed = packThemes(result);
    const buffers = packedBuffers(packed);
    const crossed = structuredClone(packed, { transfer: buffers });
    // Transferred, not copied: the sender's arrays are emptied.
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
    const back = unpackThemes(crossed);
    expect(JSON.stringify(back)).toBe(JSON.stringify(result));
    expect(back).toEqual(result);
    expect(result.themes.reduce((n, t) => n + t.occurrences.length, 0)).toBeGreaterThan(100);
    expect(result.names.some((n) => n.occurrences.length > 0)).toBe(true);
  });

  it('are laid out by packedThemes as packThemes lays out themes(): the same columns and block ids, in order', () => {
    const direct = packedThemes(statements, { reference: statements[0] });
    expect(direct).toEqual(packThemes(result));
    expect(direct.blockIds.length).toBeGreaterThan(10);
    expect(JSON.stringify(unpackThemes(direct))).toBe(JSON.stringify(result));
  });

  it('make each occurrence list once, when it is first read', () => {
    const back = unpackThemes(structuredClone(packThemes(result)));
    const theme = back.themes[0];
    expect(theme?.occurrences).toBe(theme?.occurrences);
    expect(theme?.occurrences).toEqual(result.themes[0]?.occurrences);
  });

  it('refuse an occurrence of a statement the themes do not list', () => {
    const [first] = result.themes;
    if (!first) throw new Error('no theme');
    const stray = {
      ...result,
      themes: [{ ...first, occurrences: [{ statement: 'elsewhere', block: 'b1', start: 0, end: 3 }] }],
    };
    expect(() => packThemes(stray)).toThrow(/statement elsewhere/);
  });
});
