import { NOW_SECONDS } from './fixtures';
import { rawToken } from './tokens';

// Real-shaped tokens of several issuers for the claims and time tests, their times set around the pinned NOW.

const RS256 = (kid: string) => JSON.stringify({ typ: 'JWT', alg: 'RS256', kid });

/** A Microsoft Entra ID v2 access token: tid, oid, azp, scp, roles, valid for another 50 minutes. */
export const ENTRA_V2 = rawToken(
  RS256('L1KfKFI_jnXbwWc22xZxw1sUHH0'),
  JSON.stringify({
    aud: 'api://b7e9a7c2-4f7e-4c4b-9a51-0f3e1d2c3b4a',
    iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
    iat: NOW_SECONDS - 600,
    nbf: NOW_SECONDS - 600,
    exp: NOW_SECONDS + 3000,
    aio: 'AWQAm/8YAAAAm0Fk0Jd0l2bq0ZpI0p2YqSgB5x3w==',
    azp: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
    azpacr: '0',
    name: 'Grace Hopper',
    oid: '6e8b2a1c-3f4d-4c5b-8a9e-0d1c2b3a4f5e',
    preferred_username: 'grace@contoso.com',
    rh: '0.AXEAv4j5cvGGr0GRqy180BHbR8KnnrdPfkxMmlEPPh0sO0pxAAA.',
    roles: ['Orders.Read', 'Orders.Write'],
    scp: 'User.Read Orders.Manage',
    sub: 'XEvqKZSqvPo6Jj2zM3o0cWq9vYxg1sRl2xW3k8J5L0A',
    tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    uti: 'AbCdEfGhIjKlMnOpQrStUv',
    ver: '2.0',
    wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
  }),
);

/** A Keycloak access token: realm_access, resource_access, session_state, allowed-origins; 4 min left. */
export const KEYCLOAK = rawToken(
  RS256('x6qVnL2V6mCkHnqPj9sG1Vn6d7o3d8rXQ1G9XUOSmQw'),
  JSON.stringify({
    exp: NOW_SECONDS + 240,
    iat: NOW_SECONDS - 60,
    auth_time: NOW_SECONDS - 65,
    jti: 'onrtac:0b4a6c61-1d4c-4bd9-a3f6-3b2c1f8e9d70',
    iss: 'https://sso.example.com/realms/shop',
    aud: 'account',
    sub: 'f3c1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    typ: 'Bearer',
    azp: 'shop-frontend',
    session_state: '2b7c9e1a-8f6d-4c3b-a2e1-9d8c7b6a5f40',
    acr: '1',
    'allowed-origins': ['https://shop.example.com'],
    realm_access: { roles: ['offline_access', 'default-roles-shop', 'uma_authorization'] },
    resource_access: { account: { roles: ['manage-account', 'view-profile'] } },
    scope: 'openid email profile',
    sid: '2b7c9e1a-8f6d-4c3b-a2e1-9d8c7b6a5f40',
    email_verified: true,
    preferred_username: 'grace',
  }),
);

/** An ID token that expired three days before NOW. */
export const EXPIRED = rawToken(
  RS256('2024-key'),
  JSON.stringify({
    iss: 'https://accounts.google.com',
    azp: '1234987819200.apps.googleusercontent.com',
    aud: '1234987819200.apps.googleusercontent.com',
    sub: '10769150350006150715113082367',
    email: 'jsmith@example.com',
    email_verified: true,
    hd: 'example.com',
    nonce: '0394852-3190485-2490358',
    iat: NOW_SECONDS - 3 * 86400 - 3600,
    exp: NOW_SECONDS - 3 * 86400,
  }),
);

/** A token whose nbf lies ten minutes after NOW. */
export const NOT_YET_VALID = rawToken(
  '{"alg":"HS256","typ":"JWT"}',
  JSON.stringify({ sub: 'user-42', nbf: NOW_SECONDS + 600, exp: NOW_SECONDS + 4200 }),
);

/** An exp written in milliseconds (an hour after NOW, had it been seconds). */
export const EXP_MILLISECONDS = rawToken(
  '{"alg":"HS256","typ":"JWT"}',
  JSON.stringify({ sub: 'user-42', iat: NOW_SECONDS, exp: (NOW_SECONDS + 3600) * 1000 }),
);

/** No exp at all. */
export const NO_EXP = rawToken(
  '{"alg":"HS256","typ":"JWT"}',
  JSON.stringify({ sub: 'user-42', iat: NOW_SECONDS - 60 }),
);
