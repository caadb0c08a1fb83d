// The console under Deno.serve, next to the notify and return routes of @alipay-escrow/deno.
import type { Escrow } from '@alipay-escrow/core';
import { createConsole } from '@alipay-escrow/console';
import { alipayEscrow, type DenoServeHandler } from '@alipay-escrow/deno';
import { basicOperators, BASIC_CHALLENGE } from './authorize.js';

// #region deno
/** The handler to pass to `Deno.serve`: the notify and return routes, and the console at /admin/alipay. */
export function denoHandler(
  escrow: Escrow,
  settings: { secret: string; passwords: Record<string, string> },
): DenoServeHandler {
  const console = createConsole({
    escrow,
    basePath: '/admin/alipay',
    secret: settings.secret, // Deno.env.get('CONSOLE_SECRET')
    authorize: basicOperators(settings.passwords),
    challenge: BASIC_CHALLENGE,
  });
  // /alipay/notify and /alipay/return to the escrow, everything else to the console (which
  // answers 404 outside /admin/alipay without asking authorize)
  return alipayEscrow(escrow, { fallback: (request) => console(request) });
}
// Deno.serve({ port: 8000 }, denoHandler(escrow, { secret, passwords }));
// #endregion deno
