/**
 * Parameter names that carry a token in a URL fragment or query, in order of preference (`id_token` and
 * `access_token`: OpenID Connect Core 1.0 section 3.2.2.5, RFC 6749 section 4.2.2).
 */
export const TOKEN_PARAMETERS = ['token', 'id_token', 'access_token'] as const;
export type TokenParameter = (typeof TOKEN_PARAMETERS)[number];

/** A URL component with its percent-escapes decoded; malformed escapes are kept as written. */
export function unescapeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads `name=value` pairs split on '&'. Unlike URLSearchParams it keeps '+' as '+': a token carried in a URL
 * is base64url, and a standard-base64 '+' must reach the decoder to be reported, not turned into a space.
 */
function readParameters(text: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = unescapeComponent(pair.slice(0, eq));
    if (!params.has(name)) params.set(name, unescapeComponent(pair.slice(eq + 1)));
  }
  return params;
}

/** A token found in URL parameters, and which parameter held it. */
export interface ParameterToken {
  readonly parameter: TokenParameter;
  readonly token: string;
}

/**
 * Finds the token in a fragment or query string (with or without its leading '#' or '?'): `token`, then
 * `id_token`, then `access_token`; other parameters (state, token_type, ...) are ignored.
 */
export function parseTokenParameters(text: string): ParameterToken | undefined {
  const body = text.startsWith('#') || text.startsWith('?') ? text.slice(1) : text;
  const params = readParameters(body);
  for (const parameter of TOKEN_PARAMETERS) {
    const token = params.get(parameter);
    if (token !== undefined && token.trim() !== '') return { parameter, token };
  }
  return undefined;
}
