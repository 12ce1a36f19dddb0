/**
 * Play: the dialogue log and choices in the DOM (always), the Phaser stage above them (when it
 * loads), sound with captions, autosave after every choice, step back, pause, and the debrief.
 */
import { LOG_PREFIX, motionReduced, saveKey, type AppContext } from '../app.ts';
import { announce, h, replace } from '../dom.ts';
import {
  createSession,
  newUuid,
  replaySession,
  restoreSession,
  RestoreError,
  StoryLoadError,
  type Beat,
  type Session,
  type SessionDeps,
  type SessionInit,
  type Stage,
  type TranscriptEntry,
} from '../../engine/index.ts';
import type { ScenarioMeta } from '../../schemas/scenario.ts';
import { captionFor } from '../../audio/sounds.ts';
import type { AudioPort } from '../../audio/port.ts';
import type { StageView } from '../../game/stage-view.ts';
import { downloadLog, renderDebrief } from './debrief.ts';
import { createAuthorPanel, type AuthorPanel } from '../author-panel.ts';

const deps: SessionDeps = {
  clock: () => performance.now(),
  now: () => new Date(),
  newId: newUuid,
};

export async function renderPlay(ctx: AppContext, meta: ScenarioMeta): Promise<void> {
  ctx.setTitle(meta.title);
  replace(ctx.main, h('h1', {}, meta.title), h('p', { role: 'status' }, 'Loading the scenario…'));
  let storyJson: string;
  try {
    storyJson = await ctx.loadStory(meta.id);
  } catch (cause) {
    showProblem(ctx, meta, 'The scenario could not be loaded', `${cause instanceof Error ? cause.message : String(cause)} Check your connection and try again.`, true);
    return;
  }
  const init: SessionInit = {
    meta,
    storyJson,
    appVersion: __APP_VERSION__,
    learner: { id: ctx.settings.learnerId.trim() || null, cohort: ctx.settings.cohort.trim() || null },
  };

  let session: Session;
  let firstBeats: Beat[] = [];
  const raw = ctx.store.get(saveKey(meta.id));
  try {
    if (raw) {
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (cause) {
        throw new RestoreError('corrupt', 'Your saved progress could not be read (it may be damaged). You can start the scenario again.', { cause });
      }
      const learner = (data as { learner?: SessionInit['learner'] }).learner;
      session = restoreSession(data, learner ? { ...init, learner } : init, deps);
    } else {
      const started = createSession(init, deps);
      session = started.session;
      firstBeats = started.beats;
      persist(ctx, session);
    }
  } catch (error) {
    if (error instanceof RestoreError && error.code === 'story-changed' && import.meta.env.DEV && raw) {
      // Live preview: the author edited the story; replay the choices made so far.
      const path = (JSON.parse(raw) as { path?: unknown }).path;
      const replay = replaySession(init, deps, Array.isArray(path) ? path.filter((p): p is string => typeof p === 'string') : []);
      persist(ctx, replay.session);
      new PlayScreen(ctx, meta, replay.session).mount([]);
      announce(`The story file changed. Replayed ${replay.replayed} of your choices${Array.isArray(path) && replay.replayed < path.length ? '; the next one no longer exists, so you are at the first change' : ''}.`);
      return;
    }
    if (error instanceof RestoreError) {
      showRestoreProblem(ctx, meta, error);
      return;
    }
    const message = error instanceof StoryLoadError ? error.message : `Something went wrong starting this scenario: ${error instanceof Error ? error.message : String(error)}`;
    showProblem(ctx, meta, 'The scenario could not start', message, false);
    return;
  }
  new PlayScreen(ctx, meta, session).mount(firstBeats);
}

/** Author mode lasts for the browser tab once turned on with ?author=1 (storage may be blocked). */
function readAuthorFlag(): boolean {
  try {
    return sessionStorage.getItem('swsim:author') === '1';
  } catch {
    return false;
  }
}

function writeAuthorFlag(): void {
  try {
    sessionStorage.setItem('swsim:author', '1');
  } catch {
    /* blocked storage: author mode lasts while the address keeps ?author=1 */
  }
}

function persist(ctx: AppContext, session: Session): void {
  ctx.store.set(saveKey(session.meta.id), JSON.stringify(session.toSave()));
}

function storeLog(ctx: AppContext, session: Session): void {
  ctx.store.set(LOG_PREFIX + session.attemptId, JSON.stringify(session.buildLog()));
}

class PlayScreen {
  private readonly log = h('ol', { className: 'lines' });
  private readonly logRegion = h('div', { className: 'dialogue', role: 'log', 'aria-label': 'Story so far', tabindex: '0' }, this.log);
  private readonly choices = h('div', { className: 'choices', role: 'group', 'aria-label': 'Choices' });
  private readonly choiceHeading = h('h2', { className: 'visually-hidden', id: 'choice-heading', tabindex: '-1' }, 'Your choice');
  private readonly hud = h('div', { className: 'hud', 'aria-label': 'Scenario status' });
  private readonly stageBox = h('div', { className: 'stage', 'aria-hidden': 'true' });
  private readonly controls = h('div', { className: 'play-controls' });
  private readonly problemBox = h('div');
  private stageView: StageView | null = null;
  private audio: AudioPort | null = null;
  private audioLoading = false;
  private revealTimer: number | null = null;
  private ended = false;
  private author: AuthorPanel | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly meta: ScenarioMeta,
    private session: Session,
  ) {}

  mount(firstBeats: Beat[]): void {
    const { ctx } = this;
    if (this.session.status === 'ended') {
      this.showDebrief();
      return;
    }
    const authorMode = new URLSearchParams(window.location.search).get('author') === '1' || readAuthorFlag();
    ctx.setUrl({ scenario: this.meta.id, view: 'play', ...(authorMode ? { author: '1' } : {}) });
    replace(
      ctx.main,
      h(
        'div',
        { className: 'play' },
        h('div', { className: 'play-top' }, h('h1', {}, this.meta.title)),
        h(
          'div',
          { className: 'play-body' },
          h('div', { className: 'play-visual' }, this.stageBox, this.hud),
          h(
            'div',
            { className: 'play-words' },
            h('h2', { className: 'visually-hidden' }, 'Story'),
            this.logRegion,
            this.problemBox,
            h('section', { 'aria-labelledby': 'choice-heading' }, this.choiceHeading, this.choices),
            this.controls,
          ),
        ),
      ),
    );
    if (authorMode) {
      writeAuthorFlag();
      this.author = createAuthorPanel(() => this.session, (knot) => this.jump(knot));
      ctx.main.querySelector('.play-words')?.append(this.author.element);
    }
    ctx.setPauseHandler({
      onPause: () => {
        this.session.pause();
        persist(ctx, this.session);
      },
      onResume: () => {
        this.session.resume('resumed');
        persist(ctx, this.session);
      },
      onRestart: () => {
        this.session.resume('restarted');
        storeLog(ctx, this.session);
        ctx.store.remove(saveKey(this.meta.id));
        ctx.navigate({ scenario: this.meta.id, view: 'play' }, false);
      },
      onLeave: () => {
        this.session.resume('left');
        persist(ctx, this.session);
        ctx.navigate({});
      },
    });
    ctx.setCleanup(() => this.destroy());
    const onSettings = (): void => this.applySettings();
    window.addEventListener('swsim:settings', onSettings);
    const unlock = (): void => void this.loadAudio();
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    this.cleanups.push(
      () => window.removeEventListener('swsim:settings', onSettings),
      () => window.removeEventListener('pointerdown', unlock),
      () => window.removeEventListener('keydown', unlock),
    );

    // Words first: the whole transcript is in the DOM before any art or sound loads.
    const restoredCount = this.session.transcript.length - firstBeats.length;
    this.session.transcript.forEach((entry, i) => this.appendEntry(entry, i >= restoredCount && firstBeats.length > 0));
    this.renderHud();
    this.renderChoices();
    this.scrollToEnd();
    if (this.session.status === 'error') this.showRuntimeError();
    if (restoredCount > 0 && firstBeats.length === 0) announce('Welcome back. You are where you left off.');
    ctx.main.focus();
    void this.loadStage();
  }

  private readonly cleanups: (() => void)[] = [];

  private destroy(): void {
    if (this.revealTimer !== null) window.clearTimeout(this.revealTimer);
    for (const c of this.cleanups.splice(0)) c();
    this.stageView?.destroy();
    this.audio?.destroy();
    this.stageView = null;
    this.audio = null;
  }

  private async loadStage(): Promise<void> {
    document.body.dataset.stage = 'loading';
    try {
      const { createStageView } = await import('../../game/stage-view.ts');
      this.stageView = await createStageView(this.stageBox, { reducedMotion: motionReduced(this.ctx.settings), highContrast: this.ctx.settings.contrast === 'high' });
      document.body.dataset.stage = this.stageView.renderer;
      this.stageView.update(this.session.stage, true);
    } catch (cause) {
      // The story never depends on pictures: say so once, quietly, and carry on in text.
      console.warn('Stage unavailable, continuing in text-only mode:', cause);
      document.body.dataset.stage = 'text-only';
      this.stageView = null;
      replace(this.stageBox);
      this.problemBox.before(h('p', { className: 'hint', role: 'note' }, 'Pictures are not available on this device, so the scenario is shown as text only. Nothing is missing from the story.'));
    }
  }

  private async loadAudio(): Promise<void> {
    if (this.audio || this.audioLoading) return;
    this.audioLoading = true;
    try {
      const { createHowlerAudio } = await import('../../audio/howler-audio.ts');
      this.audio = createHowlerAudio();
      this.audio.setVolume(this.ctx.settings.volume, this.ctx.settings.muted);
      this.audio.ambience(this.session.stage.ambience);
    } catch (cause) {
      console.warn('Sound unavailable:', cause);
    }
  }

  private applySettings(): void {
    this.audio?.setVolume(this.ctx.settings.volume, this.ctx.settings.muted);
    this.stageView?.setOptions({ reducedMotion: motionReduced(this.ctx.settings), highContrast: this.ctx.settings.contrast === 'high' });
  }

  private appendEntry(entry: TranscriptEntry, isNew: boolean): void {
    const items: HTMLLIElement[] = [];
    if (entry.kind === 'choice') {
      items.push(h('li', { className: 'you' }, h('span', { className: 'visually-hidden' }, 'You chose: '), entry.text));
    } else {
      const b = entry.beat;
      if (b.sound) {
        const caption = captionFor(b.sound);
        if (caption) items.push(h('li', { className: 'caption' }, `[${caption}]`));
      }
      if (b.ambience) {
        const caption = b.ambience === 'none' ? null : captionFor(b.ambience);
        if (caption) items.push(h('li', { className: 'caption' }, `[Background: ${caption}]`));
      }
      if (b.text) {
        items.push(
          b.speaker
            ? h('li', { className: 'speech' }, h('span', { className: 'speaker' }, b.speaker, h('span', { className: 'visually-hidden' }, ':')), ' ', b.text)
            : h('li', { className: 'narration' }, b.text),
        );
      }
      if (b.ending) items.push(h('li', { className: 'caption' }, `Ending: ${b.ending.title}`));
    }
    for (const item of items) {
      if (isNew) item.classList.add('new');
      this.log.appendChild(item);
    }
  }

  private scrollToEnd(): void {
    this.logRegion.scrollTop = this.logRegion.scrollHeight;
  }

  private renderHud(): void {
    const stage: Stage = this.session.stage;
    const made = this.session.decisions.filter((d) => !d.rewound).length;
    replace(
      this.hud,
      stage.clock ? h('p', { className: 'clock' }, h('span', { className: 'visually-hidden' }, 'Time in the story: '), stage.clock) : null,
      stage.meters.map((m) => {
        const id = `meter-${m.variable}`;
        const value = Math.min(m.max, Math.max(m.min, m.value));
        return h(
          'p',
          { className: 'meter' },
          h('span', { id }, m.label),
          h('meter', { min: m.min, max: m.max, value, 'aria-labelledby': id }),
          h('span', {}, `${value} of ${m.max}`),
        );
      }),
      h('p', {}, `Decisions so far: ${made} of about ${this.meta.decisions.length}`),
    );
  }

  private renderChoices(): void {
    const cp = this.session.choicePoint;
    replace(this.controls);
    if (!cp) {
      replace(this.choices);
      return;
    }
    replace(
      this.choices,
      cp.options.map((option) =>
        h('button', { type: 'button', 'data-option': option.id, onclick: () => this.pick(option.id) }, option.text),
      ),
    );
    this.controls.append(
      h(
        'button',
        { type: 'button', className: 'quiet', disabled: !this.session.canStepBack, onclick: () => this.stepBack() },
        'Step back to the previous choice',
      ),
    );
  }

  private pick(optionId: string): void {
    const cp = this.session.choicePoint;
    if (!cp) return;
    this.session.markDecided();
    if (cp.decision?.rationale) {
      this.askRationale(optionId);
      return;
    }
    this.commit(optionId, null);
  }

  private askRationale(optionId: string): void {
    const option = this.session.choicePoint?.options.find((o) => o.id === optionId);
    const text = h('textarea', { id: 'rationale-text', maxlength: 4000, 'aria-describedby': 'rationale-hint' });
    replace(
      this.choices,
      h(
        'form',
        { className: 'rationale card', onsubmit: (e: Event) => (e.preventDefault(), this.commit(optionId, text.value)) },
        h('p', {}, h('strong', {}, 'You chose: '), option?.text ?? ''),
        h('label', { for: 'rationale-text' }, 'Why did you choose this? (optional)'),
        h('p', { id: 'rationale-hint', className: 'hint' }, 'A sentence or two is plenty. It goes into your decision log for your own reflection. Please do not include real names.'),
        text,
        h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Continue'), h('button', { type: 'button', className: 'secondary', onclick: () => this.commit(optionId, null) }, 'Skip')),
      ),
    );
    text.focus();
  }

  private commit(optionId: string, rationale: string | null): void {
    const before = this.session.transcript.length;
    let beats: Beat[];
    try {
      beats = this.session.choose(optionId, rationale);
    } catch (cause) {
      this.showRuntimeError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    persist(this.ctx, this.session);
    this.afterStep(this.session.transcript.slice(before), beats);
  }

  private afterStep(added: readonly TranscriptEntry[], beats: readonly Beat[]): void {
    this.reveal(added, () => {
      this.author?.refresh();
      this.stageView?.update(this.session.stage, false);
      for (const b of beats) if (b.sound) this.audio?.play(b.sound);
      this.audio?.ambience(this.session.stage.ambience);
      this.renderHud();
      if (this.session.status === 'ended') {
        storeLog(this.ctx, this.session);
        this.ctx.navigate({ scenario: this.meta.id, view: 'debrief' }, false);
        return;
      }
      if (this.session.status === 'error') this.showRuntimeError();
      this.renderChoices();
      this.choiceHeading.focus();
    });
  }

  /** Shows new lines at once, or one by one when the trainee chose gradual text (never forcing a choice). */
  private reveal(entries: readonly TranscriptEntry[], done: () => void): void {
    const gradual = this.ctx.settings.textReveal === 'gradual' && !motionReduced(this.ctx.settings);
    if (!gradual) {
      entries.forEach((e) => this.appendEntry(e, true));
      this.scrollToEnd();
      done();
      return;
    }
    replace(this.choices);
    const queue = [...entries];
    const skip = h('button', { type: 'button', className: 'quiet', onclick: () => finish() }, 'Show all text now');
    replace(this.controls, skip);
    const finish = (): void => {
      if (this.revealTimer !== null) window.clearTimeout(this.revealTimer);
      this.revealTimer = null;
      for (const e of queue.splice(0)) this.appendEntry(e, true);
      this.scrollToEnd();
      done();
    };
    const step = (): void => {
      const next = queue.shift();
      if (!next) {
        finish();
        return;
      }
      this.appendEntry(next, true);
      this.scrollToEnd();
      const length = next.kind === 'line' ? next.beat.text.length : 20;
      this.revealTimer = window.setTimeout(step, Math.min(2200, 500 + length * 25));
    };
    step();
  }

  private jump(knot: string): void {
    const before = this.session.transcript.length;
    this.session.jumpTo(knot);
    persist(this.ctx, this.session);
    this.afterStep(this.session.transcript.slice(before), []);
  }

  private stepBack(): void {
    if (!this.session.stepBack()) return;
    persist(this.ctx, this.session);
    replace(this.log);
    this.session.transcript.forEach((e) => this.appendEntry(e, false));
    replace(this.problemBox);
    this.stageView?.update(this.session.stage, false);
    this.audio?.ambience(this.session.stage.ambience);
    this.renderHud();
    this.renderChoices();
    this.author?.refresh();
    this.scrollToEnd();
    announce('Stepped back to the previous choice. The step back is noted in your log.');
    this.choiceHeading.focus();
  }

  private showRuntimeError(extra?: string): void {
    const message = extra ?? this.session.problems.filter((p) => p.severity === 'error').map((p) => p.message).join('\n');
    replace(
      this.problemBox,
      h(
        'div',
        { className: 'notice error', role: 'alert' },
        h('h2', {}, 'The story hit a problem'),
        h('p', {}, 'Something in this scenario\u2019s story file went wrong, so it cannot go on from here. Your choices so far are kept. Please tell the scenario author what happened.'),
        h('pre', { className: 'problem' }, message),
        h(
          'div',
          { className: 'actions' },
          h('button', { type: 'button', onclick: () => this.downloadLog() }, 'Download decision log'),
          this.session.canStepBack ? h('button', { type: 'button', className: 'secondary', onclick: () => this.stepBack() }, 'Step back to the previous choice') : null,
          h('a', { className: 'button secondary', href: './' }, 'Back to all scenarios'),
        ),
      ),
    );
    replace(this.choices);
  }

  private downloadLog(): void {
    downloadLog(this.session.buildLog());
  }

  private showDebrief(): void {
    if (this.ended) return;
    this.ended = true;
    this.ctx.setUrl({ scenario: this.meta.id, view: 'debrief' });
    renderDebrief(this.ctx, this.meta, this.session, {
      onChange: () => {
        persist(this.ctx, this.session);
        storeLog(this.ctx, this.session);
      },
      onPlayAgain: () => {
        this.ctx.store.remove(saveKey(this.meta.id));
        this.ctx.navigate({ scenario: this.meta.id });
      },
      onStepBack: () => {
        if (this.session.stepBack()) {
          persist(this.ctx, this.session);
          this.ended = false;
          this.ctx.navigate({ scenario: this.meta.id, view: 'play' }, false);
        }
      },
    });
  }
}

function showRestoreProblem(ctx: AppContext, meta: ScenarioMeta, error: RestoreError): void {
  replace(
    ctx.main,
    h('h1', {}, meta.title),
    h(
      'div',
      { className: 'notice warn', role: 'alert' },
      h('h2', {}, 'Your saved progress could not be used'),
      h('p', {}, error.message),
      h(
        'div',
        { className: 'actions' },
        h('button', {
          type: 'button',
          onclick: () => {
            ctx.store.remove(saveKey(meta.id));
            ctx.navigate({ scenario: meta.id, view: 'play' }, false);
          },
        }, `Start ${meta.title} again`),
        h('a', { className: 'button secondary', href: './' }, 'Back to all scenarios'),
      ),
    ),
  );
  ctx.main.focus();
}

function showProblem(ctx: AppContext, meta: ScenarioMeta, title: string, message: string, retry: boolean): void {
  replace(
    ctx.main,
    h('h1', {}, meta.title),
    h(
      'div',
      { className: 'notice error', role: 'alert' },
      h('h2', {}, title),
      h('p', {}, message),
      h(
        'div',
        { className: 'actions' },
        retry ? h('button', { type: 'button', onclick: () => ctx.navigate({ scenario: meta.id, view: 'play' }, false) }, 'Try again') : null,
        h('a', { className: 'button secondary', href: './' }, 'Back to all scenarios'),
      ),
    ),
  );
  ctx.main.focus();
}
