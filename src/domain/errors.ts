/**
 * The one error type of the application. Its codes are a closed list; the command line and
 * the HTTP layer each map them to an exit code or a status in one place.
 */
/**
 * Each code, and whether it means "the input is wrong" (`input`) as opposed to a refusal,
 * something missing or a failure of the system (`other`).
 */
const CODES = {
  'empty-input': 'input',
  'binary-input': 'input',
  'input-too-large': 'input',
  'unsupported-format': 'input',
  'invalid-record': 'input',
  'invalid-argument': 'input',
  'not-found': 'other',
  conflict: 'input',
  unauthenticated: 'other',
  forbidden: 'other',
  'too-many-attempts': 'other',
  'storage-failure': 'other',
} as const satisfies Record<string, 'input' | 'other'>;

export type ErrorCode = keyof typeof CODES;

export const ERROR_CODES = Object.keys(CODES) as [ErrorCode, ...ErrorCode[]];

/** Where in the input the problem is, so a person can go and look. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  field?: string;
}

export class MinutebookError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  /** On a conflict: the version now stored, so the one who lost can see what changed. */
  readonly currentVersion: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    location: ErrorLocation = {},
    options?: ErrorOptions & { currentVersion?: number },
  ) {
    super(message, options);
    this.name = 'MinutebookError';
    this.code = code;
    this.location = location;
    this.currentVersion = options?.currentVersion;
  }

  /** The message prefixed with file:line and field, as compilers print it. */
  describe(): string {
    const { file, line, field } = this.location;
    const where = [file, line === undefined ? undefined : String(line)].filter(Boolean).join(':');
    const prefix = [where, field === undefined ? undefined : `field ${field}`].filter(Boolean).join(': ');
    return prefix ? `${prefix}: ${this.message}` : this.message;
  }
}

/** What was looked for, when there is one; when there is none, a not-found error that says so. */
export function found<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw new MinutebookError('not-found', message);
  return value;
}

/** Errors that mean "the input is wrong", as opposed to "the system failed". */
export function isInputError(error: MinutebookError): boolean {
  return CODES[error.code] === 'input';
}
