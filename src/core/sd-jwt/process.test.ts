import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseLosslessJson, type JsonNode } from '../json/lossless';
import { decodeDisclosure } from './disclosure';
import { toSdDigest } from './hash';
import { processSdJwt } from './process';

// Expectations come from node:crypto and JSON.stringify, never from the code under test.
const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const disclose = (...parts: unknown[]): string => b64u(JSON.stringify(parts));
const digest = (text: string, alg = 'sha256'): string =>
  createHash(alg).update(text, 'ascii').digest('base64url');

function json(value: unknown): JsonNode {
  const parsed = parseLosslessJson(JSON.stringify(value));
  if (!parsed.ok) throw new Error('test JSON');
  return parsed.value;
}

function processed(payload: unknown, disclosures: readonly string[]) {
  const view = processSdJwt(json(payload), disclosures);
  return {
    view,
    value: view.payloadText === undefined ? undefined : (JSON.parse(view.payloadText) as unknown),
  };
}

describe('the SD-JWT specification examples (RFC 9901 sections 4.2.1 and 4.2.2)', () => {
  // Published disclosures with their published digests; each pair also checked by node:crypto here.
  const FAMILY_NAME = 'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0';
  const FR = 'WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0';

  it('the family_name disclosure decodes and hashes to the published digest', () => {
    expect(digest(FAMILY_NAME)).toBe('X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0');
    expect(toSdDigest(FAMILY_NAME, 'sha-256')).toBe('X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0');
    const d = decodeDisclosure(FAMILY_NAME);
    expect(d.ok && d.value.kind === 'property' && [d.value.salt, d.value.name.value, d.value.value]).toEqual([
      '_26bc4LT-ac6q2KI6cBW5es',
      'family_name',
      expect.objectContaining({ kind: 'string', value: 'Möbius' }),
    ]);
  });

  it('the array element "FR" decodes and hashes to the published digest', () => {
    expect(toSdDigest(FR, 'sha-256')).toBe('w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs');
    const d = decodeDisclosure(FR);
    expect(d.ok && d.value.kind).toBe('element');
    expect(d.ok && d.value.salt).toBe('lklxF5jMYlGTPUovMNIvCA');
  });

  it('both go in place: the property into _sd, the element into its "..." entry', () => {
    const { view, value } = processed(
      {
        _sd: ['X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0'],
        nationalities: [{ '...': 'w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs' }, 'DE'],
        _sd_alg: 'sha-256',
      },
      [FAMILY_NAME, FR],
    );
    expect(value).toEqual({ family_name: 'Möbius', nationalities: ['FR', 'DE'] });
    expect(view.disclosures.map((d) => [d.status, d.path])).toEqual([
      ['matched', '/family_name'],
      ['matched', '/nationalities/0'],
    ]);
    expect(view.problems).toEqual([]);
  });
});

describe('processSdJwt', () => {
  const given = disclose('salt-1', 'given_name', 'Ada');
  const email = disclose('salt-2', 'email', 'ada@example.com');
  const us = disclose('salt-3', 'US');
  const street = disclose('salt-4', 'street_address', '1 Main St');
  const address = disclose('salt-5', 'address', { _sd: [digest(street)], country: 'UK' });

  it('object, array element and nested (recursive) disclosures go in place; decoys are counted', () => {
    const { view, value } = processed(
      {
        iss: 'https://issuer.example',
        _sd: [digest(given), digest(email), digest(address), digest('decoy-1')],
        nationalities: [{ '...': digest(us) }, { '...': digest('decoy-2') }, 'DE'],
        _sd_alg: 'sha-256',
      },
      [given, email, us, address, street],
    );
    expect(value).toEqual({
      iss: 'https://issuer.example',
      given_name: 'Ada',
      email: 'ada@example.com',
      address: { street_address: '1 Main St', country: 'UK' },
      nationalities: ['US', 'DE'],
    });
    expect(view.disclosures.map((d) => [d.status, d.path])).toEqual([
      ['matched', '/given_name'],
      ['matched', '/email'],
      ['matched', '/nationalities/0'],
      ['matched', '/address'],
      ['matched', '/address/street_address'],
    ]);
    expect(view.undisclosed).toBe(2);
    expect(view.problems).toEqual([]);
    expect(view.hash).toBe('sha-256');
  });

  it('without _sd_alg the hash is sha-256 (RFC 9901 section 4.1.1)', () => {
    const { view, value } = processed({ _sd: [digest(given)] }, [given]);
    expect(view).toMatchObject({ hashName: 'sha-256', hashGiven: false, hash: 'sha-256' });
    expect(value).toEqual({ given_name: 'Ada' });
  });

  it.each([
    ['sha-384', 'sha384'],
    ['sha-512', 'sha512'],
    ['sha3-256', 'sha3-256'],
    ['sha3-512', 'sha3-512'],
  ])('_sd_alg %s matches digests made with it, and not sha-256 ones', (name, node) => {
    const { view, value } = processed({ _sd: [digest(given, node)], _sd_alg: name }, [given]);
    expect(view.disclosures[0]?.digest).toBe(digest(given, node));
    expect(value).toEqual({ given_name: 'Ada' });
    const wrong = processed({ _sd: [digest(given)], _sd_alg: name }, [given]);
    expect(wrong.view.disclosures[0]?.status).toBe('unmatched');
  });

  it('an unmatched disclosure is unmatched and a problem; the payload is shown without it', () => {
    const { view, value } = processed({ _sd: [digest(given)] }, [given, email]);
    expect(view.disclosures.map((d) => d.status)).toEqual(['matched', 'unmatched']);
    expect(view.problems).toEqual([{ code: 'DISCLOSURE_UNMATCHED', index: 1 }]);
    expect(value).toEqual({ given_name: 'Ada' });
  });

  it('a digest that appears twice is a problem; the claim is put in once', () => {
    const { view, value } = processed({ _sd: [digest(given)], nested: { _sd: [digest(given)] } }, [given]);
    expect(view.problems).toEqual([{ code: 'DIGEST_REPEATED', digest: digest(given), path: '/nested/_sd' }]);
    expect(value).toEqual({ given_name: 'Ada', nested: {} });
  });

  it('a disclosed name its object already has is a problem, and does not replace the claim', () => {
    const { view, value } = processed({ _sd: [digest(given)], given_name: 'Bob' }, [given]);
    expect(view.problems).toEqual([
      { code: 'CLAIM_EXISTS', index: 0, name: 'given_name', path: '/given_name' },
    ]);
    expect(value).toEqual({ given_name: 'Bob' });
  });

  it('an element disclosure in _sd and a property disclosure in "..." are in the wrong place', () => {
    const { view } = processed({ _sd: [digest(us)], list: [{ '...': digest(given) }] }, [us, given]);
    expect(view.problems.map((p) => p.code)).toEqual(['DISCLOSURE_WRONG_PLACE', 'DISCLOSURE_WRONG_PLACE']);
    expect(view.disclosures.map((d) => d.status)).toEqual(['matched', 'matched']);
  });

  it('an _sd_alg this page does not compute matches nothing and says so', () => {
    const { view } = processed({ _sd: [digest(given)], _sd_alg: 'md5' }, [given]);
    expect(view.hash).toBeUndefined();
    expect(view.problems[0]).toEqual({ code: 'SD_ALG_UNSUPPORTED', alg: 'md5' });
    expect(view.disclosures[0]?.status).toBe('unmatched');
  });

  it('keeps number digits as written (no JSON.parse rounding)', () => {
    const big = b64u('["s", "id", 12345678901234567890]');
    const view = processSdJwt(json({ _sd: [digest(big)] }), [big]);
    expect(view.payloadText).toContain('12345678901234567890');
  });

  it('an unreadable disclosure is a problem of its own, never an unmatched one', () => {
    const view = processSdJwt(json({ _sd: [] }), ['!!']);
    expect(view.problems.map((p) => [p.code, p.code === 'DISCLOSURE_UNREADABLE' && p.error.code])).toEqual([
      ['DISCLOSURE_UNREADABLE', 'NOT_BASE64URL'],
    ]);
  });
});

describe('decodeDisclosure', () => {
  it.each([
    ['!!', 'NOT_BASE64URL'],
    [b64u('[1, 2'), 'NOT_JSON'],
    [b64u('{"a":1}'), 'NOT_ARRAY'],
    [b64u('["s"]'), 'NOT_ARRAY'],
    [b64u('["s", "a", 1, 2]'), 'NOT_ARRAY'],
    [b64u('[1, "a", 1]'), 'SALT_NOT_STRING'],
    [b64u('["s", 1, 1]'), 'NAME_NOT_STRING'],
    [b64u('["s", "_sd", 1]'), 'NAME_FORBIDDEN'],
    [b64u('["s", "...", 1]'), 'NAME_FORBIDDEN'],
    [Buffer.from([0xff, 0xfe]).toString('base64url'), 'NOT_UTF8'],
  ])('%s is refused with %s', (text, code) => {
    const d = decodeDisclosure(text);
    expect(d.ok ? undefined : d.error.code).toBe(code);
  });
});
