/** `npm run --silent analyze -- [--json] <story-folder | files...>` (see lib/run-analyze.ts). */
import { pathToFileURL } from 'node:url';
import { runAnalyze } from './lib/run-analyze';

export { runAnalyze } from './lib/run-analyze';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.on('error', () => undefined); // a closed pipe (`| head`) is not an error
  process.exitCode = await runAnalyze(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
