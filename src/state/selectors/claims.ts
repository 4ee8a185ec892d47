import type { ClaimSource } from '../../core/claims/claim-info';
import { describeClaimSource } from '../../core/claims/describe-source';
import { toClaimsObject } from '../../core/claims/payload';
import {
  describeClaim,
  describeClaimValue,
  describeMoreValues,
  describeNestedClaim,
} from '../../core/claims/registry';
import {
  checkTimeStatus,
  describeTimeClaim,
  describeTimeInputError,
  describeTimeStatus,
  isMillisecondsDate,
  readTimeClaims,
  TIME_CLAIMS,
  toIsoInstant,
  toTimeline,
  type TimeClaimName,
  type TimeStatusCode,
} from '../../core/claims/time';
import { clipEnd } from '../../core/encoding/text';
import type { JsonNode, JsonObject } from '../../core/json/lossless';
import { formatCount } from '../../core/count';
import type { DecodedToken } from '../../core/token/decode';
import type { AppState } from '../types';
import { memoOnShown, selectShownDecoded } from './document';

/** Where a member's meaning comes from: one sentence and its definer (CONTRACT.md `claim-description`). */
export interface ClaimDescription {
  readonly sentence: string;
  readonly source: ClaimSource;
  /** The section of the source, when there is one ("4.1.4"). */
  readonly section?: string;
  /** True for a claim one issuer defines, not a standard. */
  readonly vendor: boolean;
}

/** One value of a list claim, shown as a chip, with what it means when the catalogue says (`amr` "otp"). */
export interface ClaimChip {
  readonly value: string;
  readonly meaning?: string;
}

/** A time claim's instant: as an ISO 8601 UTC date and a local date; its relative words come at `now`. */
export interface ClaimTime {
  readonly name: TimeClaimName;
  /** The instant in milliseconds, as a server reads the NumericDate (seconds × 1000). */
  readonly at: number;
  readonly iso: string;
  readonly local: string;
  /** Set when the value looks like milliseconds: the instant it was probably meant to be. */
  readonly ifMilliseconds?: { readonly iso: string; readonly local: string };
}

/** A member one level down in an object claim (`realm_access.roles`, `cnf.jkt`). */
export interface NestedClaimRow {
  readonly key: string;
  readonly name: string;
  /** The name as the row shows it: cut to MAX_NAME characters (a hostile name can be a megabyte). */
  readonly label: string;
  /** The value as the token has it (a string's text, else its JSON as written); absent when shown as chips. */
  readonly value?: string;
  readonly chips?: readonly ClaimChip[];
  /** Words for the values past the chips shown ("and 2,900 more"), when a list has more than MAX_CHIPS. */
  readonly moreChips?: string;
  readonly description?: ClaimDescription;
  readonly children?: readonly NestedClaimRow[];
}

/** One member of the header or payload, in order, duplicates included (CONTRACT.md `claim-row`). */
export interface ClaimRow {
  readonly key: string;
  readonly part: 'header' | 'payload';
  /** The member name as written (decoded from its JSON string). */
  readonly name: string;
  /** The name as the row shows it: cut to MAX_NAME characters (a hostile name can be a megabyte). */
  readonly label: string;
  /** An earlier member has the same name. */
  readonly duplicate: boolean;
  readonly value?: string;
  readonly chips?: readonly ClaimChip[];
  /** Words for the values past the chips shown, as in NestedClaimRow. */
  readonly moreChips?: string;
  readonly time?: ClaimTime;
  readonly description?: ClaimDescription;
  readonly children?: readonly NestedClaimRow[];
}

/** Every member of the header and of the payload, as the claims table shows them. */
export interface ClaimRows {
  readonly header: readonly ClaimRow[];
  readonly payload: readonly ClaimRow[];
}

/** The longest value text shown in a row; the JSON view has the rest. */
const MAX_VALUE = 300;
/** The most members listed one level down. */
const MAX_CHILDREN = 50;

/** The longest member name shown in a row; `data-claim` and the JSON view have all of it. */
const MAX_NAME = 200;

/** A text cut for showing at `max` characters (never half a character), with how many more there are. */
export function clip(text: string, max = MAX_VALUE): string {
  if (text.length <= max) return text;
  const end = clipEnd(text, max);
  const rest = text.length - end;
  return `${text.slice(0, end)}… (${formatCount(rest)} more character${rest === 1 ? '' : 's'})`;
}

/** A value as the token has it: a string's text, else the JSON as written (digits kept). */
function valueText(node: JsonNode, source: string): string {
  if (node.kind === 'string') return clip(node.value);
  return clip(source.slice(node.from, node.to).replace(/\s*\n\s*/g, ' '));
}

/** The most chips a list shows: a group-overage list of thousands is counted, not laid out. */
export const MAX_CHIPS = 100;

/** A list claim's values as chips (at most MAX_CHIPS), and how many more it holds. */
function chipsOf(
  node: JsonNode,
  spaceList: boolean,
  meaning: (value: string) => string | undefined,
): { chips: ClaimChip[]; more: number } | undefined {
  let values: string[] | undefined;
  let total = 0;
  if (node.kind === 'array' && node.items.length > 0 && node.items.every((i) => i.kind === 'string')) {
    values = node.items.slice(0, MAX_CHIPS).map((i) => i.value);
    // A list cut down by the decode worker counts what it left out.
    total = node.items.length + (node.elided ?? 0);
  } else if (spaceList && node.kind === 'string' && node.value.trim() !== '') {
    const all = node.value.trim().split(/\s+/);
    values = all.slice(0, MAX_CHIPS);
    total = all.length;
  }
  if (values === undefined) return undefined;
  const chips = values.map((value): ClaimChip => {
    const words = meaning(value);
    const shown = clip(value);
    return words === undefined ? { value: shown } : { value: shown, meaning: words };
  });
  return { chips, more: total - chips.length };
}

function chipFields(list: { chips: ClaimChip[]; more: number } | undefined) {
  if (list === undefined) return {};
  return list.more > 0
    ? { chips: list.chips, moreChips: describeMoreValues(list.more) }
    : { chips: list.chips };
}

/** Made on first use: making it starts the browser's locale data, tens of milliseconds not needed to load. */
let localDateFormat: Intl.DateTimeFormat | undefined;

function localDate(ms: number): string {
  localDateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });
  return localDateFormat.format(ms);
}

function timeOf(name: TimeClaimName, node: JsonNode): ClaimTime | undefined {
  if (node.kind !== 'number' || !Number.isFinite(node.value)) return undefined;
  const at = node.value * 1000;
  const iso = toIsoInstant(at);
  if (iso === undefined) return undefined;
  const time: ClaimTime = { name, at, iso, local: localDate(at) };
  if (!isMillisecondsDate(node.value)) return time;
  const msIso = toIsoInstant(node.value);
  return msIso === undefined
    ? time
    : { ...time, ifMilliseconds: { iso: msIso, local: localDate(node.value) } };
}

function isTimeClaim(name: string): name is TimeClaimName {
  return (TIME_CLAIMS as readonly string[]).includes(name);
}

function nestedRows(
  part: 'header' | 'payload',
  path: readonly string[],
  object: JsonObject,
  source: string,
  depth: number,
): NestedClaimRow[] {
  return object.members.slice(0, MAX_CHILDREN).map((member, index) => {
    const name = member.name.value;
    const here = [...path, name];
    const nested = describeNestedClaim(part, here);
    const chips = chipsOf(member.value, nested?.kind === 'space-list', () => undefined);
    const children =
      member.value.kind === 'object' && depth < 2
        ? nestedRows(part, here, member.value, source, depth + 1)
        : undefined;
    return {
      // Unique among its siblings, which is all a list key needs; never the names (one may be a megabyte).
      key: `${part}#${String(depth)}#${String(index)}`,
      name,
      label: clip(name, MAX_NAME),
      ...(chips === undefined && children === undefined ? { value: valueText(member.value, source) } : {}),
      ...chipFields(chips),
      ...(children === undefined ? {} : { children }),
      ...(nested === undefined
        ? {}
        : {
            description: { sentence: nested.sentence, source: nested.source, vendor: nested.vendor },
          }),
    };
  });
}

function rowsOf(part: 'header' | 'payload', object: JsonObject | undefined, source: string): ClaimRow[] {
  if (object === undefined) return [];
  return object.members.map((member, index): ClaimRow => {
    const name = member.name.value;
    const info = describeClaim(part, name);
    const time = part === 'payload' && isTimeClaim(name) ? timeOf(name, member.value) : undefined;
    const chips = chipsOf(member.value, info?.kind === 'space-list', (value) =>
      describeClaimValue(part, name, value),
    );
    const children =
      member.value.kind === 'object' ? nestedRows(part, [name], member.value, source, 1) : undefined;
    return {
      key: `${part}#${String(index)}`,
      part,
      name,
      label: clip(name, MAX_NAME),
      duplicate: member.duplicate,
      ...(chips === undefined && children === undefined ? { value: valueText(member.value, source) } : {}),
      ...chipFields(chips),
      ...(children === undefined ? {} : { children }),
      ...(time === undefined ? {} : { time }),
      ...(info === undefined
        ? {}
        : {
            description: {
              sentence: info.sentence,
              source: info.source,
              vendor: info.vendor,
              ...(info.section === undefined ? {} : { section: info.section }),
            },
          }),
    };
  });
}

function jsonSource(decoded: DecodedToken, part: 'header' | 'payload'): string {
  const content = decoded[part]?.content;
  return content?.kind === 'json' ? content.text : '';
}

/**
 * Every member of the main token's header and payload, in order, duplicates included: its value (lists as
 * chips, objects one level down), its meaning and source when the catalogue has one, and time claims as dates.
 */
export const selectClaimRows: (state: AppState) => ClaimRows = memoOnShown((decoded) => ({
  header: rowsOf('header', decoded.headerObject, jsonSource(decoded, 'header')),
  payload: rowsOf('payload', toClaimsObject(decoded), jsonSource(decoded, 'payload')),
}));

/** What a member name means, for the JSON editors' tooltips: its sentence, then where it is defined in words. */
export interface MemberHint {
  readonly sentence: string;
  /** "RFC 7519 §4.1.4", "Microsoft Entra ID · vendor claim". */
  readonly source: string;
}

/** A member's meaning by its path from the top object (`['exp']`, `['realm_access', 'roles']`), if it has one. */
export type DescribeMember = (path: readonly string[]) => MemberHint | undefined;

function toMemberHint(description: ClaimDescription): MemberHint {
  return {
    sentence: description.sentence,
    source: describeClaimSource(description.source, description.section, description.vendor),
  };
}

/**
 * The lookup of the rows' descriptions by path, built on its first use (a hover), not on every decode: neither the
 * rows (`rowsOf`, read then) nor the lookup are made while the token's panes are drawn.
 */
function memberHintsOf(rowsOf: () => readonly ClaimRow[]): DescribeMember {
  let hints: Map<string, MemberHint> | undefined;
  const build = (): Map<string, MemberHint> => {
    const map = new Map<string, MemberHint>();
    const add = (path: readonly string[], row: ClaimRow | NestedClaimRow) => {
      const here = [...path, row.name];
      const key = JSON.stringify(here);
      if (row.description !== undefined && !map.has(key)) map.set(key, toMemberHint(row.description));
      for (const child of row.children ?? []) add(here, child);
    };
    for (const row of rowsOf()) add([], row);
    return map;
  };
  return (path) => {
    hints ??= build();
    return hints.get(JSON.stringify(path));
  };
}

const memberHintsCache = new WeakMap<DecodedToken, Readonly<Record<'header' | 'payload', DescribeMember>>>();

function selectMemberHints(part: 'header' | 'payload'): (state: AppState) => DescribeMember {
  return (state) => {
    const decoded = selectShownDecoded(state);
    let hints = memberHintsCache.get(decoded);
    if (hints === undefined) {
      // The rows of this state's shown token, made when a hint is first asked for (`selectClaimRows` is the same
      // for any state that shows this token).
      const rows = (): ClaimRows => selectClaimRows(state);
      hints = { header: memberHintsOf(() => rows().header), payload: memberHintsOf(() => rows().payload) };
      memberHintsCache.set(decoded, hints);
    }
    return hints[part];
  };
}

/**
 * What each member name of the header or payload means, as the claims table explains it (the same rows, one level
 * down and deeper), for the JSON editors' tooltips; the same function while the token does not change.
 */
export const selectDescribeMember = {
  header: selectMemberHints('header'),
  payload: selectMemberHints('payload'),
} as const;

/** A time claim's instant relative to the store's now, in the claim's words ("expires in 14 min"). */
export function selectTimeClaimWords(name: TimeClaimName, at: number): (state: AppState) => string {
  return (state) => describeTimeClaim(name, at, state.now);
}

/** The token's validity in time, as `time-status` shows it. */
export interface TimeStatusView {
  readonly status: TimeStatusCode;
  readonly text: string;
}

let statusCache:
  { decoded: DecodedToken; now: number; leeway: number; view: TimeStatusView | undefined } | undefined;

/**
 * The main token's validity in time at the store's now with its leeway (RFC 7519 sections 4.1.4 and 4.1.5);
 * undefined when it has no claims set (a JWE, a text payload).
 */
export function selectTimeStatus(state: AppState): TimeStatusView | undefined {
  const decoded = selectShownDecoded(state);
  const { now, leeway } = state;
  if (statusCache?.decoded === decoded && statusCache.now === now && statusCache.leeway === leeway)
    return statusCache.view;
  const claims = toClaimsObject(decoded);
  let view: TimeStatusView | undefined;
  if (claims !== undefined) {
    const status = checkTimeStatus(readTimeClaims(claims), now, leeway);
    view = { status: status.status, text: describeTimeStatus(status) };
  }
  statusCache = { decoded, now, leeway, view };
  return view;
}

/** One mark of the timeline picture, with its text alternative. */
export interface TimelineMarkView {
  readonly name: 'iat' | 'nbf' | 'now' | 'exp';
  /** Where it sits on the axis, from 0 (left) to 1 (right). */
  readonly position: number;
  readonly iso: string;
  /** Relative words at now ("expires in 14 min"); "now" for now itself. */
  readonly words: string;
}

export interface TimelineView {
  readonly marks: readonly TimelineMarkView[];
  /** Where the valid span (from `nbf`, else `iat`, to `exp`) lies on the axis, when the token has an `exp`. */
  readonly valid?: { readonly from: number; readonly to: number };
}

let timelineCache: { decoded: DecodedToken; now: number; view: TimelineView | undefined } | undefined;

/** `iat`, `nbf`, now and `exp` on one axis, at the store's now; undefined when the token has none of the three. */
export function selectTimeline(state: AppState): TimelineView | undefined {
  const decoded = selectShownDecoded(state);
  const { now } = state;
  if (timelineCache?.decoded === decoded && timelineCache.now === now) return timelineCache.view;
  const claims = readTimeClaims(toClaimsObject(decoded));
  let view: TimelineView | undefined;
  if (claims.iat !== undefined || claims.nbf !== undefined || claims.exp !== undefined) {
    const timeline = toTimeline(claims, now);
    const marks = timeline.marks.map((mark): TimelineMarkView => ({
      name: mark.name,
      position: mark.position,
      iso: toIsoInstant(mark.at) ?? '',
      words: mark.name === 'now' ? 'now' : describeTimeClaim(mark.name, mark.at, now),
    }));
    const position = (name: TimelineMarkView['name']) => marks.find((m) => m.name === name)?.position;
    const end = position('exp');
    const start = position('nbf') ?? position('iat') ?? 0;
    view = { marks, ...(end === undefined ? {} : { valid: { from: Math.min(start, end), to: end } }) };
  }
  timelineCache = { decoded, now, view };
  return view;
}

/** The now-input's text and, when it cannot be read, why in words. */
export function selectNowInput(state: AppState): string {
  return state.nowInput;
}

export function selectNowInputError(state: AppState): string | undefined {
  return state.nowInputError === undefined ? undefined : describeTimeInputError(state.nowInputError);
}

/** The leeway-input's text and, when it cannot be read, why in words. */
export function selectLeewayInput(state: AppState): string {
  return state.leewayInput;
}

export function selectLeewayInputError(state: AppState): string | undefined {
  return state.leewayInputError === undefined ? undefined : describeTimeInputError(state.leewayInputError);
}

/** True while the page judges the token at an instant the user set rather than the ticking clock. */
export function selectNowPinnedByUser(state: AppState): boolean {
  return state.nowInput.trim() !== '' && state.nowInputError === undefined;
}

/** The instant the token is judged at, as an ISO 8601 UTC date. */
export function selectNowIso(state: AppState): string {
  return toIsoInstant(state.now) ?? '';
}
