import { DEFAULT_LIMITS } from '../limits';
import { err, ok, type Result } from '../result';
import { detectKeyText, isKeyMaterial, type DetectedKeyText } from './detect';
import type { KeyError } from './errors';
import { importDer } from './import';
import { readJwk } from './jwk';
import { readJwks } from './jwks';
import type { CertificateSummary, PublicKeyEntry, ReadKey } from './key-material';
import type { KeyTextKind } from './key-type';
import { parsePem } from './pem';
import { pkcs1PrivateToPkcs8, pkcs1PublicToSpki } from './pkcs1';
import { sec1ToPkcs8 } from './sec1';
import { decodeSecret, type SecretEncoding } from './secret';
import { parseCertificate } from './x509';

// The engine API the store reads keys through names its types here.
export type { KeyError } from './errors';
export type { PublicKeyEntry, ReadKey } from './key-material';

async function readPem(text: string, kind: KeyTextKind): Promise<Result<ReadKey, KeyError>> {
  if (kind === 'encrypted-private') return err({ code: 'KEY_ENCRYPTED' });
  const blocks = parsePem(text);
  if (!blocks.ok) return blocks;
  const block = blocks.value[0];
  if (block === undefined) return err({ code: 'PEM_NOT_FOUND' });
  return readBlock(kind, block.der, block.label);
}

/** Reads the DER of one key structure, from a PEM block or written without armour. */
async function readBlock(
  kind: KeyTextKind,
  der: Uint8Array,
  label?: string,
): Promise<Result<ReadKey, KeyError>> {
  const single = (
    entry: Result<PublicKeyEntry, KeyError>,
    certificate?: CertificateSummary,
  ): Result<ReadKey, KeyError> =>
    entry.ok
      ? ok({
          kind: 'keys',
          source: kind,
          keys: [entry.value],
          unreadable: [],
          ...(certificate === undefined ? {} : { certificate }),
        })
      : entry;
  switch (kind) {
    case 'encrypted-private':
      return err({ code: 'KEY_ENCRYPTED' });
    case 'spki':
      return single(await importDer(der, 'spki', { kind: 'pasted', form: 'spki' }));
    case 'pkcs8':
      return single(await importDer(der, 'pkcs8', { kind: 'pasted', form: 'pkcs8' }));
    case 'pkcs1-public': {
      const spki = pkcs1PublicToSpki(der);
      if (!spki.ok) return spki;
      return single(await importDer(spki.value, 'spki', { kind: 'pasted', form: 'pkcs1-public' }));
    }
    case 'pkcs1-private': {
      const pkcs8 = pkcs1PrivateToPkcs8(der);
      if (!pkcs8.ok) return pkcs8;
      return single(await importDer(pkcs8.value, 'pkcs8', { kind: 'pasted', form: 'pkcs1-private' }));
    }
    case 'sec1': {
      const pkcs8 = sec1ToPkcs8(der);
      if (!pkcs8.ok) return pkcs8;
      return single(await importDer(pkcs8.value.pkcs8, 'pkcs8', { kind: 'pasted', form: 'sec1' }));
    }
    case 'x509': {
      const cert = parseCertificate(der);
      if (!cert.ok) return cert;
      const { subject, commonName, notBefore, notAfter } = cert.value;
      const summary: CertificateSummary = {
        subject,
        notBefore,
        notAfter,
        ...(commonName === undefined ? {} : { commonName }),
      };
      return single(await importDer(cert.value.spki, 'spki', { kind: 'pasted', form: 'x509' }), summary);
    }
    default:
      return err({ code: 'PEM_NOT_KEY', label: label ?? kind });
  }
}

async function readDetected(
  text: string,
  detected: DetectedKeyText,
  encoding: SecretEncoding,
): Promise<Result<ReadKey, KeyError>> {
  switch (detected.kind) {
    case 'empty':
      return err({ code: 'KEY_EMPTY' });
    case 'secret': {
      const bytes = decodeSecret(text, encoding);
      return ok(
        bytes.ok
          ? { kind: 'secret', encoding, bytes: bytes.value }
          : { kind: 'secret', encoding, encodingError: bytes.error },
      );
    }
    case 'jwk': {
      const entry = readJwk(detected.json ?? {}, { kind: 'pasted', form: 'jwk' });
      if (!entry.ok) return entry;
      return ok({ kind: 'keys', source: 'jwk', keys: [entry.value], unreadable: [] });
    }
    case 'jwks':
      return ok(readJwks(detected.json));
    case 'json-unknown':
      return err({ code: detected.jsonInvalid === true ? 'JSON_INVALID' : 'JSON_NOT_KEY' });
    default:
      if (detected.der !== undefined) return readBlock(detected.kind, detected.der);
      return readPem(detected.text ?? text, detected.kind);
  }
}

/**
 * Reads pasted key text: an HMAC secret in the chosen encoding, a PEM key or certificate (RFC 7468), a JWK or a
 * JWKS (RFC 7517), or key material written without armour (base64 or hex of DER, base64 of a PEM or JWK). The
 * public half of a private key verifies; the private half stays on the entry, in memory only. Text longer than
 * `maxChars` is refused (KEY_TOO_LARGE) before anything reads it. Never throws.
 */
export async function readKeyText(
  text: string,
  encoding: SecretEncoding,
  maxChars: number = DEFAULT_LIMITS.keyChars,
): Promise<Result<ReadKey, KeyError>> {
  if (text.length > maxChars) return err({ code: 'KEY_TOO_LARGE', found: text.length, limit: maxChars });
  let detected: DetectedKeyText = { kind: 'empty' };
  try {
    detected = detectKeyText(text);
    const read = await readDetected(text, detected, encoding);
    if (read.ok) {
      return detected.via === undefined || read.value.kind !== 'keys'
        ? read
        : ok({ ...read.value, via: detected.via });
    }
    return isKeyMaterial(detected) ? err({ ...read.error, material: detected.kind }) : read;
  } catch (e) {
    return err({
      code: 'INTERNAL',
      name: e instanceof Error ? e.name : 'unexpected failure',
      ...(isKeyMaterial(detected) ? { material: detected.kind } : {}),
    });
  }
}
