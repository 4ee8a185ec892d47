import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseLosslessJson, type JsonObject } from '../json/lossless';
import { describeX5cChain } from './x5c-words';
import { checkLeafFits, MAX_X5C_CERTIFICATES, readX5cChain } from './x5c';

// Made with OpenSSL 3.0 (keys thrown away): a P-256 self-signed root "Test Root CA" and an RSA 2048 leaf
// "signer.example" it signed. Expectations are cross-checked against Node's own X.509 reader.
const LEAF =
  'MIICGjCCAcACFBMyBcKTgkBAqc0q4SAwxsR1rzw8MAoGCCqGSM49BAMCMCkxFTATBgNVBAMMDFRlc3QgUm9vdCBDQTEQMA4GA1UECgwHRXhhbXBsZTAeFw0yNjExMjYwNDQxMDhaFw0zNjExMjMwNDQxMDhaMCsxFzAVBgNVBAMMDnNpZ25lci5leGFtcGxlMRAwDgYDVQQKDAdFeGFtcGxlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuztM+MHNeuWVvfYJ5lqgrO6QS2PU5CCWsHIA7CbjvvKEXn2l6bz1jGcnV1fzt6KCKEbYGf6g9tAAQf1D6f3KsBRx7Y53SaK3WhtOxLHmK1eigeuTA9wNyRBsQ/Amsbxkf5s9ZufFXE01+66EUu9lW2ALOtOpklByQiPLIs3xcpG3dmKxkfNFTBXPcZIznlqmNl2POlDNMiGMSNbyqKqzUB7rka0kIZ74A1yNLebkeoeUL6+quRcuF2Uu+D2mkzWwlwmMhw4VJ2qXHnaFamKTMnQdtvrClQEkbQaAXiceKozHkUr4MecVDbiRcFAtQQKix1HHUpTDWGjy+JWePQxynwIDAQABMAoGCCqGSM49BAMCA0gAMEUCIF7OagL25ZGKQryknUJlYV7leyXtiei5kGWacrQisTaEAiEAiqwsgAbriIp730HzDtfU541CnOCFuHbmQv3dM/v9Xy8=';
const ROOT =
  'MIIBpjCCAU2gAwIBAgIUdx/ZFu5uJcmwbrVR/4fZpkLmzVcwCgYIKoZIzj0EAwIwKTEVMBMGA1UEAwwMVGVzdCBSb290IENBMRAwDgYDVQQKDAdFeGFtcGxlMB4XDTI2MTEyNjA0NDEwOFoXDTM2MTEyMzA0NDEwOFowKTEVMBMGA1UEAwwMVGVzdCBSb290IENBMRAwDgYDVQQKDAdFeGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEzec4q0iI39VWjpCTlbo0lLbb1UkivPvNEBw1QEOI5FNwrwaERp6L9Ax46yDnx6uLpHFo3/F81zquGGI4dbZ3cqNTMFEwHQYDVR0OBBYEFC8bis2fhBLlgH1LViDc/hG/kU43MB8GA1UdIwQYMBaAFC8bis2fhBLlgH1LViDc/hG/kU43MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgRk17umPfhmN3ROZpL2cZfP6pfp1pv/OyeJkj08HP8YgCIC+mhSmQUV1nuHs9w1ThYI0K/M8Etd73pkOrhJtuOWxZ';

function header(x5c: unknown): JsonObject {
  const parsed = parseLosslessJson(JSON.stringify({ alg: 'RS256', x5c }));
  if (!parsed.ok || parsed.value.kind !== 'object') throw new Error('bad JSON');
  return parsed.value;
}

describe('readX5cChain', () => {
  it('reads each certificate, leaf first, and says the chain links', () => {
    const chain = readX5cChain(header([LEAF, ROOT]));
    const node = new X509Certificate(Buffer.from(LEAF, 'base64'));
    expect(chain?.linked).toBe(true);
    expect(chain?.links).toEqual([true]);
    expect(chain?.entries[0]).toMatchObject({
      ok: true,
      subject: 'CN=signer.example, O=Example',
      commonName: 'signer.example',
      issuer: 'CN=Test Root CA, O=Example',
      notBefore: Date.parse(node.validFrom),
      notAfter: Date.parse(node.validTo),
      key: { kty: 'RSA', bits: 2048 },
    });
    expect(chain?.entries[1]).toMatchObject({
      ok: true,
      subject: 'CN=Test Root CA, O=Example',
      key: { kty: 'EC', crv: 'P-256' },
    });
  });

  it('says when the chain does not link, and which entries cannot be read', () => {
    expect(readX5cChain(header([ROOT, LEAF]))).toMatchObject({ linked: false, links: [false] });
    const bad = readX5cChain(header([LEAF, 'not base64!', 42, 'AAAA']));
    expect(bad?.entries.map((e) => (e.ok ? 'ok' : e.problem))).toEqual([
      'ok',
      'not-base64',
      'not-string',
      'not-certificate',
    ]);
    expect(bad?.linked).toBe(false);
  });

  it('reads the first 16 certificates of a longer chain and counts the rest, never saying it links', () => {
    const chain = readX5cChain(header(Array.from({ length: 1000 }, () => ROOT)));
    expect(chain?.entries).toHaveLength(MAX_X5C_CERTIFICATES);
    expect(chain?.unread).toBe(1000 - MAX_X5C_CERTIFICATES);
    // Each root is its own issuer: the entries read link, but the chain as a whole is not known to.
    expect(chain?.links.every(Boolean)).toBe(true);
    expect(chain?.linked).toBe(false);
    expect(describeX5cChain(chain ?? { entries: [], unread: 0, links: [], linked: false }).linking).toBe(
      'Only the first 16 of its 1,000 certificates are read (a chain is rarely more than 4): whether it links is not known.',
    );
    const full = readX5cChain(header(Array.from({ length: MAX_X5C_CERTIFICATES }, () => ROOT)));
    expect(full).toMatchObject({ unread: 0, linked: true });
  });

  it('reads nothing without an x5c array', () => {
    expect(readX5cChain(header('x'))).toBeUndefined();
    expect(readX5cChain(undefined)).toBeUndefined();
  });
});

describe('checkLeafFits', () => {
  it("offers the leaf only when it reads and its key suits the token's alg", () => {
    const chain = readX5cChain(header([LEAF, ROOT]));
    if (chain === undefined) throw new Error('no chain');
    // The leaf holds an RSA 2048 key.
    expect(['RS256', 'RS512', 'PS384'].map((alg) => checkLeafFits(chain, alg))).toEqual([true, true, true]);
    expect(['ES256', 'HS256', 'EdDSA', 'none', 'XX'].map((alg) => checkLeafFits(chain, alg))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(checkLeafFits(chain, undefined)).toBe(false);
    // The root's P-256 key fits ES256, but only the leaf is offered.
    const reversed = readX5cChain(header([ROOT, LEAF]));
    expect(reversed && checkLeafFits(reversed, 'ES256')).toBe(true);
    expect(reversed && checkLeafFits(reversed, 'RS256')).toBe(false);
    const unreadable = readX5cChain(header(['AAAA', LEAF]));
    expect(unreadable && checkLeafFits(unreadable, 'RS256')).toBe(false);
    expect(describeX5cChain(chain, 'RS256').leafFits).toBe(true);
    expect(describeX5cChain(chain, 'ES256').leafFits).toBe(false);
    expect(describeX5cChain(chain).leafFits).toBe(false);
  });
});
