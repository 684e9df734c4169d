// drizzle-kit: one schema, one migrations folder (applied by Node at start and by wrangler for D1).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './adapters/db/schema.ts',
  out: './adapters/db/migrations',
});
