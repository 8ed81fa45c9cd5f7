import { realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * True when `candidate` is strictly below `root`. The trailing separator matters:
 * without it `/data/media-evil` would pass as inside `/data/media`.
 */
export function isPathInside(root: string, candidate: string): boolean {
  const base = resolve(root);
  const target = resolve(candidate);
  const prefix = base.endsWith(sep) ? base : base + sep;
  return target.startsWith(prefix);
}

/**
 * The real (symlink-free) path of `candidate` if it exists and is inside `root`, else null.
 * Resolving links first means a symlink planted in a served folder cannot lead out of it.
 */
export async function realPathInside(root: string, candidate: string): Promise<string | null> {
  if (!isPathInside(root, candidate)) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(candidate)]);
    return isPathInside(realRoot, realTarget) ? realTarget : null;
  } catch {
    return null;
  }
}
