import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Peaks } from '../../../shared/attempts';
import type { ExportFile } from '../../../shared/exports';
import { PACK_FORMAT } from '../../../shared/feedback';
import { NOTE_CATEGORY_LABELS, type Note, type SectionMark } from '../../../shared/review';
import type { ReviewableAttempt } from '../attempts/reviewable';
import { copyFileFlushed, publishAtomic, writeFileAtomic } from '../files/atomic-write';
import { freeName } from '../files/free-name';
import { renderPackPage } from './pack-page';
import { writeZip, type ZipEntry } from './zip';

export interface PackAttempt {
  attempt: ReviewableAttempt;
  /** The finalised recording in media/. */
  videoFile: string;
  peaks: Peaks;
  sections: SectionMark[];
  /** Only the notes the person chose to include. */
  notes: Note[];
}

/** Peaks as one byte each (0..255), base64: a 60-minute answer's waveform inlines as about 240 KB. */
const packPeaks = (peaks: Peaks) => ({
  rate: peaks.rate,
  data: Buffer.from(peaks.peaks.map((p) => Math.round(Math.min(1, Math.max(0, p)) * 255))).toString('base64'),
});

const label = (attempts: readonly PackAttempt[], i: number) =>
  attempts.length === 1 ? `Answer of ${attempts[i]!.attempt.startedAt.slice(0, 10)}` : `${i === 0 ? 'Before' : 'After'}: ${attempts[i]!.attempt.startedAt.slice(0, 10)}`;

/**
 * Writes a review pack under `exportsDir`: a folder holding the video(s), their peaks, the
 * chosen notes, the question and STAR marks, and one self-contained page; then a .zip of
 * that folder beside it. Both appear whole or not at all. Nothing else from the library
 * (other attempts, the database) is ever read into it.
 */
export async function writeReviewPack(deps: { exportsDir: string; resourcesDir: string }, attempts: readonly PackAttempt[], at = new Date()): Promise<ExportFile> {
  const { exportsDir, resourcesDir } = deps;
  mkdirSync(exportsDir, { recursive: true });
  const base = attempts.length === 1 ? `retake-review-${attempts[0]!.attempt.id}` : `retake-compare-${attempts.map((a) => a.attempt.id).join('-')}`;
  // The folder and the zip share a stem; both must be free.
  const folderName = freeName(exportsDir, base, at, '', (stem) => {
    try {
      statSync(join(exportsDir, `${stem}.zip`));
      return false;
    } catch {
      return true;
    }
  });
  const packId = randomBytes(16).toString('hex');

  const data = {
    format: PACK_FORMAT,
    version: 1,
    packId,
    createdAt: at.toISOString(),
    categories: NOTE_CATEGORY_LABELS,
    attempts: attempts.map((a, i) => ({
      attemptId: a.attempt.id,
      startedAt: a.attempt.startedAt,
      label: label(attempts, i),
      question: a.attempt.promptText,
      durationMs: a.attempt.durationMs,
      video: `attempt-${a.attempt.id}.webm`,
      peaks: packPeaks(a.peaks),
      sections: a.sections,
      notes: a.notes.map((n) => ({ startMs: n.startMs, endMs: n.endMs, category: n.category, text: n.text })),
    })),
  };
  const page = renderPackPage(resourcesDir, `Review pack: ${attempts[0]!.attempt.promptText}`, data);

  const files: ZipEntry[] = [
    { name: 'index.html', source: { data: Buffer.from(page, 'utf8') }, compress: true },
    { name: 'pack.json', source: { data: Buffer.from(JSON.stringify(data, null, 2), 'utf8') }, compress: true },
    ...attempts.flatMap((a): ZipEntry[] => [
      { name: `attempt-${a.attempt.id}.webm`, source: { file: a.videoFile }, compress: false },
      { name: `attempt-${a.attempt.id}-peaks.json`, source: { data: Buffer.from(JSON.stringify(a.peaks), 'utf8') }, compress: true },
    ]),
  ];

  await publishAtomic(join(exportsDir, folderName), (temp) => {
    mkdirSync(temp);
    for (const file of files) {
      if ('file' in file.source) copyFileFlushed(file.source.file, join(temp, file.name));
      else writeFileAtomic(temp, file.name, file.source.data);
    }
  });
  const zipName = `${folderName}.zip`;
  const zipPath = await publishAtomic(join(exportsDir, zipName), (temp) =>
    writeZip(temp, files.map((f) => ({ ...f, name: `${folderName}/${f.name}` }))),
  );
  return { id: zipName, fileName: zipName, mimeType: 'application/zip', bytes: statSync(zipPath).size };
}
