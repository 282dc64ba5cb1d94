/** A GraphQL or HTTP failure, carrying the contract's extensions (code, rule, field). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly rule?: string,
    readonly field?: string,
    readonly all: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One entry of a GraphQL `errors` array, reduced to what the app uses. */
export interface ApiErrorDetail {
  message: string;
  code: string;
  rule?: string;
  field?: string;
}

interface RawError {
  message?: string;
  extensions?: { code?: string; rule?: string; field?: string };
}

export function toApiError(errors: RawError[]): ApiError {
  const all = errors.map((e) => ({
    message: e.message ?? '',
    code: e.extensions?.code ?? 'UNKNOWN',
    rule: e.extensions?.rule,
    field: e.extensions?.field,
  }));
  const first = all[0] ?? { message: '', code: 'UNKNOWN' };
  return new ApiError(first.message, first.code, first.rule, first.field, all);
}
