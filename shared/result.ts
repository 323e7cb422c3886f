import { z } from 'zod';

/** Error codes every transport may return; the renderer shows `message`, tools key on `code`. */
export const ErrorCode = z.enum([
  'bad_request',
  'unknown_method',
  'not_found',
  'conflict',
  'forbidden',
  'timeout',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorSchema = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Dotted path of the offending field, when one field is at fault. */
  field: z.string().optional(),
  /** The connected system that failed (a helpdesk, shop, payment system…), when one did. */
  system: z.string().optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

/** Turns a zod failure into one error naming the first offending field. */
export function fromZodError(error: z.ZodError, prefix?: string): AppError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const field = path === '' ? undefined : path;
  const message = field ? `${field}: ${issue?.message ?? 'invalid'}` : (issue?.message ?? 'invalid');
  return field === undefined ? { code: 'bad_request', message } : { code: 'bad_request', message, field };
}
