export const id = 748;
export const ids = [748];
export const modules = {

/***/ 8748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/runner/atomic-write.js
var atomic_write = __webpack_require__(4054);
// EXTERNAL MODULE: ./lib/src/runner/distinct-paths.js
var distinct_paths = __webpack_require__(5664);
// EXTERNAL MODULE: ./lib/src/data/paths.js
var paths = __webpack_require__(9423);
// EXTERNAL MODULE: ./lib/src/runner/errors.js
var runner_errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/runner/summary.js
var summary = __webpack_require__(7457);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/schema/descriptor.js
/**
 * The schema format of validate-data: Frictionless Table Schema (v1 and v2) as published, plus
 * our documented `expectations` extension for statistical and dataset-level checks.
 */
const FIELD_TYPES = [
    'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year', 'yearmonth',
    'duration', 'object', 'array', 'list', 'geopoint', 'geojson', 'any',
];
/**
 * The named formats of each type (Table Schema v1 and v2). `date`, `datetime` and `time` also
 * take a strptime pattern (a format with a `%` directive, optionally written `fmt:<pattern>` as
 * v1 allowed); every other type has only `default`. A format outside these is a schema error.
 */
const FIELD_FORMATS = {
    string: ['default', 'email', 'uri', 'binary', 'uuid'],
    number: ['default'],
    integer: ['default'],
    boolean: ['default'],
    date: ['default', 'any'],
    datetime: ['default', 'any'],
    time: ['default', 'any'],
    year: ['default'],
    yearmonth: ['default'],
    duration: ['default'],
    object: ['default'],
    array: ['default'],
    list: ['default'],
    geopoint: ['default', 'array', 'object'],
    geojson: ['default', 'topojson'],
    any: ['default'],
};
/** The types whose format may also be a strptime pattern. */
const PATTERN_FORMAT_TYPES = ['date', 'datetime', 'time'];
/** The item types of a `list` field (Table Schema v2); items are in their types' default format. */
const LIST_ITEM_TYPES = ['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'];
const FIELDS_MATCH = ['exact', 'equal', 'subset', 'superset', 'partial'];
/** The names of the field-level expectations, for reports and errors. */
const FIELD_EXPECTATIONS = (/* unused pure expression or super */ null && (['nullFraction', 'mean', 'std', 'min', 'max', 'quantiles', 'distinct', 'valuesIn', 'between']));

;// CONCATENATED MODULE: ./lib/src/schema/json-schema.js
/**
 * The JSON Schema of the schema format (Table Schema v1/v2 + expectations). It is the single
 * source of the published `validate-data/table-schema.schema.json` (written by
 * `npm run generate`) and of the runtime check that rejects misspelt keys with their line.
 * Field-level and constraint keys are closed (additionalProperties: false) so a typo is an
 * error, never silently ignored; `x-` keys stay open for users' own annotations.
 */

const bound = {
    type: 'object',
    description: 'Inclusive bounds: min and/or max.',
    properties: { min: { type: 'number' }, max: { type: 'number' } },
    additionalProperties: false,
    minProperties: 1,
};
const missingValues = {
    type: 'array',
    description: 'Strings that stand for a missing value (default [""]).',
    items: {
        anyOf: [
            { type: 'string' },
            { type: 'object', properties: { value: { type: 'string' }, label: { type: 'string' } }, required: ['value'], additionalProperties: false },
        ],
    },
};
const comparable = { type: ['number', 'string'] };
/**
 * Table Schema v2 `categories` (https://datapackage.org/standard/table-schema/#categories):
 * either values or `{value, label}` objects, on string and integer fields. An object item is
 * checked here (a missing `value`, a misspelt `label`); every value is checked in load.ts against
 * the field's type, like an enum value, together with what JSON Schema cannot say with a clear
 * message: one form per list, unique values and labels, string and integer fields only, enum a
 * subset of the categories.
 */
const categories = {
    type: 'array',
    minItems: 1,
    description: 'string and integer fields (Table Schema v2): the values a cell may take, as values or {value, label} objects.',
    items: {
        if: { type: 'object' },
        then: {
            type: 'object',
            properties: { value: { description: 'A value of the field\'s type.' }, label: { type: 'string' } },
            required: ['value'],
            patternProperties: { '^x-': {} },
            additionalProperties: false,
        },
    },
};
const mostly = { type: 'number', minimum: 0, maximum: 1, description: 'Share of values that must pass (default 1).' };
const fieldExpectations = {
    type: 'object',
    description: 'Statistical expectations on this field (mlops-actions extension).',
    properties: {
        nullFraction: { ...bound, description: 'Share of missing values, 0..1.' },
        mean: bound,
        std: bound,
        min: bound,
        max: bound,
        quantiles: {
            type: 'array',
            items: {
                type: 'object',
                properties: { q: { type: 'number', minimum: 0, maximum: 1 }, min: { type: 'number' }, max: { type: 'number' } },
                required: ['q'],
                additionalProperties: false,
            },
        },
        distinct: { ...bound, description: 'Number of distinct non-missing values.' },
        valuesIn: {
            type: 'object',
            properties: { values: { type: 'array' }, mostly },
            required: ['values'],
            additionalProperties: false,
        },
        between: {
            type: 'object',
            properties: { min: { type: 'number' }, max: { type: 'number' }, mostly },
            additionalProperties: false,
            minProperties: 1,
        },
    },
    additionalProperties: false,
};
const constraints = {
    type: 'object',
    properties: {
        required: { type: 'boolean' },
        unique: { type: 'boolean' },
        minimum: comparable,
        maximum: comparable,
        exclusiveMinimum: comparable,
        exclusiveMaximum: comparable,
        minLength: { type: 'integer', minimum: 0 },
        maxLength: { type: 'integer', minimum: 0 },
        pattern: { type: 'string' },
        enum: { type: 'array', minItems: 1 },
        jsonSchema: { type: 'object' },
    },
    additionalProperties: false,
};
/**
 * The `format` of each type, as an if/then per type so editors complete the formats the field's
 * type takes. A field without `type` is a string: the string case matches it too (`properties`
 * holds when the key is absent). The error for a format outside these is made in load.ts,
 * which names the field, its type and the closest format.
 */
const formatsByType = FIELD_TYPES.map((type) => {
    const named = { enum: [...FIELD_FORMATS[type]] };
    const format = PATTERN_FORMAT_TYPES.includes(type)
        ? { anyOf: [named, { type: 'string', pattern: '%', description: 'A strptime pattern such as %d/%m/%Y.' }] }
        : named;
    return {
        if: type === 'string' ? { properties: { type: { const: type } } } : { properties: { type: { const: type } }, required: ['type'] },
        then: { properties: { format } },
    };
});
const field = {
    type: 'object',
    properties: {
        name: { type: 'string', minLength: 1 },
        type: { enum: [...FIELD_TYPES] },
        format: { type: 'string', description: 'string: default, email, uri, binary, uuid; date, datetime, time: default, any or a strptime pattern; geopoint: default ("lon, lat"), array, object; geojson: default, topojson; other types: default.' },
        title: { type: 'string' },
        description: { type: 'string' },
        example: {},
        rdfType: { type: 'string' },
        constraints,
        missingValues,
        trueValues: { type: 'array', items: { type: 'string' } },
        falseValues: { type: 'array', items: { type: 'string' } },
        bareNumber: { type: 'boolean' },
        decimalChar: { type: 'string', minLength: 1 },
        groupChar: { type: 'string', minLength: 1 },
        categories,
        categoriesOrdered: { type: 'boolean', description: 'With categories: whether their order is their natural order (no check depends on it).' },
        itemType: { enum: [...LIST_ITEM_TYPES], description: 'list fields: the type of every item (default string).' },
        delimiter: { type: 'string', minLength: 1, description: 'list fields: the text between items (default ",").' },
        expectations: fieldExpectations,
    },
    patternProperties: { '^x-': {} },
    required: ['name'],
    additionalProperties: false,
    allOf: formatsByType,
};
const TABLE_SCHEMA_JSON_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/org/mlops-actions/validate-data/table-schema.schema.json',
    title: 'validate-data schema: Frictionless Table Schema with mlops-actions expectations',
    type: 'object',
    properties: {
        $schema: { type: 'string' },
        name: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        fields: { type: 'array', items: field, minItems: 1 },
        missingValues,
        primaryKey: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
        uniqueKeys: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        foreignKeys: { type: 'array' },
        fieldsMatch: { enum: [...FIELDS_MATCH] },
        expectations: {
            type: 'object',
            description: 'Dataset-level expectations (mlops-actions extension).',
            properties: { rows: { ...bound, description: 'Number of data rows.' } },
            additionalProperties: false,
        },
    },
    patternProperties: { '^x-': {} },
    required: ['fields'],
    additionalProperties: false,
};

// EXTERNAL MODULE: ./lib/src/schema/cast.js
var schema_cast = __webpack_require__(4309);
// EXTERNAL MODULE: ./lib/src/schema/strptime.js
var strptime = __webpack_require__(8558);
;// CONCATENATED MODULE: ./lib/src/schema/constraint-values.js
/**
 * The constraint values FieldChecker reads when it is built, checked when the schema is loaded
 * so a mistake in one is an error at its key's line: a bound (`minimum`, `maximum`,
 * `exclusiveMinimum`, `exclusiveMaximum`) given as text is cast as a cell of the field would be
 * (`minimum: abc` on an integer field, `maximum: '2023-13-45'` on a date field are no values of
 * the type), and a `pattern` must compile as the regular expression FieldChecker builds from it.
 * FieldChecker keeps the same checks as a backstop for descriptors that did not come through
 * load.ts; from a loaded schema they no longer fire, and their errors named no line.
 */



const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
/** A value of each type in its default format, for the message (types whose bounds can fail). */
const EXAMPLES = {
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
function checkConstraintValues(field, index, locate, file, input) {
    const c = field.constraints;
    if (c === undefined)
        return;
    const type = field.type ?? 'string';
    const path = (key) => ['fields', String(index), 'constraints', key];
    if (BOUNDS.some((key) => typeof c[key] === 'string')) {
        // load.ts has checked the format first, so building the cast cannot throw here.
        const cast = (0,schema_cast/* casterFor */.yY)(field);
        for (const key of BOUNDS) {
            const given = c[key];
            // A number is taken as it is (FieldChecker compares it with the cast value).
            if (typeof given !== 'string' || cast(given) !== schema_cast/* INVALID */.uY)
                continue;
            const { line, col, where } = locate(path(key));
            const expected = expectedBound(field, type);
            throw new runner_errors/* UserError */.yo(`${where}: field '${field.name}' is of type ${type}, but ${key} '${given}' is not a valid ${type}; expected ${expected}`, { file, line, column: col, input, title: 'Invalid schema' });
        }
    }
    if (c.pattern !== undefined) {
        const problem = regExpProblem(c.pattern);
        if (problem !== undefined) {
            const { line, col, where } = locate(path('pattern'));
            throw new runner_errors/* UserError */.yo(`${where}: field '${field.name}': pattern '${c.pattern}' is not a regular expression we can read: ${problem}; expected JavaScript regular expression syntax (with the u flag), which must match the whole value`, { file, line, column: col, input, title: 'Invalid schema' });
        }
    }
}
/** What a bound of the field is written as, in words. */
function expectedBound(field, type) {
    const format = field.format;
    if (format !== undefined && PATTERN_FORMAT_TYPES.includes(type) && format !== 'default' && format !== 'any')
        return `${an(type)} written in the field's format ${format}, as its cells are`;
    const example = EXAMPLES[type];
    // A field with options (decimalChar, groupChar, bareNumber, trueValues, a format) writes its
    // values its own way: the default-format example would mislead. textCastOf tells the options
    // of numbers and booleans apart; the other types have only their format.
    const defaultFormat = format === undefined || format === 'default';
    const plain = (0,schema_cast/* textCastOf */.AL)(field) !== schema_cast/* TEXT_CAST_OTHER */.Rq || (defaultFormat && type !== 'integer' && type !== 'number' && type !== 'boolean');
    return example !== undefined && plain ? `${an(type)} written as the field's cells are, e.g. ${example}` : `${an(type)} written as the field's cells are`;
}
function an(type) {
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
/**
 * Why the pattern does not compile as FieldChecker compiles it (`^(?:pattern)$`, flag u), or
 * undefined when it does. The pattern is compiled alone first: wrapped, `a)|(b` compiles into
 * `^(?:a)|(b)$`, which is no longer a match of the whole value.
 */
function regExpProblem(pattern) {
    for (const source of [pattern, `^(?:${pattern})$`]) {
        try {
            new RegExp(source, 'u');
        }
        catch (error) {
            // V8 writes `Invalid regular expression: /<source>/u: <reason>`: the reason is what tells.
            return error.message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/src/schema/categories.js
var schema_categories = __webpack_require__(5722);
// EXTERNAL MODULE: ./lib/src/runner/text-position.js
var text_position = __webpack_require__(6940);
;// CONCATENATED MODULE: ./lib/src/schema/load.js
/**
 * Loads a schema file (YAML or JSON), checks it against the published JSON Schema and returns
 * it typed. Every problem is a UserError naming the file, the line and the key: a misspelt
 * expectation must never be silently ignored.
 */











let validator;
function validate(value) {
    validator ??= new ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(TABLE_SCHEMA_JSON_SCHEMA);
    return validator(value) ? [] : (validator.errors ?? []);
}
/** Reads and checks a schema file. */
function loadSchemaFile(path, input = 'schema') {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new runner_errors/* UserError */.yo(`Input '${input}': cannot read schema file '${path}': ${error.message}`, { file: path, input });
    }
    return parseSchema(text, path, input);
}
/** Parses and checks schema text; `file` names it in errors. */
function parseSchema(text, file, input = 'schema') {
    // merge: YAML's `<<: *anchor` merge keys, which schemas use to share constraints between fields.
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true, merge: true });
    const syntax = doc.errors[0];
    if (syntax) {
        const { line, col } = (0,text_position/* linePosition */.s)(text, syntax.pos[0]);
        // The parser's own text for these names its API (parseAllDocuments) or YAML's grammar
        // (a plain `%` starts a directive): say what to change instead. An unquoted strptime
        // format (`format: %d/%m/%Y`) is the usual way to meet the second.
        const problem = syntax.code === 'MULTIPLE_DOCS'
            ? 'the file holds more than one YAML document (a second one starts at this `---`); keep one schema per file'
            : syntax.code === 'BAD_SCALAR_START' && text[syntax.pos[0]] === '%'
                ? 'a value starting with % must be quoted in YAML, e.g. format: "%d/%m/%Y"'
                : syntax.message.split('\n')[0];
        throw new runner_errors/* UserError */.yo(`${file}:${line}:${col}: invalid YAML/JSON in the schema: ${problem}`, { file, line, column: col, input });
    }
    const value = doc.toJS();
    const errors = validate(value);
    if (errors.length)
        throw schemaError(doc, text, file, input, pickMostUseful(errors), value);
    const schema = value;
    checkReferences(schema, doc, text, file, input);
    checkFieldValues(schema, doc, text, file, input);
    return schema;
}
/** Ajv reports every branch of an anyOf; the most specific message is the most useful one. */
function pickMostUseful(errors) {
    const rank = (e) => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : e.keyword === 'anyOf' ? 3 : 2);
    return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}
function schemaError(doc, text, file, input, error, value) {
    const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let key = path.join('.');
    let problem;
    const field = formatOwner(path, error, value);
    if (field) {
        // A format outside the field type's (the per-type enum of json-schema.ts): name the field,
        // its type and the formats it takes, with the closest one.
        const type = field.type ?? 'string';
        const format = String(field.format);
        const allowed = FIELD_FORMATS[type];
        const close = closest(format, allowed);
        problem = PATTERN_FORMAT_TYPES.includes(type)
            ? `field '${field.name}' (type ${type}) has no format '${format}'${close ? ` (did you mean '${close}'?)` : ''}; expected ${allowed.join(', ')} or a strptime pattern such as %d/%m/%Y`
            : `field '${field.name}' (type ${type}) has no format '${format}'${close ? ` (did you mean '${close}'?)` : ''}; expected one of ${allowed.join(', ')}`;
    }
    else if (error.keyword === 'additionalProperties') {
        const extra = error.params.additionalProperty;
        path.push(extra);
        key = path.join('.');
        problem = `unknown key '${extra}'${suggestion(extra, error)}`;
    }
    else if (error.keyword === 'enum') {
        const allowed = error.params.allowedValues;
        // A misspelt or miscased value (`type: Date`, `fieldsMatch: subsets`) gets the closest one.
        const close = typeof error.data === 'string' ? closest(error.data, allowed.filter((v) => typeof v === 'string')) : undefined;
        problem = `expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${close ? ` (did you mean ${JSON.stringify(close)}?)` : ''}`;
    }
    else if (error.keyword === 'required') {
        problem = `missing required key '${error.params.missingProperty}'`;
    }
    else {
        problem = error.message ?? 'is invalid';
    }
    const { line, col } = positionOf(doc, text, path, error.keyword === 'additionalProperties');
    return new runner_errors/* UserError */.yo(`${file}:${line}:${col}: schema key '${key || '(root)'}': ${problem}`, { file, line, column: col, input, title: 'Invalid schema' });
}
/** The field whose string `format` the error is about (an enum/pattern miss at fields.N.format). */
function formatOwner(path, error, value) {
    if (path.length !== 3 || path[0] !== 'fields' || path[2] !== 'format' || !['enum', 'pattern', 'anyOf'].includes(error.keyword))
        return undefined;
    const field = value.fields?.[Number(path[1])];
    // A format YAML read as a number or boolean (`format: 1`) is named as written, like a misspelt one.
    return field && ['string', 'number', 'boolean'].includes(typeof field.format) && typeof field.name === 'string' ? field : undefined;
}
function suggestion(extra, error) {
    const known = Object.keys(error.parentSchema?.properties ?? {});
    const close = closest(extra, known);
    return close ? ` (did you mean '${close}'?)` : known.length ? `; expected one of ${known.join(', ')}` : '';
}
/**
 * The known word a misspelt one most likely means (case aside), if any: one it begins
 * (`int` for integer, `bool` for boolean), else the nearest within two edits that changes
 * less than half of it (so `int` is not taken for `any`, two edits away).
 */
function closest(word, known) {
    const w = word.toLowerCase();
    const same = known.find((k) => k.toLowerCase() === w);
    if (same)
        return same;
    if (w.length >= 3) {
        const begun = known.find((k) => k.toLowerCase().startsWith(w));
        if (begun)
            return begun;
    }
    let best;
    let bestDistance = 3;
    for (const k of known) {
        const d = editDistance(k.toLowerCase(), w);
        if (d < bestDistance && 2 * d < w.length)
            [best, bestDistance] = [k, d];
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/** Field names referenced by primaryKey/uniqueKeys must exist. */
function checkReferences(schema, doc, text, file, input) {
    const names = new Set(schema.fields.map((f) => f.name));
    const seen = new Set();
    schema.fields.forEach((f, i) => {
        if (seen.has(f.name)) {
            const { line, col } = positionOf(doc, text, ['fields', String(i), 'name']);
            throw new runner_errors/* UserError */.yo(`${file}:${line}:${col}: schema field '${f.name}' is declared twice`, { file, line, column: col, input });
        }
        seen.add(f.name);
    });
    const keys = [];
    if (schema.primaryKey !== undefined)
        keys.push([['primaryKey'], typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey]);
    (schema.uniqueKeys ?? []).forEach((k, i) => keys.push([['uniqueKeys', String(i)], k]));
    for (const [path, fields] of keys) {
        const missing = fields.find((f) => !names.has(f));
        if (missing !== undefined) {
            const { line, col } = positionOf(doc, text, path);
            throw new runner_errors/* UserError */.yo(`${file}:${line}:${col}: schema key '${path.join('.')}' names field '${missing}', which is not among the fields`, { file, line, column: col, input });
        }
    }
}
/** Types whose cells are text to the cast: a schema value for them must be text too. */
const TEXT_TYPES = new Set(['string', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
/**
 * What the schema gives as values a cell is compared with (a strptime `format`, the bounds and
 * `pattern` of constraint-values.ts, `enum`, `valuesIn`, Table Schema v2 `categories`) must be
 * usable: a pattern with a directive we cannot read, or an enum value no cell can equal (YAML
 * reads `[01, 02]` and `[true]` as a number and a boolean, while a string field's cells are
 * text), would otherwise fail every row or none, silently. The rules of categories themselves
 * are in categories.ts.
 */
function checkFieldValues(schema, doc, text, file, input) {
    schema.fields.forEach((field, i) => {
        const type = field.type ?? 'string';
        const at = (path) => {
            const { line, col } = positionOf(doc, text, path);
            return { line, col, where: `${file}:${line}:${col}: schema key '${path.join('.')}'` };
        };
        const format = field.format;
        if (format !== undefined && PATTERN_FORMAT_TYPES.includes(type) && format !== 'default' && format !== 'any') {
            try {
                (0,strptime/* parseDateWithPattern */.M)('', format.replace(/^fmt:/, ''));
            }
            catch (error) {
                const { line, col, where } = at(['fields', String(i), 'format']);
                throw new runner_errors/* UserError */.yo(`${where}: field '${field.name}': format '${format}' is not a pattern we can read: ${error.message} (supported: %Y %y %m %d %H %I %p %M %S %f %z %b %B %j %%)`, { file, line, column: col, input, title: 'Invalid schema' });
            }
        }
        checkConstraintValues(field, i, at, file, input);
        (0,schema_categories/* checkCategoryForm */.ps)(field, i, at, file, input);
        // Each value with the path of its node: enum, valuesIn and (v2) categories values.
        const values = [];
        field.constraints?.enum?.forEach((value, j) => values.push([value, ['fields', String(i), 'constraints', 'enum', String(j)]]));
        field.expectations?.valuesIn?.values.forEach((value, j) => values.push([value, ['fields', String(i), 'expectations', 'valuesIn', 'values', String(j)]]));
        const categoryPaths = (0,schema_categories/* categoryValuePaths */.g)(field, i);
        (0,schema_categories/* categoryValues */.Xo)(field)?.forEach((value, j) => values.push([value, categoryPaths[j]]));
        if (values.length === 0)
            return;
        const cast = (0,schema_cast/* casterFor */.yY)(field);
        for (const [value, valuePath] of values) {
            if (typeof value === 'string') {
                if (cast(value) !== schema_cast/* INVALID */.uY)
                    continue;
                const { line, col, where } = at(valuePath);
                throw new runner_errors/* UserError */.yo(`${where}: field '${field.name}' is of type ${type}${format ? ` (format ${format})` : ''}, but '${value}' is not a valid ${type}, so no cell can equal it`, { file, line, column: col, input, title: 'Invalid schema' });
            }
            if (fitsType(value, type))
                continue;
            const { line, col, where } = at(valuePath);
            const written = writtenAs(doc, text, valuePath) ?? JSON.stringify(value);
            if (TEXT_TYPES.has(type)) {
                throw new runner_errors/* UserError */.yo(`${where}: field '${field.name}' is of type ${type}, whose cells are text, but ${written} is read as ${kindOf(value)}, so no cell can equal it: quote it ("${written}")`, { file, line, column: col, input, title: 'Invalid schema' });
            }
            throw new runner_errors/* UserError */.yo(`${where}: field '${field.name}' is of type ${type}, but ${written} is ${kindOf(value)}, so no cell can equal it`, { file, line, column: col, input, title: 'Invalid schema' });
        }
        (0,schema_categories/* checkCategorySet */.ly)(field, i, at, (path) => writtenAs(doc, text, path) ?? JSON.stringify(doc.getIn(nodePath(path))), file, input);
    });
}
/** Whether a non-text schema value can equal a cast cell of the type (see FieldChecker's schemaValue). */
function fitsType(value, type) {
    switch (type) {
        case 'number':
            return typeof value === 'number';
        case 'integer':
        case 'year':
            return typeof value === 'number' && Number.isInteger(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'object':
        case 'array':
        case 'list':
        case 'geopoint':
        case 'geojson':
        case 'any':
            // Compared as JSON (objects, arrays) or as they are: not checked here.
            return true;
        default:
            return false;
    }
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'a number' : 'a decimal number';
    return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}
/** A key path as the YAML document's getIn takes it (list indexes as numbers). */
function nodePath(path) {
    return path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/** The text of the node at `path` as the file writes it (`01` rather than 1). */
function writtenAs(doc, text, path) {
    const node = doc.getIn(nodePath(path), true);
    return (0,dist/* isNode */.Ll)(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
}
/** Line and column of the node at `path`, or of its nearest existing parent. */
function positionOf(doc, text, path, atKey = false) {
    for (let depth = path.length; depth >= 0; depth--) {
        const keyPath = nodePath(path.slice(0, depth));
        const parent = depth > 0 ? doc.getIn(keyPath.slice(0, -1), true) : undefined;
        // An unknown key is pointed at itself (where the typo is); a bad value at the value.
        if (depth > 0 && (0,dist/* isNode */.Ll)(parent) && 'items' in parent && (atKey || depth < path.length)) {
            const pair = parent.items.find((item) => (0,dist/* isNode */.Ll)(item.key) && item.key.value === keyPath[depth - 1]);
            const range = pair && (0,dist/* isNode */.Ll)(pair.key) ? pair.key.range : undefined;
            if (range)
                return (0,text_position/* linePosition */.s)(text, range[0]);
        }
        const node = depth > 0 ? doc.getIn(keyPath, true) : doc.contents;
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return (0,text_position/* linePosition */.s)(text, node.range[0]);
    }
    return { line: 1, col: 1 };
}

// EXTERNAL MODULE: ./lib/src/profile/value-kind.js
var value_kind = __webpack_require__(6468);
;// CONCATENATED MODULE: ./lib/actions/validate-data/infer.js
/**
 * A schema inferred from a profile, so users can start from their data: types, `required`
 * where no value is missing, min/max for numbers, and an enum for strings with few distinct
 * values. Used as `schema` on the same data, it validates it: every rule below keeps to what
 * the casts and checks of src/schema accept.
 */


const MAX_ENUM = 20;
/** Formats whose cells are all text; the others (JSONL, Parquet) keep native types. */
const TEXT_FORMATS = new Set(['csv', 'tsv']);
/** Where the dataset's cells come from, given the formats of its files. */
function cellSource(formats) {
    return formats.every((f) => TEXT_FORMATS.has(f)) ? 'text' : 'native';
}
/** The inferred schema as file text: JSON (2-space indent) for a `.json` path, else YAML. */
function inferSchema(profiler, path, formats) {
    const schema = inferredSchema(profiler, cellSource(formats));
    if (path.toLowerCase().endsWith('.json'))
        return `${JSON.stringify(schema, null, 2)}\n`;
    const header = `# Inferred by mlops-actions validate-data from ${profiler.rows} rows; review before use.\n# Written to ${path}. Format: Frictionless Table Schema (see validate-data/README.md).\n`;
    return header + (0,dist/* stringify */.As)(schema, { lineWidth: 0 });
}
function inferredSchema(profiler, source) {
    const fields = profiler.columnNames().map((name) => {
        const column = profiler.column(name);
        const kinds = column.kindCounts();
        const sketch = column.sketch;
        let type = (0,value_kind/* schemaType */.uf)(kinds, source);
        // An invalid Date (a native cell) is counted as a datetime kind and as missing by the
        // sketch: the casts refuse it, so fall back. (Text naming a day that does not exist,
        // 2023-02-30, is a string kind already: see src/profile/text-kind.ts.)
        if ((type === 'date' || type === 'datetime') && sketch.nulls > (kinds.null ?? 0))
            type = source === 'text' ? 'string' : 'any';
        const field = { name, type: type };
        const constraints = {};
        if (sketch.nulls === 0 && sketch.total > 0)
            constraints.required = true;
        const stats = profiler.numericStats(name);
        // NaN and ±Infinity are numbers to the kinds but missing to the sketches, so the sketches'
        // extremes leave out an infinity the bounds would then refuse: no bounds for such a column
        // (the sketches do not tell NaN, which every bound accepts, from an infinity).
        const nonFinite = (kinds.integer ?? 0) + (kinds.number ?? 0) > sketch.kinds.number;
        if ((type === 'integer' || type === 'number') && stats.count > 0 && !nonFinite) {
            if (exactBound(stats.min, type))
                constraints.minimum = stats.min;
            if (exactBound(stats.max, type))
                constraints.maximum = stats.max;
        }
        const values = enumValues(kinds, column.sketch.frequent, sketch.total - sketch.nulls);
        if (values)
            constraints.enum = values;
        if (Object.keys(constraints).length)
            field.constraints = constraints;
        return field;
    });
    return { fields };
}
/**
 * A bound the data is sure to meet once written and read back: finite (JSON has no Infinity),
 * and for integers within 2^53, since the sketch holds larger ones as the nearest double, which
 * may lie on the wrong side of the exact value.
 */
function exactBound(value, type) {
    return Number.isFinite(value) && (type !== 'integer' || Number.isSafeInteger(value));
}
/**
 * The enum of a low-cardinality column, or undefined. Only when every present value was kept
 * as its text (all of kind `string`): the profile reads numeric- or date-looking text as
 * numbers and times, so their original text ('007', '1.0') is gone and an enum of them would
 * refuse the data. And only when the frequent-values sketch is exact, so the enum is complete.
 */
function enumValues(kinds, frequent, present) {
    const onlyText = Object.entries(kinds).every(([kind, n]) => kind === 'null' || kind === 'string' || !n);
    if (!onlyText || !(kinds.string ?? 0) || !frequent.exact)
        return undefined;
    const top = frequent.top();
    if (top.length > MAX_ENUM || top.length * 2 > present || !top.every((e) => typeof e.value === 'string'))
        return undefined;
    return top.map((e) => e.value).sort();
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/annotations.js
/**
 * Annotations on the data file itself, so failures show on the changed file in a PR. GitHub
 * shows at most 10 error annotations per step, so each check gets one (its first example) and
 * the rest stay in the summary and the report.
 */

const MAX_ANNOTATIONS = 10;
function annotate(checks, asErrors) {
    const emit = asErrors ? core/* error */.z3 : core/* warning */.$e;
    for (const check of checks.slice(0, MAX_ANNOTATIONS - 1)) {
        const example = check.examples[0];
        const what = check.field !== undefined ? `field '${check.field}'` : 'dataset';
        // A file-level check (no-rows: row 0) says more by its message than by a row number.
        const detail = check.observed !== undefined
            ? `observed ${check.observed}, expected ${check.expected}`
            : example?.row
                ? `row ${example.row}${example.value !== undefined ? `, value '${example.value.slice(0, 80)}'` : ''}`
                : (check.message ?? '');
        emit(`${what}: ${check.check} failed ${check.violations} time${check.violations === 1 ? '' : 's'} (${detail})`, {
            title: `validate-data: ${check.check}`,
            ...(example?.file ? { file: example.file } : {}),
            ...(example?.line !== undefined ? { startLine: example.line } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/result.js
const REPORT_VERSION = 1;

// EXTERNAL MODULE: ./lib/src/report/markdown.js
var markdown = __webpack_require__(2560);
;// CONCATENATED MODULE: ./lib/actions/validate-data/summary.js
/** The job summary of validate-data: verdict, failed checks with examples, column overview. */

const MAX_CHECK_ROWS = 200;
function formatNumber(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'string')
        return (0,markdown/* escapeCell */.kq)(value);
    return Number.isInteger(value) ? value.toLocaleString('en-US') : Number(value.toPrecision(6)).toString();
}
function exampleText(check) {
    if (check.observed !== undefined)
        return `observed ${(0,markdown/* escapeCell */.kq)(String(check.observed))}, expected ${(0,markdown/* escapeCell */.kq)(check.expected ?? '')}`;
    // A malformed file's example has no row: its message says where and what.
    if (check.message && (!check.examples.length || check.examples[0].row === undefined))
        return (0,markdown/* escapeCell */.kq)(check.message);
    return check.examples
        .map((e) => `row ${e.row}${e.line !== undefined ? ` (line ${e.line})` : ''}${e.value !== undefined ? `: ${e.value === '' ? '_(empty)_' : (0,markdown/* inlineCode */.ti)(e.value.slice(0, 60))}` : ''}`)
        .join('; ');
}
function columnRow(column) {
    const range = column.min !== undefined ? `${formatNumber(column.min)} … ${formatNumber(column.max)}` : '';
    const top = column.top?.slice(0, 3).map((t) => `${(0,markdown/* inlineCode */.ti)(t.value.slice(0, 30))} (${t.count})`).join(', ') ?? '';
    const nullShare = column.count ? `${((100 * column.nulls) / column.count).toFixed(1)}%` : '';
    return [(0,markdown/* inlineCode */.ti)(column.name), (0,markdown/* escapeCell */.kq)(column.type), formatNumber(column.nulls), nullShare, range || top, formatNumber(column.distinct)];
}
/** The Markdown for the job summary. */
function renderSummary(report, dataSpec) {
    const verdict = report.valid
        ? `### ✅ validate-data: ${(0,markdown/* escapeText */.X1)(dataSpec)} is valid`
        : `### ❌ validate-data: ${report.errors.toLocaleString('en-US')} violation${report.errors === 1 ? '' : 's'} in ${(0,markdown/* escapeText */.X1)(dataSpec)}`;
    const lines = [
        verdict,
        '',
        `${report.rows.toLocaleString('en-US')} rows in ${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${report.columns.length} columns, checked in ${report.seconds.toFixed(1)} s${report.schema ? ` against ${(0,markdown/* inlineCode */.ti)(report.schema)}` : ' (no schema)'}.`,
        '',
    ];
    if (report.checks.length) {
        const rows = report.checks.slice(0, MAX_CHECK_ROWS).map((c) => [c.field !== undefined ? (0,markdown/* inlineCode */.ti)(c.field) : '_dataset_', (0,markdown/* inlineCode */.ti)(c.check), formatNumber(c.violations), exampleText(c)]);
        lines.push('#### Failed checks', '', (0,markdown/* table */.tp)(['Field', 'Check', 'Violations', 'Examples'], rows, ['left', 'left', 'right', 'left']), '');
        if (report.checks.length > MAX_CHECK_ROWS)
            lines.push(`_…and ${report.checks.length - MAX_CHECK_ROWS} more failed checks in the JSON report._`, '');
    }
    lines.push((0,markdown/* details */.zH)(`Columns (${report.columns.length})`, (0,markdown/* table */.tp)(['Column', 'Type', 'Nulls', 'Null %', 'Range or top values', 'Distinct'], report.columns.map(columnRow), ['left', 'left', 'right', 'right', 'left', 'right'])));
    const written = [report.profile && `profile ${(0,markdown/* inlineCode */.ti)(report.profile)}`, report.inferredSchema && `inferred schema ${(0,markdown/* inlineCode */.ti)(report.inferredSchema)}`].filter(Boolean);
    if (written.length)
        lines.push('', `Wrote ${written.join(' and ')}.`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/data/index.js
var data = __webpack_require__(5135);
// EXTERNAL MODULE: ./lib/src/runner/progress.js
var runner_progress = __webpack_require__(7630);
;// CONCATENATED MODULE: ./lib/actions/validate-data/expectations.js
function outside(value, bound) {
    return (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
}
function describe(bound) {
    if (bound.min !== undefined && bound.max !== undefined)
        return `between ${bound.min} and ${bound.max}`;
    return bound.min !== undefined ? `at least ${bound.min}` : `at most ${bound.max}`;
}
function round(value) {
    return Number(value.toPrecision(8));
}
/** The expectations that failed, each as a failed check with what was observed and expected. */
function evaluateExpectations(schema, rows, checkers, profiler) {
    const failed = [];
    const fail = (field, check, observed, expected) => failed.push({ ...(field !== undefined ? { field } : {}), check, violations: 1, examples: [], observed, expected });
    const rowBound = schema.expectations?.rows;
    if (rowBound && outside(rows, rowBound))
        fail(undefined, 'rows', rows, describe(rowBound));
    for (const field of schema.fields) {
        const ex = field.expectations;
        const checker = checkers.get(field.name);
        if (!ex || !checker)
            continue;
        const { cells, missing, present, inSet, inRange } = checker.shares;
        const stats = profiler.numericStats(field.name);
        if (ex.nullFraction) {
            const share = cells ? missing / cells : 0;
            if (outside(share, ex.nullFraction))
                fail(field.name, 'nullFraction', round(share), describe(ex.nullFraction));
        }
        const numeric = [
            ['mean', ex.mean],
            ['std', ex.std],
            ['min', ex.min],
            ['max', ex.max],
        ];
        for (const [name, bound] of numeric) {
            if (!bound)
                continue;
            const value = stats[name];
            if (value === undefined)
                fail(field.name, name, 'no numeric values', describe(bound));
            else if (outside(value, bound))
                fail(field.name, name, round(value), describe(bound));
        }
        for (const q of ex.quantiles ?? []) {
            const value = stats.quantile(q.q);
            if (value === undefined)
                fail(field.name, `quantile(${q.q})`, 'no numeric values', describe(q));
            else if (outside(value, q))
                fail(field.name, `quantile(${q.q})`, round(value), describe(q));
        }
        if (ex.distinct) {
            const distinct = profiler.distinct(field.name);
            if (outside(distinct, ex.distinct))
                fail(field.name, 'distinct', distinct, describe(ex.distinct));
        }
        if (ex.valuesIn) {
            const mostly = ex.valuesIn.mostly ?? 1;
            const share = present ? inSet / present : 1;
            if (share < mostly)
                fail(field.name, 'valuesIn', round(share), `at least ${mostly} of values in the set`);
        }
        if (ex.between) {
            const mostly = ex.between.mostly ?? 1;
            const share = present ? inRange / present : 1;
            if (share < mostly)
                fail(field.name, 'between', round(share), `at least ${mostly} of values ${describe(ex.between)}`);
        }
    }
    return failed;
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/header-check.js
/** A header problem of `file` as a failed check, with its one example (where the problem shows). */
function headerFailure(problem, file, where) {
    return { ...(problem.field !== undefined ? { field: problem.field } : {}), check: problem.check, violations: 1, examples: [{ ...where, file }], message: `${file}: ${problem.message}` };
}
function checkHeader(columns, fields, match = 'exact') {
    const present = new Set(columns);
    const declared = new Set(fields);
    const missing = fields.filter((f) => !present.has(f));
    const extra = columns.filter((c) => !declared.has(c));
    const problems = [];
    const reportMissing = match === 'exact' || match === 'equal' || match === 'subset';
    const reportExtra = match === 'exact' || match === 'equal' || match === 'superset';
    if (reportMissing)
        for (const field of missing)
            problems.push({ check: 'missing-field', field, message: `field '${field}' is in the schema but not in the data` });
    if (reportExtra)
        for (const field of extra)
            problems.push({ check: 'extra-field', field, message: `column '${field}' is in the data but not in the schema` });
    if (match === 'exact' && !missing.length && !extra.length && columns.some((c, i) => c !== fields[i])) {
        problems.push({ check: 'field-order', message: `columns are not in the schema's order (${fields.join(', ')})` });
    }
    if (match === 'partial' && !columns.some((c) => declared.has(c))) {
        problems.push({ check: 'fieldsMatch', message: 'no column of the data is a field of the schema (fieldsMatch: partial)' });
    }
    return problems;
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/jsonl-header.js

class JsonlHeaderCheck {
    schema;
    file = '';
    firstRow = 1;
    columns = [];
    /** Per column index: the first row of this file where it holds a value. */
    present = [];
    constructor(schema) {
        this.schema = schema;
    }
    /** Starts a new file at its first batch. */
    start(batch) {
        this.file = batch.file;
        this.firstRow = batch.firstRow;
        this.present = [];
        this.observe(batch);
    }
    /** Notes the keys of a batch of the current file and where each first holds a value. */
    observe(batch) {
        this.columns = batch.columns;
        batch.values.forEach((cells, c) => {
            if (this.present[c] !== undefined)
                return;
            for (let i = 0; i < batch.rowCount; i++) {
                if (cells[i] === null)
                    continue;
                const line = batch.lines?.[i];
                this.present[c] = { row: batch.firstRow + i, ...(line !== undefined ? { line } : {}) };
                return;
            }
        });
    }
    /** The header problems of the file just read, as failed checks. */
    finish() {
        const where = (field) => (field !== undefined && this.present[this.columns.indexOf(field)]) || { row: this.firstRow, line: 1 };
        return checkHeader(this.columns, this.schema.fields.map((f) => f.name), this.schema.fieldsMatch).map((problem) => headerFailure(problem, this.file, where(problem.check === 'extra-field' ? problem.field : undefined)));
    }
}

// EXTERNAL MODULE: ./lib/actions/validate-data/key-checks.js
var key_checks = __webpack_require__(330);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/src/data/csv-reader.js
var csv_reader = __webpack_require__(1547);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/src/data/csv-tokenizer.js
var csv_tokenizer = __webpack_require__(5167);
// EXTERNAL MODULE: ./lib/src/data/format.js
var format = __webpack_require__(9172);
// EXTERNAL MODULE: ./lib/src/data/text-source.js
var text_source = __webpack_require__(9524);
// EXTERNAL MODULE: ./lib/src/data/utf8.js
var utf8 = __webpack_require__(5440);
;// CONCATENATED MODULE: ./lib/src/data/csv-split.js
/**
 * Cuts a CSV/TSV file into parts that end on row boundaries, so the parts can be parsed on
 * other threads (see csv-part.ts) and their results joined in file order. A gzipped file is
 * decompressed here, as a stream (zlib works on libuv's thread pool), and its text cut the same
 * way: only the decompression is sequential.
 *
 * A row boundary is a line feed outside quotes. Outside quotes every quote character opens or
 * closes a quoted field (an escaped quote inside one is a pair, which toggles twice), so a line
 * feed ends a row exactly when an even number of quotes precede it since the last boundary.
 * Malformed text (a stray quote) can mislead this count only after the first malformed row,
 * and the tokenizer parsing the part that holds that row fails on it first; so the first error
 * in file order is the one a sequential read reports.
 */










const QUOTE = 0x22;
const LF = 0x0a;
/** Bytes of the file's start read to find the header. */
const HEAD_BYTES = 1 << 20;
/**
 * Compressed bytes of a gzipped file's start decompressed to find the header. At most 1032x
 * larger decompressed (deflate's limit), so the output stays within MAX_HEAD_OUTPUT.
 */
const GZIP_HEAD_BYTES = 64 << 10;
const MAX_HEAD_OUTPUT = 64 << 20;
/**
 * Reads the header of a plain delimited file from its first MiB. Returns undefined when
 * anything is unusual (empty file, header not complete in that MiB, invalid UTF-8 or a
 * malformed header): the caller then reads the file sequentially, which reports such
 * problems exactly as before.
 */
function readCsvLayout(file, delimiter) {
    const gzip = (0,format/* isGzipPath */.ip)(file);
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let head;
    // The whole text is in `head` (so its last row is complete even without a line feed).
    let whole;
    try {
        const want = gzip ? GZIP_HEAD_BYTES : HEAD_BYTES;
        const buf = Buffer.allocUnsafe(want);
        const got = (0,external_node_fs_.readSync)(fd, buf, 0, want, 0);
        head = buf.subarray(0, got);
        whole = got < want;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if (gzip) {
        try {
            // The whole file read: decompressed as a whole (a truncated or corrupt one fails here).
            // Only its start: Z_SYNC_FLUSH gives what that decompresses to, without failing on the cut.
            const text = (0,external_node_zlib_.gunzipSync)(head, { maxOutputLength: MAX_HEAD_OUTPUT, ...(whole ? {} : { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH }) });
            whole = whole && text.length <= HEAD_BYTES;
            head = text.subarray(0, HEAD_BYTES);
        }
        catch {
            return undefined; // not gzip, damaged, or a zip bomb: the sequential reader reports it
        }
    }
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const body = head.subarray(bom, (0,utf8/* completeUtf8Length */.fV)(head.subarray(bom)) + bom);
    if (!(0,external_node_buffer_.isUtf8)(body))
        return undefined;
    const text = body.toString('utf8');
    const tok = new csv_tokenizer/* CsvTokenizer */.YB(file, delimiter);
    tok.push(text);
    try {
        const final = whole;
        const cells = [];
        const mark = tok.save();
        if (tok.parseRow(cells, 0, 0, final, true) !== csv_tokenizer/* ROW */.nw)
            return undefined;
        const width = tok.fields;
        tok.restore(mark);
        const columns = Array.from({ length: width }, () => []);
        if (tok.parseRow(columns, 0, width, final, true) !== csv_tokenizer/* ROW */.nw)
            return undefined;
        const header = columns.map((c) => c[0] ?? '');
        // Empty or duplicate names: the sequential reader reports them.
        (0,csv_reader/* checkHeader */.e)(file, header, tok.rowLine);
        const [pos, line] = tok.save();
        const dataStart = bom + Buffer.byteLength(text.slice(0, pos));
        // A header ending the file without a line feed: leave such files to the sequential reader.
        if (dataStart > 0 && head[dataStart - 1] !== LF)
            return undefined;
        const size = (0,external_node_fs_.statSync)(file).size;
        return { header, headerLine: tok.rowLine, dataStart, dataLine: line, size, gzip };
    }
    catch {
        return undefined;
    }
}
/**
 * Finds the last row boundary in bytes[0, length), which starts on a row boundary. One pass
 * over the line feeds and quotes with native indexOf.
 */
function lastRowBoundary(bytes, length) {
    const view = length === bytes.length ? bytes : bytes.subarray(0, length);
    let parity = 0;
    let lines = 0;
    let end = -1;
    let linesAtEnd = 0;
    let q = view.indexOf(QUOTE, 0);
    for (let lf = view.indexOf(LF, 0); lf !== -1; lf = view.indexOf(LF, lf + 1)) {
        while (q !== -1 && q < lf) {
            parity ^= 1;
            q = view.indexOf(QUOTE, q + 1);
        }
        lines++;
        if (parity === 0) {
            end = lf + 1;
            linesAtEnd = lines;
        }
    }
    return { end, lines: linesAtEnd };
}
/**
 * Yields the data rows of a file (from layout.dataStart) as parts of about `partBytes` bytes,
 * each ending on a row boundary (the last one at the end of the file). A row longer than
 * MAX_ROW_CHARS bytes fails as the sequential tokenizer does (after the parts before it, so an
 * earlier error still comes first: the caller handles parts in order).
 */
async function* readCsvParts(file, layout, partBytes, signal, gzipChunkBytes = Math.min(text_source/* TEXT_CHUNK_BYTES */.Yd, partBytes)) {
    if (layout.gzip) {
        yield* readGzipParts(file, layout, partBytes, signal, gzipChunkBytes);
        return;
    }
    const handle = await (0,promises_.open)(file, 'r');
    try {
        let position = layout.dataStart;
        let line = layout.dataLine;
        let carry = new Uint8Array(0);
        let carryOffset = position;
        for (;;) {
            signal?.throwIfAborted();
            const buf = Buffer.allocUnsafeSlow(carry.length + partBytes);
            buf.set(carry, 0);
            // Read synchronously (2 MiB, from the page cache in ~1 ms): with an awaited read (libuv's
            // thread pool) the 13M-row CSV on two threads peaked at 258-278 MiB over 13 runs, with
            // this one at 219-249 MiB over 7, in the same wall and CPU time.
            const bytesRead = (0,external_node_fs_.readSync)(handle.fd, buf, carry.length, partBytes, position);
            position += bytesRead;
            const length = carry.length + bytesRead;
            if (bytesRead === 0) {
                if (length > 0)
                    yield { bytes: buf.subarray(0, length), offset: carryOffset, firstLine: line, end: carryOffset + length };
                return;
            }
            const cut = lastRowBoundary(buf, length);
            if (cut.end < 0) {
                if (length > csv_tokenizer/* MAX_ROW_CHARS */.Q1)
                    throw (0,csv_tokenizer/* overlongRow */.rE)(file, line);
                carry = buf.subarray(0, length);
                continue;
            }
            // The bytes after the boundary start the next part; copy them before handing this one on.
            const rest = buf.subarray(cut.end, length);
            const next = new Uint8Array(rest.length);
            next.set(rest);
            yield { bytes: buf.subarray(0, cut.end), offset: carryOffset, firstLine: line, end: carryOffset + cut.end };
            line += cut.lines;
            carryOffset += cut.end;
            carry = next;
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * readCsvParts of a gzipped file: its decompressed text from layout.dataStart, cut as a plain
 * file's. Offsets are in the decompressed text (as the sequential reader gives them in its
 * invalid UTF-8 errors); a gzip error comes after the parts before it, as the sequential
 * reader's does, naming the last line of the text decompressed so far.
 */
async function* readGzipParts(file, layout, partBytes, signal, chunkBytes) {
    // The stream the sequential reader reads, so the same text arrives before an error.
    const { raw, stream } = (0,text_source/* openByteStream */.LY)(file, true, chunkBytes, signal);
    let skip = layout.dataStart;
    let line = layout.dataLine;
    let offset = layout.dataStart;
    // Decompressed text not yet in a part: it starts on a row boundary.
    let pending = [];
    let pendingBytes = 0;
    try {
        for await (const chunk of stream) {
            let piece = chunk;
            if (skip > 0) {
                const skipped = Math.min(skip, piece.length);
                skip -= skipped;
                piece = piece.subarray(skipped);
                if (piece.length === 0)
                    continue;
            }
            pending.push(piece);
            pendingBytes += piece.length;
            if (pendingBytes < partBytes)
                continue;
            // The part's own buffer (it goes to a worker), cut at its last row boundary as a plain
            // file's part is: about partBytes plus what the last piece brought beyond.
            const buf = ownBuffer(pending, pendingBytes);
            const cut = lastRowBoundary(buf, buf.length);
            if (cut.end < 0) {
                if (buf.length > csv_tokenizer/* MAX_ROW_CHARS */.Q1)
                    throw (0,csv_tokenizer/* overlongRow */.rE)(file, line);
                pending = [buf];
                continue;
            }
            // The bytes after the boundary start the next part: copied out before this one is handed on.
            pending = cut.end < buf.length ? [Buffer.from(buf.subarray(cut.end))] : [];
            pendingBytes = buf.length - cut.end;
            yield { bytes: buf.subarray(0, cut.end), offset, firstLine: line, end: raw.bytesRead };
            offset += cut.end;
            line += cut.lines;
        }
    }
    catch (error) {
        if (error instanceof runner_errors/* UserError */.yo)
            throw error;
        let lineAtEnd = line;
        for (const piece of pending)
            lineAtEnd += (0,utf8/* countNewlines */.Dn)(piece.toString('latin1'));
        throw (0,text_source/* sourceError */.I8)(file, true, error, lineAtEnd);
    }
    finally {
        raw.destroy();
        stream.destroy();
    }
    if (pendingBytes > 0)
        yield { bytes: ownBuffer(pending, pendingBytes), offset, firstLine: line, end: raw.bytesRead };
}
/**
 * The pieces copied into a buffer of their own: not Buffer.concat's, which may come from the
 * shared pool, whose ArrayBuffer cannot be transferred to a worker.
 */
function ownBuffer(pieces, length) {
    const buf = Buffer.allocUnsafeSlow(length);
    let at = 0;
    for (const piece of pieces) {
        buf.set(piece, at);
        at += piece.length;
    }
    return buf;
}

// EXTERNAL MODULE: ./lib/src/data/parquet-reader.js + 5 modules
var parquet_reader = __webpack_require__(7462);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./lib/src/data/row-group-bytes.js
var row_group_bytes = __webpack_require__(4415);
;// CONCATENATED MODULE: ./lib/src/data/parquet-split.js
/**
 * The row groups of a Parquet file, for reading it in parts on several threads: each part is a
 * run of whole row groups, or a slice of rows of one large group, read by its thread straight
 * from the file (readParquetFile with a RowGroupRange), so no bytes cross threads. A slice
 * costs a little extra: its thread decodes again the pages that straddle its edges and the
 * dictionaries its pages use, and passes over earlier pages by their headers.
 */




/**
 * The file's columns and row groups, or undefined when it is better read by the sequential
 * reader: an unreadable footer or header (which then gives the user its error), or nested
 * fields (read by hyparquet's row reader, not by row group here).
 */
async function readParquetLayout(file) {
    try {
        const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(await (0,node/* asyncBufferFromFile */.Rv)(file));
        const schema = (0,src_metadata/* parquetSchema */.YR)(metadata);
        if (!schema.children.every((child) => (0,src_schema/* isFlatColumn */.g7)([schema, child])))
            return undefined;
        const columns = schema.children.map((child) => child.element.name);
        (0,csv_reader/* checkHeader */.e)(file, columns, 0);
        const groups = metadata.row_groups.map((group) => ({
            rows: Number(group.num_rows),
            bytes: (0,row_group_bytes/* rowGroupBytes */.x)(group),
        }));
        return { columns, groups, footerBytes: metadata.metadata_length + 8 };
    }
    catch {
        return undefined;
    }
}
/**
 * Runs of consecutive row groups of at least `partBytes` compressed bytes each (the last may be
 * less), a run ending early rather than going over `maxRows` rows. A group of more than
 * `maxRows` rows is cut into equal slices of at most `maxRows` rows, each a part of its own,
 * its bytes the group's share (the slices' bytes add up to the group's).
 */
function rowGroupParts(layout, partBytes, maxRows = Infinity) {
    const parts = [];
    let current;
    const close = () => {
        if (current)
            parts.push(current);
        current = undefined;
    };
    layout.groups.forEach((group, g) => {
        if (group.rows > maxRows) {
            close();
            const slices = Math.ceil(group.rows / maxRows);
            const cut = (k) => Math.round((group.rows * k) / slices);
            const byteAt = (row) => Math.round((group.bytes * row) / group.rows);
            for (let k = 0; k < slices; k++) {
                const rowStart = cut(k);
                const rowEnd = cut(k + 1);
                parts.push({ first: g, end: g + 1, rowStart, rowEnd, rows: rowEnd - rowStart, bytes: byteAt(rowEnd) - byteAt(rowStart) });
            }
            return;
        }
        if (current && current.rows + group.rows > maxRows)
            close();
        current ??= { first: g, end: g, rows: 0, bytes: 0 };
        current.end = g + 1;
        current.rows += group.rows;
        current.bytes += group.bytes;
        if (current.bytes >= partBytes)
            close();
    });
    close();
    return parts;
}

// EXTERNAL MODULE: ./lib/src/data/dataset.js + 2 modules
var dataset = __webpack_require__(7847);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./lib/src/runner/worker-entry.js
var worker_entry = __webpack_require__(5534);
// EXTERNAL MODULE: ./lib/actions/validate-data/part-worker.js + 1 modules
var part_worker = __webpack_require__(3229);
;// CONCATENATED MODULE: ./lib/actions/validate-data/part-pool.js
/**
 * Where the lanes of a parallel read run (see PartLane in part-worker.ts): on worker threads
 * (PartPool) or inline (InlineRunner, for tests). Lane n is always the same thread, so a lane's
 * profile accumulates there and comes back once (finish). If a worker dies (an uncaught error,
 * running out of memory, exiting), every outstanding and later request fails with an error
 * naming it, so the run never hangs.
 */



/** Runs each lane on the calling thread (tests use it: the same lanes and merges as threads). */
class InlineRunner {
    inline;
    /** Each lane's latest part: the next one starts after it, as on a worker. */
    last;
    constructor(setup, lanes) {
        this.inline = Array.from({ length: lanes }, () => new PartLane(setup));
        this.last = this.inline.map(() => Promise.resolve());
    }
    get lanes() {
        return this.inline.length;
    }
    run(task, lane) {
        const result = this.last[lane].then(() => this.inline[lane].run(task));
        this.last[lane] = result.catch(() => { });
        return result;
    }
    async finish() {
        return this.inline.map((l) => l.state());
    }
    async close() { }
}
// Workers start from this script, which imports the module exporting runPartWorker.
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => m.runPartWorker());
`;
/**
 * The module a worker imports: part-worker.js next to this file when running from compiled
 * TypeScript (lib/), else the bundle's entry (dist/bundle/index.js), which exports
 * runPartWorker; this file is then one of the bundle's chunks, next to it.
 */
function defaultWorkerEntry() {
    return (0,worker_entry/* workerEntryNextTo */.n)(import.meta.url, ['./part-worker.js', './index.js'], 'validate-data');
}
/** One worker thread per lane. */
class PartPool {
    slots = [];
    failure;
    closed = false;
    /**
     * `entry`: the module the workers import (defaultWorkerEntry); `youngGenerationMb` and
     * `oldGenerationMb`: each worker's heap limits (see PARQUET_YOUNG_GENERATION_MB and
     * OLD_GENERATION_MB).
     */
    constructor(workers, setup, { entry = defaultWorkerEntry(), youngGenerationMb = PARQUET_YOUNG_GENERATION_MB, oldGenerationMb = OLD_GENERATION_MB } = {}) {
        for (let i = 0; i < workers; i++) {
            const worker = new external_node_worker_threads_.Worker(BOOT, { eval: true, workerData: { entry, setup }, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: oldGenerationMb } });
            const slot = { worker, outstanding: new Map() };
            worker.on('message', (reply) => {
                const waiting = slot.outstanding.get(reply.id);
                slot.outstanding.delete(reply.id);
                if (!waiting)
                    return;
                if ('error' in reply)
                    waiting.reject((0,part_worker/* failureError */.Xv)(reply.error));
                else if ('state' in reply)
                    waiting.resolve(reply.state);
                else
                    waiting.resolve(reply);
            });
            worker.on('error', (error) => this.fail(new Error(`validate-data worker thread failed: ${error.message}`, { cause: error })));
            worker.on('exit', (code) => {
                if (!this.closed)
                    this.fail(new Error(`validate-data worker thread exited unexpectedly (exit code ${code})`));
            });
            this.slots.push(slot);
        }
    }
    get lanes() {
        return this.slots.length;
    }
    run(task, lane) {
        return this.send(this.slots[lane], task.id, { part: task }, 'bytes' in task ? [task.bytes.buffer] : []);
    }
    finish() {
        return Promise.all(this.slots.map((slot) => this.send(slot, part_worker/* FINISH_ID */.Ik, { finish: true }, [])));
    }
    async close() {
        this.closed = true;
        await Promise.all(this.slots.map((s) => s.worker.terminate()));
    }
    send(slot, id, message, transfer) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            slot.outstanding.set(id, { resolve: resolve, reject });
            slot.worker.postMessage(message, transfer);
        });
    }
    fail(error) {
        this.failure ??= error;
        for (const slot of this.slots) {
            for (const waiting of slot.outstanding.values())
                waiting.reject(this.failure);
            slot.outstanding.clear();
        }
    }
}
/**
 * A worker's young generation in MB, bounded (V8's default grows to 3 x 16 MB): with one
 * profile per lane and small batches the worker's heap stays small. Parquet, whose peak is
 * the closer to 300 MB, keeps 8 MB: 13M rows on a quiet machine, two threads, 4 MB peaked at
 * 264 MB (35.1 CPU s), 8 MB at 268 MB (33.6 s), 16 MB at 285 MB (35.2 s); peaks are lower
 * under load (220-238 MB), as the threads run slower.
 */
const PARQUET_YOUNG_GENERATION_MB = 8;
/**
 * CSV/TSV workers scavenge every few batches of fresh cell strings, copying the live batch
 * each time: with 16 MB instead of 8 the worker (the slower lane on CSV) spent 6.0% of its CPU
 * in GC instead of 8.9-9.6% (CPU profiles, 13M-row CSV, two runs each); peaks 257-270 MB
 * against 248-279 MB (5 interleaved runs each).
 */
const CSV_YOUNG_GENERATION_MB = 16;
/**
 * A worker's old generation in MB at most. V8 lets garbage build up in the old generation until
 * the heap is a multiple of what is live, a multiple that shrinks with the heap's limit: with
 * the default limit (a quarter of the machine's memory) a worker holding ~11 MB live ran at
 * 30-47 MB of heap. With 1 GB, 13M rows, two threads, 3 interleaved runs each: Parquet peaked at
 * 241-249 MB instead of 268-299, CSV at 240-245 instead of 246-253, at the same CPU time (512
 * MB gave the same as 1 GB). The limit is far above what a lane needs (its batches, the page
 * or dictionary being decoded and its profile); a worker that still reaches it fails the run
 * with "worker thread failed" (validate-data/README.md, Errors).
 */
const OLD_GENERATION_MB = 1024;

;// CONCATENATED MODULE: ./lib/actions/validate-data/parallel.js
/**
 * validate-data over large plain CSV/TSV and Parquet files on several cores. The main thread
 * reads each CSV/TSV file in parts ending on row boundaries (src/data/csv-split.ts), or cuts a
 * Parquet file into runs of row groups and slices of large ones (src/data/parquet-split.ts;
 * each lane reads its own from the file), and deals them out in a fixed pattern (laneOf) to
 * lanes: its own, and one per worker thread (part-worker.ts), each of which parses, checks and
 * profiles its parts into one profile kept across them. Every part's violations and keys come
 * back as it is done and are merged in file order: counts add, examples keep the earliest
 * rows, keys go into the one uniqueness index per check in row order. So the report's checks,
 * counts, examples, rows and lines are those of a sequential pass. The lanes' profiles are
 * merged once, at the end, in lane order: the profile equals the sequential one within the
 * sketches' stated error (counts, kinds, extremes and distinct-count registers exactly), and is
 * the same on every run with the same number of threads, since the parts and their lanes
 * depend only on the file.
 */










/** Below this many bytes of plain CSV/TSV or Parquet a dataset is read on the main thread alone. */
const MIN_PARALLEL_BYTES = 16 << 20;
/**
 * Bytes per CSV/TSV part: large enough to keep messages rare, small enough to keep memory flat.
 * 13M rows, two threads, Node 20 (Node 24): 960 KiB parts peaked at 213-215 MB (246) against
 * 277-281 (288) for 2 MiB, at the same CPU time (bench/README.md). Parts of 2 MiB decoded
 * whole had been no better: each part's text was then an external string, which V8 frees only
 * once 64 MB of them are held (see TEXT_PIECE_BYTES for how the text is decoded now).
 */
const CSV_PART_BYTES = 960 << 10;
/**
 * Compressed bytes of a Parquet part at least (runs of small row groups; larger groups are
 * sliced by rows, MAX_PARQUET_PART_ROWS). At 13M rows (idle machine, worker young generation
 * 4 MB, key budget 16 MB): 2 MiB parts peaked at 289-291 MB and 61-64 CPU s; 1 MiB parts at
 * 282 MB but 73 CPU s (per-part overhead).
 */
const PARQUET_PART_BYTES = 2 << 20;
/**
 * Whether to read this dataset in parallel: CSV, TSV (gzipped or not) or Parquet, more than
 * one core, and enough bytes in its files to pay for starting the threads (a gzipped file
 * counts its compressed size, some 3x fewer bytes of text). MLOPS_VALIDATE_THREADS (1
 * turns it off), MLOPS_VALIDATE_PARALLEL_MIN_BYTES, MLOPS_VALIDATE_PART_BYTES and
 * MLOPS_VALIDATE_PARQUET_PART_ROWS override the defaults (the tests use them to split small
 * files into many parts).
 */
function parallelPlan(paths, format, env = process.env, requested) {
    // Two threads (one worker beside the main thread) by default: each worker's heap adds
    // ~50-80 MB, and the 300 MB peak of issue 3 holds with one (283 MB at 13M rows). The
    // `threads` input (`requested`) sets another number; the environment variable is the tests'.
    const threads = requested ?? numberFrom(env['MLOPS_VALIDATE_THREADS']) ?? Math.min(2, (0,external_node_os_.availableParallelism)());
    if (threads < 2 || paths.length === 0)
        return undefined;
    const kind = (0,dataset/* datasetFormat */.QV)(paths, format);
    if (kind !== 'csv' && kind !== 'tsv' && kind !== 'parquet')
        return undefined;
    let bytes = 0;
    for (const path of paths)
        bytes += (0,external_node_fs_.statSync)(path).size;
    if (bytes < (numberFrom(env['MLOPS_VALIDATE_PARALLEL_MIN_BYTES']) ?? MIN_PARALLEL_BYTES))
        return undefined;
    return {
        threads,
        partBytes: Math.max(1, numberFrom(env['MLOPS_VALIDATE_PART_BYTES']) ?? (kind === 'parquet' ? PARQUET_PART_BYTES : CSV_PART_BYTES)),
        parquetPartRows: Math.max(1, numberFrom(env['MLOPS_VALIDATE_PARQUET_PART_ROWS']) ?? MAX_PARQUET_PART_ROWS),
        format: kind,
    };
}
function numberFrom(text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const n = Number(text);
    return Number.isInteger(n) && n >= 0 ? n : undefined;
}
/**
 * Reads the dataset's files in order, each split into parts run by `runner` (worker threads
 * by default), and merges every part into `pass` and the keys' indexes. Files that cannot be
 * split (an unusual start: see readCsvLayout; Parquet with nested fields or an
 * unreadable footer) are read on this thread.
 */
async function runParallel(paths, plan, pass, keys, setup, hooks, runner) {
    const parts = runner ?? new PartPool(plan.threads - 1, setup, { youngGenerationMb: plan.format === 'parquet' ? PARQUET_YOUNG_GENERATION_MB : CSV_YOUNG_GENERATION_MB });
    const format = plan.format;
    // The main thread's own lane profiles and counts straight into the pass.
    const own = new part_worker/* PartLane */.oY(setup, pass.checkers, pass.profiler);
    const lanes = parts.lanes + 1;
    // Parts read ahead: each worker keeps a few queued, and results wait their turn. Parquet
    // parts are read by their lanes (nothing to read ahead here) and larger: one running per
    // lane and one more (see MAX_PARQUET_PART_ROWS).
    const maxInFlight = plan.format === 'parquet' ? lanes + 1 : lanes * 2 + 4;
    let reference;
    let rowsBefore = 0;
    let bytesBefore = 0;
    let nextId = 0;
    // The main thread's Parquet part still reading (its next one starts after it, as on a worker).
    let ownBusy;
    try {
        for (const file of paths) {
            const split = format === 'parquet' ? await splitParquet(file, plan.partBytes, plan.parquetPartRows) : splitCsv(file, format === 'csv' ? ',' : '\t', plan.partBytes);
            if (!split) {
                // The sequential reader, exactly as readDataset would read this file.
                let first = true;
                let bytes = bytesBefore;
                const ctx = { firstRow: rowsBefore + 1, bytesBefore, typed: pass.typedPlanner() };
                const batches = format === 'parquet' ? (0,parquet_reader/* readParquetFile */.N)(file, ctx) : (0,csv_reader/* readDelimitedFile */.K)(file, format === 'csv' ? ',' : '\t', (0,data/* isGzipPath */.ip)(file), ctx);
                for await (const batch of batches) {
                    if (first) {
                        if (reference === undefined)
                            reference = { file, columns: batch.columns };
                        else
                            (0,dataset/* sameColumns */.G7)(reference, file, batch.columns);
                        hooks.startFile(file, format, batch.columns, batch.firstRow);
                        first = false;
                    }
                    pass.observe(batch);
                    rowsBefore += batch.rowCount;
                    bytes = batch.bytesRead;
                    hooks.addRows(batch.rowCount, bytes);
                }
                bytesBefore = bytes;
                continue;
            }
            const columns = split.columns;
            if (reference === undefined)
                reference = { file, columns };
            else
                (0,dataset/* sameColumns */.G7)(reference, file, columns);
            hooks.startFile(file, format, columns, rowsBefore + 1);
            // A batch of no rows, as the sequential reader's first: the profile gets the columns even when there are no rows.
            pass.observe({ file, format, columns, values: columns.map(() => []), rowCount: 0, firstRow: rowsBefore + 1, ...(format === 'parquet' ? {} : { lines: new Int32Array(0) }), bytesRead: bytesBefore });
            const pending = [];
            // The main thread's latest part, run once the next part is read: so the worker gets its next part before the main thread is busy.
            let held;
            const runOwn = (entry) => {
                if (entry.result !== undefined)
                    return;
                const task = entry.task;
                entry.task = undefined;
                const start = () => {
                    try {
                        return Promise.resolve(own.run(task));
                    }
                    catch (error) {
                        // Thrown by mergeNext in file order: an earlier part's error comes first.
                        return Promise.reject(error);
                    }
                };
                const result = ownBusy ? ownBusy.then(start) : start();
                result.catch(() => { });
                entry.result = result;
                if ('parquet' in task) {
                    // A Promise (readParquetFile is an async generator): done when it settles, and the
                    // lane's next part waits for it.
                    ownBusy = result.then(noop, noop);
                    ownBusy.then(() => (entry.done = true));
                }
                else
                    entry.done = true;
            };
            const mergeNext = async () => {
                const next = pending.shift();
                runOwn(next);
                // About to wait for a worker's part: run the main thread's held part first rather than
                // idle. It is the lane's latest, so its parts still run in order. Waiting with it held
                // left both threads idle in turn (the worker then waits for its next part, dealt only
                // after this merge): 1.8-2.7 s of each thread's ~20 s on the 13M-row Parquet file.
                if (!next.done && held !== undefined)
                    runOwn(held);
                const result = await next.result;
                merge(result, rowsBefore, pass, keys);
                rowsBefore += result.rows;
                hooks.addRows(result.rows, bytesBefore + next.end);
            };
            const reader = split.parts;
            try {
                for (;;) {
                    let next;
                    try {
                        next = await reader.next();
                    }
                    catch (error) {
                        // A read error (or an overlong row) comes after the rows of the parts before it.
                        while (pending.length > 0)
                            await mergeNext();
                        throw error;
                    }
                    if (next.done === true)
                        break;
                    const part = next.value;
                    while (pending.length >= maxInFlight)
                        await mergeNext();
                    const id = nextId++;
                    const lane = laneOf(id, lanes, format === 'parquet' ? PARQUET_MAIN_SHARE : MAIN_SHARE);
                    const task = part.task(id);
                    const entry = { task, done: false, end: part.end };
                    pending.push(entry);
                    if (lane === 0) {
                        if (held)
                            runOwn(held);
                        held = entry;
                    }
                    else {
                        const result = parts.run(task, lane - 1);
                        entry.task = undefined;
                        entry.result = result;
                        // Awaited in order by mergeNext; until then a failure must not count as unhandled.
                        result.then(() => (entry.done = true), () => (entry.done = true));
                    }
                    // Merge what is done, in order, so results do not pile up.
                    while (pending.length > 0 && pending[0].done)
                        await mergeNext();
                }
                while (pending.length > 0)
                    await mergeNext();
            }
            finally {
                await reader.return(undefined);
            }
            bytesBefore += split.size;
        }
        // Each worker's profile and counts, once, in lane order: the same file gives the same profile.
        for (const state of await parts.finish()) {
            pass.profiler.mergePart(state.profile);
            for (const [name, shares] of state.shares)
                pass.checkers.get(name)?.addShares(shares);
        }
    }
    finally {
        // A failed run leaves no read of the main thread's lane behind.
        await ownBusy;
        await parts.close();
    }
}
function noop() { }
/**
 * Rows of a Parquet part at most: a part is a run of row groups, or a slice of a larger group
 * (parquet-split.ts). Its keys (~28 bytes a row) wait on its lane until merged. 13M rows in
 * 1Mi-row groups, two threads, quiet machine (peak RSS in MiB; bench/README.md has the table):
 * whole groups as parts peaked at 357 MB and took 32 s wall (the lanes' shares of rows were
 * uneven); 256Ki-row slices 296-321 MB, 19-23 s with four parts in flight, 283-285 MB and
 * 24-26 s with three; 128Ki-row slices with three in flight 271-280 MB, 23 s, 38 CPU s (one
 * thread: 34 s, 35 CPU s, 263 MB); 64Ki-row slices cost more CPU and memory (311 MB: each
 * part decodes the pages at its edges again).
 */
const MAX_PARQUET_PART_ROWS = 128 << 10;
/** A plain CSV/TSV file's parts: byte ranges ending on row boundaries, read here and sent. */
function splitCsv(file, delimiter, partBytes) {
    const layout = readCsvLayout(file, delimiter);
    if (!layout)
        return undefined;
    async function* parts() {
        for await (const part of readCsvParts(file, layout, partBytes)) {
            yield { task: (id) => ({ id, file, delimiter, columns: layout.header, bytes: part.bytes, offset: part.offset, firstLine: part.firstLine }), end: part.end };
        }
    }
    return { columns: layout.header, parts: parts(), size: layout.size };
}
/**
 * A Parquet file's parts: runs of row groups and slices of large ones (parquet-split.ts), each
 * read from the file by the lane that runs it; a file of one part is read sequentially. Bytes
 * count as the sequential reader's: the footer, then the groups.
 */
async function splitParquet(file, partBytes, maxRows) {
    const layout = await readParquetLayout(file);
    if (!layout)
        return undefined;
    const ranges = rowGroupParts(layout, partBytes, maxRows);
    if (ranges.length < 2)
        return undefined;
    async function* parts() {
        let end = layout.footerBytes;
        for (const range of ranges) {
            end += range.bytes;
            const parquet = { first: range.first, end: range.end, rowStart: range.rowStart, rowEnd: range.rowEnd };
            yield { task: (id) => ({ id, file, parquet }), end };
        }
    }
    return { columns: layout.columns, parts: parts(), size: layout.footerBytes + layout.groups.reduce((sum, g) => sum + g.bytes, 0) };
}
/**
 * The lane of the id-th part: lane 0 (the main thread) gets a `mainShare` of the parts, spread
 * evenly, and the workers' lanes the rest in turn. Fixed in advance, so which rows each lane
 * profiles (and so the merged profile) depends only on the file and the number of threads,
 * never on timing.
 */
function laneOf(id, lanes, mainShare = MAIN_SHARE) {
    if (lanes <= 1)
        return 0;
    const mainUpTo = (n) => Math.floor(n * mainShare);
    if (mainUpTo(id + 1) > mainUpTo(id))
        return 0;
    return 1 + ((id - mainUpTo(id + 1)) % (lanes - 1));
}
/**
 * The main thread's share of the parts with one worker: a little under half, as it also reads
 * and splits the file and merges every part's violations and keys into the uniqueness indexes
 * (their spills included), while the worker starts late (its own V8 isolate to boot and warm
 * up). First timed at 3M rows, where 44% evened the pass. Since the worker's young generation
 * grew (CSV_YOUNG_GENERATION_MB) it is the faster lane: at 13M rows, interleaved runs, wall time
 * over CPU time (1 / cores busy) was 0.537-0.547 at 44% (6 runs), 0.551-0.563 at 40% (3),
 * 0.528-0.534 at 48% (5), 0.535-0.538 at 50% (2) and 0.543-0.546 at 52% (3).
 */
const MAIN_SHARE = 0.48;
/**
 * The main thread's share of a Parquet file's parts: half, as it reads no bytes for the others
 * (each lane reads its row groups itself). 1M rows (8 row groups, so 8 parts), CPU profiles of
 * one run: at 0.44 (3 parts of 8) the main thread idled 0.88 s of its 3.1 s, waiting for the
 * worker; at 0.5 (4 of 8) 0.50 s of 2.7 s, the worker 0.37 s.
 */
const PARQUET_MAIN_SHARE = 0.5;
function merge(result, rowOffset, pass, keys) {
    pass.violations.mergePart(result.checks, rowOffset);
    keys.forEach((key, k) => key.index.addRecords(result.keys[k], rowOffset));
}

// EXTERNAL MODULE: ./lib/actions/validate-data/pass.js
var validate_data_pass = __webpack_require__(5948);
// EXTERNAL MODULE: ./lib/actions/validate-data/violations.js
var validate_data_violations = __webpack_require__(1621);
;// CONCATENATED MODULE: ./lib/actions/validate-data/validate.js
/**
 * One streaming pass over a dataset: header checks per file, type and constraint checks per
 * cell, uniqueness of keys, and the profile; then the statistical expectations. Knows nothing
 * about GitHub: main.ts turns the result into outputs, summary and annotations.
 */










/** Validates (when a schema is given) and profiles the dataset. */
async function validateData(options) {
    const paths = options.paths ?? (await (0,data/* expandDataPaths */.ZT)(options.data));
    const violations = new validate_data_violations/* ViolationCollector */.D(options.maxExamples);
    const schema = options.schema;
    const file = options.schemaFile ?? 'schema';
    const checkers = (0,validate_data_pass/* buildCheckers */.rs)(schema, file);
    const format = options.format;
    const plan = parallelPlan(paths, format, process.env, options.threads);
    // With a worker thread's heap beside it, the uniqueness indexes get less memory (they spill
    // sorted runs sooner, about 45 at 13M rows, still one merge pass): see parallel.ts.
    const keys = schema ? (0,key_checks/* keyDefinitions */.Uu)(schema, options.maxExamples, plan ? key_checks/* PARALLEL_KEYS_BUDGET */.Vc : undefined) : [];
    const pass = new validate_data_pass/* Pass */.oF(checkers, keys, violations, schema !== undefined);
    const files = [];
    const progress = new runner_progress/* Progress */.k(`validate-data ${options.data}`);
    let rows = 0;
    /** `checkNow` false: the header is checked later (a JSONL file's, by JsonlHeaderCheck). */
    const startFile = (path, format, columns, firstRow, hasLines, checkNow = true) => {
        files.push({ path, format, rows: 0 });
        if (!schema || !checkNow)
            return;
        for (const problem of checkHeader(columns, schema.fields.map((f) => f.name), schema.fieldsMatch)) {
            violations.addCheck(headerFailure(problem, path, { row: firstRow, ...(hasLines ? { line: 1 } : {}) }));
        }
    };
    const addRows = (count, bytesRead) => {
        files[files.length - 1].rows += count;
        rows += count;
        progress.update(rows, bytesRead);
    };
    const readAll = async () => {
        if (plan) {
            const setup = { ...(schema ? { schema } : {}), schemaFile: file, maxExamples: options.maxExamples, keys: keys.map((k) => ({ fields: k.fields, maxKeyBytes: k.index.keyByteLimit, numeric: k.numeric })) };
            await runParallel(paths, plan, pass, keys, setup, { startFile: (path, kind, columns, firstRow) => startFile(path, kind, columns, firstRow, kind !== 'parquet'), addRows }, options.runner?.(setup, plan.threads - 1));
            return;
        }
        // A JSONL file's keys are known only once it is read: its header is checked at its end.
        const jsonl = schema ? new JsonlHeaderCheck(schema) : undefined;
        let jsonlFile = false;
        const endJsonlFile = () => {
            if (jsonlFile)
                for (const problem of jsonl.finish())
                    violations.addCheck(problem);
            jsonlFile = false;
        };
        for await (const batch of (0,data.readDataset)(paths, { ...(format ? { format } : {}), typed: pass.typedPlanner() })) {
            const current = files[files.length - 1];
            if (!current || current.path !== batch.file) {
                endJsonlFile();
                jsonlFile = batch.format === 'jsonl' && jsonl !== undefined;
                startFile(batch.file, batch.format, batch.columns, batch.firstRow, batch.lines !== undefined, !jsonlFile);
                if (jsonlFile)
                    jsonl.start(batch);
            }
            else if (jsonlFile)
                jsonl.observe(batch);
            pass.observe(batch);
            addRows(batch.rowCount, batch.bytesRead);
        }
        endJsonlFile();
    };
    let malformed;
    try {
        await readAll();
    }
    catch (error) {
        // A data file that cannot be read on is a data error, reported like any other (so
        // fail-on-invalid: false reports it without failing); anything else still fails the step.
        if (!isDataFileError(error, paths))
            throw error;
        malformed = error;
    }
    progress.done();
    if (malformed) {
        // Uniqueness and expectations over part of the data would mislead: only the malformed file is reported.
        for (const key of keys)
            key.index.abort();
        violations.addCheck({ check: 'malformed', violations: 1, examples: [{ file: malformed.file, ...(malformed.line !== undefined ? { line: malformed.line } : {}) }], message: malformed.message });
        return { rows, files, violations, profiler: pass.profiler, threads: plan?.threads ?? 1, malformed };
    }
    for (const file of files) {
        if (file.rows > 0)
            continue;
        // A header with no rows is almost always a broken export: say so rather than pass.
        violations.addCheck({ check: 'no-rows', violations: 1, examples: [{ row: 0, line: 1, file: file.path }], message: `${file.path}: header only, no data rows` });
    }
    const fileOfRow = (row) => {
        let end = 0;
        return files.find((f) => row <= (end += f.rows))?.path;
    };
    for (const failed of await (0,key_checks/* finishKeys */.Wh)(keys, fileOfRow))
        violations.addCheck(failed);
    if (schema)
        for (const failed of evaluateExpectations(schema, rows, checkers, pass.profiler))
            violations.addCheck(failed);
    return { rows, files, violations, profiler: pass.profiler, threads: plan?.threads ?? 1 };
}
/** An error in reading one of the dataset's files (not an input, schema or environment problem). */
function isDataFileError(error, paths) {
    return error instanceof runner_errors/* UserError */.yo && !(error instanceof runner_errors/* InputError */.dz) && error.file !== undefined && paths.includes(error.file);
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/main.js
/** validate-data's entry: typed inputs in, plain validation, outputs, report and summary out. */













const FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'];
async function main({ inputs, outputs }) {
    const data = inputs.requiredString('data');
    const format = inputs.enumeration('format', FORMATS);
    const schemaPath = inputs.string('schema');
    const inferPath = inputs.string('infer-schema');
    const profilePath = inputs.string('profile');
    const failOnInvalid = inputs.boolean('fail-on-invalid');
    const maxExamples = inputs.integer('max-examples', { min: 0, max: 1000 }) ?? 5;
    const reportPath = inputs.requiredString('report');
    const threads = inputs.integer('threads', { min: 1, max: 64 });
    if (schemaPath !== undefined)
        inputs.existingPath('schema', 'file');
    if (!schemaPath && !inferPath && !profilePath) {
        throw new runner_errors/* InputError */.dz('schema', 'nothing to do: give a schema to validate against, or infer-schema / profile to write');
    }
    // Expanded once, here and for validateData; a spec that matches nothing is reported by
    // validateData, after the schema is read, as before.
    const dataFiles = await (0,paths/* expandDataPaths */.Z)(data).catch(() => undefined);
    (0,distinct_paths/* refuseClashingPaths */.m)([{ input: 'data', paths: dataFiles ?? [] }, { input: 'schema', paths: schemaPath ? [schemaPath] : [] }], [{ input: 'infer-schema', path: inferPath, what: 'inferred schema' }, { input: 'profile', path: profilePath, what: 'profile' }, { input: 'report', path: reportPath, what: 'report' }]);
    const started = Date.now();
    const schema = schemaPath ? loadSchemaFile(schemaPath) : undefined;
    const outcome = await validateData({ data, ...(dataFiles ? { paths: dataFiles } : {}), ...(format ? { format } : {}), ...(schema ? { schema, schemaFile: schemaPath } : {}), maxExamples, ...(threads !== undefined ? { threads } : {}) });
    const checks = outcome.violations.all();
    const errors = outcome.violations.total();
    const report = {
        version: REPORT_VERSION,
        valid: errors === 0,
        rows: outcome.rows,
        errors,
        ...(schemaPath ? { schema: schemaPath } : {}),
        files: outcome.files,
        checks,
        columns: outcome.profiler.overview(schema),
        threads: outcome.threads,
        seconds: (Date.now() - started) / 1000,
    };
    // A malformed file was read only up to its error: a profile or schema of part of the data would mislead.
    const complete = outcome.malformed === undefined;
    if (profilePath && complete) {
        (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(profilePath), `${JSON.stringify(outcome.profiler.toJSON(), null, 1)}\n`, 'profile');
        report.profile = profilePath;
    }
    if (inferPath && complete) {
        (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(inferPath), inferSchema(outcome.profiler, inferPath, outcome.files.map((f) => f.format)), 'inferred schema');
        report.inferredSchema = inferPath;
    }
    (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(reportPath), `${JSON.stringify(report, null, 2)}\n`, 'report');
    outputs.set('valid', report.valid);
    outputs.set('rows', report.rows);
    outputs.set('errors', errors);
    outputs.set('report', reportPath);
    outputs.set('profile', complete ? (profilePath ?? '') : '');
    await (0,summary/* appendSummary */.f)(renderSummary(report, data));
    if (outcome.malformed) {
        // Failing: the error itself, with its file and line, is the step's one error annotation
        // (the report and summary list what the rows before it broke). Otherwise a warning.
        if (failOnInvalid)
            throw outcome.malformed;
        const { message, file, line } = outcome.malformed;
        core/* warning */.$e(message, { title: 'validate-data: malformed', ...(file ? { file } : {}), ...(line !== undefined ? { startLine: line } : {}) });
    }
    if (!report.valid) {
        annotate(checks.filter((c) => c.check !== 'malformed'), failOnInvalid);
        const message = `validate-data: ${errors} violation${errors === 1 ? '' : 's'} in ${checks.length} check${checks.length === 1 ? '' : 's'} (see the job summary and ${reportPath})`;
        if (failOnInvalid)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(message);
    }
    else
        core/* info */.pq(`validate-data: ${report.rows} rows valid`);
}


/***/ }),

/***/ 7630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Progress)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/**
 * Steady progress lines for long work (rows read, bytes, throughput). A line is logged at most
 * once per interval, however often update() is called, so a hot loop can call it cheaply.
 */

class Progress {
    label;
    intervalMs;
    now;
    log;
    startedAt;
    lastLoggedAt;
    rows = 0;
    bytes = 0;
    constructor(label, options = {}) {
        this.label = label;
        this.intervalMs = options.intervalMs ?? 10_000;
        this.now = options.now ?? Date.now;
        this.log = options.log ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq;
        this.startedAt = this.now();
        this.lastLoggedAt = this.startedAt;
    }
    /** Records the running totals; logs a line when the interval has passed. */
    update(rows, bytes) {
        this.rows = rows;
        this.bytes = bytes;
        const now = this.now();
        if (now - this.lastLoggedAt >= this.intervalMs) {
            this.lastLoggedAt = now;
            this.log(this.line(now));
        }
    }
    /** Logs the final totals. */
    done() {
        this.log(`${this.line(this.now())} (done)`);
    }
    line(now) {
        const seconds = Math.max((now - this.startedAt) / 1000, 1e-9);
        const mb = this.bytes / 1e6;
        return (`${this.label}: ${this.rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB, ` +
            `${(mb / seconds).toFixed(1)} MB/s, ${Math.round(this.rows / seconds).toLocaleString('en-US')} rows/s`);
    }
}


/***/ }),

/***/ 6940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ linePosition)
/* harmony export */ });
/** 1-based line and column of a character offset in a text, for error locations. */
function linePosition(text, offset) {
    const before = text.slice(0, Math.max(0, offset));
    return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}


/***/ })

};
