/**
 * Notes from a mentor's feedback file: marked with the mentor's name, and keyed by the
 * pack and comment they came from so importing the same file twice adds nothing.
 */
export const sql = `
ALTER TABLE notes ADD COLUMN mentor TEXT CHECK (mentor IS NULL OR length(trim(mentor)) > 0);
-- "<pack id>:<comment id>"; null for the person's own notes.
ALTER TABLE notes ADD COLUMN mentor_key TEXT CHECK ((mentor_key IS NULL) = (mentor IS NULL));
CREATE UNIQUE INDEX notes_by_mentor_key ON notes (attempt_id, mentor_key) WHERE mentor_key IS NOT NULL;
`;
