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
  let read: ((text: string) => TokenPreview | undefined) | undefined;
  const load = loadOnce(async () => {
    read = (await import('../core/token/preview')).previewToken;
  });
  return {
    preview(text) {
      if (read !== undefined) return read(text);
      void load().catch(() => undefined);
      return undefined;
    },
    load: () => load(),
  };
}
