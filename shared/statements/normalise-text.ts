/** One clean form of text for every importer: LF line ends, plain spaces, no invisible characters. */

/**
 * Normalises imported text: CRLF/CR → LF, non-breaking spaces → space, soft hyphens and zero-width
 * characters removed (a word broken at a line's end by a soft hyphen joined), ligatures (ﬁ, ﬂ …) as their letters,
 * stray control characters removed, trailing spaces trimmed, Unicode NFC.
 * Curly quotes and dashes are kept as they are.
 */
export function normaliseText(text: string): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u000b\u000c\u0085]/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    // A soft hyphen at a line's end is where a typesetter broke the word: its two halves are one word again.
    .replace(/(?<=\p{L})\u00ad[ \t]*\n[ \t]*(?=\p{L})/gu, '')
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, '')
    // A typesetter's ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ), as text copied from a PDF keeps them, are their letters.
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'))
    // ZWJ/ZWNJ shape emoji and some scripts; next to ASCII they are only residue from the web.
    .replace(/[\u200c\u200d](?=[\u0000-\u007f])|(?<=[\u0000-\u007f])[\u200c\u200d]/g, '')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '');
  // Line by line rather than one /[ \t]+$/m regex, which is quadratic on a long run of spaces.
  return cleaned
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .normalize('NFC');
}
