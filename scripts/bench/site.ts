// The production build the browser bench loads: built when missing or stale, copied so another build cannot change
// it mid-run, and served the way the e2e tests serve it (scripts/serve.mjs: under a subpath, with the headers of
// dist/_headers, the Content-Security-Policy included).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BASE_PATH = '/jwt-debugger/';

/**
 * Builds dist/ when it is missing or older than its sources (scripts/ensure-built.mjs, the e2e tests' own check)
 * and copies it, both under /tmp/e2e.lock, which every build on this machine takes. Returns the copy's folder.
 */
export function prepareSite(): { root: string } | { error: string } {
  const root = mkdtempSync(join(tmpdir(), 'jwt-bench-dist-'));
  console.log('Waiting for /tmp/e2e.lock to check the build of dist/ (and build it when stale)...');
  const run = spawnSync(
    'flock',
    [
      '-w',
      '900',
      '/tmp/e2e.lock',
      'sh',
      '-c',
      'node scripts/ensure-built.mjs site && cp -R dist/. "$0"',
      root,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] },
  );
  if (run.stderr !== '') process.stderr.write(run.stderr);
  if (run.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    return {
      error: `the build of dist/ failed or /tmp/e2e.lock was not free within 15 minutes (${run.status ?? 'signal'})`,
    };
  }
  return { root };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  readonly url: string;
  stop(): void;
}

/** Serves `root` with scripts/serve.mjs on a free port; resolves once it listens. */
export async function serve(root: string): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn('node', ['scripts/serve.mjs', String(port), BASE_PATH], {
    env: { ...process.env, SERVE_ROOT: root },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code ?? 'signal'})`)));
    child.stdout?.once('data', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    stop: () => {
      child.kill();
    },
  };
}

/** Every JavaScript file of the build's assets/ folder with its gzipped size (level 6, as static hosts send it). */
export function assetScripts(root: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const assets = join(root, 'assets');
  for (const name of readdirSync(assets)) {
    if (name.endsWith('.js')) sizes.set(name, gzipSync(readFileSync(join(assets, name))).length);
  }
  return sizes;
}
