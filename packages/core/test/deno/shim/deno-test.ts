// The slice of the Deno namespace the shim uses, declared locally so that `tsc` (which
// type-checks packages/core/test with Node types) accepts these files too.
export interface DenoTestDefinition {
  name: string;
  fn: () => void | Promise<void>;
}

interface DenoGlobal {
  test(definition: DenoTestDefinition): void;
}

export function denoTest(definition: DenoTestDefinition): void {
  const deno = (globalThis as { Deno?: DenoGlobal }).Deno;
  if (deno === undefined) {
    throw new Error('The vitest shim in packages/core/test/deno only runs under `deno test`.');
  }
  deno.test(definition);
}
