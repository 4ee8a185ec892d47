import { describe, expect, it } from 'vitest';
import { testStore } from '../testing';
import { selectDescribeMember } from './claims';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (header: unknown, payload: unknown): string => `${b64(header)}.${b64(payload)}.c2ln`;

function storeWith(header: unknown, payload: unknown) {
  const store = testStore();
  store.getState().setTokenText(token(header, payload), 'user');
  return store;
}

describe('selectDescribeMember', () => {
  const store = storeWith(
    { alg: 'RS256', kid: 'k', 'x-mine': 1 },
    {
      exp: 1,
      tid: 't',
      realm_access: { roles: ['a'] },
      resource_access: { account: { roles: ['b'] } },
      cnf: { jkt: 'x' },
      'x-custom': { roles: [] },
    },
  );
  const payload = selectDescribeMember.payload(store.getState());
  const header = selectDescribeMember.header(store.getState());

  it('says what a registered claim means and where, section included', () => {
    expect(payload(['exp'])?.source).toBe('RFC 7519 §4.1.4');
    expect(payload(['exp'])?.sentence).not.toBe('');
    expect(header(['alg'])?.source).toMatch(/^RFC 751[58] §/);
  });

  it('says a vendor claim is one', () => {
    expect(payload(['tid'])?.source).toBe('Microsoft Entra ID · vendor claim');
  });

  it('explains members one and two levels down with the source of the claim holding them', () => {
    expect(payload(['realm_access', 'roles'])?.source).toBe('Keycloak · vendor claim');
    expect(payload(['resource_access', 'account', 'roles'])?.sentence).not.toBe('');
    expect(payload(['cnf', 'jkt'])?.source).toBe('RFC 7800');
  });

  it('says nothing of a name nobody defines, or of a name in the other part', () => {
    expect(payload(['x-custom'])).toBeUndefined();
    expect(payload(['x-custom', 'roles'])).toBeUndefined();
    expect(header(['x-mine'])).toBeUndefined();
    expect(payload(['kid'])).toBeUndefined();
    expect(payload(['nope'])).toBeUndefined();
  });

  it('is the same function while the token does not change, and a new one when it does', () => {
    expect(selectDescribeMember.payload(store.getState())).toBe(payload);
    store.getState().setTokenText(token({ alg: 'HS256' }, { sub: 'a' }), 'user');
    const next = selectDescribeMember.payload(store.getState());
    expect(next).not.toBe(payload);
    expect(next(['exp'])).toBeUndefined();
    expect(next(['sub'])?.source).toBe('RFC 7519 §4.1.2');
  });
});
