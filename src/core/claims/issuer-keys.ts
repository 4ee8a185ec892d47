/** The issuers whose key addresses are known from their documentation. */
export type KnownIssuer =
  'Microsoft Entra ID' | 'Auth0' | 'Okta' | 'Google' | 'AWS Cognito' | 'Keycloak' | 'GitHub Actions';

/**
 * Where an issuer publishes its signing keys, as text to show or link: never fetched by the page. `discovery` is
 * the OpenID Connect Discovery 1.0 document (section 4); `jwks` the key set the issuer documents, when known.
 */
export interface IssuerKeys {
  readonly issuer: KnownIssuer;
  readonly discovery: string;
  readonly jwks: string;
}

interface Pattern {
  readonly issuer: KnownIssuer;
  readonly match: RegExp;
  /** The JWKS address from the issuer URL (without its trailing slash) and the match. */
  readonly jwks: (base: string, m: RegExpExecArray) => string;
}

const PATTERNS: readonly Pattern[] = [
  // Entra ID v2.0: https://login.microsoftonline.com/{tenant}/v2.0, keys at /{tenant}/discovery/v2.0/keys.
  {
    issuer: 'Microsoft Entra ID',
    match: /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/,
    jwks: (_, m) => `https://login.microsoftonline.com/${m[1] ?? ''}/discovery/v2.0/keys`,
  },
  // Entra ID v1.0: https://sts.windows.net/{tenant}/, keys at login.microsoftonline.com/{tenant}/discovery/keys.
  {
    issuer: 'Microsoft Entra ID',
    match: /^https:\/\/sts\.windows\.net\/([^/]+)$/,
    jwks: (_, m) => `https://login.microsoftonline.com/${m[1] ?? ''}/discovery/keys`,
  },
  // Auth0: https://{tenant}[.region].auth0.com/, keys at /.well-known/jwks.json.
  {
    issuer: 'Auth0',
    match: /^https:\/\/[a-z0-9-]+(?:\.[a-z]{2})?\.auth0\.com$/i,
    jwks: (base) => `${base}/.well-known/jwks.json`,
  },
  // Okta custom authorization server: https://{org}.okta.com/oauth2/{id}, keys at /oauth2/{id}/v1/keys.
  {
    issuer: 'Okta',
    match: /^https:\/\/[a-z0-9-]+\.(?:okta|oktapreview|okta-emea)\.com\/oauth2\/[^/]+$/i,
    jwks: (base) => `${base}/v1/keys`,
  },
  // Okta org authorization server: https://{org}.okta.com, keys at /oauth2/v1/keys.
  {
    issuer: 'Okta',
    match: /^https:\/\/[a-z0-9-]+\.(?:okta|oktapreview|okta-emea)\.com$/i,
    jwks: (base) => `${base}/oauth2/v1/keys`,
  },
  // Google: https://accounts.google.com (or without the scheme), keys at googleapis.com/oauth2/v3/certs.
  {
    issuer: 'Google',
    match: /^(?:https:\/\/)?accounts\.google\.com$/,
    jwks: () => 'https://www.googleapis.com/oauth2/v3/certs',
  },
  // Cognito: https://cognito-idp.{region}.amazonaws.com/{userPoolId}, keys at /.well-known/jwks.json.
  {
    issuer: 'AWS Cognito',
    match: /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[^/]+$/,
    jwks: (base) => `${base}/.well-known/jwks.json`,
  },
  // Keycloak: https://{host}[/auth]/realms/{realm}, keys at /protocol/openid-connect/certs.
  {
    issuer: 'Keycloak',
    match: /^https?:\/\/[^/]+(?:\/[^/]+)*\/realms\/[^/]+$/,
    jwks: (base) => `${base}/protocol/openid-connect/certs`,
  },
  // GitHub Actions OIDC: keys at /.well-known/jwks.
  {
    issuer: 'GitHub Actions',
    match: /^https:\/\/token\.actions\.githubusercontent\.com(?:\/[^/]+)?$/,
    jwks: (base) => `${base}/.well-known/jwks`,
  },
];

/**
 * Where a well-known issuer (by its `iss`) publishes its keys: the discovery document and the JWKS address, as
 * text; undefined for issuers this page does not know. The page never fetches either.
 */
export function toIssuerKeys(iss: string): IssuerKeys | undefined {
  const base = iss.trim().replace(/\/+$/, '');
  for (const pattern of PATTERNS) {
    const m = pattern.match.exec(base);
    if (m === null) continue;
    const origin = base.startsWith('https://') ? base : `https://${base}`;
    return {
      issuer: pattern.issuer,
      discovery: `${origin}/.well-known/openid-configuration`,
      jwks: pattern.jwks(origin, m),
    };
  }
  return undefined;
}
