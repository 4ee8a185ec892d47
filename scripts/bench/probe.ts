// The bench's probe inside the page: installed before the app's own scripts run (Playwright's addInitScript), it
// records long tasks from the start, and times one watched change at a time from inside the page with
// performance.now(), so nothing of Playwright's own round trips is counted.
//
// `installProbe` is serialised into the page: it must not use anything from outside its own body.

/** When the watched change happens in the page. */
export type Condition =
  /** The payload view's first few hundred characters include `text` (a marker at the top of the payload). */
  | { readonly kind: 'payload-includes'; readonly text: string }
  /** An element with this test id is in the page. */
  | { readonly kind: 'present'; readonly testId: string }
  /** An element with this test id has a `data-status` among `values`. */
  | { readonly kind: 'status'; readonly testId: string; readonly values: readonly string[] }
  /** The text of the element with this test id starts with `text`. */
  | { readonly kind: 'text-starts'; readonly testId: string; readonly text: string }
  /** The DOM inside the element with this test id changed. */
  | { readonly kind: 'changed'; readonly testId: string }
  | { readonly kind: 'not'; readonly of: Condition }
  | { readonly kind: 'all'; readonly of: readonly Condition[] }
  | { readonly kind: 'any'; readonly of: readonly Condition[] };

/**
 * What starts the clock: the navigation itself (time 0 of the page), an input event (a paste or `fill`:
 * beforeinput, textInput, input or paste, whichever comes first) or a keydown.
 */
export type Trigger = 'navigation' | 'input' | 'keydown';

/** Times of one watched change, in the page's performance.now() (milliseconds since its navigation started). */
export interface Watched {
  /** The triggering event's time stamp (0 for a navigation). */
  readonly start: number;
  /** The frame in which the DOM was first seen meeting the condition (its requestAnimationFrame callback). */
  readonly dom: number;
  /** Just after that frame was rendered: a message posted from its requestAnimationFrame callback. */
  readonly painted: number;
}

export interface Settled {
  /** After the frame that followed the last change of the page's DOM since the trigger (0: none). */
  readonly lastPainted: number;
  /** The longest main-thread task that ended after the trigger (0: none over 50 ms), and how many there were. */
  readonly longestTask: number;
  readonly longTasks: number;
}

export interface ProbeConfig {
  /** A watch armed at once, for a navigation: its condition. */
  readonly navigation?: Condition;
  /** Mutations inside elements with these test ids do not count as the page changing (progress counters). */
  readonly ignore: readonly string[];
  /**
   * The page's Date.now() starts at this instant (ms since the epoch) and runs from there, as a user's does: every
   * page of a run reads the bench's tokens (which expired long before) at the same time, so the app's
   * once-a-second tick changes nothing on screen and a page that has finished its work is still. It runs rather
   * than stands because CodeMirror times its parse slices with Date.now(): a frozen clock turned each 20 ms
   * slice into a parse of the whole document. Timers, requestAnimationFrame and performance.now() are untouched.
   */
  readonly fixedNow?: number;
}

/** What the probe offers the bench, as `window.__bench`. */
export interface Probe {
  watch(condition: Condition, trigger: Trigger): void;
  /** Resolves when the armed watch's condition has been met and its frame rendered. */
  done(): Promise<Watched>;
  /** Resolves once nothing has changed in the DOM and no long task has ended for `quietMs` (or after `capMs`). */
  settle(quietMs: number, capMs: number): Promise<Settled>;
  /** The JS heap in use after a full garbage collection (undefined when the browser does not tell). */
  heap(): number | undefined;
}

export function installProbe(config: ProbeConfig): void {
  interface Task {
    readonly start: number;
    readonly end: number;
  }
  interface Armed {
    readonly condition: Condition;
    readonly trigger: Trigger;
    start?: number;
    met?: Watched;
    changedInside: Set<string>;
    lastPainted: number;
    waiters: ((w: Watched) => void)[];
  }
  const fixedNow = config.fixedNow;
  if (fixedNow !== undefined) {
    const startedAt = performance.now();
    Date.now = () => fixedNow + Math.floor(performance.now() - startedAt);
  }
  const tasks: Task[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: every longest task reads as none.
  }

  let armed: Armed | undefined;
  let frameRequested = false;

  /** Runs `then` with the time just after the next frame has been rendered. */
  const afterNextFrame = (then: (rafTime: number, paintedTime: number) => void): void => {
    requestAnimationFrame(() => {
      const rafTime = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(rafTime, performance.now());
      channel.port2.postMessage(undefined);
    });
  };

  const byTestId = (id: string): Element | null => document.querySelector(`[data-testid="${id}"]`);

  /** The first `limit` characters of an element's text, without reading all of a huge one. */
  const startText = (element: Element, limit: number): string => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node !== null && text.length < limit; node = walker.nextNode()) {
      text += node.nodeValue ?? '';
    }
    return text;
  };

  const holds = (condition: Condition, watch: Armed): boolean => {
    switch (condition.kind) {
      case 'payload-includes': {
        const payload = byTestId('payload-json');
        return payload !== null && startText(payload, 400).includes(condition.text);
      }
      case 'present':
        return byTestId(condition.testId) !== null;
      case 'status':
        return condition.values.includes(byTestId(condition.testId)?.getAttribute('data-status') ?? '');
      case 'text-starts': {
        const element = byTestId(condition.testId);
        return element !== null && startText(element, condition.text.length).startsWith(condition.text);
      }
      case 'changed':
        return watch.changedInside.has(condition.testId);
      case 'not':
        return !holds(condition.of, watch);
      case 'all':
        return condition.of.every((c) => holds(c, watch));
      case 'any':
        return condition.of.some((c) => holds(c, watch));
    }
  };

  const changedIds = (condition: Condition, into: string[]): string[] => {
    if (condition.kind === 'changed') into.push(condition.testId);
    if (condition.kind === 'not') changedIds(condition.of, into);
    if (condition.kind === 'any' || condition.kind === 'all')
      for (const c of condition.of) changedIds(c, into);
    return into;
  };

  const inside = (node: Node, testId: string): boolean => {
    const element = node instanceof Element ? node : node.parentElement;
    return element !== null && element.closest(`[data-testid="${testId}"]`) !== null;
  };

  /** At the frame after a DOM change: checks the condition (layout is due then anyway) and notes the paint. */
  const onFrame = (watch: Armed): void => {
    if (frameRequested) return;
    frameRequested = true;
    afterNextFrame((rafTime, painted) => {
      frameRequested = false;
      if (armed !== watch) return;
      watch.lastPainted = painted;
      if (watch.met === undefined && watch.start !== undefined && holds(watch.condition, watch)) {
        watch.met = { start: watch.start, dom: rafTime, painted };
        for (const w of watch.waiters) w(watch.met);
      }
    });
  };

  // The clock the page judges tokens by is shown to the second (the timeline's now, the now input's help): a text
  // change that only moves such a time is the clock ticking, not the page still at work.
  const instant = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g;
  const clockOnly = (record: MutationRecord): boolean =>
    record.type === 'characterData' &&
    record.oldValue !== null &&
    record.oldValue !== record.target.nodeValue &&
    record.oldValue.replace(instant, '') === (record.target.nodeValue ?? '').replace(instant, '');

  new MutationObserver((records) => {
    const watch = armed;
    if (watch?.start === undefined) return;
    const ids = changedIds(watch.condition, []);
    let counts = false;
    for (const record of records) {
      if (config.ignore.some((id) => inside(record.target, id))) continue;
      if (clockOnly(record)) continue;
      counts = true;
      for (const id of ids) if (inside(record.target, id)) watch.changedInside.add(id);
    }
    if (counts) onFrame(watch);
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
  });

  const arm = (condition: Condition, trigger: Trigger): void => {
    armed = {
      condition,
      trigger,
      changedInside: new Set(),
      lastPainted: 0,
      waiters: [],
      ...(trigger === 'navigation' ? { start: 0 } : {}),
    };
  };

  const onTrigger = (event: Event): void => {
    const watch = armed;
    if (watch === undefined || watch.start !== undefined) return;
    const isKey = event.type === 'keydown';
    if ((watch.trigger === 'keydown') !== isKey) return;
    // The event's own stamp, which includes any wait for a busy main thread; now, if it has none.
    watch.start = event.timeStamp > 0 ? Math.min(event.timeStamp, performance.now()) : performance.now();
    // The change may already be there (the DOM updated in this very event's default action): look at the next frame.
    onFrame(watch);
  };
  for (const type of ['keydown', 'beforeinput', 'textInput', 'input', 'paste']) {
    window.addEventListener(type, onTrigger, { capture: true });
  }

  const probe: Probe = {
    watch: arm,
    done: () =>
      new Promise((resolve) => {
        const watch = armed;
        if (watch === undefined) throw new Error('nothing is watched');
        if (watch.met !== undefined) resolve(watch.met);
        else {
          watch.waiters.push(resolve);
          // A navigation's condition may hold before any further change.
          if (watch.start !== undefined) onFrame(watch);
        }
      }),
    settle: (quietMs, capMs) =>
      new Promise((resolve) => {
        const watch = armed;
        const since = watch?.start ?? 0;
        const began = performance.now();
        const check = (): void => {
          const now = performance.now();
          const lastTaskEnd = tasks.reduce((end, t) => Math.max(end, t.end), 0);
          const lastChange = Math.max(watch?.lastPainted ?? 0, lastTaskEnd, watch?.met?.painted ?? 0);
          if (now - lastChange >= quietMs || now - began >= capMs) {
            const during = tasks.filter((t) => t.end >= since);
            resolve({
              lastPainted: watch?.lastPainted ?? 0,
              longestTask: during.reduce((max, t) => Math.max(max, t.end - t.start), 0),
              longTasks: during.length,
            });
          } else setTimeout(check, 50);
        };
        check();
      }),
    heap: () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    },
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  if (config.navigation !== undefined) arm(config.navigation, 'navigation');
}

/**
 * The script Playwright adds to every page of a context: the probe's source with its configuration. The shim
 * undoes what tsx adds to named functions (`__name(fn, "name")`), which does not exist in the page.
 */
export function probeScript(config: ProbeConfig): string {
  return `(() => { const __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(config)}); })();`;
}
