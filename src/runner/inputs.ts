/**
 * Typed, named access to action inputs. Each getter reads the value the runner passes in
 * `INPUT_<NAME>` (through @actions/core), falls back to the declared default, and throws an
 * InputError that names the input and says what was expected.
 */
import * as core from '@actions/core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { parseDuration } from './duration.js';
import { InputError, UserError } from './errors.js';
import type { ActionSpec } from './spec.js';
import { linePosition } from './text-position.js';

export interface StructuredValue {
  value: unknown;
  /** The file it came from, when the input named a file rather than holding the text inline. */
  file?: string;
}

/** Inputs of one action, checked against its declaration. */
export class Inputs {
  constructor(private readonly spec: ActionSpec) {}

  /** The raw text, or undefined when empty; required inputs throw when empty. */
  string(name: string): string | undefined {
    const declared = this.spec.inputs[name];
    if (!declared) throw new Error(`Input '${name}' is read but not declared in the spec of ${this.spec.name}`);
    const given = core.getInput(name);
    let value = given !== '' ? given : (declared.default ?? '');
    // A default such as `${{ github.token }}` is evaluated by the runner; seen literally (the
    // CLI, a test harness) it means nothing was supplied.
    if (/^\$\{\{[^}]*\}\}$/.test(value.trim())) value = '';
    if (value === '') {
      if (declared.required) throw new InputError(name, `is required but was not supplied (${declared.description})`);
      return undefined;
    }
    return value;
  }

  /** Like string() but for inputs that must have a value in this situation. */
  requiredString(name: string, why = 'a value is required'): string {
    const value = this.string(name);
    if (value === undefined) throw new InputError(name, `${why}, but it was not supplied`);
    return value;
  }

  /** YAML 1.2 core booleans, as @actions/core accepts them. */
  boolean(name: string): boolean {
    const value = this.string(name);
    if (value === undefined) return false;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw new InputError(name, `expected true or false, got '${value}'`);
  }

  integer(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^[+-]?\d+$/.test(value)) throw new InputError(name, `expected a whole number, got '${value}'`);
    return checkRange(name, Number(value), range);
  }

  number(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) || !Number.isFinite(parsed)) {
      throw new InputError(name, `expected a number, got '${value}'`);
    }
    return checkRange(name, parsed, range);
  }

  enumeration<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InputError(name, `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${value}'`);
    }
    return value as T;
  }

  /** Items separated by commas or newlines, trimmed, empty items dropped. */
  list(name: string): string[] {
    const value = this.string(name);
    if (value === undefined) return [];
    return value
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** A duration such as `90s`, `5m`, `1h30m`, `250ms` or bare seconds; returns milliseconds. */
  duration(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const ms = parseDuration(value);
    if (ms === undefined) throw new InputError(name, `expected a duration such as 90s, 5m or 1h30m, got '${value}'`);
    return ms;
  }

  /**
   * YAML or JSON, given inline or as a path to a file. A value that names an existing file is
   * read from it; parse errors name the file (or the input) with line and column.
   */
  structured(name: string): StructuredValue | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const looksLikePath = !value.includes('\n') && /\.(ya?ml|json)$/i.test(value.trim());
    if (looksLikePath) {
      const path = resolve(value.trim());
      if (!existsSync(path)) throw new InputError(name, `file '${value.trim()}' does not exist`, { file: value.trim() });
      return { value: parseYaml(readFileSync(path, 'utf8'), name, value.trim()), file: value.trim() };
    }
    return { value: parseYaml(value, name) };
  }

  /** A path that must exist (file or directory, as asked); returned as given. */
  existingPath(name: string, kind: 'file' | 'directory' | 'any' = 'any'): string | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const path = resolve(value);
    if (!existsSync(path)) throw new InputError(name, `path '${value}' does not exist`);
    const stats = statSync(path);
    if (kind === 'file' && !stats.isFile()) throw new InputError(name, `expected a file, but '${value}' is not one`);
    if (kind === 'directory' && !stats.isDirectory()) {
      throw new InputError(name, `expected a directory, but '${value}' is not one`);
    }
    return value;
  }
}

function checkRange(name: string, value: number, range: { min?: number; max?: number }): number {
  if (range.min !== undefined && value < range.min) throw new InputError(name, `expected at least ${range.min}, got ${value}`);
  if (range.max !== undefined && value > range.max) throw new InputError(name, `expected at most ${range.max}, got ${value}`);
  return value;
}

/**
 * Parses YAML (a superset of JSON). Errors become UserErrors naming the input, and the file
 * and position when the text came from a file.
 */
export function parseYaml(text: string, input: string | undefined, file?: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = linePosition(text, first.pos[0]);
    const where = file ? `${file}${pos ? `:${pos.line}:${pos.col}` : ''}` : pos ? `line ${pos.line}, column ${pos.col}` : '';
    const message = `${where ? `${where}: ` : ''}invalid YAML/JSON: ${first.message.split('\n')[0]}`;
    const location = { file, line: pos?.line, column: pos?.col };
    throw input ? new InputError(input, message, location) : new UserError(message, location);
  }
  return doc.toJS({ maxAliasCount: 100 });
}
