export const id = 60;
export const ids = [60];
export const modules = {

/***/ 7060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/src/runner/summary.js
var summary = __webpack_require__(7457);
// EXTERNAL MODULE: ./lib/src/runner/duration.js
var duration = __webpack_require__(4921);
// EXTERNAL MODULE: ./lib/src/stats/special/distributions.js + 1 modules
var distributions = __webpack_require__(8975);
;// CONCATENATED MODULE: ./lib/src/stats/mann-whitney.js
/**
 * Mann-Whitney U test of two independent samples, as Kayenta's canary judge uses it to compare a
 * canary metric's observations with the stable side's. Equals
 * `scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='asymptotic')` (continuity
 * correction on, tie correction of the variance), tested against scipy.
 */

/** Midranks (1-based, ties get the mean of their ranks) of the pooled values, and Σ(t³ - t) over tie groups. */
function rankPooled(values) {
    const n = values.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
    const ranks = new Float64Array(n);
    let tieTerm = 0;
    for (let start = 0; start < n;) {
        let end = start + 1;
        while (end < n && values[order[end]] === values[order[start]])
            end++;
        const t = end - start;
        const midrank = (start + 1 + end) / 2;
        for (let k = start; k < end; k++)
            ranks[order[k]] = midrank;
        tieTerm += t * t * t - t;
        start = end;
    }
    return { ranks, tieTerm };
}
/**
 * The two-sided asymptotic Mann-Whitney U test of x against y. Both samples need at least one
 * value; NaN is refused (callers drop missing observations first).
 */
function mannWhitneyU(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('Mann-Whitney U needs at least one value on each side');
    const pooled = new Float64Array(n1 + n2);
    for (let i = 0; i < n1; i++)
        pooled[i] = x[i];
    for (let j = 0; j < n2; j++)
        pooled[n1 + j] = y[j];
    if (pooled.some(Number.isNaN))
        throw new RangeError('Mann-Whitney U: NaN among the values');
    const { ranks, tieTerm } = rankPooled(pooled);
    let r1 = 0;
    for (let i = 0; i < n1; i++)
        r1 += ranks[i];
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u2 = n1 * n2 - u1;
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    // scipy: s = sqrt(n1 n2 / 12 * ((n + 1) - Σ(t³ - t) / (n (n - 1)))).
    const variance = ((n1 * n2) / 12) * (n + 1 - (n > 1 ? tieTerm / (n * (n - 1)) : 0));
    const s = Math.sqrt(Math.max(variance, 0));
    // Two-sided: the larger U, moved half a unit toward the mean (continuity), as scipy does.
    const numerator = Math.max(u1, u2) - mu - 0.5;
    let z;
    let pValue;
    if (s === 0) {
        // Every value ties: no evidence of a difference (scipy's z is -inf there, p clipped to 1).
        z = 0;
        pValue = 1;
    }
    else {
        z = numerator / s;
        pValue = Math.min(1, Math.max(0, 2 * (0,distributions/* normalSf */.nG)(z)));
    }
    return { u: u1, pValue, z, cles: u1 / (n1 * n2), n1, n2 };
}

;// CONCATENATED MODULE: ./lib/src/deploy/judge.js
/**
 * Judging one metric of one step from the two sides' observations: absolute bounds and bounds
 * relative to stable on the means, and Kayenta's Mann-Whitney comparison of the samples. Pure.
 */

/** Observations fewer than this on a side leave a Mann-Whitney comparison inconclusive. */
const MIN_COMPARE_OBSERVATIONS = 3;
const mean = (values) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);
const fmt = (v) => (Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString());
function ratio(canary, stable) {
    if (stable === 0)
        return canary === 0 ? 1 : canary > 0 ? Infinity : -Infinity;
    return canary / stable;
}
function compare(rule, stable, canary, stableMean, canaryMean) {
    const test = mannWhitneyU(canary, stable);
    const significant = test.pValue < 1 - rule.confidence;
    const meanRatio = ratio(canaryMean, stableMean);
    const tooHigh = rule.direction !== 'decrease' && meanRatio > rule.allowedIncrease;
    const tooLow = rule.direction !== 'increase' && meanRatio < rule.allowedDecrease;
    const passed = !(significant && (tooHigh || tooLow));
    const limit = tooLow ? rule.allowedDecrease : rule.allowedIncrease;
    const detail = `Mann-Whitney p=${fmt(test.pValue)} (${significant ? 'significant' : 'not significant'} at ${fmt(rule.confidence * 100)}%), canary/stable mean ratio ${fmt(meanRatio)} (allowed ${fmt(rule.allowedDecrease)}..${fmt(rule.allowedIncrease)}, bad direction: ${rule.direction})`;
    return {
        check: { rule: 'mann-whitney', limit, passed, detail },
        report: { u: test.u, pValue: test.pValue, meanRatio, cles: test.cles, significant },
    };
}
/** The verdict on one metric from each side's observations in the step. */
function judgeMetric(metric, stable, canary) {
    const stableMean = mean(stable);
    const canaryMean = mean(canary);
    const base = { name: metric.name, stable: { mean: stableMean, observations: stable.length }, canary: { mean: canaryMean, observations: canary.length } };
    const needsStable = metric.maxIncreasePct !== undefined || metric.maxDecreasePct !== undefined || metric.compare !== undefined;
    if (canaryMean === null || (needsStable && stableMean === null)) {
        const side = canaryMean === null ? 'canary' : 'stable';
        return { ...base, verdict: 'inconclusive', reason: `no observations of the ${side} side`, checks: [] };
    }
    const checks = [];
    if (metric.max !== undefined)
        checks.push({ rule: 'max', limit: metric.max, passed: canaryMean <= metric.max, detail: `canary ${fmt(canaryMean)} vs max ${fmt(metric.max)}` });
    if (metric.min !== undefined)
        checks.push({ rule: 'min', limit: metric.min, passed: canaryMean >= metric.min, detail: `canary ${fmt(canaryMean)} vs min ${fmt(metric.min)}` });
    if (stableMean !== null && metric.maxIncreasePct !== undefined) {
        const limit = stableMean + (Math.abs(stableMean) * metric.maxIncreasePct) / 100;
        checks.push({ rule: 'max-increase-pct', limit, passed: canaryMean <= limit, detail: `canary ${fmt(canaryMean)} vs stable ${fmt(stableMean)} +${fmt(metric.maxIncreasePct)}% = ${fmt(limit)}` });
    }
    if (stableMean !== null && metric.maxDecreasePct !== undefined) {
        const limit = stableMean - (Math.abs(stableMean) * metric.maxDecreasePct) / 100;
        checks.push({ rule: 'max-decrease-pct', limit, passed: canaryMean >= limit, detail: `canary ${fmt(canaryMean)} vs stable ${fmt(stableMean)} -${fmt(metric.maxDecreasePct)}% = ${fmt(limit)}` });
    }
    let comparison;
    if (metric.compare && stableMean !== null) {
        if (stable.length < MIN_COMPARE_OBSERVATIONS || canary.length < MIN_COMPARE_OBSERVATIONS) {
            return { ...base, verdict: 'inconclusive', reason: `Mann-Whitney needs at least ${MIN_COMPARE_OBSERVATIONS} observations a side (stable ${stable.length}, canary ${canary.length})`, checks };
        }
        const result = compare(metric.compare, stable, canary, stableMean, canaryMean);
        checks.push(result.check);
        comparison = result.report;
    }
    const failed = checks.filter((c) => !c.passed);
    return {
        ...base,
        verdict: failed.length ? 'fail' : 'pass',
        reason: failed.length ? failed.map((c) => `${c.rule}: ${c.detail}`).join('; ') : 'every rule holds',
        checks,
        ...(comparison ? { comparison } : {}),
    };
}

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
;// CONCATENATED MODULE: ./lib/src/deploy/placeholders.js
/** Fills `{{ name }}` placeholders of analysis queries; an unknown one is a user error. */

const PLACEHOLDER = /\{\{\s*([\w-]+)\s*\}\}/g;
/** The query with every placeholder replaced; `what` names the metric in errors. */
function fillQuery(query, values, what) {
    return query.replace(PLACEHOLDER, (_whole, name) => {
        const value = values[name];
        if (value === undefined) {
            throw new errors/* InputError */.dz('analysis', `${what} uses {{ ${name} }}, which is not known here; known placeholders: ${Object.keys(values).map((k) => `{{ ${k} }}`).join(', ')}`);
        }
        return value;
    });
}
/** A duration in ms as PromQL writes it (whole seconds, at least 1s). */
function promDuration(ms) {
    return `${Math.max(1, Math.round(ms / 1000))}s`;
}

;// CONCATENATED MODULE: ./lib/src/deploy/presets.js
/**
 * Built-in metrics: error rate, latency and request counts from each provider's own Prometheus
 * metrics, and from the conventional HTTP metrics of a model server labelled by `variant`.
 * `{{ rate-window }}` is the analysis' rate window, `{{ window }}` the step's bake window.
 */
const HAPROXY_SERVER = 'proxy="{{ backend }}",server="{{ server }}"';
/** Presets any provider can use: a model server exporting http_requests_total{variant, code} and http_request_duration_seconds{variant}. */
const HTTP_PRESETS = {
    'http-error-rate': {
        query: 'sum(rate(http_requests_total{variant="{{ variant }}",code=~"5.."}[{{ rate-window }}])) / sum(rate(http_requests_total{variant="{{ variant }}"}[{{ rate-window }}]))',
        description: 'share of 5xx answers among the model server\'s requests',
    },
    'http-p99-latency': {
        query: 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{variant="{{ variant }}"}[{{ rate-window }}])))',
        description: '99th percentile of the model server\'s request duration (seconds), from its histogram',
    },
    'http-requests': {
        query: 'sum(increase(http_requests_total{variant="{{ variant }}"}[{{ window }}]))',
        description: 'requests the model server answered during the step',
    },
};
const PROVIDER_PRESETS = {
    haproxy: {
        'error-rate': {
            query: `sum(rate(haproxy_server_http_responses_total{${HAPROXY_SERVER},code="5xx"}[{{ rate-window }}])) / sum(rate(haproxy_server_http_responses_total{${HAPROXY_SERVER}}[{{ rate-window }}]))`,
            description: 'share of 5xx answers of the server, from HAProxy\'s exporter',
        },
        // HAProxy 2.6's exporter has no latency histogram: a per-server average of the last 1024
        // responses and a maximum. Use http-p99-latency (the model server's histogram) for a p99.
        latency: {
            query: `max(haproxy_server_response_time_average_seconds{${HAPROXY_SERVER}})`,
            description: 'average response time of the server\'s last 1024 requests (seconds), from HAProxy\'s exporter',
        },
        requests: {
            query: `sum(increase(haproxy_server_http_responses_total{${HAPROXY_SERVER}}[{{ window }}]))`,
            description: 'HTTP responses of the server during the step, from HAProxy\'s exporter',
        },
    },
    // Open-source NGINX exports no per-upstream Prometheus metrics; the http-* presets apply.
    nginx: {},
    command: {},
};
/** The presets a provider offers: its own and the HTTP ones. */
function presetsFor(provider) {
    return { ...(PROVIDER_PRESETS[provider] ?? {}), ...HTTP_PRESETS };
}
/**
 * The query counting a side's requests for min-samples when the analysis names none: the
 * provider's own count where it has one (HAProxy); otherwise undefined, and observations count.
 */
function providerRequestsQuery(provider) {
    return PROVIDER_PRESETS[provider]?.requests?.query;
}
/** The presets that read the provider's own metrics (not the model servers'). */
function providerPresetNames(provider) {
    return Object.keys(PROVIDER_PRESETS[provider] ?? {});
}

;// CONCATENATED MODULE: ./lib/src/deploy/analysis.js
/**
 * One step's analysis: each metric's query run for the stable and the canary side over the
 * step's bake window, each side's requests counted, and the step's verdict.
 */




const VARIANTS = ['stable', 'canary'];
/** The range-query step: the configured resolution, else a thirtieth of the interval within 1 s..60 s. */
function resolutionFor(config, intervalMs) {
    return config.resolutionMs ?? Math.min(60_000, Math.max(1000, Math.round(intervalMs / 30 / 1000) * 1000));
}
/** Fills a query for one side and window; throws an InputError for an unknown placeholder. */
function queryFor(query, provider, variant, config, windowMs, what) {
    return fillQuery(query, { ...provider.placeholders(variant), variant, window: promDuration(windowMs), 'rate-window': config.rateWindow }, what);
}
/** The query counting each side's requests: the analysis' own, else the provider's, except in scrape mode, which sees only the variants' metrics. */
function requestsQueryFor(config, provider) {
    return config.requests ?? (config.scrape ? undefined : providerRequestsQuery(provider.name));
}
/** Every filled query of the analysis, for checks before any weight changes. */
function filledQueries(config, provider) {
    const out = [];
    for (const variant of VARIANTS) {
        for (const metric of config.metrics)
            out.push({ what: `metric '${metric.name}'`, query: queryFor(metric.query, provider, variant, config, 60_000, `metric '${metric.name}'`) });
        const requests = requestsQueryFor(config, provider);
        if (requests)
            out.push({ what: 'the requests query', query: queryFor(requests, provider, variant, config, 60_000, 'the requests query') });
    }
    return out;
}
/** Checks every query's placeholders before any weight changes. */
function checkQueries(config, provider) {
    for (const variant of VARIANTS) {
        for (const metric of config.metrics)
            queryFor(metric.query, provider, variant, config, 60_000, `metric '${metric.name}'`);
        const requests = requestsQueryFor(config, provider);
        if (requests)
            queryFor(requests, provider, variant, config, 60_000, 'the requests query');
    }
}
/** An analyzer of steps with this configuration against this Prometheus. */
function createAnalyzer(config, provider, prometheus, options) {
    const stepMs = resolutionFor(config, options.intervalMs);
    const minSamples = config.minSamples ?? options.minSamples;
    const requestsQuery = requestsQueryFor(config, provider);
    const rateWindowMs = (0,duration/* parseDuration */.E)(config.rateWindow) ?? 60_000;
    return async ({ startMs, endMs }) => {
        const windowMs = endMs - startMs;
        // Observations start one rate window after the weight changed, so that every rate() they
        // hold covers this step's traffic only (earlier points mix in the step before, or a few
        // first requests); with a bake shorter than that, the last point is all there is.
        const observeFrom = Math.min(startMs + rateWindowMs, endMs);
        const metrics = [];
        for (const metric of config.metrics) {
            const queries = {
                stable: queryFor(metric.query, provider, 'stable', config, windowMs, `metric '${metric.name}'`),
                canary: queryFor(metric.query, provider, 'canary', config, windowMs, `metric '${metric.name}'`),
            };
            const [stable, canary] = await Promise.all([prometheus.range(queries.stable, observeFrom, endMs, stepMs), prometheus.range(queries.canary, observeFrom, endMs, stepMs)]);
            metrics.push({ ...judgeMetric(metric, stable, canary), queries });
        }
        const samples = { stable: 0, canary: 0 };
        if (requestsQuery) {
            for (const variant of VARIANTS) {
                const value = await prometheus.instant(queryFor(requestsQuery, provider, variant, config, windowMs, 'the requests query'), endMs);
                samples[variant] = Math.round(value ?? 0);
            }
        }
        else {
            for (const variant of VARIANTS)
                samples[variant] = Math.min(...metrics.map((m) => m[variant].observations));
        }
        const samplesOf = requestsQuery ? 'requests' : 'observations';
        const short = VARIANTS.filter((v) => samples[v] < minSamples);
        if (short.length) {
            const reason = `too few ${samplesOf} for a verdict: ${short.map((v) => `${v} ${samples[v]}`).join(', ')} (min-samples ${minSamples})`;
            return { verdict: 'inconclusive', reason, samples, samplesOf, metrics };
        }
        const failed = metrics.filter((m) => m.verdict === 'fail');
        const open = metrics.filter((m) => m.verdict === 'inconclusive');
        if (failed.length)
            return { verdict: 'fail', reason: failed.map((m) => `${m.name}: ${m.reason}`).join('; '), samples, samplesOf, metrics };
        if (open.length)
            return { verdict: 'inconclusive', reason: open.map((m) => `${m.name}: ${m.reason}`).join('; '), samples, samplesOf, metrics };
        return { verdict: 'pass', reason: 'every metric passed', samples, samplesOf, metrics };
    };
}

;// CONCATENATED MODULE: ./lib/src/deploy/retry.js
/** Retries with exponential backoff for provider calls, which may meet a reload or a blip. */
const DEFAULT_RETRY = { attempts: 5, baseMs: 250 };
/** Sleeps ms milliseconds. */
function sleep(ms) {
    return new Promise((done) => setTimeout(done, ms));
}
/** Runs `work` until it resolves or the attempts run out; rejects with the last error. */
async function withRetry(work, options = DEFAULT_RETRY) {
    let last;
    for (let attempt = 1; attempt <= Math.max(1, options.attempts); attempt++) {
        try {
            return await work(attempt);
        }
        catch (error) {
            last = error;
            if (attempt >= options.attempts || options.shouldRetry?.(error) === false)
                break;
            const wait = options.baseMs * 2 ** (attempt - 1);
            options.onRetry?.(error, attempt, wait);
            await sleep(wait);
        }
    }
    throw last;
}

;// CONCATENATED MODULE: ./lib/src/deploy/prometheus.js
/**
 * The Prometheus HTTP API calls the analysis makes: range queries for each side's observations
 * in a step, instant queries for request counts. Retried with backoff; a failure names the
 * endpoint and the query.
 */


const SERVICE = 'Prometheus';
async function call(base, path, params, timeoutMs) {
    const url = `${base}${path}`;
    let response;
    try {
        response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(params).toString(),
            signal: AbortSignal.timeout(timeoutMs),
        });
    }
    catch (error) {
        throw new errors/* ServiceError */._7(SERVICE, `POST ${url}`, undefined, `${error.cause instanceof Error ? error.cause.message : error.message} (query: ${params.query})`, error);
    }
    const text = await response.text();
    let answer;
    try {
        answer = JSON.parse(text);
    }
    catch {
        answer = undefined;
    }
    if (!response.ok || answer?.status !== 'success' || !answer.data) {
        throw new errors/* ServiceError */._7(SERVICE, `POST ${url}`, response.status, `${answer?.error ?? text.slice(0, 200)} (query: ${params.query})`);
    }
    return answer.data;
}
function oneSeries(result, query) {
    if (result.length > 1)
        throw new Error(`the query returns ${result.length} series; aggregate it to one (sum, avg, max): ${query}`);
    return result[0];
}
const finite = (text) => Number(text);
/** A client of the Prometheus at `url` (e.g. http://127.0.0.1:9090). */
function prometheusClient(url, retry = { attempts: 3, baseMs: 500 }, timeoutMs = 30_000) {
    const base = url.replace(/\/+$/, '');
    // Client errors (400: bad PromQL, 422) will not get better by asking again.
    const retried = (work) => withRetry(work, { ...retry, shouldRetry: (error) => !(error instanceof errors/* ServiceError */._7 && error.status !== undefined && error.status < 500) });
    return {
        async range(query, startMs, endMs, stepMs) {
            const data = await retried(() => call(base, '/api/v1/query_range', { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) }, timeoutMs));
            const series = oneSeries(data.result, query);
            return (series?.values ?? []).map(([, v]) => finite(v)).filter(Number.isFinite);
        },
        async instant(query, timeMs) {
            const data = await retried(() => call(base, '/api/v1/query', { query, time: String(timeMs / 1000) }, timeoutMs));
            if (data.resultType === 'scalar') {
                const scalar = data.result;
                return finite(scalar[1]);
            }
            const series = oneSeries(data.result, query);
            return series?.value ? finite(series.value[1]) : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./lib/src/deploy/scrape/store.js
/**
 * The samples the action scraped itself, kept in memory for the rollout as Prometheus' TSDB
 * would keep them: one series per label set (with `__name__`), samples in time order, and
 * staleness markers when a series disappears from its target or the target stops answering
 * (so an instant selector does not keep returning a value that is gone).
 */
/** A stable key for a label set. */
function labelsKey(labels) {
    return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}
class SampleStore {
    retentionMs;
    series = new Map();
    /** Series keys each target exposed at its last successful scrape. */
    lastSeen = new Map();
    /** @param retentionMs samples older than this (relative to the newest append) are dropped. */
    constructor(retentionMs = Infinity) {
        this.retentionMs = retentionMs;
    }
    /** Records one scrape of `target` at time t. */
    append(target, t, samples) {
        const seen = new Set();
        for (const sample of samples) {
            const key = labelsKey(sample.labels);
            if (seen.has(key))
                continue; // Prometheus keeps the first of duplicate series in a scrape.
            seen.add(key);
            let series = this.series.get(key);
            if (!series)
                this.series.set(key, (series = { labels: sample.labels, samples: [] }));
            series.samples.push({ t, value: sample.value });
        }
        this.markStale(target, t, seen);
        this.lastSeen.set(target, seen);
        this.prune(t);
    }
    /** Records a failed scrape: every series of the target goes stale, as in Prometheus. */
    targetDown(target, t) {
        this.markStale(target, t, new Set());
        this.lastSeen.set(target, new Set());
    }
    /** Every series; callers filter by labels and time. */
    all() {
        return this.series.values();
    }
    markStale(target, t, now) {
        for (const key of this.lastSeen.get(target) ?? []) {
            if (!now.has(key))
                this.series.get(key)?.samples.push({ t, value: null });
        }
    }
    prune(now) {
        if (!Number.isFinite(this.retentionMs))
            return;
        const oldest = now - this.retentionMs;
        for (const [key, series] of this.series) {
            const keep = series.samples.findIndex((s) => s.t >= oldest);
            if (keep === -1)
                this.series.delete(key);
            else if (keep > 0)
                series.samples.splice(0, keep);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@prometheus-io/lezer-promql/dist/index.es.js + 3 modules
var index_es = __webpack_require__(6828);
;// CONCATENATED MODULE: ./lib/src/deploy/promql/parse.js
/**
 * PromQL parsed with Prometheus' own Lezer grammar (@prometheus-io/lezer-promql, the grammar
 * of Prometheus' web UI) into the small expression tree evaluate.ts understands: the subset
 * canary analyses use. Anything outside it is refused here, naming the construct, rather than
 * evaluated wrongly.
 */

/** The query uses PromQL the action does not evaluate, or is not PromQL at all. */
class PromqlError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PromqlError';
    }
}
/** Functions and what their arguments are. */
const FUNCTIONS = {
    rate: ['matrix'],
    increase: ['matrix'],
    irate: ['matrix'],
    delta: ['matrix'],
    avg_over_time: ['matrix'],
    min_over_time: ['matrix'],
    max_over_time: ['matrix'],
    sum_over_time: ['matrix'],
    count_over_time: ['matrix'],
    last_over_time: ['matrix'],
    histogram_quantile: ['scalar', 'vector'],
    abs: ['vector'],
    clamp_min: ['vector', 'scalar'],
    clamp_max: ['vector', 'scalar'],
    scalar: ['vector'],
    vector: ['scalar'],
};
const AGGREGATES = ['sum', 'avg', 'min', 'max', 'count'];
const OPERATORS = { Add: '+', Sub: '-', Mul: '*', Div: '/', Mod: '%', Pow: '^', Eql: '==', Neq: '!=', Gtr: '>', Lss: '<', Gte: '>=', Lte: '<=' };
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };
const SUPPORTED = 'selectors with label matchers (=, !=, =~, !~) and offset, range selectors, rate, increase, irate, delta, <avg|min|max|sum|count|last>_over_time, histogram_quantile, abs, clamp_min, clamp_max, scalar, vector, sum/avg/min/max/count with by/without, + - * / % ^ and comparisons (with bool, on, ignoring), numbers and parentheses';
function durationMs(text) {
    let total = 0;
    let rest = text.trim();
    if (/^\d+(\.\d+)?$/.test(rest))
        return Number(rest) * 1000;
    while (rest) {
        const match = /^(\d+)(ms|s|m|h|d|w|y)/.exec(rest);
        if (!match)
            throw new PromqlError(`'${text}' is not a duration such as 30s or 5m`);
        total += Number(match[1]) * DURATION_UNITS[match[2]];
        rest = rest.slice(match[0].length);
    }
    return total;
}
/** A PromQL string literal's value: "…" and '…' with Go escapes, `…` raw. */
function stringValue(text) {
    const quote = text[0];
    const body = text.slice(1, -1);
    if (quote === '`')
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_all, esc) => {
        const simple = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
        if (esc in simple)
            return simple[esc];
        if (/^[xuU]/.test(esc))
            return String.fromCodePoint(parseInt(esc.slice(1), 16));
        if (/^[0-7]{3}$/.test(esc))
            return String.fromCodePoint(parseInt(esc, 8));
        throw new PromqlError(`unknown escape \\${esc} in ${text}`);
    });
}
/** A regex matcher's pattern, anchored as Prometheus anchors it. */
function matcherRegex(value) {
    try {
        return new RegExp(`^(?:${value})$`);
    }
    catch (error) {
        throw new PromqlError(`'${value}' is not a valid regular expression: ${error.message}`);
    }
}
/** Whether the matcher accepts a missing label (Prometheus refuses selectors made only of such matchers). */
function matchesEmpty(m) {
    if (m.type === '=')
        return m.value === '';
    if (m.type === '!=')
        return m.value !== '';
    const matches = matcherRegex(m.value).test('');
    return m.type === '=~' ? matches : !matches;
}
function children(node) {
    const list = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        list.push(c);
    return list;
}
/** Parses `query`; throws a PromqlError naming a syntax error's position or the unsupported construct. */
function parsePromql(query) {
    const tree = index_es/* parser */.K3D.parse(query);
    const text = (node) => query.slice(node.from, node.to);
    const unsupported = (node, what) => {
        throw new PromqlError(`${what} ('${text(node).slice(0, 60)}') is not supported without a Prometheus server; supported: ${SUPPORTED}`);
    };
    tree.iterate({
        enter: (ref) => {
            if (ref.type.isError) {
                const near = query.slice(Math.max(0, ref.from - 10), ref.from + 10);
                throw new PromqlError(`syntax error at character ${ref.from + 1} (near '${near}')`);
            }
        },
    });
    const vectorSelector = (node, offsetMs) => {
        const matchers = [];
        for (const child of children(node)) {
            if (child.name === 'Identifier')
                matchers.push({ name: '__name__', type: '=', value: text(child) });
            else if (child.name === 'LabelMatchers') {
                for (const m of children(child)) {
                    if (m.name !== 'UnquotedLabelMatcher' && m.name !== 'QuotedLabelMatcher')
                        unsupported(m, 'a quoted metric name');
                    const [nameNode, opNode, valueNode] = children(m);
                    const name = nameNode.name === 'QuotedLabelName' ? stringValue(text(nameNode)) : text(nameNode);
                    matchers.push({ name, type: text(opNode), value: stringValue(text(valueNode)) });
                }
            }
            else
                unsupported(child, `'${child.name}' in a selector`);
        }
        // Bad regexes are found here, not at the first evaluation mid-rollout.
        for (const m of matchers)
            if (m.type === '=~' || m.type === '!~')
                matcherRegex(m.value);
        if (matchers.every(matchesEmpty)) {
            throw new PromqlError(`the selector '${text(node)}' matches every series: give a metric name or a label matcher that does not match the empty string`);
        }
        return { kind: 'vector', matchers, offsetMs, text: text(node) };
    };
    const convert = (node) => {
        const parts = children(node);
        switch (node.name) {
            case 'PromQL':
            case 'ParenExpr':
                if (parts.length !== 1)
                    unsupported(node, 'this expression');
                return convert(parts[0]);
            case 'NumberDurationLiteral': {
                const raw = text(node);
                const value = /^0x/i.test(raw) ? parseInt(raw, 16) : /^[+-]?(inf|nan)$/i.test(raw) ? Number(raw.replace(/inf/i, 'Infinity').replace(/nan/i, 'NaN')) : Number(raw);
                if (Number.isNaN(value) && !/nan/i.test(raw))
                    return { kind: 'number', value: durationMs(raw) / 1000 };
                return { kind: 'number', value };
            }
            case 'VectorSelector':
                return vectorSelector(node, 0);
            case 'MatrixSelector': {
                const vector = convert(parts[0]);
                if (vector.kind !== 'vector')
                    unsupported(node, 'a range of something other than a selector');
                if (parts[1]?.name !== 'DurationExpr' || parts.length !== 2 || children(parts[1]).length !== 1)
                    unsupported(node, 'a computed range duration');
                return { kind: 'matrix', vector: vector, rangeMs: durationMs(text(parts[1])), text: text(node) };
            }
            case 'OffsetExpr': {
                const inner = convert(parts[0]);
                const durationNode = parts.find((p) => p.name === 'OffsetDurationExpr');
                const offsetText = text(durationNode).replace(/\s+/g, '');
                const offsetMs = offsetText.startsWith('-') ? -durationMs(offsetText.slice(1)) : durationMs(offsetText);
                if (inner.kind === 'vector')
                    return { ...inner, offsetMs };
                if (inner.kind === 'matrix')
                    return { ...inner, vector: { ...inner.vector, offsetMs } };
                return unsupported(node, 'offset on an expression other than a selector');
            }
            case 'UnaryExpr':
                return { kind: 'unary', op: text(parts[0]), expr: convert(parts[1]) };
            case 'FunctionCall': {
                const fn = text(parts[0]);
                const expected = FUNCTIONS[fn];
                if (!expected)
                    return unsupported(node, `function ${fn}()`);
                const args = children(parts[1]).map(convert);
                if (args.length !== expected.length)
                    throw new PromqlError(`${fn}() takes ${expected.length} argument(s), got ${args.length}: '${text(node)}'`);
                args.forEach((arg, i) => {
                    if (expected[i] === 'matrix' && arg.kind !== 'matrix')
                        throw new PromqlError(`${fn}() needs a range selector such as metric[1m], got '${text(children(parts[1])[i])}'`);
                    if (expected[i] !== 'matrix' && arg.kind === 'matrix')
                        throw new PromqlError(`${fn}() does not take a range selector: '${text(children(parts[1])[i])}'`);
                });
                return { kind: 'call', fn, args };
            }
            case 'AggregateExpr': {
                const op = text(parts.find((p) => p.name === 'AggregateOp'));
                if (!AGGREGATES.includes(op))
                    return unsupported(node, `aggregation ${op}`);
                const body = children(parts.find((p) => p.name === 'FunctionCallBody'));
                if (body.length !== 1)
                    throw new PromqlError(`${op}() takes one expression: '${text(node)}'`);
                const modifier = parts.find((p) => p.name === 'AggregateModifier');
                let grouping;
                if (modifier) {
                    const [keyword, labels] = children(modifier);
                    grouping = { without: keyword.name === 'Without', labels: labels ? children(labels).map((l) => (l.name === 'QuotedLabelName' ? stringValue(text(l)) : text(l))) : [] };
                }
                return { kind: 'aggregate', op: op, ...(grouping ? { grouping } : {}), expr: convert(body[0]) };
            }
            case 'BinaryExpr': {
                const [lhs, opNode, ...rest] = parts;
                const op = OPERATORS[opNode.name];
                if (!op)
                    return unsupported(node, `operator ${text(opNode)}`);
                let bool = false;
                let matching;
                for (const part of rest.slice(0, -1)) {
                    if (part.name === 'BoolModifier')
                        bool = true;
                    else if (part.name === 'MatchingModifierClause') {
                        const clause = children(part);
                        if (clause.some((c) => c.name === 'GroupLeft' || c.name === 'GroupRight'))
                            unsupported(part, 'group_left/group_right');
                        const labels = clause.find((c) => c.name === 'GroupingLabels');
                        matching = { on: clause[0].name === 'On', labels: labels ? children(labels).map((l) => text(l)) : [] };
                    }
                    else
                        unsupported(part, `'${part.name}'`);
                }
                return { kind: 'binary', op, lhs: convert(lhs), rhs: convert(rest.at(-1)), bool, ...(matching ? { matching } : {}) };
            }
            case 'StringLiteral':
                return unsupported(node, 'a string');
            case 'SubqueryExpr':
                return unsupported(node, 'a subquery');
            case 'StepInvariantExpr':
                return unsupported(node, 'the @ modifier');
            default:
                return unsupported(node, `'${node.name}'`);
        }
    };
    return convert(tree.topNode);
}

;// CONCATENATED MODULE: ./lib/src/deploy/promql/evaluate.js
/**
 * Evaluates a parsed PromQL expression at one instant over scraped samples, with Prometheus'
 * semantics for the supported subset (see parse.ts): the 5-minute lookback and staleness of
 * instant selectors, left-open range windows, rate/increase extrapolated as Prometheus'
 * extrapolatedRate does, histogram_quantile as its bucketQuantile, one-to-one vector matching,
 * and `__name__` dropped by functions, aggregations and arithmetic.
 */


/** Prometheus' default lookback for instant selectors. */
const LOOKBACK_MS = 5 * 60_000;
function matches(labels, matchers, regexes) {
    return matchers.every((m) => {
        const value = labels[m.name] ?? '';
        switch (m.type) {
            case '=':
                return value === m.value;
            case '!=':
                return value !== m.value;
            default: {
                let re = regexes.get(m.value);
                if (!re)
                    regexes.set(m.value, (re = matcherRegex(m.value)));
                return m.type === '=~' ? re.test(value) : !re.test(value);
            }
        }
    });
}
function withoutName(labels) {
    const { __name__: _name, ...rest } = labels;
    return rest;
}
/** Samples of a series in (from, to], stale markers dropped. */
function evaluate_window(samples, from, to) {
    const points = [];
    for (const s of samples)
        if (s.t > from && s.t <= to && s.value !== null)
            points.push({ t: s.t, v: s.value });
    return points;
}
/** Prometheus' extrapolatedRate (promql/functions.go) for rate, increase and delta. */
function extrapolatedRate(points, rangeStart, rangeEnd, isCounter, isRate) {
    if (points.length < 2)
        return undefined;
    const first = points[0];
    const last = points.at(-1);
    let result = last.v - first.v;
    if (isCounter) {
        let previous = 0;
        for (const p of points) {
            if (p.v < previous)
                result += previous;
            previous = p.v;
        }
    }
    let durationToStart = (first.t - rangeStart) / 1000;
    const durationToEnd = (rangeEnd - last.t) / 1000;
    const sampled = (last.t - first.t) / 1000;
    const averageBetween = sampled / (points.length - 1);
    if (isCounter && result > 0 && first.v >= 0) {
        const durationToZero = sampled * (first.v / result);
        if (durationToZero < durationToStart)
            durationToStart = durationToZero;
    }
    const threshold = averageBetween * 1.1;
    let extrapolateTo = sampled;
    extrapolateTo += durationToStart < threshold ? durationToStart : averageBetween / 2;
    extrapolateTo += durationToEnd < threshold ? durationToEnd : averageBetween / 2;
    result *= extrapolateTo / sampled;
    if (isRate)
        result /= (rangeEnd - rangeStart) / 1000;
    return result;
}
/** Prometheus' bucketQuantile (promql/quantile.go) for classic histograms. */
function bucketQuantile(q, input) {
    if (Number.isNaN(q))
        return NaN;
    if (q < 0)
        return -Infinity;
    if (q > 1)
        return Infinity;
    const sorted = [...input].sort((a, b) => a.upperBound - b.upperBound);
    if (sorted.length === 0 || sorted.at(-1).upperBound !== Infinity)
        return NaN;
    // Coalesce buckets with the same bound (two series for one `le`), then force monotonicity.
    const buckets = [];
    for (const b of sorted) {
        const previous = buckets.at(-1);
        if (previous && previous.upperBound === b.upperBound)
            previous.count += b.count;
        else
            buckets.push({ ...b });
    }
    let max = -Infinity;
    for (const b of buckets) {
        if (b.count > max)
            max = b.count;
        else
            b.count = max;
    }
    if (buckets.length < 2)
        return NaN;
    const observations = buckets.at(-1).count;
    if (observations === 0)
        return NaN;
    let rank = q * observations;
    let b = buckets.findIndex((bucket, i) => i < buckets.length - 1 && bucket.count >= rank);
    if (b === -1)
        b = buckets.length - 1;
    if (b === buckets.length - 1)
        return buckets[buckets.length - 2].upperBound;
    if (b === 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    let bucketStart = 0;
    const bucketEnd = buckets[b].upperBound;
    let count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}
function arithmetic(op, a, b) {
    switch (op) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            return a / b;
        case '%':
            return a % b;
        case '^':
            return a ** b;
        case '==':
            return a === b ? 1 : 0;
        case '!=':
            return a !== b ? 1 : 0;
        case '>':
            return a > b ? 1 : 0;
        case '<':
            return a < b ? 1 : 0;
        case '>=':
            return a >= b ? 1 : 0;
        case '<=':
            return a <= b ? 1 : 0;
    }
}
const isComparison = (op) => ['==', '!=', '>', '<', '>=', '<='].includes(op);
function matchingKey(labels, matching) {
    const picked = {};
    for (const [k, v] of Object.entries(labels)) {
        if (k === '__name__')
            continue;
        const listed = matching?.labels.includes(k) ?? false;
        if (matching?.on ? listed : !listed)
            picked[k] = v;
    }
    return labelsKey(picked);
}
/** Evaluates expressions at instants over one store. */
class Evaluator {
    store;
    regexes = new Map();
    constructor(store) {
        this.store = store;
    }
    evaluate(expr, t) {
        switch (expr.kind) {
            case 'number':
                return { type: 'scalar', value: expr.value };
            case 'vector':
                return { type: 'vector', samples: this.instant(expr.matchers, t - expr.offsetMs) };
            case 'matrix':
                throw new PromqlError(`a range selector (${expr.text}) must be inside a function such as rate()`);
            case 'unary': {
                const inner = this.evaluate(expr.expr, t);
                if (expr.op === '+')
                    return inner;
                return inner.type === 'scalar' ? { type: 'scalar', value: -inner.value } : { type: 'vector', samples: inner.samples.map((s) => ({ labels: withoutName(s.labels), value: -s.value })) };
            }
            case 'call':
                return this.call(expr, t);
            case 'aggregate':
                return this.aggregate(expr, t);
            case 'binary':
                return this.binary(expr, t);
        }
    }
    instant(matchers, t) {
        const out = [];
        for (const series of this.store.all()) {
            if (!matches(series.labels, matchers, this.regexes))
                continue;
            let latest;
            for (const s of series.samples) {
                if (s.t > t)
                    break;
                latest = s;
            }
            if (latest && latest.t > t - LOOKBACK_MS && latest.value !== null)
                out.push({ labels: series.labels, value: latest.value });
        }
        return out;
    }
    range(expr, t) {
        const end = t - expr.vector.offsetMs;
        const start = end - expr.rangeMs;
        const series = [];
        for (const s of this.store.all()) {
            if (!matches(s.labels, expr.vector.matchers, this.regexes))
                continue;
            const points = evaluate_window(s.samples, start, end);
            if (points.length)
                series.push({ labels: s.labels, points });
        }
        return { series, start, end };
    }
    scalarArg(expr, t, fn) {
        const value = this.evaluate(expr, t);
        if (value.type !== 'scalar')
            throw new PromqlError(`${fn}() expects a number as its parameter`);
        return value.value;
    }
    vectorArg(expr, t, fn) {
        const value = this.evaluate(expr, t);
        if (value.type !== 'vector')
            throw new PromqlError(`${fn}() expects an instant vector, got a number`);
        return value.samples;
    }
    call(expr, t) {
        const { fn, args } = expr;
        const vector = (samples) => ({ type: 'vector', samples });
        const overRange = (compute) => {
            const { series, start, end } = this.range(args[0], t);
            const out = [];
            for (const s of series) {
                const value = compute(s.points, start, end);
                if (value !== undefined)
                    out.push({ labels: withoutName(s.labels), value });
            }
            return vector(out);
        };
        switch (fn) {
            case 'rate':
                return overRange((p, s, e) => extrapolatedRate(p, s, e, true, true));
            case 'increase':
                return overRange((p, s, e) => extrapolatedRate(p, s, e, true, false));
            case 'delta':
                return overRange((p, s, e) => extrapolatedRate(p, s, e, false, false));
            case 'irate':
                return overRange((p) => {
                    if (p.length < 2)
                        return undefined;
                    const [a, b] = [p.at(-2), p.at(-1)];
                    const change = b.v < a.v ? b.v : b.v - a.v;
                    return change / ((b.t - a.t) / 1000);
                });
            case 'avg_over_time':
                return overRange((p) => p.reduce((s, x) => s + x.v, 0) / p.length);
            case 'sum_over_time':
                return overRange((p) => p.reduce((s, x) => s + x.v, 0));
            case 'min_over_time':
                return overRange((p) => Math.min(...p.map((x) => x.v)));
            case 'max_over_time':
                return overRange((p) => Math.max(...p.map((x) => x.v)));
            case 'count_over_time':
                return overRange((p) => p.length);
            case 'last_over_time':
                return overRange((p) => p.at(-1).v);
            case 'abs':
                return vector(this.vectorArg(args[0], t, fn).map((s) => ({ labels: withoutName(s.labels), value: Math.abs(s.value) })));
            case 'clamp_min':
            case 'clamp_max': {
                const bound = this.scalarArg(args[1], t, fn);
                const clamp = fn === 'clamp_min' ? (v) => Math.max(v, bound) : (v) => Math.min(v, bound);
                return vector(this.vectorArg(args[0], t, fn).map((s) => ({ labels: withoutName(s.labels), value: clamp(s.value) })));
            }
            case 'scalar': {
                const samples = this.vectorArg(args[0], t, fn);
                return { type: 'scalar', value: samples.length === 1 ? samples[0].value : NaN };
            }
            case 'vector':
                return vector([{ labels: {}, value: this.scalarArg(args[0], t, fn) }]);
            case 'histogram_quantile': {
                const q = this.scalarArg(args[0], t, fn);
                const groups = new Map();
                for (const s of this.vectorArg(args[1], t, fn)) {
                    const le = s.labels.le;
                    if (le === undefined)
                        continue; // Prometheus ignores series without `le`.
                    const upperBound = le === '+Inf' ? Infinity : Number(le);
                    if (Number.isNaN(upperBound))
                        continue;
                    const { le: _le, ...rest } = withoutName(s.labels);
                    const key = labelsKey(rest);
                    let group = groups.get(key);
                    if (!group)
                        groups.set(key, (group = { labels: rest, buckets: [] }));
                    group.buckets.push({ upperBound, count: s.value });
                }
                return vector([...groups.values()].map((g) => ({ labels: g.labels, value: bucketQuantile(q, g.buckets) })));
            }
            default:
                throw new PromqlError(`function ${fn}() is not supported`);
        }
    }
    aggregate(expr, t) {
        const samples = this.vectorArg(expr.expr, t, expr.op);
        const groups = new Map();
        for (const s of samples) {
            const labels = {};
            for (const [k, v] of Object.entries(s.labels)) {
                const listed = expr.grouping?.labels.includes(k) ?? false;
                const keep = expr.grouping ? (expr.grouping.without ? !listed && k !== '__name__' : listed) : false;
                if (keep)
                    labels[k] = v;
            }
            const key = labelsKey(labels);
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = { labels, values: [] }));
            group.values.push(s.value);
        }
        const reduce = (values) => {
            switch (expr.op) {
                case 'sum':
                    return values.reduce((a, b) => a + b, 0);
                case 'avg':
                    return values.reduce((a, b) => a + b, 0) / values.length;
                case 'min':
                    return values.some((v) => !Number.isNaN(v)) ? Math.min(...values.filter((v) => !Number.isNaN(v))) : NaN;
                case 'max':
                    return values.some((v) => !Number.isNaN(v)) ? Math.max(...values.filter((v) => !Number.isNaN(v))) : NaN;
                case 'count':
                    return values.length;
            }
        };
        return { type: 'vector', samples: [...groups.values()].map((g) => ({ labels: g.labels, value: reduce(g.values) })) };
    }
    binary(expr, t) {
        const lhs = this.evaluate(expr.lhs, t);
        const rhs = this.evaluate(expr.rhs, t);
        const comparison = isComparison(expr.op);
        if (lhs.type === 'scalar' && rhs.type === 'scalar') {
            if (comparison && !expr.bool)
                throw new PromqlError(`comparisons between two numbers need 'bool'`);
            return { type: 'scalar', value: arithmetic(expr.op, lhs.value, rhs.value) };
        }
        // A comparison without `bool` filters, keeping the vector side's value (and its name).
        const result = (labels, a, b, keep) => {
            const value = arithmetic(expr.op, a, b);
            if (comparison && !expr.bool)
                return value === 1 ? { labels, value: keep } : undefined;
            return { labels: withoutName(labels), value };
        };
        const out = [];
        if (lhs.type === 'vector' && rhs.type === 'scalar') {
            for (const s of lhs.samples) {
                const r = result(s.labels, s.value, rhs.value, s.value);
                if (r)
                    out.push(r);
            }
        }
        else if (lhs.type === 'scalar' && rhs.type === 'vector') {
            for (const s of rhs.samples) {
                const r = result(s.labels, lhs.value, s.value, s.value);
                if (r)
                    out.push(r);
            }
        }
        else if (lhs.type === 'vector' && rhs.type === 'vector') {
            const right = new Map();
            for (const s of rhs.samples) {
                const key = matchingKey(s.labels, expr.matching);
                if (right.has(key))
                    throw new PromqlError(`many-to-one matching: the right side of '${expr.op}' has two series with the same labels; aggregate it (sum by ...) or use on(...)`);
                right.set(key, s);
            }
            const seen = new Set();
            for (const s of lhs.samples) {
                const key = matchingKey(s.labels, expr.matching);
                const other = right.get(key);
                if (!other)
                    continue;
                if (seen.has(key))
                    throw new PromqlError(`many-to-one matching: the left side of '${expr.op}' has two series with the same labels; aggregate it (sum by ...) or use on(...)`);
                seen.add(key);
                // One-to-one: the result keeps the left side's labels (those matched on, with `on`).
                const labels = expr.matching?.on ? Object.fromEntries(Object.entries(s.labels).filter(([k]) => expr.matching.labels.includes(k))) : s.labels;
                const r = result(labels, s.value, other.value, s.value);
                if (r)
                    out.push(r);
            }
        }
        return { type: 'vector', samples: out };
    }
}

;// CONCATENATED MODULE: ./lib/src/deploy/scrape/local-prometheus.js
/**
 * The PrometheusClient of scrape mode: range and instant queries answered from the samples
 * the action scraped itself, with the results a Prometheus server would give (one series,
 * NaN and ±Inf dropped from ranges), so the analysis runs unchanged on either.
 */




function seriesOf(value) {
    if (value.type === 'scalar')
        return [{ key: 'scalar', value: value.value }];
    return value.samples.map((s) => ({ key: labelsKey(s.labels), value: s.value }));
}
function localPrometheus(scraper) {
    const evaluator = new Evaluator(scraper.store);
    const parsed = new Map();
    const parse = (query) => {
        let expr = parsed.get(query);
        if (!expr) {
            try {
                expr = parsePromql(query);
            }
            catch (error) {
                if (error instanceof PromqlError)
                    throw new errors/* UserError */.yo(`scrape mode: ${error.message} (query: ${query})`);
                throw error;
            }
            parsed.set(query, expr);
        }
        return expr;
    };
    const evaluate = (query, t) => {
        try {
            return evaluator.evaluate(parse(query), t);
        }
        catch (error) {
            if (error instanceof PromqlError)
                throw new errors/* UserError */.yo(`scrape mode: ${error.message} (query: ${query})`);
            throw error;
        }
    };
    const one = (keys, query) => {
        if (keys.size > 1)
            throw new errors/* UserError */.yo(`the query returns ${keys.size} series; aggregate it to one (sum, avg, max): ${query}`);
    };
    return {
        async range(query, startMs, endMs, stepMs) {
            scraper.checkHealthy(endMs);
            const keys = new Set();
            const values = [];
            for (let t = startMs; t <= endMs; t += stepMs) {
                for (const s of seriesOf(evaluate(query, t))) {
                    keys.add(s.key);
                    values.push(s.value);
                }
            }
            one(keys, query);
            return values.filter(Number.isFinite);
        },
        async instant(query, timeMs) {
            scraper.checkHealthy(timeMs);
            const series = seriesOf(evaluate(query, timeMs));
            one(new Set(series.map((s) => s.key)), query);
            return series[0]?.value;
        },
    };
}

;// CONCATENATED MODULE: ./lib/src/deploy/scrape/exposition.js
/**
 * The Prometheus text exposition format (version 0.0.4, what client libraries serve on
 * /metrics; OpenMetrics text parses too, up to `# EOF`, its exemplars ignored): one sample per
 * line, `name{label="value",...} value [timestamp]`.
 *
 * Hand-written on purpose: the one npm parser of this format (parse-prometheus-text-format
 * 1.1.1, unchanged since 2019) drops the labels of histogram series and merges the series of
 * two label sets into one (measured on a model server's histogram), and the analysis needs the
 * flat series anyway, exactly as Prometheus stores them (`_bucket{le}`, `_sum`, `_count`).
 */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
/** A line the format does not allow; `line` is 1-based. */
class ExpositionError extends Error {
    line;
    constructor(line, problem) {
        super(`line ${line}: ${problem}`);
        this.line = line;
        this.name = 'ExpositionError';
    }
}
/** Go's strconv.ParseFloat as Prometheus uses it: decimals, exponents, NaN and ±Inf. */
function parseValue(text) {
    const lower = text.toLowerCase();
    if (lower === 'nan')
        return NaN;
    if (lower === '+inf' || lower === 'inf')
        return Infinity;
    if (lower === '-inf')
        return -Infinity;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text))
        return undefined;
    return Number(text);
}
/** Reads `{a="b",c="d"}` from position `at` of `line`; returns the labels and the position after `}`. */
function parseLabels(line, at, lineNo) {
    const labels = {};
    let i = at + 1;
    const skipSpaces = () => {
        while (line[i] === ' ' || line[i] === '\t')
            i++;
    };
    for (;;) {
        skipSpaces();
        if (line[i] === '}')
            return { labels, end: i + 1 };
        const name = LABEL_NAME.exec(line.slice(i))?.[0];
        if (!name)
            throw new ExpositionError(lineNo, `expected a label name or '}' at column ${i + 1}`);
        i += name.length;
        skipSpaces();
        if (line[i] !== '=')
            throw new ExpositionError(lineNo, `expected '=' after label '${name}'`);
        i++;
        skipSpaces();
        if (line[i] !== '"')
            throw new ExpositionError(lineNo, `expected '"' to open the value of label '${name}'`);
        i++;
        let value = '';
        for (;;) {
            const c = line[i];
            if (c === undefined)
                throw new ExpositionError(lineNo, `unterminated value of label '${name}'`);
            i++;
            if (c === '"')
                break;
            if (c === '\\') {
                const next = line[i++];
                if (next === 'n')
                    value += '\n';
                else if (next === '\\' || next === '"')
                    value += next;
                else
                    throw new ExpositionError(lineNo, `unknown escape '\\${next ?? ''}' in the value of label '${name}'`);
            }
            else
                value += c;
        }
        if (name in labels)
            throw new ExpositionError(lineNo, `label '${name}' appears twice`);
        labels[name] = value;
        skipSpaces();
        if (line[i] === ',')
            i++;
        else if (line[i] !== '}')
            throw new ExpositionError(lineNo, `expected ',' or '}' after the value of label '${name}'`);
    }
}
/** Every sample of an exposition, in order. Throws an ExpositionError naming the first bad line. */
function parseExposition(text) {
    const samples = [];
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n].replace(/\r$/, '');
        const trimmed = line.trim();
        if (trimmed === '')
            continue;
        if (trimmed.startsWith('#')) {
            if (trimmed === '# EOF')
                break;
            continue;
        }
        const start = line.length - line.trimStart().length;
        const name = METRIC_NAME.exec(line.slice(start))?.[0];
        if (!name)
            throw new ExpositionError(n + 1, `expected a metric name, got '${trimmed.slice(0, 40)}'`);
        let i = start + name.length;
        let labels = {};
        if (line[i] === '{')
            ({ labels, end: i } = parseLabels(line, i, n + 1));
        // The value, an optional timestamp (ignored: the scrape's time is used, as Prometheus does
        // for samples without one, so both sides share one clock), and an OpenMetrics exemplar.
        const rest = line.slice(i).split(' # ')[0].trim().split(/[ \t]+/);
        if (rest[0] === '' || rest.length > 2)
            throw new ExpositionError(n + 1, `expected '<value> [timestamp]' after ${name}, got '${line.slice(i).trim()}'`);
        const value = parseValue(rest[0]);
        if (value === undefined)
            throw new ExpositionError(n + 1, `'${rest[0]}' is not a number (the value of ${name})`);
        samples.push({ name, labels, value });
    }
    return samples;
}

;// CONCATENATED MODULE: ./lib/src/deploy/scrape/scraper.js
/**
 * Scrape mode: the action itself scrapes each variant's Prometheus /metrics endpoint at the
 * analysis resolution for the whole rollout, as a Prometheus server would, and adds the side's
 * label: `variant="stable"` or `variant="canary"` (a `variant` label the target already has is
 * kept as `exported_variant`, as Prometheus does without honor_labels) and `instance`
 * (host:port). The samples stay in memory (scrape/store.ts) and the analysis' queries are
 * evaluated over them (local-prometheus.ts), so no Prometheus server is needed.
 */



const METRICS_ENDPOINT = 'Metrics endpoint';
class Scraper {
    targets;
    intervalMs;
    store;
    health = new Map();
    timer;
    running;
    stopped = false;
    constructor(targets, intervalMs, retentionMs) {
        this.targets = targets;
        this.intervalMs = intervalMs;
        this.store = new SampleStore(retentionMs);
    }
    /** Scrapes every target once; each must answer, or this throws (nothing has changed yet), then scrapes every interval. */
    async start() {
        await this.scrapeAll();
        const failed = this.targets.filter((t) => this.health.get(t.url)?.lastError);
        if (failed.length) {
            const t = failed[0];
            throw new errors/* ServiceError */._7(METRICS_ENDPOINT, `GET ${t.url} (${t.variant})`, undefined, `${this.health.get(t.url).lastError}; the analysis scrapes it (analysis \`scrape\`), so it must answer before the rollout starts`);
        }
        const tick = () => {
            if (this.stopped)
                return;
            this.running = this.scrapeAll().finally(() => {
                if (!this.stopped)
                    this.timer = setTimeout(tick, this.intervalMs);
            });
        };
        this.timer = setTimeout(tick, this.intervalMs);
    }
    async stop() {
        this.stopped = true;
        clearTimeout(this.timer);
        await this.running;
    }
    /**
     * Throws when a target has not answered a scrape for three intervals before `atMs`: its
     * metrics are missing or stale, and a verdict on them would be wrong.
     */
    checkHealthy(atMs) {
        const since = atMs - 3 * this.intervalMs - 1000;
        for (const target of this.targets) {
            const health = this.health.get(target.url);
            if (health?.lastSuccess !== undefined && health.lastSuccess >= since)
                continue;
            throw new errors/* ServiceError */._7(METRICS_ENDPOINT, `GET ${target.url} (${target.variant})`, undefined, `no successful scrape since ${new Date(health?.lastSuccess ?? since).toISOString()}${health?.lastError ? `: ${health.lastError}` : ''}`);
        }
    }
    async scrapeAll() {
        await Promise.all(this.targets.map((target) => this.scrape(target)));
    }
    async scrape(target) {
        // Prometheus stamps samples with the scrape's start.
        const t = Date.now();
        const health = this.health.get(target.url) ?? {};
        this.health.set(target.url, health);
        try {
            const response = await fetch(target.url, {
                headers: { accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1' },
                signal: AbortSignal.timeout(Math.max(1000, Math.min(this.intervalMs, 10_000))),
            });
            const text = await response.text();
            if (!response.ok)
                throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
            const instance = new URL(target.url).host;
            const samples = parseExposition(text).map((s) => {
                const labels = { __name__: s.name };
                for (const [k, v] of Object.entries(s.labels))
                    labels[k === 'variant' || k === 'instance' ? `exported_${k}` : k] = v;
                labels.variant = target.variant;
                labels.instance = instance;
                return { labels, value: s.value };
            });
            this.store.append(target.url, t, samples);
            health.lastSuccess = t;
            health.lastError = undefined;
        }
        catch (error) {
            const cause = error.cause instanceof Error ? error.cause.message : error.message;
            health.lastError = cause;
            this.store.targetDown(target.url, t);
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/deploy/target.js
/** Reading a provider's settings from the `target` input (YAML), with errors naming the field. */

/** The `target` mapping, checked to be one. */
function targetObject(value, provider) {
    if (value === undefined || value === null)
        throw new errors/* InputError */.dz('target', `the ${provider} provider needs its settings (YAML), but none were given`);
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* InputError */.dz('target', `expected a YAML mapping of ${provider} settings, got ${Array.isArray(value) ? 'a list' : typeof value}`);
    return value;
}
/** A required text field of the target. */
function requiredField(target, field, provider, example) {
    const value = target[field];
    if (value === undefined || value === null || String(value).trim() === '') {
        throw new errors/* InputError */.dz('target', `the ${provider} provider needs '${field}' (for example '${field}: ${example}')`);
    }
    if (typeof value === 'object')
        throw new errors/* InputError */.dz('target', `'${field}' must be text, got a ${Array.isArray(value) ? 'list' : 'mapping'}`);
    return String(value).trim();
}
/** An optional text field of the target. */
function optionalField(target, field) {
    const value = target[field];
    if (value === undefined || value === null || String(value).trim() === '')
        return undefined;
    if (typeof value === 'object')
        throw new errors/* InputError */.dz('target', `'${field}' must be text, got a ${Array.isArray(value) ? 'list' : 'mapping'}`);
    return String(value).trim();
}
/** Refuses fields the provider does not know, so a typo is not silently ignored. */
function onlyFields(target, known, provider) {
    const unknown = Object.keys(target).filter((k) => !known.includes(k));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz('target', `unknown ${provider} setting(s) ${unknown.map((k) => `'${k}'`).join(', ')}; expected ${known.map((k) => `'${k}'`).join(', ')}`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/src/deploy/providers/shell.js
/** Runs a user's shell command with extra environment, capturing its output for errors and logs. */

/** Last few lines of a command's output, for an error message. */
function tail(text, lines = 5) {
    return text.trim().split('\n').slice(-lines).join(' | ');
}
/** Runs `command` with `sh -c`; rejects on a non-zero exit, a signal or the timeout. */
function runShell(command, env, timeoutMs) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('sh', ['-c', command], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve({ stdout, stderr });
            else {
                const how = signal ? `was killed by ${signal}${signal === 'SIGKILL' ? ` (timeout ${timeoutMs} ms?)` : ''}` : `exited with code ${code}`;
                reject(new Error(`\`${command}\` ${how}${stderr.trim() ? `: ${tail(stderr)}` : ''}`));
            }
        });
    });
}

;// CONCATENATED MODULE: ./lib/src/deploy/providers/command.js
/**
 * The command provider: the user's own command sets the weight on any platform, run with
 * CANARY_WEIGHT (the canary's percent), CANARY_STABLE_WEIGHT (100 minus it) and CANARY_PHASE
 * (`step`, `promote` or `rollback`) in its environment. An optional `read-command` prints the
 * canary's current percent, so the weight is verified like the other providers'; without it the
 * command's exit status is all there is to go by, and the report says the weight is unverified.
 */





const COMMAND_FIELDS = ['command', 'read-command', 'stable', 'canary', 'timeout'];
class CommandProvider {
    command;
    readCommand;
    names;
    timeoutMs;
    name = 'command';
    endpoint;
    /** More environment for the command, e.g. the model being deployed (CANARY_MODEL_*). */
    extraEnv = {};
    constructor(command, readCommand, names, timeoutMs) {
        this.command = command;
        this.readCommand = readCommand;
        this.names = names;
        this.timeoutMs = timeoutMs;
        this.endpoint = `command \`${command}\``;
    }
    /** Adds variables to the environment of every later command. */
    addEnv(env) {
        this.extraEnv = { ...this.extraEnv, ...env };
    }
    async setWeight(weight, phase) {
        const { stdout } = await runShell(this.command, this.env(weight, phase), this.timeoutMs);
        if (stdout.trim())
            core/* info */.pq(stdout.trimEnd());
    }
    async readWeight() {
        if (!this.readCommand)
            return undefined;
        const { stdout } = await runShell(this.readCommand, this.env(undefined, undefined), this.timeoutMs);
        const last = stdout.trim().split('\n').pop()?.trim() ?? '';
        if (!/^\d+(\.\d+)?$/.test(last))
            throw new Error(`read-command \`${this.readCommand}\` printed '${last}', not the canary's percent`);
        return Number(last);
    }
    placeholders(variant) {
        return { server: this.names[variant] };
    }
    env(weight, phase) {
        return {
            ...this.extraEnv,
            ...(weight === undefined ? {} : { CANARY_WEIGHT: String(weight), CANARY_STABLE_WEIGHT: String(100 - weight) }),
            ...(phase ? { CANARY_PHASE: phase } : { CANARY_PHASE: 'read' }),
            CANARY_STABLE: this.names.stable,
            CANARY_CANARY: this.names.canary,
        };
    }
}
/** Builds the provider from the `target` settings. */
function createCommandProvider(value) {
    const target = targetObject(value, 'command');
    onlyFields(target, COMMAND_FIELDS, 'command');
    const command = requiredField(target, 'command', 'command', './deploy/set-weight.sh');
    const timeoutText = optionalField(target, 'timeout') ?? '5m';
    const timeoutMs = (0,duration/* parseDuration */.E)(timeoutText);
    if (timeoutMs === undefined || timeoutMs <= 0)
        throw new errors/* InputError */.dz('target', `'timeout' must be a duration such as 30s or 5m, got '${timeoutText}'`);
    const names = { stable: optionalField(target, 'stable') ?? 'stable', canary: optionalField(target, 'canary') ?? 'canary' };
    return new CommandProvider(command, optionalField(target, 'read-command'), names, timeoutMs);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/src/deploy/providers/haproxy-socket.js
/**
 * One command to HAProxy's runtime API (the `stats socket`): connect, send the line, read the
 * answer until HAProxy closes the connection (non-interactive mode does after one command).
 */

/** Parses a runtime API address; undefined when it is none of the accepted forms. */
function parseRuntimeAddress(text) {
    const value = text.trim();
    if (value.startsWith('unix:'))
        return { kind: 'unix', path: value.slice(5) };
    if (value.startsWith('/'))
        return { kind: 'unix', path: value };
    const match = /^(?:tcp:|ipv4@)?([^:\s]+):(\d{1,5})$/.exec(value);
    if (!match)
        return undefined;
    const port = Number(match[2]);
    return port > 0 && port < 65536 ? { kind: 'tcp', host: match[1], port } : undefined;
}
/** Sends one command and returns HAProxy's answer (trimmed). */
function runtimeCommand(address, command, timeoutMs = 5000) {
    return new Promise((resolve, reject) => {
        const socket = address.kind === 'tcp' ? (0,external_node_net_.connect)(address.port, address.host) : (0,external_node_net_.connect)(address.path);
        let answer = '';
        socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        socket.on('connect', () => socket.end(`${command}\n`));
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('error', reject);
        socket.on('close', (hadError) => {
            if (!hadError)
                resolve(answer.trim());
        });
    });
}

;// CONCATENATED MODULE: ./lib/src/deploy/providers/haproxy.js



const HAPROXY_FIELDS = ['runtime-api', 'backend', 'stable', 'canary'];
class HaproxyProvider {
    address;
    addressText;
    backend;
    servers;
    name = 'haproxy';
    endpoint;
    constructor(address, addressText, backend, servers) {
        this.address = address;
        this.addressText = addressText;
        this.backend = backend;
        this.servers = servers;
        this.endpoint = `HAProxy runtime API ${addressText} (backend ${backend})`;
    }
    async setWeight(weight, _phase) {
        // Raise the side that gains first, so the two never sum to 0 (which would refuse traffic).
        const order = weight >= 50 ? ['canary', 'stable'] : ['stable', 'canary'];
        for (const variant of order) {
            const value = variant === 'canary' ? weight : 100 - weight;
            await this.command(`set weight ${this.backend}/${this.servers[variant]} ${value}`, true);
        }
    }
    async readWeight() {
        const canary = await this.serverWeight('canary');
        const stable = await this.serverWeight('stable');
        if (canary + stable === 0)
            throw new Error(`both servers of backend ${this.backend} have weight 0: no traffic is served`);
        return Math.round((100 * canary) / (canary + stable));
    }
    placeholders(variant) {
        return { server: this.servers[variant], backend: this.backend };
    }
    async serverWeight(variant) {
        const answer = await this.command(`get weight ${this.backend}/${this.servers[variant]}`, false);
        // `10 (initial 1)`: the current weight first.
        const match = /^(\d+)\s*\(initial/.exec(answer);
        if (!match)
            throw new Error(`'get weight ${this.backend}/${this.servers[variant]}' answered '${answer}'`);
        return Number(match[1]);
    }
    async command(command, expectEmpty) {
        const answer = await runtimeCommand(this.address, command);
        // `set weight` answers nothing on success and a message (No such server., ...) on failure.
        if (expectEmpty && answer !== '')
            throw new Error(`'${command}' answered '${answer}'`);
        return answer;
    }
}
/** Builds the provider from the `target` settings. */
function createHaproxyProvider(value) {
    const target = targetObject(value, 'haproxy');
    onlyFields(target, HAPROXY_FIELDS, 'haproxy');
    const addressText = requiredField(target, 'runtime-api', 'haproxy', 'tcp:127.0.0.1:9999');
    const address = parseRuntimeAddress(addressText);
    if (!address)
        throw new errors/* InputError */.dz('target', `'runtime-api' must be tcp:HOST:PORT or unix:/PATH, got '${addressText}'`);
    const backend = requiredField(target, 'backend', 'haproxy', 'model');
    const stable = requiredField(target, 'stable', 'haproxy', 'v1');
    const canary = requiredField(target, 'canary', 'haproxy', 'v2');
    if (stable === canary)
        throw new errors/* InputError */.dz('target', `'stable' and 'canary' must be different servers, both are '${stable}'`);
    return new HaproxyProvider(address, addressText, backend, { stable, canary });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/runner/atomic-write.js
var atomic_write = __webpack_require__(4054);
;// CONCATENATED MODULE: ./lib/src/deploy/providers/nginx.js
/**
 * NGINX: the upstream block is written to an include file (atomically) and NGINX reloaded;
 * a reload lets old workers finish their requests. Open-source NGINX has no API that reports
 * upstream weights, so the weight is read back from the include file it loads, and the reload
 * command's exit status (`nginx -s reload` checks the configuration first) tells whether it was
 * taken. NGINX weights must be at least 1: a side at 0% is marked `down` instead.
 */







const NGINX_FIELDS = ['upstream-file', 'upstream', 'stable', 'canary', 'reload', 'timeout'];
/** The upstream block for `weight` percent to the canary. */
function upstreamBlock(upstream, servers, weight) {
    const line = (server, share) => `    server ${server}${share > 0 ? ` weight=${share}` : ' down'};`;
    return [
        `# Written by canary-deploy: canary-weight=${weight}`,
        `upstream ${upstream} {`,
        line(servers.stable, 100 - weight),
        line(servers.canary, weight),
        '}',
        '',
    ].join('\n');
}
class NginxProvider {
    file;
    upstream;
    servers;
    reload;
    timeoutMs;
    name = 'nginx';
    endpoint;
    constructor(file, upstream, servers, reload, timeoutMs) {
        this.file = file;
        this.upstream = upstream;
        this.servers = servers;
        this.reload = reload;
        this.timeoutMs = timeoutMs;
        this.endpoint = `NGINX upstream ${upstream} in ${file}, reloaded by \`${reload}\``;
    }
    async setWeight(weight, _phase) {
        (0,atomic_write/* writeFileAtomic */.Z)(this.file, upstreamBlock(this.upstream, this.servers, weight), 'NGINX upstream include');
        await runShell(this.reload, {}, this.timeoutMs);
    }
    async readWeight() {
        if (!(0,external_node_fs_.existsSync)(this.file))
            throw new Error(`${this.file} does not exist`);
        const match = /canary-weight=(\d+)/.exec((0,external_node_fs_.readFileSync)(this.file, 'utf8'));
        if (!match)
            throw new Error(`${this.file} was not written by canary-deploy (no canary-weight marker)`);
        return Number(match[1]);
    }
    placeholders(variant) {
        return { server: this.servers[variant], upstream: this.upstream };
    }
}
/** Builds the provider from the `target` settings. */
function createNginxProvider(value) {
    const target = targetObject(value, 'nginx');
    onlyFields(target, NGINX_FIELDS, 'nginx');
    const file = (0,external_node_path_.resolve)(requiredField(target, 'upstream-file', 'nginx', '/etc/nginx/conf.d/model-upstream.conf'));
    const upstream = requiredField(target, 'upstream', 'nginx', 'model');
    const stable = requiredField(target, 'stable', 'nginx', '127.0.0.1:8001');
    const canary = requiredField(target, 'canary', 'nginx', '127.0.0.1:8002');
    if (stable === canary)
        throw new errors/* InputError */.dz('target', `'stable' and 'canary' must be different servers, both are '${stable}'`);
    const timeoutText = optionalField(target, 'timeout') ?? '1m';
    const timeoutMs = (0,duration/* parseDuration */.E)(timeoutText);
    if (timeoutMs === undefined || timeoutMs <= 0)
        throw new errors/* InputError */.dz('target', `'timeout' must be a duration such as 30s, got '${timeoutText}'`);
    return new NginxProvider(file, upstream, { stable, canary }, optionalField(target, 'reload') ?? 'nginx -s reload', timeoutMs);
}

;// CONCATENATED MODULE: ./lib/src/deploy/providers/index.js



const PROVIDERS = {
    haproxy: createHaproxyProvider,
    nginx: createNginxProvider,
    command: createCommandProvider,
};
const PROVIDER_NAMES = Object.keys(PROVIDERS);
/** The provider of that name, configured from the parsed `target` input. */
function createProvider(name, target) {
    return PROVIDERS[name](target);
}

// EXTERNAL MODULE: ./lib/src/registry/open.js
var registry_open = __webpack_require__(5174);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/src/deploy/provider.js
/**
 * The traffic provider interface: everything canary-deploy needs from a platform that splits
 * traffic between a stable and a canary version. Each method is idempotent (setting the same
 * weight twice is harmless), so a retried or repeated call (the post step after main) is safe.
 * A Kubernetes Gateway API provider (HTTPRoute backendRefs weights), KServe
 * (`canaryTrafficPercent`) or SageMaker (production variant weights) implements the same four
 * methods and adds one line to providers/index.ts.
 */
/** Rollback and promotion are weights 0 and 100: one code path, verified like any step. */
const ROLLBACK_WEIGHT = 0;
const PROMOTE_WEIGHT = 100;

;// CONCATENATED MODULE: ./lib/src/deploy/verified.js
/**
 * Provider calls as canary-deploy makes them: retried with backoff, then verified by reading
 * the weight back. A provider that still fails is a ProviderError naming it and its endpoint,
 * so a rollback that could not be made fails the job loudly with something to act on.
 */




/** A provider call that failed after every retry. */
class ProviderError extends errors/* UserError */.yo {
    constructor(provider, what, cause, attempts) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        super(`${provider.name} provider (${provider.endpoint}): could not ${what} after ${attempts} attempt(s): ${detail}`, {
            cause,
            title: `canary-deploy: ${provider.name} provider failed`,
        });
        this.name = 'ProviderError';
    }
}
/** Sets the weight, reads it back and retries the pair until they agree. */
async function applyWeight(provider, weight, phase, retry = DEFAULT_RETRY) {
    const what = phase === 'rollback' ? 'roll back (canary weight 0)' : phase === 'promote' ? 'promote (canary weight 100)' : `set the canary weight to ${weight}`;
    try {
        return await withRetry(async () => {
            await provider.setWeight(weight, phase);
            const readBack = await provider.readWeight();
            if (readBack !== undefined && readBack !== weight) {
                throw new Error(`the weight read back is ${readBack}, not ${weight}`);
            }
            return { weight, readBack };
        }, {
            ...retry,
            onRetry: (error, attempt, wait) => core/* warning */.$e(`${provider.name}: ${what} failed (attempt ${attempt} of ${retry.attempts}): ${error instanceof Error ? error.message : String(error)}; retrying in ${wait} ms`),
        });
    }
    catch (error) {
        throw new ProviderError(provider, what, error, retry.attempts);
    }
}
/** Puts all traffic back on stable and verifies it. */
function rollback(provider, retry) {
    return applyWeight(provider, ROLLBACK_WEIGHT, 'rollback', retry);
}
/** Puts all traffic on the canary and verifies it. */
function promote(provider, retry) {
    return applyWeight(provider, PROMOTE_WEIGHT, 'promote', retry);
}

;// CONCATENATED MODULE: ./lib/src/deploy/rollout.js
/**
 * The rollout: each step's weight set and verified, baked, analysed; promotion when every step
 * passed, verified rollback to stable as soon as one fails more often than tolerated or stays
 * inconclusive past max-wait. A dry run changes no weight and reports what would have happened.
 * Knows nothing of GitHub; aborting (the job was cancelled) stops
 * it without touching weights, leaving the rollback to the post step.
 */



/** Runs the rollout. A provider failure during rollback throws (ProviderError); other failures roll back first, then throw. */
async function runRollout(options) {
    const { provider, log, signal } = options;
    const report = { result: 'aborted', finalWeight: 0, reason: '', dryRun: options.dryRun, failures: 0, steps: [] };
    let changed = false;
    const setWeight = async (weight, phase) => {
        signal.throwIfAborted();
        if (options.dryRun) {
            log(`dry run: would set the canary weight to ${weight}% (${phase})`);
            return { weight, phase, weightSetAt: Date.now(), analyses: [] };
        }
        if (!changed)
            options.onFirstChange?.();
        changed = true;
        const applied = phase === 'promote' ? await promote(provider, options.retry) : phase === 'rollback' ? await rollback(provider, options.retry) : await applyWeight(provider, weight, phase, options.retry);
        report.finalWeight = weight;
        log(`${provider.name}: canary weight ${weight}% (${phase})${applied.readBack === undefined ? ', not verified: the provider cannot read weights back' : ', verified'}`);
        return { weight, phase, weightSetAt: Date.now(), ...(applied.readBack === undefined ? {} : { readBack: applied.readBack }), analyses: [] };
    };
    const finish = async (result, reason) => {
        if (result === 'rolled-back')
            report.steps.push({ ...(await setWeight(0, 'rollback')), endedAt: Date.now() });
        if (result === 'promoted')
            report.steps.push({ ...(await setWeight(PROMOTE_WEIGHT, 'promote')), endedAt: Date.now() });
        report.result = result;
        report.reason = reason;
        return report;
    };
    try {
        if (options.dryRun)
            report.finalWeight = (await provider.readWeight().catch(() => undefined)) ?? 0;
        for (const weight of options.steps) {
            if (weight === PROMOTE_WEIGHT)
                break;
            const step = await setWeight(weight, 'step');
            report.steps.push(step);
            const outcome = await bakeStep(step, options, report);
            step.endedAt = Date.now();
            if (outcome)
                return await finish('rolled-back', outcome);
        }
        return await finish('promoted', options.analyzer ? 'every step passed its analysis' : 'every step baked (no analysis configured)');
    }
    catch (error) {
        if (signal.aborted) {
            report.result = 'aborted';
            report.reason = 'cancelled: the post step rolls back';
            return report;
        }
        // Anything else (Prometheus unreachable, a provider failing mid-rollout): stable is the safe place.
        if (changed && !options.dryRun && report.result !== 'rolled-back') {
            log(`rolling back after an error: ${error.message}`);
            try {
                await finish('rolled-back', `error: ${error.message}`);
            }
            catch (rollbackError) {
                // The failed rollback is what the user must act on now; keep what led to it.
                if (rollbackError instanceof Error)
                    rollbackError.message += `; it was rolling back after: ${error.message}`;
                throw rollbackError;
            }
        }
        throw error;
    }
}
/** Bakes and analyses one step; returns why to roll back, or undefined to go on. */
async function bakeStep(step, options, report) {
    const { analyzer, log, signal } = options;
    for (;;) {
        const bakeStart = Date.now();
        log(`baking ${step.weight}% for ${Math.round(options.intervalMs / 1000)} s`);
        await (0,promises_.setTimeout)(options.intervalMs, undefined, { signal });
        if (!analyzer)
            return undefined;
        const deadline = Date.now() + options.maxWaitMs;
        let analysis;
        for (;;) {
            const windowEnd = Date.now();
            analysis = { ...(await analyzer({ startMs: bakeStart, endMs: windowEnd })), windowStart: bakeStart, windowEnd };
            signal.throwIfAborted();
            if (analysis.verdict !== 'inconclusive' || options.dryRun || Date.now() >= deadline)
                break;
            log(`${step.weight}%: inconclusive (${analysis.reason}); analysing again in ${Math.round(options.pollMs / 1000)} s`);
            await (0,promises_.setTimeout)(options.pollMs, undefined, { signal });
        }
        step.analyses.push(analysis);
        step.verdict = analysis.verdict;
        log(`${step.weight}%: ${analysis.verdict}: ${analysis.reason}`);
        if (analysis.verdict === 'pass')
            return undefined;
        if (analysis.verdict === 'inconclusive')
            return `step ${step.weight}% stayed inconclusive past max-wait: ${analysis.reason}`;
        report.failures++;
        if (report.failures > options.failureLimit)
            return `step ${step.weight}% failed: ${analysis.reason}`;
        log(`${report.failures} failed analysis(es), ${options.failureLimit} tolerated: baking ${step.weight}% again`);
    }
}

// EXTERNAL MODULE: ./lib/src/github/client.js
var client = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/src/github/context.js
var github_context = __webpack_require__(2963);
;// CONCATENATED MODULE: ./lib/src/github/deployment-run.js
/**
 * Which deployment belongs to this workflow run. Two kinds qualify:
 *
 * - Ours: deployments we create carry `workflow_run_id` and `workflow_run_attempt` in their
 *   payload, so a later step of the same run attempt (another canary-deploy call, the post
 *   step) finds it again by payload alone.
 * - The job's: a job with `environment:` makes GitHub create a deployment before the job's
 *   first step, with an empty payload and statuses (queued, then in_progress) whose
 *   `log_url`/`target_url` is the job's page, `<server>/<owner>/<repo>/actions/runs/<run id>/job/<job id>`
 *   (observed on github.com and relied on by public tooling that ties deployments to runs;
 *   GitHub does not document the URL's shape). The run id in that URL is the only link
 *   from the deployment to the run. A run attempt gets a new deployment but keeps the run
 *   id, so only a deployment whose newest status is still active (queued, pending,
 *   in_progress) counts: the current job's is, an earlier attempt's has a final status.
 */
/** Deployment statuses that mean the job owning the deployment is still running. */
const ACTIVE_STATES = new Set(['queued', 'pending', 'in_progress']);
/** This run's identity from `env`, read when called; undefined outside GitHub Actions. */
function currentRun(env = process.env) {
    const id = env.GITHUB_RUN_ID;
    if (!id || !/^\d+$/.test(id))
        return undefined;
    return { id, attempt: env.GITHUB_RUN_ATTEMPT || '1', serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
}
/** The payload fields that mark a deployment as created by `run`. */
function runPayload(run) {
    return { workflow_run_id: Number(run.id), workflow_run_attempt: Number(run.attempt) };
}
/** Whether a deployment's payload says we created it in this run attempt. */
function isOurs(payload, run) {
    if (!payload || typeof payload !== 'object')
        return false;
    const p = payload;
    return String(p.workflow_run_id) === run.id && String(p.workflow_run_attempt ?? '1') === run.attempt;
}
/** Whether `url` is a page of this run (`…/actions/runs/<id>` or below it) in owner/repo. */
function isRunUrl(url, owner, repo, run) {
    if (!url)
        return false;
    const prefix = `${run.serverUrl}/${owner}/${repo}/actions/runs/${run.id}`.toLowerCase();
    const lower = url.toLowerCase();
    return lower === prefix || lower.startsWith(`${prefix}/`) || lower.startsWith(`${prefix}?`);
}
/**
 * Whether statuses (newest first, as GitHub lists them) show the deployment of a job of this
 * run that is still running.
 */
function isJobDeploymentOfRun(statuses, owner, repo, run) {
    const newest = statuses[0];
    if (!newest || !ACTIVE_STATES.has(newest.state))
        return false;
    return statuses.some((s) => isRunUrl(s.log_url, owner, repo, run) || isRunUrl(s.target_url, owner, repo, run));
}

// EXTERNAL MODULE: ./lib/src/github/permissions.js
var permissions = __webpack_require__(7008);
// EXTERNAL MODULE: ./lib/src/github/status.js
var github_status = __webpack_require__(9412);
// EXTERNAL MODULE: ./lib/src/github/errors.js
var github_errors = __webpack_require__(4369);
;// CONCATENATED MODULE: ./lib/src/github/deployments.js





/** Deployments looked at when searching this run's; newer ones come first. */
const SEARCH_DEPTH = 30;
/** Of those, at most this many have their statuses read (one request each). */
const STATUS_LOOKUPS = 10;
const PERMISSION = 'deployments: write';
/** The deployment of this run for ref and environment, if any (ours or the job's). */
async function findRunDeployment(options, run) {
    const { octokit, owner, repo, environment } = options;
    const bySha = /^[0-9a-f]{40}$/i.test(options.ref);
    const { data } = await octokit.rest.repos.listDeployments({
        owner,
        repo,
        environment,
        ...(bySha ? { sha: options.ref.toLowerCase() } : { ref: options.ref }),
        per_page: SEARCH_DEPTH,
    });
    const ours = data.find((d) => isOurs(d.payload, run));
    if (ours)
        return { id: ours.id, url: ours.url };
    // The job's deployment has GitHub's empty payload; anything with a payload was made by a tool.
    const bare = data.filter((d) => typeof d.payload === 'string' ? d.payload === '' : Object.keys(d.payload ?? {}).length === 0);
    for (const deployment of bare.slice(0, STATUS_LOOKUPS)) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 100 });
        if (isJobDeploymentOfRun(statuses, owner, repo, run))
            return { id: deployment.id, url: deployment.url };
    }
    return undefined;
}
/**
 * Finds the deployment this run already has for `ref` in `environment`, or creates one with
 * `auto_merge: false` (a canary deploys exactly this ref, never a merge GitHub makes) and
 * `required_contexts: []` (the gates ran before; pending checks of this very run must not
 * block the record). Outside a workflow run nothing can be reused, so it always creates.
 * Note that GitHub itself sets the final status of a job's deployment when the job ends,
 * after any status set here: success or failure as the job ended.
 */
async function findOrCreateDeployment(options) {
    const { octokit, owner, repo } = options;
    const run = options.run ?? currentRun();
    const action = `record the deployment to '${options.environment}' in ${owner}/${repo}`;
    return (0,permissions/* withPermission */.IW)({ permission: PERMISSION, action }, async () => {
        const existing = run ? await findRunDeployment(options, run) : undefined;
        if (existing)
            return { ...existing, action: 'reused' };
        const response = await octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: options.ref,
            environment: options.environment,
            description: (0,github_status/* fitDescription */.Am)(options.description),
            payload: { ...options.payload, ...(run ? runPayload(run) : {}) },
            auto_merge: false,
            required_contexts: [],
            ...(options.transient === undefined ? {} : { transient_environment: options.transient }),
            ...(options.production === undefined ? {} : { production_environment: options.production }),
        });
        const { data } = response;
        // 202 is GitHub merging the default branch instead of deploying; auto_merge is off, so
        // this should not happen, but a deployment without an id must not pass for one.
        if (!('id' in data)) {
            throw new errors/* ServiceError */._7(github_errors/* GITHUB_SERVICE */.c, 'POST /repos/{owner}/{repo}/deployments', response.status, `no deployment was created: ${data.message ?? 'no message'}`);
        }
        return { id: data.id, url: data.url, action: 'created' };
    });
}
/**
 * Adds a status to the deployment: `in_progress` while the canary bakes, then `success`,
 * `failure` (rolled back), `error` (could not finish) or `inactive`. The log URL links the
 * run; the environment URL, when given, becomes the deployment's "View deployment" link.
 */
async function setDeploymentStatus(options) {
    const { octokit, owner, repo } = options;
    const action = `set the status of deployment ${options.deploymentId} in ${owner}/${repo}`;
    return (0,permissions/* withPermission */.IW)({ permission: PERMISSION, action }, async () => {
        const { data } = await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: options.deploymentId,
            state: options.state,
            log_url: options.logUrl,
            description: (0,github_status/* fitDescription */.Am)(options.description),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
        });
        return { id: data.id, url: data.url };
    });
}

;// CONCATENATED MODULE: ./lib/actions/canary-deploy/deployment.js
/**
 * The GitHub Deployment of a rollout: found or created when it starts (reusing the one a
 * job-level `environment:` made), `in_progress` while it runs, then `success` (promoted),
 * `failure` (rolled back, by main or the post step) or `inactive` (a dry run: nothing was deployed).
 */





/** The client and links for the deployment record; the token is required once an environment is set. */
function deploymentTarget(token, environmentUrl) {
    if (!token)
        throw new errors/* InputError */.dz('github-token', 'is needed to record the deployment (`environment` is set), but it is empty');
    const context = (0,github_context/* getGitHubContext */.f)();
    return {
        octokit: (0,client/* createOctokit */.Qi)(token),
        owner: context.owner,
        repo: context.repo,
        logUrl: context.runUrl ?? `${context.serverUrl}/${context.owner}/${context.repo}/actions`,
        environmentUrl,
    };
}
/** Finds or creates the deployment and marks it in_progress; returns its id. */
async function startDeployment(target, environment, payload, description) {
    const context = (0,github_context/* getGitHubContext */.f)();
    const ref = context.headSha ?? process.env.GITHUB_REF ?? 'HEAD';
    const deployment = await findOrCreateDeployment({ octokit: target.octokit, owner: target.owner, repo: target.repo, ref, environment, payload, description });
    core/* info */.pq(`GitHub Deployment ${deployment.id} to '${environment}' (${deployment.action})`);
    await markDeployment(target, deployment.id, 'in_progress', description);
    return deployment.id;
}
/** Adds a status to the deployment. */
async function markDeployment(target, id, state, description) {
    await setDeploymentStatus({
        octokit: target.octokit,
        owner: target.owner,
        repo: target.repo,
        deploymentId: id,
        state,
        logUrl: target.logUrl,
        environmentUrl: target.environmentUrl,
        description,
    });
}

;// CONCATENATED MODULE: ./lib/src/deploy/analysis-config.js
/**
 * The analysis format (the `analysis` input, YAML inline or in a file): which metrics judge the
 * canary, each a PromQL query with placeholders (or a preset), and its rules. See the README.
 */



const METRIC_FIELDS = ['name', 'query', 'preset', 'max', 'min', 'max-increase-pct', 'max-decrease-pct', 'compare'];
const COMPARE_FIELDS = ['test', 'confidence', 'direction', 'allowed-increase', 'allowed-decrease'];
const TOP_FIELDS = ['metrics', 'requests', 'min-samples', 'resolution', 'rate-window', 'scrape'];
function fail(where, problem, file) {
    throw new errors/* InputError */.dz('analysis', `${where}: ${problem}`, { file });
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkFields(value, known, where, file) {
    const unknown = Object.keys(value).filter((k) => !known.includes(k));
    if (unknown.length)
        fail(where, `unknown field(s) ${unknown.map((k) => `'${k}'`).join(', ')}; expected ${known.join(', ')}`, file);
}
function numberField(value, field, where, file, min) {
    const raw = value[field];
    if (raw === undefined || raw === null)
        return undefined;
    if (typeof raw !== 'number' || !Number.isFinite(raw))
        fail(where, `'${field}' must be a number, got ${JSON.stringify(raw)}`, file);
    if (min !== undefined && raw < min)
        fail(where, `'${field}' must be at least ${min}, got ${raw}`, file);
    return raw;
}
function parseCompare(raw, where, file) {
    if (!isMapping(raw))
        fail(where, `'compare' must be a mapping such as {confidence: 0.95, direction: increase}`, file);
    checkFields(raw, COMPARE_FIELDS, `${where}.compare`, file);
    const test = raw.test ?? 'mann-whitney';
    if (test !== 'mann-whitney')
        fail(`${where}.compare`, `'test' must be mann-whitney, got '${String(test)}'`, file);
    const confidence = numberField(raw, 'confidence', `${where}.compare`, file) ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        fail(`${where}.compare`, `'confidence' must be between 0 and 1 exclusive, got ${confidence}`, file);
    const direction = raw.direction ?? 'increase';
    if (direction !== 'increase' && direction !== 'decrease' && direction !== 'either') {
        fail(`${where}.compare`, `'direction' must be increase, decrease or either, got '${String(direction)}'`, file);
    }
    const allowedIncrease = numberField(raw, 'allowed-increase', `${where}.compare`, file, 1) ?? 1;
    const allowedDecrease = numberField(raw, 'allowed-decrease', `${where}.compare`, file, 0) ?? 1;
    if (allowedDecrease > 1)
        fail(`${where}.compare`, `'allowed-decrease' must be at most 1, got ${allowedDecrease}`, file);
    return { test: 'mann-whitney', confidence, direction, allowedIncrease, allowedDecrease };
}
/** `scrape: {stable: <url or list>, canary: <url or list>}`. */
function parseScrape(raw, file) {
    const example = 'such as {stable: http://127.0.0.1:8001/metrics, canary: http://127.0.0.1:8002/metrics}';
    if (!isMapping(raw))
        fail('analysis.scrape', `expected a mapping of each side's /metrics URL(s), ${example}`, file);
    checkFields(raw, ['stable', 'canary'], 'analysis.scrape', file);
    const urls = (variant) => {
        const value = raw[variant];
        const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
        if (list.length === 0)
            fail('analysis.scrape', `'${variant}' needs the /metrics URL(s) of the ${variant} model, ${example}`, file);
        return list.map((item) => {
            const url = String(item).trim();
            if (!/^https?:\/\/[^\s/]+/.test(url))
                fail('analysis.scrape', `'${variant}': expected http(s) URLs of /metrics endpoints, got '${url}'`, file);
            return url;
        });
    };
    const scrape = { stable: urls('stable'), canary: urls('canary') };
    const shared = scrape.stable.find((u) => scrape.canary.includes(u));
    if (shared)
        fail('analysis.scrape', `'${shared}' is listed for both sides: each side's metrics must come from its own endpoint`, file);
    return scrape;
}
function parseMetric(raw, index, provider, file, scrape) {
    const where = `metrics[${index}]`;
    if (!isMapping(raw))
        fail(where, 'each metric must be a mapping with a query or preset', file);
    checkFields(raw, METRIC_FIELDS, where, file);
    const presets = presetsFor(provider);
    let query;
    if (raw.preset !== undefined) {
        if (raw.query !== undefined)
            fail(where, `give 'query' or 'preset', not both`, file);
        const preset = presets[String(raw.preset)];
        if (!preset)
            fail(where, `the ${provider} provider has no preset '${String(raw.preset)}'; presets: ${Object.keys(presets).join(', ')}`, file);
        if (scrape && providerPresetNames(provider).includes(String(raw.preset))) {
            fail(where, `preset '${String(raw.preset)}' reads the ${provider} provider's own exporter, which scrape mode does not scrape (only the variants' endpoints); use an http-* preset or a query on the model servers' metrics`, file);
        }
        query = preset.query;
    }
    else if (typeof raw.query === 'string' && raw.query.trim()) {
        query = raw.query.trim();
    }
    else
        fail(where, `needs a 'query' (PromQL with {{ variant }}) or a 'preset' (${Object.keys(presets).join(', ')})`, file);
    const name = raw.name !== undefined ? String(raw.name) : raw.preset !== undefined ? String(raw.preset) : fail(where, `needs a 'name'`, file);
    const metric = {
        name,
        query,
        max: numberField(raw, 'max', where, file),
        min: numberField(raw, 'min', where, file),
        maxIncreasePct: numberField(raw, 'max-increase-pct', where, file, 0),
        maxDecreasePct: numberField(raw, 'max-decrease-pct', where, file, 0),
        compare: raw.compare === undefined ? undefined : parseCompare(raw.compare, where, file),
    };
    if ([metric.max, metric.min, metric.maxIncreasePct, metric.maxDecreasePct, metric.compare].every((r) => r === undefined)) {
        fail(`${where} (${name})`, 'has no rule: give max, min, max-increase-pct, max-decrease-pct and/or compare', file);
    }
    return metric;
}
/** Parses and checks the analysis; presets are resolved for the provider. */
function parseAnalysis(value, provider, file) {
    if (!isMapping(value))
        fail('analysis', 'expected a mapping with `metrics:`', file);
    checkFields(value, TOP_FIELDS, 'analysis', file);
    if (!Array.isArray(value.metrics) || value.metrics.length === 0)
        fail('analysis', "'metrics' must be a non-empty list", file);
    const scrape = value.scrape === undefined || value.scrape === null ? undefined : parseScrape(value.scrape, file);
    const metrics = value.metrics.map((m, i) => parseMetric(m, i, provider, file, scrape !== undefined));
    const names = metrics.map((m) => m.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate)
        fail('analysis', `two metrics are named '${duplicate}'`, file);
    let requests;
    if (value.requests !== undefined && value.requests !== null) {
        const text = String(value.requests).trim();
        requests = presetsFor(provider)[text]?.query ?? text;
    }
    const resolutionText = value.resolution === undefined ? undefined : String(value.resolution);
    const resolutionMs = resolutionText === undefined ? undefined : (0,duration/* parseDuration */.E)(resolutionText);
    if (resolutionText !== undefined && !(resolutionMs && resolutionMs >= 1000))
        fail('analysis', `'resolution' must be a duration of at least 1s, got '${resolutionText}'`, file);
    const rateWindow = value['rate-window'] === undefined ? '1m' : String(value['rate-window']).trim();
    if (!/^(\d+(ms|s|m|h|d))+$/.test(rateWindow))
        fail('analysis', `'rate-window' must be a PromQL duration such as 30s or 1m, got '${rateWindow}'`, file);
    return { metrics, requests, minSamples: numberField(value, 'min-samples', 'analysis', file, 0), resolutionMs, rateWindow, ...(scrape ? { scrape } : {}) };
}

;// CONCATENATED MODULE: ./lib/src/deploy/scrape/check.js
/** Scrape mode's check before any weight changes: every filled query must be PromQL it can evaluate. */



function checkScrapeQueries(config, provider, file) {
    for (const { what, query } of filledQueries(config, provider)) {
        try {
            parsePromql(query);
        }
        catch (error) {
            if (!(error instanceof PromqlError))
                throw error;
            throw new errors/* InputError */.dz('analysis', `${what}: scrape mode cannot evaluate '${query}': ${error.message}`, { file });
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/deploy/steps.js
/** The `steps` input: the canary's percent of traffic at each step. */

/** Parses `10,50,100` into ascending whole percents in 1..100; refuses anything else. */
function parseSteps(items) {
    if (items.length === 0)
        throw new errors/* InputError */.dz('steps', 'expected at least one percent, such as 10,50,100');
    const steps = items.map((item) => {
        const text = item.replace(/%$/, '').trim();
        if (!/^\d+$/.test(text))
            throw new errors/* InputError */.dz('steps', `expected whole percents between 1 and 100, got '${item}'`);
        const value = Number(text);
        if (value < 1 || value > 100)
            throw new errors/* InputError */.dz('steps', `expected whole percents between 1 and 100, got '${item}'`);
        return value;
    });
    for (let i = 1; i < steps.length; i++) {
        if (steps[i] <= steps[i - 1])
            throw new errors/* InputError */.dz('steps', `each step must be larger than the one before, got ${steps.join(',')}`);
    }
    return steps;
}

// EXTERNAL MODULE: ./lib/src/registry/names.js
var names = __webpack_require__(8064);
;// CONCATENATED MODULE: ./lib/actions/canary-deploy/model.js
/**
 * The model a rollout deploys (the `model` input, `<name>@<version>` as register-model outputs
 * it) and the registry alias a promotion moves (`promote-alias`). The version is looked up
 * before any weight changes, so a typo never half-deploys anything; the alias moves only after
 * a real (not dry-run) promotion.
 */


/** Parses `<name>@<version>`; the version may also be an alias, resolved on lookup. */
function parseModelRef(text, input = 'model') {
    const at = text.lastIndexOf('@');
    if (at <= 0 || at === text.length - 1) {
        throw new errors/* InputError */.dz(input, `expected <name>@<version> (register-model's outputs, e.g. churn-classifier@3), got '${text}'`);
    }
    const name = (0,names/* checkModelName */.Xs)(text.slice(0, at).trim(), input);
    const ref = (0,names/* checkVersion */.ps)(text.slice(at + 1).trim(), input);
    return { name, ref };
}
/** Checks promote-alias by the registry's alias rules. */
function parsePromoteAlias(alias, model) {
    if (alias === undefined)
        return undefined;
    if (!model)
        throw new errors/* InputError */.dz('promote-alias', `moves a registry alias to the deployed version, so it needs \`model\` (<name>@<version>), which is empty`);
    return (0,names/* checkAlias */.ff)(alias.trim(), 'promote-alias');
}
/** Looks the version up; an unknown one is an InputError before anything changes. */
async function resolveModel(registry, ref) {
    const found = await registry.getVersion(ref.name, ref.ref);
    if (!found) {
        throw new errors/* InputError */.dz('model', `${registry.label} has no version or alias '${ref.ref}' of model '${ref.name}': register it first (register-model) or check the \`registry\` input`);
    }
    return { name: found.name, version: found.version, digest: found.digest, uri: found.uri, registry: registry.label };
}
/** The version `alias` points at now, if any. */
async function aliasTarget(registry, name, alias) {
    return (await registry.getVersion(name, alias))?.version;
}
/** Points the alias at the deployed version, reporting where it pointed before. */
async function moveAlias(registry, model, alias) {
    const from = await aliasTarget(registry, model.name, alias);
    if (from === model.version)
        return { alias, from, to: model.version, outcome: 'unchanged' };
    await registry.setAlias(model.name, alias, model.version);
    return { alias, ...(from === undefined ? {} : { from }), to: model.version, outcome: 'moved' };
}
/** The environment the `command` provider gets about the model. */
function modelEnv(model) {
    if (!model)
        return {};
    return { CANARY_MODEL_NAME: model.name, CANARY_MODEL_VERSION: model.version, CANARY_MODEL_DIGEST: model.digest, CANARY_MODEL_URI: model.uri };
}
/** One sentence on the alias, for the summary and logs. */
function describeAlias(move) {
    const before = move.from === undefined ? 'did not exist before' : `pointed at version ${move.from}`;
    switch (move.outcome) {
        case 'moved':
            return `registry alias '${move.alias}' moved to version ${move.to} (it ${before})`;
        case 'unchanged':
            return `registry alias '${move.alias}' already pointed at version ${move.to}`;
        case 'would-move':
            return `dry run: registry alias '${move.alias}' would move to version ${move.to} (it ${before})`;
        case 'not-moved':
            return `registry alias '${move.alias}' not moved: ${move.from === undefined ? 'it still does not exist' : `it stays on version ${move.from}`}`;
    }
}

;// CONCATENATED MODULE: ./lib/actions/canary-deploy/plan.js
/** Reads and checks every input of canary-deploy before anything changes. */








/** The plan from the inputs; every mistake is an InputError naming its input. */
function readPlan(inputs) {
    const providerName = inputs.enumeration('provider', PROVIDER_NAMES);
    const target = inputs.structured('target')?.value;
    const provider = createProvider(providerName, target);
    const steps = parseSteps(inputs.list('steps'));
    const modelText = inputs.string('model');
    const model = modelText === undefined ? undefined : parseModelRef(modelText.trim());
    const promoteAlias = parsePromoteAlias(inputs.string('promote-alias'), model);
    const intervalMs = inputs.duration('interval') ?? 300_000;
    if (intervalMs < 1000)
        throw new errors/* InputError */.dz('interval', 'must be at least 1s');
    const analysisInput = inputs.structured('analysis');
    const prometheusUrl = inputs.string('prometheus-url');
    let analysis;
    if (analysisInput) {
        analysis = parseAnalysis(analysisInput.value, providerName, analysisInput.file);
        if (analysis.scrape) {
            if (prometheusUrl)
                throw new errors/* InputError */.dz('prometheus-url', 'is not used when the analysis scrapes the variants itself (`scrape:` in `analysis`): give one or the other');
            checkScrapeQueries(analysis, provider, analysisInput.file);
        }
        else {
            if (!prometheusUrl)
                throw new errors/* InputError */.dz('prometheus-url', 'is needed to run the analysis (or `scrape:` in `analysis`, to scrape the variants\' /metrics without a Prometheus server), but it is empty');
            if (!/^https?:\/\//.test(prometheusUrl))
                throw new errors/* InputError */.dz('prometheus-url', `expected an http(s) URL, got '${prometheusUrl}'`);
        }
        checkQueries(analysis, provider);
    }
    else {
        core/* warning */.$e('canary-deploy: no `analysis` given: each step only bakes for `interval`, and the canary is promoted without evidence.');
    }
    return {
        providerName,
        target,
        provider,
        steps,
        intervalMs,
        maxWaitMs: inputs.duration('max-wait') ?? 300_000,
        minSamples: inputs.integer('min-samples', { min: 0 }) ?? 50,
        failureLimit: inputs.integer('failure-limit', { min: 0 }) ?? 0,
        prometheusUrl,
        analysis,
        pollMs: analysis ? resolutionFor(analysis, intervalMs) : 1000,
        dryRun: inputs.boolean('dry-run'),
        environment: inputs.string('environment'),
        environmentUrl: inputs.string('environment-url'),
        token: inputs.string('github-token'),
        model,
        registry: inputs.requiredString('registry'),
        promoteAlias,
    };
}
/** The plan as log lines. */
function describePlan(plan) {
    const last = plan.steps.at(-1);
    return [
        ...(plan.model ? [`model: ${plan.model.name}@${plan.model.ref} from ${plan.registry}${plan.promoteAlias ? `; promotion moves alias '${plan.promoteAlias}'` : ''}`] : []),
        `provider: ${plan.provider.endpoint}`,
        `steps: ${plan.steps.map((s) => `${s}%`).join(' -> ')}${last < 100 ? ' -> 100% (promotion)' : ' (promotion)'}, each baking ${plan.intervalMs / 1000} s`,
        plan.analysis
            ? `analysis: ${plan.analysis.metrics.map((m) => m.name).join(', ')} from ${plan.analysis.scrape ? `the variants' metrics, scraped every ${plan.pollMs / 1000} s (stable ${plan.analysis.scrape.stable.join(', ')}; canary ${plan.analysis.scrape.canary.join(', ')})` : plan.prometheusUrl}; min-samples ${plan.analysis.minSamples ?? plan.minSamples}, max-wait ${plan.maxWaitMs / 1000} s, failure-limit ${plan.failureLimit}`
            : 'analysis: none',
        ...(plan.dryRun ? ['dry run: no weight will change'] : []),
    ];
}

;// CONCATENATED MODULE: ./lib/actions/canary-deploy/state.js
/**
 * What main saves for the post step (core.saveState): which provider and target to roll back
 * with, whether a rollout is still open, and the deployment to mark. Saved before the first
 * weight change, so a main step killed at any point after it still gets its rollback.
 */

const KEYS = { provider: 'canary-provider', target: 'canary-target', phase: 'canary-phase', deployment: 'canary-deployment-id', model: 'canary-model' };
function saveProvider(provider, target) {
    core/* saveState */.LZ(KEYS.provider, provider);
    core/* saveState */.LZ(KEYS.target, JSON.stringify(target ?? null));
}
function savePhase(phase) {
    core/* saveState */.LZ(KEYS.phase, phase);
}
function saveDeployment(id) {
    core/* saveState */.LZ(KEYS.deployment, String(id));
}
function saveModel(model) {
    core/* saveState */.LZ(KEYS.model, JSON.stringify(model));
}
/** What main saved; the provider is empty when main never got that far. */
function loadRollout() {
    const phase = core/* getState */.Gu(KEYS.phase);
    const deployment = core/* getState */.Gu(KEYS.deployment);
    const target = core/* getState */.Gu(KEYS.target);
    const model = core/* getState */.Gu(KEYS.model);
    return {
        provider: core/* getState */.Gu(KEYS.provider),
        target: target ? JSON.parse(target) : undefined,
        phase: phase === 'rolling' || phase === 'finished' ? phase : undefined,
        deploymentId: /^\d+$/.test(deployment) ? Number(deployment) : undefined,
        model: model ? JSON.parse(model) : undefined,
    };
}

// EXTERNAL MODULE: ./lib/src/report/markdown.js
var markdown = __webpack_require__(2560);
// EXTERNAL MODULE: ./lib/src/report/mermaid.js
var mermaid = __webpack_require__(5874);
;// CONCATENATED MODULE: ./lib/actions/canary-deploy/summary.js
/** The job summary of a rollout: the outcome, each step's verdict and numbers, a weight chart. */



const ICON = { promoted: '🟢', 'rolled-back': '🔴', aborted: '🟠' };
const VERDICT = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⏳ inconclusive' };
const num = (v) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : Number(v.toPrecision(4)).toString());
/** One line for logs and annotations. */
function oneLine(report, provider, model) {
    const what = report.dryRun ? `dry run: would have ${report.result === 'promoted' ? 'promoted' : report.result}` : report.result;
    const which = model ? ` ${model.name}@${model.version}` : '';
    return `canary-deploy (${provider}):${which} ${what} at canary weight ${report.finalWeight}%: ${report.reason}`;
}
/** The alias line of the summary. */
function aliasText(move) {
    const name = (0,markdown/* inlineCode */.ti)(move.alias);
    const before = move.from === undefined ? 'it did not exist before' : `it pointed at version ${move.from}`;
    switch (move.outcome) {
        case 'moved':
            return `${name} moved to version ${move.to} (${before})`;
        case 'unchanged':
            return `${name} already pointed at version ${move.to}`;
        case 'would-move':
            return `dry run: ${name} would move to version ${move.to} (${before})`;
        case 'not-moved':
            return `${name} not moved: ${move.from === undefined ? 'it still does not exist' : `it stays on version ${move.from}`}`;
    }
}
/** The model and alias lines under the heading. */
function modelLines(context) {
    const lines = [];
    const { model, alias } = context;
    if (model) {
        lines.push(`**Model** ${(0,markdown/* inlineCode */.ti)(`${model.name}@${model.version}`)} · digest ${(0,markdown/* inlineCode */.ti)(model.digest)} · ${(0,markdown/* inlineCode */.ti)(model.uri)} · ${(0,markdown/* escapeText */.X1)(model.registry)}`);
    }
    // Alias and versions are checked names ([\w.-]), safe in code spans.
    if (alias)
        lines.push(`**Alias** ${aliasText(alias)}`);
    if (context.aliasError)
        lines.push(`**Alias** ❌ ${(0,markdown/* escapeText */.X1)(context.aliasError)}`);
    const source = context.analysisSource;
    if (source) {
        lines.push('prometheus' in source
            ? `**Metrics** from Prometheus ${(0,markdown/* inlineCode */.ti)(source.prometheus)}`
            : `**Metrics** scraped by the action (no Prometheus server): stable ${source.scrape.stable.map(markdown/* inlineCode */.ti).join(', ')}; canary ${source.scrape.canary.map(markdown/* inlineCode */.ti).join(', ')}`);
    }
    return lines.length ? [lines.join('  \n')] : [];
}
/** A step's verdict cell: promotion and rollback have none of their own; a step left before its analysis ended (aborted) says so. */
function stepVerdict(step, dryRun) {
    if (step.verdict)
        return VERDICT[step.verdict];
    if (step.phase === 'rollback')
        return '↩️ rolled back';
    if (step.phase === 'promote')
        return dryRun ? '🚀 would promote' : '🚀 promoted';
    return '⏹️ no verdict (stopped before its analysis ended)';
}
/** The Markdown summary. */
function renderSummary(report, provider, context = {}) {
    const parts = [`## ${ICON[report.result]} ${(0,markdown/* escapeText */.X1)(oneLine(report, provider, context.model))}`, ...modelLines(context)];
    const rows = report.steps.map((step) => {
        const last = step.analyses.at(-1);
        return [
            `${step.weight}%`,
            step.phase,
            stepVerdict(step, report.dryRun),
            last ? `${last.samples.stable} / ${last.samples.canary}` : '',
            String(step.analyses.length),
            step.readBack === undefined ? (report.dryRun ? 'dry run' : 'unverified') : `${step.readBack}%`,
            last ? (0,markdown/* escapeCell */.kq)(last.reason) : '',
        ];
    });
    parts.push((0,markdown/* table */.tp)(['canary weight', 'phase', 'verdict', 'samples stable / canary', 'analyses', 'read back', 'why'], rows));
    const analysed = report.steps.filter((s) => s.analyses.length > 0);
    for (const step of analysed) {
        const last = step.analyses.at(-1);
        const metricRows = last.metrics.map((m) => [
            (0,markdown/* escapeCell */.kq)(m.name),
            VERDICT[m.verdict],
            num(m.stable.mean),
            num(m.canary.mean),
            `${m.stable.observations} / ${m.canary.observations}`,
            m.comparison ? num(m.comparison.pValue) : '',
            (0,markdown/* escapeCell */.kq)(m.checks.map((c) => `${c.passed ? '✓' : '✗'} ${c.detail}`).join('; ')),
        ]);
        const queries = last.metrics.map((m) => `- ${(0,markdown/* escapeText */.X1)(m.name)}: ${(0,markdown/* inlineCode */.ti)(m.queries.canary)}`).join('\n');
        parts.push((0,markdown/* details */.zH)(`Step ${step.weight}%: ${last.verdict}`, `${(0,markdown/* table */.tp)(['metric', 'verdict', 'stable mean', 'canary mean', 'observations', 'Mann-Whitney p', 'checks'], metricRows)}\n\nCanary queries:\n${queries}`));
    }
    if (report.steps.length > 1) {
        parts.push((0,mermaid/* lineChart */.Tz)({ title: 'Canary weight by step', categories: report.steps.map((s, i) => `${i + 1} ${s.phase}`), yLabel: '%', yMin: 0, yMax: 100, lines: [{ name: 'weight', values: report.steps.map((s) => s.weight) }] }));
    }
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/actions/canary-deploy/main.js
/** canary-deploy's entry: plan from inputs, rollout, outputs, summary and GitHub Deployment; the post step's rollback. */
















/** Stops the rollout on cancellation; the post step does the rollback (see rollout.ts). */
function abortOnSignals() {
    const controller = new AbortController();
    for (const signal of ['SIGTERM', 'SIGINT']) {
        process.once(signal, () => {
            core/* warning */.$e(`canary-deploy: ${signal} received (the job was cancelled or timed out): stopping; the post step rolls back.`);
            controller.abort(new Error(`${signal} received`));
        });
    }
    return controller;
}
/** The command provider passes the model on to the user's command as CANARY_MODEL_*. */
function giveModelEnv(provider, model) {
    if (model && provider instanceof CommandProvider)
        provider.addEnv(modelEnv(model));
}
async function main({ inputs, outputs }) {
    const plan = readPlan(inputs);
    core/* startGroup */.Oh('canary-deploy plan');
    for (const line of describePlan(plan))
        core/* info */.pq(line);
    core/* endGroup */.N4();
    // The model version must exist before anything changes: no deployment record, no weight.
    let registry;
    let model;
    if (plan.model) {
        registry = await (0,registry_open/* openRegistry */.M)(plan.registry, { githubToken: plan.token }, 'registry');
        model = await resolveModel(registry, plan.model);
        core/* info */.pq(`model: ${model.name}@${model.version} (${model.digest}) at ${model.uri}, from ${model.registry}`);
        giveModelEnv(plan.provider, model);
        outputs.set('model-version', model.version);
    }
    // Scrape mode: every endpoint must answer once before anything changes.
    let scraper;
    if (plan.analysis?.scrape) {
        const targets = ['stable', 'canary'].flatMap((variant) => plan.analysis.scrape[variant].map((url) => ({ variant, url })));
        // Kept: a step's bake and max-wait, plus Prometheus' 5-minute lookback and the rate window.
        scraper = new Scraper(targets, plan.pollMs, plan.intervalMs + plan.maxWaitMs + 10 * 60_000);
        await scraper.start();
    }
    try {
        await deploy(plan, outputs, registry, model, scraper);
    }
    finally {
        await scraper?.stop();
    }
}
async function deploy(plan, outputs, registry, model, scraper) {
    saveProvider(plan.providerName, plan.target);
    if (model)
        saveModel(model);
    let deployment;
    if (plan.environment) {
        const target = deploymentTarget(plan.token, plan.environmentUrl);
        const payload = {
            canary: { provider: plan.providerName, steps: plan.steps, dry_run: plan.dryRun },
            ...(model ? { model: { ...model } } : {}),
            ...(plan.promoteAlias ? { promote_alias: plan.promoteAlias } : {}),
        };
        const what = model ? `${model.name}@${model.version}` : 'canary';
        const id = await startDeployment(target, plan.environment, payload, `${what}: canary ${plan.steps.join('% ')}% via ${plan.providerName}`);
        deployment = { target, id };
        saveDeployment(id);
        outputs.set('deployment-id', id);
    }
    const controller = abortOnSignals();
    const analyzer = plan.analysis
        ? createAnalyzer(plan.analysis, plan.provider, scraper ? localPrometheus(scraper) : prometheusClient(plan.prometheusUrl), { minSamples: plan.minSamples, intervalMs: plan.intervalMs })
        : undefined;
    let report;
    try {
        report = await runRollout({
            provider: plan.provider,
            steps: plan.steps,
            intervalMs: plan.intervalMs,
            maxWaitMs: plan.maxWaitMs,
            failureLimit: plan.failureLimit,
            dryRun: plan.dryRun,
            analyzer,
            signal: controller.signal,
            pollMs: plan.pollMs,
            log: (line) => core/* info */.pq(line),
            onFirstChange: () => savePhase('rolling'),
        });
    }
    catch (error) {
        // runRollout rolled back (verified) before rethrowing unless the rollback itself failed;
        // then the phase stays `rolling` and the post step tries again.
        if (deployment)
            await markDeployment(deployment.target, deployment.id, 'failure', `error: ${error.message}`).catch(() => undefined);
        throw error;
    }
    if (report.result !== 'aborted' && !report.dryRun)
        savePhase('finished');
    // The alias follows the traffic: moved only after a real promotion. Traffic is already on
    // the canary then, so a registry failure is reported (and fails the job) without undoing it.
    let alias;
    let aliasError;
    if (plan.promoteAlias && registry && model) {
        try {
            if (report.result === 'promoted' && !report.dryRun)
                alias = await moveAlias(registry, model, plan.promoteAlias);
            else {
                const from = await aliasTarget(registry, model.name, plan.promoteAlias);
                alias = { alias: plan.promoteAlias, ...(from === undefined ? {} : { from }), to: model.version, outcome: report.result === 'promoted' ? 'would-move' : 'not-moved' };
            }
            core/* info */.pq(describeAlias(alias));
        }
        catch (error) {
            aliasError = error;
            if (aliasError instanceof Error)
                aliasError.message = `the canary was promoted, but ${registry.label} could not move alias '${plan.promoteAlias}' to version ${model.version}: ${aliasError.message}`;
        }
    }
    outputs.set('result', report.result);
    outputs.set('final-weight', report.finalWeight);
    const analysisSource = plan.analysis ? (plan.analysis.scrape ? { scrape: plan.analysis.scrape } : { prometheus: plan.prometheusUrl }) : undefined;
    outputs.set('report', { provider: plan.providerName, plannedSteps: plan.steps, ...(model ? { model } : {}), ...(alias ? { alias } : {}), ...(analysisSource ? { analysisSource } : {}), ...report });
    await (0,summary/* appendSummary */.f)(renderSummary(report, plan.providerName, { model, alias, aliasError: aliasError?.message, analysisSource }));
    const line = oneLine(report, plan.providerName, model);
    if (deployment && report.result !== 'aborted') {
        const state = report.dryRun ? 'inactive' : report.result === 'promoted' ? 'success' : 'failure';
        await markDeployment(deployment.target, deployment.id, state, line);
    }
    if (aliasError)
        throw aliasError;
    if (report.result === 'promoted')
        core/* info */.pq(line);
    else if (report.dryRun)
        core/* warning */.$e(line);
    else
        core/* setFailed */.C1(line);
}
/** The post step: rolls back a rollout that main left open (failed, cancelled, timed out). */
async function post({ inputs }) {
    const saved = loadRollout();
    if (saved.phase !== 'rolling' || !PROVIDER_NAMES.includes(saved.provider)) {
        core/* info */.pq(`canary-deploy post: nothing to roll back (${saved.phase === 'finished' ? 'the rollout finished' : 'no weight was changed'}).`);
        return;
    }
    const provider = createProvider(saved.provider, saved.target);
    giveModelEnv(provider, saved.model);
    core/* warning */.$e(`canary-deploy post: the main step did not finish its rollout; rolling back through ${provider.endpoint}.`);
    const applied = await rollback(provider);
    const line = `canary-deploy post: rolled back: canary weight ${applied.weight}%${applied.readBack === undefined ? ' (not verified)' : ', verified'}`;
    core/* info */.pq(line);
    const environment = inputs.string('environment');
    if (saved.deploymentId !== undefined && environment) {
        const target = deploymentTarget(inputs.string('github-token'), inputs.string('environment-url'));
        await markDeployment(target, saved.deploymentId, 'failure', 'rolled back by the post step: the rollout did not finish');
    }
    await (0,summary/* appendSummary */.f)(`## 🔴 ${line}\n`);
}


/***/ }),

/***/ 5574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony exports RATE_LIMIT_RETRIES, apiBaseUrl */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4369);
/**
 * The Octokit every action uses: @actions/github's client (proxy-aware, GHES via
 * GITHUB_API_URL) plus retries with backoff for 5xx answers and waiting out rate limits.
 */





/** Rate-limited requests are retried this many times before the call fails. */
const RATE_LIMIT_RETRIES = 3;
/** The API base URL, read when the client is created (@actions/github reads it at import). */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * Creates an authenticated Octokit for `token`. Server errors are retried with backoff;
 * primary and secondary rate limits are waited out as GitHub says (retry-after or
 * x-ratelimit-reset), up to three times, with a warning each time. A call that still fails
 * rejects with a ServiceError naming the endpoint and status.
 */
function createOctokit(token, options = {}) {
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const endpoint = `${request.method} ${request.url}`;
        if (retryCount >= RATE_LIMIT_RETRIES) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} hit on ${endpoint}; giving up after ${RATE_LIMIT_RETRIES} retries.`);
            return false;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} hit on ${endpoint}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
        return true;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        // @actions/github computes its default base URL at import time; tests and GHES set
        // GITHUB_API_URL later than that, so pass it explicitly.
        baseUrl: apiBaseUrl(),
        retry: {
            retryAfterBaseValue: options.retryBaseMs ?? 250,
            retries: options.retries ?? 3,
            // 429 is a rate limit: the throttling plugin waits as GitHub says; retrying it here
            // too would hammer the API on its own short backoff first.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
    // Registered after the plugins, this hook sees only the final failure, after all retries.
    octokit.hook.error('request', (error, route) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRequestError */ .t)(error, route);
    });
    return octokit;
}


/***/ }),

/***/ 2963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ getGitHubContext)
/* harmony export */ });
/* unused harmony export readEventPayload */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9006);
/**
 * Where a run happens: repository, pull request, commit and run link. Read from the runner's
 * environment and the event payload when asked, never at import time, so tests and the CLI can
 * set the environment first.
 */


const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/** Reads the event payload at GITHUB_EVENT_PATH; an empty payload when there is none. */
function readEventPayload(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The event payload at ${path} is not valid JSON: ${error.message}`, { file: path, cause: error });
    }
}
function repository(env, payload) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner && repo)
        return { owner, repo };
    const fromPayload = { owner: payload.repository?.owner?.login, repo: payload.repository?.name };
    if (fromPayload.owner && fromPayload.repo)
        return { owner: fromPayload.owner, repo: fromPayload.repo };
    throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Cannot tell which repository this runs for: set GITHUB_REPOSITORY to owner/repo (the runner sets it on GitHub Actions).');
}
function pullRequestNumber(eventName, payload) {
    if (eventName && PR_EVENTS.has(eventName))
        return payload.pull_request?.number;
    // An issue_comment event fires for issues and PRs alike; only PRs carry `issue.pull_request`.
    if (eventName === 'issue_comment' && payload.issue?.pull_request)
        return payload.issue.number;
    return undefined;
}
function forkStatus(eventName, payload, owner, repo) {
    if (!eventName || !PR_EVENTS.has(eventName))
        return eventName === 'issue_comment' && payload.issue?.pull_request ? undefined : false;
    const head = payload.pull_request?.head;
    if (!head)
        return undefined;
    // A deleted fork leaves `head.repo` null: it certainly was not this repository.
    if (head.repo === null || head.repo === undefined)
        return true;
    const base = payload.repository?.full_name ?? `${owner}/${repo}`;
    return head.repo.full_name?.toLowerCase() !== base.toLowerCase();
}
/** Reads the GitHub context of this run from `env` (default: process.env) and its event file. */
function getGitHubContext(env = process.env) {
    const payload = readEventPayload(env);
    const { owner, repo } = repository(env, payload);
    const eventName = env.GITHUB_EVENT_NAME;
    const prNumber = pullRequestNumber(eventName, payload);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const prHead = eventName && PR_EVENTS.has(eventName) ? payload.pull_request?.head?.sha : undefined;
    const runId = env.GITHUB_RUN_ID;
    const attempt = env.GITHUB_RUN_ATTEMPT;
    const runUrl = runId
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
        : undefined;
    return {
        owner,
        repo,
        eventName,
        prNumber,
        headSha: prHead ?? env.GITHUB_SHA,
        runUrl,
        isFork: forkStatus(eventName, payload, owner, repo),
        serverUrl,
        payload,
    };
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ GITHUB_SERVICE),
/* harmony export */   t: () => (/* binding */ describeRequestError)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * Turns what Octokit throws into a ServiceError that names the endpoint and the status, so a
 * failing call tells the user which request failed and why, not just "HttpError".
 */

const GITHUB_SERVICE = 'GitHub API';
function isRequestErrorLike(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number' &&
        typeof error.message === 'string');
}
/** Hints for statuses whose cause a user can usually fix in the workflow file. */
function hintFor(status, message) {
    if (status === 401)
        return ' (the token is missing, expired or invalid)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return " (the workflow's token lacks a permission: grant it in the job's `permissions:` block; on pull requests from forks the token is read-only)";
    }
    return '';
}
/**
 * Describes a failed GitHub request as a ServiceError naming the endpoint and the HTTP status.
 * The endpoint is the route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`)
 * when the call was made by route, and the resolved path when Octokit only knew the URL (pages
 * after the first, `paginate.iterator`). A
 * ServiceError passes through unchanged; anything that is not a request error (a bug in our
 * code, an abort) is returned as is, so it is not mistaken for a GitHub answer.
 */
function describeRequestError(error, route) {
    if (error instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7)
        return error;
    if (!isRequestErrorLike(error))
        return error;
    const method = (route?.method ?? error.request?.method ?? 'GET').toUpperCase();
    const url = route?.url ?? error.request?.url ?? '(unknown endpoint)';
    // A resolved URL carries the API host; the path is what names the endpoint.
    const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
    // Octokit reports a failure to connect as status 500 without a response: say so instead.
    const status = error.response === undefined ? undefined : error.status;
    const message = error.message.replace(/ - https:\/\/docs\.github\.com\S*/, '');
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(GITHUB_SERVICE, `${method} ${path}`, status, `${message}${hintFor(status, message)}`, error);
}


/***/ }),

/***/ 7008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ withPermission)
/* harmony export */ });
/* unused harmony exports PermissionError, isPermissionRefusal */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * A GitHub call refused for lack of a token permission, turned into an error that says which
 * `permissions:` entry the workflow needs, instead of a bare "403 Resource not accessible".
 */

/** A refusal the user fixes by granting the workflow's token a permission. */
class PermissionError extends _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    /** The `permissions:` entry that is missing, e.g. `issues: write`. */
    permission;
    /** The GitHub answer that refused the call. */
    serviceError;
    constructor(permission, action, serviceError, extra = '') {
        super(`Could not ${action}: the token lacks a permission. The workflow needs \`permissions: ${permission}\` ` +
            `(in the job's or the workflow's \`permissions:\` block${extra}); on pull requests from forks the token is read-only. ` +
            `GitHub answered ${serviceError.endpoint} with HTTP ${serviceError.status ?? '(none)'}: ${githubMessage(serviceError)}.`, { cause: serviceError, title: 'GitHub permission missing' });
        this.name = 'PermissionError';
        this.permission = permission;
        this.serviceError = serviceError;
    }
}
/** GitHub's own words, without the documentation link and the generic hint the ServiceError adds. */
function githubMessage(error) {
    const cause = error.cause instanceof Error ? error.cause.message : error.message;
    return cause.replace(/ - https:\/\/docs\.github\.com\S*/, '').replace(/\.$/, '');
}
/** Whether `error` is GitHub refusing the token, as opposed to a rate limit or an outage. */
function isPermissionRefusal(error, options = {}) {
    if (!(error instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7))
        return false;
    if (error.status === 404)
        return options.notFound === true;
    // Rate limits are 403s too; they are waited out by the client and must not read as permissions.
    return error.status === 403 && !/rate limit/i.test(error.message);
}
/**
 * Runs `call`; a refusal of the token becomes a PermissionError naming the permission. Any
 * other failure passes through unchanged.
 */
async function withPermission(context, call) {
    try {
        return await call();
    }
    catch (error) {
        if (isPermissionRefusal(error, context))
            throw new PermissionError(context.permission, context.action, error, context.extra);
        throw error;
    }
}


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ fitDescription),
/* harmony export */   MX: () => (/* binding */ setCommitStatus)
/* harmony export */ });
/* unused harmony export STATUS_DESCRIPTION_LIMIT */
/** GitHub rejects longer status descriptions. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** Cuts a description to GitHub's 140 characters, marking the cut with an ellipsis. */
function fitDescription(text, limit = STATUS_DESCRIPTION_LIMIT) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const chars = Array.from(oneLine);
    // Count code points, not UTF-16 units, so a cut never splits a surrogate pair.
    if (chars.length <= limit)
        return oneLine;
    return `${chars.slice(0, limit - 1).join('').trimEnd()}…`;
}
/** Sets a commit status on `sha`; returns the status id and its API URL. */
async function setCommitStatus(options) {
    const { data } = await options.octokit.rest.repos.createCommitStatus({
        owner: options.owner,
        repo: options.repo,
        sha: options.sha,
        context: options.context,
        state: options.state,
        description: fitDescription(options.description),
        ...(options.targetUrl ? { target_url: options.targetUrl } : {}),
    });
    return { id: data.id, url: data.url };
}


/***/ }),

/***/ 8064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xs: () => (/* binding */ checkModelName),
/* harmony export */   ff: () => (/* binding */ checkAlias),
/* harmony export */   i3: () => (/* binding */ isVersionNumber),
/* harmony export */   ps: () => (/* binding */ checkVersion),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * Names, versions and aliases, checked the same way on every backend. Aliases follow MLflow's
 * rules (`^[\w-]+$`, `latest` and `v<digits>` reserved); all-digit aliases are refused too,
 * because a bare number always means a version (in `getVersion` and as an OCI tag).
 */

const ALIAS = /^[\w-]+$/;
const RESERVED_ALIAS = /^(latest|v\d+)$/i;
/** OCI tag grammar, which also keeps versions safe as directory names. */
const VERSION = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** Throws an InputError naming `input` unless `alias` is a valid alias. */
function checkAlias(alias, input = 'alias') {
    if (!ALIAS.test(alias)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${alias}' is not a valid alias: use letters, digits, '_' and '-' only (MLflow's rule ^[\\w-]+$)`);
    }
    if (RESERVED_ALIAS.test(alias))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${alias}' is reserved (MLflow reserves 'latest' and 'v<number>')`);
    if (/^\d+$/.test(alias))
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${alias}' is all digits, which would read as a version number`);
    return alias;
}
/** Throws unless `version` is usable as a version on every backend. */
function checkVersion(version, input = 'version') {
    if (!VERSION.test(version) || version === '.' || version === '..') {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${version}' is not a valid version: letters, digits, '.', '_' and '-', at most 128, not starting with '.' or '-'`);
    }
    return version;
}
/** Throws unless `name` is a model name every backend can hold (a directory name, an MLflow name). */
function checkModelName(name, input = 'name') {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${name}' is not a valid model name: start with a letter or digit, then letters, digits, '.', '_' or '-' (at most 200)`);
    }
    return name;
}
/** The next integer version after the given ones; non-integer versions are ignored. Starts at 1. */
function nextVersion(existing) {
    let max = 0;
    for (const version of existing)
        if (/^\d+$/.test(version))
            max = Math.max(max, Number(version));
    return String(max + 1);
}
/** True when `ref` names a version number rather than an alias. */
function isVersionNumber(ref) {
    return /^\d+$/.test(ref);
}


/***/ }),

/***/ 5174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ openRegistry)
/* harmony export */ });
/* unused harmony export REGISTRY_SCHEMES */
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9006);
/**
 * Opens a registry from its `scheme:location` description, as the `registry` input takes it:
 * `file:<dir>`, `mlflow:<tracking-uri>`, `oci:<registry>/<repository>`. Backends are loaded on
 * demand so a file registration never loads the HTTP clients.
 */

const REGISTRY_SCHEMES = ['file', 'mlflow', 'oci'];
/** Parses and opens the registry; errors name the input `input`. */
async function openRegistry(description, options = {}, input = 'registry') {
    const colon = description.indexOf(':');
    const scheme = colon > 0 ? description.slice(0, colon) : '';
    const location = description.slice(colon + 1).trim();
    if (!REGISTRY_SCHEMES.includes(scheme)) {
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `unknown registry '${description}': expected file:<dir>, mlflow:<tracking-uri> or oci:<registry>/<repository>`);
    }
    if (!location)
        throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${description}' names no location after '${scheme}:'`);
    const env = options.env ?? process.env;
    if (scheme === 'file') {
        const { FileRegistry } = await __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 8766));
        return new FileRegistry(location);
    }
    if (scheme === 'mlflow') {
        const { MlflowRegistry } = await __webpack_require__.e(/* import() */ 221).then(__webpack_require__.bind(__webpack_require__, 5221));
        return new MlflowRegistry(location, env, input);
    }
    const { OciRegistry } = await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.bind(__webpack_require__, 744));
    return new OciRegistry(location, { env, githubToken: options.githubToken }, input);
}


/***/ }),

/***/ 2560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   bu: () => (/* binding */ capLength),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Markdown built from untrusted text (column names, values, metric names, file contents).
 * Everything that comes from data goes through escapeText/escapeCell so it can never inject
 * HTML, ping people with @mentions, or break a table.
 */
/** GitHub rejects issue and PR comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    // An entity rather than the character: GitHub links @user and @org/team from the raw text.
    '@': '&#64;',
};
/** Characters that would start Markdown formatting, links or images. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;
/**
 * Escapes text for use anywhere in Markdown: no raw HTML, no @mentions, no formatting.
 * Newlines are kept (use escapeCell inside tables).
 */
function escapeText(text) {
    // Markdown escapes first, so the `#` and `;` of the entities added next stay as they are.
    return text
        .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
        .replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char])
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}
/** Escapes text for one table cell: as escapeText, and line breaks become a space. */
function escapeCell(text) {
    return escapeText(text).replace(/\r\n|\r|\n/g, ' ');
}
/** Inline code that shows the text literally, whatever backticks it contains. */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\u2758');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * A GitHub table. Header and cells are Markdown the caller built with the helpers above
 * (so that links and emphasis of our own survive); each is flattened to one line and any
 * unescaped pipe is escaped so it cannot break the row.
 */
function table(header, rows, align = []) {
    const columns = header.length;
    const cell = (text) => protectPipes(text.replace(/\r\n|\r|\n/g, ' ')) || ' ';
    const rule = header.map((_, i) => ({ left: ':---', right: '---:', center: ':---:' })[align[i] ?? 'left']);
    const line = (cells) => {
        const padded = Array.from({ length: columns }, (_, i) => cell(cells[i] ?? ''));
        return `| ${padded.join(' | ')} |`;
    };
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** Escapes every pipe not already escaped (an odd number of backslashes before it). */
function protectPipes(text) {
    return text.replace(/(\\*)\|/g, (match, slashes) => (slashes.length % 2 === 1 ? match : `${slashes}\\|`));
}
/**
 * A folded section; `summary` is plain text and is escaped. The `<summary>` line is raw HTML,
 * where Markdown backslash escapes are shown as typed (`\(`), so it gets HTML entities only,
 * on one line (a line break could end the HTML block).
 */
function details(summary, body, open = false) {
    const text = summary
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[&<>"'@]/g, (char) => HTML_ENTITIES[char])
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
    return `<details${open ? ' open' : ''}><summary>${text}</summary>\n\n${body}\n\n</details>`;
}
/** A Markdown link whose visible text is escaped and whose URL is percent-encoded where needed. */
function link(text, url) {
    const safeUrl = encodeURI(decodeURIComponentSafe(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    return `[${escapeText(text)}](${safeUrl})`;
}
function decodeURIComponentSafe(url) {
    try {
        return decodeURI(url);
    }
    catch {
        return url;
    }
}
/**
 * Caps Markdown to fit a comment: when too long, cuts at a line boundary and appends a note.
 * The result is at most `limit` characters.
 */
function capLength(markdown, limit = COMMENT_LIMIT - 536, note = 'Truncated: see the job summary or the JSON report for the rest.') {
    if (markdown.length <= limit)
        return markdown;
    const suffix = `\n\n_${escapeText(note)}_\n`;
    let end = Math.max(0, limit - suffix.length);
    for (;;) {
        const lineEnd = markdown.lastIndexOf('\n', end);
        const body = markdown.slice(0, lineEnd > end / 2 ? lineEnd : end);
        // An open <details> or code fence left dangling would swallow the note: close them.
        const openDetails = Math.max(0, (body.match(/<details/g) ?? []).length - (body.match(/<\/details>/g) ?? []).length);
        const openFence = (body.match(/^```/gm) ?? []).length % 2 === 1;
        const closing = `${openFence ? '\n```' : ''}${'\n</details>'.repeat(openDetails)}`;
        const result = `${body}${closing}${suffix}`;
        if (result.length <= limit || body.length === 0)
            return result;
        end = body.length - (result.length - limit) - 1;
    }
}


/***/ }),

/***/ 5874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S9: () => (/* binding */ barChart),
/* harmony export */   Tz: () => (/* binding */ lineChart)
/* harmony export */ });
/* unused harmony exports xyChart, mermaidLabel */
/**
 * Mermaid charts for job summaries and PR comments: GitHub renders them from the Markdown
 * itself, so no image has to be hosted anywhere. Labels come from data and are sanitised so
 * they can neither end the quoted string nor the code fence.
 */
/** A bar chart (one or more series of bars, optional reference lines). */
function barChart(options) {
    return xyChart(options);
}
/** A line chart. */
function lineChart(options) {
    return xyChart({ ...options, bars: [] });
}
/** The raw fenced block of an xychart-beta. */
function xyChart(options) {
    const all = [...(options.bars ?? []), ...(options.lines ?? [])].flatMap((s) => s.values).filter(Number.isFinite);
    const low = options.yMin ?? Math.min(0, ...all);
    const high = options.yMax ?? (all.length ? Math.max(...all) : 1);
    const lines = [
        '```mermaid',
        `xychart-beta${options.horizontal ? ' horizontal' : ''}`,
        `    title "${mermaidLabel(options.title)}"`,
        `    x-axis [${options.categories.map((c) => `"${mermaidLabel(c)}"`).join(', ')}]`,
        `    y-axis "${mermaidLabel(options.yLabel ?? '')}" ${formatNumber(low)} --> ${formatNumber(high === low ? low + 1 : high)}`,
        ...(options.bars ?? []).map((s) => `    bar [${s.values.map(formatNumber).join(', ')}]`),
        ...(options.lines ?? []).map((s) => `    line [${s.values.map(formatNumber).join(', ')}]`),
        '```',
    ];
    return lines.join('\n');
}
/** Text safe inside a Mermaid double-quoted label and a Markdown code fence. */
function mermaidLabel(text) {
    const flat = text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/"/g, "'")
        .replace(/`/g, "'")
        .replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'))
        .replace(/[#;]/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '');
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
function formatNumber(value) {
    if (!Number.isFinite(value))
        return '0';
    return Number(value.toPrecision(6)).toString();
}


/***/ }),

/***/ 4054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ danglingLinkTarget),
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9006);
/**
 * Writes an output file so that readers see the old content or the new, never half of it:
 * into a temporary file next to the destination, then renamed over it.
 *
 * A rename replaces the directory entry, so it is only done where that is what the user
 * means by "write to this path":
 * - a symlink stays a link: the file it points to is replaced (a dangling link gets its
 *   target created), as `>` in a shell would do;
 * - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is a sink, not a file
 *   to replace: the content is written into it directly. Renaming over it would swap the
 *   device for a regular file (as root, `/dev/null` itself) and the reader would never see
 *   the content;
 * - nothing is ever created or renamed inside /dev or /proc: paths there (`/dev/stdout`,
 *   `/dev/fd/3`) name the process's own streams, even when they lead to a regular file;
 * - a directory is refused by the rename, with its error in the message.
 */



/** Symlinks followed before giving up, like the kernel's ELOOP limit. */
const MAX_LINKS = 40;
function writeFileAtomic(path, content, what = 'file') {
    let destination;
    try {
        destination = findDestination(path);
    }
    catch (error) {
        throw cannotWrite(what, path, error);
    }
    if (destination.direct)
        writeInto(path, content, destination.stats, what);
    else
        replaceAtomically(path, destination.path, content, destination.stats, what);
}
function findDestination(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const stats = statIfAny(absolute);
    if (isStreamPath(absolute)) {
        if (stats === undefined)
            throw new Error('no such device or stream (files are never created under /dev or /proc)');
        return { path: absolute, stats, direct: true };
    }
    if (stats === undefined) {
        const target = danglingLinkTarget(absolute);
        if (isStreamPath(target))
            throw new Error(`it is a link to '${target}', which does not exist (files are never created under /dev or /proc)`);
        return { path: target, direct: false };
    }
    if (stats.isFile() || stats.isDirectory()) {
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
        return { path: target, stats, direct: isStreamPath(target) };
    }
    return { path: absolute, stats, direct: true };
}
function isStreamPath(absolute) {
    return process.platform !== 'win32' && /^\/(dev|proc)(\/|$)/.test(absolute);
}
function statIfAny(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Where a path that does not resolve to anything is created: at the end of its links. */
function danglingLinkTarget(absolute) {
    let current = absolute;
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        let link;
        try {
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(current);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return current;
            throw error;
        }
        if (!link.isSymbolicLink())
            return current;
        // Relative targets count from the link's real directory, as the kernel resolves them.
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current)), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(current));
    }
    throw new Error(`more than ${MAX_LINKS} symbolic links in a row`);
}
function replaceAtomically(path, target, content, stats, what) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, content);
        // The replaced file keeps its permissions (a shared report stays group-readable).
        if (stats?.isFile())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(temporary, stats.mode & 0o7777);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, target);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw cannotWrite(what, path, error);
    }
}
function writeInto(path, content, stats, what) {
    let fd;
    let probe;
    try {
        if (stats?.isFIFO()) {
            // Opening a FIFO for writing waits for a reader, forever if none comes: ask without
            // waiting first (ENXIO: nobody reads it), and hold that end open while the blocking
            // one is opened so the reader cannot leave in between.
            try {
                probe = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            }
            catch (error) {
                if (error.code === 'ENXIO')
                    throw new Error('it is a named pipe (FIFO) that no process is reading');
                throw error;
            }
        }
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, content);
    }
    catch (error) {
        throw cannotWrite(what, path, error);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        if (probe !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(probe);
    }
}
/** The one error for an output that could not be written, naming it and the system's reason. */
function cannotWrite(what, path, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write the ${what} '${path}': ${error.message}`, { file: path, cause: error });
}


/***/ }),

/***/ 4921:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony export formatDuration */
/** Parses durations such as `90s`, `5m`, `1h30m`, `250ms` or a bare number of seconds. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
/** Returns milliseconds, or undefined when the text is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match !== null; match = PART.exec(value)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return consumed === value.length && consumed > 0 ? Math.round(total) : undefined;
}
/** Formats milliseconds compactly for logs and summaries: `1m30s`, `250ms`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let seconds = Math.round(ms / 1000);
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds || (!hours && !minutes) ? `${seconds}s` : ''}`;
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zR: () => (/* binding */ asError)
/* harmony export */ });
/**
 * Errors that reach the user. A UserError is something the user can fix (a bad input, file,
 * schema or config) and is shown as one annotation without a stack trace; anything else is
 * an internal error, a bug of ours.
 */
/** A problem the user can fix: bad input, file, data, schema or configuration. */
class UserError extends Error {
    input;
    file;
    line;
    column;
    title;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.input = options.input;
        this.file = options.file;
        this.line = options.line;
        this.column = options.column;
        this.title = options.title;
    }
}
/** A user error about one action input; the message always starts by naming it. */
class InputError extends UserError {
    constructor(input, problem, options = {}) {
        super(`Input '${input}': ${problem}`, { ...options, input });
        this.name = 'InputError';
    }
}
/** A call to a remote service (GitHub, a registry, Prometheus) that answered with an error. */
class ServiceError extends UserError {
    status;
    endpoint;
    constructor(service, endpoint, status, detail, cause) {
        const statusText = status === undefined ? 'could not be reached' : `answered HTTP ${status}`;
        super(`${service} ${endpoint} ${statusText}: ${detail}`, { cause, title: `${service} request failed` });
        this.name = 'ServiceError';
        this.status = status;
        this.endpoint = endpoint;
    }
}
/** Turns anything thrown (including non-Error values) into an Error without losing its text. */
function asError(thrown) {
    if (thrown instanceof Error)
        return thrown;
    if (typeof thrown === 'string')
        return new Error(thrown);
    try {
        return new Error(`Non-error value thrown: ${JSON.stringify(thrown)}`);
    }
    catch {
        return new Error(`Non-error value thrown: ${String(thrown)}`);
    }
}


/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ appendSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/** The job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the Markdown goes to the log. */

/** GitHub accepts up to 1 MiB of summary per step; stay under it with room for the note. */
const SUMMARY_LIMIT = 1_000_000;
/** Appends Markdown to the job summary. */
async function appendSummary(markdown) {
    const text = markdown.length > SUMMARY_LIMIT
        ? `${markdown.slice(0, SUMMARY_LIMIT)}\n\n_Summary truncated: see the JSON report for everything._\n`
        : markdown;
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
        return;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
}


/***/ }),

/***/ 8975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wv: () => (/* binding */ chi2Sf),
  Lr: () => (/* binding */ erfc),
  nG: () => (/* binding */ normalSf)
});

;// CONCATENATED MODULE: ./lib/src/stats/special/gamma.js
/**
 * Log-gamma and the regularized incomplete gamma functions, for the chi-squared and normal
 * survival functions. Written here rather than taken from @stdlib (a port of Boost, well kept)
 * because the brief asks for a small, self-contained series + continued fraction whose accuracy
 * we state and test against scipy (test/unit/stats/special.test.ts: 1e-10 relative).
 */
const EPS = 2.220446049250313e-16;
/** Below this a Lentz denominator is replaced, to avoid dividing by zero. */
const TINY = 1e-300;
const MAX_ITER = 100_000;
// Lanczos approximation, g = 607/128, 15 terms (Godfrey); relative error about 1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
    0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174, -0.49191381609762019978,
    0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
    -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
    -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];
const HALF_LOG_2PI = 0.91893853320467274178;
/** log Γ(x) for x > 0. */
function logGamma(x) {
    if (!(x > 0))
        return x === 0 ? Infinity : NaN;
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i++)
        sum += LANCZOS[i] / (z + i);
    const t = z + LANCZOS_G + 0.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** log of x^a e^-x / Γ(a), the common prefactor of both expansions. */
function logPrefactor(a, x) {
    return a * Math.log(x) - x - logGamma(a);
}
/** P(a, x) by its power series; converges for all x, quickly when x < a + 1. */
function lowerSeries(a, x) {
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let n = 0; n < MAX_ITER; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(logPrefactor(a, x));
}
/** Q(a, x) by its continued fraction (modified Lentz); converges quickly when x >= a + 1. */
function upperFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITER; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPS)
            break;
    }
    return Math.exp(logPrefactor(a, x)) * h;
}
/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x >= 0. Accurate
 * relative to Q itself in the far upper tail (the continued fraction computes Q directly),
 * which is where small p-values live.
 */
function gammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    if (x < a + 1)
        return Math.max(0, 1 - lowerSeries(a, x));
    return upperFraction(a, x);
}
/** Regularized lower incomplete gamma P(a, x) = 1 - Q(a, x), accurate relative to P. */
function gammaP(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return NaN;
    if (x === 0)
        return 0;
    if (x === Infinity)
        return 1;
    if (x < a + 1)
        return lowerSeries(a, x);
    return Math.max(0, 1 - upperFraction(a, x));
}

;// CONCATENATED MODULE: ./lib/src/stats/special/distributions.js
/**
 * Survival functions of the reference distributions behind the p-values: chi-squared and the
 * standard normal, both from the incomplete gamma functions (erfc(x) = Q(1/2, x^2)).
 */

/** Complementary error function, accurate relative to its value in the upper tail. */
function erfc(x) {
    if (Number.isNaN(x))
        return NaN;
    const x2 = x * x;
    // For |x| < 0.5 erf is small and the series for P is the accurate side.
    if (Math.abs(x) < 0.5)
        return x >= 0 ? 1 - gammaP(0.5, x2) : 1 + gammaP(0.5, x2);
    return x > 0 ? gammaQ(0.5, x2) : 2 - gammaQ(0.5, x2);
}
/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}
/** P(X > x) for X chi-squared with k degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, k) {
    if (Number.isNaN(x) || !(k > 0))
        return NaN;
    if (x <= 0)
        return 1;
    return gammaQ(k / 2, x / 2);
}


/***/ })

};
