// Tabs, two ways: WAI-ARIA tabs that switch panels in place (`Tabs`), and a section's navigation
// whose tabs are links to its pages (`TabNav`). One look for both: gold pills for guests, an
// underlined row in the staff app.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { NavLink } from 'react-router';

const LIST =
  'flex w-fit max-w-full rounded-full border border-gold/30 bg-night/60 p-1 compact:w-auto compact:gap-1 compact:overflow-x-auto compact:rounded-none compact:border-x-0 compact:border-t-0 compact:border-white/10 compact:bg-transparent compact:p-0';

function tabClass(active: boolean): string {
  return `inline-flex min-h-11 shrink-0 items-center rounded-full px-5 text-sm font-medium whitespace-nowrap transition-colors compact:-mb-px compact:min-h-10 compact:rounded-none compact:border-b-2 compact:px-3 ${
    active
      ? 'bg-gold text-night compact:border-gold compact:bg-transparent compact:text-cream'
      : 'text-cream hover:text-gold-bright compact:border-transparent compact:text-mist compact:hover:text-cream'
  }`;
}

export interface TabItem {
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * WAI-ARIA tabs: arrow keys, Home and End move between tabs (and select them), Tab goes into the
 * panel. Give the component a `key` to start again from the first tab.
 */
export function Tabs({ label, tabs }: { label: string; tabs: readonly TabItem[] }) {
  const base = useId();
  const [chosen, setChosen] = useState(tabs[0]?.id);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const selected = tabs.find((tab) => tab.id === chosen) ?? tabs[0];

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === selected?.id);
    const next = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (!tab) return;
    setChosen(tab.id);
    buttons.current.get(tab.id)?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className={LIST}>
        {tabs.map((tab) => {
          const active = tab.id === selected?.id;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${base}-panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => setChosen(tab.id)}
              className={tabClass(active)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {selected && (
        <div
          role="tabpanel"
          id={`${base}-panel-${selected.id}`}
          aria-labelledby={`${base}-tab-${selected.id}`}
          tabIndex={0}
          className="pt-3 focus-visible:outline-offset-2"
        >
          {selected.panel}
        </div>
      )}
    </div>
  );
}

export interface TabLink {
  to: string;
  label: string;
  /** Current only on this exact address (an index page), not on the pages below it. */
  end?: boolean;
}

/** A section's pages as tabs: links, the current one marked (aria-current) and highlighted. */
export function TabNav({
  label,
  tabs,
  className = '',
}: {
  label: string;
  tabs: readonly TabLink[];
  className?: string;
}) {
  return (
    <nav aria-label={label} className={`${LIST} ${className}`}>
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) => tabClass(isActive)}
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
