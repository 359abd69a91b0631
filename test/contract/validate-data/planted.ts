/**
 * A dataset with known, planted violations of every Frictionless constraint, written as CSV,
 * JSON Lines and Parquet. Each planted row breaks exactly one rule, so the expected report
 * (counts per field and check, and the rows) follows from the construction.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from '../../support/python.js';

export const SCHEMA_YAML = `
fields:
  - name: id
    type: integer
    constraints: {required: true, unique: true}
  - name: name
    type: string
    constraints: {minLength: 3, maxLength: 12, pattern: "[A-Z][a-z]+"}
  - name: age
    type: integer
    constraints: {minimum: 0, maximum: 120}
  - name: score
    type: number
    constraints: {exclusiveMinimum: 0, exclusiveMaximum: 1}
  - name: grade
    type: string
    constraints: {enum: [A, B, C]}
  - name: email
    type: string
    format: email
  - name: joined
    type: date
    constraints: {minimum: "2020-01-01", maximum: "2025-12-31"}
  - name: active
    type: boolean
    constraints: {required: true}
uniqueKeys:
  - [name, grade]
`;

type Row = { id: number | string | null; name: string; age: number | string | null; score: number | null; grade: string; email: string; joined: string; active: boolean | string | null };

export const ROWS = 300;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Planted violations: data row (1-based) -> [field, check]. */
export const PLANTED: Record<number, [string, string]> = {
  10: ['id', 'required'],
  20: ['id', 'type'],
  30: ['id', 'unique'], // repeats row 29's id
  40: ['name', 'minLength'],
  50: ['name', 'maxLength'],
  60: ['name', 'pattern'],
  70: ['age', 'minimum'],
  80: ['age', 'maximum'],
  90: ['age', 'type'],
  100: ['score', 'exclusiveMinimum'],
  110: ['score', 'exclusiveMaximum'],
  120: ['grade', 'enum'],
  130: ['email', 'type'], // format: email
  140: ['joined', 'minimum'],
  150: ['joined', 'maximum'],
  160: ['joined', 'type'], // 2023-02-30 does not exist
  170: ['active', 'required'],
  180: ['active', 'type'],
  191: ['uniqueKeys', 'uniqueKeys'], // repeats row 190's (name, grade)
  200: ['age', 'minimum'],
};

function nameOf(row: number): string {
  // Capitalised, lowercase rest, 4-8 letters, unique per row.
  const a = LETTERS[row % 26]!;
  const b = LETTERS[Math.floor(row / 26) % 26]!;
  return `N${a}${b}${'x'.repeat(1 + (row % 5))}`;
}

export function plantedRows(): Row[] {
  const rows: Row[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const row: Row = {
      id: r,
      name: nameOf(r),
      age: 20 + (r % 50),
      score: Number(((r % 97) / 100 + 0.005).toFixed(3)),
      grade: 'ABC'[r % 3]!,
      email: `user${r}@example.com`,
      joined: `202${r % 5}-0${1 + (r % 9)}-1${r % 10}`,
      active: r % 2 === 0,
    };
    rows.push(row);
  }
  const set = (r: number, patch: Partial<Row>) => Object.assign(rows[r - 1]!, patch);
  set(10, { id: null });
  set(20, { id: 'twenty' });
  set(30, { id: 29 });
  set(40, { name: 'Ab' });
  set(50, { name: 'Abcdefghijklmn' });
  set(60, { name: 'lowercase' });
  set(70, { age: -1 });
  set(80, { age: 121 });
  set(90, { age: '4.5' });
  set(100, { score: 0 });
  set(110, { score: 1 });
  set(120, { grade: 'F' });
  set(130, { email: 'not-an-email' });
  set(140, { joined: '2019-12-31' });
  set(150, { joined: '2026-01-01' });
  set(160, { joined: '2023-02-30' });
  set(170, { active: null });
  set(180, { active: 'maybe' });
  set(191, { name: rows[189]!.name, grade: rows[189]!.grade });
  set(200, { age: -5 });
  return rows;
}

/** Expected failed checks: "field/check" -> the sorted data rows. */
export function expectedChecks(): Record<string, number[]> {
  const expected: Record<string, number[]> = {};
  for (const [row, [field, check]] of Object.entries(PLANTED)) {
    const key = field === 'uniqueKeys' ? '/uniqueKeys' : `${field}/${check}`;
    (expected[key] ??= []).push(Number(row));
  }
  return expected;
}

const COLUMNS = ['id', 'name', 'age', 'score', 'grade', 'email', 'joined', 'active'] as const;

/** Writes data.csv, data.jsonl and data.parquet into dir; returns their paths. */
export function writePlanted(dir: string): { csv: string; jsonl: string; parquet: string; schema: string } {
  const rows = plantedRows();
  const csv = join(dir, 'data.csv');
  const jsonl = join(dir, 'data.jsonl');
  const parquet = join(dir, 'data.parquet');
  const schema = join(dir, 'schema.yaml');
  writeFileSync(schema, SCHEMA_YAML);
  const cell = (v: unknown) => (v === null ? '' : String(v));
  writeFileSync(csv, `${COLUMNS.join(',')}\n${rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(',')).join('\n')}\n`);
  writeFileSync(jsonl, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  // Parquet columns have one type: a column with a planted value of another type is text.
  runPython(
    `
import json, sys, pyarrow as pa, pyarrow.parquet as pq
rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else ${JSON.stringify(jsonl)})]
cols = {}
for name in ${JSON.stringify(COLUMNS)}:
    values = [r[name] for r in rows]
    kinds = {type(v) for v in values if v is not None}
    if len(kinds) > 1:
        values = [None if v is None else (json.dumps(v) if isinstance(v, bool) else str(v)) for v in values]
    cols[name] = values
pq.write_table(pa.table(cols), ${JSON.stringify(parquet)}, row_group_size=64)
`,
  );
  return { csv, jsonl, parquet, schema };
}
