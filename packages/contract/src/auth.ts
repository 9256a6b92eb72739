// Identity and access (#4): sign-up, sign-in with a second factor, tokens, account, sessions,
// staff. Every body is strict: an unknown field is a 400, never a silently ignored assignment.
import { z } from 'zod';
import {
  CONSENT_KINDS,
  PASSWORD_MAX_LENGTH,
  STAFF_ROLES,
  type ConsentKind,
  type StaffRole,
} from './auth-vocabulary.ts';
import { text } from './text.ts';

export { CONSENT_KINDS, STAFF_ROLES, type ConsentKind, type StaffRole };

const localeSchema = z.enum(['fr', 'en']);
const datetime = z.iso.datetime({ offset: true });

export const staffRoleSchema = z.enum(STAFF_ROLES);
export const consentKindSchema = z.enum(CONSENT_KINDS);

/** Trimmed, lower-cased email. */
export const emailSchema = text()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());
/** The policy itself (length in characters, common list, personal info) is checked by the server. */
export const passwordSchema = text()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);
/** A 6-digit TOTP code; spaces typed by the user are tolerated. */
export const totpCodeSchema = text()
  .transform((code) => code.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'six digits'));
/** A recovery code as shown (xxxxx-xxxxx), case and dashes tolerated. */
export const recoveryCodeSchema = text()
  .transform((code) => code.replace(/[\s-]+/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, 'ten letters or digits'));
/** A high-entropy token from an emailed link. */
export const linkTokenSchema = text().regex(/^[A-Za-z0-9_-]{43}$/, 'a token from an email link');
const displayNameSchema = text().trim().min(1).max(120);

// ---------------------------------------------------------------------------------------------
// Who is signed in.

export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string().nullable(),
    locale: localeSchema,
    roles: z.array(staffRoleSchema),
    emailVerified: z.boolean(),
    mfaEnabled: z.boolean(),
    /** Of the current session: aal2 once a second factor was verified. */
    aal: z.enum(['aal1', 'aal2']),
    createdAt: datetime,
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** A signed-in session: the access token for the Authorization header, kept in memory only. */
export const sessionTokensSchema = z
  .object({
    status: z.literal('signed_in'),
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    /** Seconds until the access token expires. */
    expiresIn: z.number().int(),
    /** To send as `x-csrf-token` with the refresh cookie (also in a readable cookie). */
    csrfToken: z.string(),
    user: meSchema,
    /** Staff without a second factor yet: enrol before any staff action. */
    mfaEnrollmentRequired: z.boolean(),
  })
  .meta({ id: 'SessionTokens' });
export type SessionTokens = z.infer<typeof sessionTokensSchema>;

export const mfaChallengeSchema = z
  .object({
    status: z.literal('mfa_required'),
    /** Short-lived proof that the password step passed; exchanged with a code. */
    mfaToken: z.string(),
    methods: z.array(z.enum(['totp', 'recovery_code'])),
  })
  .meta({ id: 'MfaChallenge' });
export type MfaChallenge = z.infer<typeof mfaChallengeSchema>;

export const signInResponseSchema = z.discriminatedUnion('status', [
  sessionTokensSchema,
  mfaChallengeSchema,
]);
export type SignInResponse = z.infer<typeof signInResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Public flows.

export const signUpBodySchema = z
  .strictObject({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema.optional(),
    locale: localeSchema.default('fr'),
    /** The terms must be accepted; marketing is optional. */
    acceptTerms: z.literal(true),
    marketingEmail: z.boolean().default(false),
  })
  .meta({ id: 'SignUpBody' });
export type SignUpBody = z.input<typeof signUpBodySchema>;

export const signInBodySchema = z
  .strictObject({ email: emailSchema, password: passwordSchema })
  .meta({ id: 'SignInBody' });

export const mfaVerifyBodySchema = z
  .strictObject({
    mfaToken: text().min(1).max(2048),
    code: totpCodeSchema.optional(),
    recoveryCode: recoveryCodeSchema.optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), {
    message: 'give either code or recoveryCode',
    path: ['code'],
  })
  .meta({ id: 'MfaVerifyBody' });

export const emailOnlyBodySchema = z.strictObject({
  email: emailSchema,
  locale: localeSchema.optional(),
});
export const tokenBodySchema = z.strictObject({ token: linkTokenSchema });

export const resetPasswordBodySchema = z
  .strictObject({
    token: linkTokenSchema,
    password: passwordSchema,
    /** Required when the account has a second factor: a reset link alone never bypasses it. */
    code: totpCodeSchema.optional(),
    recoveryCode: recoveryCodeSchema.optional(),
  })
  .meta({ id: 'ResetPasswordBody' });

export const acceptInvitationBodySchema = z
  .strictObject({
    token: linkTokenSchema,
    password: passwordSchema,
    displayName: displayNameSchema.optional(),
  })
  .meta({ id: 'AcceptInvitationBody' });

/** The one-time setup link printed at first start, when no admin was configured. */
export const setupBodySchema = z
  .strictObject({
    token: linkTokenSchema,
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema.optional(),
  })
  .meta({ id: 'SetupBody' });

export const linkInfoSchema = z
  .object({
    kind: z.enum(['invitation', 'password_reset', 'setup']),
    email: z.string().nullable(),
    /** A reset of an account with a second factor also asks for a code. */
    mfaRequired: z.boolean(),
  })
  .meta({ id: 'LinkInfo' });

export const acceptedSchema = z.object({ status: z.literal('accepted') }).meta({ id: 'Accepted' });

export const jwksSchema = z
  .object({ keys: z.array(z.record(z.string(), z.unknown())) })
  .meta({ id: 'JsonWebKeySet' });

// ---------------------------------------------------------------------------------------------
// The account (authenticated). Changing email, password or the second factor re-authenticates:
// the current password, plus a code when 2FA is on.

const reauthentication = {
  currentPassword: passwordSchema,
  code: totpCodeSchema.optional(),
};

export const updateAccountBodySchema = z
  .strictObject({
    displayName: displayNameSchema.nullable().optional(),
    locale: localeSchema.optional(),
  })
  .meta({ id: 'UpdateAccountBody' });

export const changePasswordBodySchema = z
  .strictObject({ ...reauthentication, newPassword: passwordSchema })
  .meta({ id: 'ChangePasswordBody' });

export const changeEmailBodySchema = z
  .strictObject({ ...reauthentication, newEmail: emailSchema })
  .meta({ id: 'ChangeEmailBody' });

export const reauthenticateBodySchema = z
  .strictObject(reauthentication)
  .meta({ id: 'ReauthenticateBody' });

/**
 * Starting two-step verification: the current password, which a sign-in of this session in the
 * last few minutes stands for (REAUTHENTICATION_REQUIRED when it does not).
 */
export const startTotpBodySchema = z
  .strictObject({ ...reauthentication, currentPassword: passwordSchema.optional() })
  .meta({ id: 'StartTotpBody' });

export const totpEnrollmentSchema = z
  .object({
    /** Base32, for typing into an authenticator by hand. */
    secret: z.string(),
    otpauthUrl: z.string(),
    /** The otpauth URL as an SVG QR code (data: URL). */
    qrCodeDataUrl: z.string(),
  })
  .meta({ id: 'TotpEnrollment' });
export type TotpEnrollment = z.infer<typeof totpEnrollmentSchema>;

export const confirmTotpBodySchema = z.strictObject({ code: totpCodeSchema });

export const recoveryCodesSchema = z
  .object({
    /** Shown once; each works once. */
    recoveryCodes: z.array(z.string()).length(10),
    /** The session now has a second factor: a fresh access token that says so. */
    session: sessionTokensSchema.optional(),
  })
  .meta({ id: 'RecoveryCodes' });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const sessionSummarySchema = z
  .object({
    id: z.uuid(),
    aal: z.enum(['aal1', 'aal2']),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    createdAt: datetime,
    lastSeenAt: datetime,
    current: z.boolean(),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListSchema = z.object({ items: z.array(sessionSummarySchema) });

export const consentSchema = z
  .object({
    kind: consentKindSchema,
    granted: z.boolean(),
    wordingVersion: z.string(),
    at: datetime,
  })
  .meta({ id: 'Consent' });
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });
export const recordConsentBodySchema = z.strictObject({
  kind: consentKindSchema.exclude(['terms']),
  granted: z.boolean(),
});

export const eraseAccountBodySchema = z
  .strictObject({ ...reauthentication, confirm: z.literal('ERASE') })
  .meta({ id: 'EraseAccountBody' });

export const uuidParamsSchema = z.strictObject({ id: z.uuid() });

// ---------------------------------------------------------------------------------------------
// Staff administration (admins with a second factor).

export const staffMemberSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string().nullable(),
    roles: z.array(staffRoleSchema),
    mfaEnabled: z.boolean(),
    /** Invited but has not chosen a password yet. */
    pending: z.boolean(),
    disabled: z.boolean(),
    createdAt: datetime,
  })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof staffMemberSchema>;
export const staffListSchema = z.object({ items: z.array(staffMemberSchema) });

export const inviteStaffBodySchema = z
  .strictObject({
    email: emailSchema,
    roles: z.array(staffRoleSchema).min(1).max(STAFF_ROLES.length),
    displayName: displayNameSchema.optional(),
    locale: localeSchema.default('fr'),
  })
  .meta({ id: 'InviteStaffBody' });

export const updateStaffBodySchema = z
  .strictObject({
    roles: z.array(staffRoleSchema).max(STAFF_ROLES.length).optional(),
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'UpdateStaffBody' });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: datetime,
    actorId: z.string().nullable(),
    actorRole: z.string(),
    actorRoles: z.array(z.string()),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: text().max(200).optional(),
});

export type StaffRoleList = StaffRole[];
