/** Real zip archives for the store tests, written by Python's zipfile (an independent writer). */
import { runPython } from '../../support/python.js';

export interface ZipFixtureEntry {
  name: string;
  /** File content; a directory entry when omitted. */
  content?: string | Buffer;
  /** Deflate (default) or store. */
  stored?: boolean;
}

const SCRIPT = `
import base64, io, json, sys, zipfile
entries = json.load(sys.stdin)
out = io.BytesIO()
with zipfile.ZipFile(out, 'w') as archive:
    for entry in entries:
        if entry.get('dir'):
            archive.writestr(zipfile.ZipInfo(entry['name']), b'')
            continue
        method = zipfile.ZIP_STORED if entry['stored'] else zipfile.ZIP_DEFLATED
        archive.writestr(entry['name'], base64.b64decode(entry['data']), compress_type=method)
sys.stdout.write(base64.b64encode(out.getvalue()).decode())
`;

/** A zip archive holding `entries`, as bytes. */
export function makeZip(entries: ZipFixtureEntry[]): Buffer {
  const input = entries.map((entry) =>
    entry.content === undefined
      ? { name: entry.name, dir: true }
      : { name: entry.name, stored: entry.stored ?? false, data: Buffer.from(entry.content).toString('base64') },
  );
  return Buffer.from(runPython(SCRIPT, JSON.stringify(input)), 'base64');
}
