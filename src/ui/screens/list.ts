/** `/`: every scenario with title, summary, minutes and content note; continue where in progress. */
import { LOG_PREFIX, saveKey, type AppContext } from '../app.ts';
import { announce, h, replace } from '../dom.ts';
import { parseDecisionLog, type DecisionLog } from '../../schemas/decision-log.ts';
import { logsZip, logsZipFilename } from '../../export/index.ts';

/** Every decision log kept in this browser (finished attempts, and attempts left part-way). */
export function storedLogs(ctx: AppContext): DecisionLog[] {
  return ctx.store.keys(LOG_PREFIX).flatMap((key) => {
    const parsed = parseDecisionLog(ctx.store.get(key) ?? '');
    return parsed.ok ? [parsed.log] : [];
  });
}

function myLogs(ctx: AppContext): HTMLElement | null {
  const logs = storedLogs(ctx);
  if (logs.length === 0) return null;
  const downloadAll = (): void => {
    const bytes = logsZip(storedLogs(ctx));
    const blob = new Blob([bytes.slice().buffer], { type: 'application/zip' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: logsZipFilename(new Date()) });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(`${logs.length} decision log${logs.length === 1 ? '' : 's'} downloaded as one zip file.`);
  };
  return h(
    'section',
    { className: 'card', 'aria-labelledby': 'my-logs-heading' },
    h('h2', { id: 'my-logs-heading' }, 'Your decision logs'),
    h('p', {}, `This browser keeps ${logs.length} decision log${logs.length === 1 ? '' : 's'} from your attempts. Nothing is sent anywhere: download them to hand in.`),
    h('div', { className: 'actions' }, h('button', { type: 'button', onclick: downloadAll }, 'Download all my logs (.zip)')),
  );
}
import { readSaveSummary } from '../saves.ts';

export function renderList(ctx: AppContext): void {
  ctx.setTitle('Practice scenarios');
  const items = ctx.scenarios.map((s) => {
    const titleId = `scenario-${s.id}`;
    const saved = readSaveSummary(ctx.store.get(saveKey(s.id)), s);
    const startLink = h('a', { className: saved?.status === 'choosing' ? 'button secondary' : 'button', href: `?scenario=${encodeURIComponent(s.id)}`, 'aria-label': saved?.status === 'choosing' ? `Start ${s.title} again` : `Start ${s.title}` }, saved?.status === 'choosing' ? 'Start again' : 'Start');
    const continueLink = saved?.status === 'choosing'
      ? h('a', { className: 'button', href: `?scenario=${encodeURIComponent(s.id)}&view=play`, 'aria-label': `Continue ${s.title}` }, 'Continue')
      : null;
    return h(
      'li',
      {},
      h(
        'article',
        { className: 'card', 'aria-labelledby': titleId },
        h('h2', { id: titleId }, s.title),
        h('ul', { className: 'meta' }, h('li', {}, `About ${s.minutes} minutes`), h('li', {}, `${s.decisions.length} decisions`), saved?.status === 'choosing' ? h('li', {}, h('span', { className: 'badge' }, `In progress, saved ${saved.savedAgo}`)) : null),
        h('p', {}, s.summary),
        s.contentNote.length > 0 ? h('p', { className: 'content-note' }, h('strong', {}, 'Content note: '), s.contentNote.join(', ')) : null,
        h('div', { className: 'actions' }, continueLink, startLink),
      ),
    );
  });
  replace(
    ctx.main,
    h('h1', {}, 'Practice scenarios'),
    h('p', {}, 'Each scenario is a conversation or a working day where you decide what to do. There are no trick questions and no timers: take your time. Afterwards, a debrief looks at your choices against the professional standards and offers points to reflect on.'),
    h('p', { className: 'hint' }, 'You can pause and step out at any time with the button at the top of the page. It never counts against you.'),
    ctx.store.persistent ? null : h('div', { className: 'notice warn', role: 'note' }, h('p', {}, 'This browser is blocking storage, so progress will only be kept while this tab stays open. Download your decision log at the end of each scenario.')),
    ctx.scenarios.length === 0 ? h('p', {}, 'No scenarios are available yet.') : h('ul', { className: 'scenario-list' }, items),
    myLogs(ctx),
  );
  ctx.main.focus();
}
