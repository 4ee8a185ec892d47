/** A JSON Pointer (RFC 6901) one step below `parent`: `~` written `~0` and `/` written `~1` in the step. */
export function toPointer(parent: string, step: string | number): string {
  const text = typeof step === 'number' ? String(step) : step.replaceAll('~', '~0').replaceAll('/', '~1');
  return `${parent}/${text}`;
}
