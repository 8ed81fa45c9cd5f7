import { describe, expect, it } from 'vitest';
import { debriefStatus } from '../../src/shared/debrief';

const logged = (date: string, createdAt: string, debriefedAt: string | null = null) => ({ date, createdAt, debriefedAt });

describe('debrief status', () => {
  it('is due for two days after the interview, then overdue', () => {
    const i = logged('2025-03-04', '2025-03-04T17:00:00Z');
    expect(debriefStatus(i, '2025-03-04', 'UTC')).toBe('due');
    expect(debriefStatus(i, '2025-03-06', 'UTC')).toBe('due');
    expect(debriefStatus(i, '2025-03-07', 'UTC')).toBe('overdue');
  });

  it('counts from the day it was logged when that is later, in the person’s zone', () => {
    // Logged at 23:30 on 10 March in Los Angeles, which is already 11 March in UTC.
    const late = logged('2025-02-20', '2025-03-11T06:30:00Z');
    expect(debriefStatus(late, '2025-03-12', 'America/Los_Angeles')).toBe('due');
    expect(debriefStatus(late, '2025-03-13', 'America/Los_Angeles')).toBe('overdue');
    expect(debriefStatus(late, '2025-03-13', 'UTC')).toBe('due');
  });

  it('is done once debriefed, however late', () => {
    expect(debriefStatus(logged('2025-03-04', '2025-03-04T17:00:00Z', '2025-04-01T10:00:00Z'), '2025-05-01', 'UTC')).toBe('done');
  });
});
