// The sales rules: hold time, largest party, sales cut-off, cancellation deadline and fee.
import type { SalesRules } from '@ladiva/contract/backoffice-catalogue';
import { useState, type FormEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { errorText } from '../ui/error-text';
import { PageHeader } from '../ui/page-header';
import { useSalesRules, useUpdateSalesRules } from './api/use-sales-rules';
import { SaveRow } from './form-kit';
import { Field } from '../../shared/field';
import { centsToInput, fieldErrors, parseEuros } from './form-values';
import { useCatalogueT } from './messages';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';

export function SalesRulesPage({ editor }: { editor: boolean }) {
  const { at } = useCatalogueT();
  const rules = useSalesRules();
  // Kept here: a save refreshes the rules, and the form starts afresh from them.
  const [result, setResult] = useState<Result>(null);
  return (
    <>
      <PageHeader eyebrow={at('eyebrow')} title={at('rules.title')} lead={at('rules.lead')} />
      {rules.loading && <Loading />}
      {rules.error && <QueryError error={rules.error} onRetry={rules.reload} />}
      {rules.data && (
        <RulesForm
          key={rules.data.updatedAt}
          rules={rules.data}
          editor={editor}
          result={result}
          onResult={setResult}
        />
      )}
    </>
  );
}

const NUMBERS = [
  { name: 'holdMinutes', label: 'rules.hold', hint: 'rules.holdHint', min: 1, max: 120 },
  { name: 'maxParty', label: 'rules.maxParty', min: 1, max: 100 },
  { name: 'cutoffMinutes', label: 'rules.cutoff', min: 0, max: 2880 },
  { name: 'cancellationDeadlineHours', label: 'rules.deadline', min: 0, max: 720 },
] as const;

type Result = { ok: boolean; text: string } | null;

function RulesForm({
  rules,
  editor,
  result,
  onResult: setResult,
}: {
  rules: SalesRules;
  editor: boolean;
  result: Result;
  onResult: (result: Result) => void;
}) {
  const { t } = useStaffT();
  const { at, when } = useCatalogueT();
  const update = useUpdateSalesRules();
  const [draft, setDraft] = useState({
    holdMinutes: String(rules.holdMinutes),
    maxParty: String(rules.maxParty),
    cutoffMinutes: String(rules.cutoffMinutes),
    cancellationDeadlineHours: String(rules.cancellationDeadlineHours),
    fee: centsToInput(rules.cancellationFeeCents),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fee = parseEuros(draft.fee);
    if (fee === null) {
      setErrors({ cancellationFeeCents: at('prices.invalid') });
      return;
    }
    const outcome = await update.run({
      holdMinutes: Number(draft.holdMinutes),
      maxParty: Number(draft.maxParty),
      cutoffMinutes: Number(draft.cutoffMinutes),
      cancellationDeadlineHours: Number(draft.cancellationDeadlineHours),
      cancellationFeeCents: fee,
    });
    if (outcome.ok) {
      setErrors({});
      setResult({ ok: true, text: at('saved') });
    } else {
      setErrors(fieldErrors(outcome.error));
      setResult({ ok: false, text: errorText(t, outcome.error) });
    }
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className={`${panelClass({ padded: false })} max-w-2xl space-y-4 p-4`}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBERS.map((item) => (
          <Field
            key={item.name}
            label={at(item.label)}
            hint={'hint' in item ? at(item.hint) : undefined}
            error={
              errors[item.name]
                ? at('field.invalid', { message: errors[item.name] ?? '' })
                : undefined
            }
          >
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={item.min}
                max={item.max}
                readOnly={!editor}
                value={draft[item.name]}
                onChange={(event) => setDraft({ ...draft, [item.name]: event.target.value })}
                className={controlClass}
              />
            )}
          </Field>
        ))}
        <Field label={at('rules.fee')} error={errors.cancellationFeeCents}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              readOnly={!editor}
              value={draft.fee}
              onChange={(event) => setDraft({ ...draft, fee: event.target.value })}
              className={controlClass}
            />
          )}
        </Field>
      </div>
      <p className="text-xs text-mist">
        {at('rules.updated', {
          date: when(rules.updatedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
      {editor && <SaveRow pending={update.pending} result={result} />}
    </form>
  );
}
