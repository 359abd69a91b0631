/**
 * The constraint values FieldChecker reads when it is built, checked when the schema is loaded
 * so a mistake in one is an error at its key's line: a bound (`minimum`, `maximum`,
 * `exclusiveMinimum`, `exclusiveMaximum`) given as text is cast as a cell of the field would be
 * (`minimum: abc` on an integer field, `maximum: '2023-13-45'` on a date field are no values of
 * the type), and a `pattern` must compile as the regular expression FieldChecker builds from it.
 * FieldChecker keeps the same checks as a backstop for descriptors that did not come through
 * load.ts; from a loaded schema they no longer fire, and their errors named no line.
 */
import { UserError } from '../runner/errors.js';
import { casterFor, INVALID, TEXT_CAST_OTHER, textCastOf } from './cast.js';
import type { Locate } from './categories.js';
import { PATTERN_FORMAT_TYPES, type FieldDescriptor, type FieldType } from './descriptor.js';

const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

/** A value of each type in its default format, for the message (types whose bounds can fail). */
const EXAMPLES: Partial<Record<FieldType, string>> = {
  integer: '10',
  number: '2.5',
  boolean: 'true',
  date: '2024-01-31',
  datetime: '2024-01-31T12:00:00Z',
  time: '12:30:00',
  year: '2024',
  yearmonth: '2024-01',
  duration: 'P1DT12H',
};

/** Checks the field's bounds and pattern; `index` is its position in `fields`. */
export function checkConstraintValues(field: FieldDescriptor, index: number, locate: Locate, file: string, input: string): void {
  const c = field.constraints;
  if (c === undefined) return;
  const type: FieldType = field.type ?? 'string';
  const path = (key: string) => ['fields', String(index), 'constraints', key];
  if (BOUNDS.some((key) => typeof c[key] === 'string')) {
    // load.ts has checked the format first, so building the cast cannot throw here.
    const cast = casterFor(field);
    for (const key of BOUNDS) {
      const given = c[key];
      // A number is taken as it is (FieldChecker compares it with the cast value).
      if (typeof given !== 'string' || cast(given) !== INVALID) continue;
      const { line, col, where } = locate(path(key));
      const expected = expectedBound(field, type);
      throw new UserError(`${where}: field '${field.name}' is of type ${type}, but ${key} '${given}' is not a valid ${type}; expected ${expected}`, { file, line, column: col, input, title: 'Invalid schema' });
    }
  }
  if (c.pattern !== undefined) {
    const problem = regExpProblem(c.pattern);
    if (problem !== undefined) {
      const { line, col, where } = locate(path('pattern'));
      throw new UserError(
        `${where}: field '${field.name}': pattern '${c.pattern}' is not a regular expression we can read: ${problem}; expected JavaScript regular expression syntax (with the u flag), which must match the whole value`,
        { file, line, column: col, input, title: 'Invalid schema' },
      );
    }
  }
}

/** What a bound of the field is written as, in words. */
function expectedBound(field: FieldDescriptor, type: FieldType): string {
  const format = field.format;
  if (format !== undefined && PATTERN_FORMAT_TYPES.includes(type) && format !== 'default' && format !== 'any') return `${an(type)} written in the field's format ${format}, as its cells are`;
  const example = EXAMPLES[type];
  // A field with options (decimalChar, groupChar, bareNumber, trueValues, a format) writes its
  // values its own way: the default-format example would mislead. textCastOf tells the options
  // of numbers and booleans apart; the other types have only their format.
  const defaultFormat = format === undefined || format === 'default';
  const plain = textCastOf(field) !== TEXT_CAST_OTHER || (defaultFormat && type !== 'integer' && type !== 'number' && type !== 'boolean');
  return example !== undefined && plain ? `${an(type)} written as the field's cells are, e.g. ${example}` : `${an(type)} written as the field's cells are`;
}

function an(type: FieldType): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * Why the pattern does not compile as FieldChecker compiles it (`^(?:pattern)$`, flag u), or
 * undefined when it does. The pattern is compiled alone first: wrapped, `a)|(b` compiles into
 * `^(?:a)|(b)$`, which is no longer a match of the whole value.
 */
function regExpProblem(pattern: string): string | undefined {
  for (const source of [pattern, `^(?:${pattern})$`]) {
    try {
      new RegExp(source, 'u');
    } catch (error) {
      // V8 writes `Invalid regular expression: /<source>/u: <reason>`: the reason is what tells.
      return (error as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    }
  }
  return undefined;
}
