/**
 * Child process for `runQa`: compiles and explores some scenarios and writes the results as JSON
 * on stdout. Arguments: project root, the scenario files (absolute paths) as a JSON array, and the
 * explore options as JSON.
 */
import { qaFile } from './index.ts';

const [root, files, options] = process.argv.slice(2);
if (!root || !files) {
  console.error('usage: worker.ts <root> <files-json> [options-json]');
  process.exit(2);
}
const explore = options ? (JSON.parse(options) as object) : {};
const result = (JSON.parse(files) as string[]).flatMap((f) => qaFile(root, f, explore));
process.stdout.write(JSON.stringify(result), () => process.exit(0));
