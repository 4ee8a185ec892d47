import type { ClaimEntry, ClaimKind, ClaimSource, NestedClaimInfo } from './claim-info';

type Extra = Pick<ClaimEntry, 'children' | 'values'>;

function v(
  source: ClaimSource,
  name: string,
  kind: ClaimKind,
  sentence: string,
  extra: Extra = {},
): ClaimEntry {
  return { name, part: 'payload', kind, source, sentence, ...extra };
}

const KEYCLOAK_ROLES: Readonly<Record<string, NestedClaimInfo>> = {
  roles: { kind: 'list', sentence: 'The roles granted.' },
};

const KUBERNETES_MEMBERS: Readonly<Record<string, NestedClaimInfo>> = {
  namespace: { kind: 'string', sentence: 'The namespace of the service account.' },
  serviceaccount: {
    kind: 'object',
    sentence: 'The service account the token was issued for (name and uid).',
    children: {
      name: { kind: 'string', sentence: 'The name of the service account.' },
      uid: { kind: 'string', sentence: 'The unique identifier of the service account.' },
    },
  },
  pod: {
    kind: 'object',
    sentence: 'The pod the token is bound to: it stops working once that pod is deleted.',
  },
  node: { kind: 'object', sentence: 'The node the token is bound to.' },
  secret: {
    kind: 'object',
    sentence: 'The secret the token is bound to: it stops working once that secret is deleted.',
  },
  warnafter: {
    kind: 'time',
    sentence:
      'After this time the API server warns that a stale, automatically refreshed token is still in use.',
  },
};

/**
 * Claims that one issuer defines and documents. Names several issuers use alike (`scp`, `ver`, `idp`) carry the
 * source that documents them most prominently, with words that fit every use.
 */
export const VENDOR_CLAIMS: readonly ClaimEntry[] = [
  // Microsoft Entra ID: ID token and access token claims references (v1.0 and v2.0).
  v('Microsoft Entra ID', 'tid', 'string', 'The tenant (directory) the user signed in to, as a GUID.'),
  v(
    'Microsoft Entra ID',
    'oid',
    'string',
    "The user's immutable object ID in the tenant, the same for every application.",
  ),
  v(
    'Microsoft Entra ID',
    'azpacr',
    'string',
    'How the client authenticated: 0 public client, 1 client secret, 2 certificate (v2.0 access tokens).',
  ),
  v(
    'Microsoft Entra ID',
    'appid',
    'string',
    'The application (client) ID of the client that requested the token (v1.0 access tokens).',
  ),
  v(
    'Microsoft Entra ID',
    'appidacr',
    'string',
    'How the client authenticated: 0 public client, 1 client secret, 2 certificate (v1.0 access tokens).',
  ),
  v(
    'Microsoft Entra ID',
    'scp',
    'space-list',
    'The delegated permissions (scopes) the user granted the client, as a space-separated list.',
  ),
  v(
    'Microsoft Entra ID',
    'wids',
    'list',
    'The tenant-wide directory roles of the user, as role template IDs.',
  ),
  v(
    'Microsoft Entra ID',
    'uti',
    'string',
    'An internal token identifier that Microsoft uses to track the token.',
  ),
  v(
    'Microsoft Entra ID',
    'rh',
    'string',
    'An internal claim Microsoft uses to revalidate tokens; opaque to applications.',
  ),
  v(
    'Microsoft Entra ID',
    'aio',
    'string',
    'An internal claim Microsoft uses to reuse tokens; opaque to applications.',
  ),
  v('Microsoft Entra ID', 'ver', 'string', 'The version of the token format (Entra ID: "1.0" or "2.0").'),
  v(
    'Microsoft Entra ID',
    'idp',
    'string',
    'The identity provider that authenticated the user, when it is not the issuer itself.',
  ),
  v(
    'Microsoft Entra ID',
    'idtyp',
    'string',
    'Whether the token was issued to an app alone ("app") or for a user ("user").',
  ),
  v(
    'Microsoft Entra ID',
    'acrs',
    'list',
    'The authentication context class references the user satisfied (Conditional Access).',
  ),
  v(
    'Microsoft Entra ID',
    'unique_name',
    'string',
    'A human-readable name of the user, not guaranteed unique (v1.0 tokens).',
  ),
  v(
    'Microsoft Entra ID',
    'upn',
    'string',
    "The user's principal name, usually an email-like sign-in name; it can change.",
  ),
  v('Microsoft Entra ID', 'ipaddr', 'string', 'The IP address the user authenticated from.'),
  v(
    'Microsoft Entra ID',
    'onprem_sid',
    'string',
    "The user's security identifier in on-premises Active Directory.",
  ),
  v('Microsoft Entra ID', 'puid', 'string', 'An internal user identifier of Microsoft services.'),
  v(
    'Microsoft Entra ID',
    'hasgroups',
    'boolean',
    'Present when the user is in too many groups to list: the application must ask Microsoft Graph.',
  ),
  v(
    'Microsoft Entra ID',
    'login_hint',
    'string',
    'An opaque hint that lets the application sign the same user in again without a prompt.',
  ),
  v('Microsoft Entra ID', 'app_displayname', 'string', 'The display name of the client application.'),
  v(
    'Microsoft Entra ID',
    'deviceid',
    'string',
    'The ID of the device the user signed in from, when it is registered.',
  ),
  v('Microsoft Entra ID', 'ctry', 'string', "The user's country or region, as a two-letter code."),
  v(
    'Microsoft Entra ID',
    'tenant_ctry',
    'string',
    "The resource tenant's country or region, as a two-letter code.",
  ),
  v('Microsoft Entra ID', 'tenant_region_scope', 'string', 'The region of the resource tenant.'),
  v(
    'Microsoft Entra ID',
    'xms_cc',
    'list',
    'Client capabilities the client announced, such as "cp1" for continuous access evaluation.',
  ),
  v('Microsoft Entra ID', 'xms_tcdt', 'time', 'When the tenant was created.'),
  v(
    'Microsoft Entra ID',
    'in_corp',
    'boolean',
    'Whether the user signed in from inside the corporate network.',
  ),
  v('Microsoft Entra ID', 'pwd_exp', 'number', "How many seconds remain before the user's password expires."),
  v('Microsoft Entra ID', 'pwd_url', 'uri', 'Where the user can change their password.'),
  v(
    'Microsoft Entra ID',
    'signin_state',
    'list',
    'Facts about the sign-in, such as "kmsi" (kept signed in) or "inknownntwk".',
  ),
  v(
    'Microsoft Entra ID',
    'acct',
    'number',
    "The user's account status: 0 a member of the tenant, 1 a guest.",
  ),
  v('Microsoft Entra ID', 'verified_primary_email', 'list', "The user's verified primary email addresses."),
  v(
    'Microsoft Entra ID',
    'verified_secondary_email',
    'list',
    "The user's verified secondary email addresses.",
  ),

  // Auth0: access token profile and RBAC.
  v(
    'Auth0',
    'gty',
    'string',
    'The grant type the token was issued by, such as "client-credentials" or "password".',
  ),
  v(
    'Auth0',
    'permissions',
    'list',
    'The permissions the user or client has at the API, when RBAC is enabled.',
  ),
  v('Auth0', 'org_id', 'string', 'The Auth0 organization the user signed in through.'),
  v('Auth0', 'org_name', 'string', 'The name of the Auth0 organization the user signed in through.'),

  // Okta: access token claims.
  v('Okta', 'cid', 'string', 'The client ID of the application the access token was issued to.'),
  v('Okta', 'uid', 'string', "The user's Okta ID, for tokens issued to a user."),

  // Keycloak.
  v('Keycloak', 'realm_access', 'object', 'The realm roles of the user, in its "roles" member.', {
    children: KEYCLOAK_ROLES,
  }),
  v(
    'Keycloak',
    'resource_access',
    'object',
    'The client roles of the user, one member per client, each with its "roles".',
    {
      children: {
        '*': { kind: 'object', sentence: "The user's roles at this client.", children: KEYCLOAK_ROLES },
      },
    },
  ),
  v('Keycloak', 'session_state', 'string', "The ID of the user's session at Keycloak."),
  v(
    'Keycloak',
    'allowed-origins',
    'list',
    'The web origins allowed to use the token in cross-origin (CORS) requests.',
  ),
  v(
    'Keycloak',
    'typ',
    'string',
    'What kind of token Keycloak issued: "Bearer" (access), "ID", "Refresh" or "Logout".',
  ),
  v(
    'Keycloak',
    'authorization',
    'object',
    'The permissions granted by Keycloak Authorization Services (a requesting party token).',
  ),

  // AWS Cognito user pools.
  v('AWS Cognito', 'cognito:groups', 'list', 'The user pool groups the user belongs to.'),
  v('AWS Cognito', 'cognito:username', 'string', "The user's user name in the user pool."),
  v('AWS Cognito', 'cognito:roles', 'list', "The IAM roles of the user's groups."),
  v(
    'AWS Cognito',
    'cognito:preferred_role',
    'string',
    "The IAM role of the user's highest-precedence group.",
  ),
  v(
    'AWS Cognito',
    'token_use',
    'string',
    'Whether this is an "id" or an "access" token, which an API must check.',
  ),
  v('AWS Cognito', 'username', 'string', "The user's user name in the user pool (access tokens)."),
  v('AWS Cognito', 'event_id', 'string', 'An identifier of the authentication event that led to the token.'),
  v(
    'AWS Cognito',
    'origin_jti',
    'string',
    'A token-revocation identifier shared by the tokens of one authentication.',
  ),
  v('AWS Cognito', 'identities', 'list', 'The external identity providers linked to the user.'),

  // Google.
  v(
    'Google',
    'hd',
    'string',
    "The Google Workspace domain of the user's account, absent for consumer accounts.",
  ),
  v(
    'Google',
    'google',
    'object',
    'Facts about the Google Cloud workload the identity token was issued to, such as "compute_engine".',
  ),

  // GitHub Actions OIDC tokens.
  v('GitHub Actions', 'repository', 'string', 'The repository the workflow runs in, as owner/name.'),
  v('GitHub Actions', 'repository_id', 'string', 'The numeric ID of the repository.'),
  v('GitHub Actions', 'repository_owner', 'string', 'The user or organization that owns the repository.'),
  v('GitHub Actions', 'repository_owner_id', 'string', 'The numeric ID of the repository owner.'),
  v(
    'GitHub Actions',
    'repository_visibility',
    'string',
    'Whether the repository is public, private or internal.',
  ),
  v('GitHub Actions', 'actor', 'string', 'The account that started the workflow run.'),
  v('GitHub Actions', 'actor_id', 'string', 'The numeric ID of the account that started the workflow run.'),
  v('GitHub Actions', 'workflow', 'string', 'The name of the workflow.'),
  v('GitHub Actions', 'workflow_ref', 'string', 'The path and ref of the workflow file.'),
  v('GitHub Actions', 'workflow_sha', 'string', 'The commit of the workflow file.'),
  v(
    'GitHub Actions',
    'job_workflow_ref',
    'string',
    'The path and ref of the (possibly reusable) workflow the job runs.',
  ),
  v(
    'GitHub Actions',
    'job_workflow_sha',
    'string',
    'The commit of the (possibly reusable) workflow the job runs.',
  ),
  v('GitHub Actions', 'ref', 'string', 'The git ref that triggered the run, such as refs/heads/main.'),
  v('GitHub Actions', 'ref_type', 'string', 'Whether the ref is a branch or a tag.'),
  v('GitHub Actions', 'ref_protected', 'string', 'Whether the ref is protected ("true" or "false").'),
  v('GitHub Actions', 'sha', 'string', 'The commit that triggered the run.'),
  v('GitHub Actions', 'head_ref', 'string', 'The source branch of a pull request.'),
  v('GitHub Actions', 'base_ref', 'string', 'The target branch of a pull request.'),
  v(
    'GitHub Actions',
    'event_name',
    'string',
    'The event that triggered the run, such as push or pull_request.',
  ),
  v('GitHub Actions', 'environment', 'string', 'The deployment environment the job uses.'),
  v('GitHub Actions', 'run_id', 'string', 'The ID of the workflow run.'),
  v('GitHub Actions', 'run_number', 'string', 'The number of the workflow run within its workflow.'),
  v('GitHub Actions', 'run_attempt', 'string', 'Which attempt of the workflow run this is.'),
  v(
    'GitHub Actions',
    'runner_environment',
    'string',
    'Whether the job ran on a GitHub-hosted or a self-hosted runner.',
  ),
  v('GitHub Actions', 'enterprise', 'string', 'The enterprise that owns the repository.'),
  v(
    'GitHub Actions',
    'enterprise_id',
    'string',
    'The numeric ID of the enterprise that owns the repository.',
  ),

  // Kubernetes service-account tokens: bound (projected) and legacy secret-based.
  v(
    'Kubernetes',
    'kubernetes.io',
    'object',
    'The service account, namespace and pod or secret the token is bound to.',
    {
      children: KUBERNETES_MEMBERS,
    },
  ),
  v(
    'Kubernetes',
    'kubernetes.io/serviceaccount/namespace',
    'string',
    'The namespace of the service account (legacy token).',
  ),
  v(
    'Kubernetes',
    'kubernetes.io/serviceaccount/secret.name',
    'string',
    'The secret holding this legacy, non-expiring token.',
  ),
  v(
    'Kubernetes',
    'kubernetes.io/serviceaccount/service-account.name',
    'string',
    'The name of the service account (legacy token).',
  ),
  v(
    'Kubernetes',
    'kubernetes.io/serviceaccount/service-account.uid',
    'string',
    'The unique identifier of the service account (legacy token).',
  ),
];
