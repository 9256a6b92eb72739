// The evening's arrivals, by expected time: who, how many, formulas, tables, occasion and diets
// (and the phone for booking staff). Printed on its own for the door.
import type { Room } from './api/use-room';
import { useRoomT } from './messages';
import { partyName, tableLabels } from './room-model';

const th = 'px-2 py-1.5 text-left text-xs font-medium text-mist print:text-black';
const td = 'px-2 py-1.5 align-top';

export function ArrivalsList({ room }: { room: Room }) {
  const { at, when, num, locale } = useRoomT();
  const parties = [...room.parties].sort(
    (a, b) => a.arrivalAt.localeCompare(b.arrivalAt) || (a.name ?? '').localeCompare(b.name ?? ''),
  );
  const phones = parties.some((party) => party.contactPhone);
  const date = when(room.performance.startsAt, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div
      role="region"
      aria-label={at('arrivals.title')}
      tabIndex={0}
      className="overflow-x-auto print:overflow-visible"
    >
      <table className="w-full min-w-[40rem] border-collapse text-sm print:min-w-0 print:text-[11pt]">
        <caption className="mb-2 text-left text-sm text-mist print:text-black">
          {at('arrivals.caption', { date })} ·{' '}
          {at('arrivals.total', {
            parties: num(parties.length),
            guests: num(parties.reduce((sum, p) => sum + p.partySize, 0)),
          })}
        </caption>
        <thead className="border-b border-white/10 print:border-black">
          <tr>
            <th scope="col" className={th}>
              {at('arrivals.time')}
            </th>
            <th scope="col" className={th}>
              {at('arrivals.name')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {at('arrivals.party')}
            </th>
            <th scope="col" className={th}>
              {at('arrivals.formulas')}
            </th>
            <th scope="col" className={th}>
              {at('arrivals.tables')}
            </th>
            <th scope="col" className={th}>
              {at('arrivals.notes')}
            </th>
            {phones && (
              <th scope="col" className={th}>
                {at('arrivals.phone')}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-white/5 text-cream print:divide-black/30 print:text-black">
          {parties.map((party) => (
            <tr key={party.bookingId} className="break-inside-avoid">
              <td className={`${td} tabular-nums`}>
                {when(party.arrivalAt, { hour: '2-digit', minute: '2-digit' })}
              </td>
              <td className={td}>
                <span className="font-medium">{partyName(party, at)}</span>
                <span className="block font-mono text-xs text-mist print:text-black">
                  {party.reference}
                </span>
              </td>
              <td className={`${td} text-right tabular-nums`}>{num(party.partySize)}</td>
              <td className={td}>
                {party.formulas
                  .map((f) => `${num(f.guests)} × ${locale === 'fr' ? f.nameFr : f.nameEn}`)
                  .join(', ')}
              </td>
              <td className={td}>{tableLabels(room, party).join(', ') || '—'}</td>
              <td className={td}>
                {party.occasion && <span className="block">{party.occasion}</span>}
                {party.dietary.length > 0 && (
                  <span className="block text-amber-200 print:text-black">
                    {party.dietary.join(' · ')}
                  </span>
                )}
              </td>
              {phones && <td className={`${td} whitespace-nowrap`}>{party.contactPhone ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
