/**
 * The "Shared passage" label on the first highlighted run of each passage: a CSS pseudo-element on
 * `mark[data-passage-start]`, so the label is seen and read by assistive technology but is not part
 * of the text (selections, offsets and copied text stay exactly the article's).
 */
const CSS = `
mark[data-passage-start]::before {
  content: 'Shared passage';
  display: inline-block;
  margin-right: 0.35em;
  padding: 0 0.4em;
  border-radius: 0.25rem;
  font: 600 0.65rem/1.15rem ui-sans-serif, system-ui, sans-serif;
  letter-spacing: 0.03em;
  text-transform: uppercase;
  vertical-align: 0.12em;
  background: #854d0e;
  color: #fff;
  user-select: none;
}
.dark mark[data-passage-start]::before { background: #fde68a; color: #422006; }
`;

/** Renders the label style once (React 19 hoists and dedupes it by `href`). */
export function PassageLabelStyle() {
  return (
    <style href="parallax-shared-passage-label" precedence="default">
      {CSS}
    </style>
  );
}
