import { beforeEach, describe, expect, it } from 'vitest';
import { loadInitialToken, loadTokenFromHash } from './boot';
import { SAMPLE_TOKEN } from './sample';
import { selectShownErrors, selectTokenMarks, selectVerifyStatus } from './selectors';
import { resetStore, useAppStore } from './store';

const b64 = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const TOKEN = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"x"}')}.c2ln`;

describe('store', () => {
  beforeEach(() => resetStore());

  it('decodes synchronously in the setter that changes the token', () => {
    useAppStore.getState().setTokenText(TOKEN);
    const { decoded, tokenSource } = useAppStore.getState();
    expect(decoded.input).toBe(TOKEN);
    expect(decoded.alg).toBe('HS256');
    expect(decoded.errors).toEqual([]);
    expect(tokenSource).toBe('user');
  });

  it('never keeps the last good decode for new input', () => {
    useAppStore.getState().setTokenText(TOKEN);
    useAppStore.getState().setTokenText(`${TOKEN.split('.')[0] ?? ''}.@@.c2ln`);
    const { decoded } = useAppStore.getState();
    expect(decoded.payload?.content).toBeUndefined();
    expect(selectShownErrors(useAppStore.getState()).map((e) => e.code)).toEqual(['BASE64URL_CHAR']);
  });

  it('boots with the token from the fragment, or the sample', () => {
    loadInitialToken('#state=1&id_token=' + TOKEN);
    expect(useAppStore.getState().tokenText).toBe(TOKEN);
    expect(useAppStore.getState().tokenSource).toBe('fragment');
    resetStore();
    loadInitialToken('#state=1');
    expect(useAppStore.getState().tokenText).toBe(SAMPLE_TOKEN);
    expect(useAppStore.getState().tokenSource).toBe('sample');
    loadTokenFromHash('#foo=bar');
    expect(useAppStore.getState().tokenText).toBe(SAMPLE_TOKEN);
    loadTokenFromHash('#access_token=' + TOKEN);
    expect(useAppStore.getState().tokenText).toBe(TOKEN);
  });

  it('maps segment marks back to the text as typed, around clean-ups', () => {
    useAppStore.getState().setTokenText(`Bearer ${TOKEN}`);
    const marks = selectTokenMarks(useAppStore.getState());
    const header = marks.find((m) => m.kind === 'header');
    expect(header).toEqual({ kind: 'header', from: 7, to: 7 + (TOKEN.split('.')[0] ?? '').length });
    // The selector is memoised on the decoded token.
    expect(selectTokenMarks(useAppStore.getState())).toBe(marks);
  });

  it('says unsigned for alg none and idle otherwise', () => {
    useAppStore.getState().setTokenText(TOKEN);
    expect(selectVerifyStatus(useAppStore.getState())).toBe('idle');
    useAppStore.getState().setTokenText(`${b64('{"alg":"none"}')}.${b64('{}')}.`);
    expect(selectVerifyStatus(useAppStore.getState())).toBe('unsigned');
  });
});
