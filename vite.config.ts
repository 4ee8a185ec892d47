import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

/**
 * The name of the page's one Trusted Types policy, which src/service-worker.ts creates (it gets the name as
 * `__SERVICE_WORKER_URL_POLICY__`) to register the service worker.
 */
export const SERVICE_WORKER_URL_POLICY = 'service-worker-url';

/**
 * The Content-Security-Policy of the built page: it may load its own scripts, styles, icons, manifest and
 * service worker, and nothing else; it may not connect anywhere, not even to its own origin (a same-origin
 * `fetch('./?leak=<token>')` would put a token into the host's access log). Only added to the build: the dev
 * server needs inline scripts for hot reload. public/_headers and docs/nginx.conf send it as a header too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // MUI (emotion) and CodeMirror insert <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  // The favicon and the web manifest's icons (Chromium checks those against img-src too: without them the
  // app is not installable); nothing draws any other image.
  "img-src 'self'",
  "connect-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Trusted Types: no string may reach an HTML, script or script-URL sink (innerHTML, script.src, eval, ...).
  // React, MUI, emotion, CodeMirror and the lazy chunks (import()) never hand one a string; the only sink the
  // app uses is navigator.serviceWorker.register, whose one URL goes through the policy named here
  // (src/service-worker.ts), which lets nothing else through.
  "require-trusted-types-for 'script'",
  `trusted-types ${SERVICE_WORKER_URL_POLICY}`,
].join('; ');

/**
 * The service worker's own policy, sent with `sw.js` by public/_headers and docs/nginx.conf. A worker's CSP
 * comes from its own response, not from the page; under the page's `connect-src 'none'` it could not fetch
 * the files it precaches for offline use. It may fetch its own origin's files, and load nothing else: no
 * script-src, since the Workbox runtime is inlined into sw.js (`inlineWorkboxRuntime`) and never calls
 * importScripts.
 */
export const SERVICE_WORKER_CONTENT_SECURITY_POLICY = ["default-src 'none'", "connect-src 'self'"].join('; ');

/** The one-file edition's name in `dist-single/`. */
export const SINGLE_FILE_NAME = 'jwt-debugger.html';

/**
 * The one-file edition's policy: opened from disk it has no origin to call 'self', so it allows nothing to
 * load or connect at all; its one inline script is allowed by its hash, and images only as data: URLs.
 */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((hash) => `'${hash}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // No service worker here, so no Trusted Types policy either: no string reaches any script sink.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

/** Puts the CSP first in the built page's head. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * For the one-file edition: the favicon becomes a data: URL, and once every script is inlined a CSP allowing
 * exactly those scripts (by SHA-256) goes first in the head.
 */
function singleFilePolicyAndIcon(): Plugin {
  const icon = readFileSync(new URL('./public/favicon.svg', import.meta.url));
  const iconUrl = `data:image/svg+xml;base64,${icon.toString('base64')}`;
  return {
    name: 'single-file-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('href="./favicon.svg"', `href="${iconUrl}"`),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
            ([, body]) =>
              `sha256-${createHash('sha256')
                .update(body ?? '')
                .digest('base64')}`,
          );
          file.source = html.replace('<head>', `<head>\n    ${policyMeta(singleFilePolicy(hashes))}`);
        }
      },
    },
  };
}

/** Precaches the built files in a service worker, so that after one visit the site works offline. */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    // src/service-worker.ts registers sw.js, through the page's one Trusted Types policy.
    injectRegister: false,
    manifest: {
      name: 'JWT Debugger',
      short_name: 'JWT Debugger',
      description: 'Decode, verify and sign JSON Web Tokens in your browser. Nothing leaves the page.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#1e1e2e',
      theme_color: '#1e1e2e',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled at once, so it works offline without a second visit.
      clientsClaim: true,
      skipWaiting: true,
      // One file: the worker's own CSP (SERVICE_WORKER_CONTENT_SECURITY_POLICY) allows no importScripts.
      inlineWorkboxRuntime: true,
      // The extra-algorithm chunk (noble curves and ML-DSA) is large; every file must be there offline.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

/** What the chunking pass can ask about a module: its static importers, and whether it is the page's entry. */
interface ChunkingContext {
  getModuleInfo(id: string): { readonly importers: readonly string[]; readonly isEntry: boolean } | null;
}

/**
 * Every module the page's entry imports statically (what the first load needs) goes into one chunk, `app`. Left
 * alone, the bundler splits them into dozens of small files wherever a lazy chunk shares a module with the entry,
 * and each file compressed on its own costs more bytes on the wire than their sum compressed once (about 8 KB
 * gzip of the first load). Lazy chunks import what they share from `app`; what only they need stays lazy.
 */
function firstLoadChunk(): (id: string, context: ChunkingContext) => string | null {
  // The page, not a worker's entry (which must not import the page's chunk).
  const isPage = (id: string, isEntry: boolean): boolean => isEntry && id.endsWith('.html');
  // A package's index re-exports all of it (jose, @mui/material/utils), and the first load uses a few of its
  // exports: what is reached only through one is left to the automatic chunking, which keeps only what is used.
  const BARREL = /node_modules\/.*\/index\.m?js$/;
  const eager = new Map<string, boolean>();
  const isEager = (id: string, context: ChunkingContext, seen: Set<string>): boolean => {
    const known = eager.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const info = context.getModuleInfo(id);
    const answer =
      info !== null &&
      (isPage(id, info.isEntry) ||
        info.importers.some((importer) => !BARREL.test(importer) && isEager(importer, context, seen)));
    // Only a positive answer is final: a negative one may come from a cycle still being walked.
    if (answer) eager.set(id, true);
    return answer;
  };
  return (id, context) => (isEager(id, context, new Set()) ? 'app' : null);
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative asset paths: dist/ works when copied under any subpath of any static host.
    base: './',
    define: { __SERVICE_WORKER_URL_POLICY__: JSON.stringify(SERVICE_WORKER_URL_POLICY) },
    plugins: single
      ? [
          react(),
          viteSingleFile({ removeViteModuleLoader: true, outputFileName: SINGLE_FILE_NAME }),
          singleFilePolicyAndIcon(),
        ]
      : [react(), contentSecurityPolicy(), offline()],
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1000,
      // The one-file edition inlines every chunk anyway.
      ...(single
        ? {}
        : { rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstLoadChunk() }] } } } }),
      ...(single ? { outDir: 'dist-single', copyPublicDir: false } : {}),
    },
    test: {
      include: ['src/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
