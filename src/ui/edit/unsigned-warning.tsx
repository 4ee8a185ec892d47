import { afterFirstPaint } from '../common/lazy';

/** The unsigned-token warning, loaded after the first paint. */
export const UnsignedWarning = afterFirstPaint(
  async () => (await import('./unsigned-warning-view')).UnsignedWarning,
);
