/** Fills `{{ name }}` placeholders of analysis queries; an unknown one is a user error. */
import { InputError } from '../runner/errors.js';

const PLACEHOLDER = /\{\{\s*([\w-]+)\s*\}\}/g;

/** The query with every placeholder replaced; `what` names the metric in errors. */
export function fillQuery(query: string, values: Readonly<Record<string, string>>, what: string): string {
  return query.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new InputError('analysis', `${what} uses {{ ${name} }}, which is not known here; known placeholders: ${Object.keys(values).map((k) => `{{ ${k} }}`).join(', ')}`);
    }
    return value;
  });
}

/** A duration in ms as PromQL writes it (whole seconds, at least 1s). */
export function promDuration(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}
