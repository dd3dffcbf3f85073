/**
 * The import form's content outlives the page within the tab: leaving for a story (or clicking the
 * header by mistake) and coming back finds every file, pasted text and field as it was. Kept in memory
 * only: pasted articles can be large and are the user's, so they are not written to storage.
 */
import type { FileEntry, PasteEntry } from './import-entries';
import { EMPTY_META } from './prepare-import';

export interface ImportDraft {
  readonly title: string;
  readonly files: readonly FileEntry[];
  readonly pastes: readonly PasteEntry[];
}

let kept: ImportDraft | null = null;
let sequence = 0;

/** A key unique in this tab, for a new file or paste entry. */
export const newEntryKey = (): string => `import-${sequence++}`;

/** A new, empty pasted article. */
export const newPaste = (): PasteEntry => ({ key: newEntryKey(), text: '', meta: EMPTY_META });

/** The form as last left, or a fresh one with one empty paste box. */
export function loadImportDraft(): ImportDraft {
  return kept ?? { title: '', files: [], pastes: [newPaste()] };
}

/** Remember the form; files still being read are left out (they are added again in a moment). */
export function keepImportDraft(draft: ImportDraft): void {
  kept = { ...draft, files: draft.files.filter((f) => f.reading !== null) };
}

/** Forget the form (tests; a fresh start). */
export function clearImportDraft(): void {
  kept = null;
}
