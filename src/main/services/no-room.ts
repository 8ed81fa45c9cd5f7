/** Errors that mean the disk (or the process's file-size limit) has no room for what is written. */
const NO_ROOM = new Set(['ENOSPC', 'EFBIG', 'EDQUOT', 'SQLITE_FULL']);

/** What ffmpeg prints for the same conditions. */
const NO_ROOM_TEXT = /No space left on device|File too large|Disk quota exceeded/i;

export function isNoRoom(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NO_ROOM.has(code);
}

export function saysNoRoom(toolOutput: string): boolean {
  return NO_ROOM_TEXT.test(toolOutput);
}
