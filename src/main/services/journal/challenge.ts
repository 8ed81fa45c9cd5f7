import type { Database } from 'better-sqlite3';
import { CHALLENGE_DAYS, type Challenge, type ChallengeAction, type SetChallengeDayInput, type Today } from '../../../shared/comeback';
import { addDays } from '../../../shared/dates';
import { RetakeError } from '../../../shared/errors';
import { finishedAnswers } from './answers';

interface ChallengeRow {
  id: number;
  started_on: string;
}

interface DayRow {
  day: number;
  action: ChallengeAction | null;
  own_text: string;
  done_at: string | null;
}

/** A recorded answer is the mock-interview action, so it ticks a day meant for it, or a day with nothing picked yet. */
const recordingCounts = (action: ChallengeAction | null) => action === null || action === 'mock-interview';

/** The ten-day challenge: one small action a day, ticked by hand or by a recorded answer that day. */
export function createChallenges(db: Database) {
  const latest = db.prepare<[], ChallengeRow>('SELECT * FROM challenges ORDER BY id DESC LIMIT 1');
  const daysOf = db.prepare<[number], DayRow>('SELECT * FROM challenge_days WHERE challenge_id = ?');

  /** Computed when read, so deleting the recording unticks the day again. */
  function build(row: ChallengeRow, answerDays: ReadonlySet<string>): Challenge {
    const stored = new Map(daysOf.all(row.id).map((d) => [d.day, d]));
    return {
      id: row.id,
      startedOn: row.started_on,
      days: Array.from({ length: CHALLENGE_DAYS }, (_, i) => {
        const day = i + 1;
        const date = addDays(row.started_on, i);
        const own = stored.get(day);
        const action = own?.action ?? null;
        const doneBy = own?.done_at ? 'hand' : recordingCounts(action) && answerDays.has(date) ? 'recording' : null;
        return { day, date, action, ownText: own?.own_text ?? '', doneBy };
      }),
    };
  }

  const answerDays = (timeZone: string) => new Set(finishedAnswers(db, timeZone).map((a) => a.date));

  return {
    get({ timeZone }: Today): Challenge | null {
      const row = latest.get();
      return row ? build(row, answerDays(timeZone)) : null;
    },

    /** Every challenge, newest first, for the exports. */
    all(timeZone: string): Challenge[] {
      const days = answerDays(timeZone);
      return db.prepare<[], ChallengeRow>('SELECT * FROM challenges ORDER BY id DESC').all().map((row) => build(row, days));
    },

    /** A new challenge; the earlier ones stay for the exports. */
    start(startedOn: string): void {
      db.prepare('INSERT INTO challenges (started_on, created_at) VALUES (?, ?)').run(startedOn, new Date().toISOString());
    },

    setDay({ challengeId, day, action, ownText, done }: SetChallengeDayInput): void {
      db.transaction(() => {
        if (!db.prepare('SELECT 1 FROM challenges WHERE id = ?').get(challengeId)) {
          throw new RetakeError('not-found', `No challenge with id ${challengeId}.`);
        }
        const own = db.prepare<[number, number], DayRow>('SELECT * FROM challenge_days WHERE challenge_id = ? AND day = ?').get(challengeId, day);
        const next = {
          action: action === undefined ? (own?.action ?? null) : action,
          ownText: ownText ?? own?.own_text ?? '',
          doneAt: done === undefined ? (own?.done_at ?? null) : done ? (own?.done_at ?? new Date().toISOString()) : null,
        };
        if (next.action === 'own' && next.ownText === '') throw new RetakeError('invalid-input', 'ownText: say what your own action is');
        db.prepare('INSERT OR REPLACE INTO challenge_days (challenge_id, day, action, own_text, done_at) VALUES (?, ?, ?, ?, ?)').run(
          challengeId,
          day,
          next.action,
          next.action === 'own' ? next.ownText : '',
          next.doneAt,
        );
      })();
    },
  };
}

export type Challenges = ReturnType<typeof createChallenges>;
