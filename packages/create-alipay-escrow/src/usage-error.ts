/** A mistake in what the user asked for (an unknown template, a target folder in use): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
