/**
 * A field's `format` must be one its type takes (Table Schema v1/v2): a misspelt format used to
 * be ignored, so `format: emial` accepted every string. The error names the file, line, field,
 * the formats the type takes and the closest one.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_FORMATS, FIELD_TYPES } from '../../../src/schema/descriptor.js';
import { parseSchema } from '../../../src/schema/load.js';
import { schemaError } from './schema-error.js';

describe('field formats', () => {
  it('a misspelt string format is an error naming file, line, field, the formats and the closest one', () => {
    const error = schemaError('fields:\n  - name: id\n  - name: mail\n    type: string\n    format: emial\n');
    expect(error.message).toBe("schema.yaml:5:13: schema key 'fields.1.format': field 'mail' (type string) has no format 'emial' (did you mean 'email'?); expected one of default, email, uri, binary, uuid");
    expect(error.line).toBe(5);
  });

  it('a field without a type is a string field: its format is checked as one', () => {
    expect(schemaError('{"fields": [{"name": "u", "format": "url"}]}', 's.json').message).toBe(
      "s.json:1:37: schema key 'fields.0.format': field 'u' (type string) has no format 'url' (did you mean 'uri'?); expected one of default, email, uri, binary, uuid",
    );
  });

  it('geopoint, geojson and the one-format types list what they take; nothing close gets no suggestion', () => {
    expect(schemaError('fields:\n  - {name: at, type: geopoint, format: arary}\n').message).toBe(
      "schema.yaml:2:40: schema key 'fields.0.format': field 'at' (type geopoint) has no format 'arary' (did you mean 'array'?); expected one of default, array, object",
    );
    expect(schemaError('fields:\n  - {name: shape, type: geojson, format: wkt}\n').message).toBe(
      "schema.yaml:2:42: schema key 'fields.0.format': field 'shape' (type geojson) has no format 'wkt'; expected one of default, topojson",
    );
    expect(schemaError('fields:\n  - {name: price, type: number, format: currency}\n').message).toBe(
      "schema.yaml:2:41: schema key 'fields.0.format': field 'price' (type number) has no format 'currency'; expected one of default",
    );
  });

  it('a format YAML reads as a number or boolean is named as written, with the field and its formats', () => {
    expect(schemaError('fields:\n  - {name: at, type: geopoint, format: true}\n').message).toBe(
      "schema.yaml:2:40: schema key 'fields.0.format': field 'at' (type geopoint) has no format 'true'; expected one of default, array, object",
    );
    expect(schemaError('fields:\n  - {name: code, format: 1}\n').message).toBe(
      "schema.yaml:2:26: schema key 'fields.0.format': field 'code' (type string) has no format '1'; expected one of default, email, uri, binary, uuid",
    );
  });

  it('a date, datetime or time format is default, any or a strptime pattern; a pattern with a directive we cannot read names it', () => {
    expect(schemaError('fields:\n  - {name: day, type: date, format: iso}\n').message).toBe(
      "schema.yaml:2:37: schema key 'fields.0.format': field 'day' (type date) has no format 'iso'; expected default, any or a strptime pattern such as %d/%m/%Y",
    );
    expect(schemaError('fields:\n  - {name: at, type: datetime, format: "%Y-%m-%dT%Q"}\n').message).toBe(
      "schema.yaml:2:40: schema key 'fields.0.format': field 'at': format '%Y-%m-%dT%Q' is not a pattern we can read: unsupported date directive %Q (supported: %Y %y %m %d %H %I %p %M %S %f %z %b %B %j %%)",
    );
  });

  it('every format of every type is accepted, and so are strptime patterns (also as v1 fmt:)', () => {
    for (const type of FIELD_TYPES) {
      for (const format of FIELD_FORMATS[type]) {
        expect(parseSchema(`fields:\n  - {name: f, type: ${type}, format: ${format}}\n`, 's.yaml').fields[0]).toEqual({ name: 'f', type, format });
      }
    }
    expect(parseSchema('fields:\n  - {name: d, type: date, format: "%d/%m/%Y"}\n  - {name: t, type: time, format: "fmt:%H:%M"}\n', 's.yaml').fields).toHaveLength(2);
  });
});
