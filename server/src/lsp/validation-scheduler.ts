// When validations run: debounce only when it pays. A fast validation runs at once (after the messages already
// received), a slow one waits as long as the last one took, so that typing is not held up by validations it makes
// obsolete; one runs at a time, and a request during a run asks for one more after it.
import { performance } from 'node:perf_hooks';

/** A validation faster than this runs at once after a change; a slower one waits as long as it took. */
const FAST_VALIDATION_MS = 20;
const MAX_DEBOUNCE_MS = 250;

export class ValidationScheduler {
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private lastRunMs = 0;

  constructor(
    private readonly validate: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** A change arrived: validate soon. */
  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    const delay = this.lastRunMs < FAST_VALIDATION_MS ? 0 : Math.min(this.lastRunMs, MAX_DEBOUNCE_MS);
    const run = () => {
      this.timer = undefined;
      void this.runNow();
    };
    // At once means after the messages already received (a hover sent right behind the keystroke): the protocol
    // library handles one message per turn of the event loop, and a zero timer would run before them.
    this.timer = delay > 0 ? setTimeout(run, delay) : setImmediate(() => (this.timer = setImmediate(run)));
  }

  /** Validates now (or joins the run under way, asking for one more after it). */
  runNow(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
      this.timer = undefined;
    }
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const started = performance.now();
    this.running = this.validate()
      .catch(this.onError)
      .finally(() => {
        this.lastRunMs = performance.now() - started;
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.request();
        }
      });
    return this.running;
  }
}
