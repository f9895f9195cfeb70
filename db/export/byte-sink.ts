/**
 * Text appended as UTF-8 into one growing buffer. An export of 100,000
 * sentences made of small strings kept alive until the end spends most of its
 * time in the garbage collector; bytes in one buffer are a single object.
 */
export class ByteSink {
  private buffer: Buffer;
  private length = 0;
  /** Small appends are joined first: one write into the buffer per 32 K characters, not per sentence. */
  private pending = '';

  constructor(initialBytes = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  append(text: string): void {
    this.pending += text;
    if (this.pending.length >= 32 * 1024) this.flush();
  }

  get byteLength(): number {
    this.flush();
    return this.length;
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Buffer {
    this.flush();
    return this.buffer.subarray(0, this.length);
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = text.length * 3;
    if (this.length + most > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + most));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }
}
