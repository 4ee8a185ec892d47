// Test support for Node only (excluded from the app's type check): certificates made by OpenSSL for keys made by
// Node, so expectations never come from the code under test.
import { execFileSync } from 'node:child_process';
import { X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A self-signed X.509 certificate for `key`, with the common name `cn`, valid for 30 days. */
export function selfSigned(key: KeyObject, cn: string): X509Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-x5c-'));
  writeFileSync(join(dir, 'key.pem'), key.export({ type: 'pkcs8', format: 'pem' }));
  const out = join(dir, 'cert.der');
  execFileSync('openssl', [
    'req',
    '-x509',
    '-key',
    join(dir, 'key.pem'),
    '-subj',
    `/CN=${cn}`,
    '-days',
    '30',
    '-outform',
    'DER',
    '-out',
    out,
  ]);
  return new X509Certificate(readFileSync(out));
}
