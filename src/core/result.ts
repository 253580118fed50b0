/** An expected outcome as data: a value, or a coded diagnostic. */
export type Result<T, C extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: C; readonly message: string };

/** Wraps a value as a successful Result. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Builds a failed Result with a literal code. */
export const fail = <C extends string>(code: C, message: string): Result<never, C> => ({ ok: false, code, message });

/** Logger passed in ctx; stages never write to the console. */
export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
}

/** A logger that drops everything (for tests and library use). */
export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {} };
