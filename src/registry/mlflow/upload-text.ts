/** Uploads a small text artifact (the model card) through a temporary file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MlflowClient } from './client.js';

export async function uploadText(client: MlflowClient, artifactPath: string, text: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlflow-text-'));
  try {
    const file = join(dir, 'artifact');
    writeFileSync(file, text);
    await client.upload(artifactPath, file, Buffer.byteLength(text));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
