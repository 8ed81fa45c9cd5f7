/**
 * One clock for two recordings played side by side.
 *
 * There is a single timeline time T. Side i shows its own recording at T + offset[i], so an
 * offset of +3 s means that side runs 3 s ahead, and −3 s means it waits 3 s before it starts.
 * A side whose position falls before its start waits paused at 0 ("waiting"); one past its end
 * is parked paused on its last frame ("ended") while the other plays on.
 *
 * While playing, T is read from one of the videos, the master: the side you are listening to
 * if it is playing (or stalled), else the other. The follower is corrected against it every
 * frame: small drift by nudging its playbackRate, sized by the longest recent frame gap; past
 * `holdMs` the side ahead waits, held paused, for the side behind, and a side that stalls
 * is waited for rather than run away from; only very large drift is closed by a seek that
 * aims a little ahead to cover the time the seek itself takes. The audible side is never
 * rate-nudged, so the sound you hear is never rate-jiggled (it may wait). Only when neither
 * side is in its recording (a gap made by offsets) does T run from the wall clock.
 *
 * Pure TypeScript over a minimal media interface, so it runs in unit tests with fake media;
 * `compare-player.svelte.ts` wires it to real <video> elements and a frame loop.
 */

import { correct, FrameGaps, releaseWithinMs, SYNC_TUNING, type Tuning, whoWaits } from './sync-correction';
import { asked, atMediaEnd, clampToMedia, newSide, type SideData } from './sync-side';
import { SIDES, type ClockMedia, type ClockSnapshot, type Side, type SideSnapshot } from './sync-types';

export { correct, SYNC_TUNING, type Correction, type Tuning } from './sync-correction';
export { SIDES, type ClockMedia, type ClockSnapshot, type Side, type SideSnapshot, type SideState } from './sync-types';

export class SyncClock {
  readonly #sides: [SideData, SideData];
  readonly #now: () => number;
  readonly #tuning: Tuning;
  #playing = false;
  #rate = 1;
  #audible: Side = 0;
  /** The timeline time at a wall time; while paused only `t` matters. */
  #anchor = { t: 0, wall: 0 };
  #seekLeadMs: number;
  readonly #gaps: FrameGaps;
  /** How long the audible side may still wait (see `audibleWaitShare`); refills while it plays. */
  #waitBudgetMs: number;
  #lastTickWall: number | null = null;

  constructor(media: [ClockMedia, ClockMedia], durationsMs: [number, number], options: { now?: () => number; tuning?: Tuning } = {}) {
    this.#now = options.now ?? (() => performance.now());
    this.#tuning = options.tuning ?? SYNC_TUNING;
    this.#seekLeadMs = this.#tuning.initialSeekLeadMs;
    this.#gaps = new FrameGaps(this.#tuning);
    this.#waitBudgetMs = this.#tuning.audibleWaitBudgetMs;
    this.#sides = [newSide(media[0], durationsMs[0]), newSide(media[1], durationsMs[1])];
    this.setAudible(0);
  }

  // --- reading ---------------------------------------------------------------------------

  get playing(): boolean {
    return this.#playing;
  }

  get rate(): number {
    return this.#rate;
  }

  get audible(): Side {
    return this.#audible;
  }

  get timeMs(): number {
    return this.#anchor.t;
  }

  offset(side: Side): number {
    return this.#sides[side].offsetMs;
  }

  /** Where side i should be at timeline time t, clamped to its recording. */
  targetOf(side: Side, t: number = this.#anchor.t): number {
    const s = this.#sides[side];
    return Math.min(s.durationMs, Math.max(0, t + s.offsetMs));
  }

  /** The earliest useful timeline time: the first side to start is at its beginning. */
  get startMs(): number {
    return Math.min(...this.#sides.map((s) => 0 - s.offsetMs));
  }

  /** The latest: the last side to finish is at its end. */
  get endMs(): number {
    return Math.max(...this.#sides.map((s) => s.durationMs - s.offsetMs));
  }

  snapshot(): ClockSnapshot {
    const t = this.#anchor.t;
    const side = (i: Side): SideSnapshot => {
      const s = this.#sides[i];
      return {
        positionMs: Math.round(s.media.currentTime * 1000),
        targetMs: Math.round(this.targetOf(i, t)),
        offsetMs: s.offsetMs,
        durationMs: s.durationMs,
        state: s.state,
        startsInMs: Math.max(0, Math.round(-(t + s.offsetMs))),
      };
    };
    return {
      playing: this.#playing,
      rate: this.#rate,
      audible: this.#audible,
      timeMs: Math.round(t),
      startMs: Math.round(this.startMs),
      endMs: Math.round(this.endMs),
      sides: [side(0), side(1)],
    };
  }

  // --- commands --------------------------------------------------------------------------

  play(): void {
    if (this.#playing) return;
    this.#advance();
    // Play from the top when everything has finished, as a player does.
    if (this.#anchor.t >= this.endMs - this.#tuning.endSlackMs) this.#anchor.t = this.startMs;
    this.#playing = true;
    this.#anchor.wall = this.#now();
    this.#placeAll();
  }

  pause(): void {
    if (!this.#playing) return;
    this.#advance();
    this.#playing = false;
    this.#placeAll();
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else this.play();
  }

  /** Moves the timeline; both sides follow. */
  seek(timeMs: number): void {
    this.#advance();
    this.#anchor = { t: this.#clampTime(timeMs), wall: this.#now() };
    this.#placeAll(SIDES);
  }

  skip(deltaMs: number): void {
    this.#advance();
    this.seek(this.#anchor.t + deltaMs);
  }

  /** Moves the timeline so side i is at `ms` of its own recording. */
  seekSide(side: Side, ms: number): void {
    this.seek(ms - this.#sides[side].offsetMs);
  }

  setRate(rate: number): void {
    this.#advance();
    this.#rate = rate;
    this.#anchor.wall = this.#now();
    for (const s of this.#sides) [s.held, s.media.playbackRate] = [false, rate];
  }

  /** Sets side i's offset; that side moves, the other stays where it is. */
  setOffset(side: Side, offsetMs: number): void {
    this.#advance();
    this.#sides[side].offsetMs = Math.round(offsetMs);
    this.#anchor.t = this.#clampTime(this.#anchor.t);
    // Only the nudged side jumps; the other (perhaps the one you hear) plays on untouched.
    this.#placeAll([side]);
  }

  nudge(side: Side, deltaMs: number): void {
    this.setOffset(side, this.#sides[side].offsetMs + deltaMs);
  }

  /**
   * Puts each side at its own moment (e.g. its own start of the Action) so the two play
   * together from there: their offsets become the difference. A side given null stays where
   * it is. The first side given a moment keeps offset 0, so the other's offset reads as
   * "starts this much later/earlier".
   */
  alignTo(targets: readonly [number | null, number | null]): void {
    const reference = targets[0] !== null ? 0 : targets[1] !== null ? 1 : null;
    if (reference === null) return;
    this.#advance();
    const at = SIDES.map((i) => targets[i] ?? this.targetOf(i));
    const t = at[reference]!;
    for (const i of SIDES) this.#sides[i].offsetMs = Math.round(at[i]! - t);
    this.#anchor = { t, wall: this.#now() };
    this.#placeAll(SIDES);
  }

  /** Which side you hear; the other is muted. The audible side also leads the clock. */
  setAudible(side: Side): void {
    this.#audible = side;
    for (const i of SIDES) {
      this.#sides[i].media.muted = i !== side;
      this.#sides[i].media.preservesPitch = i === side;
    }
  }

  /**
   * A media element reported `seeking`. If we did not ask for that position, the user moved
   * this side (its waveform, ruler or a section marker): move the timeline to match.
   */
  mediaSeeking(side: Side): void {
    const s = this.#sides[side];
    const at = s.media.currentTime;
    if (s.ourSeekS !== null && Math.abs(at - s.ourSeekS) < 0.002) return;
    s.ourSeekS = at;
    this.seekSide(side, at * 1000);
  }

  /** Called once per frame: reads the master, corrects the follower, parks finished sides. */
  tick(): void {
    // A user seek can land between its 'seeking' event and this frame; catch it here too.
    for (const i of SIDES) if (this.#sides[i].media.seeking) this.mediaSeeking(i);
    const now = this.#now();
    this.#gaps.note(now);
    this.#spendWaitBudget(now - (this.#lastTickWall ?? now));
    this.#lastTickWall = now;
    for (const s of this.#sides) {
      const time = s.media.currentTime;
      s.moving = !s.media.paused && !s.media.seeking && time !== s.lastTimeS;
      s.lastTimeS = time;
      if (s.media.paused || s.media.seeking || s.held) s.started = false;
      if (s.moving) [s.started, s.movedWall] = [true, now];
      if (s.moving && s.seekWall !== null) {
        // The seek is done and the side runs again: learn how long that took.
        const took = now - s.seekWall;
        this.#seekLeadMs = Math.min(this.#tuning.maxSeekLeadMs, 0.7 * this.#seekLeadMs + 0.3 * took);
        s.seekWall = null;
      }
    }
    this.#advance(now);
    if (this.#playing && this.#anchor.t >= this.endMs) {
      this.#anchor.t = this.endMs;
      this.#playing = false;
    }
    this.#placeAll();
  }

  // --- inside ----------------------------------------------------------------------------

  #clampTime(t: number): number {
    return Math.min(this.endMs, Math.max(this.startMs, t));
  }

  #inRange(side: Side, t: number): boolean {
    const p = t + this.#sides[side].offsetMs;
    return p >= 0 && p < this.#sides[side].durationMs - this.#tuning.endSlackMs;
  }

  /** Played, moved, and now stands still though nothing paused or moved it: starved of CPU. */
  #stalled(side: Side): boolean {
    const s = this.#sides[side];
    return s.started && !s.moving && !s.held && this.#now() - s.movedWall >= this.#tuning.holdMs;
  }

  /** The side the timeline is read from (a stalled one holds it), or null when neither is really playing. */
  #master(t: number): Side | null {
    const order: Side[] = [this.#audible, this.#audible === 0 ? 1 : 0];
    return order.find((i) => (this.#sides[i].moving || this.#stalled(i)) && this.#inRange(i, t)) ?? null;
  }

  #spendWaitBudget(elapsedMs: number): void {
    if (!this.#playing) return;
    const { audibleWaitShare: share, audibleWaitBudgetMs: cap } = this.#tuning;
    const heard = this.#sides[this.#audible];
    this.#waitBudgetMs = heard.held ? this.#waitBudgetMs - elapsedMs : Math.min(cap, this.#waitBudgetMs + elapsedMs * share);
  }

  /** Which side waits for the other this frame (see `whoWaits`), given the master. */
  #waiter(master: Side): Side | null {
    const other: Side = master === 0 ? 1 : 0;
    const o = this.#sides[other];
    if (!this.#inRange(other, this.#anchor.t) || o.media.seeking || (!o.started && !o.held)) return null;
    const drift = o.media.currentTime * 1000 - (this.#anchor.t + o.offsetMs);
    const stalled = { master: this.#stalled(master), follower: this.#stalled(other) };
    const waits = whoWaits(drift, stalled, o.held, releaseWithinMs(this.#rate, this.#gaps.longestMs, this.#tuning), this.#tuning);
    const waiter = waits === null ? null : waits === 'master' ? master : other;
    return waiter === this.#audible && this.#waitBudgetMs <= 0 ? null : waiter;
  }

  #advance(now: number = this.#now()): void {
    if (!this.#playing) return;
    const previous = this.#anchor.t;
    const master = this.#master(previous);
    let t: number;
    if (master !== null) {
      const s = this.#sides[master];
      t = s.media.currentTime * 1000 - s.offsetMs;
    } else if (SIDES.some((i) => this.#inRange(i, previous) && !this.#sides[i].media.paused)) {
      // A side is playing but has not started moving yet (starting, seeking, buffering):
      // hold the timeline for it rather than run ahead of both.
      t = previous;
    } else {
      // Neither side is in its recording (a gap made by offsets): the wall clock carries on.
      t = previous + (now - this.#anchor.wall) * this.#rate;
    }
    this.#anchor = { t, wall: now };
  }

  /** `jumped`: the sides moved on purpose, which go exactly to their place rather than drift there. */
  #placeAll(jumped: readonly Side[] = []): void {
    const master = this.#playing ? this.#master(this.#anchor.t) : null;
    const waiter = master === null || jumped.length > 0 ? null : this.#waiter(master);
    for (const i of SIDES) this.#place(i, i === master && !jumped.includes(i), jumped.includes(i), waiter === null ? null : i === waiter);
  }

  /** `waits`: this side waits for the other (true), the other waits for it (false), or neither (null). */
  #place(side: Side, isMaster: boolean, jumped: boolean, waits: boolean | null = null): void {
    const s = this.#sides[side];
    const media = s.media;
    const target = this.#anchor.t + s.offsetMs;

    if (!this.#playing || jumped || target < 0 || target >= s.durationMs - this.#tuning.endSlackMs) s.held = false;
    if (target < 0 || target >= s.durationMs - this.#tuning.endSlackMs) {
      // Out of its recording: wait at the start or stay parked on the last frame.
      const waiting = target < 0;
      s.state = waiting ? 'waiting' : 'ended';
      if (!media.paused) media.pause();
      const park = waiting ? 0 : s.durationMs;
      const parked = waiting ? media.currentTime * 1000 <= 1 : media.currentTime * 1000 >= s.durationMs - this.#tuning.endSlackMs || atMediaEnd(media, this.#tuning);
      if (!parked && !asked(s, park)) this.#seek(s, park);
      return;
    }

    const drift = media.currentTime * 1000 - target;
    if (!this.#playing) {
      s.state = 'paused';
      if (!media.paused) media.pause();
      if (media.playbackRate !== this.#rate) media.playbackRate = this.#rate;
      if (Math.abs(drift) > 1 && !asked(s, target)) this.#seek(s, target);
      return;
    }

    s.state = 'playing';
    if (waits === true && !media.paused) {
      // The side ahead waits for the other at rate 0, not paused: a paused element reports
      // where it was told to stop, a busy pipeline stops later, and it would jump on resuming.
      if (media.playbackRate !== 0) media.playbackRate = 0;
      s.held = true;
      return;
    }
    if (s.held) [s.held, media.playbackRate] = [false, this.#rate];
    if (waits === false && !media.paused) {
      // The other waits for this one, which runs at the plain rate to catch up.
      if (media.playbackRate !== this.#rate) media.playbackRate = this.#rate;
      return;
    }
    if (media.paused || jumped) {
      // Moved on purpose: go exactly there. Starting or coming into range: it is already about
      // there (a paused side was kept in place), so only a large gap is worth a seek.
      const far = jumped ? Math.abs(drift) > 1 : Math.abs(drift) > this.#tuning.hardSeekMs;
      if (far && !asked(s, target)) this.#seek(s, target, true);
      media.playbackRate = this.#rate;
      if (media.paused) media.play().catch(() => undefined);
      return;
    }
    if (isMaster) {
      if (media.playbackRate !== this.#rate) media.playbackRate = this.#rate;
      return;
    }
    // The follower: leave it alone until it really runs, then correct it against the master.
    if (media.seeking || !s.moving) return;
    const now = this.#now();
    const fix = correct(drift, this.#rate, this.#tuning, this.#gaps.longestMs);
    if (fix.kind === 'seek' && now - s.lastSeekWall > this.#tuning.seekCooldownMs) {
      // Aim ahead by what a seek costs, so it lands where the master will be.
      this.#seek(s, target + this.#seekLeadMs * this.#rate, true);
      media.playbackRate = this.#rate;
      return;
    }
    const rate =
      fix.kind === 'nudge' ? fix.rate : fix.kind === 'seek' ? this.#rate * (1 - Math.sign(drift) * this.#tuning.maxNudge) : this.#rate;
    if (Math.abs(media.playbackRate - rate) > 0.0005) media.playbackRate = rate;
  }

  #seek(s: SideData, ms: number, whilePlaying = false): void {
    // Before metadata a media element cannot seek; the next tick tries again.
    if (s.media.readyState < 1) return;
    const seconds = clampToMedia(s, ms);
    s.ourSeekS = seconds;
    s.media.currentTime = seconds;
    s.lastTimeS = seconds;
    s.moving = false;
    s.started = false;
    if (whilePlaying) {
      s.seekWall = this.#now();
      s.lastSeekWall = s.seekWall;
    }
  }
}
