/**
 * The HTTP edge: reading a request's body and writing answers, in the wire format of the service
 * asked (awsJson1_1 for ECS and ECR Public, XML for ELBv2's awsQuery) or as plain JSON for the
 * admin routes. Every AWS answer carries a request id, as AWS's do.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { xmlError, xmlResponse } from './elbv2.js';
import type { ServiceName } from './types.js';
import type { AwsError } from './util.js';

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A request id as AWS writes them: a UUID. */
export function requestId(): string {
  return randomUUID();
}

function send(res: ServerResponse, status: number, contentType: string, payload: string, rid?: string): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(payload),
    ...(rid === undefined ? {} : { 'x-amzn-requestid': rid }),
  });
  res.end(payload);
}

/** ELBv2 speaks awsQuery (XML answers); ECS and ECR Public speak awsJson1_1. */
function speaksJson(service: ServiceName): boolean {
  return service !== 'elbv2';
}

export function sendAwsResult(
  res: ServerResponse,
  service: ServiceName,
  operation: string,
  out: unknown,
  rid: string,
): void {
  if (speaksJson(service)) send(res, 200, 'application/x-amz-json-1.1', JSON.stringify(out), rid);
  else send(res, 200, 'text/xml', xmlResponse(operation, out, rid), rid);
}

/** JSON errors are `{"__type", "message"}`; XML errors an `<ErrorResponse>`. */
export function sendAwsError(res: ServerResponse, service: ServiceName, err: AwsError, rid: string): void {
  if (speaksJson(service))
    send(
      res,
      err.status,
      'application/x-amz-json-1.1',
      JSON.stringify({ __type: err.code, message: err.message }),
      rid,
    );
  else send(res, err.status, 'text/xml', xmlError(err.code, err.message, err.type, rid), rid);
}

/** Admin answers: plain JSON, with RegExp behaviour rules written as their source. */
export function sendAdmin(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body, (_k, v) => (v instanceof RegExp ? v.toString() : v));
  send(res, status, 'application/json', payload);
}
