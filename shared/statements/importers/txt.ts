/** Plain text (.txt and pasted text): decode, refuse binary data, normalise. */
import { decodeText, looksBinary } from '../decode-text';
import { normaliseText } from '../normalise-text';
import { extractionError, type Extraction } from './extraction';

/** Decodes the bytes of a text-format file; binary data behind a text extension is refused. */
export function decodeTextFile(bytes: Uint8Array): Extraction {
  const { text } = decodeText(bytes);
  if (looksBinary(text)) return extractionError('binary', 'binary data, not text');
  return { ok: true, text };
}

/** The text of a .txt file or of pasted text. */
export function extractTxt(bytes: Uint8Array): Extraction {
  const decoded = decodeTextFile(bytes);
  return decoded.ok ? { ok: true, text: normaliseText(decoded.text) } : decoded;
}
