import { describe, expect, it } from 'vitest';
import { toIssuerKeys } from './issuer-keys';

describe('toIssuerKeys', () => {
  it.each([
    [
      'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
      'Microsoft Entra ID',
      'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/discovery/v2.0/keys',
    ],
    [
      'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
      'Microsoft Entra ID',
      'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/discovery/keys',
    ],
    ['https://dev-abc123.us.auth0.com/', 'Auth0', 'https://dev-abc123.us.auth0.com/.well-known/jwks.json'],
    ['https://example.okta.com/oauth2/default', 'Okta', 'https://example.okta.com/oauth2/default/v1/keys'],
    ['https://example.okta.com', 'Okta', 'https://example.okta.com/oauth2/v1/keys'],
    ['https://accounts.google.com', 'Google', 'https://www.googleapis.com/oauth2/v3/certs'],
    ['accounts.google.com', 'Google', 'https://www.googleapis.com/oauth2/v3/certs'],
    [
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
      'AWS Cognito',
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json',
    ],
    [
      'https://sso.example.com/realms/acme',
      'Keycloak',
      'https://sso.example.com/realms/acme/protocol/openid-connect/certs',
    ],
    [
      'https://sso.example.com/auth/realms/acme',
      'Keycloak',
      'https://sso.example.com/auth/realms/acme/protocol/openid-connect/certs',
    ],
    [
      'https://token.actions.githubusercontent.com',
      'GitHub Actions',
      'https://token.actions.githubusercontent.com/.well-known/jwks',
    ],
  ])('knows %s', (iss, issuer, jwks) => {
    expect(toIssuerKeys(iss)).toMatchObject({ issuer, jwks });
    expect(toIssuerKeys(iss)?.discovery).toMatch(/^https:\/\/.+\/\.well-known\/openid-configuration$/);
  });

  it('knows nobody else', () => {
    expect(toIssuerKeys('https://issuer.example.com')).toBeUndefined();
    expect(toIssuerKeys('https://evil.example/login.microsoftonline.com/x/v2.0')).toBeUndefined();
    expect(toIssuerKeys('')).toBeUndefined();
  });
});
