// One staff member: roles, 2FA, state; edit the roles, disable or enable, reset the second factor,
// end the sessions. Every change but the roles is confirmed first; the outcome is announced.
import { STAFF_ROLES, type StaffRole } from '@ladiva/contract/auth-vocabulary';
import { useId, useRef, useState } from 'react';
import { useT } from '../../../hooks/use-t';
import { useStaffAction, useUpdateStaff, type StaffMember } from '../api/use-staff-members';
import type { MutationOutcome } from '../api/use-api-mutation';
import { buttonDanger, buttonPrimary, buttonSecondary, panel } from '../ui/classes';
import { errorText } from '../ui/error-text';

type Confirmable = 'disable' | 'enable' | 'reset-mfa' | 'revoke-sessions';

const COPY = {
  disable: {
    button: 'admin.staff.disable',
    question: 'admin.staff.confirmDisable',
    done: 'admin.staff.disabledDone',
  },
  enable: {
    button: 'admin.staff.enable',
    question: 'admin.staff.confirmEnable',
    done: 'admin.staff.enabledDone',
  },
  'reset-mfa': {
    button: 'admin.staff.resetMfa',
    question: 'admin.staff.confirmResetMfa',
    done: 'admin.staff.resetMfaDone',
  },
  'revoke-sessions': {
    button: 'admin.staff.revokeSessions',
    question: 'admin.staff.confirmRevokeSessions',
    done: 'admin.staff.revokeSessionsDone',
  },
} as const;

function Badge({ tone, children }: { tone: 'ok' | 'warn' | 'muted'; children: string }) {
  const colours = {
    ok: 'border-emerald-400/30 text-emerald-200',
    warn: 'border-amber-400/40 text-amber-200',
    muted: 'border-white/15 text-mist',
  }[tone];
  return <span className={`rounded-full border px-2 py-0.5 text-xs ${colours}`}>{children}</span>;
}

export function MemberRow({ member, self }: { member: StaffMember; self: boolean }) {
  const { t } = useT();
  const id = useId();
  const update = useUpdateStaff();
  const action = useStaffAction();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<StaffRole[]>(member.roles);
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const box = useRef<HTMLLIElement>(null);
  const pending = update.pending || action.pending;
  const name = member.displayName ?? member.email;

  function report(outcome: MutationOutcome<unknown>, done: string) {
    setResult(
      outcome.ok ? { ok: true, text: done } : { ok: false, text: errorText(t, outcome.error) },
    );
    box.current?.focus();
  }

  async function saveRoles() {
    if (roles.length === 0) {
      setResult({ ok: false, text: t('admin.staff.rolesRequired') });
      return;
    }
    const outcome = await update.run({ id: member.id, roles });
    if (outcome.ok) setEditing(false);
    report(outcome, t('admin.staff.rolesSaved'));
  }

  async function confirm(which: Confirmable) {
    const outcome =
      which === 'disable' || which === 'enable'
        ? await update.run({ id: member.id, disabled: which === 'disable' })
        : await action.run({ id: member.id, action: which });
    setConfirming(null);
    report(outcome, t(COPY[which].done));
  }

  const available: Confirmable[] = self
    ? ['revoke-sessions']
    : [
        member.disabled ? 'enable' : 'disable',
        ...(member.mfaEnabled ? ['reset-mfa' as const] : []),
        'revoke-sessions',
      ];

  return (
    <li
      ref={box}
      tabIndex={-1}
      aria-labelledby={`${id}-name`}
      className={`${panel} p-4 focus:outline-none`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p id={`${id}-name`} className="font-medium break-words text-cream">
            {name}
            {self && <span className="ml-2 text-xs text-gold">{t('admin.staff.you')}</span>}
          </p>
          {member.displayName && <p className="text-sm break-words text-mist">{member.email}</p>}
          <p className="mt-2 flex flex-wrap gap-1.5">
            {member.roles.map((role) => (
              <span
                key={role}
                className="rounded-full bg-gold/15 px-2 py-0.5 text-xs text-gold-bright"
              >
                {t(`admin.role.${role}`)}
              </span>
            ))}
          </p>
        </div>
        <p className="flex flex-wrap gap-1.5">
          <Badge tone={member.mfaEnabled ? 'ok' : 'warn'}>
            {member.mfaEnabled ? t('admin.staff.mfaOn') : t('admin.staff.mfaOff')}
          </Badge>
          {member.pending && <Badge tone="warn">{t('admin.staff.pending')}</Badge>}
          {member.disabled && <Badge tone="muted">{t('admin.staff.disabled')}</Badge>}
        </p>
      </div>

      {editing ? (
        <fieldset className="mt-4 rounded-md bg-white/[0.04] p-3">
          <legend className="sr-only">{t('admin.staff.rolesOf', { name })}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {STAFF_ROLES.map((role) => (
              <label key={role} className="flex min-h-10 items-center gap-2 text-sm text-cream">
                <input
                  type="checkbox"
                  checked={roles.includes(role)}
                  onChange={(event) =>
                    setRoles((current) =>
                      event.target.checked ? [...current, role] : current.filter((r) => r !== role),
                    )
                  }
                  className="size-4 accent-gold"
                />
                {t(`admin.role.${role}`)}
              </label>
            ))}
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              onClick={() => void saveRoles()}
              className={buttonPrimary}
            >
              {t('admin.staff.saveRoles')}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setRoles(member.roles);
              }}
              className={buttonSecondary}
            >
              {t('admin.action.keep')}
            </button>
          </div>
        </fieldset>
      ) : confirming ? (
        <div
          role="group"
          aria-labelledby={`${id}-question`}
          className="mt-4 rounded-md bg-white/[0.04] p-3"
        >
          <p id={`${id}-question`} className="text-sm text-cream">
            {t(COPY[confirming].question, { name })}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              autoFocus
              disabled={pending}
              onClick={() => void confirm(confirming)}
              className={confirming === 'enable' ? buttonPrimary : buttonDanger}
            >
              {t('admin.staff.yes')}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setConfirming(null)}
              className={buttonSecondary}
            >
              {t('admin.action.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap gap-2">
          {!self && (
            <button
              type="button"
              onClick={() => {
                setResult(null);
                setRoles(member.roles);
                setEditing(true);
              }}
              className={buttonSecondary}
            >
              {t('admin.staff.editRoles')}
            </button>
          )}
          {available.map((which) => (
            <button
              key={which}
              type="button"
              onClick={() => {
                setResult(null);
                setConfirming(which);
              }}
              className={
                which === 'enable'
                  ? buttonSecondary
                  : which === 'revoke-sessions'
                    ? buttonSecondary
                    : buttonDanger
              }
            >
              {t(COPY[which].button)}
            </button>
          ))}
        </div>
      )}
      <p
        role="status"
        className={`text-sm ${result?.ok ? 'text-emerald-200' : 'text-rose-200'} ${result ? 'mt-3' : ''}`}
      >
        {result?.text}
      </p>
    </li>
  );
}
