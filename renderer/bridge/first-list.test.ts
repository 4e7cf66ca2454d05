import { describe, expect, it } from 'vitest';
import type { PlenaryBridge } from '../../shared/ipc/contract';
import { withFirstList, type LibraryListAnswer } from './first-list';

type Snapshot = Awaited<LibraryListAnswer>;

/** A bridge whose lists are numbered by the calls that made them. */
function countingBridge(): { bridge: PlenaryBridge; calls: () => number } {
  let calls = 0;
  const bridge = {
    'library:list': async () => ({ statements: [], call: ++calls }) as unknown as Snapshot,
  } as unknown as PlenaryBridge;
  return { bridge, calls: () => calls };
}

describe('withFirstList', () => {
  it('answers the first list with the one already asked for, and asks the backend for every later one', async () => {
    const { bridge, calls } = countingBridge();
    const early = bridge['library:list']();
    const wrapped = withFirstList(bridge, early);
    expect(wrapped['library:list']()).toBe(early);
    expect(calls()).toBe(1);
    await expect(wrapped['library:list']()).resolves.toMatchObject({ call: 2 });
    await expect(wrapped['library:list']()).resolves.toMatchObject({ call: 3 });
  });

  it('asks the backend itself when nothing was asked early', async () => {
    const { bridge, calls } = countingBridge();
    await expect(withFirstList(bridge, null)['library:list']()).resolves.toMatchObject({ call: 1 });
    expect(calls()).toBe(1);
  });

  it('passes the early list’s failure to whoever takes it, the next list asked afresh', async () => {
    const { bridge } = countingBridge();
    const wrapped = withFirstList(bridge, Promise.reject(new Error('the server stopped')));
    await expect(wrapped['library:list']()).rejects.toThrow('the server stopped');
    await expect(wrapped['library:list']()).resolves.toMatchObject({ call: 1 });
  });
});
