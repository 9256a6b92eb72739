// The selected table's details: name, seats, shape, shared, position and neighbours; remove it.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';
import { useLayoutT } from './messages';
import { PLAN_SIZE, TABLE_SHAPES, type Action, type PlanTable } from './plan-state';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';
import { Checkbox } from '../../shared/checkbox';

export function TableInspector({
  table,
  tables,
  zones,
  editable,
  dispatch,
  onRemove,
}: {
  table: PlanTable | null;
  tables: readonly PlanTable[];
  zones: readonly AdminZone[];
  editable: boolean;
  dispatch: (action: Action) => void;
  onRemove: (ref: string) => void;
}) {
  const { at, locale } = useLayoutT();
  if (!table) {
    return (
      <section aria-labelledby="inspector-title" className={`${panelClass({ padded: false })} p-4`}>
        <h2 id="inspector-title" className="text-base font-semibold text-cream">
          {at('inspector')}
        </h2>
        <p className="mt-2 text-sm text-mist">{at('inspectorEmpty')}</p>
      </section>
    );
  }
  const zone = zones.find((z) => z.id === table.zoneId);
  const others = tables
    .filter((t) => t.zoneId === table.zoneId && t.ref !== table.ref)
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  const update = (patch: Partial<Pick<PlanTable, 'label' | 'seats' | 'shape' | 'shared'>>) =>
    dispatch({ type: 'update', ref: table.ref, patch });
  const num = (text: string, min: number, max: number) =>
    Math.min(max, Math.max(min, Math.round(Number(text) || 0)));

  return (
    <section
      aria-labelledby="inspector-title"
      className={`${panelClass({ padded: false })} space-y-3 p-4`}
    >
      <h2 id="inspector-title" className="text-base font-semibold text-cream">
        {at('inspector')} · {table.label}
      </h2>
      <p className="text-sm text-mist">
        {at('zone')} : {zone ? (locale === 'fr' ? zone.nameFr : zone.nameEn) : ''}
      </p>
      <fieldset disabled={!editable} className="space-y-3">
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="tbl-label" className="mb-1 block text-xs font-medium text-mist">
              {at('label')}
            </label>
            <input
              id="tbl-label"
              maxLength={20}
              value={table.label}
              onChange={(e) => update({ label: e.target.value })}
              className={controlClass}
            />
          </div>
          <div>
            <label htmlFor="tbl-seats" className="mb-1 block text-xs font-medium text-mist">
              {at('seats')}
            </label>
            <input
              id="tbl-seats"
              type="number"
              min={1}
              max={20}
              value={table.seats}
              onChange={(e) => update({ seats: num(e.target.value, 1, 20) })}
              className={controlClass}
            />
          </div>
        </div>
        <div>
          <label htmlFor="tbl-shape" className="mb-1 block text-xs font-medium text-mist">
            {at('shape')}
          </label>
          <select
            id="tbl-shape"
            value={table.shape}
            onChange={(e) => update({ shape: e.target.value as PlanTable['shape'] })}
            className={controlClass}
          >
            {TABLE_SHAPES.map((shape) => (
              <option key={shape} value={shape}>
                {at(`shape.${shape}`)}
              </option>
            ))}
          </select>
        </div>
        <Checkbox
          label={at('shared')}
          checked={table.shared}
          onChange={(shared) => update({ shared })}
        />
        <div className="grid grid-cols-2 gap-3">
          {(['x', 'y'] as const).map((axis) => (
            <div key={axis}>
              <label htmlFor={`tbl-${axis}`} className="mb-1 block text-xs font-medium text-mist">
                {at(axis)}
              </label>
              <input
                id={`tbl-${axis}`}
                type="number"
                min={0}
                max={PLAN_SIZE}
                step={10}
                value={table[axis]}
                onChange={(e) =>
                  dispatch({
                    type: 'move',
                    ref: table.ref,
                    x: axis === 'x' ? num(e.target.value, 0, PLAN_SIZE) : table.x,
                    y: axis === 'y' ? num(e.target.value, 0, PLAN_SIZE) : table.y,
                    record: true,
                  })
                }
                className={controlClass}
              />
            </div>
          ))}
        </div>
        <fieldset>
          <legend className="mb-1 text-xs font-medium text-mist">{at('neighbours')}</legend>
          {others.length === 0 ? (
            <p className="text-sm text-mist">{at('noNeighbours')}</p>
          ) : (
            <div className="grid max-h-48 grid-cols-3 gap-x-3 overflow-y-auto pr-1">
              {others.map((other) => (
                <label
                  key={other.ref}
                  className="flex min-h-9 items-center gap-2 text-sm text-cream"
                >
                  <input
                    type="checkbox"
                    checked={table.neighbours.includes(other.ref)}
                    onChange={(e) =>
                      dispatch({
                        type: 'neighbour',
                        ref: table.ref,
                        other: other.ref,
                        linked: e.target.checked,
                      })
                    }
                    className="size-4 accent-gold"
                  />
                  {other.label}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {editable && (
          <Button variant="danger" onClick={() => onRemove(table.ref)}>
            {at('remove')}
          </Button>
        )}
      </fieldset>
    </section>
  );
}
