import { memberValue, stringMember, type JsonObject } from '../json/lossless';
import { toMediaType } from './typ';

/** What a token is for, as far as its header and claims tell. */
export type TokenUse = 'id-token' | 'access-token' | 'dpop-proof' | 'logout-token' | 'key-binding';

/** What the header's `typ` declares the token to be (RFC 9068, RFC 9449, OpenID Back-Channel Logout, RFC 9901). */
export function readDeclaredUse(header: JsonObject | undefined): TokenUse | undefined {
  const typ = stringMember(header, 'typ');
  if (typ === undefined) return undefined;
  switch (toMediaType(typ)) {
    case 'at+jwt':
      return 'access-token';
    case 'dpop+jwt':
      return 'dpop-proof';
    case 'logout+jwt':
      return 'logout-token';
    case 'kb+jwt':
      return 'key-binding';
    default:
      return undefined;
  }
}

const BACKCHANNEL_LOGOUT = 'http://schemas.openid.net/event/backchannel-logout';

/**
 * What the claims say the token is: a DPoP proof (`htm` and `htu`, RFC 9449 section 4.2), a logout token, an ID
 * token (`nonce`, `at_hash`, `c_hash`, or the issuer's own marker) or an access token (`scope`, `scp`,
 * `client_id`, or the issuer's own marker); undefined when they do not tell.
 */
export function readInferredUse(claims: JsonObject | undefined): TokenUse | undefined {
  if (claims === undefined) return undefined;
  const has = (name: string) => memberValue(claims, name) !== undefined;
  if (has('htm') && has('htu')) return 'dpop-proof';
  const events = memberValue(claims, 'events');
  if (events?.kind === 'object' && events.members.some((m) => m.name.value === BACKCHANNEL_LOGOUT))
    return 'logout-token';
  if (has('sd_hash')) return 'key-binding';
  const tokenUse = stringMember(claims, 'token_use'); // AWS Cognito
  const keycloakTyp = stringMember(claims, 'typ'); // Keycloak
  const idtyp = stringMember(claims, 'idtyp'); // Entra ID (access tokens only)
  if (tokenUse === 'id' || keycloakTyp === 'ID' || has('nonce') || has('at_hash') || has('c_hash'))
    return 'id-token';
  if (
    tokenUse === 'access' ||
    keycloakTyp === 'Bearer' ||
    idtyp !== undefined ||
    has('scope') ||
    has('scp') ||
    has('client_id')
  )
    return 'access-token';
  return undefined;
}
