/** Rows of many attempts, grouped by attempt id and turned into what one attempt's read returns. */
export function groupByAttempt<Row extends { attempt_id: number }, T>(rows: readonly Row[], toValue: (rows: Row[]) => T): Map<number, T> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.attempt_id);
    if (group) group.push(row);
    else groups.set(row.attempt_id, [row]);
  }
  return new Map([...groups].map(([attemptId, group]) => [attemptId, toValue(group)]));
}
