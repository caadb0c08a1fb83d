/** What a command may touch of the outside world; the bin wires it to the process. */
export interface CliIo {
  /** The whole of stdin, as bytes (never decoded on the way). */
  readStdin(): Promise<Uint8Array>;
  /** True when stdin is a terminal rather than a pipe or file. */
  readonly stdinIsTerminal: boolean;
  /** The environment variables (read for ALIPAY_KEY). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Writes to stdout as is: commands print through output.ts, which escapes control characters. */
  stdout(text: string): void;
  /** Writes to stderr as is: commands print through output.ts, which escapes control characters. */
  stderr(text: string): void;
}

export function processIo(): CliIo {
  return {
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      const all = Buffer.concat(chunks);
      return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
    },
    stdinIsTerminal: process.stdin.isTTY === true,
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
