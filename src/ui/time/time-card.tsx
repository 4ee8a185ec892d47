import { afterFirstPaint } from '../common/lazy';

/** The time card, loaded after the first paint: below the signature, it moves nothing the first paint shows. */
export const TimeCard = afterFirstPaint(async () => (await import('./time-card-view')).TimeCard);
