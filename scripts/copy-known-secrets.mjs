// Derives the known-secret list the app bundles (src/core/lint/data/) from the project's shared data: the
// wallarm/jwt-secrets list (MIT) with its licence file beside it. Usage: node scripts/copy-known-secrets.mjs [dir]
// (default ../shared/data). The list is bundled as a lazily imported `?raw` module (load-known-secrets.ts), since
// the page's CSP (connect-src 'none') lets no worker fetch it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2] ?? join('..', 'shared', 'data');
const to = join('src', 'core', 'lint', 'data');
mkdirSync(to, { recursive: true });
const text = readFileSync(join(from, 'jwt-secrets.txt'), 'utf8').replace(/\r\n/g, '\n');
writeFileSync(join(to, 'jwt-secrets.txt'), text.endsWith('\n') ? text : `${text}\n`);
copyFileSync(join(from, 'jwt-secrets.LICENSE'), join(to, 'jwt-secrets.LICENSE'));
console.log(`${text.split('\n').filter((l) => l !== '').length} secrets and the licence written to ${to}`);
