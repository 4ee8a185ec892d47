/**
 * Where a header parameter or claim is defined, in the words the contract uses for `claim-description`'s
 * `data-source`. Standards first, then the issuers that document their own claims.
 */
export type ClaimSource =
  | 'RFC 7515'
  | 'RFC 7516'
  | 'RFC 7518'
  | 'RFC 7519'
  | 'RFC 7797'
  | 'RFC 7800'
  | 'RFC 8176'
  | 'RFC 8693'
  | 'RFC 9068'
  | 'RFC 9449'
  | 'RFC 9901'
  | 'OpenID Connect Core 1.0'
  | 'OpenID Connect Front-Channel Logout 1.0'
  | 'Microsoft Entra ID'
  | 'Auth0'
  | 'Okta'
  | 'Keycloak'
  | 'AWS Cognito'
  | 'Google'
  | 'GitHub Actions'
  | 'Kubernetes'
  | 'SPIFFE';

/** Every source, standards first; a test keeps each entry's source in this list. */
export const CLAIM_SOURCES: readonly ClaimSource[] = [
  'RFC 7515',
  'RFC 7516',
  'RFC 7518',
  'RFC 7519',
  'RFC 7797',
  'RFC 7800',
  'RFC 8176',
  'RFC 8693',
  'RFC 9068',
  'RFC 9449',
  'RFC 9901',
  'OpenID Connect Core 1.0',
  'OpenID Connect Front-Channel Logout 1.0',
  'Microsoft Entra ID',
  'Auth0',
  'Okta',
  'Keycloak',
  'AWS Cognito',
  'Google',
  'GitHub Actions',
  'Kubernetes',
  'SPIFFE',
];

/** Sources that are one issuer's documentation rather than a standard: their claims are vendor claims. */
export const VENDOR_SOURCES: ReadonlySet<ClaimSource> = new Set<ClaimSource>([
  'Microsoft Entra ID',
  'Auth0',
  'Okta',
  'Keycloak',
  'AWS Cognito',
  'Google',
  'GitHub Actions',
  'Kubernetes',
  'SPIFFE',
]);

/** Which part of a token a name belongs to. */
export type ClaimPart = 'header' | 'payload' | 'both';

/**
 * What kind of value a claim holds, so it can be shown well: `time` a NumericDate, `list` one value or an array
 * of them (chips), `space-list` a space-separated string (chips), `object` explained one level down.
 */
export type ClaimKind =
  | 'time'
  | 'string'
  | 'uri'
  | 'number'
  | 'boolean'
  | 'list'
  | 'space-list'
  | 'object'
  | 'key'
  | 'certificates';

/** One member a member of an object claim may hold (`realm_access.roles`), or any member (`*`). */
export interface NestedClaimInfo {
  readonly sentence: string;
  readonly kind?: ClaimKind;
  /** Members one level further down, for object members keyed by a name of the issuer's choosing. */
  readonly children?: Readonly<Record<string, NestedClaimInfo>>;
}

/** A header parameter or claim as its definer explains it: one sentence and where it comes from. */
export interface ClaimInfo {
  readonly name: string;
  readonly part: ClaimPart;
  readonly kind: ClaimKind;
  /** One sentence: what the member means. */
  readonly sentence: string;
  readonly source: ClaimSource;
  /** The section or page of the source, when there is one to point at ("4.1.4"). */
  readonly section?: string;
  /** True for a claim one issuer defines, not a standard. */
  readonly vendor: boolean;
  /** Members of an object claim, one level down; `*` stands for a name of the issuer's choosing. */
  readonly children?: Readonly<Record<string, NestedClaimInfo>>;
  /** Well-known values and what each means (`amr`: RFC 8176). */
  readonly values?: Readonly<Record<string, string>>;
}

/** A catalogue entry as written in the data files: vendor is derived from the source. */
export type ClaimEntry = Omit<ClaimInfo, 'vendor'>;
