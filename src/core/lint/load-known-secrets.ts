/**
 * The bundled known-secret list (wallarm/jwt-secrets, MIT: data/jwt-secrets.LICENSE), one secret a line, loaded
 * on demand as a lazy chunk: the page's CSP (connect-src 'none') lets nothing fetch it, a worker included.
 */
export async function loadKnownSecretList(): Promise<string> {
  const module = await import('./data/jwt-secrets.txt?raw');
  return module.default;
}
