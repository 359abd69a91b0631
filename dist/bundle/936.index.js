export const id = 936;
export const ids = [936];
export const modules = {

/***/ 4936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/runner/atomic-write.js
var atomic_write = __webpack_require__(4054);
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
const field = {
    type: 'object',
    properties: {
        name: { type: 'string', minLength: 1 },
        type: { enum: [...FIELD_TYPES] },
        format: { type: 'string' },
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
        categories: { type: 'array' },
        categoriesOrdered: { type: 'boolean' },
        itemType: { type: 'string' },
        delimiter: { type: 'string' },
        expectations: fieldExpectations,
    },
    patternProperties: { '^x-': {} },
    required: ['name'],
    additionalProperties: false,
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
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) {
        const { line, col } = (0,text_position/* linePosition */.s)(text, syntax.pos[0]);
        throw new runner_errors/* UserError */.yo(`${file}:${line}:${col}: invalid YAML/JSON in the schema: ${syntax.message.split('\n')[0]}`, { file, line, column: col, input });
    }
    const value = doc.toJS();
    const errors = validate(value);
    if (errors.length)
        throw schemaError(doc, text, file, input, pickMostUseful(errors));
    const schema = value;
    checkReferences(schema, doc, text, file, input);
    return schema;
}
/** Ajv reports every branch of an anyOf; the most specific message is the most useful one. */
function pickMostUseful(errors) {
    const rank = (e) => (e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : e.keyword === 'anyOf' ? 3 : 2);
    return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}
function schemaError(doc, text, file, input, error) {
    const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let key = path.join('.');
    let problem;
    if (error.keyword === 'additionalProperties') {
        const extra = error.params.additionalProperty;
        path.push(extra);
        key = path.join('.');
        problem = `unknown key '${extra}'${suggestion(extra, error)}`;
    }
    else if (error.keyword === 'enum') {
        problem = `expected one of ${(error.params.allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
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
function suggestion(extra, error) {
    const known = Object.keys(error.parentSchema?.properties ?? {});
    const close = known.find((k) => editDistance(k.toLowerCase(), extra.toLowerCase()) <= 2);
    return close ? ` (did you mean '${close}'?)` : known.length ? `; expected one of ${known.join(', ')}` : '';
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
/** Line and column of the node at `path`, or of its nearest existing parent. */
function positionOf(doc, text, path, atKey = false) {
    for (let depth = path.length; depth >= 0; depth--) {
        const keyPath = path.slice(0, depth).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
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
 * values (only when the frequent-values sketch is exact, so the enum is complete). Used as
 * `schema` on the same data, it validates it.
 */


const MAX_ENUM = 20;
function inferSchema(profiler, path) {
    const fields = profiler.columnNames().map((name) => {
        const column = profiler.column(name);
        const kinds = column.kindCounts();
        const type = (0,value_kind/* inferredType */.yp)(kinds);
        const field = { name, type: type };
        const constraints = {};
        if (column.sketch.nulls === 0 && column.sketch.total > 0)
            constraints.required = true;
        const stats = profiler.numericStats(name);
        if ((type === 'integer' || type === 'number') && stats.count > 0) {
            constraints.minimum = stats.min;
            constraints.maximum = stats.max;
        }
        const frequent = column.sketch.frequent;
        if (type === 'string' && frequent.exact) {
            const values = frequent.top().map((e) => String(e.value));
            if (values.length > 0 && values.length <= MAX_ENUM && values.length * 2 <= column.sketch.total - column.sketch.nulls)
                constraints.enum = values.sort();
        }
        if (Object.keys(constraints).length)
            field.constraints = constraints;
        return field;
    });
    const schema = { fields };
    const header = `# Inferred by mlops-actions validate-data from ${profiler.rows} rows; review before use.\n# Written to ${path}. Format: Frictionless Table Schema (see validate-data/README.md).\n`;
    return header + (0,dist/* stringify */.As)(schema, { lineWidth: 0 });
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
        const detail = check.observed !== undefined
            ? `observed ${check.observed}, expected ${check.expected}`
            : example
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
    if (check.message && !check.examples.length)
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

// EXTERNAL MODULE: ./lib/src/data/index.js + 10 modules
var data = __webpack_require__(3163);
// EXTERNAL MODULE: ./lib/src/profile/profile.js
var profile = __webpack_require__(3541);
// EXTERNAL MODULE: ./lib/src/runner/progress.js
var runner_progress = __webpack_require__(7630);
// EXTERNAL MODULE: ./lib/src/profile/text-kind.js
var text_kind = __webpack_require__(1376);
;// CONCATENATED MODULE: ./lib/src/schema/strptime.js
/**
 * Dates in a Table Schema `format` pattern (Python strptime directives, as Frictionless uses):
 * %Y %y %m %d %H %I %p %M %S %f %z %b %B %j and %%. Returns epoch milliseconds (UTC unless %z
 * says otherwise) or undefined. Patterns are compiled once and cached.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const cache = new Map();
const DIRECTIVES = {
    Y: '(\\d{4})', y: '(\\d{2})', m: '(\\d{1,2})', d: '(\\d{1,2})', H: '(\\d{1,2})', I: '(\\d{1,2})', p: '(AM|PM|am|pm)',
    M: '(\\d{1,2})', S: '(\\d{1,2})', f: '(\\d{1,6})', z: '([+-]\\d{2}:?\\d{2}|Z)', b: '([A-Za-z]{3})', B: '([A-Za-z]+)', j: '(\\d{1,3})',
};
function compile(pattern) {
    let source = '^';
    const fields = [];
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '%' && i + 1 < pattern.length) {
            const directive = pattern[++i];
            if (directive === '%')
                source += '%';
            else if (DIRECTIVES[directive]) {
                source += DIRECTIVES[directive];
                fields.push(directive);
            }
            else
                throw new Error(`unsupported date directive %${directive}`);
        }
        else
            source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return { regex: new RegExp(`${source}$`), fields };
}
/** Parses text with a strptime pattern; undefined when it does not match or is no real date. */
function parseDateWithPattern(text, pattern) {
    let compiled = cache.get(pattern);
    if (!compiled) {
        compiled = compile(pattern);
        cache.set(pattern, compiled);
    }
    const match = compiled.regex.exec(text);
    if (!match)
        return undefined;
    const parts = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, offset: 0, pm: undefined, yday: 0 };
    for (let i = 0; i < compiled.fields.length; i++) {
        const value = match[i + 1];
        switch (compiled.fields[i]) {
            case 'Y':
                parts.year = +value;
                break;
            case 'y':
                parts.year = +value + (+value < 69 ? 2000 : 1900);
                break;
            case 'm':
                parts.month = +value;
                break;
            case 'd':
                parts.day = +value;
                break;
            case 'H':
            case 'I':
                parts.hour = +value;
                break;
            case 'p':
                parts.pm = value.toLowerCase() === 'pm';
                break;
            case 'M':
                parts.minute = +value;
                break;
            case 'S':
                parts.second = +value;
                break;
            case 'f':
                parts.ms = Math.round(Number(`0.${value}`) * 1000);
                break;
            case 'j':
                parts.yday = +value;
                break;
            case 'b':
                parts.month = MONTHS.indexOf(value.toLowerCase()) + 1;
                break;
            case 'B':
                parts.month = MONTH_NAMES.indexOf(value.toLowerCase()) + 1;
                break;
            case 'z': {
                const z = /^([+-])(\d{2}):?(\d{2})$/.exec(value);
                parts.offset = z ? (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +z[3]) * 60_000 : 0;
                break;
            }
        }
    }
    if (parts.pm !== undefined)
        parts.hour = (parts.hour % 12) + (parts.pm ? 12 : 0);
    if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.hour > 23 || parts.minute > 59 || parts.second > 60)
        return undefined;
    if (parts.yday)
        return Date.UTC(parts.year, 0, parts.yday, parts.hour, parts.minute, parts.second, parts.ms) - parts.offset;
    const t = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.ms);
    return new Date(t).getUTCDate() === parts.day ? t - parts.offset : undefined;
}

;// CONCATENATED MODULE: ./lib/src/schema/cast.js


const INVALID = Symbol('invalid');
const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DURATION = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The caster of a field, built once per field so the per-cell path does no option lookups. */
function casterFor(field) {
    const type = field.type ?? 'string';
    switch (type) {
        case 'string':
            return stringCaster(field.format);
        case 'number':
            return numberCaster(field, false);
        case 'integer':
            return numberCaster(field, true);
        case 'boolean': {
            const yes = new Set(field.trueValues ?? DEFAULT_TRUE);
            const no = new Set(field.falseValues ?? DEFAULT_FALSE);
            return (v) => (typeof v === 'boolean' ? v : typeof v === 'string' ? (yes.has(v) ? true : no.has(v) ? false : INVALID) : INVALID);
        }
        case 'date':
            return temporalCaster(field.format, 'date');
        case 'datetime':
            return temporalCaster(field.format, 'datetime');
        case 'time':
            return temporalCaster(field.format, 'time');
        case 'year':
            return (v) => {
                const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{4}$/.test(v) ? Number(v) : NaN;
                return Number.isInteger(n) ? n : INVALID;
            };
        case 'yearmonth':
            return (v) => {
                const m = typeof v === 'string' ? /^(\d{4})-(\d{2})$/.exec(v) : null;
                return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[1]) * 12 + Number(m[2]) - 1 : INVALID;
            };
        case 'duration':
            return (v) => (typeof v === 'string' && ISO_DURATION.test(v) ? durationMs(v) : INVALID);
        case 'object':
            return jsonCaster((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
        case 'array':
            return jsonCaster(Array.isArray);
        case 'list':
            return (v) => (typeof v === 'string' ? v : Array.isArray(v) ? JSON.stringify(v) : INVALID);
        case 'geopoint':
            return (v) => (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*$/.test(v) ? v : Array.isArray(v) || typeof v === 'object' ? JSON.stringify(v) : INVALID);
        case 'geojson':
            return jsonCaster((x) => typeof x === 'object' && x !== null && typeof x.type === 'string');
        case 'any':
            return (v) => (v instanceof Date ? v.getTime() : typeof v === 'bigint' ? Number(v) : v);
    }
}
function stringCaster(format) {
    const check = (s) => {
        switch (format) {
            case 'email':
                return EMAIL.test(s);
            case 'uri':
                return /^[a-zA-Z][a-zA-Z\d+.-]*:[^\s]*$/.test(s);
            case 'uuid':
                return UUID.test(s);
            case 'binary':
                return /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0;
            default:
                return true;
        }
    };
    return (v) => (typeof v === 'string' ? (check(v) ? v : INVALID) : INVALID);
}
function numberCaster(field, integer) {
    const bare = field.bareNumber ?? true;
    const group = field.groupChar;
    const decimal = field.decimalChar ?? '.';
    const plain = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    if (bare && !group && decimal === '.') {
        // The default options: classifyText recognises exactly `plain` and reads Number(text)
        // without the regex (bench/validate-data: the regex casts cost ~0.9 s per 1M rows).
        return (v) => {
            if (typeof v !== 'string')
                return typeof v === 'number' ? (!integer || Number.isInteger(v) ? v : INVALID) : typeof v === 'bigint' ? Number(v) : INVALID;
            const kind = (0,text_kind/* classifyText */.oF)(v);
            if (kind === text_kind/* K_INTEGER */.v8 || (kind === text_kind/* K_NUMBER */.I0 && !integer))
                return text_kind/* TEXT_VALUE */.a[0];
            if (!integer && (v === 'NaN' || v === 'INF' || v === '-INF'))
                return v === 'NaN' ? NaN : v === 'INF' ? Infinity : -Infinity;
            return INVALID;
        };
    }
    return (v) => {
        if (typeof v === 'number')
            return !integer || Number.isInteger(v) ? v : INVALID;
        if (typeof v === 'bigint')
            return Number(v);
        if (typeof v !== 'string')
            return INVALID;
        let text = v;
        if (!integer && (text === 'NaN' || text === 'INF' || text === '-INF'))
            return text === 'NaN' ? NaN : text === 'INF' ? Infinity : -Infinity;
        if (group)
            text = text.split(group).join('');
        if (decimal !== '.')
            text = text.replace(decimal, '.');
        if (!bare)
            text = text.replace(/^[^\d+.-]+/, '').replace(/[^\d.]+$/, '');
        return plain.test(text) ? Number(text) : INVALID;
    };
}
function temporalCaster(format, kind) {
    const pattern = format && format !== 'default' && format !== 'any' ? format.replace(/^fmt:/, '') : undefined;
    return (v) => {
        if (v instanceof Date)
            return Number.isNaN(v.getTime()) ? INVALID : v.getTime();
        if (typeof v !== 'string')
            return INVALID;
        if (pattern)
            return parseDateWithPattern(v, pattern) ?? INVALID;
        if (kind !== 'time') {
            // ISO text in its common shapes is read by classifyText without the regex and Date.UTC.
            const code = (0,text_kind/* classifyText */.oF)(v);
            if (text_kind/* TEXT_UTC_FIELDS */.vL[0] === 1 && code === (kind === 'date' ? text_kind/* K_DATE */.vs : text_kind/* K_DATETIME */.CN))
                return text_kind/* TEXT_VALUE */.a[0];
        }
        if (kind === 'date') {
            const m = ISO_DATE.exec(v);
            return m ? utc(+m[1], +m[2], +m[3], 0, 0, 0, 0) : format === 'any' ? anyDate(v) : INVALID;
        }
        if (kind === 'time') {
            const m = ISO_TIME.exec(v);
            return m && +m[1] < 24 && +m[2] < 60 && +m[3] < 61 ? (+m[1] * 3600 + +m[2] * 60 + +m[3]) * 1000 + fraction(m[4]) : INVALID;
        }
        const m = ISO_DATETIME.exec(v);
        if (!m)
            return format === 'any' ? anyDate(v) : INVALID;
        const local = utc(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], fraction(m[7]));
        return local === INVALID ? INVALID : local - offsetMs(m[8]);
    };
}
function utc(y, mo, d, h, mi, s, ms) {
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60)
        return INVALID;
    const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    // Date.UTC rolls 2023-02-30 over to March: reject days that do not exist.
    return new Date(t).getUTCDate() === d ? t : INVALID;
}
function fraction(text) {
    return text ? Math.round(Number(`0${text}`) * 1000) : 0;
}
function offsetMs(zone) {
    if (!zone || zone === 'Z')
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) * 60_000;
}
function anyDate(text) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? INVALID : t;
}
function durationMs(text) {
    const m = ISO_DURATION.exec(text);
    const n = (part) => (part ? parseFloat(part) : 0);
    // Months and years have no fixed length: use the mean Gregorian lengths, for ordering only.
    const days = n(m[1]) * 365.2425 + n(m[2]) * 30.436875 + n(m[3]) * 7 + n(m[4]);
    return ((days * 24 + n(m[6])) * 60 + n(m[7])) * 60_000 + n(m[8]) * 1000;
}
function jsonCaster(accept) {
    return (v) => {
        let value = v;
        if (typeof v === 'string') {
            try {
                value = JSON.parse(v);
            }
            catch {
                return INVALID;
            }
        }
        return accept(value) ? value : INVALID;
    };
}

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

;// CONCATENATED MODULE: ./lib/actions/validate-data/field-checker.js
/**
 * Checks the cells of one schema field: missing values, type, and every Frictionless
 * constraint, plus the per-value expectations (valuesIn, between). Built once per field so the
 * per-cell path is a few closures with no option lookups.
 */


class FieldChecker {
    name;
    required;
    unique;
    cast;
    missing;
    checks = [];
    /** Counters for the expectations: cells seen, missing, and present ones in the set/range. */
    shares = { cells: 0, missing: 0, inSet: 0, inRange: 0, present: 0 };
    inSet;
    range;
    constructor(field, missingValues, file) {
        this.name = field.name;
        const c = field.constraints ?? {};
        this.required = c.required === true;
        this.unique = c.unique === true;
        try {
            this.cast = casterFor(field);
            if (field.format && /%/.test(field.format))
                this.cast('');
        }
        catch (error) {
            throw new runner_errors/* UserError */.yo(`${file}: field '${field.name}': format '${field.format}' is not supported: ${error.message}`, { file });
        }
        this.missing = new Set(field.missingValues?.map((m) => (typeof m === 'string' ? m : m.value)) ?? missingValues);
        this.onlyEmptyIsMissing = this.missing.size === 1 && this.missing.has('');
        const bound = (key) => {
            const given = c[key];
            if (given === undefined)
                return undefined;
            const value = typeof given === 'number' ? given : this.cast(given);
            if (value === INVALID)
                throw new runner_errors/* UserError */.yo(`${file}: field '${field.name}': constraint ${key} '${given}' is not a valid ${field.type ?? 'string'}`, { file });
            return value;
        };
        const min = bound('minimum');
        const max = bound('maximum');
        const xmin = bound('exclusiveMinimum');
        const xmax = bound('exclusiveMaximum');
        if (min !== undefined)
            this.checks.push((v) => (v < min ? 'minimum' : undefined));
        if (max !== undefined)
            this.checks.push((v) => (v > max ? 'maximum' : undefined));
        if (xmin !== undefined)
            this.checks.push((v) => (v <= xmin ? 'exclusiveMinimum' : undefined));
        if (xmax !== undefined)
            this.checks.push((v) => (v >= xmax ? 'exclusiveMaximum' : undefined));
        if (c.minLength !== undefined)
            this.checks.push((v, raw) => (lengthOf(v, raw) < c.minLength ? 'minLength' : undefined));
        if (c.maxLength !== undefined)
            this.checks.push((v, raw) => (lengthOf(v, raw) > c.maxLength ? 'maxLength' : undefined));
        if (c.pattern !== undefined) {
            let regex;
            try {
                // Table Schema patterns must match the whole value (XML Schema semantics).
                regex = new RegExp(`^(?:${c.pattern})$`, 'u');
            }
            catch (error) {
                throw new runner_errors/* UserError */.yo(`${file}: field '${field.name}': constraint pattern is not a valid regular expression: ${error.message}`, { file });
            }
            this.checks.push((v, raw) => (regex.test(typeof raw === 'string' ? raw : String(v)) ? undefined : 'pattern'));
        }
        if (c.enum !== undefined) {
            const allowed = new Set(c.enum.map((e) => keyOf(typeof e === 'string' ? this.cast(e) : e)));
            this.checks.push((v) => (allowed.has(keyOf(v)) ? undefined : 'enum'));
        }
        const ex = field.expectations;
        if (ex?.valuesIn)
            this.inSet = new Set(ex.valuesIn.values.map((e) => keyOf(typeof e === 'string' ? this.cast(e) : e)));
        if (ex?.between)
            this.range = ex.between;
    }
    /**
     * The cast value of the cell last checked; INVALID when it was missing or of the wrong type.
     * check() sets it instead of returning an object: an object per cell cost ~0.8 s of GC and
     * allocation per 1M rows x 12 columns (bench/validate-data).
     */
    value = INVALID;
    /** The array check() returns (reused: read it before the next call). */
    failed = [];
    onlyEmptyIsMissing;
    /** Checks one cell: returns the names of the failed checks (each counts once), or undefined. */
    check(raw) {
        this.shares.cells++;
        if (raw === null || raw === undefined || (typeof raw === 'string' && (this.onlyEmptyIsMissing ? raw === '' : this.missing.has(raw)))) {
            this.shares.missing++;
            this.value = INVALID;
            return this.required ? REQUIRED : undefined;
        }
        const value = this.cast(raw);
        this.value = value;
        if (value === INVALID)
            return TYPE;
        this.shares.present++;
        if (this.inSet && this.inSet.has(keyOf(value)))
            this.shares.inSet++;
        if (this.range && typeof value === 'number' && (this.range.min === undefined || value >= this.range.min) && (this.range.max === undefined || value <= this.range.max))
            this.shares.inRange++;
        const checks = this.checks;
        if (checks.length === 0)
            return undefined;
        const failed = this.failed;
        failed.length = 0;
        for (let k = 0; k < checks.length; k++) {
            const name = checks[k](value, raw);
            if (name !== undefined)
                failed.push(name);
        }
        return failed.length > 0 ? failed : undefined;
    }
}
const REQUIRED = Object.freeze(['required']);
const TYPE = Object.freeze(['type']);
function lengthOf(value, raw) {
    if (Array.isArray(value))
        return value.length;
    if (typeof raw === 'string')
        return codePoints(raw);
    return String(value).length;
}
/** Length in code points ([...s].length without building the array). */
function codePoints(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        // A high surrogate followed by a low one is one code point.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n--;
                i++;
            }
        }
    }
    return n;
}
/** A Set key under which equal logical values meet (1 and "1.0" in a number field, say). */
function keyOf(value) {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/header-check.js
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

;// CONCATENATED MODULE: ./lib/src/unique/examples.js
/**
 * Keeps the first `max` duplicates in row order while the merge finds them in hash order:
 * a sorted array that only admits rows earlier than its last one once full.
 */
class ExampleKeeper {
    max;
    items = [];
    constructor(max) {
        this.max = max;
    }
    /** Whether a duplicate on this row would be kept: check before building its value text. */
    wants(row) {
        if (this.max <= 0)
            return false;
        return this.items.length < this.max || row < this.items[this.items.length - 1].row;
    }
    add(example) {
        if (!this.wants(example.row))
            return;
        let lo = 0;
        let hi = this.items.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.items[mid].row < example.row)
                lo = mid + 1;
            else
                hi = mid;
        }
        this.items.splice(lo, 0, example);
        if (this.items.length > this.max)
            this.items.pop();
    }
    /** The kept examples, in row order. */
    list() {
        return [...this.items];
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/src/unique/run-file.js
/**
 * Sorted runs on disk. A record is six 32-bit words (hi, lo, row, line, meta, key length) and
 * the key's bytes padded to a multiple of 4, so records stay aligned and are read through a
 * Uint32Array view. Runs are private temporary files read back by the same process, so the
 * platform's byte order is fine.
 */


const HEADER_WORDS = 6;
const HEADER_BYTES = HEADER_WORDS * 4;
/** The largest record for keys of at most maxKeyBytes bytes. */
function maxRecordBytes(maxKeyBytes) {
    return HEADER_BYTES + ((maxKeyBytes + 3) & ~3);
}
/** A write buffer for RunWriter. */
function writeChunk(bytes) {
    return new Uint8Array(bytes & ~3);
}
/** Writes records to a new file synchronously (spills happen inside the synchronous add()). */
class RunWriter {
    path;
    fd;
    chunk;
    words;
    pos = 0;
    records = 0;
    /** `chunk`: the write buffer (its length a multiple of 4), reused across runs to spare the GC. */
    constructor(path, chunk) {
        this.path = path;
        this.fd = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
        this.chunk = chunk;
        this.words = new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength >>> 2);
    }
    /** Copies a record laid out in run format from `words` at word offset `at` (see EntryBuffer). */
    copy(words, at) {
        const size = HEADER_WORDS + ((words[at + 5] + 3) >>> 2);
        if ((this.pos >>> 2) + size > this.words.length)
            this.flush();
        const out = this.words;
        const w = this.pos >>> 2;
        for (let k = 0; k < size; k++)
            out[w + k] = words[at + k];
        this.pos += size * 4;
        this.records++;
    }
    write(hi, lo, row, line, meta, key, start, len) {
        const size = HEADER_BYTES + ((len + 3) & ~3);
        if (this.pos + size > this.chunk.length)
            this.flush();
        const w = this.pos >>> 2;
        const words = this.words;
        words[w] = hi;
        words[w + 1] = lo;
        words[w + 2] = row;
        words[w + 3] = line;
        words[w + 4] = meta;
        words[w + 5] = len;
        const chunk = this.chunk;
        const at = this.pos + HEADER_BYTES;
        for (let i = 0; i < len; i++)
            chunk[at + i] = key[start + i];
        this.pos += size;
        this.records++;
    }
    /** Flushes and closes the file. */
    close() {
        try {
            this.flush();
        }
        finally {
            (0,external_node_fs_.closeSync)(this.fd);
        }
    }
    flush() {
        let done = 0;
        while (done < this.pos)
            done += (0,external_node_fs_.writeSync)(this.fd, this.chunk, done, this.pos - done);
        this.pos = 0;
    }
}
/** Reads a run back record by record through a bounded buffer. */
class RunReader {
    file;
    path;
    order;
    buf;
    words;
    pos = 0;
    end = 0;
    eof = false;
    // The current record: its key bytes are buf[keyStart, keyStart + keyLength) until the next refill.
    hi = 0;
    lo = 0;
    row = 0;
    line = 0;
    meta = 0;
    keyStart = 0;
    keyLength = 0;
    constructor(file, path, order, bufferBytes) {
        this.file = file;
        this.path = path;
        this.order = order;
        this.buf = new Uint8Array(bufferBytes & ~3);
        this.words = new Uint32Array(this.buf.buffer);
    }
    /** Opens a run; `order` breaks ties between equal hashes (earlier runs hold earlier rows). */
    static async open(path, order, bufferBytes) {
        return new RunReader(await (0,promises_.open)(path, 'r'), path, order, bufferBytes);
    }
    get bytes() {
        return this.buf.byteLength;
    }
    get buffer() {
        return this.buf;
    }
    /**
     * Moves to the next record: true when there is one, false at the end of the run, null when
     * the buffer must be refilled first (await refill(), then call next() again).
     */
    next() {
        const avail = this.end - this.pos;
        if (avail >= HEADER_BYTES) {
            const w = this.pos >>> 2;
            const len = this.words[w + 5];
            const size = HEADER_BYTES + ((len + 3) & ~3);
            if (avail >= size) {
                this.hi = this.words[w];
                this.lo = this.words[w + 1];
                this.row = this.words[w + 2];
                this.line = this.words[w + 3];
                this.meta = this.words[w + 4];
                this.keyStart = this.pos + HEADER_BYTES;
                this.keyLength = len;
                this.pos += size;
                return true;
            }
        }
        if (!this.eof)
            return null;
        if (avail === 0)
            return false;
        throw new Error(`Temporary run ${this.path} ends inside a record (${avail} bytes left)`);
    }
    /** Keeps the unread bytes and reads more behind them. */
    async refill() {
        const rest = this.end - this.pos;
        this.buf.copyWithin(0, this.pos, this.end);
        this.pos = 0;
        this.end = rest;
        while (this.end < this.buf.length) {
            const { bytesRead } = await this.file.read(this.buf, this.end, this.buf.length - this.end, null);
            if (bytesRead === 0) {
                this.eof = true;
                break;
            }
            this.end += bytesRead;
        }
    }
    async close() {
        await this.file.close();
    }
}

;// CONCATENATED MODULE: ./lib/src/unique/entry-buffer.js
/**
 * The in-memory part of the index: one record per added row in an arena laid out exactly as a
 * run file (see run-file.ts), plus each record's hash word and offset in flat arrays for the
 * sort. Spilling then copies whole records in sorted order, one random read each: keeping the
 * fields in separate column arrays made that gather miss the cache once per column, and tripled
 * the time of a spill at a 32 MiB budget.
 */

/** Bytes each entry costs outside the arena: hi and offset here, four words of sort scratch. */
const BYTES_PER_ENTRY = 24;
/** Top bit of `meta`: the stored key is a prefix of a longer key. The low bits: its UTF-8 length. */
const TRUNCATED = 0x80000000;
class EntryBuffer {
    budget;
    /** The high 32 bits of each entry's hash, in row order. */
    hi;
    /** Word offset of each entry's record in the arena, in row order (so increasing). */
    offsets;
    words;
    bytesView;
    count = 0;
    /** Words of the arena in use. */
    used = 0;
    constructor(budget) {
        this.budget = budget;
        const entries = Math.max(16, Math.min(4096, Math.floor(budget / 8 / BYTES_PER_ENTRY)));
        this.hi = new Uint32Array(entries);
        this.offsets = new Uint32Array(entries);
        this.words = new Uint32Array(Math.max(64, Math.min(16384, Math.floor(budget / 64))));
        this.bytesView = new Uint8Array(this.words.buffer);
    }
    get capacity() {
        return this.hi.length;
    }
    /** Bytes held, counting the sort scratch sized to the capacity. */
    get bytes() {
        return cost(this.capacity, this.words.length);
    }
    /** The low 32 bits of the hash of the record at a word offset. */
    loOf = (offset) => this.words[offset + 1];
    /**
     * Makes room for one more record with `keyBytes` bytes of key text; false when that would take
     * the buffer past its budget (spill, clear, then it fits).
     */
    reserve(keyBytes) {
        if (this.count === this.capacity) {
            let entries = this.capacity * 2;
            if (cost(entries, this.words.length) > this.budget) {
                entries = Math.floor((this.budget - this.words.length * 4) / BYTES_PER_ENTRY);
            }
            if (entries <= this.capacity)
                return false;
            this.hi = grow(this.hi, entries, this.count);
            this.offsets = grow(this.offsets, entries, this.count);
        }
        const need = this.used + HEADER_WORDS + ((keyBytes + 3) >>> 2);
        if (need > this.words.length) {
            let size = Math.max(this.words.length * 2, need);
            if (cost(this.capacity, size) > this.budget)
                size = Math.floor((this.budget - this.capacity * BYTES_PER_ENTRY) / 4);
            if (size < need)
                return false;
            this.words = grow(this.words, size, this.used);
            this.bytesView = new Uint8Array(this.words.buffer);
        }
        return true;
    }
    /** Appends a record; reserve() must have said there is room. */
    append(hi, lo, row, line, meta, key, keyLength) {
        const i = this.count++;
        const at = this.used;
        this.hi[i] = hi;
        this.offsets[i] = at;
        const words = this.words;
        words[at] = hi;
        words[at + 1] = lo;
        words[at + 2] = row;
        words[at + 3] = line;
        words[at + 4] = meta;
        words[at + 5] = keyLength;
        const bytes = this.bytesView;
        const start = (at + HEADER_WORDS) * 4;
        for (let b = 0; b < keyLength; b++)
            bytes[start + b] = key[b];
        this.used = at + HEADER_WORDS + ((keyLength + 3) >>> 2);
    }
    /** Empties the buffer, keeping its arrays for the next run. */
    clear() {
        this.count = 0;
        this.used = 0;
    }
}
function grow(a, size, keep) {
    const b = new Uint32Array(size);
    b.set(a.subarray(0, keep));
    return b;
}
function cost(entries, words) {
    return entries * BYTES_PER_ENTRY + words * 4;
}

;// CONCATENATED MODULE: ./lib/src/unique/duplicate-scanner.js


const decoder = new TextDecoder();
class DuplicateScanner {
    maxKeyBytes;
    violations = 0;
    /** Violations confirmed only by stored prefix and 64-bit hash (keys longer than the stored limit). */
    unverified = 0;
    /** Records whose key was stored as a prefix. */
    truncatedKeys = 0;
    examples;
    refs = [];
    refCount = 0;
    hi = 0;
    lo = 0;
    constructor(maxExamples, maxKeyBytes) {
        this.maxKeyBytes = maxKeyBytes;
        this.examples = new ExampleKeeper(maxExamples);
    }
    push(hi, lo, row, line, meta, key, start, length) {
        if (meta & TRUNCATED)
            this.truncatedKeys++;
        if (this.refCount === 0 || hi !== this.hi || lo !== this.lo) {
            this.hi = hi;
            this.lo = lo;
            this.refCount = 0;
            this.remember(row, meta, key, start, length);
            return;
        }
        for (let r = 0; r < this.refCount; r++) {
            const ref = this.refs[r];
            if (ref.meta === meta && ref.length === length && sameBytes(ref.bytes, key, start, length)) {
                this.violations++;
                if (meta & TRUNCATED)
                    this.unverified++;
                if (this.examples.wants(row)) {
                    const example = { row, firstRow: ref.row, value: valueText(ref) };
                    if (line > 0)
                        example.line = line;
                    this.examples.add(example);
                }
                return;
            }
        }
        // Same 64-bit hash, different key: a genuine collision, rightly not a duplicate.
        this.remember(row, meta, key, start, length);
    }
    /** The kept examples, in row order. */
    list() {
        return this.examples.list();
    }
    remember(row, meta, key, start, length) {
        let ref = this.refs[this.refCount];
        if (ref === undefined) {
            ref = { bytes: new Uint8Array(this.maxKeyBytes), length: 0, meta: 0, row: 0 };
            this.refs.push(ref);
        }
        this.refCount++;
        const bytes = ref.bytes;
        for (let i = 0; i < length; i++)
            bytes[i] = key[start + i];
        ref.length = length;
        ref.meta = meta;
        ref.row = row;
    }
}
function sameBytes(a, b, start, length) {
    for (let i = 0; i < length; i++)
        if (a[i] !== b[start + i])
            return false;
    return true;
}
function valueText(ref) {
    const text = decoder.decode(ref.bytes.subarray(0, ref.length));
    return ref.meta & TRUNCATED ? `${text}…` : text;
}

// EXTERNAL MODULE: ./lib/src/profile/sketches/murmur3.js
var murmur3 = __webpack_require__(8678);
;// CONCATENATED MODULE: ./lib/src/unique/key-hash.js
/**
 * Turns a key into what the index stores: its 64-bit hash and its UTF-8 bytes.
 *
 * The hash is MurmurHash3_x86_128 (the project's checked implementation in src/profile) over the
 * key's UTF-8 bytes, seed 0, keeping the first two 32-bit words. A well-kept npm library was
 * measured first (xxhash-wasm 1.1.0: 170 ns per short key, async set-up, BigInt results); this
 * path needs a synchronous, allocation-free hash, and runs at a fraction of that.
 */

const encoder = new TextEncoder();
const digest = new Uint32Array(4);
/** The last key encoded by encodeKey: bytes[0, length) hold its UTF-8 text. */
const KEY = { bytes: new Uint8Array(1024), length: 0, hi: 0, lo: 0 };
/**
 * Encodes the key as UTF-8 into KEY.bytes and hashes it into KEY.hi/KEY.lo. No allocation for
 * ASCII keys: this runs once per row. Unpaired surrogates become U+FFFD, as in any UTF-8 text.
 */
function encodeKey(key) {
    const n = key.length;
    if (KEY.bytes.length < n * 3)
        KEY.bytes = new Uint8Array(Math.max(n * 3, KEY.bytes.length * 2));
    const bytes = KEY.bytes;
    let len = n;
    for (let i = 0; i < n; i++) {
        const c = key.charCodeAt(i);
        if (c >= 0x80) {
            len = encoder.encodeInto(key, bytes).written;
            break;
        }
        bytes[i] = c;
    }
    KEY.length = len;
    (0,murmur3/* murmur3x86128 */.F)(bytes, len, 0, digest);
    KEY.hi = digest[0];
    KEY.lo = digest[1];
}
/**
 * How many of the first `limit` bytes of a UTF-8 text of `length` bytes can be kept without
 * cutting a character in two (so a stored prefix always decodes cleanly).
 */
function utf8PrefixLength(bytes, start, length, limit) {
    if (length <= limit)
        return length;
    let cut = limit;
    // Step back over continuation bytes (10xxxxxx) to the start of the character being cut.
    while (cut > 0 && (bytes[start + cut] & 0xc0) === 0x80)
        cut--;
    return cut;
}

;// CONCATENATED MODULE: ./lib/src/unique/radix-sort.js
/**
 * Sorts buffered entries by their 64-bit hash (hi, lo), stably, so that entries of one key stay
 * in row order. Measured on 1M random hashes (bench/unique): the LSD radix sort below is many
 * times faster than Array.prototype.sort with a comparator over an index array.
 */
/** Reusable scratch arrays for sortByHash (16 bytes an entry), counted in the index's budget. */
class SortScratch {
    keys = new Uint32Array(0);
    keys2 = new Uint32Array(0);
    perm = new Uint32Array(0);
    perm2 = new Uint32Array(0);
    counts = new Uint32Array(3 * 2048);
    /** Bytes held by the scratch arrays. */
    get bytes() {
        return (this.keys.length + this.keys2.length + this.perm.length + this.perm2.length) * 4 + this.counts.byteLength;
    }
    /** Frees the arrays (they are allocated again by the next sort). */
    release() {
        this.keys = this.keys2 = this.perm = this.perm2 = new Uint32Array(0);
    }
    ensure(n) {
        if (this.keys.length >= n)
            return;
        this.keys = new Uint32Array(n);
        this.keys2 = new Uint32Array(n);
        this.perm = new Uint32Array(n);
        this.perm2 = new Uint32Array(n);
    }
}
const SHIFTS = [0, 11, 22];
/**
 * Sorts the tags of entries 0..n-1 by (hi, lo(tag), tag) and returns them (a view into
 * scratch, valid until the next call). Tags must increase with the index (record offsets do),
 * so ties keep index order. Three 11-bit radix passes order by hi; the few entries whose hi
 * collide (birthday pairs, and repeats of one key) are then ordered by lo. Carrying the tag
 * rather than the index lets the caller reach each record with one random read.
 */
function sortByHash(hi, tags, n, loOf, scratch) {
    scratch.ensure(n);
    const counts = scratch.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        counts[h & 0x7ff]++;
        counts[2048 + ((h >>> 11) & 0x7ff)]++;
        counts[4096 + (h >>> 22)]++;
    }
    let keysIn = hi;
    let permIn;
    let keysOut = scratch.keys;
    let permOut = scratch.perm;
    for (let pass = 0; pass < 3; pass++) {
        const base = pass * 2048;
        const shift = SHIFTS[pass];
        let sum = 0;
        for (let b = 0; b < 2048; b++) {
            const c = counts[base + b];
            counts[base + b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const k = keysIn[i];
            const slot = counts[base + ((k >>> shift) & 0x7ff)]++;
            keysOut[slot] = k;
            permOut[slot] = permIn === undefined ? tags[i] : permIn[i];
        }
        keysIn = keysOut;
        permIn = permOut;
        keysOut = keysIn === scratch.keys ? scratch.keys2 : scratch.keys;
        permOut = permIn === scratch.perm ? scratch.perm2 : scratch.perm;
    }
    const perm = permIn;
    orderEqualHiByLo(keysIn, perm, loOf, n);
    return perm.subarray(0, n);
}
/** Within each stretch of equal hi, orders by lo, ties by tag (= row order). */
function orderEqualHiByLo(sortedHi, perm, loOf, n) {
    let start = 0;
    while (start < n) {
        const h = sortedHi[start];
        let end = start + 1;
        while (end < n && sortedHi[end] === h)
            end++;
        if (end - start > 1)
            sortStretch(perm, loOf, start, end);
        start = end;
    }
}
function sortStretch(perm, loOf, start, end) {
    if (end - start > 32) {
        if (isOrdered(perm, loOf, start, end))
            return; // the usual case: many repeats of one key
        // Long stretches are repeats of one key (or crafted input): a comparison sort bounds the cost.
        const part = Array.from(perm.subarray(start, end));
        part.sort((a, b) => loOf(a) - loOf(b) || a - b);
        perm.set(part, start);
        return;
    }
    for (let i = start + 1; i < end; i++) {
        const p = perm[i];
        const l = loOf(p);
        let j = i - 1;
        while (j >= start && (loOf(perm[j]) > l || (loOf(perm[j]) === l && perm[j] > p))) {
            perm[j + 1] = perm[j];
            j--;
        }
        perm[j + 1] = p;
    }
}
function isOrdered(perm, loOf, start, end) {
    for (let i = start + 1; i < end; i++) {
        const a = perm[i - 1];
        const b = perm[i];
        if (loOf(a) > loOf(b) || (loOf(a) === loOf(b) && a > b))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/src/unique/merge.js
function before(a, b) {
    if (a.hi !== b.hi)
        return a.hi < b.hi;
    if (a.lo !== b.lo)
        return a.lo < b.lo;
    return a.order < b.order;
}
/** Advances a reader, refilling its buffer when needed; false at the end of its run. */
async function advance(reader) {
    const step = reader.next();
    if (step !== null)
        return step;
    await reader.refill();
    const again = reader.next();
    if (again === null)
        throw new Error(`Temporary run ${reader.path} holds a record larger than the read buffer`);
    return again;
}
/** Streams every record of the runs, in merged order, into the sink. */
async function mergeRuns(readers, sink) {
    const heap = [];
    for (const reader of readers)
        if (await advance(reader))
            heap.push(reader);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--)
        siftDown(heap, i);
    while (heap.length > 0) {
        const top = heap[0];
        sink.push(top.hi, top.lo, top.row, top.line, top.meta, top.buffer, top.keyStart, top.keyLength);
        // Only the top's record is consumed, so only its buffer may be refilled: the others' current
        // records stay valid.
        let more = top.next();
        if (more === null)
            more = await advance(top);
        if (!more) {
            const last = heap.pop();
            if (heap.length === 0)
                break;
            heap[0] = last;
        }
        siftDown(heap, 0);
    }
}
function siftDown(heap, i) {
    const n = heap.length;
    const item = heap[i];
    for (;;) {
        const l = 2 * i + 1;
        if (l >= n)
            break;
        const r = l + 1;
        const child = r < n && before(heap[r], heap[l]) ? r : l;
        if (!before(heap[child], item))
            break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = item;
}

;// CONCATENATED MODULE: ./lib/src/unique/run-set.js
/**
 * The sorted runs spilled to disk, and their merging. When there are more runs than can be read
 * at once within the budget, consecutive runs are merged into longer ones first (consecutive,
 * so that run order stays row order).
 */





class RunSet {
    dir;
    paths = [];
    made = 0;
    chunk;
    /** `chunkBytes`: the size of the write buffer used by spills. */
    constructor(dir, chunkBytes) {
        this.dir = dir;
        this.chunk = writeChunk(chunkBytes);
    }
    nextPath() {
        return (0,external_node_path_.join)(this.dir, `run-${String(this.made++).padStart(6, '0')}.bin`);
    }
    /** Sorts the buffer by hash and writes it as the next run. */
    spill(buffer, scratch) {
        const sorted = sortByHash(buffer.hi, buffer.offsets, buffer.count, buffer.loOf, scratch);
        const writer = new RunWriter(this.nextPath(), this.chunk);
        this.paths.push(writer.path);
        const words = buffer.words;
        try {
            for (let k = 0; k < sorted.length; k++)
                writer.copy(words, sorted[k]);
        }
        finally {
            writer.close();
        }
    }
    /** Merges every run, in order, into the sink, reading at most plan.fanIn runs at a time. */
    async mergeInto(sink, plan) {
        while (this.paths.length > plan.fanIn)
            await this.mergePass(plan);
        await this.mergeGroup(this.paths.splice(0), sink, plan.bufferBytes);
    }
    /** One pass that replaces each group of fanIn consecutive runs by their merge. */
    async mergePass(plan) {
        const inputs = this.paths.splice(0);
        for (let g = 0; g < inputs.length; g += plan.fanIn) {
            const group = inputs.slice(g, g + plan.fanIn);
            if (group.length === 1) {
                this.paths.push(group[0]);
                continue;
            }
            const writer = new RunWriter(this.nextPath(), writeChunk(plan.bufferBytes));
            this.paths.push(writer.path);
            const sink = {
                push: (hi, lo, row, line, meta, key, start, length) => writer.write(hi, lo, row, line, meta, key, start, length),
            };
            try {
                await this.mergeGroup(group, sink, plan.bufferBytes);
            }
            finally {
                writer.close();
            }
        }
    }
    /** Merges the given runs into the sink and deletes them. */
    async mergeGroup(paths, sink, bufferBytes) {
        const readers = [];
        try {
            for (const [order, path] of paths.entries())
                readers.push(await RunReader.open(path, order, bufferBytes));
            await mergeRuns(readers, sink);
        }
        finally {
            for (const reader of readers)
                await reader.close();
            for (const path of paths)
                (0,external_node_fs_.rmSync)(path, { force: true });
        }
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/src/unique/temp-dir.js
/**
 * The index's private temporary directory: created on the first spill, removed when the index
 * finishes or is aborted, and also when the process exits, so no run outlives a crash.
 */




const live = new Set();
let exitHookInstalled = false;
function removeAllOnExit() {
    for (const dir of live)
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    live.clear();
}
/**
 * Creates a fresh private directory under `parent` (default: RUNNER_TEMP, else the OS temp
 * dir). A parent that cannot be written is a user error naming it.
 */
function createTempDir(parent) {
    const base = parent ?? process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)();
    try {
        (0,external_node_fs_.mkdirSync)(base, { recursive: true });
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'mlops-unique-'));
        live.add(dir);
        if (!exitHookInstalled) {
            process.once('exit', removeAllOnExit);
            exitHookInstalled = true;
        }
        return dir;
    }
    catch (error) {
        throw new runner_errors/* UserError */.yo(`The uniqueness check needs to write temporary files but cannot create a directory in ${base}: ${temp_dir_describe(error)}. ` +
            'Point it at a writable directory with free space (tempDir, or RUNNER_TEMP).', { cause: error, title: 'Temporary directory not writable' });
    }
}
/** Removes the directory and everything in it; never throws (cleanup must not hide an error). */
function removeTempDir(dir) {
    live.delete(dir);
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        // Nothing useful to do: the OS temp cleaner will get it.
    }
}
/** A short description of a file-system error: its code and message. */
function temp_dir_describe(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./lib/src/unique/spill-error.js
/** Turns a failure to write a run into an error the user can act on. */


const USER_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EMFILE', 'ENFILE']);
/** A file-system failure while spilling is the user's to fix (disk full, no permission); anything else is ours. */
function spillError(error, dir) {
    const code = error?.code;
    if (code !== undefined && USER_CODES.has(code)) {
        return new runner_errors/* UserError */.yo(`The uniqueness check could not write its temporary files in ${dir}: ${temp_dir_describe(error)}. ` +
            'Free disk space there or point it at another directory (tempDir, or RUNNER_TEMP).', { cause: error, title: 'Temporary files not writable' });
    }
    return error instanceof Error ? error : new Error(temp_dir_describe(error));
}

;// CONCATENATED MODULE: ./lib/src/unique/unique-index.js
/**
 * A bounded-memory duplicate detector for Table Schema `unique`, `primaryKey` and `uniqueKeys`.
 * See README.md in this folder for how memory is bounded and what the error rate is.
 */








const DEFAULT_BUDGET = 32 * 1024 * 1024;
const MIN_BUDGET = 4096;
const MAX_ROW = 0xffffffff;
class UniqueIndex {
    budget;
    maxKeyBytes;
    maxExamples;
    tempParent;
    chunkBytes;
    buffer;
    scratch = new SortScratch();
    runs;
    spilled = 0;
    rows = 0;
    lastRow = 0;
    done = false;
    /** Creates an empty index; nothing is allocated on disk until the budget is reached. */
    constructor(options = {}) {
        this.budget = Math.max(MIN_BUDGET, Math.floor(options.memoryBudgetBytes ?? DEFAULT_BUDGET));
        // Keys are stored up to this many bytes; capped so that a spill always holds many entries.
        this.maxKeyBytes = Math.max(4, Math.floor(Math.min(options.maxKeyBytes ?? 1024, this.budget / 32)));
        this.maxExamples = Math.max(0, Math.floor(options.maxExamples ?? 5));
        this.tempParent = options.tempDir;
        // The spill writer's chunk comes out of the budget; it must hold a couple of the largest records.
        this.chunkBytes = Math.max(2 * maxRecordBytes(this.maxKeyBytes), Math.min(1 << 20, Math.floor(this.budget / 16)));
        this.buffer = new EntryBuffer(Math.max(this.budget - this.chunkBytes, MIN_BUDGET / 2));
    }
    /** Bytes of memory the index holds now (its typed arrays and buffers), for checking the budget. */
    get bytesHeld() {
        return (this.buffer?.bytes ?? 0) + this.chunkBytes;
    }
    /**
     * Adds the key of one row. `key` is the canonical text of the value, or of a composite key
     * (e.g. JSON.stringify of the parts); `row` is the 1-based data row, increasing from call to
     * call; `line` the physical line in a text file, if any.
     */
    add(key, row, line) {
        if (this.done)
            throw new Error('UniqueIndex.add() called after finish() or abort()');
        if (!Number.isInteger(row) || row <= this.lastRow || row > MAX_ROW) {
            throw new RangeError(`UniqueIndex.add(): row ${row} must be an integer above the previous row ${this.lastRow} (and at most ${MAX_ROW})`);
        }
        this.lastRow = row;
        this.rows++;
        encodeKey(key);
        const stored = utf8PrefixLength(KEY.bytes, 0, KEY.length, this.maxKeyBytes);
        const meta = stored < KEY.length ? (stored | TRUNCATED) >>> 0 : stored;
        const buffer = this.buffer;
        if (!buffer.reserve(stored)) {
            this.spill(buffer);
            buffer.clear();
        }
        buffer.append(KEY.hi, KEY.lo, row, line !== undefined && line > 0 && line <= MAX_ROW ? line : 0, meta, KEY.bytes, stored);
    }
    /**
     * Finds the duplicates: the number of rows whose key was already seen on an earlier row, and
     * the first maxExamples of them. Removes the temporary files, also when it fails.
     */
    async finish() {
        if (this.done)
            throw new Error('UniqueIndex.finish() called twice, or after abort()');
        this.done = true;
        const buffer = this.buffer;
        const scanner = new DuplicateScanner(this.maxExamples, this.maxKeyBytes);
        try {
            if (this.runs === undefined) {
                scanBuffer(buffer, this.scratch, scanner);
            }
            else {
                if (buffer.count > 0)
                    this.spill(buffer);
                // Their memory goes to the merge's read buffers.
                this.buffer = undefined;
                this.scratch.release();
                await this.runs.mergeInto(scanner, this.mergePlan());
            }
        }
        finally {
            this.release();
        }
        const m = scanner.truncatedKeys;
        return {
            violations: scanner.violations,
            examples: scanner.list(),
            exact: scanner.unverified === 0,
            // Union bound over the pairs of keys compared by hash alone: m(m-1)/2 pairs, 2^-64 each.
            falsePositiveBound: scanner.unverified === 0 ? 0 : Math.min(1, (m * (m - 1)) / 2 ** 65),
            rows: this.rows,
            spilledRuns: this.spilled,
        };
    }
    /** Drops everything and removes the temporary files, when the caller gives up before finish(). */
    abort() {
        this.done = true;
        this.release();
    }
    spill(buffer) {
        const runs = (this.runs ??= new RunSet(createTempDir(this.tempParent), this.chunkBytes));
        try {
            runs.spill(buffer, this.scratch);
            this.spilled++;
        }
        catch (error) {
            this.abort();
            throw spillError(error, runs.dir);
        }
    }
    mergePlan() {
        const minBuffer = Math.max(1024, 2 * maxRecordBytes(this.maxKeyBytes));
        // fanIn readers plus one writer for intermediate merges share what the spill chunk leaves.
        const budget = this.budget - this.chunkBytes;
        const fanIn = Math.max(2, Math.min(64, Math.floor(budget / minBuffer) - 1));
        const bufferBytes = Math.max(minBuffer, Math.floor(budget / (fanIn + 1)));
        return { fanIn, bufferBytes };
    }
    release() {
        this.buffer = undefined;
        if (this.runs !== undefined)
            removeTempDir(this.runs.dir);
    }
}
/** The fast path: everything fitted in memory, so sort and scan without touching the disk. */
function scanBuffer(buffer, scratch, scanner) {
    const sorted = sortByHash(buffer.hi, buffer.offsets, buffer.count, buffer.loOf, scratch);
    const { words, bytesView } = buffer;
    for (let k = 0; k < sorted.length; k++) {
        const at = sorted[k];
        scanner.push(words[at], words[at + 1], words[at + 2], words[at + 3], words[at + 4], bytesView, (at + HEADER_WORDS) * 4, words[at + 5]);
    }
}

;// CONCATENATED MODULE: ./lib/src/unique/index.js
/** Bounded-memory duplicate detection for `unique`, `primaryKey` and `uniqueKeys`. */


;// CONCATENATED MODULE: ./lib/actions/validate-data/key-checks.js

/** The keys the schema asks to be unique. */
function keyDefinitions(schema, maxExamples) {
    const wanted = [];
    for (const field of schema.fields)
        if (field.constraints?.unique)
            wanted.push(['unique', [field.name]]);
    if (schema.primaryKey !== undefined)
        wanted.push(['primaryKey', typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey]);
    for (const fields of schema.uniqueKeys ?? [])
        wanted.push(['uniqueKeys', fields]);
    // The indexes share one memory budget, so peak memory does not grow with the number of keys.
    const budget = Math.max(MIN_INDEX_BUDGET, Math.floor(KEYS_BUDGET / Math.max(1, wanted.length)));
    return wanted.map(([check, fields]) => ({ check, fields, index: new UniqueIndex({ maxExamples, memoryBudgetBytes: budget, tempDir: process.env.RUNNER_TEMP }) }));
}
/** Memory for all uniqueness indexes together; beyond it they spill sorted runs to disk. */
const KEYS_BUDGET = 96 << 20;
const MIN_INDEX_BUDGET = 8 << 20;
/**
 * The canonical text of a key: JSON of the cast values, so `1` and `1.0` in a number field are
 * the same key and a composite key's parts cannot run into each other.
 */
function keyText(values) {
    if (values.length === 1)
        return typeof values[0] === 'string' ? values[0] : JSON.stringify(values[0]);
    return JSON.stringify(values);
}
/** Finishes every index and turns duplicates into failed checks. */
async function finishKeys(keys, fileOfRow) {
    const failed = [];
    for (const key of keys) {
        const result = await key.index.finish();
        if (!result.violations)
            continue;
        failed.push({
            ...(key.check === 'unique' ? { field: key.fields[0] } : {}),
            check: key.check,
            violations: result.violations,
            examples: result.examples.map((d) => {
                const file = fileOfRow(d.row);
                return { row: d.row, ...(d.line !== undefined ? { line: d.line } : {}), ...(file ? { file } : {}), value: d.value };
            }),
            message: `${key.fields.join(', ')} must be unique; duplicates repeat an earlier row (first duplicate of row ${result.examples[0]?.firstRow ?? '?'})`,
        });
    }
    return failed;
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/violations.js
/** Counts violations per (field, check) and keeps the first few examples of each. */
const MAX_VALUE_TEXT = 200;
/** Shows a cell in a report: text as is (capped), everything else as JSON. */
function displayValue(value) {
    const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : JSON.stringify(value) ?? String(value);
    return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT)}…` : text;
}
class ViolationCollector {
    maxExamples;
    checks = new Map();
    constructor(maxExamples) {
        this.maxExamples = maxExamples;
    }
    /** Records one violation; `example` is only built while examples are still wanted. */
    add(field, check, example) {
        const key = `${field ?? ''}\u0000${check}`;
        let entry = this.checks.get(key);
        if (!entry) {
            entry = { ...(field !== undefined ? { field } : {}), check, violations: 0, examples: [] };
            this.checks.set(key, entry);
        }
        entry.violations++;
        if (entry.examples.length < this.maxExamples)
            entry.examples.push(example());
    }
    /** Adds a whole failed check at once (dataset-level checks, expectations, duplicates). */
    addCheck(check) {
        const key = `${check.field ?? ''}\u0000${check.check}`;
        const existing = this.checks.get(key);
        if (existing) {
            existing.violations += check.violations;
            existing.examples.push(...check.examples.slice(0, Math.max(0, this.maxExamples - existing.examples.length)));
        }
        else
            this.checks.set(key, { ...check, examples: check.examples.slice(0, this.maxExamples) });
    }
    /** Failed checks in a stable order: dataset-level first, then by field and check. */
    all() {
        return [...this.checks.values()].sort((a, b) => (a.field === undefined ? -1 : 0) - (b.field === undefined ? -1 : 0) || (a.field ?? '').localeCompare(b.field ?? '') || a.check.localeCompare(b.check));
    }
    total() {
        let sum = 0;
        for (const check of this.checks.values())
            sum += check.violations;
        return sum;
    }
}

;// CONCATENATED MODULE: ./lib/actions/validate-data/validate.js
/**
 * One streaming pass over a dataset: header checks per file, type and constraint checks per
 * cell, uniqueness of keys, and the profile; then the statistical expectations. Knows nothing
 * about GitHub: main.ts turns the result into outputs, summary and annotations.
 */









/** Validates (when a schema is given) and profiles the dataset. */
async function validateData(options) {
    const paths = await (0,data/* expandDataPaths */.ZT)(options.data);
    const violations = new ViolationCollector(options.maxExamples);
    const profiler = new profile/* DatasetProfiler */.ib();
    const schema = options.schema;
    const file = options.schemaFile ?? 'schema';
    const schemaMissing = (schema?.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
    const primary = new Set(schema?.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey);
    const checkers = new Map((schema?.fields ?? []).map((f) => {
        // Primary-key fields are implicitly required (Table Schema).
        const field = primary.has(f.name) ? { ...f, constraints: { ...f.constraints, required: true } } : f;
        return [f.name, new FieldChecker(field, schemaMissing, file)];
    }));
    const keys = schema ? keyDefinitions(schema, options.maxExamples) : [];
    const files = [];
    const progress = new runner_progress/* Progress */.k(`validate-data ${options.data}`);
    let rows = 0;
    for await (const batch of (0,data.readDataset)(paths, options.format ? { format: options.format } : {})) {
        let current = files[files.length - 1];
        if (!current || current.path !== batch.file) {
            current = { path: batch.file, format: batch.format, rows: 0 };
            files.push(current);
            if (schema) {
                for (const problem of checkHeader(batch.columns, schema.fields.map((f) => f.name), schema.fieldsMatch)) {
                    violations.addCheck({ ...(problem.field !== undefined ? { field: problem.field } : {}), check: problem.check, violations: 1, examples: [{ row: batch.firstRow, file: batch.file, ...(batch.lines ? { line: 1 } : {}) }], message: `${batch.file}: ${problem.message}` });
                }
            }
        }
        if (schema)
            checkBatch(batch, checkers, keys, violations);
        profiler.observeBatch(batch);
        current.rows += batch.rowCount;
        rows += batch.rowCount;
        progress.update(rows, batch.bytesRead);
    }
    progress.done();
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
    for (const failed of await finishKeys(keys, fileOfRow))
        violations.addCheck(failed);
    if (schema)
        for (const failed of evaluateExpectations(schema, rows, checkers, profiler))
            violations.addCheck(failed);
    return { rows, files, violations, profiler };
}
function checkBatch(batch, checkers, keys, violations) {
    const { columns, values, firstRow, lines, file, rowCount } = batch;
    const castKeyColumns = new Map();
    const keyFields = new Set(keys.flatMap((k) => k.fields));
    columns.forEach((name, c) => {
        const checker = checkers.get(name);
        const cells = values[c];
        if (!checker || !cells)
            return;
        const cast = keyFields.has(name) ? new Array(rowCount) : undefined;
        if (cast)
            castKeyColumns.set(name, cast);
        for (let i = 0; i < rowCount; i++) {
            const raw = cells[i];
            const failed = checker.check(raw);
            if (cast)
                cast[i] = checker.value;
            if (failed !== undefined) {
                for (const check of failed) {
                    violations.add(name, check, () => ({ row: firstRow + i, ...(lines ? { line: lines[i] } : {}), file, value: displayValue(raw) }));
                }
            }
        }
    });
    for (const key of keys) {
        const parts = key.fields.map((f) => castKeyColumns.get(f));
        if (parts.some((p) => p === undefined))
            continue;
        for (let i = 0; i < rowCount; i++) {
            const values = parts.map((p) => p[i]);
            // Rows with a missing or invalid key part are reported by `required`/`type`, not as duplicates.
            if (values.some((v) => v === INVALID))
                continue;
            key.index.add(keyText(values), firstRow + i, lines ? lines[i] : undefined);
        }
    }
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
    if (schemaPath !== undefined)
        inputs.existingPath('schema', 'file');
    if (!schemaPath && !inferPath && !profilePath) {
        throw new runner_errors/* InputError */.dz('schema', 'nothing to do: give a schema to validate against, or infer-schema / profile to write');
    }
    const started = Date.now();
    const schema = schemaPath ? loadSchemaFile(schemaPath) : undefined;
    const outcome = await validateData({ data, ...(format ? { format } : {}), ...(schema ? { schema, schemaFile: schemaPath } : {}), maxExamples });
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
        seconds: (Date.now() - started) / 1000,
    };
    if (profilePath) {
        (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(profilePath), `${JSON.stringify(outcome.profiler.toJSON(), null, 1)}\n`, 'profile');
        report.profile = profilePath;
    }
    if (inferPath) {
        (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(inferPath), inferSchema(outcome.profiler, inferPath), 'inferred schema');
        report.inferredSchema = inferPath;
    }
    (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(reportPath), `${JSON.stringify(report, null, 2)}\n`, 'report');
    outputs.set('valid', report.valid);
    outputs.set('rows', report.rows);
    outputs.set('errors', errors);
    outputs.set('report', reportPath);
    outputs.set('profile', profilePath ?? '');
    await (0,summary/* appendSummary */.f)(renderSummary(report, data));
    if (!report.valid) {
        annotate(checks, failOnInvalid);
        const message = `validate-data: ${errors} violation${errors === 1 ? '' : 's'} in ${checks.length} check${checks.length === 1 ? '' : 's'} (see the job summary and ${reportPath})`;
        if (failOnInvalid)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(message);
    }
    else
        core/* info */.pq(`validate-data: ${report.rows} rows valid`);
}


/***/ })

};
