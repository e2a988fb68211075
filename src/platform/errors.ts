/**
 * Every error a client can see, with its code and HTTP status, in one list (Fastify's FST_ERR_* style).
 * Services throw `AppError`s; the HTTP layer turns them into `{"error":{"code","message"}}`.
 */
export const ERRORS = {
  NOT_FOUND: { status: 404, message: 'Nothing was found at this address.' },
  BAD_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  VALIDATION: { status: 400, message: 'The request is not valid.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'This content type is not accepted here.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed here.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; please wait a little and try again.' },
  UNAUTHENTICATED: { status: 401, message: 'Please sign in or send a valid token.' },
  FORBIDDEN: { status: 403, message: 'You are not allowed to do this.' },
  CSRF: { status: 403, message: 'This form has expired; reload the page and try again.' },
  CONFLICT: { status: 409, message: 'This conflicts with the current state.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  UNKNOWN_TRANSLATION: { status: 404, message: 'That Bible translation is not installed.' },
  INVALID_REFERENCE: { status: 400, message: 'That is not a Bible reference.' },
  UNKNOWN_REFERENCE: { status: 400, message: 'That passage does not exist.' },
  PASSAGE_TOO_LONG: { status: 400, message: 'That passage is too long to show at once.' },
  INVALID_SEARCH: { status: 400, message: 'That search cannot be run.' },
  UNKNOWN_TOPIC: { status: 404, message: 'There is no topic of that name.' },
  COVENANT_REQUIRED: { status: 403, message: 'Please read and accept the confidentiality covenant first.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email address or password is not right.' },
  LINK_EXPIRED: { status: 410, message: 'This link has expired or has already been used.' },
  WEAK_PASSWORD: { status: 400, message: 'Choose a longer or less common password.' },
  EMAIL_TAKEN: { status: 409, message: 'Someone already has an account with this email address.' },
  LAST_ADMIN: { status: 409, message: 'At least one active person must keep the admin role.' },
  ACCESS_UNDECLARED: { status: 500, message: 'This route does not declare who may use it.' },
  REQUEST_NOT_OPEN: { status: 409, message: 'This prayer request is no longer open for prayer.' },
  ALREADY_PRAYED: { status: 409, message: 'You have just recorded a prayer for this request.' },
  OWN_REQUEST: { status: 403, message: 'This is your own prayer request; the team prays for it.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** An error meant for the client: a stable code, a status and a message safe to show. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

/** Raised when the environment holds a value Intercede cannot start with; names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Raised when the database cannot be opened or reached at start-up. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
