/**
 * The local command line: `mlops <action> --<input> <value> ...` runs the same main as the
 * workflow does. It sets up what the runner would (input variables, output, summary and state
 * files, a temp dir), then prints the summary for a terminal and the outputs as JSON (none after
 * an error that set no output); errors and warnings go to stderr.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS, findAction } from '../../actions/registry.js';
import { parseCommandFile } from '../runner/command-files.js';
import { asError, UserError } from '../runner/errors.js';
import { launchAction } from '../runner/launch.js';
import { actionHelp, parseActionArgs } from './args.js';
import { renderMarkdownForTerminal } from './terminal-markdown.js';
import { filterStdout } from './workflow-commands.js';

function overview(): string {
  const width = Math.max(...ACTIONS.map((a) => a.spec.name.length), 8) + 2;
  return [
    'mlops: run the mlops-actions locally, exactly as in a workflow.',
    '',
    'Usage: mlops <action> [--<input> <value> ...]    mlops <action> --help',
    '',
    'Actions:',
    ...ACTIONS.map((a) => `  ${a.spec.name.padEnd(width)}${a.spec.description}`),
  ].join('\n');
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 1;
  }
  const action = findAction(name);
  if (!action) {
    console.error(`error: unknown action '${name}'. Known actions: ${ACTIONS.map((a) => a.spec.name).join(', ')}`);
    return 1;
  }
  let args;
  try {
    args = parseActionArgs(action.spec, rest);
  } catch (error) {
    console.error(`error: ${asError(error).message}`);
    return 1;
  }
  if (args.help) {
    console.log(actionHelp(action.spec));
    return 0;
  }
  return runWithRunnerFiles(action.spec.name, args.inputs, args.debug, Boolean(action.spec.postIf));
}

async function runWithRunnerFiles(name: string, inputs: Record<string, string>, debug: boolean, hasPost: boolean): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'mlops-cli-'));
  const files = { output: join(work, 'output'), summary: join(work, 'summary.md'), state: join(work, 'state') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  Object.assign(process.env, {
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: process.env.RUNNER_TEMP ?? work,
    ...(debug ? { RUNNER_DEBUG: '1' } : {}),
  });
  for (const [input, value] of Object.entries(inputs)) process.env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  const restore = filterStdout(debug);
  try {
    await launchAction(name);
    if (hasPost) {
      // The runner gives the post step the state main saved, as STATE_<name> variables.
      for (const [key, value] of Object.entries(parseCommandFile(readFileSync(files.state, 'utf8')))) process.env[`STATE_${key}`] = value;
      await launchAction(name);
    }
  } finally {
    restore();
  }
  const summary = readFileSync(files.summary, 'utf8');
  if (summary.trim()) console.log(`\n${renderMarkdownForTerminal(summary)}\n`);
  const outputs = parseCommandFile(readFileSync(files.output, 'utf8'));
  const exitCode = process.exitCode === undefined ? 0 : Number(process.exitCode);
  // A run that stopped on an error before setting any output (a bad input, a schema error) has
  // no result: printing `{}` would read as one. A run that set its outputs and then failed on
  // purpose (fail-on-invalid, fail-on-drift) prints them: they are its result.
  if (exitCode === 0 || Object.keys(outputs).length > 0) console.log(JSON.stringify(outputs, null, 2));
  rmSync(work, { recursive: true, force: true });
  return exitCode;
}

/** Entry of dist/cli/index.js. */
export async function cliEntry(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2));
  } catch (error) {
    const err = asError(error);
    console.error(err instanceof UserError ? `error: ${err.message}` : `internal error: ${err.stack ?? err.message}`);
    process.exitCode = 1;
  }
}
