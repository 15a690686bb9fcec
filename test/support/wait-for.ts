/**
 * Waits for a condition, never for a fixed time: on a loaded machine anything may take long,
 * so the ceiling is generous (it only bounds a test that would otherwise hang).
 */
export const WAIT_CEILING_MS = 120_000;

export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  describe: () => string,
  { ceilingMs = WAIT_CEILING_MS, pollMs = 25 }: { ceilingMs?: number; pollMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + ceilingMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${ceilingMs / 1000} s waiting for ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
