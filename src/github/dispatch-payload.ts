/**
 * Fitting a repository_dispatch `client_payload` into GitHub's limits. A drift summary can
 * hold long Markdown or column lists; rather than losing the retraining trigger over its
 * size, the longest text fields are cut, each with a note saying so.
 */
import { UserError } from '../runner/errors.js';

/** GitHub: "The maximum number of top-level properties is 10." */
export const MAX_PAYLOAD_KEYS = 10;
/** GitHub: "The total size of the JSON payload must be less than 64KB." */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * What we aim for: under the limit with room to spare, because GitHub does not say whether
 * it counts bytes or characters, nor the event type and the envelope around the payload.
 */
export const PAYLOAD_BUDGET_BYTES = 60 * 1024;

export type PayloadValue = string | number | boolean | null | PayloadValue[] | { [key: string]: PayloadValue };
export type ClientPayload = Record<string, PayloadValue>;

export interface FittedPayload {
  payload: ClientPayload;
  /** Paths of the text fields that were cut (`summary`, `columns[3].note`), in payload order. */
  trimmed: string[];
  /** Size of the fitted payload as sent, in UTF-8 bytes. */
  bytes: number;
}

/** A string somewhere in the payload, and how much of it is kept. */
interface TextLeaf {
  path: string;
  /** The original text, in code points, so a cut never splits a surrogate pair. */
  chars: string[];
  keep: number;
  write: (value: string) => void;
}

/** The size GitHub receives: the JSON text in UTF-8 bytes. */
export function payloadBytes(payload: unknown): number {
  return Buffer.byteLength(JSON.stringify(payload), 'utf8');
}

function collectText(node: PayloadValue, path: string, leaves: TextLeaf[], write: (v: string) => void): void {
  if (typeof node === 'string') {
    const chars = Array.from(node);
    leaves.push({ path, chars, keep: chars.length, write });
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => collectText(item, `${path}[${i}]`, leaves, (v) => { node[i] = v; }));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) collectText(value, path ? `${path}.${key}` : key, leaves, (v) => { node[key] = v; });
  }
}

/**
 * The text of `leaf` keeping `keep` code points, then a note when anything was cut: the full
 * note, or a bare ellipsis where a field is cut so short that the note would not fit.
 */
function render(leaf: TextLeaf, keep: number, brief = false): string {
  if (keep >= leaf.chars.length) return leaf.chars.join('');
  const note = brief ? '…' : `… [cut by mlops-actions: ${keep} of ${leaf.chars.length} characters kept to fit GitHub's 64 KB client_payload limit]`;
  return `${leaf.chars.slice(0, keep).join('').trimEnd()}${note}`;
}

/** The largest `keep` whose rendering costs at most `maxCost` JSON bytes; -1 when none does. */
function longestFit(leaf: TextLeaf, maxCost: number, brief: boolean): number {
  if (payloadBytes(render(leaf, 0, brief)) > maxCost) return -1;
  // Each kept character costs at least one byte, so no more than maxCost can be kept.
  let low = 0;
  let high = Math.min(leaf.chars.length - 1, maxCost);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (payloadBytes(render(leaf, mid, brief)) <= maxCost) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Cuts `leaf` to the longest start that, with its note, costs at most `maxCost` bytes (or as near as it gets). */
function shrinkTo(leaf: TextLeaf, maxCost: number): void {
  let brief = false;
  let keep = longestFit(leaf, maxCost, brief);
  if (keep < 0) {
    brief = true;
    keep = Math.max(0, longestFit(leaf, maxCost, brief));
  }
  const text = render(leaf, keep, brief);
  // Cutting a short field to fit a tiny cap could make it longer; keep what is smaller.
  if (payloadBytes(text) >= payloadBytes(render(leaf, leaf.keep))) return;
  leaf.keep = keep;
  leaf.write(text);
}

/**
 * The largest cap on a text field's JSON size that brings the payload within `budget`, when
 * only the fields above the cap are cut ("water-filling"): long fields all keep the same
 * share, short ones are untouched.
 */
function waterLevel(costs: number[], fixed: number, budget: number): number {
  const sorted = costs.slice().sort((a, b) => a - b);
  let below = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const above = sorted.length - i;
    const level = Math.floor((budget - fixed - below) / above);
    if (level <= (sorted[i] ?? 0)) return Math.max(0, level);
    below += sorted[i] ?? 0;
  }
  return sorted[sorted.length - 1] ?? 0;
}

/**
 * Checks `payload` against GitHub's client_payload limits and fits it: more than ten top-level
 * keys is a UserError (what to drop is the caller's call); a payload over the budget has its
 * longest text fields cut to an equal size, each ending with a note, until it fits. A payload
 * that still does not fit once its text is cut (a huge array of numbers) is a UserError. The
 * input is not changed.
 */
export function fitClientPayload(payload: ClientPayload, budget = PAYLOAD_BUDGET_BYTES): FittedPayload {
  const keys = Object.keys(payload);
  if (keys.length > MAX_PAYLOAD_KEYS) {
    throw new UserError(
      `The repository_dispatch client_payload has ${keys.length} top-level keys (${keys.join(', ')}); GitHub allows at most ${MAX_PAYLOAD_KEYS}.`,
    );
  }
  const copy = structuredClone(payload);
  const leaves: TextLeaf[] = [];
  collectText(copy, '', leaves, () => undefined);
  const original = payloadBytes(copy);
  if (original <= budget) return { payload: copy, trimmed: [], bytes: original };
  const costs = leaves.map((leaf) => payloadBytes(render(leaf, leaf.keep)));
  const fixed = original - costs.reduce((sum, c) => sum + c, 0);
  // The level is exact for the sizes but not for the notes and the cut points: lower it until it fits.
  let level = waterLevel(costs, fixed, budget);
  for (;;) {
    leaves.forEach((leaf, i) => {
      if ((costs[i] ?? 0) > level) shrinkTo(leaf, level);
    });
    const bytes = payloadBytes(copy);
    if (bytes <= budget) {
      const trimmed = leaves.filter((leaf) => leaf.keep < leaf.chars.length).map((leaf) => leaf.path);
      return { payload: copy, trimmed, bytes };
    }
    if (level === 0) {
      throw new UserError(
        `The repository_dispatch client_payload is ${original} bytes, and ${bytes} even with its text cut; GitHub accepts less than ${MAX_PAYLOAD_BYTES} bytes. Send less data, or a link to it.`,
      );
    }
    level = Math.floor(level * 0.9);
  }
}
