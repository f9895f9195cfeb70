/** The error an action throws, for asserting on its code and message; fails the test if nothing is thrown. */
export function caught(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the action to fail, but it succeeded');
}
