/**
 * minLength/maxLength count what frictionless-py's check_minLength/check_maxLength count:
 * len() of the read value, so an object's keys (not its JSON text's characters), an array's or
 * list's items, and a text's code points. Python's len() of the same values is the reference.
 */
import { describe, expect, it } from 'vitest';
import { FieldChecker } from '../../../actions/validate-data/field-checker.js';
import type { FieldDescriptor } from '../../../src/schema/descriptor.js';
import { runPython } from '../../support/python.js';

const CELLS: Record<string, string[]> = {
  object: ['{}', '{"a": 1}', '{"a": 1, "b": [1, 2, 3]}', '{"a": {"x": 1, "y": 2, "z": 3}, "b": 2, "c": 3}', '{"long key name": "a long value"}', '{"a":1,"b":2,"c":3,"d":4}'],
  array: ['[]', '[1]', '["a", "b"]', '[{"a": 1, "b": 2}]', '[1, 2, 3, 4]'],
  string: ['a', 'ab', '😀😀', 'abcd', 'é'],
};

/** Python's len() of each cell's value: json.loads for objects and arrays, the text itself otherwise. */
function pythonLengths(): Record<string, number[]> {
  return JSON.parse(
    runPython(
      `import json, sys
cells = json.loads(sys.stdin.read())
print(json.dumps({t: [len(json.loads(c)) if t != 'string' else len(c) for c in cs] for t, cs in cells.items()}))`,
      JSON.stringify(CELLS),
    ),
  ) as Record<string, number[]>;
}

describe('minLength and maxLength', () => {
  it('count an object\'s keys, an array\'s items and a text\'s code points, as len() does', () => {
    const lengths = pythonLengths();
    for (const [type, cells] of Object.entries(CELLS)) {
      const field = { name: 'f', type, constraints: { minLength: 2, maxLength: 3 } } as FieldDescriptor;
      const checker = new FieldChecker(field, [''], 'schema.yaml');
      cells.forEach((cell, i) => {
        const n = lengths[type]![i]!;
        const want = n < 2 ? ['minLength'] : n > 3 ? ['maxLength'] : undefined;
        const got = checker.check(cell);
        expect(got === undefined ? undefined : [...got], `${type} ${cell}`).toEqual(want);
      });
    }
  });

  it('count a typed object\'s keys too (a JSON Lines or Parquet value handed over as JSON text or as the object)', () => {
    const checker = new FieldChecker({ name: 'f', type: 'object', constraints: { maxLength: 1 } }, [''], 'schema.yaml');
    expect(checker.check({ a: 'a long text value', b: 2 })).toEqual(['maxLength']);
    expect(checker.check({ 'a key far longer than one character': [1, 2, 3] })).toBeUndefined();
  });
});
