import { afterEach, vi } from 'vitest';

// A console.error during a test is a defect the assertions did not catch (STYLE.md, Epic Stack habit).
const spy = vi.spyOn(console, 'error');
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockClear();
  if (calls.length > 0) throw new Error(`console.error was called:\n${calls.map((c) => c.join(' ')).join('\n')}`);
});
