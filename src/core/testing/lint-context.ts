import type { KeyContext } from '../lint/key-context';
import type { LintContext } from '../lint/lint-context';
import { decodeToken } from '../token/decode';
import { compact } from './build-token';

/** The e2e pinned clock, 2026-11-25T10:00:00Z, in milliseconds. */
export const PINNED_NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
/** The same instant as a NumericDate. */
export const PINNED_NOW_S = PINNED_NOW / 1000;

/** A lint context for a token built from header and payload JSON text, judged at the pinned clock. */
export function lintContextFor(
  header: string,
  payload: string,
  options: { readonly key?: KeyContext; readonly leeway?: number; readonly now?: number } = {},
): LintContext {
  return {
    decoded: decodeToken(compact(header, payload)),
    now: options.now ?? PINNED_NOW,
    ...(options.key === undefined ? {} : { key: options.key }),
    ...(options.leeway === undefined ? {} : { leeway: options.leeway }),
  };
}
