import { createPublicKey, X509Certificate } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  Name,
  RelativeDistinguishedName,
} from '@peculiar/asn1-x509';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePem } from './pem';
import { readSpki } from './spki';
import { parseCertificate } from './x509';

// Made with OpenSSL 3.0 (the key files were thrown away). Expectations below are written out by hand and
// cross-checked against Node's own X.509 reader.
// P-256, self-signed: openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj '/CN=test.example/O=Example' -days 3650
const EC_CERT = `-----BEGIN CERTIFICATE-----
MIIBpzCCAU2gAwIBAgIUA0aPGO3gnEpkU2NkD1DE9vfu5k0wCgYIKoZIzj0EAwIw
KTEVMBMGA1UEAwwMdGVzdC5leGFtcGxlMRAwDgYDVQQKDAdFeGFtcGxlMB4XDTI2
MTEyMzExMTAwMFoXDTM2MTEyMDExMTAwMFowKTEVMBMGA1UEAwwMdGVzdC5leGFt
cGxlMRAwDgYDVQQKDAdFeGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
16FbvOo+0GoJIiDWQHJkpv9GiKHR6eylBSPQRCBt1Syj5/O6ss/7qdEc2nvfa0SA
ari8PlnQxyu9U9CVsKoIiKNTMFEwHQYDVR0OBBYEFHSXY4/sSRbY2EspncYzuP3H
ysiJMB8GA1UdIwQYMBaAFHSXY4/sSRbY2EspncYzuP3HysiJMA8GA1UdEwEB/wQF
MAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgblWB6P+ezpEPbmcEsc1zeROv3NB7Ueyo
KFaWYTlPTocCIQDeTKr9Fc5WYb7lfuhvIjk4FeHuG50CECZMuIJAsbnWdA==
-----END CERTIFICATE-----
`;

// RSA 2048, self-signed, UTF-8 and a multi-valued RDN, valid past 2049 (GeneralizedTime): -utf8 -subj '/C=CH/L=Zürich/O=Example, Inc./OU=Dev+CN=Test CA' -days 36500
const RSA_CA_CERT = `-----BEGIN CERTIFICATE-----
MIIDjTCCAnWgAwIBAgIUG7qsihzsHEdmvBqHQBcmY4/Xx2owDQYJKoZIhvcNAQEL
BQAwVTELMAkGA1UEBhMCQ0gxEDAOBgNVBAcMB1rDvHJpY2gxFjAUBgNVBAoMDUV4
YW1wbGUsIEluYy4xHDAKBgNVBAsMA0RldjAOBgNVBAMMB1Rlc3QgQ0EwIBcNMjYx
MTIzMTExMDAwWhgPMjEyNjEwMzAxMTEwMDBaMFUxCzAJBgNVBAYTAkNIMRAwDgYD
VQQHDAdaw7xyaWNoMRYwFAYDVQQKDA1FeGFtcGxlLCBJbmMuMRwwCgYDVQQLDANE
ZXYwDgYDVQQDDAdUZXN0IENBMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
AQEAlNQSzksGgk/a7Snn8gggyeWOyhmRbeLh9MI9TeJpEQLRZjCXKRi4SQcagIom
5TOIsDO78RNVEUwK0C5+yw4Ru+58fkNaFJBjfxG+1tFBiB8M1PtNs5dbsqOjsSy1
cTwBH7sHi8NgWMpvqFLxfdg5ly2WhEoFuOcdXdQb1CsS8ci/GMH6+BA6Zc9qDVEF
pAJDoNEQfpqunRjWDdqnp4KRrT4/UcohCJAwsN+YTkGLWOlO5S5QGy6f3ui0C/Fp
ExMzBRTwMHGCmyAjhB+1/oP74YTj/iP3d059u4CQUmjsqqs54OOU2nMlJ50J2FC0
WsNAsgmjoVPEu214Nqv2+S8/5QIDAQABo1MwUTAdBgNVHQ4EFgQUZfUKI4Q+zH8k
0+187zOphJKd0FowHwYDVR0jBBgwFoAUZfUKI4Q+zH8k0+187zOphJKd0FowDwYD
VR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAQEAIq84Jp90GKGxS0xh3Nxs
2/FXLOSwWqlfkYqUrspbmYnAygVFnNentBpqiG01Ilfp4+YpY9r7vwxSSL346tjN
FZ9Nx9Vw/gvQU9lKquGX1ofyZBsgJVAJN5SuXpbR1ecuoKUm9G2xwCoEc8Iyh7BO
MquZ7op4icOt8GaBZVOsaesWWed78eyLeoo4qPDXoW6WDRm5ggDC5mzaIafFmbo4
0ca+LlWkvkZIKwLWmv/TAsf5NHDmwUgtEfsNAbFDnAg18gdz8VW89LJB4gOTZSNK
rykIQvG3/HQEQcBIz8ae/nohufv45c/2BoR25cWgTAAaxytIa5xxU7EvzbdzkKZM
CQ==
-----END CERTIFICATE-----
`;

// Ed25519, issued by RSA_CA_CERT: -subj '/CN=leaf.example' -days 365
const ED25519_LEAF_CERT = `-----BEGIN CERTIFICATE-----
MIIB+DCB4QIUbNuQYImPbxQgahddul5dvoVDzRAwDQYJKoZIhvcNAQELBQAwVTEL
MAkGA1UEBhMCQ0gxEDAOBgNVBAcMB1rDvHJpY2gxFjAUBgNVBAoMDUV4YW1wbGUs
IEluYy4xHDAKBgNVBAsMA0RldjAOBgNVBAMMB1Rlc3QgQ0EwHhcNMjYxMTIzMTEx
MDAwWhcNMjcxMTIzMTExMDAwWjAXMRUwEwYDVQQDDAxsZWFmLmV4YW1wbGUwKjAF
BgMrZXADIQC7CV4EkPe70w/uIYY/+dfRQYNDCCxerSoweHoXUmG6+jANBgkqhkiG
9w0BAQsFAAOCAQEAZC35wqbTJ3D8Y4OeiQPRGWp3RiZxfPhf4NMHefP8j2t0NnwU
BUOnwGODgJUxKHTxsXkxiNo8Sivc+9iHDQPOPByvYgIHB008UInfo//Mlj2ymynW
gUKQf2tWnxJXCndkPO1iTlnLpNZ/gr4sRmqV5bV4AK7ocMCG/3BdU0aWRcfpZx/x
fDpeOWz8TwSlFckfPX//zc1F+MP1KTopzG2Ofx95v/Bt9s3leptSnVBVnNjDpcH6
e7ExMSKufFShX5jeie4tf3tBaPcgIMrAV+EzWQ72cAEhNwLls+Lpld14KzUxN48L
tgH3Rqcr8ndZzVIIkcABt7Z5CQ5CyY6ZHDqXdw==
-----END CERTIFICATE-----
`;

// P-256, self-signed, no common name: -subj '/O=No Common Name/emailAddress=ops@example.com/DC=example' -days 3650
const NO_CN_CERT = `-----BEGIN CERTIFICATE-----
MIIB+TCCAZ+gAwIBAgIUIQBKyM/wyM/6lcrJi/XtGyKBDJAwCgYIKoZIzj0EAwIw
UjEXMBUGA1UECgwOTm8gQ29tbW9uIE5hbWUxHjAcBgkqhkiG9w0BCQEWD29wc0Bl
eGFtcGxlLmNvbTEXMBUGCgmSJomT8ixkARkWB2V4YW1wbGUwHhcNMjYxMTIzMTEx
MjEyWhcNMzYxMTIwMTExMjEyWjBSMRcwFQYDVQQKDA5ObyBDb21tb24gTmFtZTEe
MBwGCSqGSIb3DQEJARYPb3BzQGV4YW1wbGUuY29tMRcwFQYKCZImiZPyLGQBGRYH
ZXhhbXBsZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABM73c02Zo2Z2j17Ms8+d
K76cfQ5VFQVgEna4+pTMnjlhkzBFzYYCWVqWM+nthxrH1w26azIokRU7J8pCyU0k
4uWjUzBRMB0GA1UdDgQWBBSWU2RWcFFUmo/yJ8HI5HYyXzG8DzAfBgNVHSMEGDAW
gBSWU2RWcFFUmo/yJ8HI5HYyXzG8DzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0gAMEUCIQCjtZwVejZ1BTVgdXC6Al9Qwj9tQS+ZVb+OLFdswtwX3AIgTL6x
0Y2+f2TAU7dxMgeSMtQsiIWjh3WGYE52M0zRszI=
-----END CERTIFICATE-----
`;

function derOf(pem: string): Uint8Array {
  const blocks = parsePem(pem);
  if (!blocks.ok) throw new Error(blocks.error.code);
  return blocks.value[0]!.der;
}

function parsed(pem: string) {
  const cert = parseCertificate(derOf(pem));
  if (!cert.ok) throw new Error(cert.error.code);
  return cert.value;
}

/** Node prints one RDN a line and joins multi-valued RDNs with " + "; ours is one line joined with ", " and "+". */
function nodeName(name: string): string {
  return name.split('\n').join(', ').replaceAll(' + ', '+');
}

describe('parseCertificate', () => {
  it('reads a self-signed P-256 certificate', () => {
    const cert = parsed(EC_CERT);
    expect(cert.subject).toBe('CN=test.example, O=Example');
    expect(cert.commonName).toBe('test.example');
    expect(cert.issuer).toBe('CN=test.example, O=Example');
    expect(cert.notBefore.toISOString()).toBe('2026-11-23T11:10:00.000Z');
    expect(cert.notAfter.toISOString()).toBe('2036-11-20T11:10:00.000Z');
    expect(readSpki(cert.spki)).toMatchObject({ ok: true, value: { kty: 'EC', crv: 'P-256' } });
  });

  it('reads UTF-8 names, escapes commas, joins a multi-valued RDN with "+", and reads a GeneralizedTime', () => {
    const cert = parsed(RSA_CA_CERT);
    expect(cert.subject).toBe('C=CH, L=Zürich, O=Example\\, Inc., OU=Dev+CN=Test CA');
    expect(cert.commonName).toBe('Test CA');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.notAfter.toISOString()).toBe('2126-10-30T11:10:00.000Z');
    expect(readSpki(cert.spki)).toEqual({ ok: true, value: { kty: 'RSA', bits: 2048 } });
  });

  it('tells the issuer from the subject on a certificate signed by another', () => {
    const cert = parsed(ED25519_LEAF_CERT);
    expect(cert.subject).toBe('CN=leaf.example');
    expect(cert.commonName).toBe('leaf.example');
    expect(cert.issuer).toBe('C=CH, L=Zürich, O=Example\\, Inc., OU=Dev+CN=Test CA');
    expect(cert.notAfter.toISOString()).toBe('2027-11-23T11:10:00.000Z');
    expect(readSpki(cert.spki)).toMatchObject({ ok: true, value: { kty: 'OKP', crv: 'Ed25519' } });
  });

  it('leaves commonName out when the subject has none, and names other attributes', () => {
    const cert = parsed(NO_CN_CERT);
    expect(cert.subject).toBe('O=No Common Name, emailAddress=ops@example.com, DC=example');
    expect('commonName' in cert).toBe(false);
  });

  it('escapes what RFC 4514 asks, and writes values that are not strings as "#" and hex', () => {
    const cert = AsnConvert.parse(derOf(EC_CERT), Certificate);
    const attribute = (type: string, value: AttributeValue) =>
      new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })]);
    cert.tbsCertificate.subject = new Name([
      attribute('1.2.3.4', new AttributeValue({ anyValue: new Uint8Array([0x02, 0x01, 0x05]).buffer })),
      attribute('2.5.4.3', new AttributeValue({ utf8String: ' #lead; "a+b" <c>, \\trail ' })),
    ]);
    const result = parseCertificate(new Uint8Array(AsnConvert.serialize(cert)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.subject).toBe('1.2.3.4=#020105, CN=\\ #lead\\; \\"a\\+b\\" \\<c\\>\\, \\\\trail\\ ');
    expect(result.value.commonName).toBe(' #lead; "a+b" <c>, \\trail ');
    expect(result.value.issuer).toBe('CN=test.example, O=Example');
  });

  it.each([
    ['EC_CERT', EC_CERT],
    ['RSA_CA_CERT', RSA_CA_CERT],
    ['ED25519_LEAF_CERT', ED25519_LEAF_CERT],
    ['NO_CN_CERT', NO_CN_CERT],
  ])('agrees with Node on %s: names, validity and the SubjectPublicKeyInfo byte for byte', (_name, pem) => {
    const node = new X509Certificate(pem);
    const cert = parsed(pem);
    expect(cert.subject).toBe(nodeName(node.subject));
    expect(cert.issuer).toBe(nodeName(node.issuer));
    expect(cert.notBefore.getTime()).toBe(Date.parse(node.validFrom));
    expect(cert.notAfter.getTime()).toBe(Date.parse(node.validTo));
    const spki = node.publicKey.export({ type: 'spki', format: 'der' });
    expect(Buffer.from(cert.spki).equals(spki)).toBe(true);
    expect(() => createPublicKey({ key: Buffer.from(cert.spki), format: 'der', type: 'spki' })).not.toThrow();
  });

  it('reads the certificates of a chain pasted as two blocks', () => {
    const blocks = parsePem(`${ED25519_LEAF_CERT}${RSA_CA_CERT}`);
    expect(blocks.ok).toBe(true);
    if (!blocks.ok) return;
    const subjects = blocks.value.map((b) => {
      const cert = parseCertificate(b.der);
      return cert.ok ? cert.value.commonName : cert.error.code;
    });
    expect(subjects).toEqual(['leaf.example', 'Test CA']);
  });

  it('refuses what is not a certificate with an ASN1_ code', () => {
    const der = derOf(EC_CERT);
    const spki = parsed(EC_CERT).spki;
    const withTrailing = new Uint8Array([...der, 0]);
    for (const input of [
      new Uint8Array(),
      new Uint8Array([0x30, 0x00]),
      der.slice(0, der.length - 1),
      spki,
      withTrailing,
    ]) {
      const result = parseCertificate(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toMatch(/^ASN1_/);
    }
  });

  it('reads a certificate held in a view into a larger buffer', () => {
    const der = derOf(EC_CERT);
    const padded = new Uint8Array(der.length + 7);
    padded.set(der, 3);
    const cert = parseCertificate(padded.subarray(3, 3 + der.length));
    expect(cert.ok && cert.value.commonName).toBe('test.example');
  });

  it('never throws on arbitrary bytes or on a certificate with bytes changed or cut', () => {
    const der = derOf(RSA_CA_CERT);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(parseCertificate(bytes).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: der.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 1, max: der.length }),
        (index, byte, cut) => {
          const changed = der.slice(0, cut);
          if (index < changed.length) changed[index] = byte;
          const result = parseCertificate(changed);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
