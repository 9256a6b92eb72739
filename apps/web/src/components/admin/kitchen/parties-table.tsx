import { useKitchenT } from './messages';
import { block, blockTitle, td, th } from './sheet-classes';
import type { KitchenPerformance } from './use-kitchen-sheet';

/** The parties with dietary needs or an occasion, by table (as the server orders them). */
export function PartiesTable({
  parties,
  title,
}: {
  parties: KitchenPerformance['parties'];
  title: string;
}) {
  const { at, num } = useKitchenT();
  return (
    <section aria-label={at('parties.title')} className={block}>
      <h3 className={blockTitle}>{at('parties.title')}</h3>
      {parties.length === 0 ? (
        <p className="p-3 text-sm text-mist">{at('parties.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{`${at('parties.title')} · ${title}`}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {at('parties.tables')}
                </th>
                <th scope="col" className={th}>
                  {at('parties.name')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {at('parties.size')}
                </th>
                <th scope="col" className={`${th} w-1/2`}>
                  {at('parties.notes')}
                </th>
                <th scope="col" className={th}>
                  {at('parties.occasion')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-white/5 align-top">
              {parties.map((party) => (
                <tr key={party.bookingId} className="break-inside-avoid">
                  <th
                    scope="row"
                    className={`${td} text-left font-semibold whitespace-nowrap text-gold-bright`}
                  >
                    {party.tables.length > 0 ? party.tables.join(', ') : at('parties.noTable')}
                  </th>
                  <td className={`${td} text-cream`}>{party.partyName ?? '—'}</td>
                  <td className={`${td} text-right text-cream tabular-nums`}>
                    {num(party.partySize)}
                  </td>
                  <td className={`${td} text-cream`}>
                    {party.dietaryNotes.length > 0 ? (
                      <ul className="list-disc pl-4">
                        {party.dietaryNotes.map((note, index) => (
                          <li key={index}>{note}</li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className={`${td} text-mist`}>{party.occasion ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
