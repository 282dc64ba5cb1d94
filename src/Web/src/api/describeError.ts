import { nb } from '../text/nb';
import { ApiError } from './ApiError';

/**
 * A refusal as the Norwegian sentence the user reads: the named rule when there is one, else the code's sentence,
 * and for invalid input the field's own message. Never the server's English text or a bare code.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return nb.errors.codes.UNKNOWN;
  if (error.rule && nb.errors.rules[error.rule]) return nb.errors.rules[error.rule];
  if (error.code === 'VALIDATION_FAILED' && error.field && nb.need.validation[error.field])
    return nb.need.validation[error.field];
  return nb.errors.codes[error.code] ?? nb.errors.codes.UNKNOWN;
}

/** Field → Norwegian message for the errors of a form, from VALIDATION_FAILED errors that name a field. */
export function fieldErrors(error: unknown, messages: Record<string, string>): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const e of error.all) {
    if (e.code !== 'VALIDATION_FAILED' || !e.field) continue;
    const rule = e.rule ? nb.errors.rules[e.rule] : undefined;
    result[e.field] = messages[e.field] ?? rule ?? nb.errors.codes.VALIDATION_FAILED;
  }
  return result;
}
