import type { RemovedPiece } from '../../core/index';

/** Removed boilerplate shown back in place, marked as removed with the reason. */
export function RemovedBlock({ pieces }: { pieces: readonly RemovedPiece[] }) {
  if (pieces.length === 0) return null;
  return (
    <div className="my-3 space-y-2">
      {pieces.map((piece) => (
        <div
          key={`${piece.line}-${piece.at}`}
          role="note"
          aria-label={`Removed text: ${piece.explanation}`}
          className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 font-sans text-sm text-slate-600 dark:border-slate-600 dark:bg-slate-800/60 dark:text-slate-400"
        >
          <span className="mb-0.5 block text-xs text-slate-600 dark:text-slate-300">
            <span className="font-semibold tracking-wide uppercase">Removed</span> · {piece.explanation}
          </span>
          <del className="decoration-slate-400/70">{piece.text}</del>
        </div>
      ))}
    </div>
  );
}
