/**
 * The query files write parameters by name (`@from`), as better-sqlite3
 * binds them; PostgreSQL numbers them (`$1`). This turns one into the
 * other once per SQL text, so both engines run the same query strings.
 */

interface Positional {
  text: string;
  names: string[];
}

const cache = new Map<string, Positional>();

/** `sql` with `@name` parameters numbered, and the values of `params` in that order. */
export function toPositional(sql: string, params: object = {}): { text: string; values: unknown[] } {
  let converted = cache.get(sql);
  if (converted === undefined) {
    const names: string[] = [];
    const text = sql.replace(/@([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
      let index = names.indexOf(name);
      if (index === -1) index = names.push(name) - 1;
      return `$${index + 1}`;
    });
    converted = { text, names };
    cache.set(sql, converted);
  }
  return {
    text: converted.text,
    values: converted.names.map((name) => {
      if (!(name in params)) throw new Error(`the query needs @${name}, which was not given`);
      return (params as Record<string, unknown>)[name];
    }),
  };
}
