import { describe, expect, it } from 'vitest';
import { csvDocument, textCell } from './csv';

describe('textCell', () => {
  it('leaves plain text as it is', () => {
    expect(textCell('Sample — closing statement')).toBe('Sample — closing statement');
  });

  it('quotes a cell holding a comma, a quote or a line break, doubling quotes', () => {
    expect(textCell('a, b')).toBe('"a, b"');
    expect(textCell('say "no"')).toBe('"say ""no"""');
    expect(textCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('quotes a cell holding a semicolon, so a ;-separated locale cannot split a formula out of it', () => {
    // Opened where the list separator is ";", the unquoted cell would become "progress" and a live =1+1.
    expect(textCell('progress;=1+1')).toBe('"progress;=1+1"');
    expect(textCell('progress; @SUM(1)')).toBe('"progress; @SUM(1)"');
  });

  it('quotes a cell holding a tab in the middle', () => {
    expect(textCell('kept\t=1+1')).toBe('"kept\t=1+1"');
  });

  it('defuses a cell that starts like a formula', () => {
    expect(textCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(textCell('@cmd')).toBe("'@cmd");
  });
});

describe('csvDocument', () => {
  it('joins the header and rows with CRLF and ends with one', () => {
    expect(csvDocument(['a', 'b'], ['1,2'])).toBe('a,b\r\n1,2\r\n');
  });
});
