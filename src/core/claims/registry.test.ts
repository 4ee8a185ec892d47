import { describe, expect, it } from 'vitest';
import { CLAIM_SOURCES, VENDOR_SOURCES } from './claim-info';
import { CLAIM_CATALOGUE, describeClaim, describeClaimValue, describeNestedClaim } from './registry';

const ONE_SENTENCE = /^[^\s.][^\n]*[.]$/;

describe('the claims catalogue', () => {
  it.each(CLAIM_CATALOGUE.map((c) => [`${c.part} ${c.name}`, c] as const))(
    '%s has one sentence and a source from the list',
    (_, info) => {
      expect(info.sentence).toMatch(ONE_SENTENCE);
      // One sentence: no full stop followed by a capital inside.
      expect(info.sentence.slice(0, -1)).not.toMatch(/\.\s+[A-Z]/);
      expect(CLAIM_SOURCES).toContain(info.source);
      expect(info.vendor).toBe(VENDOR_SOURCES.has(info.source));
      for (const child of Object.values(info.children ?? {})) expect(child.sentence).toMatch(ONE_SENTENCE);
      for (const words of Object.values(info.values ?? {})) expect(words).toMatch(ONE_SENTENCE);
    },
  );

  it('has no name twice in the same part', () => {
    const seen = new Set<string>();
    for (const info of CLAIM_CATALOGUE) {
      const key = `${info.part}:${info.name}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it.each([
    [
      'header',
      ['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit', 'enc', 'zip'],
    ],
    [
      'payload',
      [
        'iss',
        'sub',
        'aud',
        'exp',
        'nbf',
        'iat',
        'jti',
        'auth_time',
        'nonce',
        'acr',
        'amr',
        'azp',
        'at_hash',
        'c_hash',
        'email',
        'updated_at',
        'act',
        'may_act',
        'scope',
        'client_id',
        'cnf',
        'htm',
        'htu',
        'ath',
        '_sd',
        '_sd_alg',
        'tid',
        'oid',
        'azpacr',
        'appid',
        'scp',
        'roles',
        'wids',
        'uti',
        'rh',
        'aio',
        'ver',
        'groups',
        'realm_access',
        'resource_access',
        'session_state',
        'cognito:groups',
        'token_use',
        'hd',
        'repository',
        'job_workflow_ref',
        'kubernetes.io',
      ],
    ],
  ] as const)('explains every %s name the issue lists', (part, names) => {
    for (const name of names) expect(describeClaim(part, name), name).toBeDefined();
  });

  it('names the contract sources', () => {
    expect(describeClaim('payload', 'exp')).toMatchObject({
      source: 'RFC 7519',
      kind: 'time',
      vendor: false,
    });
    expect(describeClaim('header', 'kid')).toMatchObject({ source: 'RFC 7515', part: 'header' });
    expect(describeClaim('payload', 'nonce')).toMatchObject({ source: 'OpenID Connect Core 1.0' });
    expect(describeClaim('payload', 'tid')).toMatchObject({ source: 'Microsoft Entra ID', vendor: true });
    expect(describeClaim('payload', 'realm_access')).toMatchObject({ source: 'Keycloak', vendor: true });
    expect(describeClaim('payload', 'scp')).toMatchObject({ kind: 'space-list' });
  });

  it('invents nothing for names nobody defines, or in the wrong part', () => {
    expect(describeClaim('payload', 'favourite_colour')).toBeUndefined();
    expect(describeClaim('payload', 'EXP')).toBeUndefined();
    expect(describeClaim('payload', 'constructor')).toBeUndefined();
    expect(describeClaim('payload', 'alg')).toBeUndefined();
    expect(describeClaim('header', 'tid')).toBeUndefined();
  });

  it('explains nested members one level down', () => {
    expect(describeNestedClaim('payload', ['realm_access', 'roles'])).toMatchObject({ source: 'Keycloak' });
    expect(describeNestedClaim('payload', ['resource_access', 'account'])).toBeDefined();
    expect(describeNestedClaim('payload', ['resource_access', 'account', 'roles'])).toBeDefined();
    expect(describeNestedClaim('payload', ['act', 'sub'])).toMatchObject({ source: 'RFC 8693' });
    expect(describeNestedClaim('payload', ['cnf', 'jkt'])).toMatchObject({ source: 'RFC 7800' });
    expect(describeNestedClaim('payload', ['cnf', 'jwk'])).toBeDefined();
    expect(describeNestedClaim('payload', ['cnf', 'other'])).toBeUndefined();
    expect(describeNestedClaim('payload', ['exp', 'x'])).toBeUndefined();
    expect(describeNestedClaim('payload', ['realm_access'])).toBeUndefined();
  });

  it('explains RFC 8176 amr values', () => {
    expect(describeClaimValue('payload', 'amr', 'otp')).toMatch(/one-time password/);
    expect(describeClaimValue('payload', 'amr', 'toString')).toBeUndefined();
  });
});
