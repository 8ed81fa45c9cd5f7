import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExportId } from '../../../shared/exports';

/** What a host may hand out for an export id: the file, and for a review pack the folder it zips. */
export interface ExportLocation {
  file: string;
  folder: string | null;
}

/** Maps an untrusted export id to the file under exports/, or null. Only names of the export shape are ever joined. */
export function locateExport(exportsDir: string, id: unknown): ExportLocation | null {
  const parsed = ExportId.safeParse(id);
  if (!parsed.success) return null;
  const file = join(exportsDir, parsed.data);
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const folder = parsed.data.endsWith('.zip') ? join(exportsDir, parsed.data.slice(0, -'.zip'.length)) : null;
  return { file, folder: folder !== null && existsSync(folder) && statSync(folder).isDirectory() ? folder : null };
}
