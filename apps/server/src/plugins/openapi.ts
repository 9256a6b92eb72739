import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { VERSION } from '../lib/version.ts';

/**
 * The OpenAPI 3 document is generated from the contract's zod schemas, route by route: it cannot
 * drift from what the server validates. Served at /api/openapi.json, explored at /api/docs.
 */
export const openApi = fp<{ publicUrl: string }>(
  async (app, { publicUrl }) => {
    const https = publicUrl.startsWith('https:');
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'La Diva API',
          description: 'The booking platform of La Diva Cabaret.',
          version: VERSION,
        },
        servers: [{ url: publicUrl }],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description:
                'Access token from signIn, verifyMfa or refreshSession (EdDSA, typ at+jwt, 15 minutes). Staff routes also need aal2.',
            },
            refreshCookie: {
              type: 'apiKey',
              in: 'cookie',
              name: '__Host-ladiva-refresh',
              description:
                'The refresh token, HttpOnly; with the x-csrf-token header matching the __Host-ladiva-csrf cookie.',
            },
          },
        },
        tags: [
          { name: 'operations', description: 'Health and operations' },
          { name: 'venue', description: "The venue's identity" },
          { name: 'notifications', description: 'Web Push subscriptions' },
          {
            name: 'notifications (staff)',
            description: 'Delivery log, previews and the local mailbox (admin, manager)',
          },
          {
            name: 'auth',
            description: 'Sign-up, sign-in with a second factor, tokens, emailed links',
          },
          { name: 'account', description: "The signed-in user's account, security and data" },
          { name: 'staff', description: 'Staff accounts and the audit log (admin)' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      // Swagger UI's own CSP upgrades every request to HTTPS, which breaks a plain-HTTP host, and
      // it sets a few inline styles (styles only: its scripts stay external).
      transformStaticCSP: (header: string) => {
        let csp = header.replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'");
        if (!https) csp = csp.replace(/upgrade-insecure-requests;?/, '');
        return csp;
      },
      uiConfig: { deepLinking: true },
    });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
