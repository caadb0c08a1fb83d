/** The templates this package ships: dist/templates/<name>, listed in dist/templates/manifest.json. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What `npm run dev` starts in a project made from a template. */
export type TemplateRuntime = 'node' | 'wrangler' | 'deno';

/** One template: a recipe of the alipay-escrow docs, copied when this package was built. */
export interface Template {
  /** The recipe's name, e.g. `hono-node`: what `--template` takes. */
  name: string;
  /** What `npm run dev` starts. */
  runtime: TemplateRuntime;
  /** One line for the prompt and `--help`. */
  description: string;
}

/** The folder holding the templates (next to this file once built). */
export const TEMPLATES_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

/** The shipped templates, in the order the prompt lists them. */
export function loadTemplates(): Template[] {
  const manifest = JSON.parse(readFileSync(`${TEMPLATES_DIR}manifest.json`, 'utf8')) as { templates: Template[] };
  return manifest.templates;
}
