import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it('gives an Error’s message without its class name', () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
    expect(errorMessage(new Error('Error: the index is locked'))).toBe('the index is locked');
    expect(errorMessage('TypeError: Error: twice wrapped')).toBe('twice wrapped');
    expect(errorMessage(new Error('ZodError: title: too long'))).toBe('title: too long');
  });

  it('drops what Electron puts before a main-process error', () => {
    const thrown = new Error(
      "Error invoking remote method 'library:restore': Error: the library is read-only",
    );
    expect(errorMessage(thrown)).toBe('the library is read-only');
  });

  it('drops what a worker’s error event puts before its message', () => {
    expect(errorMessage('Uncaught TypeError: Cannot read the paragraph')).toBe('Cannot read the paragraph');
  });

  it('puts Node’s system errors into words, naming the path', () => {
    expect(errorMessage(new Error("ENOENT: no such file or directory, open '/lib/statements/a.json'"))).toBe(
      '“/lib/statements/a.json” does not exist',
    );
    expect(errorMessage(new Error("EACCES: permission denied, mkdir '/lib'"))).toBe(
      'no permission to use “/lib”',
    );
    expect(errorMessage(new Error('ENOSPC: no space left on device, write'))).toBe('the disk is full');
    // An unknown code keeps Node's own words.
    expect(errorMessage(new Error("EXDEV: cross-device link not permitted, rename 'a' -> 'b'"))).toBe(
      "EXDEV: cross-device link not permitted, rename 'a' -> 'b'",
    );
  });

  it('says a fetch that got no answer as such, in every browser’s wording', () => {
    for (const words of [
      'Failed to fetch',
      'fetch failed',
      'Load failed',
      'NetworkError when attempting to fetch resource.',
    ])
      expect(errorMessage(new TypeError(words))).toBe(
        'the app’s server did not answer (it may have stopped)',
      );
  });

  it('reads a plain object’s message, and never answers with nothing or [object Object]', () => {
    expect(errorMessage({ message: 'from a worker' })).toBe('from a worker');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('no reason was given');
    expect(errorMessage({})).toBe('no reason was given');
    expect(errorMessage(new Error(''))).toBe('no reason was given');
  });

  it('leaves a message that merely mentions an error alone', () => {
    expect(errorMessage(new Error('Line 3: Error in the date field'))).toBe(
      'Line 3: Error in the date field',
    );
  });
});
