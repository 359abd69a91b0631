/**
 * One command to HAProxy's runtime API (the `stats socket`): connect, send the line, read the
 * answer until HAProxy closes the connection (non-interactive mode does after one command).
 */
import { connect, type Socket } from 'node:net';

/** Where the runtime API listens: `tcp:host:port`, `ipv4@host:port`, `host:port`, or `unix:/path` / an absolute path. */
export type RuntimeAddress = { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

/** Parses a runtime API address; undefined when it is none of the accepted forms. */
export function parseRuntimeAddress(text: string): RuntimeAddress | undefined {
  const value = text.trim();
  if (value.startsWith('unix:')) return { kind: 'unix', path: value.slice(5) };
  if (value.startsWith('/')) return { kind: 'unix', path: value };
  const match = /^(?:tcp:|ipv4@)?([^:\s]+):(\d{1,5})$/.exec(value);
  if (!match) return undefined;
  const port = Number(match[2]);
  return port > 0 && port < 65536 ? { kind: 'tcp', host: match[1]!, port } : undefined;
}

/** Sends one command and returns HAProxy's answer (trimmed). */
export function runtimeCommand(address: RuntimeAddress, command: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: Socket = address.kind === 'tcp' ? connect(address.port, address.host) : connect(address.path);
    let answer = '';
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('connect', () => socket.end(`${command}\n`));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', (hadError) => {
      if (!hadError) resolve(answer.trim());
    });
  });
}
