// One staff member: roles, 2FA, state; edit the roles, disable or enable, reset the second factor,
// end the sessions. Every change but the roles is confirmed first; the outcome is announced.
import { STAFF_ROLES, type StaffRole } from '@ladiva/contract/auth-vocabulary';
import { useId, useRef, useState } from 'react';
import { useStaffT } from '../staff-messages';
import { useStaffAction, useUpdateStaff, type StaffMember } from '../api/use-staff-members';
import type { MutationOutcome } from '../api/use-api-mutation';
import { errorText } from '../ui/error-text';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';
import { StatusMessage } from '../../shared/alert';
import { Checkbox } from '../../shared/checkbox';

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
  const { t } = useStaffT();
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
      className={`${panelClass({ padded: false })} p-4 focus:outline-none`}
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
              <Checkbox
                key={role}
                label={t(`admin.role.${role}`)}
                checked={roles.includes(role)}
                onChange={(checked) =>
                  setRoles((current) =>
                    checked ? [...current, role] : current.filter((r) => r !== role),
                  )
                }
              />
            ))}
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="primary" disabled={pending} onClick={() => void saveRoles()}>
              {t('admin.staff.saveRoles')}
            </Button>
            <Button
              onClick={() => {
                setEditing(false);
                setRoles(member.roles);
              }}
            >
              {t('admin.action.keep')}
            </Button>
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
            <Button
              variant={confirming === 'enable' ? 'primary' : 'danger'}
              autoFocus
              disabled={pending}
              onClick={() => void confirm(confirming)}
            >
              {t('admin.staff.yes')}
            </Button>
            <Button disabled={pending} onClick={() => setConfirming(null)}>
              {t('admin.action.keep')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap gap-2">
          {!self && (
            <Button
              onClick={() => {
                setResult(null);
                setRoles(member.roles);
                setEditing(true);
              }}
            >
              {t('admin.staff.editRoles')}
            </Button>
          )}
          {available.map((which) => (
            <Button
              key={which}
              variant={which === 'enable' || which === 'revoke-sessions' ? 'secondary' : 'danger'}
              onClick={() => {
                setResult(null);
                setConfirming(which);
              }}
            >
              {t(COPY[which].button)}
            </Button>
          ))}
        </div>
      )}
      <StatusMessage result={result} className={result ? 'mt-3' : ''} />
    </li>
  );
}
