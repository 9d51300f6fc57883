/**
 * The one error type of the operator CLI: its message is a single line for the operator, and it
 * carries the exit code (1: Logto, the network or a failed check; 2: how the command was called).
 * No message ever includes a secret or a token.
 */
export class OperatorError extends Error {
  override name = 'OperatorError';

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** A usage problem (unknown flag, missing setting): exit code 2. */
export const usageError = (message: string): OperatorError => new OperatorError(message, 2);
