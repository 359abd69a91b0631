export const id = 541;
export const ids = [541];
export const modules = {

/***/ 3541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ mergeProfiles),
/* harmony export */   ib: () => (/* binding */ DatasetProfiler),
/* harmony export */   jZ: () => (/* binding */ parseProfile)
/* harmony export */ });
/* unused harmony exports PROFILE_FORMAT, PROFILE_VERSION */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/* harmony import */ var _sketches_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3254);
/* harmony import */ var _text_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1376);
/* harmony import */ var _value_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6468);




const PROFILE_FORMAT = 'mlops-actions/dataset-profile';
const PROFILE_VERSION = 1;
const VALUE_KINDS = ['null', 'integer', 'number', 'boolean', 'date', 'datetime', 'string'];
const KIND_INDEX = Object.fromEntries(VALUE_KINDS.map((k, i) => [k, i]));
const INTEGER_INDEX = KIND_INDEX.integer;
const NUMBER_INDEX = KIND_INDEX.number;
const DATETIME_INDEX = KIND_INDEX.datetime;
class ColumnProfile {
    name;
    sketch = new _sketches_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnSketch */ .PM();
    kinds = new Float64Array(VALUE_KINDS.length);
    constructor(name) {
        this.name = name;
    }
    /** Adds one raw cell: text that looks numeric, boolean or like a date is counted as such. */
    observe(cell) {
        if (typeof cell === 'string') {
            this.observeText(cell);
            return;
        }
        // Typed numbers and times (JSONL, Parquet) without kindOf's name and the sketch's dispatch:
        // the same counts and sketch calls as below (kindOf counts NaN as a number, which the
        // sketch counts as missing).
        if (typeof cell === 'number') {
            const index = Number.isInteger(cell) ? INTEGER_INDEX : NUMBER_INDEX;
            this.kinds[index] = this.kinds[index] + 1;
            this.sketch.addNumber(cell);
            return;
        }
        if (cell instanceof Date) {
            this.kinds[DATETIME_INDEX] = this.kinds[DATETIME_INDEX] + 1;
            this.sketch.addTime(cell.getTime());
            return;
        }
        const kind = (0,_value_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .kindOf */ .I)(cell);
        const index = KIND_INDEX[kind];
        this.kinds[index] = this.kinds[index] + 1;
        // Parquet INT64 values beyond 2^53 arrive as bigint: the sketches hold doubles, so they
        // take the nearest one (quantiles and moments to 16 digits, as for any double).
        this.sketch.add(typeof cell === 'bigint' ? Number(cell) : cell);
    }
    /**
     * A text cell: classifyText recognises its kind and reads its value in one scan (no regex,
     * no Date), with the same kinds and values as kindOf and textValue; a cell that validate-data
     * has just cast is not scanned again (classifyTextAgain).
     */
    observeText(cell) {
        const kind = (0,_text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyTextAgain */ .qQ)(cell);
        this.kinds[kind] = this.kinds[kind] + 1;
        const sketch = this.sketch;
        switch (kind) {
            case _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_NULL */ .Yw:
                sketch.add(null);
                return;
            case _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_INTEGER */ .v8:
            case _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_NUMBER */ .I0:
                sketch.addNumber(_text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_VALUE */ .a[0]);
                return;
            case _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_BOOLEAN */ .b5:
                sketch.add(_text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_VALUE */ .a[0] === 1);
                return;
            case _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_DATE */ .vs:
            case _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_DATETIME */ .CN:
                sketch.addTime(_text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .TEXT_VALUE */ .a[0]);
                return;
            default:
                sketch.add(cell);
        }
    }
    /**
     * A cell the CSV reader read as a typed value (src/data/typed-cells.ts): `textKind` is the
     * kind classifyText gives its text and `value` the value it reads, so this is observeText
     * without the text.
     */
    observeTyped(textKind, value) {
        this.kinds[textKind] = this.kinds[textKind] + 1;
        if (textKind === _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_DATETIME */ .CN || textKind === _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_DATE */ .vs)
            this.sketch.addTime(value);
        else if (textKind === _text_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .K_BOOLEAN */ .b5)
            this.sketch.add(value === 1);
        else
            this.sketch.addNumber(value);
    }
    kindCounts() {
        return Object.fromEntries(VALUE_KINDS.map((k, i) => [k, this.kinds[i]]).filter(([, n]) => n > 0));
    }
}
/** Builds a dataset profile in one streaming pass. */
class DatasetProfiler {
    columns = new Map();
    rows = 0;
    /** Adds a batch from the readers. */
    observeBatch(batch) {
        const columns = this.columnsOf(batch);
        columns.forEach((column, c) => {
            const cells = batch.values[c];
            for (let i = 0; i < batch.rowCount; i++)
                column.observe(cells[i]);
        });
        this.endBatch(batch);
    }
    /**
     * The profiles of the batch's columns, in its order (created as needed), for a caller that
     * feeds each column's cells itself, in row order (validate-data profiles each cell right
     * after checking it, so the text is classified once); then call endBatch.
     */
    columnsOf(batch) {
        return batch.columns.map((name) => {
            let column = this.columns.get(name);
            if (!column) {
                column = new ColumnProfile(name);
                // A column first seen now (a JSONL key) was missing in every earlier row.
                for (let i = 0; i < this.rows; i++)
                    column.observe(null);
                this.columns.set(name, column);
            }
            return column;
        });
    }
    /** Counts the rows of a batch whose cells were fed through columnsOf. */
    endBatch(batch) {
        this.rows += batch.rowCount;
    }
    /**
     * The profiler's state, to send to another thread and merge there with mergePart (a worker
     * profiles a part of a file; the owner merges the parts in file order).
     */
    partState() {
        return { rows: this.rows, columns: [...this.columns.values()].map((c) => ({ name: c.name, kinds: Array.from(c.kinds), sketch: c.sketch.toJSON() })) };
    }
    /**
     * Adds the profile of the rows that follow (see partState). Counts add and sketches merge,
     * so the result is the profile of all the rows within the sketches' stated error; merging
     * the same parts in the same order always gives the same profile.
     */
    mergePart(part) {
        const seen = new Set();
        for (const { name, kinds, sketch } of part.columns) {
            seen.add(name);
            let column = this.columns.get(name);
            if (!column) {
                column = new ColumnProfile(name);
                for (let i = 0; i < this.rows; i++)
                    column.observe(null);
                this.columns.set(name, column);
            }
            const incoming = _sketches_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnSketch */ .PM.fromJSON(sketch);
            // An empty column takes the part's sketch as it is, so one part gives exactly the profile
            // a single pass gives (a merge would carry over this sketch's own random state).
            if (column.sketch.total === 0)
                column.sketch = incoming;
            else
                column.sketch.merge(incoming);
            kinds.forEach((n, i) => {
                column.kinds[i] = column.kinds[i] + n;
            });
        }
        for (const [name, column] of this.columns) {
            if (!seen.has(name))
                for (let i = 0; i < part.rows; i++)
                    column.observe(null);
        }
        this.rows += part.rows;
    }
    columnNames() {
        return [...this.columns.keys()];
    }
    /** Exact mean, std (population), min and max, and approximate quantiles of the numeric values. */
    numericStats(name) {
        const column = this.columns.get(name);
        const moments = column?.sketch.moments;
        if (!column || !moments || moments.count === 0)
            return { count: 0, quantile: () => undefined };
        return {
            count: moments.count,
            mean: moments.mean,
            std: moments.std(),
            min: moments.min,
            max: moments.max,
            quantile: (q) => column.sketch.quantiles.quantile(q),
        };
    }
    /** Distinct non-missing values: exact while small, HyperLogLog beyond (see README). */
    distinct(name) {
        return Math.round(this.columns.get(name)?.sketch.distinct.estimate() ?? 0);
    }
    column(name) {
        return this.columns.get(name);
    }
    /** One line per column for summaries and reports. */
    overview(schema) {
        return [...this.columns.values()].map((column) => {
            const declared = schema?.fields.find((f) => f.name === column.name)?.type;
            const type = declared ?? (0,_value_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .inferredType */ .yp)(column.kindCounts());
            const stats = this.numericStats(column.name);
            const numeric = stats.count > 0 && (type === 'integer' || type === 'number' || type === 'year');
            const temporal = stats.count > 0 && (type === 'date' || type === 'datetime');
            const distinct = this.distinct(column.name);
            const present = column.sketch.total - column.sketch.nulls;
            // Top values say nothing when every value is different (ids, emails).
            const top = distinct < present ? column.sketch.frequent.top(5).filter((e) => e.count > 1).map((e) => ({ value: String(e.value), count: e.count })) : [];
            const day = (ms) => new Date(ms).toISOString().slice(0, type === 'date' ? 10 : 19);
            return {
                name: column.name,
                type,
                count: column.sketch.total,
                nulls: column.sketch.nulls,
                ...(numeric ? { min: stats.min, max: stats.max, mean: stats.mean } : temporal ? { min: day(stats.min), max: day(stats.max) } : { top }),
                distinct: this.distinct(column.name),
            };
        });
    }
    toJSON() {
        return {
            format: PROFILE_FORMAT,
            version: PROFILE_VERSION,
            rows: this.rows,
            created: new Date().toISOString(),
            columns: [...this.columns.values()].map((c) => ({ name: c.name, type: (0,_value_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .inferredType */ .yp)(c.kindCounts()), kinds: c.kindCounts(), sketch: c.sketch.toJSON() })),
        };
    }
}
/** Reads a profile back (validating its format and version) as plain column sketches. */
function parseProfile(json, file) {
    const profile = json;
    if (!profile || typeof profile !== 'object' || profile.format !== PROFILE_FORMAT) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: not a dataset profile (expected "format": "${PROFILE_FORMAT}")`, { file });
    }
    if (profile.version !== PROFILE_VERSION) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: profile format version ${String(profile.version)} is not supported (this version reads ${PROFILE_VERSION}); write the profile again with this version of validate-data`, { file });
    }
    if (!Array.isArray(profile.columns) || typeof profile.rows !== 'number')
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: profile has no "rows" or "columns"`, { file });
    const columns = new Map();
    for (const column of profile.columns) {
        try {
            columns.set(column.name, { type: column.type, kinds: column.kinds, sketch: _sketches_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnSketch */ .PM.fromJSON(column.sketch) });
        }
        catch (error) {
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: column '${column?.name}': ${error.message}`, { file });
        }
    }
    return { rows: profile.rows, columns };
}
/** Merges profiles of shards of one dataset into the profile of the whole. */
function mergeProfiles(profiles) {
    const merged = new Map();
    let rows = 0;
    for (const [index, profile] of profiles.entries()) {
        const parsed = parseProfile(profile, `profile #${index + 1}`);
        for (const [name, column] of parsed.columns) {
            const into = merged.get(name);
            if (!into)
                merged.set(name, { kinds: { ...column.kinds }, sketch: column.sketch });
            else {
                into.sketch.merge(column.sketch);
                for (const [kind, n] of Object.entries(column.kinds))
                    into.kinds[kind] = (into.kinds[kind] ?? 0) + (n ?? 0);
            }
        }
        rows += parsed.rows;
    }
    return {
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        rows,
        created: new Date().toISOString(),
        columns: [...merged].map(([name, c]) => ({ name, type: (0,_value_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .inferredType */ .yp)(c.kinds), kinds: c.kinds, sketch: c.sketch.toJSON() })),
    };
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PM: () => (/* reexport */ ColumnSketch),
  $b: () => (/* reexport */ FrequentValues),
  gu: () => (/* reexport */ KllSketch),
  UI: () => (/* reexport */ RANK_ERROR)
});

// UNUSED EXPORTS: HyperLogLog, Moments, hash64, ksStatistic, wassersteinDistance

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
;// CONCATENATED MODULE: ./lib/src/profile/sketches/json.js
/**
 * Validation helpers for the sketches' fromJSON: profiles are files users hand us (a reference
 * for drift-check), so every malformed field is a UserError that names the sketch and field.
 */

/** Throws a UserError naming the sketch, the field and what was expected. */
function invalid(sketch, field, expected, got) {
    let shown;
    try {
        shown = JSON.stringify(got) ?? String(got);
    }
    catch {
        shown = String(got);
    }
    if (shown.length > 80)
        shown = `${shown.slice(0, 77)}...`;
    throw new errors/* UserError */.yo(`Invalid ${sketch} sketch: '${field}' must be ${expected}, got ${shown}`);
}
/** Checks that json is an object of the given kind and format version; returns it typed. */
function expectSketch(json, sketch, kind, version) {
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        invalid(sketch, '(root)', 'an object', json);
    const obj = json;
    if (obj['kind'] !== kind)
        invalid(sketch, 'kind', `"${kind}"`, obj['kind']);
    if (obj['version'] !== version)
        invalid(sketch, 'version', `${version} (the only format version this code reads)`, obj['version']);
    return obj;
}
/** An integer in [min, max]. */
function expectInt(obj, sketch, field, min, max = Number.MAX_SAFE_INTEGER) {
    const v = obj[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        invalid(sketch, field, `an integer in [${min}, ${max}]`, v);
    }
    return v;
}
/** A finite number, or null when allowNull (JSON has no Infinity/NaN, so absent extremes are null). */
function expectFinite(obj, sketch, field, allowNull = false) {
    const v = obj[field];
    if (v === null && allowNull)
        return null;
    if (typeof v !== 'number' || !Number.isFinite(v))
        invalid(sketch, field, allowNull ? 'a finite number or null' : 'a finite number', v);
    return v;
}
/** An array (elements checked by the caller). */
function expectArray(obj, sketch, field) {
    const v = obj[field];
    if (!Array.isArray(v))
        invalid(sketch, field, 'an array', v);
    return v;
}
/** An array of finite numbers, as a Float64Array. */
function expectNumbers(value, sketch, field) {
    if (!Array.isArray(value))
        invalid(sketch, field, 'an array of numbers', value);
    const out = new Float64Array(value.length);
    for (let i = 0; i < value.length; i++) {
        const x = value[i];
        if (typeof x !== 'number' || !Number.isFinite(x))
            invalid(sketch, `${field}[${i}]`, 'a finite number', x);
        out[i] = x;
    }
    return out;
}

// EXTERNAL MODULE: ./lib/src/profile/sketches/prng.js
var prng = __webpack_require__(4104);
;// CONCATENATED MODULE: ./lib/src/profile/sketches/kll-view.js
/**
 * The query side of a KLL sketch: its retained values merged into one sorted list with
 * cumulative weights, built once and reused until the sketch changes.
 */
class SortedView {
    values;
    weights;
    cumulative;
    constructor(values, weights, 
    /** cumulative[i] = weights[0] + ... + weights[i]. */
    cumulative) {
        this.values = values;
        this.weights = weights;
        this.cumulative = cumulative;
    }
    /** Builds the view from KLL levels (level h holds values of weight 2^h). */
    static build(levels, lengths) {
        let total = 0;
        for (const len of lengths)
            total += len;
        const order = new Float64Array(total);
        const pairs = [];
        for (let h = 0; h < levels.length; h++) {
            const buf = levels[h];
            for (let i = 0; i < lengths[h]; i++)
                pairs.push([buf[i], 2 ** h]);
        }
        pairs.sort((a, b) => a[0] - b[0]);
        const weights = new Float64Array(total);
        const cumulative = new Float64Array(total);
        let acc = 0;
        for (let i = 0; i < total; i++) {
            const [v, w] = pairs[i];
            order[i] = v;
            weights[i] = w;
            acc += w;
            cumulative[i] = acc;
        }
        return new SortedView(order, weights, cumulative);
    }
    get total() {
        return this.cumulative.length === 0 ? 0 : this.cumulative[this.cumulative.length - 1];
    }
    /** Fraction of weight on values <= x (inclusive) or < x. */
    rank(x, inclusive) {
        // First index whose value is > x (inclusive) or >= x (exclusive).
        let lo = 0;
        let hi = this.values.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            const v = this.values[mid];
            if (inclusive ? v <= x : v < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo === 0 ? 0 : this.cumulative[lo - 1] / this.total;
    }
    /** The smallest retained value whose cumulative weight reaches q * total. */
    quantile(q) {
        const target = q * this.total;
        let lo = 0;
        let hi = this.values.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.cumulative[mid] < target)
                lo = mid + 1;
            else
                hi = mid;
        }
        return this.values[lo];
    }
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/kll-sort.js
/**
 * Sorting of KLL's level 0 (the raw input, 512 to about 860 values, 540 on average, sorted about
 * every 540 adds; see LEVEL0_WIDTH in kll.ts). Hand-written because comparison sorts pay a
 * mispredicted branch per comparison on random input, about log2(n) per value:
 * Float64Array.prototype.sort costs 17 ns per value on 113 values, 41 on 300 and 46 on 512, a JS
 * quicksort about 2/3 of that; this costs 12-16 (19-27 on heavy tails; on uniform input 9-11
 * with the min/max pass, 7-8 without, since the bucket arrays below are constant), see README.md. A distribution pass first (each
 * value to one of n buckets by linear interpolation between min and max, the order-preserving
 * step of flashsort) leaves random, integer-valued and sorted input within a bucket of its place,
 * and an insertion sort finishes it with predictable branches. Skewed input, which crowds a
 * bucket, has that bucket distributed again over its own range (a few rounds, then quicksort).
 *
 * The result is the same as the built-in sort's: the sorted order of numbers without NaN and
 * -0 is unique.
 */
/** A bucket with more values than this is distributed again (recursively) over its own range. */
const CROWDED = 16;
/** Distribution rounds before a still-crowded bucket is quicksorted instead. */
const ROUNDS = 4;
/**
 * counts[b]: number of values in bucket b, then the bucket's next free slot. A fixed array in a
 * const: V8 runs the loops over it markedly faster than over one held in a `let` (to be grown):
 * 7.9-8.4 against 10.1-10.6 ns per value sorting 512 values, the same code otherwise. 64K
 * counts (256 KB of address space, touched only as far as used) cover level 0 (at most about 3k
 * values, twice that while merging) for k up to about 10,000; a longer input is quicksorted.
 */
const COUNTS = new Int32Array(1 << 16);
/**
 * BUCKETS[i]: the bucket of src[i], kept from the counting pass for the scatter pass (which
 * otherwise computes it again): 6.3 against 7.9 ns per value sorting 540 values (Uint16: n is at
 * most 64K here; as fast as an Int32Array, half the size).
 */
const BUCKETS = new Uint16Array(COUNTS.length);
/** A crowded bucket's values, copied out of dst to be distributed back into it. */
let spare = new Float64Array(1024);
/**
 * Writes src[0..n) sorted ascending into dst[0..n); src is unchanged. Values must not be NaN or -0.
 * min and max, when given, must be the least and greatest of src[0..n) (KllSketch tracks them as
 * values arrive, which saves a pass here).
 */
function sortedCopy(src, n, dst, min, max) {
    if (min === undefined || max === undefined)
        [min, max] = extremes(src, n);
    distribute(src, n, dst, 0, ROUNDS, min, max);
    insertionSort(dst, 0, n);
}
function extremes(src, n) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
        const v = src[i];
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    return [min, max];
}
/**
 * Writes src[0..n) into dst[to..to + n) in bucket order (each value before every value of a
 * later bucket); crowded buckets are distributed again over their own min..max, which is what
 * keeps heavy tails (one far outlier crowds everything else into bucket 0) fast.
 */
function distribute(src, n, dst, to, rounds, min, max) {
    // Buckets 0..n-1; v -> floor((v - min) * scale) is monotone, so buckets are in value order.
    const scale = (n - 1) / (max - min);
    if (!(scale > 0 && scale < Infinity) || rounds === 0 || n > COUNTS.length) {
        // All equal (scale = Infinity or NaN), a range too wide (or narrow) to scale, too many
        // rounds or too many values: no buckets.
        dst.set(src.subarray(0, n), to);
        if (min !== max)
            quicksort(dst, to, to + n, depthLimit(n));
        return;
    }
    const c = COUNTS;
    const bucket = BUCKETS;
    c.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
        const b = ((src[i] - min) * scale) | 0;
        bucket[i] = b;
        c[b]++;
    }
    let crowded = null;
    for (let b = 0, start = to; b < n; b++) {
        const size = c[b];
        if (size > CROWDED)
            (crowded ??= []).push(start, start + size);
        c[b] = start;
        start += size;
    }
    for (let i = 0; i < n; i++)
        dst[c[bucket[i]]++] = src[i];
    if (crowded === null)
        return;
    // COUNTS, BUCKETS and spare are free again (this round is done with them): reuse them below.
    for (let i = 0; i < crowded.length; i += 2) {
        const start = crowded[i];
        const size = crowded[i + 1] - start;
        if (spare.length < size)
            spare = new Float64Array(2 * size);
        const values = spare;
        values.set(dst.subarray(start, start + size));
        const [lo, hi] = extremes(values, size);
        distribute(values, size, dst, start, rounds - 1, lo, hi);
    }
}
/** Ranges at most this long are finished by insertion sort (cheaper than partitioning them). */
const INSERTION_MAX = 16;
function depthLimit(n) {
    return 2 * Math.ceil(Math.log2(n + 1));
}
/** Sorts a[lo..hi) ascending. */
function quicksort(a, lo, hi, depth) {
    while (hi - lo > INSERTION_MAX) {
        // Adversarial input (median-of-3 killers) would make this quadratic: hand such a range to
        // the built-in sort, whose worst case is n log n, once the recursion gets too deep.
        if (depth-- === 0) {
            a.subarray(lo, hi).sort();
            return;
        }
        const x = a[lo];
        const y = a[(lo + hi) >>> 1];
        const z = a[hi - 1];
        const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
        // Hoare partition: both scans stop on values equal to the pivot, so runs of duplicates
        // split evenly instead of degrading to quadratic time.
        let i = lo;
        let j = hi - 1;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        // Recurse into the smaller side, loop on the larger: stack depth stays O(log n).
        if (j + 1 - lo < hi - i) {
            quicksort(a, lo, j + 1, depth);
            lo = i;
        }
        else {
            quicksort(a, i, hi, depth);
            hi = j + 1;
        }
    }
    insertionSort(a, lo, hi);
}
/** Sorts a[lo..hi) ascending; linear when every value is near its place. */
function insertionSort(a, lo, hi) {
    for (let i = lo + 1; i < hi; i++) {
        const v = a[i];
        let j = i - 1;
        if (!(a[j] > v))
            continue;
        do {
            a[j + 1] = a[j];
            j--;
        } while (j >= lo && a[j] > v);
        a[j + 1] = v;
    }
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/kll.js
/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016), in the simple lazy form of Liberty's
 * reference implementation: a stack of compactors, level h holding items of weight 2^h, level
 * capacities shrinking by c = 2/3 from the top. Written here because npm has no maintained KLL
 * (its quantile sketches are t-digest, whose merge is order-dependent with no rank guarantee,
 * and DDSketch, whose guarantee is on relative value error, not on rank as KS needs).
 *
 * Speed: the input of level h + 1 is every other value of level h sorted, so levels above 0 are
 * kept sorted and take new values by a linear merge; only level 0 (the raw input) is ever sorted,
 * by kll-sort.ts. Both give the same sorted levels as sorting each level at compaction time, so
 * a sketch's contents are the same as before that change, value for value. add() writes level 0
 * through plain fields and keeps level 0's extremes (which the sort needs); level 0 is at least
 * LEVEL0_WIDTH wide, so it is sorted in batches of 512 or more.
 *
 * Error: with k = 200 the normalised rank error (max over x of |sketch CDF - true CDF|) stays
 * below 1.65% with high probability; test/unit/profile/kll.test.ts measures it (see README.md).
 */





const C = 2 / 3;
/**
 * Floor on a level's capacity (DataSketches uses 8). Without it the lowest levels shrink to 2-3
 * values and a compaction (a sort call) runs every other add; a floor of 64 costs at most
 * 64 values per level (a few KB) and only lowers the error.
 */
const MIN_WIDTH = 64;
/**
 * Floor on level 0's capacity (the formula alone gives it 64 once a sketch has 4 levels). Every
 * value is sorted at level 0, so compaction is where add()'s time goes; a wider level 0 pushes
 * larger sorted batches up, whose merges move fewer values already there (0.15 per value added
 * instead of 0.60, simulated on 1M values), and makes fewer compactions at every level (8,000
 * instead of 17,000 on 1M values). KLL add() on 1M random two-decimal doubles, best CPU time of
 * 7, ns per value (with level 0 in plain fields, same commit): 27.7 at 64, 22.9 at 256, 21.8 at
 * 512, 21.6 at 1024; 31 before both. Like MIN_WIDTH it only lowers the error (fewer
 * compactions: median rank error 0.66% -> 0.49% over the same 40 runs, README.md). It costs 448
 * more retained values (3.5 KB) per sketch; a sketch of at most 511 values is exact.
 */
const LEVEL0_WIDTH = 512;
const NAME = 'KLL';
/** Level 0 sorted at its compaction (one buffer for all sketches of a thread, grown as needed). */
let scratch = new Float64Array(0);
/** Mergeable quantile sketch of a numeric column with a rank-error guarantee. */
class KllSketch {
    k;
    n = 0;
    /** With lo0/hi0 (level 0's), the exact extremes: these cover at least every value not in level 0. */
    lo = Infinity;
    hi = -Infinity;
    /**
     * levels[h][0..lengths[h]): level 0 in arrival order, levels above 0 sorted ascending. Level 0,
     * which every add() writes, is also buf0[0..len0) (levels[0] is always buf0; lengths[0] is set
     * from len0 before anything reads it), so add() touches plain fields only.
     */
    levels = [];
    lengths = [];
    buf0;
    len0 = 0;
    /** Extremes of level 0 (the distribution sort needs them; add() has to compare anyway). */
    lo0 = Infinity;
    hi0 = -Infinity;
    /** Retained values in the levels above 0. */
    above = 0;
    /** add() compresses when len0 reaches room0 = maxSize - above (the total reaches maxSize). */
    room0 = 0;
    /** capacities[h]: the length at which level h is compacted (set by grow()). */
    capacities = [];
    maxSize = 0;
    rng;
    /** The query view, valid while viewN === n (every change of the contents changes n). */
    view = null;
    viewN = -1;
    /** @param k accuracy (8..65535, default 200); @param seed PRNG seed, so profiles are reproducible. */
    constructor(k = 200, seed = 0x5eed) {
        if (!Number.isInteger(k) || k < 8 || k > 65535)
            throw new errors/* UserError */.yo(`KLL parameter k must be an integer in [8, 65535], got ${k}`);
        this.k = k;
        this.rng = new prng/* Mulberry32 */.q(seed);
        this.buf0 = new Float64Array(16);
        this.grow();
    }
    /** Adds one number; NaN is ignored (callers count it as missing). */
    add(value) {
        if (value !== value)
            return;
        if (value === 0)
            value = 0; // -0 would not survive JSON
        if (value < this.lo0)
            this.lo0 = value;
        if (value > this.hi0)
            this.hi0 = value;
        this.n++;
        const len = this.len0;
        let buf = this.buf0;
        if (len === buf.length)
            buf = this.widen(0, len + 1);
        buf[len] = value;
        this.len0 = len + 1;
        if (len + 1 >= this.room0) {
            this.lengths[0] = len + 1;
            this.compress();
        }
    }
    /** Merges other into this sketch (same k required); other is unchanged. */
    merge(other) {
        if (other.k !== this.k)
            throw new errors/* UserError */.yo(`Cannot merge KLL sketches with different k (${this.k} and ${other.k})`);
        if (other === this)
            other = this.copy();
        while (this.levels.length < other.levels.length)
            this.grow();
        for (let h = 0; h < other.levels.length; h++) {
            const add = h === 0 ? other.len0 : other.lengths[h];
            if (h === 0) {
                const len = this.len0;
                this.widen(0, len + add).set(other.buf0.subarray(0, add), len);
                this.len0 = this.lengths[0] = len + add;
            }
            else {
                this.mergeInto(h, other.levels[h], 0, 1, add);
                this.above += add;
            }
        }
        this.n += other.n;
        if (other.lo < this.lo)
            this.lo = other.lo;
        if (other.hi > this.hi)
            this.hi = other.hi;
        if (other.lo0 < this.lo0)
            this.lo0 = other.lo0;
        if (other.hi0 > this.hi0)
            this.hi0 = other.hi0;
        this.room0 = this.maxSize - this.above;
        while (this.len0 + this.above >= this.maxSize)
            this.compress();
        return this;
    }
    get count() {
        return this.n;
    }
    /** Exact minimum (NaN when empty). */
    get min() {
        return this.n === 0 ? NaN : Math.min(this.lo, this.lo0);
    }
    /** Exact maximum (NaN when empty). */
    get max() {
        return this.n === 0 ? NaN : Math.max(this.hi, this.hi0);
    }
    /** The retained values sorted ascending with their weights (weights sum to count). */
    items() {
        const v = this.sorted();
        return { values: v.values, weights: v.weights };
    }
    /** A value whose rank is q (0..1) within the rank error; q = 0 and 1 give min and max exactly. */
    quantile(q) {
        if (!(q >= 0 && q <= 1))
            throw new errors/* UserError */.yo(`Quantile must be a number in [0, 1], got ${q}`);
        if (this.n === 0)
            return NaN;
        if (q === 0)
            return this.min;
        if (q === 1)
            return this.max;
        return Math.min(this.max, Math.max(this.min, this.sorted().quantile(q)));
    }
    /** Normalised rank of x: the fraction of values <= x (or < x when inclusive is false). */
    rank(x, inclusive = true) {
        return this.n === 0 ? NaN : this.sorted().rank(x, inclusive);
    }
    /** rank(x) for each split point (the CDF at those points). */
    cdf(splitPoints) {
        return splitPoints.map((x) => this.rank(x));
    }
    /**
     * Estimated counts in the bins [e0, e1), [e1, e2), ..., [e(m-1), em] (the last bin closed, as
     * numpy.histogram does); values outside [e0, em] are not counted: pass -Infinity/Infinity as
     * outer edges for open-ended tails. Each count is within 2 * rankError * count of the truth.
     */
    histogram(edges) {
        if (edges.length < 2)
            throw new errors/* UserError */.yo(`Histogram edges must hold at least 2 numbers, got ${edges.length}`);
        for (let i = 0; i < edges.length; i++) {
            const e = edges[i];
            if (Number.isNaN(e) || (i > 0 && e < edges[i - 1]))
                throw new errors/* UserError */.yo(`Histogram edges must be non-decreasing numbers; edge ${i} is ${e}`);
        }
        const counts = [];
        for (let i = 0; i + 1 < edges.length; i++) {
            const last = i + 2 === edges.length;
            const upper = this.n === 0 ? 0 : this.sorted().rank(edges[i + 1], last);
            const lower = this.n === 0 ? 0 : this.sorted().rank(edges[i], false);
            counts.push(Math.max(0, upper - lower) * this.n);
        }
        return counts;
    }
    /** bins + 1 equal-width edges over [min, max] (a single bin [min, max] when they are equal). */
    equalWidthEdges(bins) {
        if (!Number.isInteger(bins) || bins < 1)
            throw new errors/* UserError */.yo(`Histogram bins must be a positive integer, got ${bins}`);
        if (this.n === 0)
            return [];
        const { min, max } = this;
        if (min === max)
            return [min, max];
        const width = (max - min) / bins;
        return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
    }
    /** Plain JSON (format version 1); see README.md. */
    toJSON() {
        return {
            kind: 'kll',
            version: 1,
            k: this.k,
            n: this.n,
            min: this.n === 0 ? null : this.min,
            max: this.n === 0 ? null : this.max,
            rngState: this.rng.state,
            levels: this.levels.map((buf, h) => Array.from(h === 0 ? this.buf0.subarray(0, this.len0) : buf.subarray(0, this.lengths[h]))),
        };
    }
    /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
    static fromJSON(json) {
        const obj = expectSketch(json, NAME, 'kll', 1);
        const k = expectInt(obj, NAME, 'k', 8, 65535);
        const n = expectInt(obj, NAME, 'n', 0);
        const min = expectFinite(obj, NAME, 'min', true);
        const max = expectFinite(obj, NAME, 'max', true);
        const rngState = expectInt(obj, NAME, 'rngState', 0, 0xffffffff);
        const levels = expectArray(obj, NAME, 'levels');
        if (levels.length < 1 || levels.length > 64)
            invalid(NAME, 'levels', 'an array of 1 to 64 arrays', levels.length);
        if ((n === 0) !== (min === null) || (n === 0) !== (max === null))
            invalid(NAME, 'min/max', 'null exactly when n is 0', [min, max]);
        if (min !== null && max !== null && min > max)
            invalid(NAME, 'min', `at most max (${max})`, min);
        const sketch = new KllSketch(k, 0);
        sketch.rng.state = rngState;
        let weight = 0;
        for (let h = 0; h < levels.length; h++) {
            const values = expectNumbers(levels[h], NAME, `levels[${h}]`);
            if (h > 0)
                sketch.grow();
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                if (v < min || v > max)
                    invalid(NAME, `levels[${h}]`, `values within [min, max]`, v);
                if (v === 0)
                    values[i] = 0; // -0, which add() never keeps, would sort apart from 0
            }
            // Any order is accepted (the format promises none); levels above 0 are kept sorted here.
            if (h > 0)
                values.sort();
            sketch.widen(h, values.length).set(values);
            sketch.lengths[h] = values.length;
            if (h === 0) {
                sketch.len0 = values.length;
                for (const v of values) {
                    if (v < sketch.lo0)
                        sketch.lo0 = v;
                    if (v > sketch.hi0)
                        sketch.hi0 = v;
                }
            }
            else
                sketch.above += values.length;
            weight += values.length * 2 ** h;
        }
        if (weight !== n)
            invalid(NAME, 'levels', `weights (level h counts 2^h) summing to n = ${n}`, weight);
        const size = sketch.len0 + sketch.above;
        if (size >= sketch.maxSize)
            invalid(NAME, 'levels', `fewer than ${sketch.maxSize} retained values for k = ${k}`, size);
        sketch.room0 = sketch.maxSize - sketch.above;
        sketch.n = n;
        sketch.lo = min ?? Infinity;
        sketch.hi = max ?? -Infinity;
        return sketch;
    }
    /** An independent copy (for merging a sketch into itself). */
    copy() {
        const out = new KllSketch(this.k, this.rng.state);
        while (out.levels.length < this.levels.length)
            out.grow();
        this.levels.forEach((buf, h) => out.widen(h, buf.length).set(h === 0 ? this.buf0 : buf));
        out.lengths = [...this.lengths];
        out.len0 = out.lengths[0] = this.len0;
        out.above = this.above;
        out.room0 = this.room0;
        out.n = this.n;
        out.lo = this.lo;
        out.hi = this.hi;
        out.lo0 = this.lo0;
        out.hi0 = this.hi0;
        return out;
    }
    /** Adds a level on top; the capacities, which depend on the height, are recomputed. */
    grow() {
        this.levels.push(this.levels.length === 0 ? this.buf0 : new Float64Array(16));
        this.lengths.push(0);
        const height = this.levels.length;
        this.capacities = this.levels.map((_, h) => Math.max(h === 0 ? LEVEL0_WIDTH : MIN_WIDTH, Math.ceil(this.k * C ** (height - h - 1)) + 1));
        this.maxSize = this.capacities.reduce((a, b) => a + b, 0);
        this.room0 = this.maxSize - this.above;
    }
    /** Makes level h hold at least `need` values, keeping its contents; returns its buffer. */
    widen(h, need) {
        const buf = this.levels[h];
        if (buf.length >= need)
            return buf;
        const bigger = new Float64Array(Math.max(need, buf.length * 2));
        bigger.set(buf);
        this.levels[h] = bigger;
        if (h === 0)
            this.buf0 = bigger;
        return bigger;
    }
    /**
     * Compacts the lowest level at capacity: promotes every other value of it in sorted order
     * (random offset). Level 0 is sorted first; the levels above are sorted already.
     */
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const len = this.lengths[h];
            if (len < this.capacities[h])
                continue;
            if (h + 1 === this.levels.length)
                this.grow();
            const level = this.levels[h];
            let sorted = level;
            if (h === 0) {
                if (scratch.length < len)
                    scratch = new Float64Array(level.length);
                sorted = scratch;
                sortedCopy(level, len, sorted, this.lo0, this.hi0);
                if (this.lo0 < this.lo)
                    this.lo = this.lo0;
                if (this.hi0 > this.hi)
                    this.hi = this.hi0;
            }
            // An odd value out stays behind (the smallest, so a sorted level stays sorted) so total
            // weight stays exactly n.
            const keep = len & 1;
            if (keep)
                level[0] = sorted[0];
            const pairs = (len - keep) >> 1;
            this.mergeInto(h + 1, sorted, keep + this.rng.nextBit(), 2, pairs);
            this.lengths[h] = keep;
            if (h === 0) {
                this.len0 = keep;
                this.lo0 = keep ? level[0] : Infinity;
                this.hi0 = keep ? level[0] : -Infinity;
                this.above += pairs;
            }
            else
                this.above -= len - keep - pairs;
            this.room0 = this.maxSize - this.above;
            return;
        }
    }
    /**
     * Merges the ascending values src[start], src[start + step], ... (count of them) into the
     * sorted level h (h > 0), from the back so no scratch buffer is needed. src is not level h.
     */
    mergeInto(h, src, start, step, count) {
        let i = this.lengths[h] - 1;
        const dst = this.widen(h, i + 1 + count);
        this.lengths[h] = i + 1 + count;
        let k = i + count;
        for (let j = start + (count - 1) * step; j >= start; j -= step) {
            const v = src[j];
            while (i >= 0 && dst[i] > v)
                dst[k--] = dst[i--];
            dst[k--] = v;
        }
    }
    sorted() {
        if (this.view === null || this.viewN !== this.n) {
            this.lengths[0] = this.len0;
            this.view = SortedView.build(this.levels, this.lengths);
            this.viewN = this.n;
        }
        return this.view;
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./lib/src/profile/sketches/hll-estimate.js
/**
 * Ertl's improved raw estimator for HyperLogLog registers ("New cardinality estimation
 * algorithms for HyperLogLog sketches", 2017). Unlike the original estimator it needs neither
 * a switch to linear counting nor HLL++'s empirical bias tables: it is nearly unbiased from a
 * handful of values up to the hash's range, with relative standard error 1.04 / sqrt(m).
 */
function sigma(x) {
    if (x === 1)
        return Infinity;
    let y = 1;
    let z = x;
    let previous;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z !== previous);
    return z;
}
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    let previous;
    do {
        x = Math.sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
    } while (z !== previous);
    return z / 3;
}
/**
 * Estimated distinct count from m registers, each holding 0..q+1 where q is the number of hash
 * bits left after the register index.
 */
function ertlEstimate(registers, q) {
    const m = registers.length;
    const histogram = new Float64Array(q + 2);
    for (let i = 0; i < m; i++)
        histogram[registers[i]]++;
    let z = m * tau(1 - histogram[q + 1] / m);
    for (let k = q; k >= 1; k--)
        z = 0.5 * (z + histogram[k]);
    z += m * sigma(histogram[0] / m);
    return (m * m) / (2 * Math.LN2 * z);
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/hash.js
/**
 * The stable 64-bit hash of a column value, shared by every sketch that hashes (HyperLogLog,
 * and the frequent values' table).
 *
 * Definition (part of the profile format: HyperLogLog `version: 2`, `hash: "murmur3_x86_128/typed"`;
 * changing it changes every saved distinct count): MurmurHash3_x86_128 of the value's bytes,
 * seeded with the value's type, and the 64-bit hash is h1 * 2^32 + h2, the first two 32-bit
 * words of the digest.
 *
 * | value | seed | bytes |
 * | --- | --- | --- |
 * | number (not NaN) | 1 | its IEEE-754 float64, 8 bytes little-endian; -0 as 0 |
 * | string | 2 | its UTF-16 code units, 2 bytes each, little-endian (no UTF-8 encoding) |
 * | boolean | 3 | the float64 of 1 (true) or 0 (false), as a number |
 * | time | 4 | the float64 of its epoch milliseconds, as a number |
 *
 * A number is hashed from its value, never its text, so 42 read from a CSV ("42" or "42.0"),
 * from JSONL or from a Parquet double hash alike; a time from an ISO string or a Parquet
 * timestamp/Date alike (both are epoch ms). The seed keeps types apart: the number 42, the
 * string "42" and a time at 42 ms are three values (the profiler reads numeric text as numbers
 * before hashing, whatever the file format).
 *
 * Version 1 hashed each value's canonical text (String(n), ISO text) as UTF-8: writing the
 * text and encoding it was most of a profile's hashing time (~0.7 s of the 4 s profile of the
 * 1M-row benchmark CSV); these fixed-size inputs are hashed straight from registers, in a few
 * ns. The general murmur3x86128 (checked against SMHasher) is the reference the tests compare
 * these specialised forms with.
 */
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;
/** Seeds naming the value's type (see the table above). */
const SEED_NUMBER = 1;
const SEED_STRING = 2;
const SEED_BOOLEAN = 3;
const SEED_TIME = 4;
/** The last hash computed: [0] the high 32 bits (h1), [1] the low 32 bits (h2). */
const HASH = new Uint32Array(2);
// A float64's two 32-bit halves, read through a shared buffer; which index holds the low half
// depends on the platform's byte order (the definition is little-endian bytes everywhere).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LO = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;
function rotl(x, r) {
    return (x << r) | (x >>> (32 - r));
}
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** MurmurHash3_x86_128's finalisation of the four lanes after `bytes` bytes, into HASH (h1, h2). */
function finish(h1, h2, h3, h4, bytes) {
    h1 ^= bytes;
    h2 ^= bytes;
    h3 ^= bytes;
    h4 ^= bytes;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h3 = fmix(h3);
    h4 = fmix(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    HASH[0] = h1;
    HASH[1] = h2 + h1;
}
/**
 * MurmurHash3_x86_128 of the 8 bytes of the float64 x (little-endian) with the seed, into
 * HASH: the reference algorithm with its block loop and tail unrolled for exactly 8 bytes
 * (two words k1, k2; k3 = k4 = 0 leave h3, h4 at the seed until the finalisation).
 */
function hashFloat64(x, seed) {
    F64[0] = x + 0; // -0 + 0 is +0
    const lo = U32[LO];
    const hi = U32[HI];
    const h1 = seed ^ Math.imul(rotl(Math.imul(lo, C1), 15), C2);
    const h2 = seed ^ Math.imul(rotl(Math.imul(hi, C2), 16), C3);
    finish(h1, h2, seed, seed, 8);
}
/** Hashes a number (not NaN) into HASH. */
function hashNumber(x) {
    hashFloat64(x, SEED_NUMBER);
}
/** Hashes a valid time, given as epoch ms, into HASH. */
function hashTime(t) {
    hashFloat64(t, SEED_TIME);
}
/**
 * MurmurHash3_x86_128 of the string's UTF-16LE bytes with seed 2, into HASH, reading code
 * units straight from the string: a 16-byte block is 8 code units, a 32-bit word two.
 */
function hashString(s) {
    const len = s.length;
    const seed = SEED_STRING;
    let h1 = seed;
    let h2 = seed;
    let h3 = seed;
    let h4 = seed;
    const blocksEnd = len - (len & 7);
    let i = 0;
    for (; i < blocksEnd; i += 8) {
        let k1 = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
        let k2 = s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16);
        let k3 = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 16);
        let k4 = s.charCodeAt(i + 6) | (s.charCodeAt(i + 7) << 16);
        k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
        h1 ^= k1;
        h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
        k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
        h2 ^= k2;
        h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
        k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
        h3 ^= k3;
        h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
        k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
        h4 ^= k4;
        h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
    }
    // The tail: up to 7 code units (14 bytes), packed into k1..k4 as the reference's switch does.
    const rest = len - i;
    if (rest > 0) {
        if (rest > 6)
            h4 ^= Math.imul(rotl(Math.imul(s.charCodeAt(i + 6), C4), 18), C1);
        if (rest > 4)
            h3 ^= Math.imul(rotl(Math.imul(rest > 5 ? s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 16) : s.charCodeAt(i + 4), C3), 17), C4);
        if (rest > 2)
            h2 ^= Math.imul(rotl(Math.imul(rest > 3 ? s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16) : s.charCodeAt(i + 2), C2), 16), C3);
        h1 ^= Math.imul(rotl(Math.imul(rest > 1 ? s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16) : s.charCodeAt(i), C1), 15), C2);
    }
    finish(h1, h2, h3, h4, len * 2);
}
/** Hashes a boolean into HASH. */
function hashBoolean(b) {
    hashFloat64(b ? 1 : 0, SEED_BOOLEAN);
}
/** Hashes a number (not NaN), string or boolean into HASH (times: hashTime). */
function hashValue(value) {
    if (typeof value === 'number')
        hashNumber(value);
    else if (typeof value === 'string')
        hashString(value);
    else
        hashBoolean(value);
}
/** The 64-bit hash of a value as a BigInt (for tests and docs; sketches use hashValue). */
function hash64(value) {
    hashValue(value);
    return (BigInt(HASH[0]) << 32n) | BigInt(HASH[1]);
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/hll.js
/**
 * HyperLogLog distinct count over the stable value hash (hash.ts). Written here because the npm
 * HLL packages are unmaintained or need native builds, and none fixes a documented hash, which a
 * saved profile must (so a reference and a current profile count the same values alike).
 *
 * The sketch uses the top 52 bits of the 64-bit hash: p bits pick the register, the other
 * 52 - p give the rank. Below a threshold it stays sparse, keeping the distinct 52-bit hashes
 * themselves, so small cardinalities (up to max(1024, m/4) distinct values) are exact barring a
 * 52-bit hash collision (odds about d^2 / 2^53). Above it, the standard error is 1.04 / sqrt(m):
 * 1.63% at p = 12, 0.81% at p = 14 (the default).
 */





const hll_NAME = 'HyperLogLog';
const HASH_NAME = 'murmur3_x86_128/typed';
const VERSION = 2;
/** The hash of format version 1, which no longer counts the same values alike. */
const OLD_HASH_NAME = 'murmur3_x86_128/canonical-text';
const TWO20 = 1048576;
/**
 * The sparse form's keys (52-bit integers): an open-addressing set over a Float64Array. A
 * Set<number> boxed each key and cost ~100 ns per add, in the sparse phase of every column's
 * sketch. Iteration order is the table's,
 * which nothing depends on (toJSON sorts; merging and densifying are order-free).
 */
class SparseKeys {
    size = 0;
    table = new Float64Array(64).fill(-1);
    mask = 63;
    add(key) {
        const table = this.table;
        const mask = this.mask;
        // The low 20 bits come from the hash's second word: uniformly spread.
        for (let i = key % TWO20 & mask;; i = (i + 1) & mask) {
            const k = table[i];
            if (k === key)
                return;
            if (k < 0) {
                table[i] = key;
                if (++this.size * 2 > table.length)
                    this.grow();
                return;
            }
        }
    }
    *[Symbol.iterator]() {
        for (const k of this.table)
            if (k >= 0)
                yield k;
    }
    grow() {
        const old = this.table;
        this.table = new Float64Array(old.length * 2).fill(-1);
        this.mask = this.table.length - 1;
        this.size = 0;
        for (const k of old)
            if (k >= 0)
                this.add(k);
    }
}
/** Mergeable distinct-count sketch of any column. */
class HyperLogLog {
    p;
    keys = new SparseKeys();
    registers = null;
    sparseLimit;
    /** @param p precision, 4..16 (default 14: m = 16384 registers, 16 KB, 0.81% standard error). */
    constructor(p = 14) {
        if (!Number.isInteger(p) || p < 4 || p > 16)
            throw new errors/* UserError */.yo(`HyperLogLog precision p must be an integer in [4, 16], got ${p}`);
        this.p = p;
        this.sparseLimit = Math.max(1024, (1 << p) >> 2);
    }
    /** Relative standard error of the estimate once dense: 1.04 / sqrt(2^p). */
    get standardError() {
        return 1.04 / Math.sqrt(2 ** this.p);
    }
    /** True while the count is exact (sparse mode). */
    get exact() {
        return this.keys !== null;
    }
    /** Adds a value, hashed by hash.ts's hashValue (the number 42 and the string "42" are two values). */
    add(value) {
        hashValue(value);
        this.addHash();
    }
    /** Adds the value whose hash (hash.ts) is in HASH now: lets a column hash each value once. */
    addHash() {
        if (this.registers !== null)
            this.update(HASH[0], HASH[1] >>> 12);
        else {
            this.keys.add(HASH[0] * TWO20 + (HASH[1] >>> 12));
            if (this.keys.size > this.sparseLimit)
                this.densify();
        }
    }
    /** Merges other (same p) into this sketch; other is unchanged. */
    merge(other) {
        if (other.p !== this.p)
            throw new errors/* UserError */.yo(`Cannot merge HyperLogLog sketches of different precision (${this.p} and ${other.p})`);
        if (other.keys !== null) {
            for (const key of other.keys)
                this.addKey(key);
        }
        else {
            if (this.registers === null)
                this.densify();
            const mine = this.registers;
            // A plain loop (forEach cost a call per register).
            const theirs = other.registers;
            for (let i = 0; i < theirs.length; i++)
                if (theirs[i] > mine[i])
                    mine[i] = theirs[i];
        }
        return this;
    }
    /** Estimated number of distinct values (exact while sparse). */
    estimate() {
        if (this.keys !== null)
            return this.keys.size;
        return ertlEstimate(this.registers, 52 - this.p);
    }
    /** Plain JSON (format version 2); see README.md. */
    toJSON() {
        const base = { kind: 'hll', version: VERSION, hash: HASH_NAME, p: this.p };
        if (this.keys !== null)
            return { ...base, keys: [...this.keys].sort((a, b) => a - b) };
        return { ...base, registers: external_node_buffer_.Buffer.from(this.registers).toString('base64') };
    }
    /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
    static fromJSON(json) {
        const old = json;
        if (old !== null && typeof old === 'object' && old['kind'] === 'hll' && (old['version'] === 1 || old['hash'] === OLD_HASH_NAME)) {
            // Not a damaged file: a profile from before the hash changed. Say so, and what to do.
            throw new errors/* UserError */.yo(`Invalid ${hll_NAME} sketch: it was written by an earlier version, which hashed values differently ("${OLD_HASH_NAME}"), so its distinct count cannot be merged or compared with this version's ("${HASH_NAME}"); write the profile again with this version of validate-data`);
        }
        const obj = expectSketch(json, hll_NAME, 'hll', VERSION);
        if (obj['hash'] !== HASH_NAME)
            invalid(hll_NAME, 'hash', `"${HASH_NAME}"`, obj['hash']);
        const sketch = new HyperLogLog(expectInt(obj, hll_NAME, 'p', 4, 16));
        const m = 1 << sketch.p;
        if (('keys' in obj) === ('registers' in obj))
            invalid(hll_NAME, 'keys/registers', 'exactly one of the two', Object.keys(obj));
        if ('keys' in obj) {
            const keys = expectArray(obj, hll_NAME, 'keys');
            if (keys.length > sketch.sparseLimit)
                invalid(hll_NAME, 'keys', `at most ${sketch.sparseLimit} keys at p = ${sketch.p}`, keys.length);
            keys.forEach((key, i) => {
                if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= 2 ** 52)
                    invalid(hll_NAME, `keys[${i}]`, 'an integer in [0, 2^52)', key);
                sketch.keys.add(key);
            });
            return sketch;
        }
        const text = obj['registers'];
        if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
            invalid(hll_NAME, 'registers', 'a base64 string', text);
        const registers = new Uint8Array(external_node_buffer_.Buffer.from(text, 'base64'));
        if (registers.length !== m)
            invalid(hll_NAME, 'registers', `${m} bytes for p = ${sketch.p}`, `${registers.length} bytes`);
        const top = 53 - sketch.p;
        // A plain loop (forEach cost a call per register).
        for (let i = 0; i < registers.length; i++)
            if (registers[i] > top)
                invalid(hll_NAME, `registers[${i}]`, `at most ${top}`, registers[i]);
        sketch.keys = null;
        sketch.registers = registers;
        return sketch;
    }
    addKey(key) {
        if (this.registers !== null)
            this.update(Math.floor(key / TWO20), key % TWO20);
        else {
            this.keys.add(key);
            if (this.keys.size > this.sparseLimit)
                this.densify();
        }
    }
    /** Updates the register of a hash given as its top 32 bits and the next 20. */
    update(hi, next20) {
        const p = this.p;
        const index = hi >>> (32 - p);
        const rest = (hi << p) >>> 0;
        let rank;
        if (rest !== 0)
            rank = Math.clz32(rest) + 1;
        else if (next20 !== 0)
            rank = 32 - p + Math.clz32(next20) - 12 + 1;
        else
            rank = 53 - p;
        const registers = this.registers;
        if (rank > registers[index])
            registers[index] = rank;
    }
    densify() {
        this.registers = new Uint8Array(1 << this.p);
        const keys = this.keys;
        this.keys = null;
        for (const key of keys)
            this.update(Math.floor(key / TWO20), key % TWO20);
    }
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/frequent.js
/**
 * Frequent values by Misra-Gries with the mergeable-summary merge of Agarwal et al. (2012).
 * Exact while a column has at most `capacity` distinct values (nothing was ever evicted): that
 * is how drift-check gets exact category distributions for low-cardinality columns, checked by
 * `exact`. Beyond that each reported count is a lower bound, and the true count lies in
 * [count, count + maxError] with maxError <= n / (capacity + 1); any value not listed occurs at
 * most maxError times.
 */



const frequent_NAME = 'frequent-values';
/** Entry tags: a value's identity is its tag and its key (an ISO time is keyed by epoch ms). */
const NUMBER = 0;
const STRING = 1;
const BOOLEAN = 2;
const TIME = 3;
/** Mergeable heavy-hitters sketch. */
class FrequentValues {
    capacity;
    // An open-addressing table over dense entry arrays, probed with the value's hash (hash.ts),
    // which ColumnSketch has already computed for HyperLogLog. It replaces a Map<value, count>:
    // measured on bench/validate-data (1M rows, 12 columns) the Map's get/set/delete cost 1.4 s
    // of 14 s; see README.md for the figures after. Entries are confirmed by hash, tag and key,
    // so hash collisions never merge two values. An ISO time string is keyed by its epoch ms, so
    // a Date and its ISO text are one value, as before, without building the text per value.
    // Keys are stored by type: numbers, times and booleans (0/1) in a Float64Array, strings in
    // an array of their own, so each comparison is of one type (a mixed array compared with ===
    // cost ~20 ns per hit in a process profiling columns of several types).
    nums = new Float64Array(16);
    strs = [];
    tags = new Uint8Array(16);
    counts = new Float64Array(16);
    hashes = new Int32Array(16);
    live = 0;
    // Recently found strings: entry index + 1 by a signature of length and end characters (see
    // countIfListed). An index is trusted only once its entry is seen to hold the string, so
    // entries moving (subtract, merge) or being dropped never miscount.
    recent = new Int32Array(RECENT);
    slots;
    mask;
    n = 0;
    error = 0;
    /** @param capacity values tracked at once (default 100). */
    constructor(capacity = 100) {
        if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1_000_000) {
            throw new errors/* UserError */.yo(`Frequent-values capacity must be an integer in [1, 1000000], got ${capacity}`);
        }
        this.capacity = capacity;
        this.slots = new Int32Array(tableSize(capacity));
        this.mask = this.slots.length - 1;
    }
    /** Adds one value; NaN is ignored, -0 counts as 0. */
    add(value) {
        if (value !== value)
            return;
        if (value === 0)
            value = 0;
        const [tag, key] = identify(value);
        hashKey(key, tag);
        this.addHashed(key, tag);
    }
    /**
     * Adds a value whose hash (hash.ts: hashNumber, hashString, hashBoolean, hashTime) is in
     * HASH now: a number (`tag` 0, not NaN, -0 already 0), a string (1; not an ISO time text,
     * see ColumnSketch), a boolean (2) or a valid time as epoch ms (3). Returns true when the
     * value was listed already (so it was seen before).
     */
    addHashed(key, tag) {
        if (tag === STRING)
            return this.addStringHashed(key);
        return this.addNumberHashed(tag === BOOLEAN ? (key ? 1 : 0) : key, tag);
    }
    /** addHashed of a number (tag 0), a boolean as 0/1 (tag 2) or a time in epoch ms (tag 3). */
    addNumberHashed(x, tag) {
        this.n++;
        const h = HASH[0] | 0;
        const e = this.findNumber(x, tag, h);
        if (e >= 0) {
            this.counts[e]++;
            return true;
        }
        if (this.live < this.capacity)
            this.insert(x, tag, h, 1);
        else
            this.evict();
        return false;
    }
    /** addHashed of a string (tag 1). */
    addStringHashed(s) {
        this.n++;
        const h = HASH[0] | 0;
        const e = this.findString(s, h);
        if (e >= 0) {
            this.counts[e]++;
            this.recent[signature(s)] = e + 1;
            return true;
        }
        // Not cached on insert: most strings inserted in a high-cardinality column never repeat.
        if (this.live < this.capacity)
            this.insert(s, STRING, h, 1);
        else
            this.evict();
        return false;
    }
    /**
     * Adds the string s (tag 1) and returns true when it is listed and was found without its
     * hash: on columns of a few distinct strings (categories, country codes) most values are,
     * and comparing one candidate costs less than hashing the string. Otherwise adds nothing
     * and returns false: hash s and call addStringHashed.
     */
    countIfListed(s) {
        const e = this.recent[signature(s)] - 1;
        if (e < 0 || this.strs[e] !== s || this.tags[e] !== STRING || e >= this.live)
            return false;
        this.n++;
        this.counts[e]++;
        return true;
    }
    /**
     * No room for a new value: it and every tracked one lose one occurrence. Each such step
     * removes capacity + 1 counts, so it happens at most n / (capacity + 1) times in total.
     */
    evict() {
        this.error++;
        this.subtract(1);
    }
    /** Merges other into this sketch (capacities may differ; this one's is kept). */
    merge(other) {
        for (let e = 0; e < other.live; e++) {
            const tag = other.tags[e];
            const key = tag === STRING ? other.strs[e] : other.nums[e];
            const h = other.hashes[e];
            const at = this.find(key, tag, h);
            if (at >= 0)
                this.counts[at] += other.counts[e];
            else
                this.insert(key, tag, h, other.counts[e]);
        }
        this.n += other.n;
        this.error += other.error;
        if (this.live > this.capacity) {
            const sorted = Array.from(this.counts.subarray(0, this.live)).sort((a, b) => b - a);
            const cut = sorted[this.capacity];
            this.error += cut;
            this.subtract(cut);
        }
        return this;
    }
    /** Index of the entry (key, tag) with hash h (key: a string for tag 1, else a number), or -1. */
    find(key, tag, h) {
        return tag === STRING ? this.findString(key, h) : this.findNumber(key, tag, h);
    }
    findNumber(x, tag, h) {
        const slots = this.slots;
        const mask = this.mask;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const s = slots[i];
            if (s === 0)
                return -1;
            const e = s - 1;
            if (this.hashes[e] === h && this.nums[e] === x && this.tags[e] === tag)
                return e;
        }
    }
    findString(str, h) {
        const slots = this.slots;
        const mask = this.mask;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const s = slots[i];
            if (s === 0)
                return -1;
            const e = s - 1;
            if (this.hashes[e] === h && this.tags[e] === STRING && this.strs[e] === str)
                return e;
        }
    }
    /** Adds an entry (key: a string for tag 1, else a number; see find). */
    insert(key, tag, h, count) {
        const e = this.live++;
        if (e === this.tags.length)
            this.widen(e * 2);
        if (tag === STRING)
            this.strs[e] = key;
        else
            this.nums[e] = key;
        this.tags[e] = tag;
        this.counts[e] = count;
        this.hashes[e] = h;
        if (this.live * 2 > this.slots.length) {
            this.slots = new Int32Array(this.slots.length * 2);
            this.mask = this.slots.length - 1;
            this.reindex();
        }
        else
            this.place(e);
    }
    /** Lowers every count by `by`, dropping entries that reach 0, and rebuilds the table. */
    subtract(by) {
        let kept = 0;
        for (let e = 0; e < this.live; e++) {
            const c = this.counts[e] - by;
            if (c <= 0)
                continue;
            const tag = this.tags[e];
            if (tag === STRING)
                this.strs[kept] = this.strs[e];
            else
                this.nums[kept] = this.nums[e];
            this.tags[kept] = tag;
            this.hashes[kept] = this.hashes[e];
            this.counts[kept++] = c;
        }
        // Entries past `live` are never read; the strings array keeps its length (truncating and
        // growing it again on every eviction of a high-cardinality column reallocated it).
        this.live = kept;
        if (this.slots.length > tableSize(this.capacity) && kept * 4 < this.slots.length) {
            this.slots = new Int32Array(Math.max(tableSize(this.capacity), this.slots.length >> 1));
            this.mask = this.slots.length - 1;
        }
        this.reindex();
    }
    reindex() {
        this.slots.fill(0);
        for (let e = 0; e < this.live; e++)
            this.place(e);
    }
    place(e) {
        const mask = this.mask;
        let i = this.hashes[e] & mask;
        while (this.slots[i] !== 0)
            i = (i + 1) & mask;
        this.slots[i] = e + 1;
    }
    widen(size) {
        const nums = new Float64Array(size);
        nums.set(this.nums);
        this.nums = nums;
        const tags = new Uint8Array(size);
        tags.set(this.tags);
        const counts = new Float64Array(size);
        counts.set(this.counts);
        const hashes = new Int32Array(size);
        hashes.set(this.hashes);
        this.tags = tags;
        this.counts = counts;
        this.hashes = hashes;
    }
    /** The value of entry e as listed: an ISO time's text is built here, for output only. */
    valueAt(e) {
        const tag = this.tags[e];
        if (tag === STRING)
            return this.strs[e];
        const x = this.nums[e];
        return tag === TIME ? new Date(x).toISOString() : tag === BOOLEAN ? x === 1 : x;
    }
    /** The listed entries as [value, count] pairs, in no particular order. */
    entries() {
        const out = [];
        for (let e = 0; e < this.live; e++)
            out.push([this.valueAt(e), this.counts[e]]);
        return out;
    }
    /** Number of values added. */
    get count() {
        return this.n;
    }
    /** Bound on the undercount of any value (0 when exact). */
    get maxError() {
        return this.error;
    }
    /** True when every distinct value is listed with its exact count. */
    get exact() {
        return this.error === 0;
    }
    /** Bounds on the count of one value (listed or not). */
    countOf(value) {
        let c = 0;
        if (value === value) {
            const [tag, key] = identify(value === 0 ? 0 : value);
            hashKey(key, tag);
            const e = this.find(key, tag, HASH[0] | 0);
            if (e >= 0)
                c = this.counts[e];
        }
        return { count: c, upper: c + this.error };
    }
    /** The listed values, most frequent first (ties in a stable order), at most limit of them. */
    top(limit = this.capacity) {
        return this.entries()
            .sort((a, b) => b[1] - a[1] || compareValues(a[0], b[0]))
            .slice(0, limit)
            .map(([value, count]) => ({ value, count, upper: count + this.error }));
    }
    /** Plain JSON (format version 1); see README.md. */
    toJSON() {
        const items = this.top().map((e) => [e.value, e.count]);
        return { kind: 'frequent', version: 1, capacity: this.capacity, n: this.n, maxError: this.error, items };
    }
    /** Reads a sketch written by toJSON; throws UserError naming the field that is wrong. */
    static fromJSON(json) {
        const obj = expectSketch(json, frequent_NAME, 'frequent', 1);
        const sketch = new FrequentValues(expectInt(obj, frequent_NAME, 'capacity', 1, 1_000_000));
        sketch.n = expectInt(obj, frequent_NAME, 'n', 0);
        sketch.error = expectInt(obj, frequent_NAME, 'maxError', 0, sketch.n);
        const items = expectArray(obj, frequent_NAME, 'items');
        if (items.length > sketch.capacity)
            invalid(frequent_NAME, 'items', `at most capacity (${sketch.capacity}) entries`, items.length);
        let total = 0;
        items.forEach((item, i) => {
            if (!Array.isArray(item) || item.length !== 2)
                invalid(frequent_NAME, `items[${i}]`, 'a [value, count] pair', item);
            const [value, count] = item;
            const okValue = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
            if (!okValue)
                invalid(frequent_NAME, `items[${i}][0]`, 'a string, boolean or finite number', value);
            if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
                invalid(frequent_NAME, `items[${i}][1]`, 'a positive integer count', count);
            const [tag, key] = identify(value === 0 ? 0 : value);
            hashKey(key, tag);
            if (sketch.find(key, tag, HASH[0] | 0) >= 0)
                invalid(frequent_NAME, `items[${i}][0]`, 'a value listed once', value);
            sketch.insert(key, tag, HASH[0] | 0, count);
            total += count;
        });
        if (total > sketch.n)
            invalid(frequent_NAME, 'items', `counts summing to at most n = ${sketch.n}`, total);
        return sketch;
    }
}
/** Size of FrequentValues' recent-strings cache (a power of two). */
const RECENT = 64;
/** Cache slot of a string: its length and first and last code units, mixed. */
function signature(s) {
    const len = s.length;
    return (len === 0 ? 0 : Math.imul(len, 0x9e3779b1) ^ Math.imul(s.charCodeAt(0), 31) ^ s.charCodeAt(len - 1)) & (RECENT - 1);
}
/** Slots for `capacity` entries: a power of two at least 4x, so probes stay short. */
function tableSize(capacity) {
    return 1 << Math.max(4, Math.ceil(Math.log2(capacity * 4)));
}
/**
 * Tag and key of a value: a boolean is keyed as 1/0, an ISO time text
 * ("2023-09-25T05:38:48.000Z") by its time.
 */
function identify(value) {
    if (typeof value === 'number')
        return [NUMBER, value];
    if (typeof value === 'boolean')
        return [BOOLEAN, value ? 1 : 0];
    const t = isoTime(value);
    return t === undefined ? [STRING, value] : [TIME, t];
}
/** Hashes a value by its tag and key into HASH, as ColumnSketch does. */
function hashKey(key, tag) {
    if (tag === NUMBER)
        hashNumber(key);
    else if (tag === STRING)
        hashString(key);
    else if (tag === BOOLEAN)
        hashBoolean(key === 1);
    else
        hashTime(key);
}
/** The time of text that is exactly some Date's toISOString(), else undefined. */
function isoTime(text) {
    if (text.length !== 24 || text.charCodeAt(23) !== 90 || text.charCodeAt(10) !== 84)
        return undefined;
    const t = Date.parse(text);
    return Number.isNaN(t) || new Date(t).toISOString() !== text ? undefined : t;
}
/** A total order on values for stable output: numbers, then strings, then booleans. */
function compareValues(a, b) {
    const rank = (v) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
    if (rank(a) !== rank(b))
        return rank(a) - rank(b);
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/moments.js
/**
 * Count, sum, extremes and the first four central moments of a numeric column, updated one value
 * at a time (Welford/Pébay) and merged with Chan et al.'s and Pébay's (2008) pairwise formulas.
 * Values are accumulated relative to the first value seen (`shift`): that subtraction is exact
 * for values of similar magnitude (Sterbenz), so a column like 1e9 + noise keeps full relative
 * precision in its variance and higher moments.
 */

const moments_NAME = 'moments';
/** Mergeable moments of a numeric column. */
class Moments {
    n = 0;
    shift = 0;
    mu = 0;
    m2 = 0;
    m3 = 0;
    m4 = 0;
    s = 0;
    c = 0;
    lo = Infinity;
    hi = -Infinity;
    /** Adds one number; NaN is ignored (callers count it as missing). */
    add(x) {
        if (x !== x)
            return;
        if (x === 0)
            x = 0; // -0 would not survive JSON
        if (this.n === 0)
            this.shift = x;
        if (x < this.lo)
            this.lo = x;
        if (x > this.hi)
            this.hi = x;
        // Neumaier's compensated sum, so `sum` stays exact-ish over millions of values.
        const t = this.s + x;
        this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
        this.s = t;
        const n1 = this.n;
        const n = ++this.n;
        const delta = x - this.shift - this.mu;
        const dn = delta / n;
        const dn2 = dn * dn;
        const term = delta * dn * n1;
        this.mu += dn;
        this.m4 += term * dn2 * (n * n - 3 * n + 3) + 6 * dn2 * this.m2 - 4 * dn * this.m3;
        this.m3 += term * dn * (n - 2) - 3 * dn * this.m2;
        this.m2 += term;
    }
    /** Merges other into this; other is unchanged. */
    merge(other) {
        if (other.n === 0)
            return this;
        if (this.n === 0) {
            Object.assign(this, other);
            return this;
        }
        const na = this.n;
        const nb = other.n;
        const n = na + nb;
        const delta = other.shift - this.shift + other.mu - this.mu;
        const d2 = delta * delta;
        const { m2: a2, m3: a3 } = this;
        const { m2: b2, m3: b3 } = other;
        this.m4 += other.m4 + (d2 * d2 * na * nb * (na * na - na * nb + nb * nb)) / (n * n * n) + (6 * d2 * (na * na * b2 + nb * nb * a2)) / (n * n) + (4 * delta * (na * b3 - nb * a3)) / n;
        this.m3 += b3 + (d2 * delta * na * nb * (na - nb)) / (n * n) + (3 * delta * (na * b2 - nb * a2)) / n;
        this.m2 += b2 + (d2 * na * nb) / n;
        this.mu += (delta * nb) / n;
        this.n = n;
        const t = this.s + other.sum;
        this.c += Math.abs(this.s) >= Math.abs(other.sum) ? this.s - t + other.sum : other.sum - t + this.s;
        this.s = t;
        if (other.lo < this.lo)
            this.lo = other.lo;
        if (other.hi > this.hi)
            this.hi = other.hi;
        return this;
    }
    get count() {
        return this.n;
    }
    get sum() {
        return this.s + this.c;
    }
    /** NaN when empty. */
    get mean() {
        return this.n === 0 ? NaN : this.shift + this.mu;
    }
    get min() {
        return this.n === 0 ? NaN : this.lo;
    }
    get max() {
        return this.n === 0 ? NaN : this.hi;
    }
    /** Variance with n - ddof in the denominator (numpy's ddof: 0 population, 1 sample as pandas). */
    variance(ddof = 0) {
        return this.n - ddof <= 0 ? NaN : this.m2 / (this.n - ddof);
    }
    std(ddof = 0) {
        return Math.sqrt(this.variance(ddof));
    }
    /** Sample skewness g1 (scipy.stats.skew, bias=True); NaN for a constant column. */
    get skewness() {
        return this.m2 === 0 ? NaN : (Math.sqrt(this.n) * this.m3) / this.m2 ** 1.5;
    }
    /** Excess kurtosis g2 (scipy.stats.kurtosis, fisher=True, bias=True); NaN for a constant column. */
    get kurtosis() {
        return this.m2 === 0 ? NaN : (this.n * this.m4) / (this.m2 * this.m2) - 3;
    }
    /** Plain JSON (format version 1); see README.md. */
    toJSON() {
        const empty = this.n === 0;
        return {
            kind: 'moments',
            version: 1,
            n: this.n,
            shift: this.shift,
            meanOffset: this.mu,
            m2: this.m2,
            m3: this.m3,
            m4: this.m4,
            sum: this.sum,
            min: empty ? null : this.lo,
            max: empty ? null : this.hi,
        };
    }
    /** Reads moments written by toJSON; throws UserError naming the field that is wrong. */
    static fromJSON(json) {
        const obj = expectSketch(json, moments_NAME, 'moments', 1);
        const m = new Moments();
        m.n = expectInt(obj, moments_NAME, 'n', 0);
        m.shift = expectFinite(obj, moments_NAME, 'shift');
        m.mu = expectFinite(obj, moments_NAME, 'meanOffset');
        m.m2 = expectFinite(obj, moments_NAME, 'm2');
        m.m3 = expectFinite(obj, moments_NAME, 'm3');
        m.m4 = expectFinite(obj, moments_NAME, 'm4');
        m.s = expectFinite(obj, moments_NAME, 'sum');
        const min = expectFinite(obj, moments_NAME, 'min', true);
        const max = expectFinite(obj, moments_NAME, 'max', true);
        if ((m.n === 0) !== (min === null) || (m.n === 0) !== (max === null))
            invalid(moments_NAME, 'min/max', 'null exactly when n is 0', [min, max]);
        if (min !== null && max !== null && min > max)
            invalid(moments_NAME, 'min', `at most max (${max})`, min);
        if (m.m2 < 0 || m.m4 < 0)
            invalid(moments_NAME, m.m2 < 0 ? 'm2' : 'm4', 'non-negative', m.m2 < 0 ? m.m2 : m.m4);
        m.lo = min ?? Infinity;
        m.hi = max ?? -Infinity;
        return m;
    }
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/column.js
/**
 * All sketches of one column plus its counts: what a dataset profile stores per column. Values
 * are routed by JavaScript type, as the readers produce them: numbers feed every sketch; strings
 * and booleans the distinct count and frequent values; Dates count as `date` and feed the numeric
 * sketches as epoch milliseconds and the others as ISO text. null, undefined, NaN, ±Infinity
 * and invalid Dates are missing values (an infinity has no place in a quantile or a mean, and
 * the JSON form has no spelling for it).
 */






const column_NAME = 'column';
const KINDS = ['number', 'integer', 'boolean', 'string', 'date'];
/**
 * Mergeable summary of one column.
 *
 * Each value goes to the frequent values first: when it is already listed there it was added
 * to the distinct count before (both always take the same values, in add, merge and fromJSON),
 * and adding a seen hash changes neither form of HyperLogLog, so that update is skipped. On
 * low-cardinality columns this skips most distinct-count updates.
 */
class ColumnSketch {
    quantiles;
    moments;
    distinct;
    frequent;
    total = 0;
    nulls = 0;
    kinds = { number: 0, integer: 0, boolean: 0, string: 0, date: 0 };
    constructor(options = {}, quantiles = new KllSketch(options.k, options.seed), moments = new Moments(), distinct = new HyperLogLog(options.precision), frequent = new FrequentValues(options.capacity)) {
        this.quantiles = quantiles;
        this.moments = moments;
        this.distinct = distinct;
        this.frequent = frequent;
    }
    /** Adds one value of the column (see the module comment for how each type is routed). */
    add(value) {
        if (typeof value === 'number') {
            if (value - value === 0)
                hashNumber(value);
            this.addNumberHashed(value);
        }
        else if (typeof value === 'string') {
            const t = isoTime(value);
            this.total++;
            this.kinds.string++;
            if (t === undefined) {
                if (this.frequent.countIfListed(value))
                    return; // listed, so counted as distinct already
                hashString(value);
                if (!this.frequent.addStringHashed(value))
                    this.distinct.addHash();
            }
            else {
                // The ISO text of a time: counted as a string, hashed as the time, listed as that text.
                hashTime(t);
                if (!this.frequent.addNumberHashed(t, 3))
                    this.distinct.addHash();
            }
        }
        else if (typeof value === 'boolean') {
            this.total++;
            this.kinds.boolean++;
            hashBoolean(value);
            if (!this.frequent.addNumberHashed(value ? 1 : 0, 2))
                this.distinct.addHash();
        }
        else if (value instanceof Date)
            this.addTime(value.getTime());
        else {
            this.total++;
            this.nulls++;
        }
    }
    /** Adds a number (NaN, ±Infinity: missing): the same as add(value), without the type dispatch. */
    addNumber(value) {
        if (value - value === 0)
            hashNumber(value);
        this.addNumberHashed(value);
    }
    /** Adds a time as epoch ms: the same as add(new Date(t)), without the Date (NaN: missing). */
    addTime(t) {
        this.total++;
        if (t !== t) {
            this.nulls++;
            return;
        }
        this.kinds.date++;
        this.quantiles.add(t);
        this.moments.add(t);
        hashTime(t);
        if (!this.frequent.addNumberHashed(t, 3))
            this.distinct.addHash();
    }
    /** A number whose hash is in HASH already (unless NaN or infinite). */
    addNumberHashed(value) {
        this.total++;
        // value - value is NaN for NaN and ±Infinity, 0 for every finite number.
        if (value - value !== 0) {
            this.nulls++;
            return;
        }
        if (value === 0)
            value = 0;
        this.kinds.number++;
        if (Number.isInteger(value))
            this.kinds.integer++;
        this.quantiles.add(value);
        this.moments.add(value);
        if (!this.frequent.addNumberHashed(value, 0))
            this.distinct.addHash();
    }
    /** Merges other (built with compatible options) into this column. */
    merge(other) {
        this.total += other.total;
        this.nulls += other.nulls;
        for (const kind of KINDS)
            this.kinds[kind] += other.kinds[kind];
        this.quantiles.merge(other.quantiles);
        this.moments.merge(other.moments);
        this.distinct.merge(other.distinct);
        this.frequent.merge(other.frequent);
        return this;
    }
    /** Plain JSON (format version 1); see README.md. */
    toJSON() {
        return {
            kind: 'column',
            version: 1,
            total: this.total,
            nulls: this.nulls,
            kinds: { ...this.kinds },
            quantiles: this.quantiles.toJSON(),
            moments: this.moments.toJSON(),
            distinct: this.distinct.toJSON(),
            frequent: this.frequent.toJSON(),
        };
    }
    /** Reads a column written by toJSON; throws UserError naming the field that is wrong. */
    static fromJSON(json) {
        const obj = expectSketch(json, column_NAME, 'column', 1);
        const kindsJson = obj['kinds'];
        if (kindsJson === null || typeof kindsJson !== 'object' || Array.isArray(kindsJson))
            invalid(column_NAME, 'kinds', 'an object of counts', kindsJson);
        const column = new ColumnSketch({}, KllSketch.fromJSON(obj['quantiles']), Moments.fromJSON(obj['moments']), HyperLogLog.fromJSON(obj['distinct']), FrequentValues.fromJSON(obj['frequent']));
        column.total = expectInt(obj, column_NAME, 'total', 0);
        column.nulls = expectInt(obj, column_NAME, 'nulls', 0, column.total);
        for (const kind of KINDS) {
            const v = kindsJson[kind];
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > column.total)
                invalid(column_NAME, `kinds.${kind}`, `an integer in [0, ${column.total}]`, v);
            column.kinds[kind] = v;
        }
        const { number, integer, boolean, string, date } = column.kinds;
        if (integer > number)
            invalid(column_NAME, 'kinds.integer', `at most kinds.number (${number})`, integer);
        if (column.nulls + number + boolean + string + date !== column.total) {
            invalid(column_NAME, 'total', 'nulls plus the number, boolean, string and date counts', column.total);
        }
        if (column.quantiles.count !== number + date)
            invalid(column_NAME, 'quantiles', `a sketch of ${number + date} values`, column.quantiles.count);
        return column;
    }
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/compare.js
/** The stated normalised rank error of a KLL sketch with the default k = 200. */
const RANK_ERROR = 0.0165;
/** Walks the union of both sketches' values, calling visit(x, Fa(x), Fb(x), next x) at each distinct x. */
function walk(a, b, visit) {
    const A = a.items();
    const B = b.items();
    const na = a.count;
    const nb = b.count;
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    while (i < A.values.length || j < B.values.length) {
        const va = i < A.values.length ? A.values[i] : Infinity;
        const vb = j < B.values.length ? B.values[j] : Infinity;
        const x = Math.min(va, vb);
        while (i < A.values.length && A.values[i] === x)
            ca += A.weights[i++];
        while (j < B.values.length && B.values[j] === x)
            cb += B.weights[j++];
        const next = Math.min(i < A.values.length ? A.values[i] : Infinity, j < B.values.length ? B.values[j] : Infinity);
        visit(x, ca / na, cb / nb, next);
    }
}
/**
 * Kolmogorov-Smirnov statistic sup |Fa - Fb| between the distributions summarised by two
 * sketches (NaN when either is empty). The p-value is drift-check's business (it needs the
 * sample sizes, which are the sketches' counts).
 */
function ksStatistic(a, b) {
    if (a.count === 0 || b.count === 0)
        return NaN;
    let d = 0;
    walk(a, b, (_x, fa, fb) => {
        d = Math.max(d, Math.abs(fa - fb));
    });
    return d;
}
/**
 * First Wasserstein (earth mover's) distance, the integral of |Fa - Fb| over x, between the
 * distributions summarised by two sketches (NaN when either is empty).
 */
function wassersteinDistance(a, b) {
    if (a.count === 0 || b.count === 0)
        return NaN;
    let w = 0;
    walk(a, b, (x, fa, fb, next) => {
        if (next !== Infinity)
            w += Math.abs(fa - fb) * (next - x);
    });
    return w;
}

;// CONCATENATED MODULE: ./lib/src/profile/sketches/index.js
/** Mergeable, serialisable column sketches: the public surface of this folder (see README.md). */









/***/ }),

/***/ 6468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   uf: () => (/* binding */ schemaType),
/* harmony export */   yp: () => (/* binding */ inferredType)
/* harmony export */ });
/* unused harmony export numericValue */
/* harmony import */ var _schema_cast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4309);
/**
 * What kind of value a raw cell holds, for profiles and schema inference when no schema says
 * it: CSV cells are text and are recognised by their shape; JSONL and Parquet cells are typed.
 * Recognition is strict (the same rules validate-data's casts apply to the inferred types), so
 * an inferred schema validates the data it came from: a date-shaped text is a date only when
 * the date cast accepts it (2021-02-29 is text), and the number cast's NaN, INF and -INF are
 * numbers.
 */

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const BOOLEANS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const castDate = (0,_schema_cast_js__WEBPACK_IMPORTED_MODULE_0__/* .casterFor */ .yY)({ name: 'date', type: 'date' });
const castDatetime = (0,_schema_cast_js__WEBPACK_IMPORTED_MODULE_0__/* .casterFor */ .yY)({ name: 'datetime', type: 'datetime' });
/** Kind of a cell; `''` and null are missing. */
function kindOf(cell) {
    if (cell === null || cell === undefined || cell === '')
        return 'null';
    switch (typeof cell) {
        case 'number':
            return Number.isInteger(cell) ? 'integer' : 'number';
        case 'bigint':
            return 'integer';
        case 'boolean':
            return 'boolean';
        case 'string': {
            if (cell === 'NaN' || cell === 'INF' || cell === '-INF')
                return 'number';
            const first = cell.charCodeAt(0);
            // Digits, signs and dots may start a number or a date; anything else skips the regexes.
            if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
                if (INTEGER.test(cell))
                    return 'integer';
                if (NUMBER.test(cell))
                    return 'number';
                if (DATE.test(cell))
                    return castDate(cell) === _schema_cast_js__WEBPACK_IMPORTED_MODULE_0__/* .INVALID */ .uY ? 'string' : 'date';
                if (DATETIME.test(cell))
                    return castDatetime(cell) === _schema_cast_js__WEBPACK_IMPORTED_MODULE_0__/* .INVALID */ .uY ? 'string' : 'datetime';
                return 'string';
            }
            return BOOLEANS.has(cell) ? 'boolean' : 'string';
        }
        default:
            return cell instanceof Date ? 'datetime' : 'string';
    }
}
/**
 * The profile's summary type of a column: the narrowest type describing every kind seen (dates
 * and datetimes together count as datetime, so the overview still shows a time range). Not
 * always a type whose cast accepts every value: schemas are inferred with schemaType.
 */
function inferredType(counts) {
    const seen = seenKinds(counts);
    if (!seen.length)
        return 'any';
    if (seen.length === 1)
        return seen[0];
    if (seen.every((k) => k === 'integer' || k === 'number'))
        return 'number';
    if (seen.every((k) => k === 'date' || k === 'datetime'))
        return 'datetime';
    return 'string';
}
/**
 * The narrowest Table Schema type whose cast (src/schema/cast.ts) accepts every value of the
 * kinds seen, for an inferred schema that validates the data it came from:
 * - one kind: that type (the casts accept the text shapes kindOf recognises, and the native
 *   values of that kind);
 * - integers and numbers: number;
 * - anything else mixed (dates with datetimes included: the datetime cast refuses a bare date):
 *   string for text cells; for native cells `any`, since the kinds do not tell the number 12345
 *   from the string "12345" and only `any` accepts both a native number and a native string.
 */
function schemaType(counts, source) {
    const seen = seenKinds(counts);
    if (!seen.length)
        return 'any';
    if (seen.length === 1)
        return seen[0];
    if (seen.every((k) => k === 'integer' || k === 'number'))
        return 'number';
    return source === 'text' ? 'string' : 'any';
}
function seenKinds(counts) {
    return Object.keys(counts).filter((k) => k !== 'null' && (counts[k] ?? 0) > 0);
}
/** The cell as a number when its kind is numeric (or boolean/date for ranges), else NaN. */
function numericValue(cell, kind) {
    if (kind === 'integer' || kind === 'number')
        return typeof cell === 'number' ? cell : Number(cell);
    return NaN;
}


/***/ }),

/***/ 4309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ textCastOf),
/* harmony export */   Bn: () => (/* binding */ TEXT_CAST_BOOLEAN),
/* harmony export */   Rq: () => (/* binding */ TEXT_CAST_OTHER),
/* harmony export */   em: () => (/* binding */ TEXT_CAST_NUMBER),
/* harmony export */   j9: () => (/* binding */ castText),
/* harmony export */   kl: () => (/* binding */ TEXT_CAST_DATETIME),
/* harmony export */   ps: () => (/* binding */ TEXT_CAST_INTEGER),
/* harmony export */   uY: () => (/* binding */ INVALID),
/* harmony export */   yY: () => (/* binding */ casterFor)
/* harmony export */ });
/* unused harmony exports TEXT_CAST_STRING, TEXT_CAST_DATE, exactInteger */
/* harmony import */ var _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1376);
/* harmony import */ var _civil_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9813);
/* harmony import */ var _strptime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8558);



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
            if (textCastOf(field) === TEXT_CAST_BOOLEAN)
                return (v) => (typeof v === 'boolean' ? v : typeof v === 'string' ? castText(TEXT_CAST_BOOLEAN, v) : INVALID);
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
            return listCaster(field.delimiter ?? ',', casterFor({ name: field.name, type: field.itemType ?? 'string' }));
        case 'geopoint':
            return geopointCaster(field.format);
        case 'geojson':
            return jsonCaster((x) => typeof x === 'object' && x !== null && typeof x.type === 'string');
        case 'any':
            return (v) => (v instanceof Date ? v.getTime() : typeof v === 'bigint' ? exactInteger(v) : v);
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
/** Codes of the text casts castText does without a closure (TEXT_CAST_OTHER: use the caster). */
const TEXT_CAST_OTHER = 0;
const TEXT_CAST_STRING = 1;
const TEXT_CAST_INTEGER = 2;
const TEXT_CAST_NUMBER = 3;
const TEXT_CAST_DATE = 4;
const TEXT_CAST_DATETIME = 5;
const TEXT_CAST_BOOLEAN = 6;
/** The castText code of a field: its type with the default options, else TEXT_CAST_OTHER. */
function textCastOf(field) {
    const defaultFormat = field.format === undefined || field.format === 'default';
    switch (field.type ?? 'string') {
        case 'string':
            return defaultFormat ? TEXT_CAST_STRING : TEXT_CAST_OTHER;
        case 'integer':
        case 'number':
            if (!(field.bareNumber ?? true) || field.groupChar || (field.decimalChar ?? '.') !== '.')
                return TEXT_CAST_OTHER;
            return field.type === 'integer' ? TEXT_CAST_INTEGER : TEXT_CAST_NUMBER;
        case 'date':
            return defaultFormat ? TEXT_CAST_DATE : TEXT_CAST_OTHER;
        case 'datetime':
            return defaultFormat ? TEXT_CAST_DATETIME : TEXT_CAST_OTHER;
        case 'boolean':
            return field.trueValues === undefined && field.falseValues === undefined ? TEXT_CAST_BOOLEAN : TEXT_CAST_OTHER;
        default:
            return TEXT_CAST_OTHER;
    }
}
/**
 * casterFor(field)(text) for a field whose textCastOf is `code`, as a plain function the
 * checkers call per cell (a closure per field made that call site megamorphic); undefined
 * when the field's caster must decide (TEXT_CAST_OTHER, and dates in unusual shapes).
 */
function castText(code, v) {
    switch (code) {
        case TEXT_CAST_STRING:
            return v;
        case TEXT_CAST_INTEGER: {
            // classifyText recognises exactly /^[+-]?\d+$/ and reads Number(text) without the regex
            // (bench/validate-data: the regex casts cost ~0.9 s per 1M rows).
            if ((0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyText */ .oF)(v) !== _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_INTEGER */ .v8)
                return INVALID;
            // Number() rounds monotonically and 2^53 is a double, so the double is beyond the safe
            // range exactly when the text's value is: only those are read again, exactly.
            const n = _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_VALUE */ .a[0];
            return n <= MAX_SAFE && n >= -MAX_SAFE ? n : BigInt(v);
        }
        case TEXT_CAST_NUMBER: {
            const kind = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyText */ .oF)(v);
            if (kind === _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_INTEGER */ .v8 || kind === _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_NUMBER */ .I0)
                return _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_VALUE */ .a[0];
            if (v === 'NaN' || v === 'INF' || v === '-INF')
                return v === 'NaN' ? NaN : v === 'INF' ? Infinity : -Infinity;
            return INVALID;
        }
        case TEXT_CAST_DATE:
        case TEXT_CAST_DATETIME: {
            // ISO text is read by classifyText without the regex, as this cast reads it.
            const kind = (0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyText */ .oF)(v);
            return kind === (code === TEXT_CAST_DATE ? _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_DATE */ .vs : _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_DATETIME */ .CN) ? _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_VALUE */ .a[0] : undefined;
        }
        case TEXT_CAST_BOOLEAN:
            // The default true/false values: classifyText recognises true/True/TRUE and
            // false/False/FALSE (and the profile then reuses that); '1' and '0' are integers there.
            if ((0,_profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyText */ .oF)(v) === _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .K_BOOLEAN */ .b5)
                return _profile_text_kind_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_VALUE */ .a[0] === 1;
            return v === '1' ? true : v === '0' ? false : INVALID;
        default:
            return undefined;
    }
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/**
 * The one form of an integer value (see the top of this file): a number when it is a safe
 * integer, else a bigint. `value` is an integer: a bigint, an integer number, or the decimal
 * text of one (/^[+-]?\d+$/, leading zeros allowed). A number beyond 2^53 was rounded before
 * it got here (JSON.parse does so): its bigint is that rounded value, exact from then on.
 */
function exactInteger(value) {
    if (typeof value === 'number')
        return value <= MAX_SAFE && value >= -MAX_SAFE ? value : BigInt(value);
    if (typeof value === 'bigint')
        return value <= MAX_SAFE_BIG && value >= -MAX_SAFE_BIG ? Number(value) : value;
    const n = Number(value);
    return n <= MAX_SAFE && n >= -MAX_SAFE ? n : BigInt(value);
}
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
function numberCaster(field, integer) {
    const bare = field.bareNumber ?? true;
    const group = field.groupChar;
    const decimal = field.decimalChar ?? '.';
    const plain = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    if (bare && !group && decimal === '.') {
        const code = integer ? TEXT_CAST_INTEGER : TEXT_CAST_NUMBER;
        return (v) => {
            if (typeof v === 'string')
                return castText(code, v);
            return typedNumber(v, integer);
        };
    }
    return (v) => {
        if (typeof v !== 'string')
            return typedNumber(v, integer);
        let text = v;
        if (!integer && (text === 'NaN' || text === 'INF' || text === '-INF'))
            return text === 'NaN' ? NaN : text === 'INF' ? Infinity : -Infinity;
        if (group)
            text = text.split(group).join('');
        if (decimal !== '.')
            text = text.replace(decimal, '.');
        if (!bare)
            text = text.replace(/^[^\d+.-]+/, '').replace(/[^\d.]+$/, '');
        if (!plain.test(text))
            return INVALID;
        return integer ? exactInteger(text) : Number(text);
    };
}
/** The cast of a typed (JSONL, Parquet) cell to number or integer. */
function typedNumber(v, integer) {
    if (typeof v === 'number')
        return !integer ? v : Number.isInteger(v) ? exactInteger(v) : INVALID;
    if (typeof v === 'bigint')
        return integer ? exactInteger(v) : Number(v);
    return INVALID;
}
function temporalCaster(format, kind) {
    const pattern = format && format !== 'default' && format !== 'any' ? format.replace(/^fmt:/, '') : undefined;
    return (v) => {
        if (v instanceof Date)
            return Number.isNaN(v.getTime()) ? INVALID : v.getTime();
        if (typeof v !== 'string')
            return INVALID;
        if (pattern)
            return (0,_strptime_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDateWithPattern */ .M)(v, pattern) ?? INVALID;
        if (kind !== 'time') {
            const fast = castText(kind === 'date' ? TEXT_CAST_DATE : TEXT_CAST_DATETIME, v);
            if (fast !== undefined)
                return fast;
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
        const offset = (0,_civil_time_js__WEBPACK_IMPORTED_MODULE_2__/* .offsetMs */ .aH)(m[8]);
        return local === INVALID || offset !== offset ? INVALID : local - offset;
    };
}
/** The fields as UTC (years 1-9999 exactly; days and times that do not exist refused), or INVALID. */
function utc(y, mo, d, h, mi, s, ms) {
    const t = (0,_civil_time_js__WEBPACK_IMPORTED_MODULE_2__/* .utcFields */ .yE)(y, mo, d, h, mi, s, ms);
    return t === t ? t : INVALID;
}
function fraction(text) {
    return text ? Math.round(Number(`0${text}`) * 1000) : 0;
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
/**
 * A `list` cell: text split on the delimiter (every piece an item, as written: no trimming),
 * or an array; each item cast with the item type's default format. The JSON Lines and Parquet
 * readers hand an array over as its JSON text, so text that is a JSON array is read as that
 * array (a CSV cell `["a","b"]` too: the spec's lists have no brackets, so such a cell is
 * hardly meant as the one item it would otherwise be). The value is the array of cast items,
 * so `minLength`/`maxLength` count items and equal lists meet in `unique` and `enum` however
 * their items were written.
 */
function listCaster(delimiter, item) {
    return (v) => {
        const items = typeof v === 'string' ? (jsonArray(v) ?? v.split(delimiter)) : Array.isArray(v) ? v : undefined;
        if (items === undefined)
            return INVALID;
        const cast = new Array(items.length);
        for (let i = 0; i < items.length; i++) {
            const value = item(items[i]);
            if (value === INVALID)
                return INVALID;
            cast[i] = value;
        }
        return cast;
    };
}
/** The array a text holds as JSON, or undefined. */
function jsonArray(text) {
    if (text.charCodeAt(0) !== 0x5b /* [ */ || text.charCodeAt(text.length - 1) !== 0x5d /* ] */)
        return undefined;
    try {
        const value = JSON.parse(text);
        return Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
const COORDINATE = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/**
 * A `geopoint` cell as [lon, lat], whatever its format, so equal points meet in `unique` and
 * `enum`: `default` is the text "lon, lat"; `array` a JSON array [lon, lat] (text or typed);
 * `object` a JSON object of exactly the keys lon and lat (text or typed). JSON Lines and
 * Parquet hand arrays and objects over as their JSON text, so under `default` such a cell is
 * not a point: the field says `format: array` or `object` for them. The spec calls the numbers a
 * longitude and a latitude: outside [-180, 180] and [-90, 90] they are not (frictionless-py
 * rejects them too).
 */
function geopointCaster(format) {
    const point = (lon, lat) => typeof lon === 'number' && typeof lat === 'number' && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 ? [lon, lat] : INVALID;
    const pair = (x) => (Array.isArray(x) && x.length === 2 ? point(x[0], x[1]) : INVALID);
    const json = (v) => {
        if (typeof v !== 'string')
            return v;
        try {
            return JSON.parse(v);
        }
        catch {
            return INVALID;
        }
    };
    if (format === 'array')
        return (v) => pair(json(v));
    if (format === 'object') {
        return (v) => {
            const x = json(v);
            if (typeof x !== 'object' || x === null || Array.isArray(x))
                return INVALID;
            const keys = Object.keys(x);
            return keys.length === 2 && 'lon' in x && 'lat' in x ? point(x.lon, x.lat) : INVALID;
        };
    }
    return (v) => {
        if (typeof v !== 'string')
            return INVALID;
        const comma = v.indexOf(',');
        if (comma < 0)
            return INVALID;
        const lon = v.slice(0, comma);
        const lat = v.slice(comma + 1);
        return COORDINATE.test(lon) && COORDINATE.test(lat) ? point(Number(lon), Number(lat)) : INVALID;
    };
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


/***/ }),

/***/ 8558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseDateWithPattern)
/* harmony export */ });
/* harmony import */ var _civil_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9813);
/**
 * Dates in a Table Schema `format` pattern (Python strptime directives, as Frictionless uses):
 * %Y %y %m %d %H %I %p %M %S %f %z %b %B %j and %%. Returns epoch milliseconds (UTC unless %z
 * says otherwise; years 1-9999 exactly, year 0 refused as Python's strptime does) or undefined.
 * Patterns are compiled once and cached.
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
            case 'z':
                parts.offset = (0,_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .offsetMs */ .aH)(value);
                break;
        }
    }
    if (parts.pm !== undefined)
        parts.hour = (parts.hour % 12) + (parts.pm ? 12 : 0);
    if (parts.month < 1 || parts.month > 12 || parts.day < 1)
        return undefined;
    // The day of the year counts from January 1 (366 in a common year is the next January 1).
    const jan1 = parts.yday ? (0,_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .utcFields */ .yE)(parts.year, 1, 1, parts.hour, parts.minute, parts.second, parts.ms) : NaN;
    const t = parts.yday ? jan1 + (parts.yday - 1) * _civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO : (0,_civil_time_js__WEBPACK_IMPORTED_MODULE_0__/* .utcFields */ .yE)(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second, parts.ms);
    const utc = t - parts.offset;
    return utc === utc ? utc : undefined;
}


/***/ })

};
