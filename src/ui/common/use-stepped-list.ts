import { useState } from 'react';
import { describeShowMore } from '../../core/count';

/**
 * How many items of a long list (claims, disclosures) are rendered at first, and added on each "show more": an
 * item of MUI components is a fraction of a millisecond to render, and thousands of them in one list froze the
 * page for a second or more (5,000 claims: 1.6 s, with commits of 140 and 227 ms).
 */
export const LIST_STEP = 200;

/** A long list shown a step at a time. */
export interface SteppedList<T> {
  /** The items to render now. */
  readonly shown: readonly T[];
  /** The words of the button that shows more, while some are not shown. */
  readonly more?: string;
  readonly showMore: () => void;
}

/** Shows `items` a step at a time, on request; a new list (a new token) starts again from the first step. */
export function useSteppedList<T>(items: readonly T[], step: number = LIST_STEP): SteppedList<T> {
  const [listed, setListed] = useState({ items, count: step });
  const count = listed.items === items ? listed.count : step;
  const hidden = items.length - count;
  return {
    shown: hidden > 0 ? items.slice(0, count) : items,
    ...(hidden > 0 ? { more: describeShowMore(Math.min(step, hidden), hidden) } : {}),
    showMore: () => setListed({ items, count: count + step }),
  };
}
