import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import { GapKind } from '../../../shared/debrief';
import type { CreateInterviewInput, Interview, Outcome, Stage, UpdateInterviewInput } from '../../../shared/journal';
import type { InterviewQuestions } from './questions';

interface InterviewRow {
  id: number;
  company: string;
  role: string;
  date: string;
  stage: Stage;
  outcome: Outcome;
  interviewer: string;
  recall: string;
  went_well: string;
  struggled: string;
  felt: string;
  refine: string;
  thank_you_sent: number;
  feedback_requested: number;
  feedback: string;
  gap_kinds: string;
  next_actions: string;
  notify: string;
  next_plan: string;
  good_thing: string;
  feeling: string;
  reflection_on: string | null;
  debriefed_at: string | null;
  created_at: string;
  updated_at: string;
}

type Field = Exclude<keyof UpdateInterviewInput, 'id' | 'debriefDone'>;
type Value = string | boolean | null | readonly string[];

/** Each writable field and its column; the only names that ever reach SQL text. */
const COLUMNS: Record<Field, keyof InterviewRow> = {
  company: 'company',
  role: 'role',
  date: 'date',
  stage: 'stage',
  outcome: 'outcome',
  interviewer: 'interviewer',
  recall: 'recall',
  wentWell: 'went_well',
  struggled: 'struggled',
  felt: 'felt',
  refine: 'refine',
  thankYouSent: 'thank_you_sent',
  feedbackRequested: 'feedback_requested',
  feedback: 'feedback',
  gapKinds: 'gap_kinds',
  nextActions: 'next_actions',
  notify: 'notify',
  nextPlan: 'next_plan',
  goodThing: 'good_thing',
  feeling: 'feeling',
  reflectionOn: 'reflection_on',
};

function toSql(value: Value): string | number | null {
  if (typeof value === 'boolean') return Number(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  return value as string | null;
}

/** The stored list, read back through its schema so a hand-edited database cannot pass off junk. */
const gapKinds = (json: string) => GapKind.array().catch([]).parse(JSON.parse(json));

/** The interview log: one row per real interview, with its guided debrief and follow-up. */
export function createInterviewStore(db: Database, questions: InterviewQuestions) {
  const select = db.prepare<{ id: number | null }, InterviewRow>(
    'SELECT * FROM interviews WHERE (@id IS NULL OR id = @id) ORDER BY date DESC, id DESC',
  );

  function read(id: number | null): Interview[] {
    const linked = questions.byInterview(id);
    return select.all({ id }).map((row) => ({
      id: row.id,
      company: row.company,
      role: row.role,
      date: row.date,
      stage: row.stage,
      outcome: row.outcome,
      interviewer: row.interviewer,
      recall: row.recall,
      wentWell: row.went_well,
      struggled: row.struggled,
      felt: row.felt,
      refine: row.refine,
      thankYouSent: row.thank_you_sent === 1,
      feedbackRequested: row.feedback_requested === 1,
      feedback: row.feedback,
      gapKinds: gapKinds(row.gap_kinds),
      nextActions: row.next_actions,
      notify: row.notify,
      nextPlan: row.next_plan,
      goodThing: row.good_thing,
      feeling: row.feeling,
      reflectionOn: row.reflection_on,
      debriefedAt: row.debriefed_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      questions: linked.get(row.id) ?? [],
    }));
  }

  function get(id: number): Interview {
    const [interview] = read(id);
    if (!interview) throw new RetakeError('not-found', `No interview with id ${id}.`);
    return interview;
  }

  /** Writes the fields that are given; column names come from COLUMNS, never from the input. */
  function write(id: number, fields: Partial<Record<Field, Value>> & { debriefDone?: boolean }, updatedAt: string): void {
    const given = (Object.keys(COLUMNS) as Field[]).filter((field) => fields[field] !== undefined);
    const sets = given.map((field) => `${COLUMNS[field]} = @${field}`);
    const values = Object.fromEntries(given.map((field) => [field, toSql(fields[field]!)]));
    // Done keeps the first time it was done; not done clears it.
    if (fields.debriefDone === true) sets.push('debriefed_at = coalesce(debriefed_at, @updatedAt)');
    if (fields.debriefDone === false) sets.push('debriefed_at = NULL');
    db.prepare(`UPDATE interviews SET ${[...sets, 'updated_at = @updatedAt'].join(', ')} WHERE id = @id`).run({ ...values, id, updatedAt });
  }

  return {
    get,
    list: (): Interview[] => read(null),

    /** Inserts the required fields, then writes the rest through the same path as an update. */
    create(input: CreateInterviewInput): Interview {
      const now = new Date().toISOString();
      const id = db.transaction(() => {
        const { lastInsertRowid } = db
          .prepare(
            `INSERT INTO interviews (company, role, date, stage, outcome, created_at, updated_at)
             VALUES (@company, @role, @date, @stage, @outcome, @now, @now)`,
          )
          .run({ company: input.company, role: input.role, date: input.date, stage: input.stage, outcome: input.outcome, now });
        const created = Number(lastInsertRowid);
        write(created, input, now);
        return created;
      })();
      return get(id);
    },

    update({ id, ...fields }: UpdateInterviewInput): Interview {
      get(id); // not-found before anything is written
      write(id, fields, new Date().toISOString());
      return get(id);
    },

    /** The practice questions made from it stay; their link is cleared by the foreign key. */
    delete(id: number): void {
      const { changes } = db.prepare('DELETE FROM interviews WHERE id = ?').run(id);
      if (changes === 0) throw new RetakeError('not-found', `No interview with id ${id}.`);
    },
  };
}

export type InterviewStore = ReturnType<typeof createInterviewStore>;
