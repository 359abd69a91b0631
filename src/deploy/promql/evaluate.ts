/**
 * Evaluates a parsed PromQL expression at one instant over scraped samples, with Prometheus'
 * semantics for the supported subset (see parse.ts): the 5-minute lookback and staleness of
 * instant selectors, left-open range windows, rate/increase extrapolated as Prometheus'
 * extrapolatedRate does, histogram_quantile as its bucketQuantile, one-to-one vector matching,
 * and `__name__` dropped by functions, aggregations and arithmetic.
 */
import { labelsKey, type Labels, type SampleStore, type StoredSample } from '../scrape/store.js';
import { matcherRegex, PromqlError, type BinaryOp, type Expr, type Matcher } from './parse.js';

export interface InstantSample {
  labels: Labels;
  value: number;
}

export type Value = { type: 'scalar'; value: number } | { type: 'vector'; samples: InstantSample[] };

type RangeSeries = { labels: Labels; points: Array<{ t: number; v: number }> };

/** Prometheus' default lookback for instant selectors. */
export const LOOKBACK_MS = 5 * 60_000;

function matches(labels: Labels, matchers: readonly Matcher[], regexes: Map<string, RegExp>): boolean {
  return matchers.every((m) => {
    const value = labels[m.name] ?? '';
    switch (m.type) {
      case '=':
        return value === m.value;
      case '!=':
        return value !== m.value;
      default: {
        let re = regexes.get(m.value);
        if (!re) regexes.set(m.value, (re = matcherRegex(m.value)));
        return m.type === '=~' ? re.test(value) : !re.test(value);
      }
    }
  });
}

function withoutName(labels: Labels): Labels {
  const { __name__: _name, ...rest } = labels;
  return rest;
}

/** Samples of a series in (from, to], stale markers dropped. */
function window(samples: readonly StoredSample[], from: number, to: number): Array<{ t: number; v: number }> {
  const points: Array<{ t: number; v: number }> = [];
  for (const s of samples) if (s.t > from && s.t <= to && s.value !== null) points.push({ t: s.t, v: s.value });
  return points;
}

/** Prometheus' extrapolatedRate (promql/functions.go) for rate, increase and delta. */
function extrapolatedRate(points: ReadonlyArray<{ t: number; v: number }>, rangeStart: number, rangeEnd: number, isCounter: boolean, isRate: boolean): number | undefined {
  if (points.length < 2) return undefined;
  const first = points[0]!;
  const last = points.at(-1)!;
  let result = last.v - first.v;
  if (isCounter) {
    let previous = 0;
    for (const p of points) {
      if (p.v < previous) result += previous;
      previous = p.v;
    }
  }
  let durationToStart = (first.t - rangeStart) / 1000;
  const durationToEnd = (rangeEnd - last.t) / 1000;
  const sampled = (last.t - first.t) / 1000;
  const averageBetween = sampled / (points.length - 1);
  if (isCounter && result > 0 && first.v >= 0) {
    const durationToZero = sampled * (first.v / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  const threshold = averageBetween * 1.1;
  let extrapolateTo = sampled;
  extrapolateTo += durationToStart < threshold ? durationToStart : averageBetween / 2;
  extrapolateTo += durationToEnd < threshold ? durationToEnd : averageBetween / 2;
  result *= extrapolateTo / sampled;
  if (isRate) result /= (rangeEnd - rangeStart) / 1000;
  return result;
}

/** Prometheus' bucketQuantile (promql/quantile.go) for classic histograms. */
export function bucketQuantile(q: number, input: ReadonlyArray<{ upperBound: number; count: number }>): number {
  if (Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = [...input].sort((a, b) => a.upperBound - b.upperBound);
  if (sorted.length === 0 || sorted.at(-1)!.upperBound !== Infinity) return NaN;
  // Coalesce buckets with the same bound (two series for one `le`), then force monotonicity.
  const buckets: Array<{ upperBound: number; count: number }> = [];
  for (const b of sorted) {
    const previous = buckets.at(-1);
    if (previous && previous.upperBound === b.upperBound) previous.count += b.count;
    else buckets.push({ ...b });
  }
  let max = -Infinity;
  for (const b of buckets) {
    if (b.count > max) max = b.count;
    else b.count = max;
  }
  if (buckets.length < 2) return NaN;
  const observations = buckets.at(-1)!.count;
  if (observations === 0) return NaN;
  let rank = q * observations;
  let b = buckets.findIndex((bucket, i) => i < buckets.length - 1 && bucket.count >= rank);
  if (b === -1) b = buckets.length - 1;
  if (b === buckets.length - 1) return buckets[buckets.length - 2]!.upperBound;
  if (b === 0 && buckets[0]!.upperBound <= 0) return buckets[0]!.upperBound;
  let bucketStart = 0;
  const bucketEnd = buckets[b]!.upperBound;
  let count = buckets[b]!.count;
  if (b > 0) {
    bucketStart = buckets[b - 1]!.upperBound;
    count -= buckets[b - 1]!.count;
    rank -= buckets[b - 1]!.count;
  }
  return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

function arithmetic(op: BinaryOp, a: number, b: number): number {
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

const isComparison = (op: BinaryOp) => ['==', '!=', '>', '<', '>=', '<='].includes(op);

function matchingKey(labels: Labels, matching: { on: boolean; labels: string[] } | undefined): string {
  const picked: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) {
    if (k === '__name__') continue;
    const listed = matching?.labels.includes(k) ?? false;
    if (matching?.on ? listed : !listed) picked[k] = v;
  }
  return labelsKey(picked);
}

/** Evaluates expressions at instants over one store. */
export class Evaluator {
  private readonly regexes = new Map<string, RegExp>();

  constructor(private readonly store: SampleStore) {}

  evaluate(expr: Expr, t: number): Value {
    switch (expr.kind) {
      case 'number':
        return { type: 'scalar', value: expr.value };
      case 'vector':
        return { type: 'vector', samples: this.instant(expr.matchers, t - expr.offsetMs) };
      case 'matrix':
        throw new PromqlError(`a range selector (${expr.text}) must be inside a function such as rate()`);
      case 'unary': {
        const inner = this.evaluate(expr.expr, t);
        if (expr.op === '+') return inner;
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

  private instant(matchers: readonly Matcher[], t: number): InstantSample[] {
    const out: InstantSample[] = [];
    for (const series of this.store.all()) {
      if (!matches(series.labels, matchers, this.regexes)) continue;
      let latest: StoredSample | undefined;
      for (const s of series.samples) {
        if (s.t > t) break;
        latest = s;
      }
      if (latest && latest.t > t - LOOKBACK_MS && latest.value !== null) out.push({ labels: series.labels, value: latest.value });
    }
    return out;
  }

  private range(expr: Extract<Expr, { kind: 'matrix' }>, t: number): { series: RangeSeries[]; start: number; end: number } {
    const end = t - expr.vector.offsetMs;
    const start = end - expr.rangeMs;
    const series: RangeSeries[] = [];
    for (const s of this.store.all()) {
      if (!matches(s.labels, expr.vector.matchers, this.regexes)) continue;
      const points = window(s.samples, start, end);
      if (points.length) series.push({ labels: s.labels, points });
    }
    return { series, start, end };
  }

  private scalarArg(expr: Expr, t: number, fn: string): number {
    const value = this.evaluate(expr, t);
    if (value.type !== 'scalar') throw new PromqlError(`${fn}() expects a number as its parameter`);
    return value.value;
  }

  private vectorArg(expr: Expr, t: number, fn: string): InstantSample[] {
    const value = this.evaluate(expr, t);
    if (value.type !== 'vector') throw new PromqlError(`${fn}() expects an instant vector, got a number`);
    return value.samples;
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, t: number): Value {
    const { fn, args } = expr;
    const vector = (samples: InstantSample[]): Value => ({ type: 'vector', samples });
    const overRange = (compute: (points: Array<{ t: number; v: number }>, start: number, end: number) => number | undefined): Value => {
      const { series, start, end } = this.range(args[0] as Extract<Expr, { kind: 'matrix' }>, t);
      const out: InstantSample[] = [];
      for (const s of series) {
        const value = compute(s.points, start, end);
        if (value !== undefined) out.push({ labels: withoutName(s.labels), value });
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
          if (p.length < 2) return undefined;
          const [a, b] = [p.at(-2)!, p.at(-1)!];
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
        return overRange((p) => p.at(-1)!.v);
      case 'abs':
        return vector(this.vectorArg(args[0]!, t, fn).map((s) => ({ labels: withoutName(s.labels), value: Math.abs(s.value) })));
      case 'clamp_min':
      case 'clamp_max': {
        const bound = this.scalarArg(args[1]!, t, fn);
        const clamp = fn === 'clamp_min' ? (v: number) => Math.max(v, bound) : (v: number) => Math.min(v, bound);
        return vector(this.vectorArg(args[0]!, t, fn).map((s) => ({ labels: withoutName(s.labels), value: clamp(s.value) })));
      }
      case 'scalar': {
        const samples = this.vectorArg(args[0]!, t, fn);
        return { type: 'scalar', value: samples.length === 1 ? samples[0]!.value : NaN };
      }
      case 'vector':
        return vector([{ labels: {}, value: this.scalarArg(args[0]!, t, fn) }]);
      case 'histogram_quantile': {
        const q = this.scalarArg(args[0]!, t, fn);
        const groups = new Map<string, { labels: Labels; buckets: Array<{ upperBound: number; count: number }> }>();
        for (const s of this.vectorArg(args[1]!, t, fn)) {
          const le = s.labels.le;
          if (le === undefined) continue; // Prometheus ignores series without `le`.
          const upperBound = le === '+Inf' ? Infinity : Number(le);
          if (Number.isNaN(upperBound)) continue;
          const { le: _le, ...rest } = withoutName(s.labels);
          const key = labelsKey(rest);
          let group = groups.get(key);
          if (!group) groups.set(key, (group = { labels: rest, buckets: [] }));
          group.buckets.push({ upperBound, count: s.value });
        }
        return vector([...groups.values()].map((g) => ({ labels: g.labels, value: bucketQuantile(q, g.buckets) })));
      }
      default:
        throw new PromqlError(`function ${fn}() is not supported`);
    }
  }

  private aggregate(expr: Extract<Expr, { kind: 'aggregate' }>, t: number): Value {
    const samples = this.vectorArg(expr.expr, t, expr.op);
    const groups = new Map<string, { labels: Labels; values: number[] }>();
    for (const s of samples) {
      const labels: Record<string, string> = {};
      for (const [k, v] of Object.entries(s.labels)) {
        const listed = expr.grouping?.labels.includes(k) ?? false;
        const keep = expr.grouping ? (expr.grouping.without ? !listed && k !== '__name__' : listed) : false;
        if (keep) labels[k] = v;
      }
      const key = labelsKey(labels);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { labels, values: [] }));
      group.values.push(s.value);
    }
    const reduce = (values: number[]): number => {
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

  private binary(expr: Extract<Expr, { kind: 'binary' }>, t: number): Value {
    const lhs = this.evaluate(expr.lhs, t);
    const rhs = this.evaluate(expr.rhs, t);
    const comparison = isComparison(expr.op);
    if (lhs.type === 'scalar' && rhs.type === 'scalar') {
      if (comparison && !expr.bool) throw new PromqlError(`comparisons between two numbers need 'bool'`);
      return { type: 'scalar', value: arithmetic(expr.op, lhs.value, rhs.value) };
    }
    // A comparison without `bool` filters, keeping the vector side's value (and its name).
    const result = (labels: Labels, a: number, b: number, keep: number): InstantSample | undefined => {
      const value = arithmetic(expr.op, a, b);
      if (comparison && !expr.bool) return value === 1 ? { labels, value: keep } : undefined;
      return { labels: withoutName(labels), value };
    };
    const out: InstantSample[] = [];
    if (lhs.type === 'vector' && rhs.type === 'scalar') {
      for (const s of lhs.samples) {
        const r = result(s.labels, s.value, rhs.value, s.value);
        if (r) out.push(r);
      }
    } else if (lhs.type === 'scalar' && rhs.type === 'vector') {
      for (const s of rhs.samples) {
        const r = result(s.labels, lhs.value, s.value, s.value);
        if (r) out.push(r);
      }
    } else if (lhs.type === 'vector' && rhs.type === 'vector') {
      const right = new Map<string, InstantSample>();
      for (const s of rhs.samples) {
        const key = matchingKey(s.labels, expr.matching);
        if (right.has(key)) throw new PromqlError(`many-to-one matching: the right side of '${expr.op}' has two series with the same labels; aggregate it (sum by ...) or use on(...)`);
        right.set(key, s);
      }
      const seen = new Set<string>();
      for (const s of lhs.samples) {
        const key = matchingKey(s.labels, expr.matching);
        const other = right.get(key);
        if (!other) continue;
        if (seen.has(key)) throw new PromqlError(`many-to-one matching: the left side of '${expr.op}' has two series with the same labels; aggregate it (sum by ...) or use on(...)`);
        seen.add(key);
        // One-to-one: the result keeps the left side's labels (those matched on, with `on`).
        const labels = expr.matching?.on ? Object.fromEntries(Object.entries(s.labels).filter(([k]) => expr.matching!.labels.includes(k))) : s.labels;
        const r = result(labels, s.value, other.value, s.value);
        if (r) out.push(r);
      }
    }
    return { type: 'vector', samples: out };
  }
}
