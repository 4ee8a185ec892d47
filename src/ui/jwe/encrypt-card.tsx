import { afterFirstPaint } from '../common/lazy';

/** The encrypt card, loaded after the first paint: last in its column, it moves nothing above it. */
export const EncryptCard = afterFirstPaint(async () => (await import('./encrypt-card-view')).EncryptCard);
