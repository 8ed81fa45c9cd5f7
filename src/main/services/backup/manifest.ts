import { z } from 'zod';

/** Every backup is a zip holding these, plus the media files the manifest lists. */
export const MANIFEST_NAME = 'manifest.json';
export const DATABASE_NAME = 'retake.db';
export const BACKUP_FORMAT = 'retake-backup';
/** Raised only when an older Retake could not read the archive any more. */
export const BACKUP_FORMAT_VERSION = 1;
/** A manifest is a few hundred bytes per attempt; anything near this is not ours. */
export const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The only paths an archive may hold: the database and files directly inside a numbered
 * attempt folder. Nothing with "..", a leading "/", a backslash or a drive letter can match,
 * so no entry can be written outside the folder it is restored into.
 */
export const ArchivePath = z
  .string()
  .regex(/^(retake\.db|media\/[1-9][0-9]{0,15}\/[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*)$/, 'not a path a Retake backup holds');

export const ManifestFile = z
  .object({
    path: ArchivePath,
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ManifestFile = z.infer<typeof ManifestFile>;

export const Manifest = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    /** PRAGMA user_version of the database inside. */
    schemaVersion: z.number().int().min(1),
    madeAt: z.string(),
    files: z.array(ManifestFile),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;
