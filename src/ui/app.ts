/**
 * The trainee app: page chrome (header, settings, pause and step out) and routing between the
 * scenario list, the start screen, play and the debrief. Words live in the DOM; the Phaser stage
 * is loaded lazily by the play screen and is never needed to play.
 */
import { catalogue, frameworks, loaders, problems } from 'virtual:swsim/catalogue';
import type { ScenarioMeta } from '../schemas/scenario.ts';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../schemas/settings.ts';
import { h, replace } from './dom.ts';
import { createStore, type Store } from './storage.ts';
import { openSettings } from './settings-dialog.ts';
import { openPause, type PauseHandler } from './pause.ts';
import { renderList } from './screens/list.ts';
import { renderStart } from './screens/start.ts';
import { renderPlay } from './screens/play.ts';

export const SETTINGS_KEY = 'swsim:settings';
export const saveKey = (scenarioId: string): string => `swsim:save:${scenarioId}`;
export const LOG_PREFIX = 'swsim:log:';

export interface AppContext {
  readonly scenarios: readonly ScenarioMeta[];
  readonly frameworks: typeof frameworks;
  readonly problems: typeof problems;
  readonly loadStory: (id: string) => Promise<string>;
  readonly store: Store;
  readonly main: HTMLElement;
  settings: Settings;
  updateSettings(patch: Partial<Settings>): void;
  /** Changes screen. `push` adds a history entry (default true). */
  navigate(params: Record<string, string>, push?: boolean): void;
  /** Updates the address bar without changing screen (so a reload returns to the same place). */
  setUrl(params: Record<string, string>): void;
  setTitle(title: string): void;
  /** The play screen registers what pausing means while a scenario runs. */
  setPauseHandler(handler: PauseHandler | null): void;
  /** Releases what the current screen holds (stage, audio, listeners). */
  setCleanup(cleanup: (() => void) | null): void;
}

export function startApp(root: HTMLElement): void {
  const store = createStore();
  const settings = loadSettings(store);
  applySettings(settings);

  const main = h('main', { id: 'main', tabindex: '-1' });
  let pauseHandler: PauseHandler | null = null;
  let cleanup: (() => void) | null = null;

  const pauseButton = h('button', { type: 'button', className: 'pause', 'aria-haspopup': 'dialog' }, 'Pause and step out');
  const settingsButton = h('button', { type: 'button', className: 'quiet', 'aria-haspopup': 'dialog' }, 'Settings');
  const header = h(
    'header',
    { className: 'site-header' },
    h('a', { className: 'brand', href: './' }, 'Social work practice simulator ', h('span', {}, 'mental health')),
    h('nav', { className: 'header-actions', 'aria-label': 'Page tools' }, settingsButton, pauseButton),
  );
  const footer = h(
    'footer',
    { className: 'site-footer' },
    h('p', {}, 'A training simulator. Everything you do stays in this browser unless you download it. Scenarios are fictional; any resemblance to real people is coincidence.'),
    h('p', {}, 'Tutors and cohort leads: ', h('a', { href: 'review.html' }, 'open the review dashboard'), ' to read trainees\u2019 decision logs.'),
  );
  // Development only: a story with errors stays visible on every screen until it is fixed.
  const storyErrors = problems.filter((p) => p.severity === 'error');
  const banner = storyErrors.length > 0
    ? h(
        'div',
        { className: 'notice error author-problems', role: 'alert' },
        h('h2', {}, `The story files have ${storyErrors.length} error${storyErrors.length === 1 ? '' : 's'}`),
        h('p', {}, 'Scenarios with errors are left out until they are fixed. Fix these lines and save; the page reloads by itself.'),
        h('pre', { className: 'problem' }, storyErrors.map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`).join('\n')),
      )
    : null;
  replace(root, header, banner, main, footer);

  const ctx: AppContext = {
    scenarios: catalogue.scenarios,
    frameworks,
    problems,
    loadStory: async (id) => {
      const loader = loaders[id];
      if (!loader) throw new Error(`No scenario called '${id}'.`);
      return loader();
    },
    store,
    main,
    settings,
    updateSettings(patch) {
      ctx.settings = SettingsSchema.parse({ ...ctx.settings, ...patch });
      store.set(SETTINGS_KEY, JSON.stringify(ctx.settings));
      applySettings(ctx.settings);
      window.dispatchEvent(new CustomEvent('swsim:settings', { detail: ctx.settings }));
    },
    navigate(params, push = true) {
      const url = new URL(window.location.href);
      url.search = new URLSearchParams(params).toString();
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      route();
    },
    setUrl(params) {
      const url = new URL(window.location.href);
      url.search = new URLSearchParams(params).toString();
      window.history.replaceState(null, '', url);
    },
    setTitle(title) {
      document.title = `${title} · Social work simulator`;
    },
    setPauseHandler(handler) {
      pauseHandler = handler;
    },
    setCleanup(next) {
      cleanup = next;
    },
  };

  settingsButton.addEventListener('click', () => openSettings(ctx, settingsButton));
  pauseButton.addEventListener('click', () => openPause(ctx, pauseHandler, pauseButton));

  function route(): void {
    cleanup?.();
    cleanup = null;
    pauseHandler = null;
    const params = new URLSearchParams(window.location.search);
    const id = params.get('scenario');
    const view = params.get('view');
    if (!id) {
      renderList(ctx);
    } else {
      const meta = ctx.scenarios.find((s) => s.id === id);
      if (!meta) renderUnknown(ctx, id);
      else if (view === 'play' || view === 'debrief') void renderPlay(ctx, meta);
      else renderStart(ctx, meta);
    }
  }

  window.addEventListener('popstate', route);
  route();
}

function renderUnknown(ctx: AppContext, id: string): void {
  ctx.setTitle('Scenario not found');
  replace(
    ctx.main,
    h('h1', {}, 'Scenario not found'),
    h('div', { className: 'notice warn' }, h('p', {}, `There is no scenario called "${id}". It may have been renamed or removed.`)),
    h('p', {}, h('a', { href: './' }, 'See all scenarios')),
  );
  ctx.main.focus();
}

function loadSettings(store: Store): Settings {
  const raw = store.get(SETTINGS_KEY);
  if (!raw) return DEFAULT_SETTINGS;
  try {
    return SettingsSchema.parse(JSON.parse(raw));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function applySettings(settings: Settings): void {
  const root = document.documentElement;
  root.dataset.textSize = settings.textSize;
  root.dataset.contrast = settings.contrast;
  root.dataset.motion = settings.motion;
}

/** Reduced motion from the setting, or from the system when the setting says "system". */
export function motionReduced(settings: Settings): boolean {
  if (settings.motion === 'reduced') return true;
  if (settings.motion === 'full') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
