import { useState } from 'react';
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, formatBytes } from './read-import-file';

/** Drop files here, or choose them with the file picker (keyboard: the "Choose files" control). */
export function FileDropZone({ onFiles }: { onFiles: (files: readonly File[]) => void }) {
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
      data-testid="drop-zone"
      className={`rounded-xl border-2 border-dashed p-6 text-center transition ${
        over
          ? 'border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950/40'
          : 'border-slate-300 dark:border-slate-700'
      }`}
    >
      <p className="text-slate-700 dark:text-slate-300">Drop article files here, or</p>
      <label className="mt-3 inline-block cursor-pointer rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600 hover:bg-indigo-800 dark:bg-indigo-400 dark:text-indigo-950 dark:hover:bg-indigo-300">
        Choose files
        <input
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(',')}
          className="sr-only"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
        Plain text, Markdown or saved web pages ({ACCEPTED_EXTENSIONS.join(', ')}), up to{' '}
        {formatBytes(MAX_FILE_BYTES)} each. Files stay in your browser; nothing is uploaded.
      </p>
    </div>
  );
}
