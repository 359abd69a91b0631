import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/runner/atomic-write.js';
import { UserError } from '../../../src/runner/errors.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'atomic-write-'));
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
const posix = process.platform !== 'win32';

describe('writeFileAtomic', () => {
  it('replaces a regular file by a rename (a new inode), keeps its mode and leaves no temporary file', () => {
    const dir = fresh();
    const path = join(dir, 'report.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    const before = statSync(path).ino;
    writeFileAtomic(path, 'new', 'report');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).ino).not.toBe(before);
    if (posix) expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(temporaries(dir)).toEqual([]);
  });

  it('creates missing parent directories', () => {
    const dir = fresh();
    writeFileAtomic(join(dir, 'a', 'b', 'out.json'), '{}');
    expect(readFileSync(join(dir, 'a', 'b', 'out.json'), 'utf8')).toBe('{}');
  });

  it.runIf(posix)('keeps a symlink and replaces the file it points to (relative link, another directory)', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'report.json');
    writeFileSync(target, 'old');
    const link = join(dir, 'report.json');
    symlinkSync('real/report.json', link);
    writeFileAtomic(link, 'new', 'report');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/report.json');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(temporaries(dir)).toEqual([]);
    expect(temporaries(join(dir, 'real'))).toEqual([]);
  });

  it.runIf(posix)('follows a chain of links, and creates the target of a dangling one', () => {
    const dir = fresh();
    symlinkSync(join(dir, 'middle'), join(dir, 'first'));
    symlinkSync('last.json', join(dir, 'middle'));
    writeFileAtomic(join(dir, 'first'), 'content');
    expect(lstatSync(join(dir, 'first')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'middle')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'last.json'), 'utf8')).toBe('content');
    writeFileAtomic(join(dir, 'first'), 'again');
    expect(readFileSync(join(dir, 'last.json'), 'utf8')).toBe('again');
  });

  it.runIf(posix)('refuses a symlink loop with a UserError naming the path', () => {
    const dir = fresh();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    expect(() => writeFileAtomic(join(dir, 'a'), 'x', 'report')).toThrow(UserError);
    expect(() => writeFileAtomic(join(dir, 'a'), 'x', 'report')).toThrow(/Cannot write the report '.*\/a'/);
  });

  it.runIf(posix)('writes into a FIFO that is being read, without replacing it', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk) => (read += chunk));
    const closed = new Promise((done) => reader.on('close', done));
    // Wait until cat has the FIFO open for reading.
    const deadline = Date.now() + 5000;
    let written = false;
    while (!written && Date.now() < deadline) {
      try {
        writeFileAtomic(fifo, 'through the pipe\n', 'report');
        written = true;
      } catch (error) {
        if (!/no process is reading/.test((error as Error).message)) throw error;
        await new Promise((wait) => setTimeout(wait, 20));
      }
    }
    await closed;
    expect(written).toBe(true);
    expect(read).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it.runIf(posix)('refuses a FIFO nobody reads instead of waiting forever, and leaves it a FIFO', () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, 'x', 'report')).toThrow(/Cannot write the report '.*pipe': it is a named pipe \(FIFO\) that no process is reading/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it.runIf(posix)('writes into a symlink to a FIFO through the link, keeping both', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'report.json'));
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk) => (read += chunk));
    const closed = new Promise((done) => reader.on('close', done));
    for (let tries = 0; ; tries++) {
      try {
        writeFileAtomic(join(dir, 'report.json'), 'linked', 'report');
        break;
      } catch (error) {
        if (tries > 250) throw error;
        await new Promise((wait) => setTimeout(wait, 20));
      }
    }
    await closed;
    expect(read).toBe('linked');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a directory with the error of the rename, leaving it and no temporary file', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out'));
    expect(() => writeFileAtomic(join(dir, 'out'), 'x', 'report')).toThrow(/Cannot write the report '.*out'/);
    expect(statSync(join(dir, 'out')).isDirectory()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it.runIf(posix)('does not rename over a socket: opening it fails with a UserError, and it stays a socket', async () => {
    const dir = fresh();
    const path = join(dir, 'report.sock');
    const server = createServer();
    await new Promise<void>((listening) => server.listen(path, listening));
    try {
      expect(() => writeFileAtomic(path, 'x', 'report')).toThrow(UserError);
      expect(() => writeFileAtomic(path, 'x', 'report')).toThrow(/Cannot write the report '.*report\.sock'/);
      expect(lstatSync(path).isSocket()).toBe(true);
      expect(temporaries(dir)).toEqual([]);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});
