/** How long a page waits for a frame before going on all the same (a hidden page paints none) (ms). */
const NO_FRAME_MS = 200;

/**
 * Runs `then` once the page has painted its next frame (in a task of its own after it), so what is urgent shows
 * first: the worker's answers (`store.ts`), the parts read after the token, a JSON pane's parse. A hidden page,
 * or one whose frame does not come, goes on without it.
 */
export function afterNextPaint(then: () => void): void {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    setTimeout(then, 0);
  };
  const timer = setTimeout(start, document.visibilityState === 'hidden' ? 0 : NO_FRAME_MS);
  requestAnimationFrame(start);
}
