// The console in a Cloudflare Worker: secrets come with each request's env.
import type { Escrow } from '@alipay-escrow/core';
import { createConsole } from '@alipay-escrow/console';
import { basicOperators, BASIC_CHALLENGE } from './authorize.js';

// #region workers
export interface ConsoleEnv {
  /** A secret (`wrangler secret put CONSOLE_SECRET`): 32+ random bytes, the CSRF tokens' key. */
  CONSOLE_SECRET: string;
  /** A secret: the password of the operator `ops`. */
  CONSOLE_PASSWORD: string;
}

/** A Worker serving the console at /admin/alipay; `escrowFor` builds the escrow (D1 store) from env. */
export function consoleWorker<Env extends ConsoleEnv>(escrowFor: (env: Env) => Escrow) {
  const consoles = new WeakMap<Env, (request: Request) => Promise<Response>>();
  return {
    async fetch(request: Request, env: Env): Promise<Response> {
      let console = consoles.get(env);
      if (console === undefined) {
        console = createConsole({
          escrow: escrowFor(env),
          basePath: '/admin/alipay',
          secret: env.CONSOLE_SECRET,
          authorize: basicOperators({ ops: env.CONSOLE_PASSWORD }),
          challenge: BASIC_CHALLENGE,
        });
        consoles.set(env, console);
      }
      return console(request);
    },
  };
}
// #endregion workers
