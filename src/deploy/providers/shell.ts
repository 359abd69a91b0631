/** Runs a user's shell command with extra environment, capturing its output for errors and logs. */
import { spawn } from 'node:child_process';

export interface ShellResult {
  stdout: string;
  stderr: string;
}

/** Last few lines of a command's output, for an error message. */
function tail(text: string, lines = 5): string {
  return text.trim().split('\n').slice(-lines).join(' | ');
}

/** Runs `command` with `sh -c`; rejects on a non-zero exit, a signal or the timeout. */
export function runShell(command: string, env: Record<string, string>, timeoutMs: number): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else {
        const how = signal ? `was killed by ${signal}${signal === 'SIGKILL' ? ` (timeout ${timeoutMs} ms?)` : ''}` : `exited with code ${code}`;
        reject(new Error(`\`${command}\` ${how}${stderr.trim() ? `: ${tail(stderr)}` : ''}`));
      }
    });
  });
}
