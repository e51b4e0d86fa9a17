// Builds the self-contained bundles that are committed in dist/:
// dist/index.js for the Action (runs with no node_modules), dist/cli.js for the CLI, and dist/app.js
// for the Probot server (`npm start`).
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standalone = require('ajv/dist/standalone').default;

const SHIPPED_SCHEMAS = [
  'schemas/sprintlab.config.schema.json',
  'schemas/eval-results.schema.json',
  'schemas/gate-artifact.schema.json',
];

/**
 * Replaces src/config/validators.ts with validators precompiled by ajv's standalone code generator,
 * keyed by schema $id: the same checks and error objects, without the compiler at start-up.
 */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /src[\\/]config[\\/]validators\.ts$/ }, () => {
      // Keep in step with AJV_OPTIONS in src/config/validators.ts.
      const ajv = new Ajv({
        allErrors: true,
        verbose: true,
        strict: false,
        code: { source: true, esm: true },
      });
      const exportToId = {};
      SHIPPED_SCHEMAS.forEach((file, i) => {
        const schema = JSON.parse(readFileSync(file, 'utf8'));
        ajv.addSchema(schema);
        exportToId[`schema${i}`] = schema.$id;
      });
      const byId = Object.entries(exportToId).map(([name, id]) => `${JSON.stringify(id)}: ${name}`);
      return {
        loader: 'js',
        resolveDir: 'src/config',
        contents: `${standalone(ajv, exportToId)}
const byId = { ${byId.join(', ')} };
export function validatorFor(schema) {
  const validate = byId[schema.$id];
  if (!validate) throw new Error('no precompiled validator for ' + schema.$id);
  return validate;
}
`,
      };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // ESM bundles of CommonJS dependencies need a require of their own.
  banner: {
    js: "import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);",
  },
  plugins: [precompiledValidators],
  // `sprintlab --version` and the User-Agent carry the package's version.
  define: {
    'process.env.SPRINTLAB_VERSION': JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
};

// Stale chunks from an earlier build would linger beside the new ones: start from an empty dist/.
rmSync('dist', { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts', app: 'src/app/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
