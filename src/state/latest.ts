/**
 * Latest input wins: runs async work stamped with the exact inputs it read, and commits its answer only if the
 * inputs are still the same when it arrives. An answer for older input is dropped, never shown.
 */
export function runLatest<Stamp, Answer>(
  readStamp: () => Stamp,
  same: (a: Stamp, b: Stamp) => boolean,
  job: (stamp: Stamp) => Promise<Answer>,
  commit: (answer: Answer, stamp: Stamp) => void,
): Promise<boolean> {
  const stamp = readStamp();
  return job(stamp).then((answer) => {
    if (!same(stamp, readStamp())) return false;
    commit(answer, stamp);
    return true;
  });
}
