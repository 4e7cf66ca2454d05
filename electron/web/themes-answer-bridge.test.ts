import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packThemes, unpackThemes } from '../../shared/themes/packed-themes';
import { themesAnswerKey } from '../../shared/themes/stored-answer';
import { themes } from '../../shared/themes/themes';
import { createHttpBridge } from '../../renderer/bridge/http-bridge';
import { createThemesAnswerStore } from '../../renderer/themes/themes-answers';
import { derivedLibrary, useTestLibrary } from '../../testing/backend/test-library';
import { startWebServer } from './start-web-server';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = resolve(here, '../../resources/corpus');
const testLibrary = useTestLibrary('plenary-themes-answer-bridge-');

/** The window's kept-answer store over the real HTTP bridge to `server`, its requests counted by channel. */
function windowOn(server: { port: number; token: string }) {
  const asked: string[] = [];
  const bridge = createHttpBridge(server.token, (url, init) => {
    asked.push(String(url).replace(/^.*\/api\/call\//, ''));
    return fetch(`http://127.0.0.1:${server.port}${String(url)}`, init);
  });
  const count = (channel: string) => asked.filter((c) => c === channel).length;
  return { answers: createThemesAnswerStore(bridge), count };
}

describe('the themes kept in the library folder, through the HTTP bridge after a restart', () => {
  it('asked ahead, then by the themes view while on their way and once shown, are fetched once', async () => {
    const { dir, statements, reference } = await derivedLibrary(testLibrary, 91, 3);
    const staticDir = await testLibrary.tempDir();
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Plenary Diff</title>');
    const start = () => startWebServer({ port: 0, dataDir: dir, staticDir, corpusDir, version: '9.9.9' });
    // Keys as the window makes them (any content hash will do here).
    const summaries = statements.map((s) => ({ ...s, hash: s.id }));
    const input = { statements: summaries, reference: reference.id, userThemes: [] };
    const key = themesAnswerKey('test', input);
    const otherKey = themesAnswerKey('test', { ...input, statements: summaries.slice(0, -1) });
    const found = packThemes(themes(statements, { reference: reference.id }));
    let server = await start();
    try {
      await windowOn(server).answers.save(key, found);
      // A restart: a new server on the folder, a new window.
      await server.close();
      server = await start();
      const { answers, count } = windowOn(server);
      const ahead = answers.get(key);
      const [first, whileOnItsWay] = await Promise.all([ahead, answers.get(key)]);
      expect(JSON.stringify(unpackThemes(whileOnItsWay!))).toBe(JSON.stringify(unpackThemes(found)));
      expect(await answers.get(key)).toBe(first);
      expect(count('analysis:themes-answer')).toBe(1);
      // Another key (the library changed since): asked anew, and never given the answer asked ahead.
      expect(await answers.get(otherKey)).toBeNull();
      expect(count('analysis:themes-answer')).toBe(2);
      expect(count('analysis:last-themes-answer')).toBe(0);
    } finally {
      await server.close();
    }
  });
});
