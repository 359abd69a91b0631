/**
 * `npm run generate`: writes every file derived from the action specs. With `--check` it
 * writes nothing and fails listing the files that differ (CI runs that).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS } from '../../actions/registry.js';
import { renderActionYml, renderReadme, renderRootActionYml } from '../runner/metadata.js';
import { TABLE_SCHEMA_JSON_SCHEMA } from '../schema/json-schema.js';

/** Every generated file, by path relative to the repository root, with its content. */
export function generatedFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const { spec } of ACTIONS) {
    files.set(`${spec.name}/action.yml`, renderActionYml(spec));
    const readmePath = join(root, spec.name, 'README.md');
    files.set(`${spec.name}/README.md`, renderReadme(spec, existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined));
  }
  files.set('action.yml', renderRootActionYml(ACTIONS.map((a) => a.spec)));
  // Published so editors can complete and check schema files (`$schema` or yaml-language-server).
  files.set('validate-data/table-schema.schema.json', `${JSON.stringify(TABLE_SCHEMA_JSON_SCHEMA, null, 2)}\n`);
  return files;
}

/** Paths whose committed content differs from what the specs generate. */
export function staleFiles(root: string): string[] {
  return [...generatedFiles(root)].filter(([path, content]) => {
    const full = join(root, path);
    return !existsSync(full) || readFileSync(full, 'utf8') !== content;
  }).map(([path]) => path);
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  if (process.argv.includes('--check')) {
    const stale = staleFiles(root);
    if (stale.length) {
      console.error(`These files differ from what the action specs generate (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log('Generated files are up to date.');
    return;
  }
  for (const [path, content] of generatedFiles(root)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
