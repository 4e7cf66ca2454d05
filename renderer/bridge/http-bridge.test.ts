import { describe, expect, it } from 'vitest';
import type { ImportFile } from '../../shared/statements/model';
import { fromWire, toWire } from '../../shared/ipc/wire';
import { createHttpBridge, TokenRefusedError } from './http-bridge';
import { takeToken } from './token';

interface Seen {
  url: string;
  authorization: string | null;
  args: unknown;
}

// A server speaking the browser-mode protocol: it answers what it received, so the test sees the wire both ways.
function echoServer(seen: Seen[], status = 200): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    const body = fromWire(String(init?.body)) as { args: unknown[] };
    seen.push({ url: String(input), authorization: headers.get('Authorization'), args: body.args });
    if (status !== 200) return new Response('Forbidden', { status });
    return new Response(toWire({ ok: true, value: body.args }), { status: 200 });
  };
}

describe('createHttpBridge', () => {
  it('posts the arguments to /api/call/<channel> with the bearer token, bytes included', async () => {
    const seen: Seen[] = [];
    const bridge = createHttpBridge('abc123', echoServer(seen));
    const file: ImportFile = { name: 'a.txt', bytes: new Uint8Array([0, 1, 2, 250]) };
    const answer = (await bridge['library:import']([file])) as unknown as [ImportFile[]];
    expect(seen[0]?.url).toBe('/api/call/library:import');
    expect(seen[0]?.authorization).toBe('Bearer abc123');
    expect(answer[0]?.[0]?.bytes).toEqual(file.bytes);
  });

  it('turns an error answer into a thrown error with its message, and 403 into TokenRefusedError', async () => {
    const failing: typeof fetch = async () =>
      new Response(JSON.stringify({ ok: false, error: 'no such statement' }));
    await expect(createHttpBridge('t', failing)['library:remove']('x')).rejects.toThrow('no such statement');
    await expect(createHttpBridge('t', echoServer([], 403))['library:list']()).rejects.toBeInstanceOf(
      TokenRefusedError,
    );
  });

  it('has a menu subscription that does nothing in a browser', () => {
    const unsubscribe = createHttpBridge('t', echoServer([])).onMenu(() => {
      throw new Error('never called');
    });
    expect(unsubscribe()).toBeUndefined();
  });
});

describe('takeToken', () => {
  function places(hash: string) {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    return {
      stored,
      replaced,
      places: {
        location: { hash, pathname: '/', search: '' },
        history: {
          state: null,
          replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
            void replaced.push(String(url)),
        },
        storage: {
          getItem: (k: string) => stored.get(k) ?? null,
          setItem: (k: string, v: string) => void stored.set(k, v),
        },
      },
    };
  }

  it('reads the fragment, keeps the token for reloads and clears it from the address', () => {
    const first = places('#token=00ff');
    expect(takeToken(first.places)).toBe('00ff');
    expect(first.replaced).toEqual(['/']);
    const reload = places('');
    reload.stored.set(...([...first.stored.entries()][0] as [string, string]));
    expect(takeToken(reload.places)).toBe('00ff');
    expect(reload.replaced).toEqual([]);
    expect(takeToken(places('#other=1').places)).toBeNull();
  });

  it('takes the token out of a deep link and leaves the location in the address, wherever the token stands', () => {
    const first = places('#token=abc123&view=themes&cell=car&in=s1');
    expect(takeToken(first.places)).toBe('abc123');
    expect(first.replaced).toEqual(['/#view=themes&cell=car&in=s1']);
    const last = places('#view=compare&other=s2&token=0A');
    expect(takeToken(last.places)).toBe('0A');
    expect(last.replaced).toEqual(['/#view=compare&other=s2']);
    // A token that is not hex is no token, and the hash is left alone.
    const bad = places('#token=zz&view=search');
    expect(takeToken(bad.places)).toBeNull();
    expect(bad.replaced).toEqual([]);
  });
});
