/**
 * The command provider: the user's own command sets the weight on any platform, run with
 * CANARY_WEIGHT (the canary's percent), CANARY_STABLE_WEIGHT (100 minus it) and CANARY_PHASE
 * (`step`, `promote` or `rollback`) in its environment. An optional `read-command` prints the
 * canary's current percent, so the weight is verified like the other providers'; without it the
 * command's exit status is all there is to go by, and the report says the weight is unverified.
 */
import * as core from '@actions/core';
import { parseDuration } from '../../runner/duration.js';
import { InputError } from '../../runner/errors.js';
import type { Phase, TrafficProvider, Variant } from '../provider.js';
import { onlyFields, optionalField, requiredField, targetObject } from '../target.js';
import { runShell } from './shell.js';

export const COMMAND_FIELDS = ['command', 'read-command', 'stable', 'canary', 'timeout'] as const;

export class CommandProvider implements TrafficProvider {
  readonly name = 'command';
  readonly endpoint: string;
  /** More environment for the command, e.g. the model being deployed (CANARY_MODEL_*). */
  private extraEnv: Record<string, string> = {};

  constructor(
    private readonly command: string,
    private readonly readCommand: string | undefined,
    private readonly names: Record<Variant, string>,
    private readonly timeoutMs: number,
  ) {
    this.endpoint = `command \`${command}\``;
  }

  /** Adds variables to the environment of every later command. */
  addEnv(env: Record<string, string>): void {
    this.extraEnv = { ...this.extraEnv, ...env };
  }

  async setWeight(weight: number, phase: Phase): Promise<void> {
    const { stdout } = await runShell(this.command, this.env(weight, phase), this.timeoutMs);
    if (stdout.trim()) core.info(stdout.trimEnd());
  }

  async readWeight(): Promise<number | undefined> {
    if (!this.readCommand) return undefined;
    const { stdout } = await runShell(this.readCommand, this.env(undefined, undefined), this.timeoutMs);
    const last = stdout.trim().split('\n').pop()?.trim() ?? '';
    if (!/^\d+(\.\d+)?$/.test(last)) throw new Error(`read-command \`${this.readCommand}\` printed '${last}', not the canary's percent`);
    return Number(last);
  }

  placeholders(variant: Variant): Record<string, string> {
    return { server: this.names[variant] };
  }

  private env(weight: number | undefined, phase: Phase | undefined): Record<string, string> {
    return {
      ...this.extraEnv,
      ...(weight === undefined ? {} : { CANARY_WEIGHT: String(weight), CANARY_STABLE_WEIGHT: String(100 - weight) }),
      ...(phase ? { CANARY_PHASE: phase } : { CANARY_PHASE: 'read' }),
      CANARY_STABLE: this.names.stable,
      CANARY_CANARY: this.names.canary,
    };
  }
}

/** Builds the provider from the `target` settings. */
export function createCommandProvider(value: unknown): CommandProvider {
  const target = targetObject(value, 'command');
  onlyFields(target, COMMAND_FIELDS, 'command');
  const command = requiredField(target, 'command', 'command', './deploy/set-weight.sh');
  const timeoutText = optionalField(target, 'timeout') ?? '5m';
  const timeoutMs = parseDuration(timeoutText);
  if (timeoutMs === undefined || timeoutMs <= 0) throw new InputError('target', `'timeout' must be a duration such as 30s or 5m, got '${timeoutText}'`);
  const names = { stable: optionalField(target, 'stable') ?? 'stable', canary: optionalField(target, 'canary') ?? 'canary' };
  return new CommandProvider(command, optionalField(target, 'read-command'), names, timeoutMs);
}
