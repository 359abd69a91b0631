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

export interface ExposedSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

/** A line the format does not allow; `line` is 1-based. */
export class ExpositionError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'ExpositionError';
  }
}

/** Go's strconv.ParseFloat as Prometheus uses it: decimals, exponents, NaN and ±Inf. */
function parseValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

/** Reads `{a="b",c="d"}` from position `at` of `line`; returns the labels and the position after `}`. */
function parseLabels(line: string, at: number, lineNo: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = at + 1;
  const skipSpaces = () => {
    while (line[i] === ' ' || line[i] === '\t') i++;
  };
  for (;;) {
    skipSpaces();
    if (line[i] === '}') return { labels, end: i + 1 };
    const name = LABEL_NAME.exec(line.slice(i))?.[0];
    if (!name) throw new ExpositionError(lineNo, `expected a label name or '}' at column ${i + 1}`);
    i += name.length;
    skipSpaces();
    if (line[i] !== '=') throw new ExpositionError(lineNo, `expected '=' after label '${name}'`);
    i++;
    skipSpaces();
    if (line[i] !== '"') throw new ExpositionError(lineNo, `expected '"' to open the value of label '${name}'`);
    i++;
    let value = '';
    for (;;) {
      const c = line[i];
      if (c === undefined) throw new ExpositionError(lineNo, `unterminated value of label '${name}'`);
      i++;
      if (c === '"') break;
      if (c === '\\') {
        const next = line[i++];
        if (next === 'n') value += '\n';
        else if (next === '\\' || next === '"') value += next;
        else throw new ExpositionError(lineNo, `unknown escape '\\${next ?? ''}' in the value of label '${name}'`);
      } else value += c;
    }
    if (name in labels) throw new ExpositionError(lineNo, `label '${name}' appears twice`);
    labels[name] = value;
    skipSpaces();
    if (line[i] === ',') i++;
    else if (line[i] !== '}') throw new ExpositionError(lineNo, `expected ',' or '}' after the value of label '${name}'`);
  }
}

/** Every sample of an exposition, in order. Throws an ExpositionError naming the first bad line. */
export function parseExposition(text: string): ExposedSample[] {
  const samples: ExposedSample[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      if (trimmed === '# EOF') break;
      continue;
    }
    const start = line.length - line.trimStart().length;
    const name = METRIC_NAME.exec(line.slice(start))?.[0];
    if (!name) throw new ExpositionError(n + 1, `expected a metric name, got '${trimmed.slice(0, 40)}'`);
    let i = start + name.length;
    let labels: Record<string, string> = {};
    if (line[i] === '{') ({ labels, end: i } = parseLabels(line, i, n + 1));
    // The value, an optional timestamp (ignored: the scrape's time is used, as Prometheus does
    // for samples without one, so both sides share one clock), and an OpenMetrics exemplar.
    const rest = line.slice(i).split(' # ')[0]!.trim().split(/[ \t]+/);
    if (rest[0] === '' || rest.length > 2) throw new ExpositionError(n + 1, `expected '<value> [timestamp]' after ${name}, got '${line.slice(i).trim()}'`);
    const value = parseValue(rest[0]!);
    if (value === undefined) throw new ExpositionError(n + 1, `'${rest[0]}' is not a number (the value of ${name})`);
    samples.push({ name, labels, value });
  }
  return samples;
}
