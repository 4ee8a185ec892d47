import { parseLosslessJson, type JsonNode } from '../json/lossless';
import type { DecodedSdJwt } from '../token/decode';
import { processSdJwt, type SdJwtView } from './process';

/** What a payload that is not JSON is read as: no object, so nothing can be disclosed into it. */
const NOT_JSON: JsonNode = { kind: 'null', from: 0, to: 0 };

/**
 * Reads an SD-JWT's disclosures against its issuer-signed payload (RFC 9901 section 7.1). The payload is read
 * from its whole text (a tree sent from the decode worker may be cut down); a payload that is not a JSON object
 * is a problem of the view, and its disclosures are still decoded.
 */
export function readSdJwt(decoded: DecodedSdJwt): SdJwtView {
  const content = decoded.payload.content;
  const payload = content?.kind === 'json' ? parseLosslessJson(content.text) : undefined;
  return processSdJwt(payload?.ok === true ? payload.value : NOT_JSON, decoded.disclosures);
}
