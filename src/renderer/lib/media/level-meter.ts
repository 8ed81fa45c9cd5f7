/**
 * Measures how loud a stream's microphone is, many times a second, with a Web Audio
 * AnalyserNode. Reports 0..1 on a decibel scale (-60 dB … 0 dB) so quiet speech still
 * moves the bar, and falls back gently so the bar does not flicker.
 */
export class LevelMeter {
  readonly #context: AudioContext;
  readonly #source: MediaStreamAudioSourceNode;
  readonly #analyser: AnalyserNode;
  readonly #samples: Float32Array<ArrayBuffer>;
  readonly #onLevel: (level: number) => void;
  #frame = 0;
  #level = 0;
  #stopped = false;
  readonly #resume = () => void this.#context.resume().catch(() => undefined);

  constructor(stream: MediaStream, onLevel: (level: number) => void) {
    this.#onLevel = onLevel;
    this.#context = new AudioContext();
    this.#source = this.#context.createMediaStreamSource(stream);
    this.#analyser = this.#context.createAnalyser();
    this.#analyser.fftSize = 1024;
    this.#samples = new Float32Array(this.#analyser.fftSize);
    this.#source.connect(this.#analyser);
    // A context made before any click may start suspended; wake it on the next interaction.
    if (this.#context.state === 'suspended') {
      this.#resume();
      window.addEventListener('pointerdown', this.#resume, { once: true });
      window.addEventListener('keydown', this.#resume, { once: true });
    }
    this.#tick();
  }

  #tick = (): void => {
    if (this.#stopped) return;
    this.#analyser.getFloatTimeDomainData(this.#samples);
    let sum = 0;
    for (const sample of this.#samples) sum += sample * sample;
    const rms = Math.sqrt(sum / this.#samples.length);
    const db = rms > 0 ? 20 * Math.log10(rms) : -Infinity;
    const level = Math.min(1, Math.max(0, (db + 60) / 60));
    this.#level = Math.max(level, this.#level * 0.9);
    this.#onLevel(this.#level);
    this.#frame = requestAnimationFrame(this.#tick);
  };

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    cancelAnimationFrame(this.#frame);
    window.removeEventListener('pointerdown', this.#resume);
    window.removeEventListener('keydown', this.#resume);
    this.#source.disconnect();
    void this.#context.close().catch(() => undefined);
  }
}
