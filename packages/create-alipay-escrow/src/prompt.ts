/** Questions on the terminal (node:readline), for what the command line left out. */
import { createInterface } from 'node:readline/promises';
import type { Template } from './templates.js';

/** A question-asker bound to stdin/stdout; close it when done. */
export interface Prompt {
  /** Lists the templates and reads a number or a name; asks again until the answer is one of them. */
  template(templates: readonly Template[]): Promise<Template>;
  /** Reads a folder name; an empty answer takes `fallback`. */
  dir(fallback: string): Promise<string>;
  close(): void;
}

/** A prompt on the given streams (the process's stdin and stdout by default). */
export function terminalPrompt(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Prompt {
  const rl = createInterface({ input, output });
  return {
    async template(templates) {
      output.write('Which template?\n');
      templates.forEach((t, i) => {
        output.write(`  ${i + 1}. ${t.name.padEnd(16)} ${t.description}\n`);
      });
      for (;;) {
        const answer = (await rl.question(`Template [1-${templates.length}, default 1]: `)).trim();
        if (answer === '') return templates[0]!;
        const chosen = /^[0-9]+$/.test(answer)
          ? templates[Number(answer) - 1]
          : templates.find((t) => t.name === answer);
        if (chosen) return chosen;
        output.write(`"${answer}" is not one of them: type a number from the list or a template's name.\n`);
      }
    },
    async dir(fallback) {
      const answer = (await rl.question(`Project folder [${fallback}]: `)).trim();
      return answer === '' ? fallback : answer;
    },
    close: () => rl.close(),
  };
}
