/** Reading the journal's CSV export back in tests. Plain Node: no test-runner imports. */

/** An RFC 4180 reader, written independently of the exporter so the test checks the format, not the code. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no line ending');
  return rows;
}

/** The export's tables, which an empty row separates. */
export function csvTables(text: string): string[][][] {
  const tables: string[][][] = [[]];
  for (const row of parseCsv(text)) {
    if (row.length === 1 && row[0] === '') tables.push([]);
    else tables.at(-1)!.push(row);
  }
  return tables;
}
