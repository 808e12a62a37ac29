// `govkg ingest` as a child process, exactly as a user runs it, so a fault can kill the whole process.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface IngestChild {
  child: ChildProcess;
  /** Documents the child has logged as stored (new, changed or rewritten). */
  readonly stored: number;
  /** Resolves once `n` documents are stored, or the child has exited (then rejects). */
  storedAtLeast(n: number): Promise<void>;
  /** Exit code (or the signal's name) and everything the child wrote to stderr. */
  exit: Promise<{ code: number | string; stderr: string }>;
}

const STORED = /"status":"(?:new|changed|rewritten)"/;

export function spawnIngest(paths: readonly string[], env: NodeJS.ProcessEnv): IngestChild {
  const child = spawn(process.execPath, ['bin/govkg.js', 'ingest', ...paths], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let stored = 0;
  let pending = '';
  let closed = false;
  const waiters: { n: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (STORED.test(line)) stored++;
    for (const w of waiters.filter((w) => stored >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const exit = new Promise<{ code: number | string; stderr: string }>((resolve) => {
    child.once('close', (code, signal) => {
      closed = true;
      for (const w of waiters.splice(0))
        w.reject(new Error(`ingest exited (${code ?? signal}) early:\n${stderr.slice(-2000)}`));
      resolve({ code: code ?? signal ?? 'unknown', stderr });
    });
  });
  return {
    child,
    get stored() {
      return stored;
    },
    storedAtLeast(n) {
      if (stored >= n) return Promise.resolve();
      if (closed)
        return Promise.reject(new Error(`ingest exited after ${stored} documents:\n${stderr.slice(-2000)}`));
      return new Promise((resolve, reject) => waiters.push({ n, resolve, reject }));
    },
    exit,
  };
}

/** Runs an ingest to the end. */
export async function ingest(paths: readonly string[], env: NodeJS.ProcessEnv) {
  return spawnIngest(paths, env).exit;
}
