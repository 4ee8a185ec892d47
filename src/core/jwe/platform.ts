let aes192: Promise<boolean> | undefined;

async function probeAes192(): Promise<boolean> {
  try {
    const raw = new Uint8Array(24);
    const gcm = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm, new Uint8Array(0));
    await crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['wrapKey']);
    await crypto.subtle.importKey('raw', raw, 'AES-CBC', false, ['encrypt']);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether this platform's WebCrypto has 192-bit AES (GCM, KW and CBC). Chromium has none of them; Firefox, Safari
 * and Node have all. Probed once, on the first JWE that needs it.
 */
export function platformHasAes192(): Promise<boolean> {
  aes192 ??= probeAes192();
  return aes192;
}
