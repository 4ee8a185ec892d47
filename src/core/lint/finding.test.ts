import { describe, expect, it } from 'vitest';
import {
  describeFinding,
  describeReference,
  findingReference,
  type Finding,
  type FindingId,
} from './finding';

// One example per id; typed as a Record so that a new id without an example fails the type check.
const EXAMPLES: Record<FindingId, Finding> = {
  'alg-none': { id: 'alg-none', severity: 'high', alg: 'none' },
  'known-secret': { id: 'known-secret', severity: 'high', secret: 'your-256-bit-secret' },
  'short-secret': { id: 'short-secret', severity: 'high', alg: 'HS256', bytes: 6, needed: 32 },
  'no-exp': { id: 'no-exp', severity: 'medium' },
  'long-lifetime': { id: 'long-lifetime', severity: 'low', lifetime: 172_800_000, from: 'iat' },
  'iat-in-future': { id: 'iat-in-future', severity: 'medium', iat: 1, ahead: 600_000 },
  'exp-in-milliseconds': {
    id: 'exp-in-milliseconds',
    severity: 'medium',
    claim: 'exp',
    value: 1764064800000,
  },
  'key-url-header': { id: 'key-url-header', severity: 'medium', parameter: 'jku', url: 'https://x' },
  'embedded-key-header': { id: 'embedded-key-header', severity: 'medium', parameter: 'x5c' },
  'kid-injection': { id: 'kid-injection', severity: 'high', kid: '../../dev/null', pattern: 'path' },
  'crit-unknown': { id: 'crit-unknown', severity: 'medium', problem: 'unknown', names: ['exp'] },
  'duplicate-member': {
    id: 'duplicate-member',
    severity: 'high',
    part: 'payload',
    pointer: '/payload/sub',
    name: 'sub',
  },
  'sensitive-data': {
    id: 'sensitive-data',
    severity: 'high',
    what: 'password',
    pointer: '/payload/password',
    name: 'password',
  },
  'key-confusion': { id: 'key-confusion', severity: 'high', alg: 'HS256', private: false },
  'typ-mismatch': { id: 'typ-mismatch', severity: 'medium', typ: 'at+jwt', use: 'id-token', expected: 'JWT' },
  'inexact-number': {
    id: 'inexact-number',
    severity: 'low',
    pointer: '/payload/id',
    raw: '12345678901234567890',
    jsText: '12345678901234567000',
  },
};

describe('findings', () => {
  it.each(Object.values(EXAMPLES))('$id has words and a reference', (finding) => {
    const words = describeFinding(finding);
    expect(words).toMatch(/^\S.*\.$/s);
    expect(words).not.toContain('undefined');
    const reference = findingReference(finding.id);
    expect(describeReference(reference)).toMatch(/^RFC \d+ section [\d.]+$/);
    expect(reference.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/);
  });

  it('names the known secret in its words, as the contract asks', () => {
    expect(describeFinding(EXAMPLES['known-secret'])).toContain('your-256-bit-secret');
  });

  it('uses kebab-case ids', () => {
    for (const id of Object.keys(EXAMPLES)) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
