import type { ServerResponse } from 'node:http';
import { sendJson } from './http-util';

/** gRPC status codes that Mix.api puts in `code` (grpc-gateway style, mix-api.md §5). */
export const GRPC_INVALID_ARGUMENT = 3;
export const GRPC_NOT_FOUND = 5;
export const GRPC_PERMISSION_DENIED = 7;
export const GRPC_RESOURCE_EXHAUSTED = 8;
export const GRPC_FAILED_PRECONDITION = 9;
export const GRPC_UNIMPLEMENTED = 12;
export const GRPC_INTERNAL = 13;
export const GRPC_UNAVAILABLE = 14;

/** A Mix.api error body `{code, message, details}` with its HTTP status. */
export class MixApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendMixError(res: ServerResponse, failure: MixApiError): void {
  sendJson(res, failure.status, { code: failure.code, message: failure.message, details: [] });
}

/** The gateway's 401 body, as in mix-cli's fixtures (mix-api.md §1.6). */
export function sendUnauthorized(res: ServerResponse): void {
  sendJson(res, 401, { code: 401, status: 'Unauthorized', message: 'The request could not be authorized' });
}

export function sendNotFound(res: ServerResponse): void {
  sendMixError(res, new MixApiError(404, GRPC_NOT_FOUND, 'Not Found'));
}
