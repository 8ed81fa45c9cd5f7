/**
 * How ffmpeg and ffprobe are told to read a recording. Left to guess from the bytes, they
 * would follow an HLS playlist or a concat list that a renderer wrote as its "recording"
 * and read files anywhere on the machine; told the container and allowed only plain
 * files, they read what we hold and nothing else.
 */
export const recordingInputArgs = (file: string): string[] => ['-f', 'matroska', '-protocol_whitelist', 'file', '-i', file];

/** Every WebM (Matroska) file starts with the EBML header's ID. */
const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3] as const;

export const startsWithEbml = (bytes: Uint8Array): boolean => EBML_MAGIC.every((byte, i) => bytes[i] === byte);
