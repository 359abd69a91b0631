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
  /** Paths of the text fields that were cut (`summary`, `columns[3].note`), longest first. */
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

/** The text of `leaf` keeping `keep` code points, with the note when anything was cut. */
function render(leaf: TextLeaf, keep: number): string {
  if (keep >= leaf.chars.length) return leaf.chars.join('');
  const note = `… [cut by mlops-actions: ${keep} of ${leaf.chars.length} characters kept to fit GitHub's 64 KB client_payload limit]`;
  return `${leaf.chars.slice(0, keep).join('').trimEnd()}${note}`;
}

/** Cuts `leaf` so its JSON form shrinks by `excess` bytes, or as far as it goes; false when it cannot shrink. */
function cut(leaf: TextLeaf, excess: number): boolean {
  const cost = payloadBytes(render(leaf, leaf.keep));
  const goal = cost - excess;
  // A first guess in proportion to the bytes, then smaller steps until it fits.
  let keep = Math.min(leaf.keep - 1, Math.max(0, Math.floor((leaf.keep * (goal - 160)) / cost)));
  if (keep < 0) return false;
  while (keep > 0 && payloadBytes(render(leaf, keep)) > goal) keep = Math.floor(keep * 0.9);
  const text = render(leaf, keep);
  if (payloadBytes(text) >= cost) return false;
  leaf.keep = keep;
  leaf.write(text);
  return true;
}

/**
 * Checks `payload` against GitHub's client_payload limits and fits it: more than ten top-level
 * keys is a UserError (what to drop is the caller's call); a payload over the budget has its
 * longest text fields cut, each ending with a note, until it fits. A payload that still does
 * not fit once its text is cut (a huge array of numbers) is a UserError. The input is not
 * changed.
 */
export function fitClientPayload(payload: ClientPayload, budget = PAYLOAD_BUDGET_BYTES): FittedPayload {
  const keys = Object.keys(payload);
  if (keys.length > MAX_PAYLOAD_KEYS) {
    throw new UserError(
      `The repository_dispatch client_payload has ${keys.length} top-level keys (${keys.join(', ')}); GitHub allows at most ${MAX_PAYLOAD_KEYS}.`,
    );
  }
  const copy = structuredClone(payload);
  const trimmed = new Set<string>();
  const leaves: TextLeaf[] = [];
  collectText(copy, '', leaves, () => undefined);
  let bytes = payloadBytes(copy);
  while (bytes > budget) {
    const longest = leaves.slice().sort((a, b) => payloadBytes(render(b, b.keep)) - payloadBytes(render(a, a.keep)));
    const shrunk = longest.find((leaf) => cut(leaf, bytes - budget));
    if (!shrunk) {
      throw new UserError(
        `The repository_dispatch client_payload is ${bytes} bytes even with its text cut; GitHub accepts less than ${MAX_PAYLOAD_BYTES} bytes. Send less data, or a link to it.`,
      );
    }
    trimmed.add(shrunk.path);
    bytes = payloadBytes(copy);
  }
  return { payload: copy, trimmed: [...trimmed], bytes };
}
