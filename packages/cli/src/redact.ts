/** What a secret is replaced with. */
export const MASK = '[redacted]';
/** Shorter strings are not keys, and masking them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 6;

/**
 * Remembers the secrets of one run (MD5 keys) and blanks them out of the texts that explain a
 * problem: error messages and hints. Those are the only place a key can slip in (a parse error
 * quotes an argument, which may be the key; a JSON error quotes stdin). It is NOT applied to
 * results (presign, sign, params, url, form, sandbox events): they never contain the key, and
 * rewriting them wherever the key's text happens to occur (a key equal to a parameter value, say)
 * would print a wrong result.
 */
export class Redactor {
  readonly #secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH) this.#secrets.add(secret);
  }

  /** Collects the values given to `--key` straight from argv, before any parsing can fail. */
  addFromArgv(argv: readonly string[], flags: readonly string[]): void {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      for (const flag of flags) {
        if (arg === flag) this.add(argv[i + 1]);
        else if (arg.startsWith(`${flag}=`)) this.add(arg.slice(flag.length + 1));
      }
    }
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(MASK);
    }
    return out;
  }
}
