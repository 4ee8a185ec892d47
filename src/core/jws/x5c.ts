import { memberValue, type JsonObject } from '../json/lossless';
import type { KeyError } from '../keys/errors';
import { decodeSecret } from '../keys/secret';
import { readSpki } from '../keys/spki';
import { parseCertificate } from '../keys/x509';
import { checkKeyFits, findAlgorithm } from './algorithms';

/** The public key a certificate carries, as people name it. */
export interface CertificateKey {
  readonly kty: 'RSA' | 'EC' | 'OKP';
  readonly crv?: string;
  readonly bits?: number;
}

/** One entry of an `x5c` header: the certificate it holds, or why it cannot be read. */
export type X5cEntry =
  | {
      readonly ok: true;
      readonly index: number;
      readonly subject: string;
      readonly commonName?: string;
      readonly issuer: string;
      /** Validity, in milliseconds since 1970. */
      readonly notBefore: number;
      readonly notAfter: number;
      /** The SubjectPublicKeyInfo (DER), for verifying with the leaf's key. */
      readonly spki: Uint8Array;
      /** What the key is; absent when its algorithm is one this page cannot name. */
      readonly key?: CertificateKey;
    }
  | { readonly ok: false; readonly index: number; readonly problem: 'not-base64' | 'not-string' }
  | {
      readonly ok: false;
      readonly index: number;
      readonly problem: 'not-certificate';
      readonly error: KeyError;
    };

/**
 * An `x5c` chain as the header carries it (RFC 7515 section 4.1.6): each certificate, leaf first, and whether
 * it links, each certificate's issuer naming the next one's subject. Read for showing only: a chain carried by
 * the token is never trusted, linked or not.
 */
export interface X5cChain {
  /** The first {@link MAX_X5C_CERTIFICATES} entries, read. */
  readonly entries: readonly X5cEntry[];
  /** How many entries follow them, not read. */
  readonly unread: number;
  /** links[n]: the issuer of entry n is the subject of entry n + 1 (both readable). */
  readonly links: readonly boolean[];
  /** Every entry readable and every link holds. */
  readonly linked: boolean;
}

function readEntry(text: unknown, index: number): X5cEntry {
  if (typeof text !== 'string') return { ok: false, index, problem: 'not-string' };
  // RFC 7515 section 4.1.6: base64 (not base64url) DER.
  const der = decodeSecret(text, 'base64');
  if (!der.ok || der.value.length === 0) return { ok: false, index, problem: 'not-base64' };
  const cert = parseCertificate(der.value);
  if (!cert.ok) return { ok: false, index, problem: 'not-certificate', error: cert.error };
  const { subject, commonName, issuer, notBefore, notAfter, spki } = cert.value;
  const key = readSpki(spki);
  return {
    ok: true,
    index,
    subject,
    ...(commonName === undefined ? {} : { commonName }),
    issuer,
    notBefore: notBefore.getTime(),
    notAfter: notAfter.getTime(),
    spki,
    ...(key.ok
      ? {
          key: {
            kty: key.value.kty,
            ...(key.value.crv === undefined ? {} : { crv: key.value.crv }),
            ...(key.value.bits === undefined ? {} : { bits: key.value.bits }),
          },
        }
      : {}),
  };
}

/**
 * The most certificates of an `x5c` chain read (a real chain has 1 to 4: the leaf, intermediates, maybe the
 * root). The rest are counted: a thousand certificates in a header took 0.75 s to read and 0.3 s to list.
 */
export const MAX_X5C_CERTIFICATES = 16;

/** Reads the header's `x5c` chain, or undefined when the header has none (or it is not an array). */
export function readX5cChain(header: JsonObject | undefined): X5cChain | undefined {
  const node = memberValue(header, 'x5c');
  if (node?.kind !== 'array') return undefined;
  const entries = node.items
    .slice(0, MAX_X5C_CERTIFICATES)
    .map((item, i) => readEntry(item.kind === 'string' ? item.value : undefined, i));
  const unread = node.items.length - entries.length;
  const links = entries.slice(0, -1).map((entry, i) => {
    const next = entries[i + 1];
    return entry.ok && next?.ok === true && entry.issuer === next.subject;
  });
  return {
    entries,
    unread,
    links,
    linked: entries.length > 0 && unread === 0 && entries.every((e) => e.ok) && links.every(Boolean),
  };
}

/**
 * Whether the chain's leaf reads and its key suits `alg` (RFC 7515 section 4.1.6: the leaf holds the key the token
 * says it was signed with), so the page can offer to verify with it. Offering is not trusting.
 */
export function checkLeafFits(chain: X5cChain, alg: string | undefined): boolean {
  const leaf = chain.entries[0];
  const spec = alg === undefined ? undefined : findAlgorithm(alg);
  if (leaf?.ok !== true || leaf.key === undefined || spec === undefined) return false;
  return checkKeyFits(spec, leaf.key.kty, leaf.key.crv) === undefined;
}
