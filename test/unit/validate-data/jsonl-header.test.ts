/**
 * A JSON Lines file's header is the keys its lines use, wherever they first appear: an extra key
 * first used deep in the file is reported at that row and line, and a schema field that only
 * later lines use is not missing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../../actions/validate-data/validate.js';
import { parseSchema } from '../../../src/schema/load.js';

const dir = mkdtempSync(join(tmpdir(), 'vd-jsonl-header-'));
const schema = parseSchema('fields:\n  - {name: id, type: integer}\n  - {name: x, type: integer}\n  - {name: late, type: integer}\n', 'schema.yaml');

function jsonl(name: string, rows: number, extra: Record<number, Record<string, unknown>>): string {
  const lines: string[] = [];
  for (let i = 1; i <= rows; i++) lines.push(JSON.stringify({ id: i, x: i % 7, ...extra[i] }));
  const path = join(dir, name);
  // A blank line first: rows and lines differ by one.
  writeFileSync(path, `\n${lines.join('\n')}\n`);
  return path;
}

async function headerChecks(data: string) {
  const outcome = await validateData({ data, schema, schemaFile: 'schema.yaml', maxExamples: 5 });
  return outcome.violations.all().map((c) => ({ field: c.field, check: c.check, examples: c.examples }));
}

describe('JSONL header checks', () => {
  it('reports a key first used after the first batch, at its row and line (it used to pass silently)', async () => {
    // 9,000 rows are several batches; `late` on row 50 keeps it from being missing.
    const data = jsonl('deep.jsonl', 9000, { 50: { late: 1 }, 8000: { zz: 'x' } });
    expect(await headerChecks(data)).toEqual([{ field: 'zz', check: 'extra-field', examples: [{ row: 8000, line: 8001, file: data }] }]);
  });

  it('reports an extra key of the first batch at the row that uses it, not at row 1', async () => {
    const data = jsonl('early.jsonl', 3, { 2: { zz: 1 }, 3: { late: 2 } });
    expect(await headerChecks(data)).toEqual([{ field: 'zz', check: 'extra-field', examples: [{ row: 2, line: 3, file: data }] }]);
  });

  it('does not call a schema field missing when only later lines use it, and still reports one no line uses', async () => {
    expect(await headerChecks(jsonl('later.jsonl', 9000, { 7000: { late: 1 } }))).toEqual([]);
    const none = jsonl('none.jsonl', 10, {});
    expect(await headerChecks(none)).toEqual([{ field: 'late', check: 'missing-field', examples: [{ row: 1, line: 1, file: none }] }]);
  });
});
