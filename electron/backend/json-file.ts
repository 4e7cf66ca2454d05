/** Reading the JSON files a library folder keeps: parsed against a schema, and a missing file told from a failing one. */
import type { z } from 'zod';
import { describeZodError } from './schemas';

/** A file's JSON checked against a schema, or why it is not usable. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Parses `text` as JSON of `schema`'s shape; the reason says what is wrong (empty, not JSON, not the shape). */
export function parseJson<T>(text: string, schema: z.ZodType<T>): Parsed<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: text.trim() === '' ? 'is empty' : 'is not valid JSON (truncated or corrupt)',
    };
  }
  const result = schema.safeParse(raw);
  if (!result.success)
    return { ok: false, reason: `does not have the expected shape (${describeZodError(result.error)})` };
  return { ok: true, value: result.data };
}

/** Whether `error` is a Node file-system error with `code` (ENOENT: no such file). */
export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
