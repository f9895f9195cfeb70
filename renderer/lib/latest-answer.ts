/**
 * Only the latest of overlapping requests may change the screen: a search
 * typed on, a scope changed twice, a chart asked for again before the first
 * answer came. `ask()` starts one and gives a check that stays true until a
 * later one starts (or `forget()` drops them all).
 */
export class LatestAnswer {
  private asked = 0;

  ask(): () => boolean {
    const ticket = ++this.asked;
    return () => ticket === this.asked;
  }

  /** No answer still on its way counts any more. */
  forget(): void {
    this.asked += 1;
  }
}
