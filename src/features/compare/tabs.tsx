import type { KeyboardEvent, ReactNode } from 'react';
import type { Article } from '../../core/index';

const FOCUS =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/** Arrow-key movement between tabs (WAI-ARIA tabs pattern, automatic activation). */
function onTabKeys<T>(e: KeyboardEvent, ids: readonly T[], current: T, activate: (id: T) => void) {
  const at = ids.indexOf(current);
  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
  if (!step || at < 0) return;
  e.preventDefault();
  const next = ids[(at + step + ids.length) % ids.length] as T;
  activate(next);
  const list = (e.currentTarget as HTMLElement).closest('[role="tablist"]');
  requestAnimationFrame(() => list?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
}

const tabClass = (selected: boolean) =>
  `-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${FOCUS} ${
    selected
      ? 'border-slate-900 text-slate-900 dark:border-slate-100 dark:text-slate-50'
      : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
  }`;

/** Narrow screens: one tab per source above a single column. */
export function SourceTabs(props: {
  articles: readonly Article[];
  active: string | null;
  onActivate: (id: string) => void;
  label: (article: Article) => string;
}) {
  const ids = props.articles.map((a) => a.id);
  return (
    <div
      role="tablist"
      aria-label="Sources"
      className="flex overflow-x-auto border-b border-slate-200 px-2 dark:border-slate-800"
    >
      {props.articles.map((a) => {
        const selected = a.id === props.active;
        return (
          <button
            key={a.id}
            id={`tab-${a.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onActivate(a.id)}
            onKeyDown={(e) => onTabKeys(e, ids, props.active ?? '', props.onActivate)}
            className={tabClass(selected)}
          >
            {props.label(a)}
          </button>
        );
      })}
    </div>
  );
}

type SidebarTab = 'discrepancies' | 'overview';

/** The sidebar's two views: the discrepancy list and the coverage overview. */
export function SidebarTabs(props: {
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  discrepancyCount: number;
  discrepancies: ReactNode;
  overview: ReactNode;
}) {
  const tabs: readonly SidebarTab[] = ['discrepancies', 'overview'];
  const names: Record<SidebarTab, string> = {
    discrepancies: `Disagreements (${props.discrepancyCount})`,
    overview: 'Coverage',
  };
  return (
    <div>
      <div
        role="tablist"
        aria-label="Story details"
        className="mb-4 flex border-b border-slate-200 dark:border-slate-700"
      >
        {tabs.map((t) => (
          <button
            key={t}
            id={`sidebar-tab-${t}`}
            type="button"
            role="tab"
            aria-selected={props.tab === t}
            aria-controls={`sidebar-panel-${t}`}
            tabIndex={props.tab === t ? 0 : -1}
            onClick={() => props.onTab(t)}
            onKeyDown={(e) => onTabKeys(e, tabs, props.tab, props.onTab)}
            className={tabClass(props.tab === t)}
          >
            {names[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sidebar-panel-${props.tab}`} aria-labelledby={`sidebar-tab-${props.tab}`}>
        {props.tab === 'discrepancies' ? props.discrepancies : props.overview}
      </div>
    </div>
  );
}
