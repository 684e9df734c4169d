/**
 * CSV for Excel and WPS: UTF-8 with a byte-order mark (or Chinese opens as mojibake), CRLF,
 * RFC 4180 quoting, and a guard against formula injection: a cell that starts with = + - @
 * (or a tab / carriage return) is prefixed with ' so a spreadsheet shows it as text.
 */
const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `${BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
