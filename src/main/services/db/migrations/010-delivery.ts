/**
 * Delivery: each attempt's frame-by-frame level and pitch and the moments of its syllable
 * nuclei and clipping, from which every delivery figure is worked out (for STAR sections
 * however they are marked later), and the whole answer's figures, worked out once, for
 * charts across attempts. Little-endian typed arrays as BLOBs: an hour is about 700 kB.
 */
export const sql = `
CREATE TABLE delivery (
  attempt_id      INTEGER PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
  -- Per 20 ms frame: level in hundredths of a dB (int16), pitch in tenths of a Hz (uint16, 0 unvoiced).
  level_cdb       BLOB    NOT NULL,
  pitch_dhz       BLOB    NOT NULL CHECK (length(pitch_dhz) = length(level_cdb)),
  -- Syllable nuclei in ms, and clipped frames by index (uint32).
  nuclei_ms       BLOB    NOT NULL CHECK (length(nuclei_ms) % 4 = 0),
  clipped_frames  BLOB    NOT NULL CHECK (length(clipped_frames) % 4 = 0),
  whole           TEXT    NOT NULL CHECK (json_valid(whole) AND json_type(whole) = 'object')
);
`;
