import { isExact, jsTextOf, rawOf, type JsonNode } from '../../json/lossless';
import type { Finding } from '../finding';
import type { LintRule } from '../rule';
import { toWalkedMembers } from '../walk-json';

/** `inexact-number`: a number JavaScript cannot hold exactly (RFC 8259 section 6, RFC 7493 section 2.2). */
export const checkInexactNumber: LintRule = ({ decoded }) => {
  const found: Finding[] = [];
  for (const part of ['header', 'payload'] as const) {
    const content = decoded[part]?.content;
    if (content?.kind !== 'json') continue;
    const visit = (node: JsonNode, pointer: string) => {
      if (node.kind === 'number' && !isExact(node))
        found.push({
          id: 'inexact-number',
          severity: 'low',
          pointer,
          raw: rawOf(node),
          jsText: jsTextOf(node),
        });
      if (node.kind === 'array') node.items.forEach((item, i) => visit(item, `${pointer}/${i}`));
    };
    visit(content.json, `/${part}`);
    for (const { member, pointer } of toWalkedMembers(content.json, `/${part}`)) {
      const value = member.value;
      if (value.kind === 'number' || value.kind === 'array') visit(value, pointer);
    }
  }
  return found;
};
