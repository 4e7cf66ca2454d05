import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from './wire';

describe('toWire / fromWire', () => {
  it('round-trips bytes anywhere in a value, and text that merely mentions "$bytes" stays text', () => {
    const value = {
      files: [{ name: 'a.txt', bytes: new Uint8Array([0, 1, 2, 250, 255]) }],
      text: 'A statement quoting {"$bytes": "AAEC"} and "$bytes": as words.',
      nested: [{ $bytes: 'not alone', other: 1 }],
    };
    const back = fromWire(toWire(value)) as typeof value;
    expect(back.files[0]?.bytes).toEqual(new Uint8Array([0, 1, 2, 250, 255]));
    expect(back.text).toBe(value.text);
    expect(back.nested).toEqual(value.nested);
  });

  it('parses an answer without bytes as plain JSON', () => {
    const answer = { ok: true, value: [{ id: 'x', blocks: [{ text: 'say "$bytes": here' }] }] };
    expect(fromWire(JSON.stringify(answer))).toEqual(answer);
  });
});
