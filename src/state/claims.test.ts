import { describe, expect, it } from 'vitest';
import {
  MAX_CHIPS,
  selectClaimRows,
  selectLeewayInputError,
  selectNowInputError,
  selectTimeClaimWords,
  selectTimeline,
  selectTimeStatus,
} from './selectors/claims';
import { testStore } from './testing';

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const token = (header: string, payload: string): string => `${b64(header)}.${b64(payload)}.c2ln`;

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const NOW_S = NOW / 1000;

function storeWith(payload: string, header = '{"alg":"RS256","typ":"JWT","kid":"k1"}') {
  const store = testStore();
  store.getState().setTokenText(token(header, payload));
  store.getState().pinNow(NOW, NOW);
  return store;
}

const ENTRA = JSON.stringify({
  aud: 'api://orders',
  iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
  iat: NOW_S - 600,
  nbf: NOW_S - 600,
  exp: NOW_S + 3000,
  azp: '2d2a0b1c-aaaa-bbbb-cccc-1234567890ab',
  oid: '00000000-0000-0000-0000-000000000001',
  roles: ['Orders.Read', 'Orders.Write'],
  scp: 'User.Read Mail.Send',
  tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  ver: '2.0',
  amr: ['pwd', 'mfa'],
  custom_thing: 1,
});

describe('claim rows', () => {
  it('lists every member of header and payload in order, with names as written and duplicates kept', () => {
    const store = storeWith('{"sub":"a","admin":false,"admin":true,"x-Name":1}');
    const rows = selectClaimRows(store.getState());
    expect(rows.header.map((r) => r.name)).toEqual(['alg', 'typ', 'kid']);
    expect(rows.payload.map((r) => [r.name, r.duplicate])).toEqual([
      ['sub', false],
      ['admin', false],
      ['admin', true],
      ['x-Name', false],
    ]);
    expect(rows.payload.map((r) => r.value)).toEqual(['a', 'false', 'true', '1']);
    expect(rows.payload.every((r) => r.part === 'payload')).toBe(true);
  });

  it('describes recognised members with their source and leaves unknown ones undescribed', () => {
    const store = storeWith(ENTRA);
    const rows = selectClaimRows(store.getState());
    const byName = (n: string) => rows.payload.find((r) => r.name === n);
    expect(rows.header[0]?.description?.source).toBe('RFC 7515');
    expect(byName('exp')?.description?.source).toBe('RFC 7519');
    expect(byName('tid')?.description).toMatchObject({ source: 'Microsoft Entra ID', vendor: true });
    expect(byName('oid')?.description?.source).toBe('Microsoft Entra ID');
    expect(byName('custom_thing')?.description).toBeUndefined();
  });

  it('shows lists as chips: arrays of strings, a space-separated scp, and amr values with their meaning', () => {
    const store = storeWith(ENTRA);
    const rows = selectClaimRows(store.getState());
    const byName = (n: string) => rows.payload.find((r) => r.name === n);
    expect(byName('roles')?.chips?.map((c) => c.value)).toEqual(['Orders.Read', 'Orders.Write']);
    expect(byName('scp')?.chips?.map((c) => c.value)).toEqual(['User.Read', 'Mail.Send']);
    expect(byName('scp')?.value).toBeUndefined();
    expect(byName('amr')?.chips?.[0]?.meaning).toBeDefined();
  });

  it(`shows at most ${MAX_CHIPS} chips of a long list and counts the rest (a group overage of thousands)`, () => {
    const groups = Array.from({ length: 3000 }, (_, i) => `g${i}`);
    const scp = Array.from({ length: 150 }, (_, i) => `s${i}`).join(' ');
    const store = storeWith(JSON.stringify({ groups, scp, roles: ['a', 'b'] }));
    const rows = selectClaimRows(store.getState());
    const byName = (n: string) => rows.payload.find((r) => r.name === n);
    expect(byName('groups')?.chips).toHaveLength(MAX_CHIPS);
    expect(byName('groups')?.chips?.[0]?.value).toBe('g0');
    expect(byName('groups')?.moreChips).toBe('and 2,900 more');
    expect(byName('scp')?.moreChips).toBe('and 50 more');
    expect(byName('roles')?.moreChips).toBeUndefined();
  });

  it('cuts a long name, value or chip for showing, saying how much is left out, and keeps the whole name', () => {
    const name = 'n'.repeat(100_000);
    const store = storeWith(
      JSON.stringify({ [name]: 1, note: 'v'.repeat(1000), aud: ['a'.repeat(500)], sub: 'short' }),
    );
    const rows = selectClaimRows(store.getState());
    const [long, note, aud, sub] = rows.payload;
    expect(long?.name).toBe(name);
    expect(long?.label).toBe(`${'n'.repeat(200)}… (99,800 more characters)`);
    expect(note?.value).toBe(`${'v'.repeat(300)}… (700 more characters)`);
    expect(aud?.chips?.[0]?.value).toBe(`${'a'.repeat(300)}… (200 more characters)`);
    expect(sub?.label).toBe('sub');
    expect(sub?.value).toBe('short');
  });

  it('shows time claims as ISO 8601 UTC dates, and their relative words at now', () => {
    const store = storeWith(ENTRA);
    const exp = selectClaimRows(store.getState()).payload.find((r) => r.name === 'exp');
    expect(exp?.time?.iso).toBe('2026-11-25T10:50:00Z');
    expect(exp?.time?.ifMilliseconds).toBeUndefined();
    const time = exp?.time;
    if (time === undefined) throw new Error('no time');
    expect(selectTimeClaimWords(time.name, time.at)(store.getState())).toBe('expires in 50 min');
  });

  it('spots a time claim in milliseconds and says which instant it probably meant', () => {
    const store = storeWith(JSON.stringify({ exp: NOW + 3_600_000 }));
    const exp = selectClaimRows(store.getState()).payload[0];
    expect(exp?.time?.ifMilliseconds?.iso).toBe('2026-11-25T11:00:00Z');
  });

  it('explains nested objects one level down (Keycloak realm_access, resource_access; cnf)', () => {
    const store = storeWith(
      JSON.stringify({
        realm_access: { roles: ['offline_access', 'uma_authorization'] },
        resource_access: { account: { roles: ['manage-account'] } },
        cnf: { jkt: '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I' },
      }),
    );
    const [realm, resource, cnf] = selectClaimRows(store.getState()).payload;
    expect(realm?.description?.source).toBe('Keycloak');
    expect(realm?.children?.[0]).toMatchObject({
      name: 'roles',
      chips: [{ value: 'offline_access' }, { value: 'uma_authorization' }],
    });
    expect(realm?.children?.[0]?.description?.source).toBe('Keycloak');
    expect(resource?.children?.[0]?.name).toBe('account');
    expect(resource?.children?.[0]?.description).toBeDefined();
    expect(resource?.children?.[0]?.children?.[0]?.chips?.[0]?.value).toBe('manage-account');
    expect(cnf?.children?.[0]).toMatchObject({ name: 'jkt', description: { source: 'RFC 7800' } });
  });

  it('is the same object for the same decode, so components do not re-render forever', () => {
    const store = storeWith(ENTRA);
    const first = selectClaimRows(store.getState());
    store.getState().pinNow(NOW + 5000, NOW);
    expect(selectClaimRows(store.getState())).toBe(first);
  });

  it('has no rows for a token that does not decode', () => {
    const store = testStore();
    store.getState().setTokenText('not a token');
    expect(selectClaimRows(store.getState())).toEqual({ header: [], payload: [] });
  });
});

describe('time status', () => {
  it('judges the token at the store now with the leeway', () => {
    const store = storeWith(JSON.stringify({ exp: NOW_S - 30 }));
    expect(selectTimeStatus(store.getState())?.status).toBe('expired');
    store.getState().setLeewayInput('60');
    expect(selectTimeStatus(store.getState())?.status).toBe('valid');
    store.getState().setNowInput('2026-11-25T09:00:00Z');
    expect(selectTimeStatus(store.getState())?.status).toBe('valid');
  });

  it('says not yet valid, and no expiry', () => {
    expect(selectTimeStatus(storeWith(JSON.stringify({ nbf: NOW_S + 60 })).getState())?.status).toBe(
      'not-yet-valid',
    );
    const none = selectTimeStatus(storeWith('{"sub":"a"}').getState());
    expect(none?.status).toBe('no-expiry');
    expect(none?.text).not.toBe('');
  });

  it('returns the same object for the same decode, now and leeway', () => {
    const store = storeWith(ENTRA);
    expect(selectTimeStatus(store.getState())).toBe(selectTimeStatus(store.getState()));
  });

  it('is absent when there is no claims set', () => {
    const store = testStore();
    store.getState().setTokenText(`${b64('{"alg":"HS256"}')}.${b64('plain text')}.c2ln`);
    expect(selectTimeStatus(store.getState())).toBeUndefined();
  });
});

describe('timeline', () => {
  it('puts iat, nbf, now and exp on one axis in time order, with the valid span', () => {
    const store = storeWith(ENTRA);
    const timeline = selectTimeline(store.getState());
    expect(timeline?.marks.map((m) => m.name)).toEqual(['iat', 'nbf', 'now', 'exp']);
    expect(timeline?.marks.find((m) => m.name === 'now')?.iso).toBe('2026-11-25T10:00:00Z');
    expect(timeline?.valid?.to).toBeGreaterThan(timeline?.valid?.from ?? 1);
    expect(selectTimeline(store.getState())).toBe(timeline);
  });

  it('is absent without iat, nbf or exp', () => {
    expect(selectTimeline(storeWith('{"sub":"a"}').getState())).toBeUndefined();
  });
});

describe('clock inputs', () => {
  it('says in words why a now or leeway text cannot be read', () => {
    const store = storeWith(ENTRA);
    expect(selectNowInputError(store.getState())).toBeUndefined();
    store.getState().setNowInput('yesterday');
    expect(selectNowInputError(store.getState())).toMatch(/ISO 8601/);
    store.getState().setLeewayInput('-5');
    expect(selectLeewayInputError(store.getState())).toMatch(/seconds/);
  });
});
