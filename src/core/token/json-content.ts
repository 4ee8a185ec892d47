import type { JsonNode } from '../json/lossless';
import type { JsonTape } from '../json/tape';
import { treeOfTape } from '../json/tape-tree';
import type { SegmentContent } from './decode';

/** A JSON part's content. */
type JsonContent = Extract<SegmentContent, { kind: 'json' }>;

/** The tape each lazily made content was read into (not a property: it is never copied between threads). */
const tapes = new WeakMap<JsonContent, JsonTape>();

/**
 * The content of a JSON part read into `tape`, whose tree is made from it when `json` is first read (then kept).
 * A megabyte-sized payload's tree is some 110,000 objects, and the worker that decodes big tokens never needs it
 * whole: it cuts the tree down for the page and prints the pretty text straight from the tape (`tapeOf`).
 * `json` is an own enumerable property (a getter), so spreading or cloning the content reads the tree.
 */
export function lazyJsonContent(text: string, tape: JsonTape): JsonContent {
  let tree: JsonNode | undefined;
  const content: JsonContent = {
    kind: 'json',
    text,
    get json(): JsonNode {
      tree ??= treeOfTape(text, tape);
      return tree;
    },
  };
  tapes.set(content, tape);
  return content;
}

/** The tape a content made by `lazyJsonContent` was read into. */
export function tapeOf(content: JsonContent): JsonTape | undefined {
  return tapes.get(content);
}
