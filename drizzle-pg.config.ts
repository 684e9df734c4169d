// drizzle-kit for PostgreSQL: the same tables (adapters/db/schema-pg.ts) into their own migrations
// folder, applied by the Node host at start under an advisory lock (adapters/runtime/pg-db.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './adapters/db/schema-pg.ts',
  out: './adapters/db/migrations-pg',
});
