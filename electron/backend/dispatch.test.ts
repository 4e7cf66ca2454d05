import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { dispatchCall, isChannel } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { CHANNEL_ARGS } from './schemas';
import { useTestLibrary } from '../../testing/backend/test-library';

const { tempDir, openStore } = useTestLibrary('plenary-dispatch-');

async function handlers(): Promise<Handlers> {
  return createHandlers(await openStore(await tempDir()), { mode: 'electron', version: '0.1.0' });
}

const TEXT =
  'Closing statement\n\nDear Chair,\n\nThe Coalition calls for a wider definition of conflict diamonds.';

describe('schemas', () => {
  it('has an argument schema for exactly the contract’s channels', () => {
    expect(Object.keys(CHANNEL_ARGS).sort()).toEqual([...CHANNELS].sort());
    for (const name of CHANNELS) expect(isChannel(name)).toBe(true);
    expect(isChannel('library:delete-everything')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
  });
});

describe('dispatchCall', () => {
  it('calls the handler with validated arguments', async () => {
    const h = await handlers();
    const outcome = await dispatchCall(h, 'library:paste', [TEXT, 'A title']);
    expect(outcome.kind).toBe('ok');
    expect((await h['library:list']()).statements.map((s) => s.title)).toEqual(['A title']);
    expect(await dispatchCall(h, 'app:info', [])).toEqual({
      kind: 'ok',
      value: { version: '0.1.0', mode: 'electron' },
    });
  });

  it('refuses an unknown channel', async () => {
    expect(await dispatchCall(await handlers(), 'shell:exec', ['rm -rf /'])).toEqual({
      kind: 'unknown-channel',
      error: 'Unknown channel: shell:exec',
    });
  });

  it.each([
    ['library:import', [[{ name: 'a.txt', bytes: 'not bytes' }]]],
    ['library:import', [[{ name: '', bytes: new Uint8Array([65]) }]]],
    ['library:import', ['a.txt']],
    ['library:import', []],
    ['library:import', [[], 42]],
    ['library:import', [[], '']],
    ['library:cancel-import', [null]],
    ['library:cancel-import', ['t'.repeat(101)]],
    ['library:paste', [42, null]],
    ['library:paste', ['text']],
    ['library:remove', [{ id: 'x' }]],
    ['library:remove', ['']],
    ['library:set-samples-hidden', ['yes']],
    ['library:set-navigation', ['view=compare']],
    ['library:set-navigation', ['#view=compare\u0000']],
    ['library:update-metadata', ['id', { title: '   ' }]],
    ['library:update-metadata', ['id', { metadata: { year: 'twenty' } }]],
    ['library:update-metadata', ['id', { metadata: { date: '2024-02-31' } }]],
    ['library:update-metadata', ['id', { metadata: { kind: 'speech' } }]],
    ['library:update-metadata', ['id', { metadata: { sha256: 'x' } }]],
    ['library:update-metadata', ['id', { sample: true }]],
    ['library:restore', [{ id: 'x', title: 't' }]],
    ['themes:save-user', [[{ id: 't', label: '', terms: [] }]]],
    ['app:info', ['extra']],
    ['library:list', null],
    ['library:get', []],
    ['library:get', [[]]],
    ['library:get', ['one-id']],
    ['library:get', [['']]],
    ['library:get', [[42]]],
    ['library:get', [Array.from({ length: 1001 }, (_, n) => `id-${n}`)]],
  ])('refuses invalid arguments for %s %j with a message, changing nothing', async (channel, args) => {
    const h = await handlers();
    await h['library:paste'](TEXT, 'Existing');
    const before = await h['library:list']();
    const outcome = await dispatchCall(h, channel, args);
    expect(outcome.kind).toBe('invalid-args');
    if (outcome.kind === 'invalid-args')
      expect(outcome.error).toMatch(new RegExp(`^Invalid arguments for ${channel}: .+`));
    expect(await h['library:list']()).toEqual(before);
  });

  it('answers library:get with the full statements asked for, and fails naming an id not in the library', async () => {
    const h = await handlers();
    const pasted = await h['library:paste'](TEXT, 'Asked for');
    const id = pasted.ok ? pasted.statement.id : '';
    const outcome = await dispatchCall(h, 'library:get', [[id]]);
    expect(outcome).toEqual({ kind: 'ok', value: [pasted.ok ? pasted.statement : null] });
    expect(await dispatchCall(h, 'library:get', [[id, 'gone']])).toEqual({
      kind: 'failed',
      error: 'No statement with id gone is in the library; it may have been removed.',
    });
  });

  it('turns a handler failure into a message', async () => {
    const outcome = await dispatchCall(await handlers(), 'library:update-metadata', [
      'missing',
      { title: 'x' },
    ]);
    expect(outcome).toEqual({
      kind: 'failed',
      error: 'No statement with id missing is in the library; it may have been removed.',
    });
  });

  it('accepts a valid metadata patch and clears a field with null', async () => {
    const h = await handlers();
    const pasted = await h['library:paste'](TEXT, null);
    const id = pasted.ok ? pasted.statement.id : '';
    const outcome = await dispatchCall(h, 'library:update-metadata', [
      id,
      { title: '  Trimmed  ', metadata: { date: '2024-11-08', city: null, meeting: 'plenary' } },
    ]);
    expect(outcome.kind).toBe('ok');
    const stored = (await h['library:list']()).statements[0]!;
    expect(stored.title).toBe('Trimmed');
    expect(stored.metadata).toMatchObject({ date: '2024-11-08', city: null, meeting: 'plenary' });
  });
});
