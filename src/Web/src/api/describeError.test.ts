import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from './ApiError';
import { describeError, fieldErrors } from './describeError';
import { nb } from '../text/nb';

// Every rule the platform names (docs/domain.md and the README's two of our own) and every contract error code.
const rules = [
  'EQUAL_TREATMENT', 'ASKER_ANONYMOUS', 'DIALOGUE_WINDOW', 'LEAD_ONLY', 'MEMBERSHIP_FROZEN', 'AUTHORIZATION_REQUIRED',
  'AGGREGATED_VALUE', 'OWN_NEED_ONLY', 'PHASE_ORDER', 'REGISTRATION_WINDOW', 'VALID_IDENTIFIERS', 'NEED_POOLED', 'MEMBERSHIP_STATE',
];
const codes = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'RULE_VIOLATION', 'CONFLICT', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'UNAVAILABLE'];

describe('refusals in Norwegian', () => {
  it('says the rule for AUTHORIZATION_REQUIRED as a sentence', () => {
    const error = toApiError([{ message: 'Every joined member must record its authorization', extensions: { code: 'RULE_VIOLATION', rule: 'AUTHORIZATION_REQUIRED' } }]);
    expect(describeError(error)).toBe('Alle medlemmer må ha registrert fullmakt før konkurransen kan starte.');
  });

  it('has a sentence for every rule and every code, never the code itself', () => {
    for (const rule of rules) {
      const text = describeError(new ApiError('x', 'RULE_VIOLATION', rule));
      expect(text).toBe(nb.errors.rules[rule]);
      expect(text).not.toContain(rule);
    }
    for (const code of codes) {
      const text = describeError(new ApiError('English text from the server', code));
      expect(text).not.toContain(code);
      expect(text).not.toContain('English text');
    }
  });

  it('maps VALIDATION_FAILED to the field the server names', () => {
    const error = toApiError([{ message: 'neededTo must not be before neededFrom.', extensions: { code: 'VALIDATION_FAILED', field: 'neededTo' } }]);
    expect(fieldErrors(error, nb.need.validation)).toEqual({ neededTo: 'Sluttdatoen kan ikke være før startdatoen.' });
  });

  it('says something Norwegian about an unknown failure', () => {
    expect(describeError(new Error('boom'))).toBe(nb.errors.codes.UNKNOWN);
  });
});
