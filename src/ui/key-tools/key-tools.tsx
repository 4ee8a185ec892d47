import { afterFirstPaint } from '../common/lazy';

/** The key actions under the key input, loaded after the first paint. */
export const KeyTools = afterFirstPaint(async () => (await import('./key-tools-view')).KeyTools);
