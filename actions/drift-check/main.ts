/** drift-check's entry: typed inputs in, plain analysis, outputs, reports, summary and GitHub out. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import type { ActionRun } from '../../src/runner/action-module.js';
import { writeFileAtomic } from '../../src/runner/atomic-write.js';
import { refuseClashingPaths, type ReadPaths } from '../../src/runner/distinct-paths.js';
import { expandDataPaths } from '../../src/data/paths.js';
import { isRegistryReference } from '../../src/registry/model-reference.js';
import { appendSummary } from '../../src/runner/summary.js';
import { analyze } from './analyze.js';
import { parseColumnConfig } from './config.js';
import { renderDriftHtml } from './html-report.js';
import { notifyGitHub } from './notify.js';
import { loadSide } from './sides.js';
import { CORRECTIONS, DRIFT_METHODS } from './spec.js';
import { oneLine, renderDriftSummary } from './summary.js';

export const REPORT_VERSION = 1;

export async function main({ inputs, outputs }: ActionRun): Promise<void> {
  const referenceSpec = inputs.requiredString('reference');
  const currentSpec = inputs.requiredString('current');
  const config = inputs.structured('config');
  const options = {
    columns: inputs.list('columns'),
    excludeColumns: inputs.list('exclude-columns'),
    method: inputs.enumeration('method', DRIFT_METHODS) ?? 'auto',
    threshold: inputs.number('threshold', { min: 0 }),
    config: parseColumnConfig(config),
    correction: inputs.enumeration('correction', CORRECTIONS) ?? 'none',
    driftShare: inputs.number('drift-share', { min: 0, max: 1 }) ?? 0.5,
    minRows: inputs.integer('min-rows', { min: 1 }) ?? 30,
  };
  const failOnDrift = inputs.boolean('fail-on-drift');
  const savePath = inputs.string('save-profile');
  const reportPath = inputs.requiredString('report');
  const htmlPath = inputs.string('html-report');
  const issue = inputs.boolean('issue');
  const dispatch = inputs.string('dispatch');
  const token = inputs.string('github-token');
  const issueLabel = inputs.requiredString('issue-label');
  // Each side's data files are expanded once, here, and handed to loadSide.
  const referenceFiles = await sideFiles('reference', referenceSpec);
  const currentFiles = await sideFiles('current', currentSpec);
  refuseClashingPaths(
    [referenceFiles, currentFiles, { input: 'config', paths: config?.file ? [config.file] : [] }],
    [{ input: 'save-profile', path: savePath, what: 'profile' }, { input: 'html-report', path: htmlPath, what: 'HTML report' }, { input: 'report', path: reportPath, what: 'report' }],
  );

  const started = Date.now();
  const sideOptions = { registry: inputs.requiredString('registry'), ...(token ? { githubToken: token } : {}) };
  const reference = await loadSide('reference', referenceSpec, { ...sideOptions, ...datasetPaths(referenceFiles) });
  const current = await loadSide('current', currentSpec, { ...sideOptions, ...datasetPaths(currentFiles) });
  const analysis = analyze(reference, current, options);

  const report = {
    version: REPORT_VERSION,
    drifted: analysis.drifted,
    driftShare: analysis.driftShare,
    driftShareThreshold: options.driftShare,
    driftedColumns: analysis.driftedColumns,
    reference: { source: referenceSpec, kind: reference.kind, rows: reference.rows },
    current: { source: currentSpec, kind: current.kind, rows: current.rows },
    correction: options.correction,
    columns: analysis.columns.map(({ distribution: _distribution, ...column }) => column),
    onlyReference: analysis.onlyReference,
    onlyCurrent: analysis.onlyCurrent,
    seconds: (Date.now() - started) / 1000,
  };
  if (savePath) writeFileAtomic(resolve(savePath), `${JSON.stringify(current.profile!(), null, 1)}\n`, 'profile');
  if (htmlPath) writeFileAtomic(resolve(htmlPath), renderDriftHtml(analysis, referenceSpec, currentSpec), 'HTML report');
  writeFileAtomic(resolve(reportPath), `${JSON.stringify(report, null, 2)}\n`, 'report');

  outputs.set('drifted', analysis.drifted);
  outputs.set('drift-share', Number(analysis.driftShare.toFixed(6)));
  outputs.set('drifted-columns', analysis.driftedColumns);
  outputs.set('report', reportPath);
  const summary = renderDriftSummary(analysis, referenceSpec, currentSpec, { reference: reference.rows, current: current.rows });
  await appendSummary(summary);
  await notifyGitHub(analysis, { token, issue, issueLabel, dispatch, reference: referenceSpec, current: currentSpec, summary });

  const line = `drift-check: ${oneLine(analysis)}`;
  if (analysis.drifted && failOnDrift) core.setFailed(line);
  else if (analysis.drifted) core.warning(line);
  else core.info(line);
}

/** The local files a side reads (`dataset`: a data spec that matched files); a reference that is a saved profile may be rolled forward by `save-profile`. */
async function sideFiles(input: 'reference' | 'current', spec: string): Promise<ReadPaths & { dataset?: true }> {
  if (isRegistryReference(spec)) return { input, paths: [] };
  if (/\.json$/i.test(spec.trim())) return { input, paths: [spec.trim()], ...(input === 'reference' ? { replacedBy: 'save-profile' } : {}) };
  // A spec that matches nothing (or cannot be expanded) is reported by loadSide, in its own words.
  const paths = await expandDataPaths(spec).catch(() => undefined);
  return paths ? { input, paths, dataset: true } : { input, paths: [] };
}

/** loadSide's `paths` option for a side whose data files sideFiles expanded. */
function datasetPaths(files: { paths: readonly string[]; dataset?: true }): { paths?: readonly string[] } {
  return files.dataset ? { paths: files.paths } : {};
}
