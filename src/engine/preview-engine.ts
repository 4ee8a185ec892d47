import { loadOnce } from '../core/load-once';
import type { TokenPreview } from '../core/token/preview';

/**
 * The start of a big token's header and payload, read at once while the whole token decodes off the page
 * (`core/token/preview.ts`). Its code is not part of the first load: `load` fetches it (when the page is idle),
 * and until it is there `preview` answers undefined and the panes simply wait for the decode.
 */
export interface PreviewEngine {
  preview(text: string): TokenPreview | undefined;
  load(): Promise<void>;
}

/** Reads previews with the core, loaded on the first `load` (or the first preview asked for). */
export function createLazyPreviewEngine(): PreviewEngine {
  let core: typeof import('../core/token/preview') | undefined;
  const load = loadOnce(async () => {
    core = await import('../core/token/preview');
  });
  // The last preview read, by what it read: typing in a big token's payload end or signature reads nothing again.
  let last: { readonly key: string; readonly value: TokenPreview | undefined } | undefined;
  return {
    preview(text) {
      if (core === undefined) {
        void load().catch(() => undefined);
        return undefined;
      }
      const key = core.previewKey(text);
      if (key === undefined) return undefined;
      if (last?.key !== key) last = { key, value: core.previewToken(text) };
      return last.value;
    },
    load: () => load(),
  };
}
