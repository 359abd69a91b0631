/** Parses `mlops <action> --input value ...` against the action's declared inputs. */
import type { ActionSpec } from '../runner/spec.js';
import { UserError } from '../runner/errors.js';

export interface CliArgs {
  inputs: Record<string, string>;
  help: boolean;
  debug: boolean;
}

/**
 * Flags are the input names: `--data file.csv` or `--data=file.csv`. A flag with no value
 * (followed by another flag or nothing) means `true`, so `--fail-on-drift` reads naturally.
 */
export function parseActionArgs(spec: ActionSpec, argv: readonly string[]): CliArgs {
  const result: CliArgs = { inputs: {}, help: false, debug: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      result.help = true;
      continue;
    }
    if (arg === '--debug') {
      result.debug = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new UserError(`Unexpected argument '${arg}': inputs are given as --<input> <value> (see --help)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!spec.inputs[name]) {
      throw new UserError(`Unknown input '--${name}' for ${spec.name}; its inputs are: ${Object.keys(spec.inputs).map((n) => `--${n}`).join(', ')}`);
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !(argv[i + 1] as string).startsWith('--')) value = argv[++i] as string;
    else value = 'true';
    result.inputs[name] = value;
  }
  return result;
}

/** `--help` text for one action, generated from its declaration. */
export function actionHelp(spec: ActionSpec): string {
  const width = Math.max(...Object.keys(spec.inputs).map((n) => n.length), 6) + 4;
  const lines = [`mlops ${spec.name}: ${spec.description}`, '', `Usage: mlops ${spec.name} [--<input> <value> ...]`, '', 'Inputs:'];
  for (const [name, input] of Object.entries(spec.inputs)) {
    const flags = [input.required ? 'required' : '', input.default !== undefined && input.default !== '' ? `default: ${input.default}` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`  --${name.padEnd(width)}${input.description}${flags ? ` (${flags})` : ''}`);
  }
  lines.push('', 'Outputs (printed as JSON at the end):');
  for (const [name, output] of Object.entries(spec.outputs)) lines.push(`  ${name.padEnd(width + 2)}${output.description}`);
  lines.push('', 'Options:', `  --${'debug'.padEnd(width)}show debug logs and stack traces`, `  --${'help'.padEnd(width)}show this help`);
  return lines.join('\n');
}
