import { createHmac, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../core/keys/read';
import { b64u } from '../core/testing/build-token';
import type { VerifyEngine } from '../engine/verify-engine';
import { createKnownSecretEngine, type KnownSecretEngine } from '../engine/known-secret-engine';
import { selectDecoded } from './selectors/document';
import {
  selectFindings,
  selectFindingViews,
  selectKnownSecretSearch,
  selectNoFindingsText,
} from './selectors/findings';
import { selectContentNotes, selectSignatureNotes } from './selectors/token';
import { QUIET_KNOWN_SECRET_ENGINE, testStore, until, UNUSED_SIGN_ENGINE } from './testing';
import { createInlineDecodeEngine } from '../engine/decode-engine';
import { loadKnownSecretCandidates } from '../engine/known-secret-search';
import { SAMPLE_SECRET, SAMPLE_TOKEN } from './sample';

const token = (header: object, payload: object, secret = 'x') => {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};
const NOW = Date.UTC(2026, 0, 1) / 1000;

/** Reads keys for real and never verifies (the verdict does not matter here). */
const readOnly: VerifyEngine = {
  readKey: (text, encoding) => readKeyText(text, encoding),
  verify: () => new Promise(() => undefined),
};

const store = (knownSecret: KnownSecretEngine = QUIET_KNOWN_SECRET_ENGINE) =>
  testStore(readOnly, createInlineDecodeEngine(), UNUSED_SIGN_ENGINE, knownSecret);
const ids = (s: ReturnType<typeof store>) => selectFindings(s.getState()).map((f) => f.id);

describe('findings in the store', () => {
  it('lists the findings of the token on screen, highest severity first, with words and references', () => {
    const s = store();
    s.getState().setTokenText(
      token({ alg: 'HS256', kid: '../../dev/null' }, { sub: 'a', iat: NOW, password: 'hunter2' }),
    );
    expect(ids(s)).toEqual(expect.arrayContaining(['kid-injection', 'no-exp', 'sensitive-data']));
    const severities = selectFindings(s.getState()).map((f) => f.severity);
    const order = { high: 0, medium: 1, low: 2, info: 3 };
    expect(severities).toEqual([...severities].sort((a, b) => order[a] - order[b]));
    const view = selectFindingViews(s.getState()).find((f) => f.id === 'kid-injection');
    expect(view?.text).toContain('../../dev/null');
    expect(view?.reference).toMatch(/^RFC \d+ section/);
  });

  it('says "no risks" of the whole token only when all of it was read', () => {
    const s = store();
    s.getState().setTokenText('');
    expect(selectNoFindingsText(s.getState())).toBe('Paste a token to check it for risks.');
    const whole = token({ alg: 'HS256', typ: 'JWT' }, { sub: 'a', iat: NOW, exp: NOW + 600 });
    s.getState().setTokenText(whole);
    expect(selectFindings(s.getState())).toEqual([]);
    expect(selectNoFindingsText(s.getState())).toBe('No risks found in this token.');
    // The payload's base64url cut short by one character: the header and signature are read, the claims are not.
    const [header = '', payload = '', signature = ''] = whole.split('.');
    s.getState().setTokenText(`${header}.${payload}x.${signature}`);
    expect(selectFindings(s.getState())).toEqual([]);
    expect(selectNoFindingsText(s.getState())).toBe(
      'No risks found in what could be read: the payload could not be decoded, so it was not checked.',
    );
    s.getState().setTokenText(`${header}x.${payload}x.${signature}`);
    expect(selectNoFindingsText(s.getState())).toContain('the header and payload could not be decoded');
  });

  it('keeps the same array while the clock ticks and nothing shown changes', () => {
    const s = store();
    s.getState().setTokenText(token({ alg: 'HS256' }, { sub: 'a', iat: NOW, exp: NOW + 600 }));
    const first = selectFindings(s.getState());
    s.getState().tick(Date.UTC(2026, 0, 1, 0, 0, 5));
    expect(selectFindings(s.getState())).toBe(first);
    expect(selectFindingViews(s.getState())).toBe(selectFindingViews(s.getState()));
  });

  it('follows the clock for the time rules (iat in the future)', () => {
    const s = store();
    s.getState().pinNow(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
    s.getState().setTokenText(token({ alg: 'HS256' }, { iat: NOW, exp: NOW + 600 }));
    expect(ids(s)).toContain('iat-in-future');
    s.getState().pinNow(Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 1));
    expect(ids(s)).not.toContain('iat-in-future');
  });

  it('shows a key-dependent finding only while that key is in the key input', async () => {
    const s = store();
    s.getState().setTokenText(token({ alg: 'HS256' }, { sub: 'a', exp: NOW + 600 }));
    s.getState().setKeyText('short');
    expect(await until(() => ids(s).includes('short-secret'))).toBe(true);
    s.getState().setKeyText('a-much-longer-secret-that-is-long-enough!');
    expect(ids(s)).not.toContain('short-secret');
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
      type: 'spki',
      format: 'pem',
    });
    s.getState().setKeyText(pem.toString());
    expect(await until(() => ids(s).includes('key-confusion'))).toBe(true);
    s.getState().setKeyText('');
    expect(ids(s)).not.toContain('key-confusion');
  });

  it('adds the known-secret finding for exactly the token searched, with progress while it runs', async () => {
    const s = store(createKnownSecretEngine({ chunkSize: 2 }));
    const weak = token({ alg: 'HS256' }, { sub: 'a', exp: NOW + 600 }, 'your-256-bit-secret');
    s.getState().setTokenText(weak);
    expect(selectKnownSecretSearch(s.getState())?.state.status).toMatch(/loading|searching/);
    expect(await until(() => ids(s).includes('known-secret'))).toBe(true);
    expect(selectFindingViews(s.getState())[0]?.text).toContain('your-256-bit-secret');
    s.getState().setTokenText(token({ alg: 'HS256' }, { sub: 'b', exp: NOW + 600 }, 'your-256-bit-secret'));
    expect(ids(s)).not.toContain('known-secret');
  });

  it('does not search the sample token: its secret is the page’s own, and not in the list', async () => {
    const searched: string[] = [];
    const s = store({
      ...QUIET_KNOWN_SECRET_ENGINE,
      search: (decoded) => {
        searched.push(decoded.input);
        return QUIET_KNOWN_SECRET_ENGINE.search(decoded, () => undefined);
      },
    });
    s.getState().setTokenText(SAMPLE_TOKEN);
    expect(selectKnownSecretSearch(s.getState())?.state).toEqual({
      status: 'done',
      outcome: { kind: 'skipped', reason: 'sample' },
      total: 0,
    });
    expect(selectKnownSecretSearch(s.getState())?.text).toMatch(
      /sample token’s secret is not a publicly known one/,
    );
    expect(searched).toEqual([]);
    // What the words say stays true: the list does not hold the sample's secret.
    expect(await loadKnownSecretCandidates()).not.toContain(SAMPLE_SECRET);
    // Any other HS256 token is searched, the sample's payload signed with another secret included.
    s.getState().setTokenText(`${SAMPLE_TOKEN.slice(0, SAMPLE_TOKEN.lastIndexOf('.'))}.${'A'.repeat(43)}`);
    expect(searched).toHaveLength(1);
  });

  it('cancels the search of a token that is no longer on screen', () => {
    const cancelled: string[] = [];
    const engine: KnownSecretEngine = {
      ...QUIET_KNOWN_SECRET_ENGINE,
      search: (decoded) => ({
        done: new Promise(() => undefined),
        cancel: () => cancelled.push(decoded.input),
      }),
    };
    const s = store(engine);
    const a = token({ alg: 'HS256' }, { sub: 'a' });
    s.getState().setTokenText(a);
    s.getState().setTokenText(token({ alg: 'RS256' }, { sub: 'b' }));
    expect(cancelled).toEqual([a]);
    expect(selectKnownSecretSearch(s.getState())).toBeUndefined();
  });
});

describe('each risk is said once, by its finding', () => {
  const shownNotes = (s: ReturnType<typeof store>) => [
    ...Object.values(selectContentNotes(s.getState())).flat(),
    ...selectSignatureNotes(s.getState()),
  ];

  it('leaves duplicate members, inexact numbers and alg none to the findings, which say where and what', () => {
    const s = store();
    s.getState().setTokenText(
      `${b64u('{"alg":"none","n":12345678901234567890}')}.${b64u('{"a":1,"a":2,"o":{"b":1,"b":2}}')}.`,
    );
    // The decoder still records the facts (the editors mark the places with them) ...
    expect(selectDecoded(s.getState()).notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['DUPLICATE_MEMBER', 'INEXACT_NUMBER', 'UNSECURED']),
    );
    // ... but no note beside a pane says them again.
    expect(shownNotes(s)).toEqual([]);
    const findings = selectFindings(s.getState());
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'alg-none', alg: 'none' }),
        expect.objectContaining({
          id: 'duplicate-member',
          part: 'payload',
          pointer: '/payload/a',
          name: 'a',
        }),
        expect.objectContaining({
          id: 'duplicate-member',
          part: 'payload',
          pointer: '/payload/o/b',
          name: 'b',
        }),
        expect.objectContaining({
          id: 'inexact-number',
          pointer: '/header/n',
          raw: '12345678901234567890',
          jsText: '12345678901234567000',
        }),
      ]),
    );
  });

  it('keeps the notes no finding says (a payload that is not JSON)', () => {
    const s = store();
    s.getState().setTokenText(`${b64u('{"alg":"HS256"}')}.${b64u('hello')}.c2ln`);
    expect(shownNotes(s).map((n) => n.code)).toEqual(['PAYLOAD_NOT_JSON']);
  });
});
