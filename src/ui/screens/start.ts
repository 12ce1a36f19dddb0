/** Before play: what the scenario is, its content note (with "Not now"), and optional pseudonymous ids. */
import { saveKey, type AppContext } from '../app.ts';
import { h, replace } from '../dom.ts';
import { readSaveSummary } from '../saves.ts';
import type { ScenarioMeta } from '../../schemas/scenario.ts';

/** Returns a warning when an id looks like personal data rather than a pseudonym. */
export function pseudonymWarning(value: string): string | null {
  const v = value.trim();
  if (v.length === 0) return null;
  if (v.includes('@')) return 'This looks like an email address. Please use a pseudonym or the code your course gave you, not something that identifies you.';
  if (/^[A-Z][a-z]+(?:[ '-][A-Z][a-z]+)+$/.test(v)) return 'This looks like a real name. Please use a pseudonym or the code your course gave you.';
  if (/\d{3}[ -]?\d{3}[ -]?\d{4}/.test(v)) return 'This looks like a phone or NHS number. Please use a pseudonym instead.';
  return null;
}

export function renderStart(ctx: AppContext, meta: ScenarioMeta): void {
  ctx.setTitle(meta.title);
  const saved = readSaveSummary(ctx.store.get(saveKey(meta.id)), meta);
  const inProgress = saved?.status === 'choosing';

  const learner = h('input', { type: 'text', id: 'learner-id', name: 'learner-id', autocomplete: 'off', spellcheck: 'false', maxlength: 64, value: ctx.settings.learnerId, 'aria-describedby': 'learner-hint learner-warning' });
  const cohort = h('input', { type: 'text', id: 'cohort-code', name: 'cohort-code', autocomplete: 'off', spellcheck: 'false', maxlength: 64, value: ctx.settings.cohort, 'aria-describedby': 'cohort-hint' });
  const warning = h('p', { id: 'learner-warning', className: 'hint', 'aria-live': 'polite' });
  const check = (): void => {
    warning.textContent = pseudonymWarning(learner.value) ?? pseudonymWarning(cohort.value) ?? '';
  };
  learner.addEventListener('input', check);
  cohort.addEventListener('input', check);
  check();

  const begin = (event: Event): void => {
    event.preventDefault();
    ctx.updateSettings({ learnerId: learner.value.trim().slice(0, 64), cohort: cohort.value.trim().slice(0, 64) });
    ctx.store.remove(saveKey(meta.id));
    ctx.navigate({ scenario: meta.id, view: 'play' });
  };

  const form = h(
    'form',
    { className: 'card', onsubmit: begin, 'aria-labelledby': 'about-you' },
    h('h2', { id: 'about-you' }, 'Before you start'),
    h('p', { className: 'hint' }, 'Both fields are optional. They are saved with your decision log so your tutor can match it to you. Use the pseudonym or code your course gave you, never your real name.'),
    h('label', { for: 'learner-id' }, 'Learner id (pseudonym)'),
    h('p', { id: 'learner-hint', className: 'hint' }, 'For example: trainee-42'),
    learner,
    warning,
    h('label', { for: 'cohort-code' }, 'Cohort code'),
    h('p', { id: 'cohort-hint', className: 'hint' }, 'For example: MA-SW-2026'),
    cohort,
    inProgress
      ? h('div', { className: 'notice warn', role: 'note' }, h('p', {}, `You have this scenario in progress (saved ${saved.savedAgo}). Starting again replaces that progress.`))
      : null,
    h(
      'div',
      { className: 'actions' },
      inProgress ? h('a', { className: 'button', href: `?scenario=${encodeURIComponent(meta.id)}&view=play` }, `Continue ${meta.title}`) : null,
      h('button', { type: 'submit', className: inProgress ? 'secondary' : '' }, inProgress ? `Start ${meta.title} again` : `Start ${meta.title}`),
      h('a', { className: 'button secondary', href: './' }, 'Not now'),
    ),
  );

  replace(
    ctx.main,
    h('p', {}, h('a', { href: './' }, 'All scenarios')),
    h('h1', {}, meta.title),
    h('p', {}, meta.summary),
    h('ul', { className: 'meta' }, h('li', {}, `About ${meta.minutes} minutes`), h('li', {}, `${meta.decisions.length} decisions`), meta.author ? h('li', {}, `Written by ${meta.author}`) : null),
    meta.contentNote.length > 0
      ? h(
          'div',
          { className: 'notice warn', role: 'note', 'aria-labelledby': 'content-note-title' },
          h('h2', { id: 'content-note-title' }, 'Content note'),
          h('p', {}, `This scenario includes: ${meta.contentNote.join(', ')}.`),
          h('p', {}, 'If now is not a good time, choose "Not now". Once you start, you can pause and step out whenever you need to, with no penalty.'),
        )
      : null,
    form,
  );
  ctx.main.focus();
}
