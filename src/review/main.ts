/**
 * The cohort review dashboard (`/review.html`). Cohort leads load the decision logs trainees
 * handed in (many .json files or .zip files, by the file input or by dropping them on the page)
 * and see the cohort's attempts, choices, profile against the standards, paths and timings, can
 * replay one attempt, export every decision as CSV and print.
 *
 * Offline by design: no network, no Phaser, no ink. Files are read in this tab only. The heavy work
 * runs in a Web Worker (src/review/worker.ts), or in the page where workers are unavailable.
 * Everything from a log is rendered as text through h().
 */
import '../ui/styles.css';
import './review.css';
import { catalogue, frameworks } from 'virtual:swsim/catalogue';
import { SettingsSchema, type Settings } from '../schemas/settings.ts';
import { announce, download, h, replace } from '../ui/dom.ts';
import { createStore } from '../ui/storage.ts';
import { cohortCsvFilename } from '../export/names.ts';
import { createBackend, type Backend } from './backend.ts';
import type { Progress } from './ingest.ts';
import type { Filter, ViewModel } from './types.ts';
import { attemptsTable, type SortKey, type SortState } from './views/attempts.ts';
import { filtersForm } from './views/filters.ts';
import { formatCount, percent, plural } from './views/format.ts';
import { frameworkSection } from './views/profile.ts';
import { replaySection } from './views/replay.ts';
import { loadReport } from './views/report.ts';
import { scenarioSection } from './views/scenario.ts';

const SETTINGS_KEY = 'swsim:settings';
const PAGE_SIZE = 50;

const store = createStore();
function readSettings(): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(store.get(SETTINGS_KEY) ?? '{}');
  } catch {
    raw = {};
  }
  return SettingsSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
}
let settings = readSettings();
function applySettings(): void {
  const root = document.documentElement;
  root.dataset.textSize = settings.textSize;
  root.dataset.contrast = settings.contrast;
  root.dataset.motion = settings.motion === 'system' ? '' : settings.motion;
}
function updateSettings(patch: Partial<Settings>): void {
  settings = { ...settings, ...patch };
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  applySettings();
}
applySettings();

interface State {
  filter: Filter;
  sort: SortState;
  limit: number;
  view: ViewModel | null;
  busy: boolean;
  replayOpener: string | null;
}
const state: State = { filter: {}, sort: { key: 'date', dir: 'ascending' }, limit: PAGE_SIZE, view: null, busy: false, replayOpener: null };

// ---------- page skeleton ----------
const contrastButton = h('button', { type: 'button', className: 'quiet', 'aria-pressed': String(settings.contrast === 'high') }, 'High contrast');
contrastButton.addEventListener('click', () => {
  updateSettings({ contrast: settings.contrast === 'high' ? 'standard' : 'high' });
  contrastButton.setAttribute('aria-pressed', String(settings.contrast === 'high'));
});
const sizeSelect = h(
  'select',
  { id: 'text-size', className: 'compact' },
  (['normal', 'large', 'larger', 'largest'] as const).map((v) => h('option', { value: v, selected: settings.textSize === v }, v[0]!.toUpperCase() + v.slice(1))),
);
sizeSelect.addEventListener('change', () => updateSettings({ textSize: sizeSelect.value as Settings['textSize'] }));

const header = h(
  'header',
  { className: 'site-header' },
  h('a', { className: 'brand', href: './' }, 'Social work practice simulator ', h('span', {}, 'cohort review')),
  h(
    'div',
    { className: 'header-actions', role: 'group', 'aria-label': 'Display' },
    h('label', { for: 'text-size', className: 'inline' }, 'Text size'),
    sizeSelect,
    contrastButton,
  ),
);

const fileInput = h('input', { type: 'file', id: 'log-files', multiple: true, accept: '.json,.zip,application/json,application/zip' });
const progress = h('progress', { id: 'load-progress', max: 1, value: 0 });
const progressLabel = h('label', { for: 'load-progress', id: 'load-progress-label' }, 'Loading…');
const progressBox = h('div', { className: 'load-progress', hidden: true }, progressLabel, progress);
const loadStatus = h('p', { className: 'load-status', role: 'status' });
const clearButton = h('button', { type: 'button', className: 'quiet', hidden: true }, 'Remove all loaded logs');
const loadSection = h(
  'section',
  { className: 'card load', 'aria-labelledby': 'load-heading', id: 'load' },
  h('h2', { id: 'load-heading' }, 'Logs'),
  h('label', { for: 'log-files' }, 'Load decision logs'),
  h(
    'p',
    { className: 'hint', id: 'log-files-hint' },
    'Choose the .json decision logs your trainees handed in, or .zip files of them; you can choose many at once. You can also drop them anywhere on this page. Load more at any time: copies of an attempt you already have are merged.',
  ),
  fileInput,
  progressBox,
  loadStatus,
  clearButton,
);
fileInput.setAttribute('aria-describedby', 'log-files-hint');

const reportArea = h('div', { className: 'report' });
const emptyState = h(
  'div',
  { className: 'empty' },
  h('p', {}, 'No logs loaded yet. The views appear here once you load some.'),
);
const filtersArea = h('div', { className: 'card filters-area no-print' });
const attemptsArea = h('section', { 'aria-labelledby': 'attempts-heading', id: 'attempts' });
const replayArea = h('section', { className: 'card replay-area', id: 'replay', 'aria-label': 'Replay of one attempt', hidden: true });
const profileArea = h('section', { 'aria-labelledby': 'profile-heading', id: 'profile' });
const scenariosArea = h('div', { id: 'scenarios' });
const exportCsvButton = h('button', { type: 'button' }, 'Download every decision (CSV)');
const printButton = h('button', { type: 'button', className: 'secondary' }, 'Print this review');
const exportArea = h(
  'section',
  { className: 'card no-print', 'aria-labelledby': 'export-heading', id: 'export' },
  h('h2', { id: 'export-heading' }, 'Export and print'),
  h(
    'p',
    {},
    'The CSV has one row per decision in the attempts shown (after the filters), with the option chosen, its feedback and standards, time to decide, reason and integrity status. Cells that a spreadsheet could run as a formula are escaped. It holds pseudonymous personal data: store it as your institution requires.',
  ),
  h('p', { className: 'actions' }, exportCsvButton, printButton),
);
const toc = h(
  'nav',
  { className: 'toc no-print', 'aria-label': 'On this page' },
  h('h2', { className: 'visually-hidden' }, 'On this page'),
  h('ul', {}),
);
const results = h('div', { className: 'results', hidden: true }, toc, filtersArea, attemptsArea, replayArea, profileArea, scenariosArea, exportArea);

const main = h(
  'main',
  { id: 'main', tabindex: '-1' },
  h('h1', {}, 'Cohort review'),
  h(
    'p',
    { className: 'lede' },
    'See how a cohort worked through the scenarios: who reached which ending, how people chose at each decision, how the choices stand against the professional standards, and how long decisions took. ',
    h('strong', {}, 'The files stay on this computer: '),
    'they are read in this browser tab and never uploaded or sent anywhere, and nothing is kept after you close the tab.',
  ),
  loadSection,
  reportArea,
  emptyState,
  results,
);

const footer = h(
  'footer',
  { className: 'site-footer' },
  h('p', {}, 'Decision logs hold pseudonymous learner ids, cohort codes and the trainees’ own words (reasons and reflections). Treat them as personal data. The integrity check shows whether a file was changed after export; it cannot prove who wrote it.'),
);

const app = document.getElementById('app') ?? document.body;
replace(app, header, main, footer);

// ---------- rendering ----------
function setBusy(busy: boolean): void {
  state.busy = busy;
  fileInput.disabled = busy;
  exportCsvButton.disabled = busy;
}

function showProgress(p: Progress | null): void {
  if (!p) {
    progressBox.hidden = true;
    return;
  }
  progressBox.hidden = false;
  progress.max = Math.max(1, p.total);
  progress.value = p.done;
  progressLabel.textContent =
    p.phase === 'reading' ? `Reading files: ${formatCount(p.done)} of ${formatCount(p.total)}` : `Checking logs: ${formatCount(p.done)} of ${formatCount(p.total)}`;
}

function renderToc(view: ViewModel): void {
  const links: [string, string][] = [
    ['attempts', 'Attempts'],
    ['profile', 'Against the standards'],
    ...view.scenarios.map((s): [string, string] => [`section-${s.id}`, s.title]),
    ['export', 'Export and print'],
  ];
  const openTarget = (id: string) => (): void => {
    const target = document.getElementById(id);
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  replace(toc.querySelector('ul')!, links.map(([id, label]) => h('li', {}, h('a', { href: `#${id}`, onclick: openTarget(id) }, label))));
}

function renderAttempts(): void {
  const view = state.view;
  if (!view) return;
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.sort ?? null;
  replace(
    attemptsArea,
    h('h2', { id: 'attempts-heading' }, 'Attempts'),
    h(
      'p',
      { className: 'summary-line', id: 'shown-count' },
      `Showing ${plural(view.shown, 'attempt')} of ${formatCount(view.total)} loaded`,
      view.flagged > 0 ? `, ${formatCount(view.flagged)} of them edited after export` : '',
      '.',
    ),
    h(
      'ul',
      { className: 'tiles', 'aria-label': 'At a glance' },
      h('li', {}, h('span', { className: 'tile-number' }, formatCount(view.shown)), h('span', { className: 'tile-label' }, view.shown === 1 ? 'attempt' : 'attempts')),
      h('li', {}, h('span', { className: 'tile-number' }, formatCount(view.learners)), h('span', { className: 'tile-label' }, view.learners === 1 ? 'learner' : 'learners')),
      h('li', {}, h('span', { className: 'tile-number' }, formatCount(view.scenarios.length)), h('span', { className: 'tile-label' }, view.scenarios.length === 1 ? 'scenario' : 'scenarios')),
      h('li', {}, h('span', { className: 'tile-number' }, percent(view.completed, view.shown)), h('span', { className: 'tile-label' }, 'finished')),
      h('li', { className: view.flagged > 0 ? 'warn' : null }, h('span', { className: 'tile-number' }, formatCount(view.flagged)), h('span', { className: 'tile-label' }, 'edited after export')),
    ),
    view.rows.length > 0
      ? attemptsTable({
          rows: view.rows,
          total: view.total,
          sort: state.sort,
          limit: state.limit,
          onSort: (key) => sortBy(key),
          onShowAll: () => {
            state.limit = Number.MAX_SAFE_INTEGER;
            renderAttempts();
          },
          onReplay: (id, opener) => void openReplay(id, opener),
        })
      : h('p', {}, 'No attempts match these filters.'),
  );
  if (focused) attemptsArea.querySelector<HTMLElement>(`button[data-sort="${focused}"]`)?.focus();
}

function renderViews(): void {
  const view = state.view;
  if (!view) return;
  replace(reportArea, loadReport(view, (id, opener) => void openReplay(id, opener)));
  const hasAny = view.total > 0;
  emptyState.hidden = hasAny;
  results.hidden = !hasAny;
  clearButton.hidden = !hasAny;
  if (!hasAny) return;
  renderToc(view);
  renderAttempts();
  replace(
    profileArea,
    h('h2', { id: 'profile-heading' }, 'The cohort against the professional standards'),
    h(
      'p',
      { className: 'hint' },
      'Each option in a scenario is tagged by its author with how it stands against framework items, from −3 to +3. For every learner and item, the cell shows the sum of those weights for the options they chose, averaged over their attempts that touched the item. These describe choices made in practice scenarios, not people. Colours run from orange (below zero) to purple (above zero); the number always says the value.',
    ),
    view.frameworks.length > 0 ? view.frameworks.map(frameworkSection) : h('p', {}, 'No assessed decisions in these attempts.'),
  );
  // Keep open the scenarios the reader had open (and "as a table" sections) across redraws.
  const wasOpen = new Set([...scenariosArea.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.scenario ?? d.closest<HTMLElement>('[data-scenario]')?.dataset.scenario + '/table'));
  replace(
    scenariosArea,
    view.scenarios.length > 1 ? h('p', { className: 'hint no-print' }, 'Open a scenario to see its endings, how the cohort chose at each decision, the path map and the time to decide. Filter by scenario to see just one.') : null,
    view.scenarios.map((sc) => scenarioSection(sc, view.scenarios.length === 1 || wasOpen.has(sc.id))),
  );
  for (const d of scenariosArea.querySelectorAll<HTMLDetailsElement>('details.pathmap-table')) {
    if (wasOpen.has(`${d.closest<HTMLElement>('[data-scenario]')?.dataset.scenario}/table`)) d.open = true;
  }
  exportCsvButton.textContent = `Download every decision in the ${plural(view.shown, 'attempt')} shown (CSV)`;
}

async function refresh(): Promise<void> {
  state.view = await backend.view(state.filter);
  renderViews();
}

function renderFilters(): void {
  if (!state.view) return;
  replace(
    filtersArea,
    filtersForm(
      state.view.options,
      state.filter,
      (patch) => {
        state.filter = { ...state.filter, ...patch };
        state.limit = PAGE_SIZE;
        void refresh().then(() => announce(`Showing ${plural(state.view?.shown ?? 0, 'attempt')}.`));
      },
      () => {
        state.filter = {};
        state.limit = PAGE_SIZE;
        void refresh().then(() => {
          renderFilters();
          filtersArea.querySelector<HTMLElement>('#filter-cohort')?.focus();
          announce('Filters cleared.');
        });
      },
    ),
  );
}

function sortBy(key: SortKey): void {
  state.sort = state.sort.key === key ? { key, dir: state.sort.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' };
  renderAttempts();
  announce(`Sorted by ${key}, ${state.sort.dir}.`);
}

async function openReplay(id: string, opener: HTMLElement): Promise<void> {
  const detail = await backend.attempt(id);
  if (!detail) return;
  state.replayOpener = id;
  replayArea.hidden = false;
  replace(
    replayArea,
    replaySection(detail, () => {
      replayArea.hidden = true;
      replace(replayArea);
      const back = attemptsArea.querySelector<HTMLElement>(`tr[data-attempt="${state.replayOpener}"] button`) ?? (opener.isConnected ? opener : null);
      (back ?? attemptsArea.querySelector<HTMLElement>('h2'))?.focus();
    }),
  );
  replayArea.querySelector<HTMLElement>('#replay-heading')?.focus();
}

function summaryText(s: { added: number; logs: number; files: number; problems: number; duplicates: number; flagged: number }): string {
  const parts = [`Loaded ${plural(s.added, 'new attempt')} from ${plural(s.files, 'file')}.`];
  if (s.problems > 0) parts.push(`${plural(s.problems, 'file')} could not be used (listed below).`);
  if (s.duplicates > 0) parts.push(`${plural(s.duplicates, 'attempt')} ${s.duplicates === 1 ? 'was' : 'were'} found more than once and merged.`);
  if (s.flagged > 0) parts.push(`${plural(s.flagged, 'log')} failed the integrity check and ${s.flagged === 1 ? 'is' : 'are'} flagged as edited.`);
  return parts.join(' ');
}

/** A User Timing measure for DevTools and the bench; never a reason for a load to fail. */
function measure(name: string, options: PerformanceMeasureOptions): void {
  try {
    performance.measure(name, options);
  } catch {
    // Older browsers take no options here; the timing is only a convenience.
  }
}

async function loadFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  if (state.busy) {
    loadStatus.textContent = 'Still loading the last files; try again when they are done.';
    return;
  }
  setBusy(true);
  loadStatus.textContent = '';
  showProgress({ phase: 'reading', done: 0, total: files.length });
  // For anyone timing the dashboard in DevTools: "swsim-load" spans files chosen to views drawn.
  const started = performance.now();
  try {
    const summary = await backend.load(files, showProgress);
    const checked = performance.now();
    await refresh();
    renderFilters();
    const text = summaryText(summary);
    loadStatus.textContent = text;
    measure('swsim-load:check', { start: started, end: checked, detail: summary.timings });
    measure('swsim-load:views', { start: checked });
    measure('swsim-load', { start: started, detail: { files: files.length } });
  } catch (error) {
    loadStatus.textContent = `The files could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    showProgress(null);
    setBusy(false);
    fileInput.value = '';
  }
}

fileInput.addEventListener('change', () => void loadFiles([...(fileInput.files ?? [])]));

// Drag and drop anywhere on the page.
let dragDepth = 0;
document.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.body.classList.remove('dropping');
});
document.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  if (!e.dataTransfer?.files.length) return;
  e.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dropping');
  void loadFiles([...e.dataTransfer.files]);
});

clearButton.addEventListener('click', () => {
  void backend.clear().then(async () => {
    state.filter = {};
    state.limit = PAGE_SIZE;
    replayArea.hidden = true;
    await refresh();
    loadStatus.textContent = 'All loaded logs were removed from this page.';
    fileInput.focus();
  });
});

exportCsvButton.addEventListener('click', () => {
  void backend.csv(state.filter).then((csv) => {
    download(cohortCsvFilename(new Date()), csv, 'text/csv;charset=utf-8');
    announce('The CSV has been downloaded.');
  });
});
printButton.addEventListener('click', () => window.print());

// Open every "as a table" section for printing, then put them back.
let closedForPrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  closedForPrint = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
  for (const d of closedForPrint) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of closedForPrint) d.open = false;
  closedForPrint = [];
});

const params = new URLSearchParams(location.search);
let backend: Backend;
document.title = 'Cohort review · Social work simulator';
void createBackend({ scenarios: catalogue.scenarios, frameworks }, { allowWorker: params.get('worker') !== 'off' }).then(async (b) => {
  backend = b;
  document.body.dataset.backend = b.kind;
  await refresh();
  document.body.dataset.ready = 'true';
});
