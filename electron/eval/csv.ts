import { fail, ok, type Result } from '../../shared/result';

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks) into rows of
 * cells. Written here because the project has no CSV package and the format is small; an unclosed
 * quote is refused rather than read as a truncated row.
 */
export function parseCsv(text: string): Result<string[][]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) return fail('bad_request', 'csv: a quoted field is never closed', 'csv');
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return ok(rows);
}

/** CSV rows as records keyed by the header row; a row with a different number of cells is refused. */
export function csvRecords(text: string): Result<Record<string, string>[]> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...body] = parsed.value;
  if (!header) return fail('bad_request', 'csv: no header row', 'csv');
  const records: Record<string, string>[] = [];
  for (const [i, cells] of body.entries()) {
    if (cells.length !== header.length) {
      return fail(
        'bad_request',
        `csv: row ${i + 2} has ${cells.length} cells, expected ${header.length}`,
        'csv',
      );
    }
    records.push(Object.fromEntries(header.map((name, column) => [name, cells[column]!])));
  }
  return ok(records);
}
