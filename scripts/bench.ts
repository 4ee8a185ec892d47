// `npm run bench`: times the core decoder on tokens of about 400 B, 100 KB and 1 MB, beside plain JSON.parse of
// the same payload bytes (the DESIGN.md budget: a 1 MB token within 3x of JSON.parse; 400 B well under 0.1 ms).
import { performance } from 'node:perf_hooks';
import { decodeToken } from '../src/core/token/decode';

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** A realistic claims set grown to about `bytes` of JSON: nested objects, arrays, strings and numbers. */
function payloadOfSize(bytes: number): string {
  const base = {
    iss: 'https://login.example.com/tenant/v2.0',
    sub: 'a1b2c3d4-e5f6-7890-abcd-ef0123456789',
    aud: ['api://orders', 'api://billing'],
    iat: 1763856000,
    exp: 1763859600,
    name: 'Ada Lovelace',
    roles: [] as unknown[],
  };
  let i = 0;
  while (JSON.stringify(base).length < bytes) {
    base.roles.push({
      id: i,
      name: `role-${i}`,
      scopes: ['read', 'write', `tenant:${i % 97}`],
      weight: i * 0.5,
      on: i % 2 === 0,
    });
    i++;
  }
  return JSON.stringify(base);
}

function tokenFor(payload: string): string {
  return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payload)}.${b64url('x'.repeat(32))}`;
}

function time(fn: () => unknown, minMs: number): { mean: number; median: number; runs: number } {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (performance.now() - start < minMs || samples.length < 5) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { mean, median: samples[samples.length >> 1] ?? mean, runs: samples.length };
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

const sizes = [
  ['400 B', 250],
  ['100 KB', 75_000],
  ['1 MB', 750_000],
] as const;

console.log(
  'core decode (extract, split, base64url, UTF-8, lossless JSON tree, pretty print) vs JSON.parse of the payload',
);
console.log('size      token bytes   decodeToken median   JSON.parse median   ratio   runs');
for (const [label, payloadBytes] of sizes) {
  const payload = payloadOfSize(payloadBytes);
  const token = tokenFor(payload);
  const check = decodeToken(token);
  if (check.errors.length > 0) throw new Error(`bench token does not decode: ${check.errors[0]?.code ?? ''}`);
  const decode = time(() => decodeToken(token), 1500);
  const parse = time(() => JSON.parse(payload), 1000);
  console.log(
    `${label.padEnd(9)} ${String(token.length).padStart(11)}   ${fmt(decode.median).padStart(18)}   ${fmt(parse.median).padStart(17)}   ${(decode.median / parse.median).toFixed(1).padStart(5)}x   ${decode.runs}`,
  );
}
