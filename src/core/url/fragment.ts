import { TOKEN_PARAMETERS, unescapeComponent } from '../token/parameters';

/**
 * The fragment or query with its token parameters removed, other parameters kept as written, with its leading
 * '#' or '?'; empty when nothing else is left. A token read from the address bar is taken out of it, so it is
 * neither kept in history nor loaded again on reload.
 */
export function withoutTokenParameters(text: string): string {
  const lead = text.startsWith('#') || text.startsWith('?') ? text.charAt(0) : '';
  const body = lead === '' ? text : text.slice(1);
  const kept = body.split('&').filter((pair) => {
    const eq = pair.indexOf('=');
    const name = unescapeComponent(eq < 0 ? pair : pair.slice(0, eq));
    return pair !== '' && !(TOKEN_PARAMETERS as readonly string[]).includes(name);
  });
  return kept.length === 0 ? '' : `${lead}${kept.join('&')}`;
}
