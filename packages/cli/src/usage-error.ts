/**
 * A mistake in how the command was called (unknown flag, missing key, stdin that is not the
 * expected input). The CLI answers it with exit code 2, `{"error": {...}}` on stdout and the
 * command's usage line on stderr.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code: string;
  readonly hint: string | undefined;

  constructor(message: string, options: { code?: string; hint?: string } = {}) {
    super(message);
    this.code = options.code ?? 'USAGE_ERROR';
    this.hint = options.hint;
  }
}
