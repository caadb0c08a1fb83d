import { readFile } from 'node:fs/promises';
import { UsageError } from '../usage-error.js';

/** Reads a PEM key file named by an option. The error names the file, never its content. */
export async function readKeyFile(path: string, option: string): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    if (!text.includes('-----BEGIN')) {
      throw new UsageError(`${option} ${JSON.stringify(path)} is not a PEM file (no "-----BEGIN" line).`, {
        hint: 'Pass the PEM file itself (PKCS#8/PKCS#1 private key, SPKI/PKCS#1 public key).',
      });
    }
    return text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`Cannot read ${option} ${JSON.stringify(path)} (${reason}).`);
  }
}
