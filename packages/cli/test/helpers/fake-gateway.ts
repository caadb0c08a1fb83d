import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGateway {
  /** e.g. http://127.0.0.1:43121/gateway.do */
  url: string;
  /** The requests received so far (method and URL with query). */
  requests: { method: string; url: URL }[];
  close(): Promise<void>;
}

/** A stand-in for the gateway's notify_verify: answers every request with `answer`. */
export async function startFakeGateway(answer: string): Promise<FakeGateway> {
  const requests: FakeGateway['requests'] = [];
  const server = createServer((req: IncomingMessage, res) => {
    requests.push({ method: req.method ?? '', url: new URL(req.url ?? '/', 'http://127.0.0.1') });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/gateway.do`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
