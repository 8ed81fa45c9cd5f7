/** CSV cells as spreadsheets read them, safe from formula injection. */

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection);
 * a leading apostrophe makes it text, and shows as nothing in the cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
function csvField(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
