/** Zod schemas for everything that reaches the backend: stored files and every channel's arguments. */
import { z } from 'zod';
import {
  AnalysisVersionSchema,
  ContentHashSchema,
  MAX_COLUMNS_PER_SAVE,
  OverviewColumnsSchema,
} from './analysis-cache';
import { MAX_SAVE_BYTES } from './themes-reads-file';
import { MAX_ANSWER_BYTES } from './themes-answer-file';
import { MAX_FOLDER_FILES } from '../../shared/statements/folder-limits';
import type { Channel, ChannelArgs, MetadataPatch } from '../../shared/ipc/contract';
import type { Statement } from '../../shared/statements/model';
import type { UserTheme } from '../../shared/themes/user-theme';

/** Longest file name accepted from the renderer (characters). */
export const MAX_FILE_NAME_LENGTH = 1024;
/** Most files one import call may carry (as many as a folder import takes). */
export const MAX_FILES_PER_IMPORT = MAX_FOLDER_FILES;
/** Longest title a person may type. */
export const MAX_TITLE_LENGTH = 300;
/** Longest free-text metadata field (city, speaker…). */
export const MAX_METADATA_TEXT_LENGTH = 200;

const shortText = z.string().max(MAX_METADATA_TEXT_LENGTH);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a real calendar date',
    },
  );
const year = z.number().int().min(1000).max(9999);
const meeting = z.enum(['plenary', 'intersessional', 'other']);
const kind = z.enum(['opening', 'closing', 'statement', 'press']);

/** Statement metadata as stored (every field present, null when unknown). */
export const StatementMetadataSchema = z.object({
  year: year.nullable(),
  date: isoDate.nullable(),
  city: shortText.nullable(),
  country: shortText.nullable(),
  meeting: meeting.nullable(),
  kind: kind.nullable(),
  organisation: shortText.nullable(),
  speaker: shortText.nullable(),
});

/** One block of a statement. */
export const BlockSchema = z.object({
  id: z.string().min(1).max(200),
  role: z.enum(['title', 'salutation', 'heading', 'body', 'signature', 'note', 'boilerplate']),
  text: z.string(),
});

/** A statement as stored on disk and as sent back for undo. */
export const StatementSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(5000),
  sample: z.boolean(),
  metadata: StatementMetadataSchema,
  source: z.object({
    fileName: z.string().max(MAX_FILE_NAME_LENGTH),
    format: z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'paste']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
    importedAt: z.string().min(1).max(64),
  }),
  blocks: z.array(BlockSchema).max(500_000),
}) satisfies z.ZodType<Statement>;

/** A user-defined theme. */
export const UserThemeSchema = z.strictObject({
  id: z.string().min(1).max(100),
  label: z.string().trim().min(1).max(200),
  terms: z.array(z.string().trim().min(1).max(200)).max(500),
}) satisfies z.ZodType<UserTheme>;

/** A file as it crosses from the renderer: a name (a label, never a path we read) and its bytes. */
export const ImportFileSchema = z.object({
  name: z.string().min(1, 'a file needs a name').max(MAX_FILE_NAME_LENGTH),
  bytes: z.instanceof(Uint8Array, { message: 'expected the file bytes' }),
});

/** An edit of a statement's title and metadata; unknown fields are refused. */
export const MetadataPatchSchema = z.strictObject({
  title: z.string().trim().min(1, 'the title cannot be empty').max(MAX_TITLE_LENGTH).optional(),
  metadata: z
    .strictObject({
      year: year.nullable().optional(),
      date: isoDate.nullable().optional(),
      city: shortText.trim().nullable().optional(),
      country: shortText.trim().nullable().optional(),
      meeting: meeting.nullable().optional(),
      kind: kind.nullable().optional(),
      organisation: shortText.trim().nullable().optional(),
      speaker: shortText.trim().nullable().optional(),
    })
    .optional(),
}) satisfies z.ZodType<MetadataPatch>;

const statementId = z.string().min(1).max(200);

/** Most statements one `library:get` call may ask for (the renderer asks in smaller batches). */
export const MAX_IDS_PER_GET = 1000;
/** Longest import ticket (a UUID is 36 characters). */
export const MAX_IMPORT_TICKET_LENGTH = 100;

/** Longest saved location (a URL hash) accepted; a real one is a few hundred characters. */
export const MAX_NAVIGATION_LENGTH = 4096;
/** The reader's location as the renderer saves it: a URL hash without control characters. */
export const NavigationSchema = z
  .string()
  .max(MAX_NAVIGATION_LENGTH)
  .regex(/^#[^\x00-\x1f\x7f]*$/, 'expected a URL hash starting with #');

/** Longest report text accepted for saving (characters); a 100k-word comparison as HTML is a few MB. */
export const MAX_EXPORT_CHARS = 32 * 1024 * 1024;
/** The kinds of text report the save dialog writes. */
export const EXPORT_TEXT_EXTENSIONS = ['html', 'md', 'csv', 'json'] as const;

/** A file name offered in a save dialog: no folders, no control characters, one of `extensions`. */
export function exportFileName(extensions: readonly string[]) {
  return z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[/\\\x00-\x1f\x7f]/.test(name) && name !== '.' && name !== '..', {
      message: 'expected a file name without folders or control characters',
    })
    .refine((name) => extensions.includes(name.slice(name.lastIndexOf('.') + 1).toLowerCase()), {
      message: `expected a name ending in ${extensions.map((e) => `.${e}`).join(', ')}`,
    });
}

/** Names an import call for library:cancel-import (the window picks a random one per call). */
const importTicket = z.string().min(1).max(MAX_IMPORT_TICKET_LENGTH);

/** The argument tuple of every channel; a channel missing here fails to type-check. */
export const CHANNEL_ARGS = {
  'app:info': z.tuple([]),
  'app:set-theme': z.tuple([z.enum(['light', 'dark', 'system'])]),
  'library:list': z.tuple([]),
  'library:get': z.tuple([z.array(statementId).min(1, 'expected at least one id').max(MAX_IDS_PER_GET)]),
  'library:import': z.tuple([z.array(ImportFileSchema).max(MAX_FILES_PER_IMPORT), importTicket.optional()]),
  'library:paste': z.tuple([z.string(), z.string().trim().max(MAX_TITLE_LENGTH).nullable()]),
  'library:remove': z.tuple([statementId]),
  'library:restore': z.tuple([StatementSchema]),
  'library:update-metadata': z.tuple([statementId, MetadataPatchSchema]),
  'library:set-samples-hidden': z.tuple([z.boolean()]),
  'library:set-navigation': z.tuple([NavigationSchema]),
  'themes:save-user': z.tuple([z.array(UserThemeSchema).max(1000)]),
  'analysis:overview-columns': z.tuple([
    AnalysisVersionSchema,
    ContentHashSchema,
    z.array(ContentHashSchema).max(MAX_COLUMNS_PER_SAVE),
  ]),
  'analysis:save-overview-columns': z.tuple([
    AnalysisVersionSchema,
    ContentHashSchema,
    OverviewColumnsSchema,
  ]),
  'analysis:themes-reads': z.tuple([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]),
  'analysis:save-themes-reads': z.tuple([
    z
      .instanceof(Uint8Array, { message: 'expected the bundle bytes' })
      .refine((bytes) => bytes.length <= MAX_SAVE_BYTES, {
        message: `expected at most ${MAX_SAVE_BYTES} bytes`,
      }),
    z.boolean(),
  ]),
  'analysis:themes-answer': z.tuple([ContentHashSchema, z.boolean()]),
  'analysis:save-themes-answer': z.tuple([
    ContentHashSchema,
    z
      .instanceof(Uint8Array, { message: 'expected the answer bytes' })
      .refine((bytes) => bytes.length <= MAX_ANSWER_BYTES, {
        message: `expected at most ${MAX_ANSWER_BYTES} bytes`,
      }),
  ]),
  'analysis:last-themes-answer': z.tuple([]),
  'library:cancel-import': z.tuple([importTicket.optional()]),
  'export:save': z.tuple([exportFileName(EXPORT_TEXT_EXTENSIONS), z.string().max(MAX_EXPORT_CHARS)]),
  'export:pdf': z.tuple([exportFileName(['pdf']), z.string().max(MAX_EXPORT_CHARS)]),
} as const satisfies ChannelArgSchemas;

/** A schema for the argument tuple of each channel. */
export type ChannelArgSchemas = { readonly [C in Channel]: z.ZodType<ChannelArgs<C>> };

/** Validates a channel's raw arguments: the typed tuple, or one line saying what is wrong. */
export function parseChannelArgs<C extends Channel>(
  channel: C,
  args: unknown,
): { readonly ok: true; readonly args: ChannelArgs<C> } | { readonly ok: false; readonly error: string } {
  const schemas: ChannelArgSchemas = CHANNEL_ARGS;
  const schema: z.ZodType<ChannelArgs<C>> = schemas[channel];
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data };
  return { ok: false, error: `Invalid arguments for ${channel}: ${describeZodError(parsed.error)}` };
}

/** One line describing a zod error: "0.1.title: the title cannot be empty; …". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
