// Shared code builds its queries from the SQLite schema and runs them on PostgreSQL too
// (adapters/db/repositories.ts), so the two schema files must name the same tables, columns,
// nullability, keys, unique constraints and indexes; a column added to one and not the other
// fails here before it fails in production.
import { getTableColumns, is, type Table } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '../../adapters/db/schema-pg.ts';
import * as sqliteSchema from '../../adapters/db/schema.ts';

type Shape = { columns: string[]; indexes: string[] };

function shape(c: {
  columns: { name: string; notNull: boolean; primary: boolean; isUnique: boolean }[];
  indexes: { config: { name?: string; columns: unknown[]; unique?: boolean } }[];
}): Shape {
  return {
    columns: c.columns
      .map(
        (x) =>
          `${x.name} ${x.notNull ? 'not null' : 'null'}${x.primary ? ' primary' : ''}${x.isUnique ? ' unique' : ''}`,
      )
      .sort(),
    indexes: c.indexes
      .map(
        (i) =>
          `${i.config.name} ` +
          `(${i.config.columns.map((col) => (col as { name: string }).name).join(',')})` +
          `${i.config.unique ? ' unique' : ''}`,
      )
      .sort(),
  };
}

describe('schema parity', () => {
  const sqlite = Object.entries(sqliteSchema).filter(([, t]) => is(t, SQLiteTable));
  const postgres = Object.entries(pgSchema).filter(([, t]) => is(t, PgTable));

  it('the same tables under the same export names', () => {
    expect(sqlite.length).toBe(19);
    expect(postgres.map(([k]) => k).sort()).toEqual(sqlite.map(([k]) => k).sort());
  });

  for (const [name, table] of sqlite) {
    it(`${name}: the same columns, keys and indexes`, () => {
      const s = sqliteConfig(table as never);
      const p = pgConfig((pgSchema as Record<string, unknown>)[name] as never);
      expect(p.name).toBe(s.name);
      expect(shape(p as never)).toEqual(shape(s as never));
      // JavaScript keys too: shared code reads rows by them.
      expect(Object.keys(getTableColumns((pgSchema as Record<string, Table>)[name]!)).sort()).toEqual(
        Object.keys(getTableColumns(table as Table)).sort(),
      );
    });
  }
});
