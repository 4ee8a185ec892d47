import type { PrettyJson } from '../core/json/pretty';
import { toPrettyJson } from '../core/json/pretty';
import type { SegmentContent } from '../core/token/decode';

const cache = new WeakMap<object, PrettyJson>();

/**
 * A JSON part as shown: the worker's pretty text when it sent one, else printed here, once per decoded part.
 * The pane text and the shown content both read it, so a key keystroke (which changes the document) never
 * prints a megabyte payload again.
 */
export function prettyOf(content: Extract<SegmentContent, { kind: 'json' }>): PrettyJson {
  if (content.pretty !== undefined) return content.pretty;
  const hit = cache.get(content.json);
  if (hit !== undefined) return hit;
  const pretty = toPrettyJson(content.json);
  cache.set(content.json, pretty);
  return pretty;
}
