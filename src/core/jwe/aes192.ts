import { aeskw, cbc, gcm } from '@noble/ciphers/aes.js';
import { concatBytes, equalBytes } from '@noble/ciphers/utils.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { JWK } from 'jose';
import { decodeBase64url, toBase64url } from '../encoding/base64url';
import { findJweAlg, findJweEnc, ecdhSecretBits, type JweAlgSpec, type JweEncSpec } from './algorithms';
import type { Attempt, AttemptFailure, DecryptEngine, DecryptOptions } from './engine';

/*
 * A complete compact JWE path (RFC 7516 section 5) composed of library primitives, for the platforms whose
 * WebCrypto lacks 192-bit AES (Chromium): AES-KW, AES-GCM and AES-CBC from @noble/ciphers, HMAC-SHA-2 and the
 * Concat KDF's SHA-256 from @noble/hashes, and WebCrypto for what every browser has (RSA-OAEP, ECDH and X25519
 * key agreement, PBKDF2, DEFLATE streams). Loaded on demand: only a JWE that uses 192-bit AES brings it.
 */

class JweFailure extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure);
  }
}

const utf8 = new TextEncoder();

function bytesOf(value: unknown): Uint8Array {
  if (typeof value !== 'string') throw new JweFailure('invalid');
  const bytes = decodeBase64url(value);
  if (!bytes.ok) throw new JweFailure('invalid');
  return bytes.value;
}

function uint32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function uint64be(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

function random(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return concatBytes(uint32be(bytes.length), bytes);
}

/** RFC 7518 section 4.6.2: the Concat KDF (NIST SP 800-56A section 5.8.1) with SHA-256. */
function concatKdf(z: Uint8Array, keyBytes: number, otherInfo: Uint8Array): Uint8Array {
  const rounds = Math.ceil(keyBytes / 32);
  const out = new Uint8Array(rounds * 32);
  for (let i = 1; i <= rounds; i++) out.set(sha256(concatBytes(uint32be(i), z, otherInfo)), (i - 1) * 32);
  return out.slice(0, keyBytes);
}

function ecdhParams(crv: string): EcKeyImportParams | Algorithm {
  return crv === 'X25519' ? { name: 'X25519' } : { name: 'ECDH', namedCurve: crv };
}

/** The public members of an EC or OKP JWK: what an epk carries (RFC 7518 section 4.6.1.1). */
function publicMembers(jwk: JWK): JWK {
  const members: JWK = {};
  for (const name of ['kty', 'crv', 'x', 'y'] as const) {
    const value = jwk[name];
    if (value !== undefined) members[name] = value;
  }
  return members;
}

async function importKey(
  format: 'jwk' | 'raw',
  key: JWK | Uint8Array,
  params: Algorithm | RsaHashedImportParams | EcKeyImportParams,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  try {
    return format === 'jwk'
      ? await crypto.subtle.importKey('jwk', key as JsonWebKey, params, false, usages)
      : await crypto.subtle.importKey('raw', key as BufferSource, params, false, usages);
  } catch {
    throw new JweFailure('invalid-key');
  }
}

/** Z of RFC 7518 section 4.6.2, then the key of `keyBytes` for `algorithmId` (the enc for ECDH-ES, else the alg). */
async function agreeKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  crv: string,
  algorithmId: string,
  keyBytes: number,
  apu: Uint8Array,
  apv: Uint8Array,
): Promise<Uint8Array> {
  const bits = ecdhSecretBits(crv);
  if (bits === undefined) throw new JweFailure('invalid');
  const z = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: crv === 'X25519' ? 'X25519' : 'ECDH', public: publicKey },
      privateKey,
      bits,
    ),
  );
  const otherInfo = concatBytes(
    lengthPrefixed(utf8.encode(algorithmId)),
    lengthPrefixed(apu),
    lengthPrefixed(apv),
    uint32be(keyBytes * 8),
  );
  return concatKdf(z, keyBytes, otherInfo);
}

/** RFC 7518 section 4.8.1.1: PBKDF2 over the password with salt (alg || 0x00 || p2s), through WebCrypto. */
async function pbes2Key(
  alg: JweAlgSpec,
  password: Uint8Array,
  p2s: Uint8Array,
  p2c: number,
): Promise<Uint8Array> {
  const base = await importKey('raw', password, { name: 'PBKDF2' }, ['deriveBits']);
  const salt = concatBytes(utf8.encode(alg.alg), new Uint8Array([0]), p2s);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: alg.hash ?? 'SHA-256', salt: salt as BufferSource, iterations: p2c },
    base,
    (alg.wrapBytes ?? 16) * 8,
  );
  return new Uint8Array(bits);
}

function unwrap(kek: Uint8Array, wrapped: Uint8Array): Uint8Array {
  try {
    return aeskw(kek).decrypt(wrapped);
  } catch {
    throw new JweFailure('decryption-failed');
  }
}

function asBytes(key: Uint8Array | JWK): Uint8Array {
  if (key instanceof Uint8Array) return key;
  throw new JweFailure('invalid-key');
}

function asJwk(key: Uint8Array | JWK): JWK {
  if (key instanceof Uint8Array) throw new JweFailure('invalid-key');
  return key;
}

/** The CEK, by the alg's key management (RFC 7518 section 4). */
async function decryptCek(
  header: Record<string, unknown>,
  alg: JweAlgSpec,
  enc: JweEncSpec,
  key: Uint8Array | JWK,
  encryptedKey: Uint8Array,
  options: DecryptOptions,
): Promise<Uint8Array> {
  switch (alg.family) {
    case 'dir':
      return asBytes(key);
    case 'aes-kw':
      return unwrap(asBytes(key), encryptedKey);
    case 'aes-gcm-kw': {
      const iv = bytesOf(header.iv);
      const tag = bytesOf(header.tag);
      try {
        return gcm(asBytes(key), iv).decrypt(concatBytes(encryptedKey, tag));
      } catch (e) {
        if (e instanceof JweFailure) throw e;
        throw new JweFailure('decryption-failed');
      }
    }
    case 'pbes2': {
      const p2c = header.p2c;
      if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1 || p2c > options.maxP2c) {
        throw new JweFailure('invalid');
      }
      return unwrap(await pbes2Key(alg, asBytes(key), bytesOf(header.p2s), p2c), encryptedKey);
    }
    case 'rsa-oaep': {
      const privateKey = await importKey('jwk', asJwk(key), { name: 'RSA-OAEP', hash: alg.hash ?? 'SHA-1' }, [
        'decrypt',
      ]);
      try {
        return new Uint8Array(
          await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, encryptedKey as BufferSource),
        );
      } catch {
        throw new JweFailure('decryption-failed');
      }
    }
    case 'ecdh-es': {
      const epk = header.epk as JWK;
      const crv = epk.crv ?? '';
      const params = ecdhParams(crv);
      const publicKey = await importKey('jwk', publicMembers(epk), params, []);
      const privateKey = await importKey('jwk', asJwk(key), params, ['deriveBits']);
      const apu = header.apu === undefined ? new Uint8Array() : bytesOf(header.apu);
      const apv = header.apv === undefined ? new Uint8Array() : bytesOf(header.apv);
      const keyBytes = alg.direct ? enc.keyBytes : (alg.wrapBytes ?? 16);
      const agreed = await agreeKey(
        privateKey,
        publicKey,
        crv,
        alg.direct ? enc.enc : alg.alg,
        keyBytes,
        apu,
        apv,
      );
      return alg.direct ? agreed : unwrap(agreed, encryptedKey);
    }
  }
}

const HASHES = { 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

/** RFC 7518 section 5.2.2.1: the first half of HMAC over AAD || IV || ciphertext || AL. */
function cbcTag(
  enc: JweEncSpec,
  macKey: Uint8Array,
  aad: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
) {
  const al = uint64be(aad.length * 8);
  return hmac(HASHES[enc.hash ?? 'SHA-256'], macKey, concatBytes(aad, iv, ciphertext, al)).slice(
    0,
    enc.tagBytes,
  );
}

function decryptContent(
  enc: JweEncSpec,
  cek: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
  aad: Uint8Array,
): Uint8Array {
  if (cek.length !== enc.keyBytes) throw new JweFailure('decryption-failed');
  try {
    if (enc.mode === 'gcm') return gcm(cek, iv, aad).decrypt(concatBytes(ciphertext, tag));
    const macKey = cek.subarray(0, enc.aesBytes);
    const encKey = cek.subarray(enc.aesBytes);
    if (!equalBytes(cbcTag(enc, macKey, aad, iv, ciphertext), tag)) throw new JweFailure('decryption-failed');
    return cbc(encKey, iv).decrypt(ciphertext);
  } catch (e) {
    if (e instanceof JweFailure) throw e;
    throw new JweFailure('decryption-failed');
  }
}

/** Runs bytes through a DEFLATE stream, stopping past `max` bytes of output. */
async function transform(stream: CompressionStream | DecompressionStream, input: Uint8Array, max: number) {
  const writer = stream.writable.getWriter();
  writer.write(input as BufferSource).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    if (length > max) {
      await reader.cancel().catch(() => undefined);
      throw new JweFailure('zip-too-large');
    }
  }
  return concatBytes(...chunks);
}

async function inflate(input: Uint8Array, max: number): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') throw new JweFailure('not-supported');
  try {
    return await transform(new DecompressionStream('deflate-raw'), input, max);
  } catch (e) {
    if (e instanceof JweFailure) throw e;
    throw new JweFailure('decompress-failed');
  }
}

async function deflate(input: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') throw new JweFailure('not-supported');
  return transform(new CompressionStream('deflate-raw'), input, Infinity);
}

/** RFC 7516 section 5.2 without 192-bit AES from the platform: the same engine contract as jose's path. */
export const decryptAes192: DecryptEngine = async (compact, key, options): Promise<Attempt> => {
  try {
    const parts = compact.split('.');
    if (parts.length !== 5) return { ok: false, failure: 'invalid' };
    const [protectedText = '', encryptedKey, iv, ciphertext, tag] = parts;
    const header: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(protectedText)),
    );
    if (typeof header !== 'object' || header === null) return { ok: false, failure: 'invalid' };
    const fields = header as Record<string, unknown>;
    const alg = findJweAlg(options.alg);
    const enc = findJweEnc(options.enc);
    if (alg === undefined || enc === undefined || fields.alg !== alg.alg || fields.enc !== enc.enc) {
      return { ok: false, failure: 'invalid' };
    }
    const ek = encryptedKey === '' ? new Uint8Array() : bytesOf(encryptedKey);
    const cek = await decryptCek(fields, alg, enc, key, ek, options);
    const aad = utf8.encode(protectedText);
    let plaintext = decryptContent(enc, cek, bytesOf(iv), bytesOf(ciphertext), bytesOf(tag), aad);
    if (fields.zip === 'DEF') plaintext = await inflate(plaintext, options.maxPlaintextBytes);
    return { ok: true, plaintext };
  } catch (e) {
    if (e instanceof JweFailure) return { ok: false, failure: e.failure };
    return {
      ok: false,
      failure: e instanceof SyntaxError || e instanceof TypeError ? 'invalid' : 'invalid-key',
    };
  }
};

/** What to encrypt: the plaintext and the protected header's own members (alg, enc, and cty, kid, zip). */
export interface Aes192EncryptInput {
  readonly plaintext: Uint8Array;
  readonly header: Readonly<Record<string, unknown>> & { readonly alg: string; readonly enc: string };
  readonly p2c?: number;
}

async function encryptCek(
  alg: JweAlgSpec,
  enc: JweEncSpec,
  key: Uint8Array | JWK,
  p2c: number,
): Promise<{ cek: Uint8Array; encryptedKey: Uint8Array; header: Record<string, unknown> }> {
  switch (alg.family) {
    case 'dir':
      return { cek: asBytes(key), encryptedKey: new Uint8Array(), header: {} };
    case 'aes-kw': {
      const cek = random(enc.keyBytes);
      return { cek, encryptedKey: aeskw(asBytes(key)).encrypt(cek), header: {} };
    }
    case 'aes-gcm-kw': {
      const cek = random(enc.keyBytes);
      const iv = random(12);
      const sealed = gcm(asBytes(key), iv).encrypt(cek);
      return {
        cek,
        encryptedKey: sealed.slice(0, -16),
        header: { iv: toBase64url(iv), tag: toBase64url(sealed.slice(-16)) },
      };
    }
    case 'pbes2': {
      const cek = random(enc.keyBytes);
      const p2s = random(16);
      const kek = await pbes2Key(alg, asBytes(key), p2s, p2c);
      return { cek, encryptedKey: aeskw(kek).encrypt(cek), header: { p2s: toBase64url(p2s), p2c } };
    }
    case 'rsa-oaep': {
      const cek = random(enc.keyBytes);
      const publicKey = await importKey('jwk', asJwk(key), { name: 'RSA-OAEP', hash: alg.hash ?? 'SHA-1' }, [
        'encrypt',
      ]);
      const encryptedKey = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, cek as BufferSource),
      );
      return { cek, encryptedKey, header: {} };
    }
    case 'ecdh-es': {
      const recipient = asJwk(key);
      const crv = recipient.crv ?? '';
      const params = ecdhParams(crv);
      const publicKey = await importKey('jwk', publicMembers(recipient), params, []);
      const ephemeral = (await crypto.subtle.generateKey(params, true, ['deriveBits'])) as CryptoKeyPair;
      const epk = publicMembers(await crypto.subtle.exportKey('jwk', ephemeral.publicKey));
      const keyBytes = alg.direct ? enc.keyBytes : (alg.wrapBytes ?? 16);
      const agreed = await agreeKey(
        ephemeral.privateKey,
        publicKey,
        crv,
        alg.direct ? enc.enc : alg.alg,
        keyBytes,
        new Uint8Array(),
        new Uint8Array(),
      );
      if (alg.direct) return { cek: agreed, encryptedKey: new Uint8Array(), header: { epk } };
      const cek = random(enc.keyBytes);
      return { cek, encryptedKey: aeskw(agreed).encrypt(cek), header: { epk } };
    }
  }
}

/**
 * RFC 7516 section 5.1 without 192-bit AES from the platform: a compact JWE for any alg and enc of the table.
 * Throws on a key that does not suit the alg (the caller checked it does).
 */
export async function encryptAes192(input: Aes192EncryptInput, key: Uint8Array | JWK): Promise<string> {
  const alg = findJweAlg(input.header.alg);
  const enc = findJweEnc(input.header.enc);
  if (alg === undefined || enc === undefined) throw new JweFailure('invalid');
  const managed = await encryptCek(alg, enc, key, input.p2c ?? 2048);
  const header = { ...input.header, ...managed.header };
  const protectedText = toBase64url(JSON.stringify(header));
  const aad = utf8.encode(protectedText);
  const plaintext = header.zip === 'DEF' ? await deflate(input.plaintext) : input.plaintext;
  const iv = random(enc.ivBytes);
  let ciphertext: Uint8Array;
  let tag: Uint8Array;
  if (enc.mode === 'gcm') {
    const sealed = gcm(managed.cek, iv, aad).encrypt(plaintext);
    ciphertext = sealed.slice(0, -16);
    tag = sealed.slice(-16);
  } else {
    ciphertext = cbc(managed.cek.subarray(enc.aesBytes), iv).encrypt(plaintext);
    tag = cbcTag(enc, managed.cek.subarray(0, enc.aesBytes), aad, iv, ciphertext);
  }
  return [protectedText, managed.encryptedKey, iv, ciphertext, tag]
    .map((part) => (typeof part === 'string' ? part : toBase64url(part)))
    .join('.');
}
