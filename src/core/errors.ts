/** A failure with a stable string code; only the edges turn it into text for users. */
export class AppError extends Error {
  readonly code: string;
  override readonly cause?: unknown;

  constructor(code: string, message: string, cause?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    if (cause !== undefined) this.cause = cause;
  }
}

/** A dictionary file failed validation; the message names the file and line. */
export class DictionaryError extends AppError {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super("dictionary_invalid", `${file}:${line}: ${message}`);
    this.name = "DictionaryError";
    this.file = file;
    this.line = line;
  }
}

/** An input could not be read (missing, directory, binary, invalid UTF-8, empty, too large). */
export class InputError extends AppError {
  readonly item: string;

  constructor(code: string, item: string, message: string, cause?: unknown) {
    super(code, `${item}: ${message}`, cause);
    this.name = "InputError";
    this.item = item;
  }
}

/** The store failed (open, migrate, write). */
export class StoreError extends AppError {
  constructor(message: string, cause?: unknown) {
    super("store_failed", message, cause);
    this.name = "StoreError";
  }
}

/** The user called a command wrongly (bad flag value, missing argument). */
export class UsageError extends AppError {
  constructor(message: string) {
    super("usage", message);
    this.name = "UsageError";
  }
}
