/** Schema files: YAML features users reach for, and a clear error for what cannot be read. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { parseSchema } from '../../../src/schema/load.js';

describe('parseSchema', () => {
  it('reads YAML anchors and merge keys, so fields can share constraints', () => {
    const schema = parseSchema(
      ['fields:', '  - &score {name: a, type: number, constraints: {minimum: 0, maximum: 1}}', '  - <<: *score', '    name: b', ''].join('\n'),
      'schema.yaml',
    );
    expect(schema.fields).toEqual([
      { name: 'a', type: 'number', constraints: { minimum: 0, maximum: 1 } },
      { name: 'b', type: 'number', constraints: { minimum: 0, maximum: 1 } },
    ]);
  });

  it('refuses a file of several YAML documents at the second one, saying what to do rather than naming the parser API', () => {
    let thrown: unknown;
    try {
      parseSchema('fields:\n  - {name: a}\n---\nfields: []\n', 'two.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toBe('two.yaml:3:1: invalid YAML/JSON in the schema: the file holds more than one YAML document (a second one starts at this `---`); keep one schema per file');
    expect((thrown as UserError).line).toBe(3);
  });
});
