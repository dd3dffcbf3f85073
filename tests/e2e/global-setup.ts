/**
 * End-to-end global setup: builds the app once and serves it for every e2e test file.
 *
 * What it does, once per `vitest run --project e2e`:
 *   1. `npm run data` (turns data/stories/* into public/data/**) when the build-data script exists;
 *   2. a production build with vite's programmatic `build()` into a fresh temp folder (so parallel
 *      work in the repo's own `dist/` is never disturbed);
 *   3. serves that folder with vite's programmatic `preview()` on a free port (port 0);
 *   4. `provide('baseUrl', url)`: the URL ends with '/', e.g. `http://127.0.0.1:41234/`.
 *
 * How tests use it:
 * ```ts
 * import { inject } from 'vitest';
 * import { launchBrowser } from './helpers/browser';
 * const baseUrl = inject('baseUrl');
 * const browser = await launchBrowser();
 * const page = await browser.newPage();
 * await page.goto(`${baseUrl}#/story/trump-kim-letters`);
 * ```
 * Set `PARALLAX_E2E_SKIP_DATA=1` to reuse an existing public/data (faster local reruns).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root URL of the built app served by `preview()`, ending with '/'. */
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
let server: PreviewServer | null = null;
let outDir: string | null = null;

/** Vitest global setup: data, build, preview, provide('baseUrl'). */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.PARALLAX_E2E_SKIP_DATA !== '1' && existsSync(join(root, 'src/cli/build-data.ts'))) {
    execSync('npm run --silent data', { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(join(root, 'public/data/stories/index.json'))) {
    throw new Error('e2e: public/data/stories/index.json is missing; run `npm run data` first.');
  }
  outDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  // Vitest runs with NODE_ENV=test, which would make the bundle pick React's development build;
  // the e2e tests exercise what users get, so build as `npm run build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('e2e: preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

/** Vitest global teardown: stop the server and remove the temporary build. */
export async function teardown(): Promise<void> {
  await server?.close();
  server = null;
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = null;
}
