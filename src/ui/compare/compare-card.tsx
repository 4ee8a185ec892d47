import { afterFirstPaint } from '../common/lazy';

/** The compare card, loaded after the first paint: last in its column, it moves nothing above it. */
export const CompareCard = afterFirstPaint(async () => (await import('./compare-card-view')).CompareCard);
