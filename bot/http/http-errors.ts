// Errors that carry their HTTP status; the one error handler (errors.ts) turns them into a short JSON answer.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    override readonly name: string,
  ) {
    super(message);
  }
}

export const errors = {
  badRequest: (message: string) => new HttpError(400, message, 'BadRequestError'),
  unauthorized: (message: string) => new HttpError(401, message, 'UnauthorizedError'),
  forbidden: (message: string) => new HttpError(403, message, 'ForbiddenError'),
  unsupportedMediaType: (message: string) => new HttpError(415, message, 'UnsupportedMediaTypeError'),
  unavailable: (message: string) => new HttpError(503, message, 'ServiceUnavailableError'),
};
