/**
 * In a terminal, the `::error file=x,line=3::message` lines that @actions/core prints for the
 * runner are noise: this turns them into plain, readable lines.
 */

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;

/** Turns one line of runner commands into terminal text, or undefined to drop it. */
export function renderWorkflowCommand(line: string, debug: boolean): string | undefined {
  const match = COMMAND.exec(line);
  if (!match) return line;
  const [, command, props = '', rawMessage = ''] = match;
  const message = unescapeData(rawMessage);
  const properties = Object.fromEntries(
    props
      .split(',')
      .filter(Boolean)
      .map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq), unescapeData(p.slice(eq + 1))];
      }),
  );
  const where = properties.file && !message.startsWith(properties.file) ? `${properties.file}${properties.line ? `:${properties.line}` : ''}${properties.col ? `:${properties.col}` : ''}: ` : '';
  switch (command) {
    case 'error':
    case 'warning':
    case 'notice':
      return `${command}: ${where}${message}`;
    case 'group':
      return `▸ ${message}`;
    case 'endgroup':
      return undefined;
    case 'debug':
      return debug ? `debug: ${message}` : undefined;
    default:
      // add-mask, echo, stop-commands...: meaningful only to a runner.
      return undefined;
  }
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Runner commands whose rendering goes to stderr: errors and warnings are diagnostics, not output. */
const TO_STDERR = /^::(?:error|warning)[ :]/;

/**
 * Wraps process.stdout.write so that every line passes through renderWorkflowCommand; errors
 * and warnings are written to stderr, so stdout holds only the summary and the outputs.
 */
export function filterStdout(debug: boolean): () => void {
  const original = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  let pending = '';
  const write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const rendered = renderWorkflowCommand(line, debug);
      if (rendered !== undefined) (TO_STDERR.test(line) ? stderr : original)(`${rendered}\n`);
    }
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  process.stdout.write = write as typeof process.stdout.write;
  return () => {
    const rendered = pending ? renderWorkflowCommand(pending, debug) : undefined;
    if (rendered !== undefined) (TO_STDERR.test(pending) ? stderr : original)(`${rendered}\n`);
    process.stdout.write = original;
  };
}
