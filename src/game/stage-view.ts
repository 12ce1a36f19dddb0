/**
 * The Phaser stage: draws the setting, the speaker's portrait and mood, the meters and the clock.
 * It only draws what the engine's Stage says; it holds no story state and no words the trainee
 * needs (every word is also in the DOM). Loaded lazily; if it fails, the page plays in text only.
 */
import Phaser from 'phaser';
import castJson from '../../assets/cast.json';
import { CastSchema, type CastMember } from '../art/cast-schema.ts';
import { isMood, renderPortrait } from '../art/portrait.ts';
import type { Stage } from '../engine/types.ts';

const WIDTH = 1600;
const HEIGHT = 900;

const sceneUrls = import.meta.glob('../../assets/scenes/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const cast = CastSchema.safeParse(castJson);
const members: readonly CastMember[] = cast.success ? cast.data.members : [];

export interface StageOptions {
  reducedMotion: boolean;
  highContrast: boolean;
}

export interface StageView {
  readonly renderer: 'webgl' | 'canvas';
  /** Draws the stage; `immediate` skips transitions (first draw, restore). */
  update(stage: Stage, immediate: boolean): void;
  setOptions(options: StageOptions): void;
  destroy(): void;
}

export function sceneUrl(id: string): string | null {
  return sceneUrls[`../../assets/scenes/${id}.svg`] ?? null;
}

export function castMember(name: string | null): CastMember | null {
  return name ? (members.find((m) => m.name === name) ?? null) : null;
}

function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

class StageScene extends Phaser.Scene {
  options: StageOptions = { reducedMotion: false, highContrast: false };
  private background: Phaser.GameObjects.Image | null = null;
  private portrait: Phaser.GameObjects.Image | null = null;
  private nameplate!: Phaser.GameObjects.Container;
  private nameText!: Phaser.GameObjects.Text;
  private hud!: Phaser.GameObjects.Container;
  private sceneId: string | null = null;
  private portraitKey: string | null = null;
  private pending: Stage | null = null;
  private ready = false;
  private sleepTimer: number | null = null;
  /** Set before the game is destroyed: late timers and texture callbacks then do nothing. */
  stopped = false;

  stop(): void {
    this.stopped = true;
    if (this.sleepTimer !== null) window.clearTimeout(this.sleepTimer);
    this.sleepTimer = null;
  }
  onReady: (() => void) | null = null;

  /**
   * The stage is still most of the time, so the game loop sleeps between changes: a council laptop
   * should not redraw an unchanged picture sixty times a second. Drawing wakes it for `ms`.
   */
  keepAwake(ms: number): void {
    if (this.stopped) return;
    const loop = this.game.loop;
    if (!loop.running) loop.wake(true);
    if (this.sleepTimer !== null) window.clearTimeout(this.sleepTimer);
    this.sleepTimer = window.setTimeout(() => {
      this.sleepTimer = null;
      if (this.stopped) return;
      if (this.load.isLoading() || this.tweens.getTweens().length > 0) this.keepAwake(250);
      else loop.sleep();
    }, ms);
  }

  constructor() {
    super({ key: 'StageScene' });
  }

  create(): void {
    this.add.rectangle(0, 0, WIDTH, HEIGHT, 0xe6e0d4).setOrigin(0, 0);
    this.nameText = this.add.text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontSize: '42px', color: '#1f2328' }).setOrigin(0.5, 0.5);
    const plate = this.add.rectangle(0, 0, 10, 68, 0xffffff, 0.94).setStrokeStyle(3, 0x2f5d62);
    this.nameplate = this.add.container(WIDTH / 2, HEIGHT - 56, [plate, this.nameText]).setDepth(5).setAlpha(0);
    this.hud = this.add.container(0, 0).setDepth(10);
    this.ready = true;
    this.keepAwake(500);
    this.onReady?.();
    if (this.pending) this.draw(this.pending, true);
  }

  draw(stage: Stage, immediate: boolean): void {
    if (this.stopped) return;
    if (!this.ready) {
      this.pending = stage;
      return;
    }
    const duration = immediate || this.options.reducedMotion ? 0 : 500;
    this.keepAwake(duration + 300);
    if (stage.scene !== this.sceneId) {
      this.sceneId = stage.scene;
      this.showScene(stage.scene, duration);
      this.showPortrait(null, null, false, duration);
    }
    this.showPortrait(stage.speaker, stage.mood, stage.speaking, duration);
    this.drawHud(stage);
  }

  private fadeIn(target: Phaser.GameObjects.GameObject & { setAlpha(a: number): unknown }, duration: number, alpha = 1): void {
    if (duration === 0) {
      target.setAlpha(alpha);
      return;
    }
    target.setAlpha(0);
    this.tweens.add({ targets: target, alpha, duration, ease: 'Sine.easeOut' });
  }

  private fadeOutAndDestroy(target: Phaser.GameObjects.Image | null, duration: number): void {
    if (!target) return;
    if (duration === 0) {
      target.destroy();
      return;
    }
    this.tweens.add({ targets: target, alpha: 0, duration, onComplete: () => target.destroy() });
  }

  private showScene(id: string | null, duration: number): void {
    const old = this.background;
    this.background = null;
    this.fadeOutAndDestroy(old, duration);
    if (!id) return;
    const url = sceneUrl(id);
    if (!url) return; // a missing setting is skipped, never fatal
    const key = `scene:${id}`;
    const place = (): void => {
      if (this.stopped) return;
      this.keepAwake(duration + 300);
      if (this.sceneId !== id || !this.textures.exists(key)) return;
      this.background = this.add.image(0, 0, key).setOrigin(0, 0).setDisplaySize(WIDTH, HEIGHT).setDepth(0);
      this.fadeIn(this.background, duration);
    };
    if (this.textures.exists(key)) {
      place();
      return;
    }
    this.load.svg(key, url, { width: WIDTH, height: HEIGHT });
    this.load.once(Phaser.Loader.Events.COMPLETE, place);
    this.load.start();
  }

  private showPortrait(speaker: string | null, mood: string | null, speaking: boolean, duration: number): void {
    const member = castMember(speaker);
    if (!speaker) {
      this.fadeOutAndDestroy(this.portrait, duration);
      this.portrait = null;
      this.portraitKey = null;
      this.nameplate.setAlpha(0);
      return;
    }
    this.nameplate.setVisible(speaking);
    if (!member) {
      this.fadeOutAndDestroy(this.portrait, duration);
      this.portrait = null;
      this.portraitKey = null;
      this.setName(speaker);
      return;
    }
    const m = mood && isMood(mood) ? mood : 'neutral';
    const key = `portrait:${member.id}:${m}`;
    this.setName(member.name);
    if (key === this.portraitKey) {
      this.portrait?.setAlpha(1);
      return;
    }
    this.portraitKey = key;
    const place = (): void => {
      if (this.stopped) return;
      this.keepAwake(duration + 300);
      if (this.portraitKey !== key) return;
      const old = this.portrait;
      const sameSpeaker = old?.getData('member') === member.id;
      this.portrait = this.add.image(WIDTH / 2, HEIGHT + 10, key).setOrigin(0.5, 1).setDepth(2).setData('member', member.id);
      const scale = (HEIGHT * 0.78) / this.portrait.height;
      this.portrait.setScale(scale);
      // A change of mood for the same person is a quick cross-fade; a new person fades in.
      this.fadeIn(this.portrait, sameSpeaker ? Math.min(duration, 250) : duration);
      this.fadeOutAndDestroy(old, sameSpeaker ? Math.min(duration, 250) : duration);
    };
    if (this.textures.exists(key)) {
      place();
      return;
    }
    // Through the loader (not addBase64), so a decode still running when the stage closes is cancelled with it.
    this.load.svg(key, svgDataUrl(renderPortrait(member, m)), { width: 640, height: 800 });
    this.load.once(`filecomplete-svg-${key}`, place);
    this.load.start();
  }

  private setName(name: string): void {
    this.nameText.setText(name);
    const plate = this.nameplate.getAt(0) as Phaser.GameObjects.Rectangle;
    plate.setSize(this.nameText.width + 56, 68);
    plate.setOrigin(0.5, 0.5);
    this.nameplate.setAlpha(1);
  }

  private drawHud(stage: Stage): void {
    this.hud.removeAll(true);
    const contrast = this.options.highContrast;
    const panelColour = contrast ? 0x000000 : 0xffffff;
    const stroke = contrast ? 0xffffff : 0xb9b2a6;
    const textColour = contrast ? '#ffffff' : '#1f2328';
    const font = { fontFamily: 'system-ui, sans-serif', fontSize: '34px', color: textColour };
    let y = 28;
    for (const m of stage.meters) {
      const value = Math.min(m.max, Math.max(m.min, m.value));
      const ratio = (value - m.min) / (m.max - m.min);
      const label = this.add.text(52, y + 14, m.label, font);
      const width = Math.max(420, label.width + 48);
      const panel = this.add.rectangle(28, y, width, 104, panelColour, 0.9).setOrigin(0, 0).setStrokeStyle(3, stroke);
      const track = this.add.rectangle(52, y + 76, width - 48, 18, contrast ? 0x333333 : 0xe6e0d4).setOrigin(0, 0.5);
      const fill = this.add.rectangle(52, y + 76, Math.max(6, (width - 48) * ratio), 18, contrast ? 0xffd84d : 0x2f5d62).setOrigin(0, 0.5);
      this.hud.add([panel, label, track, fill]);
      y += 120;
    }
    if (stage.clock) {
      const panel = this.add.rectangle(WIDTH - 28, 28, 210, 84, panelColour, 0.92).setOrigin(1, 0).setStrokeStyle(3, stroke);
      const text = this.add.text(WIDTH - 133, 70, stage.clock, { ...font, fontSize: '48px', fontStyle: 'bold' }).setOrigin(0.5, 0.5);
      this.hud.add([panel, text]);
    }
  }
}

export function createStageView(parent: HTMLElement, options: StageOptions): Promise<StageView> {
  return new Promise((resolve, reject) => {
    const scene = new StageScene();
    scene.options = options;
    let game: Phaser.Game;
    const timeout = window.setTimeout(() => {
      scene.stop();
      game?.destroy(true);
      reject(new Error('The stage did not start in time.'));
    }, 20_000);
    try {
      game = new Phaser.Game({
        type: Phaser.AUTO,
        parent,
        width: WIDTH,
        height: HEIGHT,
        backgroundColor: '#e6e0d4',
        banner: false,
        fps: { target: 30, limit: 30 },
        powerPreference: 'low-power',
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
        scene: [scene],
      });
    } catch (cause) {
      window.clearTimeout(timeout);
      reject(cause instanceof Error ? cause : new Error(String(cause)));
      return;
    }
    game.canvas?.setAttribute('aria-hidden', 'true');
    const onResize = (): void => scene.keepAwake(400);
    scene.onReady = () => {
      window.clearTimeout(timeout);
      window.addEventListener('resize', onResize);
      resolve({
        renderer: game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
        update: (stage, immediate) => scene.draw(stage, immediate),
        setOptions: (next) => {
          scene.options = next;
          scene.keepAwake(300);
        },
        destroy: () => {
          window.removeEventListener('resize', onResize);
          scene.stop();
          if (!game.loop.running) game.loop.wake();
          game.destroy(true);
        },
      });
    };
  });
}
