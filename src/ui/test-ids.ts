/** The test ids of ../shared/CONTRACT.md: part of the public interface. Never rename or remove one. */
export const TEST_IDS = {
  tokenInput: 'token-input',
  headerJson: 'header-json',
  payloadJson: 'payload-json',
  signatureView: 'signature-view',
  decodeError: 'decode-error',
  keyInput: 'key-input',
  secretEncodingUtf8: 'secret-encoding-utf8',
  secretEncodingBase64url: 'secret-encoding-base64url',
  secretEncodingBase64: 'secret-encoding-base64',
  secretEncodingHex: 'secret-encoding-hex',
  verifyStatus: 'verify-status',
  keyKind: 'key-kind',
  timeStatus: 'time-status',
  finding: 'finding',
} as const;
