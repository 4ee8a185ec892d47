import { describeError, describeFix, describeRaiseTokenLimit, type CoreError } from '../../core/token/errors';
import { RAISED_LIMITS } from '../../core/limits';
import type { TokenPart } from '../../core/token/parts';
import { memoOnDecoded } from './document';

// Why the token on screen cannot be decoded, in words, with its one-click fixes: read only by the decode error box,
// which loads after the first paint, so the words of every error (core/token/errors.ts) are not in the first load.

/** A one-click fix as the page offers it: the words on its button and the text it puts in the editor. */
export interface ShownFix {
  readonly label: string;
  readonly token: string;
}

/** A one-click fix of the token on screen, once however many errors offer it, with a short key for lists. */
export interface OfferedFix extends ShownFix {
  /** Unique among the fixes offered (never the token: a megabyte-long React key is compared on every render). */
  readonly key: string;
}

/** An error as the page shows it: its sentence (its one-click fix, if any, is among `selectOfferedFixes`). */
export interface ShownError {
  readonly code: CoreError['code'];
  readonly part: TokenPart;
  readonly message: string;
}

export const selectShownErrors = memoOnDecoded((decoded): readonly ShownError[] =>
  decoded.errors.map((error) => ({
    code: error.code,
    part: error.part,
    message: describeError(error),
  })),
);

/**
 * The one-click fixes of the token on screen, each once: errors in several segments may offer the same fixed
 * token. Compared as strings once per decode (a handful of fixes), never hashed or keyed by on each render.
 */
export const selectOfferedFixes = memoOnDecoded((decoded): readonly OfferedFix[] => {
  const offered: OfferedFix[] = [];
  for (const error of decoded.errors) {
    const fix = error.fix;
    if (fix === undefined || offered.some((o) => o.token === fix.token)) continue;
    offered.push({ key: `${fix.kind}-${offered.length}`, label: describeFix(fix), token: fix.token });
  }
  return offered;
});

/** The words of the offer to raise the token size limit, while the token on screen is refused for its size. */
export const selectRaiseTokenLimit = memoOnDecoded((decoded): string | undefined =>
  decoded.errors.some((e) => e.code === 'TOKEN_TOO_LARGE' && (e.limit ?? 0) < RAISED_LIMITS.tokenChars)
    ? describeRaiseTokenLimit()
    : undefined,
);
