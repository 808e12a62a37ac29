import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting gov-kg reads from the environment, with defaults that work on a fresh checkout. */
const ConfigSchema = z.object({
  NEO4J_URI: z.string().default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8).default('govkg-dev-password'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Turn off in production: introspection and the bundled IDE. */
  GRAPHQL_INTROSPECTION: bool.default(true),
  GRAPHQL_IDE: bool.default(true),
  /** HS256 secret for JWTs; without one, the API is read-only for everyone. */
  JWT_SECRET: z.string().min(32).optional(),
  MAX_HOPS: z.coerce.number().int().min(1).max(10).default(6),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(10),
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** Longest string a GraphQL query may carry (names and search words are short). */
  MAX_STRING_LENGTH: z.coerce.number().int().min(16).default(1000),
  /** Curated corrections applied at ingest (aliases to merge, names to block, official names). */
  GOVKG_OVERRIDES: z.string().default('ingest/overrides.json'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment once; an invalid value fails with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO= in a compose file) means "use the default", not "set to empty".
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`E_CONFIG: invalid environment (${problems})`);
  }
  return parsed.data;
}
