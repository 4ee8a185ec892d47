import type { DecryptEngine } from './engine';

/** Placeholder until the pure AES-192 path lands. */
export const decryptAes192: DecryptEngine = () => Promise.resolve({ ok: false, failure: 'not-supported' });
