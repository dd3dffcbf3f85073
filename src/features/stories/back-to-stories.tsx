/** The "← All stories" link that heads every page below the story list. */
export function BackToStories() {
  return (
    <a
      href="#/"
      className="rounded text-sm text-slate-600 hover:text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-400 dark:hover:text-slate-100"
    >
      ← All stories
    </a>
  );
}
