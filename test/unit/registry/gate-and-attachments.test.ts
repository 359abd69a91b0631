import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAttachments } from '../../../src/registry/attachments.js';
import { FileRegistry } from '../../../src/registry/file.js';
import { collectLineage } from '../../../src/registry/lineage.js';
import { gateTags, readMetrics } from '../../../src/registry/metrics.js';
import { renderModelCard } from '../../../src/registry/model-card.js';
import { readModel } from '../../../src/registry/model-files.js';

const dir = mkdtempSync(join(tmpdir(), 'gate-attachments-'));

/** The shape eval-gate writes (actions/eval-gate/main.ts). */
const REPORT = {
  version: 1,
  gate: 'release',
  candidateFile: 'out/predictions.csv',
  baselineSource: 'registry:churn@production (version 3 in file registry .mlops/registry), its predictions',
  passed: false,
  failed: ['roc_auc', 'region=apac'],
  candidate: { roc_auc: 0.81, accuracy: 0.77 },
  baseline: { roc_auc: 0.84, accuracy: 0.79 },
  verdicts: [{ metric: 'roc_auc', candidate: 0.81, baseline: 0.84, delta: -0.03, passed: false }],
  slices: [],
};

describe('an eval-gate report as register-model metrics', () => {
  it("records the candidate's metrics under their own names, and the verdict", () => {
    writeFileSync(join(dir, 'report.json'), JSON.stringify(REPORT));
    const metrics = readMetrics(join(dir, 'report.json'));
    expect(metrics.values).toEqual({ roc_auc: 0.81, accuracy: 0.77 });
    expect(metrics.gate).toEqual({ id: 'release', passed: false, failed: ['roc_auc', 'region=apac'], baseline: REPORT.baselineSource });
    expect(gateTags(metrics.gate!)).toEqual({
      'mlops.gate.id': 'release',
      'mlops.gate.passed': 'false',
      'mlops.gate.failed': 'roc_auc,region=apac',
      'mlops.gate.baseline': REPORT.baselineSource,
    });
  });

  it('a plain metrics file has no verdict', () => {
    writeFileSync(join(dir, 'plain.json'), JSON.stringify({ metrics: { auc: 0.9 }, gate: 'not a report' }));
    const metrics = readMetrics(join(dir, 'plain.json'));
    expect(metrics.values).toEqual({ auc: 0.9 });
    expect(metrics.gate).toBeUndefined();
  });

  it('the model card shows the verdict and the attachments, escaped', () => {
    const card = renderModelCard({
      name: 'churn',
      version: '4',
      digest: 'sha256:00',
      registry: 'file registry r',
      metrics: { roc_auc: 0.81 },
      tags: {},
      lineage: { created: '2026-01-01T00:00:00.000Z', files: [], dataProfiles: [] },
      gate: { id: 'release', passed: false, failed: ['roc_auc', 'a|b'], baseline: 'x <script>' },
      attachments: [{ name: 'predictions/p.csv', kind: 'predictions', digest: 'sha256:11', size: 12 }],
    });
    expect(card).toContain('## Evaluation gate');
    expect(card).toContain('| Verdict | ❌ failed |');
    expect(card).not.toContain('<script>');
    expect(card).not.toMatch(/a\|b/);
    expect(card).toMatch(/\| `predictions\/p\.csv` \| 12 \| `sha256:11` \|/);
  });
});

describe('file registry attachments', () => {
  it('are stored with the version, fetched by name with their digest checked, and refused when damaged', async () => {
    const root = join(dir, 'registry');
    const model = join(dir, 'model.bin');
    writeFileSync(model, 'weights');
    writeFileSync(join(dir, 'preds.csv'), 'label,score\n1,0.9\n');
    const registry = new FileRegistry(root);
    const content = await readModel(model);
    const attachments = await readAttachments([{ kind: 'predictions', path: join(dir, 'preds.csv'), input: 'predictions' }]);
    const { version } = await registry.register({ name: 'm', content, tags: {}, metrics: {}, lineage: collectLineage(content, {}, {}), attachments, card: () => '' });
    expect(version.attachments).toEqual([{ name: 'predictions/preds.csv', kind: 'predictions', digest: attachments[0]!.digest, size: 18 }]);
    const out = join(dir, 'out');
    const fetched = await registry.fetchAttachment('m', '1', 'predictions/preds.csv', out);
    expect(readFileSync(fetched, 'utf8')).toBe('label,score\n1,0.9\n');
    // Fetching again over the first copy works (the copy is writable, unlike the shared blob).
    await registry.fetchAttachment('m', '1', 'predictions/preds.csv', out);

    // A stored file changed behind the registry's back is refused, not used.
    const stored = join(root, 'models', 'm', 'versions', '1', 'attachments', 'predictions', 'preds.csv');
    rmSync(stored);
    writeFileSync(stored, 'label,score\n0,0.1\n');
    await expect(registry.fetchAttachment('m', '1', 'predictions/preds.csv', out)).rejects.toThrow(/attachment 'predictions\/preds.csv' does not match its recorded digest/);
  });

  it('a version written before attachments existed lists none', async () => {
    const root = join(dir, 'old-registry');
    const versionDir = join(root, 'models', 'old', 'versions', '1');
    mkdirSync(join(versionDir, 'model'), { recursive: true });
    writeFileSync(join(versionDir, 'model', 'm.bin'), 'x');
    const record = { format: 'mlops-actions/model-version', formatVersion: 1, name: 'old', version: '1', digest: 'sha256:00', singleFile: true, metrics: { auc: 0.9 }, lineage: { created: 'now', files: [{ path: 'm.bin', sha256: '00', size: 1 }], dataProfiles: [] } };
    writeFileSync(join(versionDir, 'version.json'), JSON.stringify(record));
    const registry = new FileRegistry(root);
    const version = await registry.getVersion('old', '1');
    expect(version?.attachments).toEqual([]);
    expect(await registry.listAliases('old')).toEqual([]);
    await expect(registry.fetchAttachment('old', '1', 'data-profile/p.json', dir)).rejects.toThrow(/has no attachment 'data-profile\/p.json' \(it has: none\)/);
  });
});
