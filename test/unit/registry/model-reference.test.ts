import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentName, readAttachments, safeFileName } from '../../../src/registry/attachments.js';
import { isRegistryReference, parseModelReference } from '../../../src/registry/model-reference.js';
import { InputError } from '../../../src/runner/errors.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const REF = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

describe('registry:<name>@<alias-or-version>', () => {
  it('parses names and aliases or versions', () => {
    expect(parseModelReference('registry:churn-classifier@production', 'baseline')).toEqual({ name: 'churn-classifier', ref: 'production' });
    expect(parseModelReference('  registry:m.v2@3 ', 'reference')).toEqual({ name: 'm.v2', ref: '3' });
    expect(parseModelReference('registry:m@2024.06.1', 'baseline')).toEqual({ name: 'm', ref: '2024.06.1' });
  });

  it.each([
    ['registry:churn', /must name one model and one alias or version/],
    ['registry:churn@', /'' is not an alias or version/],
    ['registry:@production', /not a valid model name/],
    ['registry:a@b@c', /must name one model/],
    ['registry:churn@pro duction', /is not an alias or version/],
    ['registry:ch/urn@production', /not a valid model name/],
    ['churn@production', /expected registry:<name>@<alias-or-version>/],
  ])('refuses %j naming the input', (spec, message) => {
    let error: unknown;
    try {
      parseModelReference(spec, 'baseline');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('baseline');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^Input 'baseline': /);
  });

  it('round-trips every valid name and reference (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(NAME), fc.stringMatching(REF), fc.constantFrom('', ' ', '\n'), (name, ref, pad) => {
        const spec = `${pad}registry:${name}@${ref}${pad}`;
        expect(isRegistryReference(spec)).toBe(true);
        expect(parseModelReference(spec, 'baseline')).toEqual({ name, ref });
      }),
    );
  });

  it('any other text is refused with an InputError, never another error (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const spec = `registry:${tail}`;
        try {
          const { name, ref } = parseModelReference(spec, 'reference');
          // Accepted only when both parts are valid and the text is exactly name@ref.
          expect(NAME.test(name) && REF.test(ref)).toBe(true);
          expect(`${name}@${ref}`).toBe(tail.trim());
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });

  it('paths and other schemes are not registry references', () => {
    for (const spec of ['metrics.json', 'git:main:metrics.json', 'artifact:eval', 'registry.json', './registry:x@y']) expect(isRegistryReference(spec)).toBe(false);
  });
});

describe('attachment names', () => {
  it('are <kind>/<safe file name>, numbered when taken', () => {
    const taken = new Set<string>(['data-profile/train.json']);
    expect(attachmentName('data-profile', '/a/b/train.json', taken)).toBe('data-profile/train-2.json');
    expect(attachmentName('predictions', 'x/preds v1.csv', new Set())).toBe('predictions/preds_v1.csv');
    expect(safeFileName('..hidden')).toBe('_hidden');
    expect(safeFileName('')).toBe('file');
  });

  it('safe names only hold characters every backend takes in a path, tag key and annotation (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const safe = safeFileName(name);
        expect(safe).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,119}$/);
      }),
    );
  });

  it('two profiles with one base name get two names and their own digests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attachments-'));
    writeFileSync(join(dir, 'p.json'), '{"a":1}');
    const other = join(dir, 'sub');
    (await import('node:fs')).mkdirSync(other);
    writeFileSync(join(other, 'p.json'), '{"a":2}');
    const files = await readAttachments([
      { kind: 'data-profile', path: join(dir, 'p.json'), input: 'data-profile' },
      { kind: 'data-profile', path: join(other, 'p.json'), input: 'data-profile' },
    ]);
    expect(files.map((f) => f.name)).toEqual(['data-profile/p.json', 'data-profile/p-2.json']);
    expect(files[0]!.digest).not.toBe(files[1]!.digest);
    await expect(readAttachments([{ kind: 'predictions', path: join(dir, 'missing.csv'), input: 'predictions' }])).rejects.toThrow(/Input 'predictions': the file '.*missing.csv' does not exist/);
  });
});
