// The bookings charts (recharts, imported here only: this file is its own lazy chunk). Each chart
// has a caption and its figures in a table for those who do not read charts. No animation: the
// figures refresh every minute, and a chart that redraws itself each time distracts.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EmptyState } from '../../shared/empty-state';
import { useDashboardT } from './messages';
import type { Dashboard } from './use-dashboard';
import { panelClass } from '../../shared/panel-class';

const GOLD = '#d9b36c';
const ROSE = '#fda4af';
const MIST = '#c9b9a3';
const SOURCE_COLOURS = { web: GOLD, phone: '#9b2c4a', admin: '#f6eddc', walk_in: ROSE } as const;
const tick = { fill: MIST, fontSize: 12 };
const tooltip = {
  contentStyle: { background: '#150b0e', border: '1px solid rgb(255 255 255 / 0.15)' },
  labelStyle: { color: '#f6eddc' },
  itemStyle: { color: '#f6eddc' },
};
const th = 'px-2 py-1 text-left font-medium text-mist';
const td = 'px-2 py-1 text-right tabular-nums';

export default function DashboardCharts({ series }: { series: Dashboard['series'] }) {
  const { at, when, num } = useDashboardT();
  const dayLabel = (date: string) => when(`${date}T12:00:00Z`, { day: 'numeric', month: 'short' });
  const range = { from: dayLabel(series.from), to: dayLabel(series.to) };
  const days = series.days.map((day) => ({ ...day, label: dayLabel(day.date) }));
  const sources = series.bySource
    .filter((row) => row.bookings > 0)
    .map((row) => ({ ...row, name: at(`source.${row.source}`) }));
  const empty = days.every((day) => day.bookings === 0 && day.cancelled === 0);

  if (empty && sources.length === 0) return <EmptyState>{at('charts.empty')}</EmptyState>;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <figure className={`${panelClass({ padded: false })} min-w-0 p-4`}>
        <figcaption>
          <h3 className="font-medium text-cream">{at('charts.overTime')}</h3>
          <p className="mt-0.5 text-xs text-mist">{at('charts.overTimeDesc', range)}</p>
        </figcaption>
        <BarChart
          responsive
          data={days}
          style={{ width: '100%', height: 260 }}
          margin={{ top: 16, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid stroke="rgb(255 255 255 / 0.08)" vertical={false} />
          <XAxis dataKey="label" tick={tick} stroke={MIST} minTickGap={12} />
          <YAxis allowDecimals={false} tick={tick} stroke={MIST} />
          <Tooltip {...tooltip} cursor={{ fill: 'rgb(255 255 255 / 0.05)' }} />
          <Legend wrapperStyle={{ color: MIST, fontSize: 12 }} />
          <Bar
            dataKey="bookings"
            name={at('charts.bookings')}
            fill={GOLD}
            radius={[2, 2, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="cancelled"
            name={at('charts.cancelled')}
            fill={ROSE}
            radius={[2, 2, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-mist hover:text-gold-bright">
            {at('charts.data')}
          </summary>
          <div className="mt-2 max-h-64 overflow-auto">
            <table className="w-full">
              <caption className="sr-only">{at('charts.overTime')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {at('charts.date')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {at('charts.bookings')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {at('charts.guests')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {at('charts.cancelled')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-white/5 text-cream">
                {days.map((day) => (
                  <tr key={day.date}>
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {day.label}
                    </th>
                    <td className={td}>{num(day.bookings)}</td>
                    <td className={td}>{num(day.guests)}</td>
                    <td className={td}>{num(day.cancelled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figure>

      <figure className={`${panelClass({ padded: false })} min-w-0 p-4`}>
        <figcaption>
          <h3 className="font-medium text-cream">{at('charts.bySource')}</h3>
          <p className="mt-0.5 text-xs text-mist">{at('charts.bySourceDesc', range)}</p>
        </figcaption>
        {sources.length === 0 ? (
          <p className="mt-4 text-sm text-mist">{at('charts.empty')}</p>
        ) : (
          <PieChart responsive style={{ width: '100%', height: 260 }}>
            <Pie
              data={sources}
              dataKey="bookings"
              nameKey="name"
              innerRadius="55%"
              outerRadius="80%"
              stroke="#150b0e"
              isAnimationActive={false}
            >
              {sources.map((row) => (
                <Cell key={row.source} fill={SOURCE_COLOURS[row.source]} />
              ))}
            </Pie>
            <Tooltip {...tooltip} />
            <Legend wrapperStyle={{ color: MIST, fontSize: 12 }} />
          </PieChart>
        )}
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">{at('charts.bySource')}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {at('charts.source')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {at('charts.bookings')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {at('charts.guests')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-white/5 text-cream">
            {series.bySource.map((row) => (
              <tr key={row.source}>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {at(`source.${row.source}`)}
                </th>
                <td className={td}>{num(row.bookings)}</td>
                <td className={td}>{num(row.guests)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </div>
  );
}
