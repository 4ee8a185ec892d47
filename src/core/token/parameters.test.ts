import { describe, expect, it } from 'vitest';
import { VALID } from '../testing/build-token';
import { parseTokenParameters, TOKEN_PARAMETERS } from './parameters';

describe('parseTokenParameters', () => {
  it.each(TOKEN_PARAMETERS)('finds the token in %s', (parameter) => {
    expect(parseTokenParameters(`${parameter}=${VALID}`)).toEqual({ parameter, token: VALID });
  });

  it.each(['#', '?', ''])('accepts the text with the leading %j', (lead) => {
    expect(parseTokenParameters(`${lead}id_token=${VALID}&state=xyz`)).toEqual({
      parameter: 'id_token',
      token: VALID,
    });
  });

  it('ignores other parameters (state, token_type, expires_in)', () => {
    const text = `#state=af0ifjsldkj&token_type=Bearer&access_token=${VALID}&expires_in=3600`;
    expect(parseTokenParameters(text)).toEqual({ parameter: 'access_token', token: VALID });
  });

  it('prefers token, then id_token, then access_token, wherever they appear', () => {
    expect(parseTokenParameters('access_token=a&id_token=b&token=c')).toEqual({
      parameter: 'token',
      token: 'c',
    });
    expect(parseTokenParameters('access_token=a&id_token=b')).toEqual({ parameter: 'id_token', token: 'b' });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseTokenParameters('id_token=first&id_token=second')).toEqual({
      parameter: 'id_token',
      token: 'first',
    });
  });

  it('skips empty and blank values', () => {
    expect(parseTokenParameters('token=&id_token=x')).toEqual({ parameter: 'id_token', token: 'x' });
    expect(parseTokenParameters('token=%20%20')).toBeUndefined();
  });

  it("keeps '+' as '+', so standard base64 reaches the decoder", () => {
    expect(parseTokenParameters('token=ab+c/d=')).toEqual({ parameter: 'token', token: 'ab+c/d=' });
  });

  it('decodes percent-escapes in names and values, and keeps malformed ones as written', () => {
    expect(parseTokenParameters('id%5Ftoken=a%2Eb%2Ec')).toEqual({ parameter: 'id_token', token: 'a.b.c' });
    expect(parseTokenParameters('token=a%E0%A4%A.b')).toEqual({ parameter: 'token', token: 'a%E0%A4%A.b' });
  });

  it('keeps everything after the first = in the value', () => {
    expect(parseTokenParameters('token=a=b=')).toEqual({ parameter: 'token', token: 'a=b=' });
  });

  it.each(['', '#', 'state=1&code=abc', 'tokens=x', 'my_token=x', '=x', 'token'])(
    'finds nothing in %j',
    (text) => {
      expect(parseTokenParameters(text)).toBeUndefined();
    },
  );
});
