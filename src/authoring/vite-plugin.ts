/**
 * The Vite side of the authoring pipeline.
 *
 * - `virtual:swsim/catalogue` exports the scenario catalogue, the frameworks, any build problems
 *   (dev only) and a loader per scenario that fetches its compiled story on demand.
 * - `virtual:swsim/story/<id>` exports one compiled story as a JSON *string* (floats stay floats).
 *
 * In `vite build` any error fails the build with `stories/x.ink:12: error: ...`. In dev the page
 * keeps working: problems show in Vite's overlay and in the app, and saving an .ink reloads it.
 */
import { resolve } from 'node:path';
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite';
import { buildStories, type StoriesBuild } from './build.ts';
import { formatDiagnostic } from './diagnostics.ts';

const CATALOGUE = 'virtual:swsim/catalogue';
const STORY_PREFIX = 'virtual:swsim/story/';
const RESOLVED = '\0';

function errorCount(build: StoriesBuild): number {
  return build.diagnostics.filter((d) => d.severity === 'error').length;
}

/** Vite's error overlay for the first story error (with every error listed in the message). */
function overlayFor(build: StoriesBuild, root: string): ErrorPayload | null {
  const errors = build.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  return {
    type: 'error',
    err: {
      message: `The stories have ${errors.length} error(s):\n${errors.map(formatDiagnostic).join('\n')}`,
      stack: '',
      id: resolve(root, first.file),
      loc: { file: resolve(root, first.file), line: first.line, column: 1 },
      plugin: 'swsim-ink-stories',
    },
  };
}

export function inkStories(options: { root?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  let isBuild = false;
  let cached: StoriesBuild | null = null;
  let server: ViteDevServer | null = null;

  const current = (): StoriesBuild => (cached ??= buildStories(root));

  function report(build: StoriesBuild): void {
    if (process.env.VITEST) return;
    const lines = build.diagnostics.map(formatDiagnostic);
    if (lines.length > 0) console.log(`\n[stories]\n${lines.join('\n')}\n`);
  }

  return {
    name: 'swsim-ink-stories',
    enforce: 'pre',
    configResolved(config) {
      root = options.root ?? config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      cached = null;
      const build = current();
      report(build);
      for (const f of build.files) this.addWatchFile(f);
      const errors = build.diagnostics.filter((d) => d.severity === 'error');
      if (isBuild && errors.length > 0) {
        this.error(`The stories have ${errors.length} error(s):\n${errors.map(formatDiagnostic).join('\n')}`);
      }
    },
    resolveId(id) {
      if (id === CATALOGUE || id.startsWith(STORY_PREFIX)) return RESOLVED + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const bare = id.slice(RESOLVED.length);
      const build = current();
      if (bare === CATALOGUE) {
        const loaders = build.catalogue.scenarios
          .map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(STORY_PREFIX + s.id)}).then((m) => m.default),`)
          .join('\n');
        const problems = isBuild ? [] : build.diagnostics;
        return {
          code: [
            `export const catalogue = ${JSON.stringify(build.catalogue)};`,
            `export const frameworks = ${JSON.stringify(build.frameworks)};`,
            `export const problems = ${JSON.stringify(problems)};`,
            `export const loaders = {\n${loaders}\n};`,
          ].join('\n'),
          moduleType: 'js',
        };
      }
      if (bare.startsWith(STORY_PREFIX)) {
        const scenario = build.scenarios.find((s) => s.id === bare.slice(STORY_PREFIX.length));
        if (!scenario?.json) this.error(`No compiled story for ${bare}: run npm run stories:check to see why.`);
        return { code: `export default ${JSON.stringify(scenario.json)};`, moduleType: 'js' };
      }
      return null;
    },
    configureServer(devServer) {
      server = devServer;
      const watched = [resolve(root, 'stories'), resolve(root, 'assets')];
      devServer.watcher.add(watched);
      const onChange = (file: string): void => {
        if (!/\.(ink|json|svg)$/.test(file) || !watched.some((w) => file.startsWith(w))) return;
        cached = null;
        const build = current();
        report(build);
        const graph = server?.moduleGraph;
        for (const mod of [...(graph?.idToModuleMap.values() ?? [])]) {
          if (mod.id?.startsWith(RESOLVED + CATALOGUE) || mod.id?.startsWith(RESOLVED + STORY_PREFIX)) graph?.invalidateModule(mod);
        }
        server?.ws.send({ type: 'custom', event: 'swsim:stories-changed', data: { errors: errorCount(build) } });
        // Always reload: the page lists story errors (file, line, what to do) on every screen, and
        // the overlay below is shown again to the reloaded page when it reconnects.
        server?.ws.send({ type: 'full-reload' });
      };
      devServer.ws.on('connection', () => {
        const overlay = overlayFor(current(), root);
        if (overlay) setTimeout(() => server?.ws.send(overlay), 300);
      });
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
  };
}
