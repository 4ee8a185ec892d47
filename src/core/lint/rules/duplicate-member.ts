import type { Finding } from '../finding';
import type { LintRule } from '../rule';
import { toWalkedMembers } from '../walk-json';

/** `duplicate-member`: a member name repeated in one object of the header or payload (RFC 7515 section 5.2). */
export const checkDuplicateMember: LintRule = ({ decoded }) => {
  const found: Finding[] = [];
  for (const part of ['header', 'payload'] as const) {
    const content = decoded[part]?.content;
    if (content?.kind !== 'json') continue;
    const seen = new Set<string>();
    for (const { member, pointer } of toWalkedMembers(content.json, `/${part}`)) {
      if (!member.duplicate || seen.has(pointer)) continue;
      seen.add(pointer);
      found.push({ id: 'duplicate-member', severity: 'high', part, pointer, name: member.name.value });
    }
  }
  return found;
};
