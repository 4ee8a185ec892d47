import { describe, expect, it } from 'vitest';
import { b64u } from '../testing/build-token';
import { lintContextFor, PINNED_NOW_S } from '../testing/lint-context';
import { decodeToken } from '../token/decode';
import { runLint } from './run-lint';

describe('runLint', () => {
  it('finds nothing in a well-formed, short-lived ID token', () => {
    const payload = JSON.stringify({
      iss: 'https://a',
      sub: 'u',
      aud: 'c',
      nonce: 'n',
      iat: PINNED_NOW_S,
      exp: PINNED_NOW_S + 3600,
    });
    expect(runLint(lintContextFor('{"alg":"RS256","typ":"JWT","kid":"k1"}', payload))).toEqual([]);
  });

  it('lists 150,000 findings of one rule (gathered one by one, not spread as arguments)', () => {
    const items = Array.from({ length: 150_000 }, () => '{"a":1,"a":2}').join(',');
    const findings = runLint(
      lintContextFor('{"alg":"RS256","typ":"JWT","kid":"k1"}', `{"sub":"x","list":[${items}]}`),
    );
    expect(findings.filter((f) => f.id === 'duplicate-member')).toHaveLength(150_000);
  });

  it('lists findings highest severity first, each once', () => {
    const findings = runLint(
      lintContextFor('{"alg":"none","jku":"https://x","kid":"../../dev/null"}', '{"sub":"a","sub":"b"}', {
        key: { kind: 'secret', bytes: 4 },
      }),
    );
    expect(findings.map((f) => f.id)).toEqual([
      'alg-none',
      'duplicate-member',
      'kid-injection',
      'key-url-header',
      'no-exp',
    ]);
    expect(findings.map((f) => f.severity)).toEqual(['high', 'high', 'high', 'medium', 'medium']);
  });

  it('finds only header findings in a JWE', () => {
    const header = b64u('{"alg":"dir","enc":"A256GCM","jku":"https://x"}');
    const decoded = decodeToken(`${header}..AAAA.AAAA.AAAA`);
    expect(decoded.kind).toBe('jwe');
    expect(runLint({ decoded, now: 0 }).map((f) => f.id)).toEqual(['key-url-header']);
  });
});
