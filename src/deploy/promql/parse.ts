/**
 * PromQL parsed with Prometheus' own Lezer grammar (@prometheus-io/lezer-promql, the grammar
 * of Prometheus' web UI) into the small expression tree evaluate.ts understands: the subset
 * canary analyses use. Anything outside it is refused here, naming the construct, rather than
 * evaluated wrongly.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode } from '@lezer/common';

export type MatchType = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  type: MatchType;
  value: string;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '^' | '==' | '!=' | '>' | '<' | '>=' | '<=';
export type AggregateOp = 'sum' | 'avg' | 'min' | 'max' | 'count';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'vector'; matchers: Matcher[]; offsetMs: number; text: string }
  | { kind: 'matrix'; vector: Extract<Expr, { kind: 'vector' }>; rangeMs: number; text: string }
  | { kind: 'call'; fn: string; args: Expr[] }
  | { kind: 'aggregate'; op: AggregateOp; grouping?: { without: boolean; labels: string[] }; expr: Expr }
  | { kind: 'binary'; op: BinaryOp; lhs: Expr; rhs: Expr; bool: boolean; matching?: { on: boolean; labels: string[] } }
  | { kind: 'unary'; op: '-' | '+'; expr: Expr };

/** The query uses PromQL the action does not evaluate, or is not PromQL at all. */
export class PromqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PromqlError';
  }
}

/** Functions and what their arguments are. */
export const FUNCTIONS: Record<string, Array<'scalar' | 'vector' | 'matrix'>> = {
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

const AGGREGATES: readonly string[] = ['sum', 'avg', 'min', 'max', 'count'];
const OPERATORS: Record<string, BinaryOp> = { Add: '+', Sub: '-', Mul: '*', Div: '/', Mod: '%', Pow: '^', Eql: '==', Neq: '!=', Gtr: '>', Lss: '<', Gte: '>=', Lte: '<=' };
const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

export const SUPPORTED =
  'selectors with label matchers (=, !=, =~, !~) and offset, range selectors, rate, increase, irate, delta, <avg|min|max|sum|count|last>_over_time, histogram_quantile, abs, clamp_min, clamp_max, scalar, vector, sum/avg/min/max/count with by/without, + - * / % ^ and comparisons (with bool, on, ignoring), numbers and parentheses';

function durationMs(text: string): number {
  let total = 0;
  let rest = text.trim();
  if (/^\d+(\.\d+)?$/.test(rest)) return Number(rest) * 1000;
  while (rest) {
    const match = /^(\d+)(ms|s|m|h|d|w|y)/.exec(rest);
    if (!match) throw new PromqlError(`'${text}' is not a duration such as 30s or 5m`);
    total += Number(match[1]) * DURATION_UNITS[match[2]!]!;
    rest = rest.slice(match[0].length);
  }
  return total;
}

/** A PromQL string literal's value: "…" and '…' with Go escapes, `…` raw. */
function stringValue(text: string): string {
  const quote = text[0];
  const body = text.slice(1, -1);
  if (quote === '`') return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_all, esc: string) => {
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (esc in simple) return simple[esc]!;
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (/^[0-7]{3}$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
    throw new PromqlError(`unknown escape \\${esc} in ${text}`);
  });
}

/** A regex matcher's pattern, anchored as Prometheus anchors it. */
export function matcherRegex(value: string): RegExp {
  try {
    return new RegExp(`^(?:${value})$`);
  } catch (error) {
    throw new PromqlError(`'${value}' is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** Whether the matcher accepts a missing label (Prometheus refuses selectors made only of such matchers). */
function matchesEmpty(m: Matcher): boolean {
  if (m.type === '=') return m.value === '';
  if (m.type === '!=') return m.value !== '';
  const matches = matcherRegex(m.value).test('');
  return m.type === '=~' ? matches : !matches;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const list: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) list.push(c);
  return list;
}

/** Parses `query`; throws a PromqlError naming a syntax error's position or the unsupported construct. */
export function parsePromql(query: string): Expr {
  const tree = parser.parse(query);
  const text = (node: SyntaxNode) => query.slice(node.from, node.to);
  const unsupported = (node: SyntaxNode, what: string): never => {
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

  const vectorSelector = (node: SyntaxNode, offsetMs: number): Extract<Expr, { kind: 'vector' }> => {
    const matchers: Matcher[] = [];
    for (const child of children(node)) {
      if (child.name === 'Identifier') matchers.push({ name: '__name__', type: '=', value: text(child) });
      else if (child.name === 'LabelMatchers') {
        for (const m of children(child)) {
          if (m.name !== 'UnquotedLabelMatcher' && m.name !== 'QuotedLabelMatcher') unsupported(m, 'a quoted metric name');
          const [nameNode, opNode, valueNode] = children(m);
          const name = nameNode!.name === 'QuotedLabelName' ? stringValue(text(nameNode!)) : text(nameNode!);
          matchers.push({ name, type: text(opNode!) as MatchType, value: stringValue(text(valueNode!)) });
        }
      } else unsupported(child, `'${child.name}' in a selector`);
    }
    // Bad regexes are found here, not at the first evaluation mid-rollout.
    for (const m of matchers) if (m.type === '=~' || m.type === '!~') matcherRegex(m.value);
    if (matchers.every(matchesEmpty)) {
      throw new PromqlError(`the selector '${text(node)}' matches every series: give a metric name or a label matcher that does not match the empty string`);
    }
    return { kind: 'vector', matchers, offsetMs, text: text(node) };
  };

  const convert = (node: SyntaxNode): Expr => {
    const parts = children(node);
    switch (node.name) {
      case 'PromQL':
      case 'ParenExpr':
        if (parts.length !== 1) unsupported(node, 'this expression');
        return convert(parts[0]!);
      case 'NumberDurationLiteral': {
        const raw = text(node);
        const value = /^0x/i.test(raw) ? parseInt(raw, 16) : /^[+-]?(inf|nan)$/i.test(raw) ? Number(raw.replace(/inf/i, 'Infinity').replace(/nan/i, 'NaN')) : Number(raw);
        if (Number.isNaN(value) && !/nan/i.test(raw)) return { kind: 'number', value: durationMs(raw) / 1000 };
        return { kind: 'number', value };
      }
      case 'VectorSelector':
        return vectorSelector(node, 0);
      case 'MatrixSelector': {
        const vector = convert(parts[0]!);
        if (vector.kind !== 'vector') unsupported(node, 'a range of something other than a selector');
        if (parts[1]?.name !== 'DurationExpr' || parts.length !== 2 || children(parts[1]).length !== 1) unsupported(node, 'a computed range duration');
        return { kind: 'matrix', vector: vector as Extract<Expr, { kind: 'vector' }>, rangeMs: durationMs(text(parts[1]!)), text: text(node) };
      }
      case 'OffsetExpr': {
        const inner = convert(parts[0]!);
        const durationNode = parts.find((p) => p.name === 'OffsetDurationExpr')!;
        const offsetText = text(durationNode).replace(/\s+/g, '');
        const offsetMs = offsetText.startsWith('-') ? -durationMs(offsetText.slice(1)) : durationMs(offsetText);
        if (inner.kind === 'vector') return { ...inner, offsetMs };
        if (inner.kind === 'matrix') return { ...inner, vector: { ...inner.vector, offsetMs } };
        return unsupported(node, 'offset on an expression other than a selector');
      }
      case 'UnaryExpr':
        return { kind: 'unary', op: text(parts[0]!) as '-' | '+', expr: convert(parts[1]!) };
      case 'FunctionCall': {
        const fn = text(parts[0]!);
        const expected = FUNCTIONS[fn];
        if (!expected) return unsupported(node, `function ${fn}()`);
        const args = children(parts[1]!).map(convert);
        if (args.length !== expected.length) throw new PromqlError(`${fn}() takes ${expected.length} argument(s), got ${args.length}: '${text(node)}'`);
        args.forEach((arg, i) => {
          if (expected[i] === 'matrix' && arg.kind !== 'matrix') throw new PromqlError(`${fn}() needs a range selector such as metric[1m], got '${text(children(parts[1]!)[i]!)}'`);
          if (expected[i] !== 'matrix' && arg.kind === 'matrix') throw new PromqlError(`${fn}() does not take a range selector: '${text(children(parts[1]!)[i]!)}'`);
        });
        return { kind: 'call', fn, args };
      }
      case 'AggregateExpr': {
        const op = text(parts.find((p) => p.name === 'AggregateOp')!);
        if (!AGGREGATES.includes(op)) return unsupported(node, `aggregation ${op}`);
        const body = children(parts.find((p) => p.name === 'FunctionCallBody')!);
        if (body.length !== 1) throw new PromqlError(`${op}() takes one expression: '${text(node)}'`);
        const modifier = parts.find((p) => p.name === 'AggregateModifier');
        let grouping: { without: boolean; labels: string[] } | undefined;
        if (modifier) {
          const [keyword, labels] = children(modifier);
          grouping = { without: keyword!.name === 'Without', labels: labels ? children(labels).map((l) => (l.name === 'QuotedLabelName' ? stringValue(text(l)) : text(l))) : [] };
        }
        return { kind: 'aggregate', op: op as AggregateOp, ...(grouping ? { grouping } : {}), expr: convert(body[0]!) };
      }
      case 'BinaryExpr': {
        const [lhs, opNode, ...rest] = parts;
        const op = OPERATORS[opNode!.name];
        if (!op) return unsupported(node, `operator ${text(opNode!)}`);
        let bool = false;
        let matching: { on: boolean; labels: string[] } | undefined;
        for (const part of rest.slice(0, -1)) {
          if (part.name === 'BoolModifier') bool = true;
          else if (part.name === 'MatchingModifierClause') {
            const clause = children(part);
            if (clause.some((c) => c.name === 'GroupLeft' || c.name === 'GroupRight')) unsupported(part, 'group_left/group_right');
            const labels = clause.find((c) => c.name === 'GroupingLabels');
            matching = { on: clause[0]!.name === 'On', labels: labels ? children(labels).map((l) => text(l)) : [] };
          } else unsupported(part, `'${part.name}'`);
        }
        return { kind: 'binary', op, lhs: convert(lhs!), rhs: convert(rest.at(-1)!), bool, ...(matching ? { matching } : {}) };
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
