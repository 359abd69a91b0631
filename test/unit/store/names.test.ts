import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UserError } from '../../../src/runner/errors.js';
import { artifactNameFor, MAX_BLOB_NAME_LENGTH, validateBlobName } from '../../../src/store/index.js';

const segment = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
const blobName = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

describe('blob names', () => {
  it('accepts every name of safe segments and returns it unchanged', () => {
    fc.assert(fc.property(blobName, (name) => validateBlobName(name) === name));
  });

  it('rejects names with any character outside the safe alphabet, naming them', () => {
    const unsafe = fc.string({ minLength: 1, maxLength: 3 }).filter((s) => /[^A-Za-z0-9_./-]/.test(s));
    fc.assert(
      fc.property(blobName, unsafe, (name, junk) => {
        const bad = `${name}${junk}`;
        expect(() => validateBlobName(bad)).toThrow(UserError);
        expect(() => validateBlobName(bad)).toThrow(JSON.stringify(bad));
      }),
    );
  });

  it('caps the length', () => {
    expect(validateBlobName('a'.repeat(MAX_BLOB_NAME_LENGTH))).toHaveLength(MAX_BLOB_NAME_LENGTH);
    expect(() => validateBlobName('a'.repeat(MAX_BLOB_NAME_LENGTH + 1))).toThrow(/longer than 200/);
  });

  it('maps blob names to valid, distinct artifact names', () => {
    // The artifact service rejects these characters in names.
    const forbidden = /["<>|*?:\r\n\\/]/;
    fc.assert(
      fc.property(blobName, blobName, (a, b) => {
        expect(artifactNameFor(a)).not.toMatch(forbidden);
        if (a !== b) expect(artifactNameFor(a)).not.toBe(artifactNameFor(b));
      }),
    );
    expect(artifactNameFor('profiles/train.json')).toBe('profiles~train.json');
    expect(() => artifactNameFor('../x')).toThrow(UserError);
  });
});
