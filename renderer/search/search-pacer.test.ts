import { describe, expect, it } from 'vitest';
import { createSearchPacer } from './search-pacer';

/** A task that records when it starts and ends only when `finish` is called. */
function controlled(log: string[], name: string) {
  let finish: () => void = () => undefined;
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<void>((resolve) => {
      finish = () => {
        log.push(`end ${name}`);
        resolve();
      };
    });
  };
  return { task, finish: () => finish() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSearchPacer', () => {
  it('sends a search at once when none is running (no fixed wait)', () => {
    const log: string[] = [];
    const pacer = createSearchPacer();
    pacer.ask(controlled(log, 'a').task);
    expect(log).toEqual(['start a']);
  });

  it('keeps only the newest search asked while one runs, and sends it when that one ends', async () => {
    const log: string[] = [];
    const pacer = createSearchPacer();
    const a = controlled(log, 'a');
    const d = controlled(log, 'd');
    pacer.ask(a.task);
    pacer.ask(controlled(log, 'b').task);
    pacer.ask(controlled(log, 'c').task);
    pacer.ask(d.task);
    expect(log).toEqual(['start a']);
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start d']);
    d.finish();
    await settle();
    pacer.ask(controlled(log, 'e').task);
    expect(log).toEqual(['start a', 'end a', 'start d', 'end d', 'start e']);
  });

  it('drops a waiting search that is cancelled, and goes on after a failed one', async () => {
    const log: string[] = [];
    const pacer = createSearchPacer();
    let fail: (error: Error) => void = () => undefined;
    pacer.ask(() => new Promise((_resolve, reject) => (fail = reject)));
    const cancel = pacer.ask(controlled(log, 'b').task);
    cancel();
    fail(new Error('worker stopped'));
    await settle();
    expect(log).toEqual([]);
    pacer.ask(controlled(log, 'c').task);
    expect(log).toEqual(['start c']);
  });
});
