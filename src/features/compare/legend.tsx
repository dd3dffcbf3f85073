import { SHORTCUTS } from './use-compare-keys';

const FOCUS =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/** What the highlights mean: shared (colour + underline + number), only here (dotted), discrepancy marker. */
export function Legend() {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
    >
      <li className="flex items-center gap-1.5">
        <span className="rounded-sm bg-sky-100 px-1 underline decoration-sky-600 decoration-2 underline-offset-2 dark:bg-sky-400/15 dark:decoration-sky-300">
          Shared
          <sup
            aria-hidden="true"
            className="ml-0.5 rounded bg-sky-700 px-1 text-[0.6rem] font-bold text-white no-underline dark:bg-sky-300 dark:text-slate-950"
          >
            1
          </sup>
        </span>
        <span>by several sources</span>
      </li>
      <li className="flex items-center gap-1.5">
        <span className="underline decoration-slate-400 decoration-dotted underline-offset-2">Only here</span>
        <span>in one source</span>
      </li>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="rounded-full bg-red-700 px-1.5 text-[0.6rem] font-bold text-white dark:bg-red-300 dark:text-slate-950"
        >
          #
        </span>
        <span title="# number, D date, W who did it, A attribution, “ quote, N name or title, S spelling">
          sources disagree (# number, D date, W who, A attribution, “ quote, N name)
        </span>
      </li>
    </ul>
  );
}

/** The keyboard shortcuts, in a disclosure that `?` also opens. */
export function ShortcutsHelp({ open, onToggle }: { open: boolean; onToggle: (open: boolean) => void }) {
  return (
    <details
      open={open}
      onToggle={(e) => {
        const next = (e.currentTarget as HTMLDetailsElement).open;
        if (next !== open) onToggle(next);
      }}
      className="relative text-sm"
    >
      <summary
        className={`cursor-pointer list-none rounded-md border border-slate-300 px-2.5 py-1 font-medium text-slate-700 select-none hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 ${FOCUS}`}
      >
        Keyboard shortcuts
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <table className="w-full text-left">
          <caption className="sr-only">Keyboard shortcuts</caption>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td className="py-0.5 pr-3">
                  {s.keys.map((k) => (
                    <kbd
                      key={k}
                      className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
                    >
                      {k}
                    </kbd>
                  ))}
                </td>
                <td className="py-0.5 text-slate-700 dark:text-slate-300">{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          Tab moves through every claim and control.
        </p>
      </div>
    </details>
  );
}
