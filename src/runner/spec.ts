/**
 * The declaration of an action: the single source of truth from which `<name>/action.yml`, the
 * root `action.yml`, README tables, CLI help and input defaults are all derived.
 */

export interface InputSpec {
  description: string;
  required?: boolean;
  /** The default as the runner would pass it: always a string. */
  default?: string;
  /** Shown in docs and CLI help, e.g. `true|false`, `file or glob`. */
  type?: string;
}

export interface OutputSpec {
  description: string;
}

export interface ActionSpec {
  /** Folder name and `action` input value, e.g. `validate-data`. */
  name: string;
  /** Human title for action.yml `name`. */
  title: string;
  description: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
  /** When set, the action has a post step run under this `post-if` condition. */
  postIf?: string;
  branding: { icon: string; color: string };
}
