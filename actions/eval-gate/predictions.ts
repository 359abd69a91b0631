/**
 * Reads a predictions file (any format the data readers take) into the columns eval-gate
 * needs, and infers the task when the user did not say it.
 */
import { expandDataPaths, readDataset } from '../../src/data/index.js';
import { UserError } from '../../src/runner/errors.js';
import type { TASKS } from './spec.js';

export type Task = (typeof TASKS)[number];
export type Value = number | string;

export interface ColumnNames {
  label: string;
  prediction: string;
  score: string;
  id?: string;
  slices: string[];
}

export interface Predictions {
  file: string;
  rows: number;
  task: Task;
  labels: Value[];
  predictions?: Value[];
  /** Binary: probability of class 1. */
  scores?: number[];
  /** Multiclass: probability per class. */
  proba?: { classes: Value[]; columns: number[][] };
  ids?: string[];
  slices: Record<string, string[]>;
}

function toValue(cell: unknown): Value | undefined {
  if (cell === null || cell === undefined || cell === '') return undefined;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'bigint') return Number(cell);
  const text = String(cell);
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true' ? 1 : 0;
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}

/** Loads the predictions; `role` (candidate/baseline) names the file in errors. */
export async function readPredictions(source: string, names: ColumnNames, task: Task | undefined, role: string): Promise<Predictions> {
  const paths = await expandDataPaths(source);
  const raw: Record<string, unknown[]> = {};
  let columns: string[] = [];
  for await (const batch of readDataset(paths)) {
    columns = batch.columns;
    batch.columns.forEach((name, c) => {
      const target = (raw[name] ??= []);
      const cells = batch.values[c] as unknown[];
      for (let i = 0; i < batch.rowCount; i++) target.push(cells[i]);
    });
  }
  const rows = raw[columns[0] ?? '']?.length ?? 0;
  const need = (name: string, what: string): unknown[] => {
    const cells = raw[name];
    if (!cells) throw new UserError(`${source}: the ${role} predictions have no ${what} column '${name}' (columns: ${columns.join(', ')}); set the input that names it`, { file: paths[0] });
    return cells;
  };
  const values = (name: string, what: string): Value[] =>
    need(name, what).map((cell, i) => {
      const value = toValue(cell);
      if (value === undefined) throw new UserError(`${source}: row ${i + 1} of the ${role} predictions has no ${what} (column '${name}')`, { file: paths[0] });
      return value;
    });
  const numbers = (name: string, what: string): number[] =>
    values(name, what).map((v, i) => {
      if (typeof v !== 'number') throw new UserError(`${source}: row ${i + 1} of the ${role} predictions: ${what} '${v}' in column '${name}' is not a number`, { file: paths[0] });
      return v;
    });

  const labels = values(names.label, 'label');
  const hasPrediction = names.prediction in raw;
  const classColumns = columns.filter((c) => c.startsWith(`${names.score}_`));
  const listed = names.score.includes(',') ? names.score.split(',').map((s) => s.trim()) : undefined;
  const hasScore = names.score in raw;
  const predicted = hasPrediction ? values(names.prediction, 'prediction') : undefined;
  const resolved = task ?? inferTask(labels, hasScore, classColumns.length > 0 || Boolean(listed), predicted);
  const result: Predictions = { file: source, rows, task: resolved, labels, slices: {} };
  if (predicted) result.predictions = predicted;
  if (resolved === 'binary' && hasScore) result.scores = numbers(names.score, 'score');
  if (resolved === 'multiclass' && (classColumns.length || listed)) {
    const probaColumns = listed ?? classColumns;
    result.proba = {
      classes: probaColumns.map((c) => toValue(listed ? c : c.slice(names.score.length + 1)) as Value),
      columns: probaColumns.map((c) => numbers(c, `probability column '${c}'`)),
    };
  }
  if (resolved !== 'binary' && !hasPrediction && resolved !== 'multiclass') need(names.prediction, 'prediction');
  if (resolved === 'multiclass' && !hasPrediction) result.predictions = argmax(result.proba!);
  if (resolved === 'regression' && !hasPrediction) need(names.prediction, 'prediction');
  if (names.id) result.ids = values(names.id, 'id').map(String);
  for (const slice of names.slices) result.slices[slice] = need(slice, 'slice').map((cell) => (cell === null || cell === undefined || cell === '' ? '(missing)' : String(cell)));
  return result;
}

function argmax(proba: { classes: Value[]; columns: number[][] }): Value[] {
  const rows = proba.columns[0]?.length ?? 0;
  return Array.from({ length: rows }, (_, i) => {
    let best = 0;
    proba.columns.forEach((column, j) => {
      if ((column[i] ?? -Infinity) > (proba.columns[best]![i] ?? -Infinity)) best = j;
    });
    return proba.classes[best]!;
  });
}

/**
 * Binary when labels are 0/1 with a score; multiclass with per-class probabilities or few classes;
 * regression otherwise. Beyond 0/1 labels, a fractional predicted value means regression even when
 * the targets are few integers (counts, ratings): a classifier predicts one of the classes, never 2.7.
 */
export function inferTask(labels: readonly Value[], hasScore: boolean, hasClassScores: boolean, predictions?: readonly Value[]): Task {
  if (hasClassScores) return 'multiclass';
  const distinct = new Set(labels);
  const binary = [...distinct].every((v) => v === 0 || v === 1);
  if (binary && (hasScore || distinct.size <= 2)) return 'binary';
  if (predictions?.some((v) => typeof v === 'number' && !Number.isInteger(v))) return 'regression';
  if (distinct.size <= 50 && [...distinct].every((v) => typeof v === 'string' || Number.isInteger(v))) return 'multiclass';
  return 'regression';
}
