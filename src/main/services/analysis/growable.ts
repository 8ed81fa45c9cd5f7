/** A Float32Array that grows as values are appended, so a long recording's tracks stay compact. */
export class GrowableFloat32 {
  private data = new Float32Array(4096);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values so far (a copy, so later appends do not show through). */
  values(): Float32Array {
    return this.data.slice(0, this.length);
  }
}
