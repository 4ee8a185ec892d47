import { afterFirstPaint } from '../common/lazy';

/** The claim helpers under the payload, loaded after the first paint: last in the payload's card. */
export const ClaimHelpers = afterFirstPaint(async () => (await import('./claim-helpers-view')).ClaimHelpers);
