import { err, ok, type Result } from '../result';
import { parseLosslessJson, type JsonSyntaxError } from './lossless';

/** Why a member could not be set: the text is not JSON, or not a JSON object. */
export type MemberEditError =
  { readonly code: 'JSON_INVALID'; readonly syntax: JsonSyntaxError } | { readonly code: 'NOT_AN_OBJECT' };

/** A JSON string literal for a value, written as JSON.stringify writes it. */
export function toJsonString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Sets a member of the top-level object to a raw JSON value, changing nothing else in the text: every other
 * member, its digits, escapes and whitespace stay as written. An existing member (the last one, when the name
 * is duplicated) has its value replaced; a new one is added at the end, in the object's own layout.
 */
export function setMember(text: string, name: string, rawValue: string): Result<string, MemberEditError> {
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) return err({ code: 'JSON_INVALID', syntax: parsed.error });
  const root = parsed.value;
  if (root.kind !== 'object') return err({ code: 'NOT_AN_OBJECT' });
  const existing = root.members.filter((m) => m.name.value === name).at(-1);
  if (existing !== undefined) {
    return ok(text.slice(0, existing.value.from) + rawValue + text.slice(existing.value.to));
  }
  const member = `${toJsonString(name)}:${text.includes('\n') ? ' ' : ''}${rawValue}`;
  const last = root.members.at(-1);
  if (last === undefined) {
    // An empty object: `{}` becomes `{"name":value}` (or a pretty one-member object when the text is multi-line).
    const inner = text.includes('\n') ? `\n  ${member}\n` : member;
    return ok(text.slice(0, root.from + 1) + inner + text.slice(root.to - 1).replace(/^\s*/, ''));
  }
  // The new member follows the last one, with the same indentation as the last one's line.
  const lineStart = text.lastIndexOf('\n', last.name.from) + 1;
  const indent = lineStart > 0 ? (/^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '') : '';
  const separator = lineStart > 0 ? `,\n${indent}` : ',';
  return ok(text.slice(0, last.value.to) + separator + member + text.slice(last.value.to));
}

/** Removes every member of that name from the top-level object, leaving the rest of the text as written. */
export function removeMember(text: string, name: string): Result<string, MemberEditError> {
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) return err({ code: 'JSON_INVALID', syntax: parsed.error });
  const root = parsed.value;
  if (root.kind !== 'object') return err({ code: 'NOT_AN_OBJECT' });
  let out = text;
  const members = root.members;
  // From the end, so earlier offsets stay valid; each removal takes the comma on one side with it.
  for (let i = members.length - 1; i >= 0; i--) {
    const m = members[i];
    if (m?.name.value !== name) continue;
    const previous = members[i - 1];
    const next = members[i + 1];
    const from = next !== undefined || previous === undefined ? m.name.from : previous.value.to;
    const to = next !== undefined ? next.name.from : m.value.to;
    out = out.slice(0, from) + out.slice(to);
  }
  return ok(out);
}
