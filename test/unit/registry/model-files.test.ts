import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetrics } from '../../../src/registry/metrics.js';
import { readModel } from '../../../src/registry/model-files.js';
import { shellDigest } from '../../contract/register-model/models.js';

const dir = mkdtempSync(join(tmpdir(), 'model-files-'));

describe('model digest', () => {
  it('equals the documented coreutils recipe, with names that sort differently by code unit and by locale', async () => {
    const model = join(dir, 'model');
    mkdirSync(join(model, 'B'), { recursive: true });
    mkdirSync(join(model, 'a'), { recursive: true });
    writeFileSync(join(model, 'B', 'x.bin'), 'upper');
    writeFileSync(join(model, 'a', 'y.bin'), 'lower');
    writeFileSync(join(model, 'é.txt'), 'accent');
    writeFileSync(join(model, 'z.txt'), 'zed');
    const content = await readModel(model);
    expect(content.files.map((f) => f.path)).toEqual(['B/x.bin', 'a/y.bin', 'z.txt', 'é.txt']);
    expect(content.digest).toBe(shellDigest(model));
  });
  it('a single file is hashed under its base name', async () => {
    const file = join(dir, 'single', 'model.pkl');
    mkdirSync(join(dir, 'single'));
    writeFileSync(file, 'pickle');
    const content = await readModel(file);
    expect(content.singleFile).toBe(true);
    expect(content.digest).toBe(shellDigest(join(dir, 'single')));
  });
  it('an empty directory is refused', async () => {
    mkdirSync(join(dir, 'empty'));
    await expect(readModel(join(dir, 'empty'))).rejects.toThrow(/^Input 'path': the model directory .* has no files/);
  });
});

describe('metrics files', () => {
  it('flattens nested numbers with dots, reads an eval-gate style `metrics` object, ignores text', () => {
    writeFileSync(join(dir, 'm.yaml'), 'metrics:\n  auc: 0.9\n  by_slice: {eu: {auc: 0.8}}\n  note: fine\n');
    expect(readMetrics(join(dir, 'm.yaml')).values).toEqual({ auc: 0.9, 'by_slice.eu.auc': 0.8 });
    writeFileSync(join(dir, 'flat.json'), '{"rmse": 1.5, "ok": true}');
    expect(readMetrics(join(dir, 'flat.json')).values).toEqual({ rmse: 1.5 });
    writeFileSync(join(dir, 'none.json'), '{"note": "x"}');
    expect(() => readMetrics(join(dir, 'none.json'))).toThrow(/holds no numeric metric/);
  });
});
