/** Errors that mean the disk (or the process's file-size limit) has no room for what is written. */
const NO_ROOM = new Set(['ENOSPC', 'EFBIG', 'EDQUOT', 'SQLITE_FULL']);

export function isNoRoom(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NO_ROOM.has(code);
}
