import { describe, expect, it } from 'vitest';
import { checkAlias, checkVersion, nextVersion } from '../../../src/registry/names.js';
import { parseOciReference } from '../../../src/registry/oci/reference.js';
import { parseChallenge } from '../../../src/registry/oci/auth.js';

describe('alias rules (MLflow\'s, on every backend)', () => {
  it.each(['staging', 'prod-eu_2', 'Champion'])('accepts %s', (alias) => expect(checkAlias(alias)).toBe(alias));
  it.each([
    ['latest', /reserved/],
    ['LATEST', /reserved/],
    ['v12', /reserved/],
    ['12', /all digits/],
    ['pro duction', /not a valid alias/],
    ['a.b', /not a valid alias/],
    ['', /not a valid alias/],
  ])('refuses %j', (alias, message) => expect(() => checkAlias(alias)).toThrow(message));
});

describe('versions', () => {
  it('the next integer ignores non-integer versions and starts at 1', () => {
    expect(nextVersion([])).toBe('1');
    expect(nextVersion(['1', '2', '10', 'staging', '2024.06'])).toBe('11');
  });
  it('refuses versions that are not safe tags or directory names', () => {
    for (const bad of ['..', '.hidden', '-x', 'a/b', 'x'.repeat(129)]) expect(() => checkVersion(bad)).toThrow(/not a valid version/);
    expect(checkVersion('2024.06.1')).toBe('2024.06.1');
  });
});

describe('OCI references', () => {
  it('uses HTTPS everywhere but loopback', () => {
    expect(parseOciReference('ghcr.io/org/models/churn')).toEqual({ host: 'ghcr.io', repository: 'org/models/churn', baseUrl: 'https://ghcr.io' });
    expect(parseOciReference('127.0.0.1:5000/m').baseUrl).toBe('http://127.0.0.1:5000');
    expect(parseOciReference('localhost:5000/m').baseUrl).toBe('http://localhost:5000');
    expect(parseOciReference('127.example.com/m').baseUrl).toBe('https://127.example.com');
  });
  it('refuses upper-case repositories', () => expect(() => parseOciReference('ghcr.io/Org/churn')).toThrow(/not a valid OCI repository name/));
  it('parses bearer challenges', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/m:pull"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/m:pull' },
    });
  });
});
