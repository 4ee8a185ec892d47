import { describe, expect, it } from 'vitest';
import { compact, HS256_HEADER } from '../core/testing/build-token';
import { previewToken } from '../core/token/preview';
import { createLazyPreviewEngine } from './preview-engine';

describe('the lazy preview engine', () => {
  it('answers nothing until its code is loaded, then what the core reads', async () => {
    const engine = createLazyPreviewEngine();
    const token = compact(HS256_HEADER, '{"sub":"a"}');
    expect(engine.preview(token)).toBeUndefined();
    await engine.load();
    expect(engine.preview(token)).toEqual(previewToken(token));
    expect(engine.preview(token)?.payload).toBe('{\n  "sub": "a"\n}');
  });

  it('starts loading on the first preview asked for, when nothing loaded it before', async () => {
    const engine = createLazyPreviewEngine();
    const token = compact(HS256_HEADER, '{"sub":"b"}');
    expect(engine.preview(token)).toBeUndefined();
    for (let i = 0; i < 100 && engine.preview(token) === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(engine.preview(token)?.payload).toContain('"sub": "b"');
  });

  it('reads a preview once for texts that differ only past what it reads (typing at the end of a big token)', async () => {
    const engine = createLazyPreviewEngine();
    await engine.load();
    const long = compact(HS256_HEADER, JSON.stringify({ sub: 'c', pad: 'x'.repeat(10_000) }));
    const first = engine.preview(long);
    expect(first?.payload).toContain('"sub": "c"');
    // The same object: nothing was read again, and nothing downstream sees a change.
    expect(engine.preview(`${long}A`)).toBe(first);
    expect(engine.preview(compact(HS256_HEADER, '{"sub":"d"}'))?.payload).toContain('"sub": "d"');
  });
});
