import { DictionaryError } from "../../core/index.js";

/** One data row of a pipe-separated table file, with its line number for errors. */
export interface TableRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Splits a `a | b | c` table into rows, checking the column count; `#` lines and blank lines are skipped. */
export function parseTable(text: string, file: string, columns: number): TableRow[] {
  const rows: TableRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const fields = trimmed.split("|").map((f) => f.trim());
    if (fields.length !== columns)
      throw new DictionaryError(
        file,
        i + 1,
        `expected ${columns} "|"-separated fields, got ${fields.length}`,
      );
    fields.forEach((f, k) => {
      if (f === "") throw new DictionaryError(file, i + 1, `field ${k + 1} is empty`);
    });
    rows.push({ line: i + 1, fields });
  });
  return rows;
}

/** Splits a `;`-separated phrase list, rejecting empty items. */
export function splitList(value: string, file: string, line: number): string[] {
  const items = value.split(";").map((s) => s.trim());
  if (items.some((s) => s === "")) throw new DictionaryError(file, line, `empty item in list "${value}"`);
  return items;
}

/** Field k of a row (the column count was checked by parseTable). */
export function field(row: TableRow, k: number): string {
  return row.fields[k] ?? "";
}
