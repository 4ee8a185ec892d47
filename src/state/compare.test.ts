import { describe, expect, it } from 'vitest';
import { compact } from '../core/testing/build-token';
import { selectCompareOpen, selectDiff } from './selectors/compare';
import { testStore } from './testing';

describe('the comparison in the store', () => {
  it('opens a second document, diffs it against the main token, and closes it again', () => {
    const store = testStore();
    store.getState().setTokenText(compact('{"alg":"HS256"}', '{"sub":"a","exp":100}'));
    expect(selectCompareOpen(store.getState())).toBe(false);
    expect(selectDiff(store.getState())).toBeUndefined();
    store.getState().openCompare();
    expect(selectDiff(store.getState())).toEqual({
      kind: 'message',
      message: expect.stringContaining('Paste a second token') as unknown,
    });
    store.getState().setTokenText(compact('{"alg":"HS256"}', '{"sub":"a","exp":160}'), 'user', 'compare');
    const diff = selectDiff(store.getState());
    expect(diff).toEqual({
      kind: 'rows',
      rows: [
        {
          path: '/payload/exp',
          change: 'changed',
          changeWords: 'changed',
          before: '100',
          after: '160',
          shift: '+1 min',
        },
      ],
    });
    // The same object while nothing changed: components do not re-render forever.
    expect(selectDiff(store.getState())).toBe(diff);
    // The main token is untouched by the compared one.
    expect(store.getState().documents.main.text).not.toContain('160');
    store.getState().closeCompare();
    expect(store.getState().documents.compare).toBeUndefined();
  });
});
