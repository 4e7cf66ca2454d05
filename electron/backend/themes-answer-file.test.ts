import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/statements/model';
import { blocksHashInput } from '../../shared/statements/summary';
import { sha256OfText } from '../../shared/statements/hash';
import { packThemes, unpackThemes } from '../../shared/themes/packed-themes';
import { themesAnswerKey } from '../../shared/themes/stored-answer';
import { themes } from '../../shared/themes/themes';
import { createThemesAnswerStore } from '../../renderer/themes/themes-answers';
import { checkedHandlers } from '../../testing/backend/checked-handlers';
import { derivedLibrary, useTestLibrary } from '../../testing/backend/test-library';
import { createHandlers } from './handlers';
import { THEMES_ANSWER_FILE } from './themes-answer-file';

const testLibrary = useTestLibrary('plenary-themes-answer-');

/** A library folder of statements derived from the 2019 reference, and the statements. */
const library = (count: number) => derivedLibrary(testLibrary, 57, count);

/** The key of the themes of `statements` (as the window works it out from their summaries). */
function keyOf(statements: readonly Statement[], reference: string, version = 'build-test') {
  return themesAnswerKey(version, {
    statements: statements.map((s) => ({ ...s, hash: sha256OfText(blocksHashInput(s)) })),
    reference,
    userThemes: [],
  });
}

/** A window over the folder (handlers as a restart opens them), asking through the channels' argument checks. */
async function window(dir: string) {
  return createThemesAnswerStore(
    checkedHandlers(createHandlers(await testLibrary.openStore(dir), { mode: 'web', version: 'test' })),
  );
}

describe('the themes answer in the library folder', () => {
  it('is shown by the next window under the same key, byte for byte the same themes; under another key not at all', async () => {
    const { dir, statements, reference } = await library(6);
    const found = themes(statements, { reference: reference.id });
    const key = keyOf(statements, reference.id);
    await (await window(dir)).save(key, packThemes(found));

    const kept = await (await window(dir)).get(key);
    expect(kept).not.toBeNull();
    expect(JSON.stringify(unpackThemes(kept!))).toBe(JSON.stringify(found));

    // A statement fewer, another reference, another build: other keys, nothing given.
    const other = await window(dir);
    expect(await other.get(keyOf(statements.slice(0, -1), reference.id))).toBeNull();
    expect(await other.get(keyOf(statements, statements[1]!.id))).toBeNull();
    expect(await other.get(keyOf(statements, reference.id, 'build-other'))).toBeNull();
    // The next answer saved takes its place.
    const fewer = statements.slice(0, -1);
    await other.save(keyOf(fewer, reference.id), packThemes(themes(fewer, { reference: reference.id })));
    expect(await (await window(dir)).get(key)).toBeNull();
    expect(await (await window(dir)).get(keyOf(fewer, reference.id))).not.toBeNull();
  });

  it('gives nothing when damaged, cut short or foreign, and is replaced by the next save', async () => {
    const { dir, statements, reference } = await library(3);
    const found = packThemes(themes(statements, { reference: reference.id }));
    const key = keyOf(statements, reference.id);
    const path = join(dir, THEMES_ANSWER_FILE);
    await (await window(dir)).save(key, found);
    const whole = new Uint8Array(await readFile(path));

    // One byte changed in the occurrences (the last bytes of the file): the checksum tells.
    const flipped = whole.slice();
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0x10;
    await writeFile(path, flipped);
    expect(await (await window(dir)).get(key)).toBeNull();

    // Cut short (a copy that stopped half-way).
    await writeFile(path, whole);
    await truncate(path, (await stat(path)).size - 8);
    expect(await (await window(dir)).get(key)).toBeNull();

    // Not an answer at all.
    await writeFile(path, 'not a themes answer');
    expect(await (await window(dir)).get(key)).toBeNull();

    await (await window(dir)).save(key, found);
    expect(new Uint8Array(await readFile(path))).toEqual(whole);
    expect(await (await window(dir)).get(key)).not.toBeNull();
  });

  it("gives the last answer kept whatever its key, for a changed library to show out of date, this window's own first", async () => {
    const { dir, statements, reference } = await library(4);
    const fewer = statements.slice(0, -1);
    const found = themes(fewer, { reference: reference.id });
    const keptKey = keyOf(fewer, reference.id);
    await (await window(dir)).save(keptKey, packThemes(found));

    // A restart with one statement more: no answer under the new key, the one kept as the last.
    const next = await window(dir);
    expect(await next.get(keyOf(statements, reference.id))).toBeNull();
    const last = await next.latest();
    expect(last?.key).toBe(keptKey);
    expect(JSON.stringify(unpackThemes(last!.themes))).toBe(JSON.stringify(found));

    // An answer this window worked out (noted before it is kept) comes before the folder's.
    const mine = packThemes(themes(statements, { reference: reference.id }));
    next.remember(keyOf(statements, reference.id), mine);
    expect((await next.latest())?.key).toBe(keyOf(statements, reference.id));

    // Damaged: no last answer (the themes are then worked out with nothing shown meanwhile).
    const path = join(dir, THEMES_ANSWER_FILE);
    const whole = new Uint8Array(await readFile(path));
    whole[whole.length - 3] = (whole[whole.length - 3] as number) ^ 0x10;
    await writeFile(path, whole);
    expect(await (await window(dir)).latest()).toBeNull();
    await writeFile(path, 'not a themes answer');
    expect(await (await window(dir)).latest()).toBeNull();
  });

  it('reads the file once for a key it does not keep: the last answer comes with that read, not with a second', async () => {
    const { dir, statements, reference } = await library(3);
    const fewer = statements.slice(0, -1);
    const keptKey = keyOf(fewer, reference.id);
    await (await window(dir)).save(keptKey, packThemes(themes(fewer, { reference: reference.id })));
    const handlers = checkedHandlers(
      createHandlers(await testLibrary.openStore(dir), { mode: 'web', version: 'test' }),
    );
    // Each ask of these channels is one read of the 12 MB file (at 3,000 statements).
    const asks: string[] = [];
    const store = createThemesAnswerStore({
      'analysis:themes-answer': (key, orLast) => (
        asks.push('answer'),
        handlers['analysis:themes-answer'](key, orLast)
      ),
      'analysis:save-themes-answer': handlers['analysis:save-themes-answer'],
      'analysis:last-themes-answer': () => (asks.push('last'), handlers['analysis:last-themes-answer']()),
    });
    // A restart with one statement more: nothing under its key, the last answer shown out of date meanwhile.
    expect(await store.get(keyOf(statements, reference.id))).toBeNull();
    expect((await store.latest())?.key).toBe(keptKey);
    expect(asks).toEqual(['answer']);
  });

  it('refuses to keep bytes that are not an answer under the key given, and keys that are not a hash', async () => {
    const { dir, statements, reference } = await library(2);
    const handlers = checkedHandlers(
      createHandlers(await testLibrary.openStore(dir), { mode: 'web', version: 'test' }),
    );
    const key = keyOf(statements, reference.id);
    await expect(
      handlers['analysis:save-themes-answer'](key, new TextEncoder().encode('PDTA')),
    ).rejects.toThrow('Not a themes answer');
    const otherKey = keyOf(statements.slice(0, 1), reference.id);
    const store = createThemesAnswerStore({
      'analysis:themes-answer': handlers['analysis:themes-answer'],
      // Saved under another key than the one the bytes carry.
      'analysis:save-themes-answer': (_key, bytes) =>
        handlers['analysis:save-themes-answer'](otherKey, bytes),
      'analysis:last-themes-answer': handlers['analysis:last-themes-answer'],
    });
    await store.save(key, packThemes(themes(statements, { reference: reference.id })));
    expect(await store.get(key)).toBeNull();
    await expect(handlers['analysis:themes-answer']('../index.json', false)).rejects.toThrow(/sha256/);
  });
});
