import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { type Tool, toolPath } from './tools';

const STDERR_TAIL_BYTES = 4096;

/** A media tool exited unsuccessfully; the message carries the end of what it printed. */
export class ToolError extends Error {
  /** The last line the tool printed, which usually names the problem. */
  readonly lastLine: string;

  constructor(
    readonly tool: Tool,
    readonly exitCode: number | null,
    readonly stderrTail: string,
    /** The signal that ended it: SIGXFSZ when a file outgrew the process's size limit. */
    readonly signal: NodeJS.Signals | null = null,
  ) {
    const lastLine = stderrTail.trim().split('\n').at(-1)?.trim() ?? '';
    super(`${tool} exited with ${exitCode === null ? 'a signal' : `code ${exitCode}`}${lastLine ? `: ${lastLine}` : ''}`);
    this.name = 'ToolError';
    this.lastLine = lastLine;
  }
}

/** Reads one extra output pipe of the child: the first reads fd 3 (`pipe:3`), the next fd 4. */
export type PipeReader = (stream: Readable) => Promise<void>;

/** Runs a tool with an argument array (never a shell), keeping the tail of stderr for errors. */
async function run(tool: Tool, args: readonly string[], onStdout: (text: string) => void, pipes: readonly PipeReader[] = []): Promise<void> {
  const child = spawn(toolPath(tool), args, {
    stdio: ['ignore', 'pipe', 'pipe', ...pipes.map(() => 'pipe' as const)],
    windowsHide: true,
  });
  const [, stdout, stderrStream, ...extra] = child.stdio as Readable[];
  let stderr = '';
  stderrStream?.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-STDERR_TAIL_BYTES);
  });
  stdout?.setEncoding('utf8').on('data', onStdout);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const readers = pipes.map((read, i) =>
    read(extra[i] as Readable).catch((err: unknown) => {
      child.kill(); // Nobody is draining that pipe any more; ffmpeg would block on it.
      throw err;
    }),
  );
  const [{ code, signal }] = await Promise.all([exited, ...readers]);
  if (code !== 0) throw new ToolError(tool, code, stderr, signal);
}

/** Runs ffprobe and returns what it printed on stdout. */
export async function runFfprobe(args: readonly string[]): Promise<string> {
  let stdout = '';
  await run('ffprobe', ['-v', 'error', ...args], (text) => (stdout += text));
  return stdout;
}

export interface FfmpegOptions {
  /** Called with each `-progress` report as key/value pairs (out_time_us, total_size, progress…). */
  onProgress?: (report: ReadonlyMap<string, string>) => void;
  pipes?: readonly PipeReader[];
}

/** Runs ffmpeg quietly, with machine-readable progress on stdout. */
export async function runFfmpeg(args: readonly string[], options: FfmpegOptions = {}): Promise<void> {
  let pending = '';
  let report = new Map<string, string>();
  const parseProgress = (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      const key = line.slice(0, eq).trim();
      report.set(key, line.slice(eq + 1).trim());
      // Each report ends with a `progress=continue|end` line.
      if (key === 'progress') {
        options.onProgress?.(report);
        report = new Map();
      }
    }
  };
  const quiet = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-nostats', '-progress', 'pipe:1'];
  await run('ffmpeg', [...quiet, ...args], parseProgress, options.pipes);
}
