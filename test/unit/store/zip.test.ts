import { describe, expect, it } from 'vitest';
import { crc32, readZip } from '../../../src/store/zip.js';
import { runPython } from '../../support/python.js';
import { makeZip } from './zips.js';

describe('readZip', () => {
  it('reads deflated and stored entries written by Python, skipping directories', () => {
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    const zip = makeZip([
      { name: 'report/' },
      { name: 'report/summary.md', content: '# Drift\n'.repeat(1000) },
      { name: 'report/raw.bin', content: binary, stored: true },
      { name: 'naïve name.json', content: '{"ok": true}' },
      { name: 'empty.txt', content: '' },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['report/summary.md', 'report/raw.bin', 'naïve name.json', 'empty.txt']);
    expect(entries[0]?.data.toString()).toBe('# Drift\n'.repeat(1000));
    expect(entries[1]?.data.equals(binary)).toBe(true);
    expect(entries[2]?.data.toString()).toBe('{"ok": true}');
    expect(entries[3]?.data.length).toBe(0);
  });

  it('reads an archive with a trailing comment', () => {
    const zip = Buffer.from(
      runPython(`
import base64, io, sys, zipfile
out = io.BytesIO()
with zipfile.ZipFile(out, 'w') as z:
    z.comment = b'x' * 3000
    z.writestr('a.txt', 'hello')
sys.stdout.write(base64.b64encode(out.getvalue()).decode())`),
      'base64',
    );
    expect(readZip(zip).map((e) => [e.name, e.data.toString()])).toEqual([['a.txt', 'hello']]);
  });

  it('detects corruption by CRC and refuses what is not a zip', () => {
    const zip = makeZip([{ name: 'a.txt', content: 'abcdefgh', stored: true }]);
    const at = zip.indexOf('abcdefgh');
    zip[at] = 'X'.charCodeAt(0);
    expect(() => readZip(zip)).toThrow(/corrupt/);
    expect(() => readZip(Buffer.from('just text, no archive'))).toThrow(/not a zip archive/);
  });

  it('computes CRC-32 as zlib does', () => {
    const data = Buffer.from('The quick brown fox jumps over the lazy dog');
    expect(crc32(data)).toBe(0x414fa339);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
