import { parseLosslessJson } from '../json/lossless';
import type { DecodedSdJwt } from '../token/decode';
import { processSdJwt, type SdJwtView } from './process';

/**
 * Reads an SD-JWT's disclosures against its issuer-signed payload (RFC 9901 section 7.1). The payload is read
 * from its whole text (a tree sent from the decode worker may be cut down); undefined when it is not JSON.
 */
export function readSdJwt(decoded: DecodedSdJwt): SdJwtView | undefined {
  const content = decoded.payload.content;
  if (content?.kind !== 'json') return undefined;
  const payload = parseLosslessJson(content.text);
  return payload.ok ? processSdJwt(payload.value, decoded.disclosures) : undefined;
}
