/** Action outputs, checked against the declaration so a typo cannot silently drop one. */
import * as core from '@actions/core';
import type { ActionSpec } from './spec.js';

export type OutputValue = string | number | boolean | null | object;

export class Outputs {
  private readonly values: Record<string, string> = {};

  constructor(private readonly spec: ActionSpec) {}

  /** Sets an output; objects and arrays are written as JSON. */
  set(name: string, value: OutputValue): void {
    if (!this.spec.outputs[name]) throw new Error(`Output '${name}' is set but not declared in the spec of ${this.spec.name}`);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.values[name] = text;
    core.setOutput(name, text);
  }

  /** What has been set so far (for the CLI and tests). */
  all(): Readonly<Record<string, string>> {
    return this.values;
  }
}
