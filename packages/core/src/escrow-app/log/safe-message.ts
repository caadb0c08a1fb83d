import type { SignatureKeys } from '../../protocol/sign-types.js';

const MAX_LENGTH = 1000;

/** An error's message for a log or an effect record: secrets masked, length bounded. */
export function safeMessage(error: unknown, secrets: readonly string[]): string {
  let text: string;
  if (error instanceof Error) text = error.message || error.name;
  else if (typeof error === 'string') text = error;
  else {
    try {
      text = JSON.stringify(error) ?? String(error);
    } catch {
      text = String(error);
    }
  }
  for (const secret of secrets) {
    if (secret.length >= 8) text = text.split(secret).join('[redacted]');
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/**
 * The texts that must never reach a log or an effect record: the MD5 key, or an RSA private key
 * given as text — whole, as its bare base64 body, and line by line (a message may quote any of them).
 * A CryptoKey is opaque and needs nothing.
 */
export function secretsOf(keys: SignatureKeys): string[] {
  if (keys.signType === 'MD5') return [keys.key];
  const privateKey = keys.privateKey;
  if (typeof privateKey !== 'string') return [];
  const body = privateKey.replace(/-----[^-]+-----/g, '');
  const lines = body.split(/\s+/).filter((line) => line.length >= 16);
  const secrets = [privateKey, privateKey.trim(), body.replace(/\s+/g, ''), ...lines];
  // Longest first, so a whole key is masked as one piece before its lines are looked for.
  return [...new Set(secrets)].filter((s) => s.length >= 16).sort((a, b) => b.length - a.length);
}
