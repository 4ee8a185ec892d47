import { describe, expect, it } from 'vitest';
import { runLatest } from './latest';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('runLatest', () => {
  it('drops the older answer when two jobs resolve out of order', async () => {
    let input = 'first';
    const committed: string[] = [];
    const jobs = new Map<string, ReturnType<typeof deferred<string>>>();
    const start = () =>
      runLatest(
        () => input,
        (a, b) => a === b,
        (stamp) => {
          const d = deferred<string>();
          jobs.set(stamp, d);
          return d.promise;
        },
        (answer) => committed.push(answer),
      );
    const first = start();
    input = 'second';
    const second = start();
    jobs.get('second')?.resolve('answer for second');
    jobs.get('first')?.resolve('answer for first');
    expect(await second).toBe(true);
    expect(await first).toBe(false);
    expect(committed).toEqual(['answer for second']);
  });

  it('drops an answer whose input changed while it ran, even with no newer job', async () => {
    let input = 1;
    const committed: number[] = [];
    const d = deferred<number>();
    const run = runLatest(
      () => input,
      (a, b) => a === b,
      () => d.promise,
      (answer) => committed.push(answer),
    );
    input = 2;
    d.resolve(10);
    expect(await run).toBe(false);
    expect(committed).toEqual([]);
  });
});
