// An email's HTML for the staff app's preview frames (template previews, the local mailbox).
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/**
 * A policy of its own: the email's inline styles may apply (emails are made of them), nothing
 * else may load or run, and only our own pages may frame it. The frame adds `sandbox=""` on its
 * side.
 */
const EMAIL_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; font-src data: https:; frame-ancestors 'self'; sandbox";

export function sendEmailHtml(reply: FastifyReply, html: string) {
  return reply
    .header('content-security-policy', EMAIL_HTML_CSP)
    .type('text/html; charset=utf-8')
    .send(html);
}

export const htmlResponse = z.string().describe('text/html');
