import type { JsonObject } from '../json/lossless';
import { toPrettyJson } from '../json/pretty';
import { pruneJson, VIEW_BUDGET, type PruneBudget } from '../json/prune';
import { prettyOfTape, pruneTape } from '../json/tape-view';
import type { DecodedPart, DecodedToken } from './decode';
import { tapeOf } from './json-content';

function forView(part: DecodedPart, budget: PruneBudget): DecodedPart {
  const content = part.content;
  if (content?.kind !== 'json') return part;
  const { text } = content;
  const tape = tapeOf(content);
  if (tape !== undefined) {
    // Straight from the tape: a big payload's whole tree is never made, only the part that is sent.
    const json = pruneTape(text, tape, budget);
    if (json === undefined) return part;
    return { ...part, content: { kind: 'json', text, json, pretty: prettyOfTape(text, tape) } };
  }
  const json = pruneJson(content.json, budget);
  if (json === content.json) return part;
  // The page marks flagged runs only; colours come from the editor's own highlighter.
  const pretty = toPrettyJson(content.json, 'flagged');
  return { ...part, content: { kind: 'json', text, json, pretty } };
}

/**
 * A decoded token made small enough to send from a worker to the page: each JSON part's tree cut down to a
 * budget (breadth first, so every top-level claim stays), with the pretty text of the whole part computed here,
 * where the whole tree is (or straight from the part's tape, when it was decoded here: then the whole tree is
 * never made). Notes (duplicate members, inexact numbers) were found on the whole text already.
 * A token that fits is returned as it is.
 */
export function toViewDecoded(decoded: DecodedToken, budget: PruneBudget = VIEW_BUDGET): DecodedToken {
  const header = decoded.header === undefined ? undefined : forView(decoded.header, budget);
  const payload = decoded.payload === undefined ? undefined : forView(decoded.payload, budget);
  if (header === decoded.header && payload === decoded.payload) return decoded;
  const json = header?.content?.kind === 'json' ? header.content.json : undefined;
  const headerObject: JsonObject | undefined = json?.kind === 'object' ? json : undefined;
  return {
    ...decoded,
    ...(header === undefined ? {} : { header }),
    ...(payload === undefined ? {} : { payload }),
    ...(headerObject === undefined ? {} : { headerObject }),
  };
}
