// Where a request came from, for rate limits and the audit log: read once by the routes, handed
// to the services, written beside each audit entry.
import type { FastifyRequest } from 'fastify';

export interface RequestMeta {
  ip: string;
  userAgent?: string | undefined;
  requestId: string;
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return { ip: request.clientIp, userAgent: agent, requestId: request.id };
}

/** The request's part of an audit entry. */
export function auditMeta(meta: RequestMeta) {
  return { ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
}
