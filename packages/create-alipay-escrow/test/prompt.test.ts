// The questions asked on a terminal when --template or --dir is left out (node:readline), answered
// through streams the way a user types: each answer only once its question is on the screen.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalPrompt, type Prompt } from '../src/prompt.js';
import type { Template } from '../src/templates.js';

const TEMPLATES: Template[] = [
  { name: 'getting-started', runtime: 'node', description: 'one file' },
  { name: 'koa', runtime: 'node', description: 'Koa' },
  { name: 'deno-kv', runtime: 'deno', description: 'Deno' },
];

/** A terminal that types the next answer each time a question (a line ending in ": ") appears. */
function terminal(answers: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    if (screen.endsWith(': ') && answers.length > 0) setImmediate(() => input.write(`${answers.shift()}\n`));
  });
  return { input, output, screen: () => screen };
}

const temp = mkdtempSync(join(tmpdir(), 'create-alipay-escrow-prompt-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the terminal prompt', () => {
  it('lists the templates, asks again after an answer that is none of them, takes a number or a name', async () => {
    for (const [answers, expected] of [
      [['9', 'express', 'koa'], 'koa'],
      [['3'], 'deno-kv'],
      [[''], 'getting-started'],
    ] as const) {
      const t = terminal([...answers]);
      const prompt = terminalPrompt(t.input, t.output);
      const chosen = await prompt.template(TEMPLATES);
      prompt.close();
      expect(chosen.name).toBe(expected);
      expect(t.screen()).toContain('  2. koa ');
      expect(t.screen().split('is not one of them').length - 1).toBe(answers.length - 1);
    }
  });

  it('asks for the folder; an empty answer takes the default shown', async () => {
    for (const [answer, expected] of [
      ['', 'alipay-escrow-koa'],
      ['my-shop', 'my-shop'],
    ] as const) {
      const t = terminal([answer]);
      const prompt = terminalPrompt(t.input, t.output);
      expect(await prompt.dir('alipay-escrow-koa')).toBe(expected);
      prompt.close();
      expect(t.screen()).toContain('Project folder [alipay-escrow-koa]: ');
    }
  });

  it('the built command asks for what the flags left out, then writes that template there', async () => {
    const distMain = join(import.meta.dirname, '..', 'dist', 'main.js');
    expect(existsSync(distMain), 'dist/main.js is missing: run npm run build first').toBe(true);
    type Main = (
      argv: string[],
      io: { out(t: string): void; err(t: string): void; interactive: boolean; prompt(): Prompt },
    ) => Promise<number>;
    const { main } = (await import(pathToFileURL(distMain).href)) as { main: Main };
    const dir = join(temp, 'asked');
    const t = terminal(['koa', dir]);
    let out = '';
    const code = await main([], {
      out: (s) => (out += s),
      err: (s) => (out += s),
      interactive: true,
      prompt: () => terminalPrompt(t.input, t.output),
    });
    expect([code, out]).toEqual([0, expect.stringContaining('Wrote the koa template')]);
    expect(t.screen()).toContain('Which template?');
    expect(t.screen()).toContain('Project folder [alipay-escrow-koa]: ');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies['@alipay-escrow/koa']).toMatch(
      /^\^/,
    );

    // --yes asks nothing, even on a terminal
    const yesDir = join(temp, 'yes');
    const quiet = terminal([]);
    expect(
      await main(['--yes', '--dir', yesDir], {
        out: () => {},
        err: () => {},
        interactive: true,
        prompt: () => terminalPrompt(quiet.input, quiet.output),
      }),
    ).toBe(0);
    expect(quiet.screen()).toBe('');
    expect(existsSync(join(yesDir, 'src', 'server.ts'))).toBe(true);
  });
});
