/**
 * The one interface every model registry backend implements (embedded file registry, MLflow,
 * OCI), so register-model, canary-deploy and eval-gate read versions and aliases the same way.
 */
import type { Attachment, AttachmentFile } from './attachments.js';
import type { Lineage } from './lineage.js';
import type { ModelContent } from './model-files.js';

/** One registered version of a model, as any backend reports it. */
export interface ModelVersion {
  name: string;
  version: string;
  /** `sha256:<hex>` over the model's files in canonical order (see model-files.ts). */
  digest: string;
  /** How to fetch exactly this version: `models:/name/3`, `oci://host/repo@sha256:…`, or a path. */
  uri: string;
  aliases: string[];
  tags: Record<string, string>;
  description?: string;
  metrics?: Record<string, number>;
  lineage?: Lineage;
  /** Files recorded with the version (data profiles, eval predictions); fetch with fetchAttachment. */
  attachments: Attachment[];
}

/** Everything needed to register a new version. */
export interface RegisterRequest {
  name: string;
  content: ModelContent;
  /** An explicit version; otherwise the backend picks the next integer. */
  version?: string;
  tags: Record<string, string>;
  description?: string;
  metrics: Record<string, number>;
  lineage: Lineage;
  /** Files to store with the version (see attachments.ts). */
  attachments: AttachmentFile[];
  /** The model card for the version that is finally chosen (the number is known only then). */
  card(version: string): string;
}

export interface RegisterResult {
  version: ModelVersion;
  /** False when the same content was already registered under this name. */
  created: boolean;
}

/** A model registry. Every method throws a UserError/ServiceError a user can act on. */
export interface ModelRegistry {
  /** Names the registry in messages, e.g. `file registry '.mlops/registry'`, `MLflow at http://…`. */
  readonly label: string;
  /** Registers content, or returns the version that already holds the same digest. */
  register(request: RegisterRequest): Promise<RegisterResult>;
  /** A version by number or alias; undefined when neither exists. */
  getVersion(name: string, versionOrAlias: string): Promise<ModelVersion | undefined>;
  /** Points an alias at a version (moving it if it pointed elsewhere). */
  setAlias(name: string, alias: string, version: string): Promise<void>;
  /** Adds or overwrites tags of an existing version. */
  setTags(name: string, version: string, tags: Record<string, string>): Promise<void>;
  /** The aliases of a model (sorted), or undefined when the registry holds no model of that name. */
  listAliases(name: string): Promise<string[] | undefined>;
  /**
   * Downloads one attachment of a version (as listed in `ModelVersion.attachments`) into
   * `destDir` under its file name, checking its digest; returns the local path.
   */
  fetchAttachment(name: string, version: string, attachment: string, destDir: string): Promise<string>;
}
