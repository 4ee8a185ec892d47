/**
 * Publicly known example secrets that the bundled list (wallarm/jwt-secrets, see jwt-secrets.LICENSE) lacks or
 * that deserve to be tried first, each with where it is published. They are tried before the list.
 */
export const KNOWN_SECRETS_EXTRA: readonly string[] = [
  // jwt.io debugger: the current HS256 example secret.
  'a-string-secret-at-least-256-bits-long',
  // jwt.io debugger: the earlier HS256, HS384 and HS512 example secrets.
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  // PyJWT documentation, usage examples: jwt.encode({"some": "payload"}, "secret", algorithm="HS256").
  'secret',
  // node-jsonwebtoken (auth0/node-jsonwebtoken) README: jwt.sign({ foo: 'bar' }, 'shhhhh').
  'shhhhh',
  // express-jwt README: jwt({ secret: "shhhhhhared-secret", algorithms: ["HS256"] }).
  'shhhhhhared-secret',
  // Flask-JWT-Extended documentation, basic usage: app.config["JWT_SECRET_KEY"] = "super-secret".
  'super-secret',
  // FastAPI documentation, "OAuth2 with Password (and hashing), Bearer with JWT tokens": SECRET_KEY.
  '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7',
  // panva/jose README and docs, SignJWT / jwtVerify examples: the HS256 secret given to TextEncoder.
  'cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2',
  // NestJS documentation, Authentication chapter: jwtConstants.secret in constants.ts.
  'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
];
