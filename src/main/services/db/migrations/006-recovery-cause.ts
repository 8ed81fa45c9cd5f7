/**
 * Why a recording was recovered rather than stopped: its window or tab closed while Retake kept
 * running, or Retake itself stopped (quit, crash, power loss). The notice says which. Null for
 * attempts that were stopped normally and for recoveries from before this was kept.
 */
export const sql = `
ALTER TABLE attempts ADD COLUMN recovery_cause TEXT CHECK (recovery_cause IS NULL OR recovery_cause IN ('window-closed', 'app-stopped'));
`;
