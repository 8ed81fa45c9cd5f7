import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import type { AttemptExportFormat, ExportFile } from '../../../shared/exports';
import type { shareApi } from '../../../shared/share-api';
import type { MetricsStore } from '../analysis/metrics-store';
import type { ReviewMedia } from '../attempts/review-media';
import { requireReviewable } from '../attempts/reviewable';
import type { AttemptStore } from '../attempts/store';
import { writeFileAtomic } from '../files/atomic-write';
import type { HandlersOf } from '../retake';
import { freeName } from '../files/free-name';
import { attemptFiles } from '../media/attempt-files';
import { createNoteStore } from '../review/note-store';
import { createRatingStore } from '../review/ratings';
import { createReflectionStore } from '../review/reflections';
import { createSectionStore } from '../review/section-store';
import { createFocusCheckIns } from '../review/focus/check-ins';
import { createFocusPoints } from '../review/focus/points';
import { createFeedbackImporter } from './feedback-import';
import { attemptMarkdown } from './markdown';
import { writeReviewPack } from './pack';
import { notesToWebVtt } from './webvtt';

const TEXT_FORMATS: Record<AttemptExportFormat, { extension: string; mimeType: string }> = {
  webvtt: { extension: 'vtt', mimeType: 'text/vtt;charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
};

/** Sharing: review packs and attempt exports written under exports/ (never media/), and mentors' feedback read back in. */
export function createShareHandlers(deps: {
  db: Database;
  attempts: AttemptStore;
  media: ReviewMedia;
  metrics: MetricsStore;
  mediaDir: string;
  exportsDir: string;
  resourcesDir: string;
}): HandlersOf<typeof shareApi> {
  const { db, attempts, media, metrics, mediaDir, exportsDir, resourcesDir } = deps;
  const notes = createNoteStore(db, attempts);
  const sections = createSectionStore(db, attempts);
  const ratings = createRatingStore(db, attempts);
  const reflections = createReflectionStore(db, attempts);
  const checkIns = createFocusCheckIns(db, attempts, createFocusPoints(db, attempts));
  const importFeedback = createFeedbackImporter(db, notes);

  function textExport(attemptId: number, format: AttemptExportFormat): ExportFile {
    const attempt = requireReviewable(attempts, attemptId);
    const list = notes.list(attemptId);
    const text =
      format === 'webvtt'
        ? notesToWebVtt(list, attempt.durationMs)
        : attemptMarkdown(
            { attempt, notes: list, sections: sections.list(attemptId), ratings: ratings.get(attemptId), reflection: reflections.get(attemptId), metrics: metrics.get(attemptId) },
            checkIns.forAttempt(attemptId),
          );
    const { extension, mimeType } = TEXT_FORMATS[format];
    const name = freeName(exportsDir, `retake-attempt-${attemptId}`, new Date(), extension);
    const file = writeFileAtomic(exportsDir, name, text);
    return { id: name, fileName: name, mimeType, bytes: statSync(file).size };
  }

  return {
    exportAttempt: ({ attemptId, format }) => textExport(attemptId, format),

    createReviewPack: async ({ attemptIds, noteIds }) => {
      const chosen = attemptIds.map((id) => requireReviewable(attempts, id));
      const wanted = new Set(noteIds);
      const packed = chosen.map((attempt) => ({
        attempt,
        videoFile: attemptFiles(mediaDir, attempt.id).answer,
        peaks: media.peaks(attempt.id),
        sections: sections.list(attempt.id),
        notes: notes.list(attempt.id).filter((n) => wanted.delete(n.id)),
      }));
      const [stray] = wanted;
      if (stray !== undefined) throw new RetakeError('invalid-input', `Note ${stray} is not on the attempt${chosen.length > 1 ? 's' : ''} being shared.`);
      return writeReviewPack({ exportsDir, resourcesDir }, packed);
    },

    importFeedback: ({ attemptId, text }) => importFeedback(requireReviewable(attempts, attemptId), text),
  };
}
