/** `npm run data`: data/stories/* → public/data/stories/*.json (see lib/build-story-data.ts). */
import { fileURLToPath } from 'node:url';
import { buildStoryData } from './lib/build-story-data';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = process.env['PARALLAX_DATA_DIR'] ?? `${root}data/stories`;
const outDir = process.env['PARALLAX_OUT_DIR'] ?? `${root}public/data/stories`;

const result = await buildStoryData(dataDir, outDir);
if (result.ok) {
  const articles = result.value.reduce((n, s) => n + s.articleCount, 0);
  process.stdout.write(
    `data: ${result.value.length} ${result.value.length === 1 ? 'story' : 'stories'}, ${articles} articles → ${outDir}\n`,
  );
} else {
  process.stderr.write(`data: ${result.error}\n`);
  process.exitCode = 1;
}
