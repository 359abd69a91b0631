/**
 * Multiclass labels to indices, in the order scikit-learn uses (np.unique: numbers ascending,
 * strings by code point), so per-class arrays line up with sklearn's `labels` ordering.
 */
import { UserError } from '../runner/errors.js';
import type { Label } from './input.js';

/** Compares strings by Unicode code point as NumPy does (JS `<` compares UTF-16 code units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done) return cb.done ? 0 : -1;
    if (cb.done) return 1;
    const d = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Sorts distinct labels the way np.unique does; mixing strings and numbers is a UserError. */
export function sortLabels(labels: Iterable<Label>): Label[] {
  const distinct = [...new Set(labels)];
  const strings = distinct.filter((l) => typeof l === 'string').length;
  if (strings > 0 && strings < distinct.length) {
    throw new UserError(`labels mix strings and numbers (${distinct.slice(0, 4).map((l) => JSON.stringify(l)).join(', ')}); use one type`);
  }
  for (const l of distinct) {
    if (typeof l === 'number' && Number.isNaN(l)) throw new UserError('labels contain NaN');
  }
  return strings > 0
    ? (distinct as string[]).sort(compareCodePoints)
    : (distinct as number[]).sort((a, b) => a - b);
}

/** Labels encoded as indices into `classes`. */
export interface EncodedLabels {
  classes: Label[];
  indices: Int32Array[];
}

/**
 * Encodes several label arrays against one class list: the sorted union of their values
 * (sklearn's unique_labels), or the given classes, in which case a value outside them is a
 * UserError naming the array, row and value.
 */
export function encodeLabels(arrays: Readonly<Record<string, ArrayLike<Label>>>, classes?: readonly Label[]): EncodedLabels {
  const names = Object.keys(arrays);
  let list: Label[];
  if (classes === undefined) {
    const all: Label[] = [];
    for (const name of names) {
      const a = arrays[name]!;
      for (let i = 0; i < a.length; i++) all.push(a[i]!);
    }
    list = sortLabels(all);
  } else {
    list = [...classes];
    if (new Set(list).size !== list.length) throw new UserError('classes contain duplicates');
  }
  const index = new Map<Label, number>(list.map((l, i) => [l, i]));
  const indices = names.map((name) => {
    const a = arrays[name]!;
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const k = index.get(a[i]!);
      if (k === undefined) {
        throw new UserError(`${name}: row ${i} is ${JSON.stringify(a[i])}, which is not one of the classes ${JSON.stringify(list)}`);
      }
      out[i] = k;
    }
    return out;
  });
  return { classes: list, indices };
}
