// The docs deploy workflow (.github/workflows/docs.yml) cannot run here; what can be checked is
// that it parses, builds with the project's own command, uploads what VitePress writes, and
// publishes the errors page where error messages link to (core's DOCS_BASE).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_BASE } from '@alipay-escrow/core/errors';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './pages.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/docs.yml'), 'utf8'), {
  strict: true,
  uniqueKeys: true,
}) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; needs?: string; permissions?: Record<string, string> }>;
};
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  repository: { url: string };
};

describe('the docs deploy workflow', () => {
  const build = workflow.jobs['build']!.steps;

  it('builds with npm run docs:build under the Pages path and uploads the VitePress output', () => {
    expect(rootPackage.scripts['docs:build']).toBeDefined();
    const step = build.find((s) => s.run === 'npm run docs:build');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template literal
    expect(step?.env?.['DOCS_BASE_PATH']).toBe('/${{ github.event.repository.name }}/');
    expect(build.findIndex((s) => s.run === 'npm ci')).toBeLessThan(build.indexOf(step!));
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('docs/.vitepress/dist');
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(Object.keys(workflow.on)).toContain('push');
  });

  it('publishes the errors page at the address error messages link to', () => {
    const [, owner, repo] = /github\.com\/([^/]+)\/([^/.]+)(?:\.git)?$/.exec(rootPackage.repository.url)!;
    expect(DOCS_BASE).toBe(`https://${owner!.toLowerCase()}.github.io/${repo}/errors`);
  });
});
