import { expect } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { parseSchema } from '../../../src/schema/load.js';

/** The UserError that parsing `text` as the schema file `file` throws (fails the test if it parses). */
export function schemaError(text: string, file = 'schema.yaml'): UserError {
  try {
    parseSchema(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('the schema was accepted');
}
