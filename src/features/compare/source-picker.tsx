/**
 * The source picker of the wide compare view: when a story has more articles than fit side by
 * side, checkboxes choose which sources get a column (up to MAX_COLUMNS).
 */
import { outletName, type CompareIndex } from './compare-index';

/** Most columns shown side by side; beyond that a source picker chooses which. */
export const MAX_COLUMNS = 6;

/**
 * Checkboxes choosing the sources shown as columns. Once MAX_COLUMNS are on, the others are
 * disabled, so the columns never grow too narrow to read; unticking one frees a place.
 */
export function SourcePicker(props: {
  index: CompareIndex;
  visible: readonly string[];
  onChange: (ids: readonly string[]) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 px-6 py-2 text-sm dark:border-slate-800">
      <legend className="sr-only">Sources shown (up to {MAX_COLUMNS})</legend>
      <span aria-hidden="true" className="font-medium text-slate-700 dark:text-slate-300">
        Sources shown:
      </span>
      {props.index.articles.map((a) => {
        const on = props.visible.includes(a.id);
        return (
          <label key={a.id} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={on}
              disabled={!on && props.visible.length >= MAX_COLUMNS}
              onChange={() =>
                props.onChange(on ? props.visible.filter((id) => id !== a.id) : [...props.visible, a.id])
              }
            />
            {outletName(props.index, a.id)}
          </label>
        );
      })}
    </fieldset>
  );
}
