/** Content hashes for statements and blocks (sha256, hex). */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Hex sha256 of raw bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** Hex sha256 of a string's UTF-8 bytes. */
export function sha256OfText(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}
