// Serves the built site (dist/) under a subpath, as a static host would: `node scripts/serve.mjs [port] [base]`.
// The e2e tests run against this, so they prove the build works away from the server root. It sends the
// headers of the site's `_headers` file the way Cloudflare Pages reads it (below), so the tests see exactly
// what such a host sends: the page's Content-Security-Policy and the service worker's own.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const port = Number(process.argv[2] ?? 4173);
const base = process.argv[3] ?? '/jwt-debugger/';
const root = resolve(process.env.SERVE_ROOT ?? 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Reads a `_headers` file into rules: a path pattern (`*` matches anything) on a line of its own, then
 * indented `Name: value` lines to attach and `! Name` lines to detach a header a broader rule attached.
 */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ match: new RegExp(`^${pattern}$`), attach: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (rule === undefined) throw new Error(`${file}: a header before any path: ${text}`);
    const detach = /^!\s*(\S+)$/.exec(text);
    const attach = /^([\w-]+):\s*(.+)$/.exec(text);
    if (detach !== null) rule.detach.push(detach[1].toLowerCase());
    else if (attach !== null) rule.attach.push([attach[1].toLowerCase(), attach[2]]);
    else throw new Error(`${file}: not a header line: ${text}`);
  }
  return rules;
}

/**
 * The headers for one path, as Cloudflare Pages computes them: every matching rule applies in file order, a
 * header attached by two rules gets both values joined by a comma (for a CSP: two policies, both enforced),
 * and `! Name` removes what earlier rules attached. (Netlify instead lets the later rule's value replace the
 * earlier one and ignores `!` lines; a file written for both gives the same result on either.)
 */
function headersFor(rules, path) {
  const headers = new Map();
  for (const rule of rules) {
    if (!rule.match.test(path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.attach) {
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return Object.fromEntries(headers);
}

const rules = readHeaderRules(join(root, '_headers'));

function send(res, status, body = '') {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base });
    res.end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    send(res, 404, 'not found');
    return;
  }
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    // A malformed percent-escape (`%E0%A4%A`) is the client's mistake; it must not stop the server.
    send(res, 400, 'bad request');
    return;
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep)) {
    send(res, 403, 'forbidden');
    return;
  }
  try {
    // The host's configuration file is read, never served.
    if (file === join(root, '_headers') || !statSync(file).isFile()) throw new Error('not a file');
  } catch {
    send(res, 404, 'not found');
    return;
  }
  res.writeHead(200, {
    ...headersFor(rules, `/${url.pathname.slice(base.length)}`),
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
