// /admin/kitchen: the kitchen sheet of a performance (?performance=) or a day (?date=, default
// tonight). Printed on A4 in black on white without the staff app's frame; exported as CSV.
import { useSearchParams } from 'react-router';
import { useCsvDownload } from '../api/download-csv';
import { QueryError } from '../ui/query-error';
import { Loading } from '../../shared/loading';
import { EmptyState } from '../../shared/empty-state';
import { PageHeader } from '../ui/page-header';
import { isDay, parisDay } from '../ui/paris-day';
import { KitchenPicker } from './kitchen-picker';
import { NextPerformanceHint } from './next-performance-hint';
import { PerformanceSheet } from './performance-sheet';
import { useKitchenT } from './messages';
import { kitchenPath, useKitchenSheet, type KitchenTarget } from './use-kitchen-sheet';
import { Button } from '../../shared/button';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readTarget(params: URLSearchParams): KitchenTarget {
  const performance = params.get('performance');
  if (performance && UUID.test(performance)) return { performanceId: performance };
  const date = params.get('date');
  return { date: isDay(date) ? date : parisDay() };
}

export function KitchenPage() {
  const { at, when } = useKitchenT();
  const [params, setParams] = useSearchParams();
  const target = readTarget(params);
  const sheet = useKitchenSheet(target);
  const csv = useCsvDownload();
  const performances = sheet.data?.performances ?? [];
  const day =
    'date' in target
      ? target.date
      : parisDay(performances[0]?.startsAt ?? new Date().toISOString());

  return (
    <div className="print:text-black print:**:border-black/40 print:**:text-black">
      <PageHeader
        eyebrow={at('eyebrow')}
        title={at('title')}
        lead={at('lead')}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <Button
              disabled={csv.pending}
              aria-busy={csv.pending}
              onClick={() => void csv.download(kitchenPath(target, 'csv'), `kitchen-${day}.csv`)}
            >
              {csv.pending ? at('exporting') : at('export')}
            </Button>
            <Button variant="primary" disabled={!sheet.data} onClick={() => window.print()}>
              {at('print')}
            </Button>
          </div>
        }
      />
      <div className="space-y-5">
        <KitchenPicker
          day={day}
          performanceId={'performanceId' in target ? target.performanceId : null}
          onChange={(next) =>
            setParams(
              'performanceId' in next ? { performance: next.performanceId } : { date: next.date },
            )
          }
        />
        {csv.error && <QueryError error={csv.error} />}
        {sheet.error && <QueryError error={sheet.error} onRetry={sheet.reload} />}
        {sheet.loading && <Loading lines={6} />}
        {sheet.data && (
          <>
            <p className="hidden text-sm print:block">
              {at('sheet.day', {
                day: when(`${day}T12:00:00Z`, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  year: 'numeric',
                }),
              })}
              {' · '}
              {at('sheet.printedAt', {
                at: when(new Date().toISOString(), {
                  day: 'numeric',
                  month: 'short',
                  hour: '2-digit',
                  minute: '2-digit',
                }),
              })}
            </p>
            {performances.length === 0 ? (
              <EmptyState>
                <span>
                  {at('sheet.empty')} <NextPerformanceHint after={day} />
                </span>
              </EmptyState>
            ) : (
              performances.map((performance, index) => (
                <PerformanceSheet
                  key={performance.id}
                  performance={performance}
                  first={index === 0}
                />
              ))
            )}
          </>
        )}
      </div>
    </div>
  );
}
