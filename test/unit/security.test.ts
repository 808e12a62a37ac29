// The static claims of SECURITY.md, checked over the source on every `npm test`: Cypher is never
// assembled from strings at a call site, and only src/config.ts reads the environment.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(path.join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(REPO, path.join(e.parentPath, e.name)));
}

/** The code that runs in production: the serving wing, the pipeline and the CLI. */
const SOURCES = [...filesUnder('src', '.ts'), ...filesUnder('ingest', '.ts')];
const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

// A statement argument that is a template with ${…}, or a literal glued to something with +.
const BUILT_STATEMENT = [
  /(?:\.run|\bexecuteQuery|\breadNamed|\bread)\(\s*`[^`]*\$\{/,
  /(?:\.run|\bexecuteQuery)\(\s*(['"`])[^'"`]*\1\s*\+/,
  /(?:\.run|\bexecuteQuery)\(\s*[A-Za-z_.]+\s*\+/,
];

describe('no Cypher built from strings', () => {
  it('finds source files to check (the scan itself works)', () => {
    expect(SOURCES.length).toBeGreaterThan(20);
    expect(SOURCES).toContain('ingest/write/writer.ts');
  });

  it.each(SOURCES.map((f) => [f]))('%s passes no assembled string as a statement', (file) => {
    const text = read(file);
    for (const pattern of BUILT_STATEMENT) expect(text).not.toMatch(pattern);
  });

  it.each([
    [`session.run(\`MATCH (n {id: "$\{id}"}) RETURN n\`)`],
    ["driver.executeQuery('MATCH (n) WHERE n.id = ' + id)"],
    ['tx.run(base + where)'],
  ])('would catch %s', (bad) => {
    expect(BUILT_STATEMENT.some((p) => p.test(bad))).toBe(true);
  });

  it('no statement file under cypher/ runs dynamic Cypher (apoc.cypher.*)', () => {
    for (const file of filesUnder('cypher', '.cypher')) expect(read(file)).not.toMatch(/apoc\.cypher\./i);
  });
});

describe('secrets only from the environment', () => {
  it.each(SOURCES.filter((f) => f !== 'src/config.ts').map((f) => [f]))(
    '%s does not read process.env',
    (file) => {
      expect(read(file)).not.toMatch(/process\.env\b/);
    },
  );

  it('src/config.ts is where the JWT secret and the Neo4j password come from', () => {
    const config = read('src/config.ts');
    expect(config).toMatch(/JWT_SECRET: z\.string\(\)\.min\(32\)\.optional\(\)/);
    expect(config).toMatch(/NEO4J_PASSWORD: z\.string\(\)/);
  });
});
