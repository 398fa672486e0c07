import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { preparedStatement, usePreparedStatements } from './prepared';

/** A stand-in for a pool connection that records what it was asked to run. */
function fakeClient() {
  const calls: unknown[][] = [];
  const client = { query: (...args: unknown[]) => (calls.push(args), Promise.resolve({ rows: [] })) };
  usePreparedStatements(client as unknown as pg.Client);
  return { client, calls };
}

describe('prepared statements', () => {
  const text = preparedStatement('test.one', 'select $1::int as n');

  it('sends a registered text with parameters as the named statement', async () => {
    const { client, calls } = fakeClient();
    await client.query(text, [1]);
    expect(calls).toEqual([[{ name: 'test.one', text, values: [1] }]]);
  });

  it('leaves other texts, callbacks and query objects as they were', async () => {
    const { client, calls } = fakeClient();
    const cb = () => {};
    await client.query('select 2', []);
    await client.query(text, cb);
    await client.query({ text: 'select 3' });
    expect(calls).toEqual([['select 2', []], [text, cb], [{ text: 'select 3' }]]);
  });

  it('refuses one name for two texts, and one text under two names', () => {
    expect(() => preparedStatement('test.one', 'select 4')).toThrow(/test.one/);
    expect(() => preparedStatement('test.two', text)).toThrow(/test.one/);
    expect(preparedStatement('test.one', text)).toBe(text);
  });
});
