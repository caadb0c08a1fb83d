import type { Command } from '../command.js';
import { explainCommand } from './explain.js';
import { logsCommand } from './logs.js';
import { reconcileCommand } from './reconcile.js';
import { replayCommand } from './replay.js';
import { sandboxCommand } from './sandbox.js';
import { signCommand } from './sign.js';
import { triggerCommand } from './trigger.js';
import { verifyCommand } from './verify.js';

/** Every sub-command, in the order `--help` lists them. Register a new command here. */
export const commands: readonly Command[] = [
  signCommand,
  verifyCommand,
  explainCommand,
  sandboxCommand,
  triggerCommand,
  logsCommand,
  replayCommand,
  reconcileCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
