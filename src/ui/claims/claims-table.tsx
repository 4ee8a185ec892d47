import { afterFirstPaint } from '../common/lazy';

/** The claims table, loaded after the first paint: below the payload, it moves nothing the first paint shows. */
export const ClaimsTable = afterFirstPaint(async () => (await import('./claims-table-view')).ClaimsTable);
