/**
 * A loader that runs once and shares its promise with every caller (a lazy module: the idle preload and the first
 * use share one import). A failed load (offline before the files were cached) is tried again on the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
