import { describe, expect, it } from 'vitest';
import { removeMember, setMember } from './edit';

const set = (text: string, name: string, raw: string): string | undefined => {
  const r = setMember(text, name, raw);
  return r.ok ? r.value : undefined;
};

describe('setMember', () => {
  it('replaces a value in place, keeping every other byte', () => {
    expect(set('{"alg":"HS256","big":12345678901234567890}', 'alg', '"RS256"')).toBe(
      '{"alg":"RS256","big":12345678901234567890}',
    );
    expect(set('{\n  "a": 3.0,\n  "alg": "x"\n}', 'alg', '"none"')).toBe(
      '{\n  "a": 3.0,\n  "alg": "none"\n}',
    );
  });

  it('replaces the last of duplicated members (the one JSON.parse keeps)', () => {
    expect(set('{"a":1,"a":2}', 'a', '3')).toBe('{"a":1,"a":3}');
  });

  it('adds a new member in the layout of the object', () => {
    expect(set('{"a":1}', 'kid', '"k"')).toBe('{"a":1,"kid":"k"}');
    expect(set('{\n  "a": 1\n}', 'kid', '"k"')).toBe('{\n  "a": 1,\n  "kid": "k"\n}');
    expect(set('{}', 'a', '1')).toBe('{"a":1}');
    expect(set('{\n}', 'a', '1')).toBe('{\n  "a": 1\n}');
  });

  it('refuses text that is not a JSON object', () => {
    expect(setMember('{"a":', 'a', '1')).toMatchObject({ ok: false, error: { code: 'JSON_INVALID' } });
    expect(setMember('[1]', 'a', '1')).toEqual({ ok: false, error: { code: 'NOT_AN_OBJECT' } });
  });
});

describe('removeMember', () => {
  it('removes every member of that name, with its comma', () => {
    const r = (text: string, name: string): string | undefined => {
      const x = removeMember(text, name);
      return x.ok ? x.value : undefined;
    };
    expect(r('{"a":1,"b":2,"c":3}', 'b')).toBe('{"a":1,"c":3}');
    expect(r('{"a":1,"b":2}', 'b')).toBe('{"a":1}');
    expect(r('{"b":2,"a":1}', 'b')).toBe('{"a":1}');
    expect(r('{"b":1,"a":1,"b":2}', 'b')).toBe('{"a":1}');
    expect(r('{\n  "a": 1,\n  "b": 2\n}', 'b')).toBe('{\n  "a": 1\n}');
    expect(JSON.parse(r('{"b":2}', 'b') ?? '')).toEqual({});
  });
});
