import type pg from 'pg';

/*
 * Named (prepared) statements for the few fixed texts every busy request sends — the session lookup,
 * the results-entry statements. PostgreSQL then parses and plans such a text once per connection
 * instead of on every request, which is most of what those statements cost it
 * (bench/results-entry-cost.ts). The texts are registered here by name; every pool connection sends a
 * registered text as the named statement of that name, and everything else as before.
 *
 * A registered text must never select `*`: a prepared statement whose result columns change (a
 * migration adding a column while the server runs) fails instead of re-planning.
 */
const names = new Map<string, string>();

/** Registers a fixed statement text under a name and returns the text, to run as usual (CompiledQuery.raw). */
export function preparedStatement(name: string, text: string): string {
  const known = names.get(text);
  if (known !== undefined && known !== name) throw new Error(`Câu lệnh đã được đăng ký với tên ${known}`);
  if ([...names.values()].includes(name) && known === undefined) throw new Error(`Tên câu lệnh ${name} đã được dùng cho câu lệnh khác`);
  names.set(text, name);
  return text;
}

type Query = (...args: unknown[]) => unknown;

/** Makes a pool connection send registered texts as named statements (pool.on('connect', …)). */
export function usePreparedStatements(client: pg.PoolClient | pg.Client): void {
  const query = client.query.bind(client) as Query;
  const wrapped: Query = (...args) => {
    const [text, values] = args;
    const name = typeof text === 'string' ? names.get(text) : undefined;
    if (name === undefined || !Array.isArray(values)) return query(...args);
    return query({ name, text, values }, ...args.slice(2));
  };
  (client as unknown as { query: Query }).query = wrapped;
}
