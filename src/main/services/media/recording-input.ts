/**
 * How ffmpeg and ffprobe are told to read a recording. Left to guess from the bytes, they
 * would follow an HLS playlist or a concat list that a renderer wrote as its "recording"
 * and read files anywhere on the machine; told the container and allowed only plain
 * files, they read what we hold and nothing else.
 */
export const recordingInputArgs = (file: string): string[] => ['-f', 'matroska', '-protocol_whitelist', 'file', '-i', file];

/** Every WebM (Matroska) file starts with the EBML header's ID. */
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3] as const;

/** Whether `bytes`, written at `offset` in a file, keep the file's first four bytes those of EBML. */
export function continuesEbmlMagic(offset: number, bytes: Uint8Array): boolean {
  for (let at = offset; at < EBML_MAGIC.length && at - offset < bytes.length; at++) {
    if (bytes[at - offset] !== EBML_MAGIC[at]) return false;
  }
  return true;
}
