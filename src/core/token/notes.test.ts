import { describe, expect, it } from 'vitest';
import { describeNote, isCleanupNote, type Note, type NoteCode } from './notes';

// One example per code; typed as a Record so that a new code without an example fails the type check.
const EXAMPLES: Record<NoteCode, Note> = {
  TRIMMED_WHITESPACE: { code: 'TRIMMED_WHITESPACE', part: 'token', severity: 'info' },
  REMOVED_AUTH_HEADER: { code: 'REMOVED_AUTH_HEADER', part: 'token', severity: 'info' },
  REMOVED_BEARER: { code: 'REMOVED_BEARER', part: 'token', severity: 'info', detail: 'bearer' },
  REMOVED_QUOTES: { code: 'REMOVED_QUOTES', part: 'token', severity: 'info', detail: '"…"' },
  REMOVED_INNER_WHITESPACE: { code: 'REMOVED_INNER_WHITESPACE', part: 'token', severity: 'info', count: 3 },
  REMOVED_INVISIBLE: { code: 'REMOVED_INVISIBLE', part: 'token', severity: 'info', count: 1 },
  TOOK_FROM_URL: { code: 'TOOK_FROM_URL', part: 'token', severity: 'info', detail: 'id_token' },
  PAYLOAD_NOT_JSON: { code: 'PAYLOAD_NOT_JSON', part: 'payload', severity: 'info' },
  PAYLOAD_BINARY: { code: 'PAYLOAD_BINARY', part: 'payload', severity: 'warning' },
  PAYLOAD_EMPTY: { code: 'PAYLOAD_EMPTY', part: 'payload', severity: 'info' },
  PAYLOAD_NOT_OBJECT: {
    code: 'PAYLOAD_NOT_OBJECT',
    part: 'payload',
    severity: 'warning',
    detail: 'an array',
  },
  SIGNATURE_EMPTY: { code: 'SIGNATURE_EMPTY', part: 'signature', severity: 'warning' },
  UNSECURED: { code: 'UNSECURED', part: 'signature', severity: 'warning' },
  ENCRYPTED: { code: 'ENCRYPTED', part: 'token', severity: 'info' },
  SD_JWT: { code: 'SD_JWT', part: 'token', severity: 'info', count: 2, detail: 'key-binding' },
  DUPLICATE_MEMBER: { code: 'DUPLICATE_MEMBER', part: 'payload', severity: 'warning', detail: 'sub' },
  INEXACT_NUMBER: {
    code: 'INEXACT_NUMBER',
    part: 'payload',
    severity: 'warning',
    detail: '12345678901234567890',
    jsValue: '12345678901234567000',
  },
};

const CLEANUPS: readonly NoteCode[] = [
  'TRIMMED_WHITESPACE',
  'REMOVED_AUTH_HEADER',
  'REMOVED_BEARER',
  'REMOVED_QUOTES',
  'REMOVED_INNER_WHITESPACE',
  'REMOVED_INVISIBLE',
  'TOOK_FROM_URL',
];

describe('describeNote', () => {
  it.each(Object.values(EXAMPLES))('$code has a sentence', (note) => {
    const sentence = describeNote(note);
    expect(sentence).toMatch(/^\S.*\.$/s);
    expect(sentence).not.toContain('undefined');
  });

  it.each(Object.values(EXAMPLES))('$code has a sentence without detail or count', (note) => {
    const bare: Note = { code: note.code, part: note.part, severity: note.severity };
    expect(describeNote(bare)).toMatch(/^\S.*\.$/s);
  });
});

describe('isCleanupNote', () => {
  it.each(Object.values(EXAMPLES))('$code', (note) => {
    expect(isCleanupNote(note)).toBe(CLEANUPS.includes(note.code));
  });
});
