import type { KeyboardEvent } from 'react';

/**
 * The keys of a single-select listbox whose options choose as the selection moves (WAI-ARIA listbox pattern):
 * arrows, Home and End move to another option; Enter and Space choose the one with the focus. Calls `choose`
 * with the option's index and `focus` with the option to focus, and stops the key doing anything else.
 */
export function onListboxKey(
  event: KeyboardEvent,
  index: number,
  count: number,
  choose: (index: number) => void,
  focus: (index: number) => void,
): void {
  const last = count - 1;
  const next =
    event.key === 'ArrowDown' || event.key === 'ArrowRight'
      ? Math.min(last, index + 1)
      : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
        ? Math.max(0, index - 1)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : undefined;
  if (next !== undefined) {
    event.preventDefault();
    choose(next);
    focus(next);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    choose(index);
  }
}
