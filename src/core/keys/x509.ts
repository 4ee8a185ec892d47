import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, type Name, type Time } from '@peculiar/asn1-x509';
import { err, ok, type Result } from '../result';
import { parseDer } from './der';
import type { KeyError } from './errors';

/** What a certificate says about itself: who it names, who signed it, when it is valid, and its public key. */
export interface CertificateInfo {
  /** The subject as "CN=example.com, O=Example", in the order the certificate lists it. */
  readonly subject: string;
  /** The most specific (last) common name of the subject, when it has one. */
  readonly commonName?: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** The SubjectPublicKeyInfo, as DER. */
  readonly spki: Uint8Array;
}

const ID_COMMON_NAME = '2.5.4.3';

// RFC 4514 section 3 short names, and the few other attributes certificates commonly carry.
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  [ID_COMMON_NAME]: 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.43': 'initials',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
  '2.5.4.15': 'businessCategory',
};

/** RFC 4514 section 2.4: escapes the characters that would make the name ambiguous. */
function escapeValue(value: string): string {
  return value
    .replace(/[\\,+"<>;]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}

function formatName(name: Name): { text: string; commonName?: string } {
  let commonName: string | undefined;
  const rdns = name.map((rdn) =>
    rdn
      .map((attribute) => {
        // RFC 4514 section 2.4: values of types outside DirectoryString are "#" and the hex of their DER.
        const { anyValue } = attribute.value;
        const value =
          anyValue === undefined ? escapeValue(attribute.value.toString()) : `#${attribute.value.toString()}`;
        if (attribute.type === ID_COMMON_NAME && anyValue === undefined)
          commonName = attribute.value.toString();
        return `${ATTRIBUTE_NAMES[attribute.type] ?? attribute.type}=${value}`;
      })
      .join('+'),
  );
  return { text: rdns.join(', '), ...(commonName === undefined ? {} : { commonName }) };
}

function toDate(time: Time): Date | undefined {
  const date = time.utcTime ?? time.generalTime;
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads an X.509 certificate (RFC 5280 section 4.1): subject, issuer, validity and SubjectPublicKeyInfo. */
export function parseCertificate(der: Uint8Array): Result<CertificateInfo, KeyError> {
  // Not `exact`: certificates in the wild are not always strict DER (times, string types), and nothing else
  // looks like a certificate.
  const cert = parseDer(der, Certificate, 'x509', false);
  if (!cert.ok) return cert;
  try {
    const tbs = cert.value.tbsCertificate;
    const notBefore = toDate(tbs.validity.notBefore);
    const notAfter = toDate(tbs.validity.notAfter);
    if (notBefore === undefined || notAfter === undefined) {
      return err({ code: 'CERT_BAD_TIME' });
    }
    const subject = formatName(tbs.subject);
    const issuer = formatName(tbs.issuer);
    const spki = new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo));
    return ok({
      subject: subject.text,
      ...(subject.commonName === undefined ? {} : { commonName: subject.commonName }),
      issuer: issuer.text,
      notBefore,
      notAfter,
      spki,
    });
  } catch {
    return err({ code: 'ASN1_WRONG_STRUCTURE', expected: 'x509' });
  }
}
