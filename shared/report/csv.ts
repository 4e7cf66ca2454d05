/** CSV writing shared by every report: RFC 4180 quoting, CRLF line ends, formula-safe text cells. */

/**
 * A text cell, quoted when needed. A cell a spreadsheet would read as a formula (=, +, -, @ or a control
 * character first) gets a leading apostrophe, so text from an imported file can never run as one. A cell
 * holding `;` or a tab is quoted too: spreadsheets in locales whose list separator is `;` (or that sniff tabs)
 * would otherwise split it there and read what follows as a cell of its own — possibly a live formula.
 */
export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: the header row, then the rows (cells already written), each ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly string[]): string {
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
