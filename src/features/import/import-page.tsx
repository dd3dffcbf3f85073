import { useEffect, useMemo, useState } from 'react';
import { EMPTY_VIEW_STATE, encodeViewState } from '../../core/index';
import { extractHtmlFromString } from '../../platform/html/extract-html-string';
import { FileDropZone } from './file-drop-zone';
import { keepImportDraft, loadImportDraft, newEntryKey, newPaste } from './import-draft';
import { FileItem, PasteItem, type FileEntry, type PasteEntry } from './import-entries';
import { localSlugFor, saveLocalStory } from './local-stories';
import { EMPTY_META, findDuplicates, isBlank, prepareImport, type DraftArticle } from './prepare-import';
import { readImportFile } from './read-import-file';
import { AnalysisProgress, ImportReportBox, type ImportReport } from './import-status';
import { useAnalysis } from './use-analysis';
import { BackToStories } from '../stories/back-to-stories';

const pasteLabel = (i: number) => `Pasted article ${i + 1}`;

function toDrafts(files: readonly FileEntry[], pastes: readonly PasteEntry[]): DraftArticle[] {
  const out: DraftArticle[] = [];
  for (const f of files)
    if (f.reading?.status === 'ok')
      out.push({
        key: f.key,
        origin: 'file',
        label: f.name,
        file: f.name,
        text: f.reading.text,
        html: f.reading.html,
        meta: f.meta,
      });
  pastes.forEach((p, i) =>
    out.push({
      key: p.key,
      origin: 'paste',
      label: pasteLabel(i),
      file: null,
      text: p.text,
      html: false,
      meta: p.meta,
    }),
  );
  return out;
}

/** "Compare your own articles": files and pasted texts in, the compare view of the imported story out. */
export function ImportPage() {
  const [initial] = useState(loadImportDraft);
  const [title, setTitle] = useState(initial.title);
  const [files, setFiles] = useState<readonly FileEntry[]>(initial.files);
  const [pastes, setPastes] = useState<readonly PasteEntry[]>(initial.pastes);
  useEffect(() => {
    keepImportDraft({ title, files, pastes });
  }, [title, files, pastes]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const { running, progress, start, cancel } = useAnalysis();

  const drafts = useMemo(() => toDrafts(files, pastes), [files, pastes]);
  const duplicates = useMemo(() => findDuplicates(drafts), [drafts]);

  const addFiles = (list: readonly File[]) => {
    const added = list.map((file) => ({ file, key: newEntryKey() }));
    setFiles((prev) => [
      ...prev,
      ...added.map(({ file, key }) => ({
        key,
        name: file.name,
        size: file.size,
        reading: null,
        meta: EMPTY_META,
      })),
    ]);
    for (const { file, key } of added)
      void readImportFile(file).then((reading) =>
        setFiles((prev) => prev.map((f) => (f.key === key ? { ...f, reading } : f))),
      );
  };

  const submit = async () => {
    setReport(null);
    const prepared = prepareImport(drafts, (html) => extractHtmlFromString(html));
    if (prepared.invalid.length > 0) {
      setReport({
        tone: 'error',
        title: 'Please correct these details first:',
        items: prepared.invalid.map((i) => i.message),
      });
      return;
    }
    if (prepared.inputs.length < 2) {
      const have =
        prepared.inputs.length === 0
          ? 'There is no usable article yet.'
          : `There is one usable article (${prepared.labels[0]}).`;
      setReport({
        tone: 'error',
        title: 'A comparison needs at least two articles.',
        items: [
          `${have} Add another file or paste a second article; nothing you entered was lost.`,
          ...prepared.skipped.map((s) => s.message),
        ],
      });
      return;
    }
    const outcome = await start(prepared.inputs);
    if (!outcome) return;
    // Name each problem as the form does ("Pasted article 2"), not by the made-up file name.
    const labelOf = new Map(
      prepared.inputs.map((input, i) => [input.file, prepared.labels[i] ?? input.file]),
    );
    const problems = outcome.problems.map((p) => `${labelOf.get(p.file) ?? p.file}: ${p.message}.`);
    if (!outcome.ok) {
      setReport({
        tone: 'error',
        title: outcome.message,
        items: [...prepared.skipped.map((s) => s.message), ...problems],
      });
      return;
    }
    const slug = localSlugFor(prepared.inputs);
    const storyTitle = title.trim() || outcome.analysis.articles[0]?.title || 'Imported story';
    const kept = saveLocalStory({
      bundle: { slug, title: storyTitle, analysis: outcome.analysis },
      path: outcome.path,
    });
    const href = encodeViewState({ ...EMPTY_VIEW_STATE, story: slug });
    const notes = [...prepared.skipped.map((s) => s.message), ...problems];
    if (!kept)
      notes.push('The story is too large to keep across a reload of this tab; it stays open until then.');
    if (notes.length === 0) {
      window.location.hash = href;
      return;
    }
    setReport({
      tone: 'success',
      title: `Compared ${outcome.analysis.articles.length} articles.`,
      items: notes,
      href,
    });
  };

  const usableCount = drafts.filter((d) => !isBlank(d.text) && !duplicates.has(d.key)).length;
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-10 sm:px-6">
      <BackToStories />
      <h1 className="mt-1 font-serif text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl dark:text-slate-50">
        Compare your own articles
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
        Bring two or more reports of the same event. Parallax reads them in your browser, finds what they
        agree on and where they differ. Nothing leaves this tab.
      </p>
      <form
        className="mt-8 grid gap-8"
        aria-busy={running}
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) void submit();
        }}
      >
        <label
          htmlFor="import-title"
          className="block text-sm font-medium text-slate-800 dark:text-slate-200"
        >
          Story title <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
          <input
            id="import-title"
            type="text"
            value={title}
            placeholder="What happened?"
            onChange={(e) => setTitle(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
        </label>
        <section aria-labelledby="import-files-heading">
          <h2
            id="import-files-heading"
            className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-100"
          >
            Files
          </h2>
          <FileDropZone onFiles={addFiles} />
          {files.length > 0 && (
            <ul aria-label="Chosen files" className="mt-4 grid gap-3">
              {files.map((f) => (
                <FileItem
                  key={f.key}
                  entry={f}
                  duplicateOf={duplicates.get(f.key) ?? null}
                  onMeta={(meta) =>
                    setFiles((prev) => prev.map((x) => (x.key === f.key ? { ...x, meta } : x)))
                  }
                  onRemove={() => setFiles((prev) => prev.filter((x) => x.key !== f.key))}
                />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="import-paste-heading" className="grid gap-4">
          <h2 id="import-paste-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
            Pasted articles
          </h2>
          {pastes.map((p, i) => (
            <PasteItem
              key={p.key}
              entry={p}
              label={pasteLabel(i)}
              duplicateOf={duplicates.get(p.key) ?? null}
              onChange={(next) => setPastes((prev) => prev.map((x) => (x.key === p.key ? next : x)))}
              onRemove={() => setPastes((prev) => prev.filter((x) => x.key !== p.key))}
            />
          ))}
          <button
            type="button"
            onClick={() => setPastes((prev) => [...prev, newPaste()])}
            className="justify-self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            + Paste another article
          </button>
        </section>
        {report && <ImportReportBox report={report} />}
        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-4 backdrop-blur sm:-mx-6 sm:px-6 dark:border-slate-800 dark:bg-slate-950/95">
          <button
            type="submit"
            disabled={running}
            className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60 dark:bg-indigo-400 dark:text-indigo-950 dark:hover:bg-indigo-300"
          >
            Compare articles
          </button>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {usableCount} article{usableCount === 1 ? '' : 's'} ready
          </span>
          {running && <AnalysisProgress store={progress} articles={usableCount} onCancel={cancel} />}
        </div>
      </form>
    </div>
  );
}
