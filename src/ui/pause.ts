/**
 * "Pause and step out": always available, never penalised. Offers grounding, UK signposting, and
 * (during a scenario) resume, restart or leave. The pause is recorded in the log as a pause only.
 */
import type { AppContext } from './app.ts';
import { h } from './dom.ts';
import { showModal } from './modal.ts';

export interface PauseHandler {
  onPause(): void;
  onResume(): void;
  onRestart(): void;
  onLeave(): void;
}

export function openPause(ctx: AppContext, handler: PauseHandler | null, opener: HTMLElement): void {
  handler?.onPause();
  let choice: 'resume' | 'restart' | 'leave' = 'resume';
  showModal(
    (close) => {
      const act = (c: typeof choice) => () => {
        choice = c;
        close();
      };
      return [
        h('h2', { id: 'pause-title', tabindex: '-1' }, 'Paused: take the time you need'),
        h('p', {}, 'Nothing is timed and nothing counts against you for stepping out. Your progress is kept.'),
        h(
          'div',
          { className: 'grounding' },
          h('h3', {}, 'A moment to ground yourself'),
          h(
            'ol',
            {},
            h('li', {}, 'Put both feet on the floor and notice the chair supporting you.'),
            h('li', {}, 'Breathe in slowly for a count of four, and out for a count of six. Do this three times.'),
            h('li', {}, 'Name five things you can see and three things you can hear around you.'),
          ),
        ),
        h('h3', {}, 'If this has brought something up for you'),
        h(
          'ul',
          { className: 'signpost' },
          h('li', {}, 'Samaritans, any time, free: call ', h('a', { href: 'tel:116123' }, '116 123'), '.'),
          h('li', {}, 'NHS 111 and choose option 2 for urgent mental health help in England.'),
          h('li', {}, 'If you or someone else is in immediate danger, call 999.'),
          h('li', {}, 'Talk to your practice educator, tutor or supervisor: these scenarios can stir up real experiences.'),
        ),
        h(
          'div',
          { className: 'actions' },
          h('button', { type: 'button', onclick: act('resume'), autofocus: true }, handler ? 'Resume the scenario' : 'Return'),
          handler ? h('button', { type: 'button', className: 'secondary', onclick: act('restart') }, 'Restart from the beginning') : null,
          h('button', { type: 'button', className: 'secondary', onclick: act('leave') }, handler ? 'Leave for now (progress kept)' : 'Go to the scenario list'),
        ),
      ];
    },
    opener,
    'pause-title',
    () => {
      if (choice === 'resume') handler?.onResume();
      else if (choice === 'restart') handler?.onRestart();
      else if (handler) handler.onLeave();
      else ctx.navigate({});
    },
  );
}
