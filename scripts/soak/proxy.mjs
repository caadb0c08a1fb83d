// The stable notify_url in front of the merchant instances: a small HTTP proxy on 127.0.0.1 that
// hands each delivery to the next live instance (round robin) and stamps it with the sandbox's
// clock (x-soak-now) so the merchant's leases follow the fast clock. When the instance dies under
// the request, or none comes up within 10 s, the sandbox's connection is destroyed: a failed delivery, which the
// sandbox redelivers on Alipay's schedule.
import { Agent, createServer, request as httpRequest } from 'node:http';

/** Starts the proxy; resolves to `{ url, perInstance, refused, stop }`. */
export async function startProxy(instances, clockNow) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const perInstance = Object.fromEntries(instances.map((i) => [i.name, 0]));
  const stats = { perInstance, refused: 0, broken: 0 };
  let next = 0;
  const pick = () => {
    for (let k = 0; k < instances.length; k++) {
      const candidate = instances[(next + k) % instances.length];
      if (candidate.port !== null) {
        next = (next + k + 1) % instances.length;
        return candidate;
      }
    }
    return undefined;
  };
  // A restart takes about a second, while the sandbox's fast clock covers Alipay's minutes-apart
  // retries in milliseconds: a delivery that finds every instance down waits (up to 10 s) for one
  // to come back, as it would on a real clock, instead of being refused at once.
  const live = async () => {
    for (let waited = 0; waited < 10_000; waited += 20) {
      const target = pick();
      if (target !== undefined) return target;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return undefined;
  };
  const server = createServer(async (req, res) => {
    const t0 = Date.now();
    if (process.env.SOAK_DEBUG)
      res.on(
        'close',
        () => Date.now() - t0 > 300 && console.error(`[proxy] ${Date.now() - t0} ms ${target?.name} ${res.statusCode}`),
      );
    const target = await live();
    if (target === undefined) {
      stats.refused++;
      req.socket.destroy();
      return;
    }
    perInstance[target.name]++;
    const broken = () => {
      stats.broken++;
      req.socket.destroy();
    };
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-soak-now': String(clockNow()) },
        agent,
      },
      (answer) => {
        answer.on('aborted', broken);
        answer.on('error', broken);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', broken);
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stats,
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
