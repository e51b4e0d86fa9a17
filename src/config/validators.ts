import AjvModule, { type ValidateFunction } from 'ajv';

// ajv is CommonJS; under NodeNext its class is the default export's default.
const Ajv = AjvModule.default;

/** Options shared with the build, which precompiles the shipped schemas with the same settings. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false } as const;

let ajv: InstanceType<typeof Ajv> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * A validator for one of the shipped schemas, compiled on first use. The bundle replaces this module
 * with validators precompiled at build time (scripts/bundle.mjs), so the CLI and the Action do not
 * load or run the schema compiler at start-up.
 */
export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new Ajv(AJV_OPTIONS);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
