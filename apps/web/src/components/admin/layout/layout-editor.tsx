// The venue layout editor: the floor plan, the selected table's details, and one "Save layout"
// that sends every zone's whole plan to PUT /api/admin/layout. Changes stay local until then,
// can be undone one by one (Ctrl+Z), and leaving with unsaved changes asks first.
import type { AdminZone } from '@ladiva/contract/backoffice-catalogue';
import { useEffect, useReducer, useRef, useState, type KeyboardEvent } from 'react';
import { useStaffT } from '../staff-messages';
import { errorText } from '../ui/error-text';
import { useSaveLayout } from './api/use-save-layout';
import { FloorPlan } from './floor-plan';
import { useLayoutT } from './messages';
import {
  changeCount,
  initialState,
  layoutBody,
  nextLabel,
  reducer,
  removedTables,
  type TableShape,
} from './plan-state';
import { TableInspector } from './table-inspector';
import { useLeaveGuard } from './use-leave-guard';
import { controlClass } from '../../shared/field';
import { panelClass } from '../../shared/panel-class';
import { Button } from '../../shared/button';
import { ConfirmDialog } from '../../shared/dialog';

export function LayoutEditor({
  zones,
  editable,
}: {
  zones: readonly AdminZone[];
  editable: boolean;
}) {
  const { t } = useStaffT();
  const { at, locale } = useLayoutT();
  const [state, dispatch] = useReducer(reducer, zones, initialState);
  const [planZones, setPlanZones] = useState(zones);
  const [addZone, setAddZone] = useState(zones[0]?.id ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [announce, setAnnounce] = useState('');
  const save = useSaveLayout();
  const [confirming, setConfirming] = useState(false);
  const changes = changeCount(state);
  const selected = state.tables.find((table) => table.ref === state.selected) ?? null;
  const removed = removedTables(state);
  useLeaveGuard(changes > 0, at('leave'));

  // After a key press the moved table keeps the focus; announce where it went.
  const last = useRef<{ ref: string; x: number; y: number } | null>(null);
  useEffect(() => {
    if (!selected) return;
    const before = last.current;
    if (
      before &&
      before.ref === selected.ref &&
      (before.x !== selected.x || before.y !== selected.y)
    ) {
      setAnnounce(at('table.moved', { label: selected.label, x: selected.x, y: selected.y }));
    }
    last.current = { ref: selected.ref, x: selected.x, y: selected.y };
  }, [selected, at]);

  const name = (zone: AdminZone) => (locale === 'fr' ? zone.nameFr : zone.nameEn);

  function add() {
    const zone = planZones.find((z) => z.id === addZone);
    if (!zone) return;
    const own = state.tables.filter((table) => table.zoneId === zone.id);
    const x = own.length ? Math.max(...own.map((table) => table.x)) + 120 : 0;
    const y = own.length
      ? Math.min(...own.map((table) => table.y))
      : Math.max(0, ...state.tables.map((table) => table.y)) + 200;
    const shape: TableShape = own[0]?.shape ?? 'round';
    dispatch({ type: 'add', zoneId: zone.id, x, y, label: nextLabel(zone, state.tables), shape });
  }

  function remove(ref: string) {
    const table = state.tables.find((item) => item.ref === ref);
    dispatch({ type: 'remove', ref });
    if (table) setMessage({ ok: true, text: at('removed', { label: table.label }) });
  }

  function askSave() {
    setMessage(null);
    if (removed.length === 0) return void send();
    setConfirming(true);
  }

  async function send() {
    setConfirming(false);
    const outcome = await save.run(layoutBody(planZones, state.tables));
    if (!outcome.ok) {
      setMessage({
        ok: false,
        text:
          outcome.error.code === 'TABLE_IN_USE'
            ? `${errorText(t, outcome.error)} ${at('inUse')}`
            : errorText(t, outcome.error),
      });
      return;
    }
    const created = Object.keys(outcome.value.created).length;
    const sorted = [...outcome.value.zones].sort((a, b) => a.sort - b.sort);
    setPlanZones(sorted);
    dispatch({ type: 'load', zones: sorted });
    setMessage({
      ok: true,
      text:
        created || outcome.value.removed
          ? at('savedDetail', { created, removed: outcome.value.removed })
          : at('saved'),
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey) {
      const target = event.target as HTMLElement;
      if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
      event.preventDefault();
      dispatch({ type: 'undo' });
    }
  }

  return (
    <div onKeyDown={onKeyDown} className="space-y-4">
      <div
        role="toolbar"
        aria-label={at('toolbar')}
        className={`${panelClass({ padded: false })} flex flex-wrap items-end gap-3 p-3`}
      >
        <div className="min-w-36">
          <label htmlFor="layout-table" className="mb-1 block text-xs font-medium text-mist">
            {at('table.choose')}
          </label>
          <select
            id="layout-table"
            value={state.selected ?? ''}
            onChange={(e) => dispatch({ type: 'select', ref: e.target.value || null })}
            className={controlClass}
          >
            <option value="">{at('table.none')}</option>
            {planZones.map((zone) => (
              <optgroup key={zone.id} label={name(zone)}>
                {state.tables
                  .filter((table) => table.zoneId === zone.id)
                  .map((table) => (
                    <option key={table.ref} value={table.ref}>
                      {table.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        {editable && (
          <>
            <div className="min-w-36">
              <label htmlFor="layout-add-zone" className="mb-1 block text-xs font-medium text-mist">
                {at('addIn')}
              </label>
              <select
                id="layout-add-zone"
                value={addZone}
                onChange={(e) => setAddZone(e.target.value)}
                className={controlClass}
              >
                {planZones.map((zone) => (
                  <option key={zone.id} value={zone.id}>
                    {name(zone)}
                  </option>
                ))}
              </select>
            </div>
            <Button onClick={add}>{at('add')}</Button>
            <span className="hidden grow sm:block" />
            <Button
              title={at('undoHint')}
              disabled={state.past.length === 0}
              onClick={() => dispatch({ type: 'undo' })}
            >
              {at('undo')}
            </Button>
            <Button disabled={changes === 0} onClick={() => dispatch({ type: 'revert' })}>
              {at('revert')}
            </Button>
            <Button variant="primary" disabled={changes === 0 || save.pending} onClick={askSave}>
              {save.pending ? at('saving') : at('save')}
            </Button>
          </>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className={changes > 0 ? 'font-medium text-amber-200' : 'text-mist'}>
          {changes > 0 ? at('unsaved', { count: changes }) : at('clean')}
        </p>
        <p role="status" className={message?.ok === false ? 'text-rose-200' : 'text-emerald-200'}>
          {message?.text}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_19rem]">
        <div className={`${panelClass({ padded: false })} min-w-0 bg-night/60 p-2`}>
          <div className="overflow-x-auto">
            <FloorPlan
              zones={planZones}
              tables={state.tables}
              selected={state.selected}
              editable={editable}
              onSelect={(ref) => dispatch({ type: 'select', ref })}
              onMove={(ref, x, y, record) => dispatch({ type: 'move', ref, x, y, record })}
              onDragStart={() => dispatch({ type: 'checkpoint' })}
              onRemove={remove}
            />
          </div>
          <p id="plan-help" className="px-2 pt-2 pb-1 text-xs text-mist">
            {at('planHelp')}
          </p>
          <p aria-live="polite" className="sr-only">
            {announce}
          </p>
        </div>
        <TableInspector
          table={selected}
          tables={state.tables}
          zones={planZones}
          editable={editable}
          dispatch={dispatch}
          onRemove={remove}
        />
      </div>
      <ConfirmDialog
        open={confirming}
        title={at('confirmTitle')}
        description={at('confirmText', { labels: removed.map((table) => table.label).join(', ') })}
        confirmLabel={at('confirmYes')}
        keepLabel={at('confirmNo')}
        pending={save.pending}
        onConfirm={() => void send()}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
