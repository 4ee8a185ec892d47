import { describe, expect, it } from 'vitest';
import { lintContextFor } from '../../testing/lint-context';
import { checkSensitiveData, isCardNumber, isPasswordLikeName, passesLuhn } from './sensitive-data';

const H = '{"alg":"HS256","typ":"JWT"}';

describe('sensitive-data', () => {
  it('finds a password-like member', () => {
    expect(checkSensitiveData(lintContextFor(H, '{"user":{"password":"hunter2"}}'))).toEqual([
      {
        id: 'sensitive-data',
        severity: 'high',
        what: 'password',
        pointer: '/payload/user/password',
        name: 'password',
      },
    ]);
    expect(isPasswordLikeName('clientSecret')).toBe(true);
    expect(isPasswordLikeName('x-api-key')).toBe(true);
    expect(isPasswordLikeName('compass')).toBe(false);
  });
  it('finds a card number passing Luhn', () => {
    expect(checkSensitiveData(lintContextFor(H, '{"pan":"4111 1111 1111 1111"}'))).toMatchObject([
      { what: 'card-number' },
    ]);
    expect(checkSensitiveData(lintContextFor(H, '{"pan":4111111111111111}'))).toMatchObject([
      { what: 'card-number' },
    ]);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(isCardNumber('4111111111111112')).toBe(false);
  });
  it('finds a private key, PEM or JWK, header included', () => {
    expect(
      checkSensitiveData(lintContextFor(H, '{"k":"-----BEGIN RSA PRIVATE KEY-----\\nMII"}')),
    ).toMatchObject([{ what: 'private-key' }]);
    expect(
      checkSensitiveData(lintContextFor('{"alg":"ES256","jwk":{"kty":"EC","d":"abc"}}', '{}')),
    ).toMatchObject([{ what: 'private-key', pointer: '/header/jwk' }]);
  });
  it('finds an email or phone number in an access token only', () => {
    const access = '{"scope":"read","email":"ada@example.com","phone_number":"+44 20 7946 0000"}';
    expect(checkSensitiveData(lintContextFor(H, access))).toMatchObject([
      { what: 'email' },
      { what: 'phone' },
    ]);
    expect(checkSensitiveData(lintContextFor(H, '{"nonce":"n","email":"ada@example.com"}'))).toEqual([]);
  });
  it('finds nothing in an ordinary token, nor in claims the catalogue explains', () => {
    expect(
      checkSensitiveData(
        lintContextFor(H, '{"sub":"1234567890","pwd_exp":"3600","exp":1764064800000,"name":"John"}'),
      ),
    ).toEqual([]);
  });
});
