import { describe, expect, it } from 'vitest';
import { decodeToken, type DecodedToken } from '../core/token/decode';
import { loadInitialToken, loadTokenFromHash } from './boot';
import { SAMPLE_TOKEN } from './sample';
import { selectDecoded, selectTokenSource, selectTokenText } from './selectors/document';
import { selectOfferedFixes, selectShownErrors } from './selectors/decode-messages';
import { selectTokenMarks } from './selectors/token';
import { selectVerifyStatus } from './selectors/verify';
import { selectPanePreviewing, selectPaneText } from './selectors/edit';
import { testStore, until } from './testing';

const b64 = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const TOKEN = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"x"}')}.c2ln`;

describe('store', () => {
  it('decodes through the inline engine at once, in the same update as the text', () => {
    const store = testStore();
    store.getState().setTokenText(TOKEN);
    const decoded = selectDecoded(store.getState());
    expect(decoded.input).toBe(TOKEN);
    expect(decoded.alg).toBe('HS256');
    expect(decoded.errors).toEqual([]);
    expect(selectTokenSource(store.getState())).toBe('user');
  });

  it('never keeps the last good decode for new input', () => {
    const store = testStore();
    store.getState().setTokenText(TOKEN);
    store.getState().setTokenText(`${TOKEN.split('.')[0] ?? ''}.@@.c2ln`);
    expect(selectDecoded(store.getState()).payload?.content).toBeUndefined();
    expect(selectShownErrors(store.getState()).map((e) => e.code)).toEqual(['BASE64URL_CHAR']);
  });

  it('offers each one-click fix once, with a short key, however many errors offer it', () => {
    const store = testStore();
    // Standard base64 ('+', '/') in header, payload and signature: one fix (to base64url) for the whole token.
    const standard = `${btoa('{"alg":"HS256","x":"~~~"}')}.${btoa('{"sub":"???>>>"}')}.c2l+/w`;
    store.getState().setTokenText(standard);
    expect(selectShownErrors(store.getState()).length).toBeGreaterThan(1);
    const fixes = selectOfferedFixes(store.getState());
    expect(fixes).toHaveLength(1);
    expect(fixes[0]?.key).toBe('to-base64url-0');
    expect(fixes[0]?.token).not.toMatch(/[+/=]/);
    // The same list for the same decode: nothing to render again.
    expect(selectOfferedFixes(store.getState())).toBe(fixes);
  });

  it('drops a late decode answer for older text (an asynchronous engine, answered out of order)', async () => {
    const pending = new Map<string, (d: DecodedToken) => void>();
    const store = testStore(undefined, {
      decode: (text) => new Promise<DecodedToken>((resolve) => pending.set(text, resolve)),
    });
    const other = `${b64('{"alg":"HS384"}')}.${b64('{"sub":"y"}')}.c2ln`;
    store.getState().setTokenText(TOKEN);
    store.getState().setTokenText(other);
    pending.get(other)?.(decodeToken(other));
    expect(await until(() => selectDecoded(store.getState()).input === other)).toBe(true);
    pending.get(TOKEN)?.(decodeToken(TOKEN));
    await new Promise((r) => setTimeout(r, 20));
    expect(selectDecoded(store.getState()).alg).toBe('HS384');
  });

  it('colours the segments of new text at once, while its decode is still in flight', () => {
    const store = testStore(undefined, { decode: () => new Promise<DecodedToken>(() => undefined) });
    store.getState().setTokenText(TOKEN);
    expect(selectDecoded(store.getState()).input).toBe('');
    const kinds = selectTokenMarks(store.getState()).map((m) => m.kind);
    expect(kinds).toEqual(['header', 'dot', 'payload', 'dot', 'signature']);
  });

  it('while a token decodes off the page, its panes show its start read-only; the decode replaces it', async () => {
    const pending = new Map<string, (d: DecodedToken) => void>();
    const store = testStore(undefined, {
      decode: (text) => new Promise<DecodedToken>((resolve) => pending.set(text, resolve)),
    });
    const payload = selectPaneText('payload');
    const previewing = selectPanePreviewing('payload');
    store.getState().setTokenText(TOKEN);
    expect(store.getState().documents.main.decoded.text).not.toBe(TOKEN);
    expect(selectPaneText('header')(store.getState())).toBe('{\n  "alg": "HS256"\n}');
    expect(payload(store.getState())).toBe('{\n  "sub": "x"\n}');
    expect(previewing(store.getState())).toBe(true);
    // Nothing is edited from the start of a part, nor with defaults in place of parts not decoded yet.
    store.getState().setAlg('HS512');
    store.getState().editPart('payload', '{"sub":"edited"}');
    expect(store.getState().documents.main.text).toBe(TOKEN);
    // A newer text is previewed in its turn; the older decode, answered late, changes nothing.
    const other = `${b64('{"alg":"HS384"}')}.${b64('{"sub":"y","n":1}')}.c2ln`;
    store.getState().setTokenText(other);
    expect(payload(store.getState())).toBe('{\n  "sub": "y",\n  "n": 1\n}');
    pending.get(TOKEN)?.(decodeToken(TOKEN));
    await new Promise((r) => setTimeout(r, 10));
    expect(previewing(store.getState())).toBe(true);
    pending.get(other)?.(decodeToken(other));
    expect(await until(() => !previewing(store.getState()))).toBe(true);
    expect(payload(store.getState())).toBe('{\n  "sub": "y",\n  "n": 1\n}');
    expect(store.getState().documents.main.preview).toBeUndefined();
  });

  it('a keystroke far from the start of a big token keeps the panes as they were until its decode', async () => {
    const pending = new Map<string, (d: DecodedToken) => void>();
    const store = testStore(undefined, {
      decode: (text) => new Promise<DecodedToken>((resolve) => pending.set(text, resolve)),
    });
    const roles = Array.from({ length: 1000 }, (_, i) => `role-${i}`);
    const big = `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify({ sub: 'x', roles }))}.c2ln`;
    store.getState().setTokenText(big);
    pending.get(big)?.(decodeToken(big));
    const payload = selectPaneText('payload');
    expect(await until(() => store.getState().documents.main.decoded.text === big)).toBe(true);
    const whole = payload(store.getState());
    expect(whole).toContain('"role-999"');
    // Typed in the signature: the payload starts the same, so the whole of it stays on screen (read-only).
    store.getState().setTokenText(`${big}x`);
    expect(payload(store.getState())).toBe(whole);
    expect(selectPanePreviewing('payload')(store.getState())).toBe(true);
    // Typed at the start of the payload: the new start is shown.
    const other = `${b64('{"alg":"HS256"}')}.${b64(JSON.stringify({ sub: 'y', roles }))}.c2ln`;
    store.getState().setTokenText(other);
    expect(payload(store.getState())).toContain('"sub": "y"');
    expect(payload(store.getState()).length).toBeLessThan(whole.length);
  });

  it('shows no start of what it cannot read at once (a JWE, text around a token): the panes wait', () => {
    const store = testStore(undefined, { decode: () => new Promise<DecodedToken>(() => undefined) });
    store.getState().setTokenText(`Bearer ${TOKEN}`);
    expect(selectPaneText('payload')(store.getState())).toBe('');
    expect(selectPanePreviewing('payload')(store.getState())).toBe(false);
  });

  it('boots with the token from the fragment, or the sample, and says when the fragment held one', () => {
    let store = testStore();
    expect(loadInitialToken(store, '#state=1&id_token=' + TOKEN)).toBe(true);
    expect(selectTokenText(store.getState())).toBe(TOKEN);
    expect(selectTokenSource(store.getState())).toBe('fragment');
    store = testStore();
    expect(loadInitialToken(store, '#state=1')).toBe(false);
    expect(selectTokenText(store.getState())).toBe(SAMPLE_TOKEN);
    expect(selectTokenSource(store.getState())).toBe('sample');
    expect(loadTokenFromHash(store, '#foo=bar')).toBe(false);
    expect(selectTokenText(store.getState())).toBe(SAMPLE_TOKEN);
    expect(loadTokenFromHash(store, '#access_token=' + TOKEN)).toBe(true);
    expect(selectTokenText(store.getState())).toBe(TOKEN);
  });

  it('maps segment marks back to the text as typed, around clean-ups', () => {
    const store = testStore();
    store.getState().setTokenText(`Bearer ${TOKEN}`);
    const marks = selectTokenMarks(store.getState());
    const header = marks.find((m) => m.kind === 'header');
    expect(header).toEqual({ kind: 'header', from: 7, to: 7 + (TOKEN.split('.')[0] ?? '').length });
    // The selector is memoised on the decoded token.
    expect(selectTokenMarks(store.getState())).toBe(marks);
  });

  it('says unsigned for alg none and idle otherwise', () => {
    const store = testStore();
    store.getState().setTokenText(TOKEN);
    expect(selectVerifyStatus(store.getState())).toBe('idle');
    store.getState().setTokenText(`${b64('{"alg":"none"}')}.${b64('{}')}.`);
    expect(selectVerifyStatus(store.getState())).toBe('unsigned');
  });

  it("takes the user's now (ISO 8601 or NumericDate) and leeway, and returns to the ticking clock when emptied", () => {
    const store = testStore();
    store.getState().tick(1_000_000);
    store.getState().setNowInput('2030-01-01T00:00:00Z');
    expect(store.getState()).toMatchObject({ now: Date.UTC(2030, 0, 1), pinned: true });
    store.getState().tick(2_000_000);
    expect(store.getState().now).toBe(Date.UTC(2030, 0, 1));
    store.getState().setNowInput('1900000000');
    expect(store.getState().now).toBe(1_900_000_000_000);
    store.getState().setNowInput('not a date');
    expect(store.getState().nowInputError).toEqual({ code: 'NOW_NOT_A_TIME' });
    expect(store.getState().now).toBe(1_900_000_000_000);
    store.getState().setNowInput('');
    expect(store.getState()).toMatchObject({ now: 2_000_000, pinned: false });
    store.getState().setLeewayInput('30');
    expect(store.getState().leeway).toBe(30);
    store.getState().setLeewayInput('-1');
    expect(store.getState().leewayInputError).toEqual({ code: 'LEEWAY_INVALID' });
    expect(store.getState().leeway).toBe(30);
  });

  it('keeps a clock: ticking, or pinned until released', () => {
    const store = testStore();
    store.getState().tick(1000);
    expect(store.getState().now).toBe(1000);
    store.getState().pinNow(5, 2000);
    store.getState().tick(3000);
    expect(store.getState()).toMatchObject({ now: 5, pinned: true });
    store.getState().pinNow(undefined, 4000);
    expect(store.getState()).toMatchObject({ now: 4000, pinned: false });
  });
});
