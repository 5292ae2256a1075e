// Minimal RFC 4180 CSV reader for the vendored open-data pack (see content/data/README.md).
// Pure: takes text, returns rows keyed by header. Quoted fields may hold commas, quotes and newlines.

export type CsvRow = Record<string, string>;

export function parseCsv(text: string): CsvRow[] {
  const records = parseRecords(text);
  const header = records.shift();
  if (!header) return [];
  return records
    .filter((fields) => !(fields.length === 1 && fields[0] === ""))
    .map((fields) => {
      const row: CsvRow = {};
      header.forEach((name, i) => {
        row[name] = fields[i] ?? "";
      });
      return row;
    });
}

function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      records.push(fields);
      fields = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return records;
}
