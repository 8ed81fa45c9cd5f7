/**
 * Environment variables that only tests and development may use: a fake camera, a
 * throwaway data folder, other media tools. A packaged app drops them before anything
 * reads them, so nobody can point an installed Retake elsewhere through its environment.
 */
export const TEST_SWITCHES = ['RETAKE_FAKE_MEDIA', 'RETAKE_DATA_DIR', 'RETAKE_FFMPEG', 'RETAKE_FFPROBE'] as const;

export function dropTestSwitches(env: NodeJS.ProcessEnv): void {
  for (const name of TEST_SWITCHES) delete env[name];
}
