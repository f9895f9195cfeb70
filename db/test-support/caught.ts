/** The error an action throws, for asserting on its code and message; fails the test if nothing is thrown. */
export function caught(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the action to fail, but it succeeded');
}

/** The error an asynchronous action rejects with; fails the test if it resolves. */
export async function caughtAsync(action: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await action();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the action to fail, but it succeeded');
}
