// Open-loop load at a fixed rate: requests leave evenly spaced, and each latency runs from when it was due, so a slow reply is not hidden by the sender waiting for it.
import net from 'node:net';

export type FixedRateRequest = { readonly method: 'GET' | 'POST'; readonly path: string; readonly headers?: Record<string, string>; readonly body?: () => string };
export type FixedRateFigures = { targetRps: number; requests: number; rps: number; p50: number; p99: number; max: number; errors: number; non2xx: number };

type Connection = { socket: net.Socket; buffered: Buffer; due: number; busy: boolean };

const HEADER_END = Buffer.from('\r\n\r\n');

/** The whole request as bytes: keep-alive HTTP/1.1 with a content length, the only form the bench sends. */
function requestBytes(host: string, request: FixedRateRequest): Buffer {
  const body = request.body?.() ?? '';
  const headers = { host, connection: 'keep-alive', ...request.headers, ...(request.method === 'POST' ? { 'content-length': String(Buffer.byteLength(body)) } : {}) };
  const head = `${request.method} ${request.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
  return Buffer.from(head + body);
}

/** Bytes of the first complete response in `data` and its status, or undefined while it is still arriving. */
function completeResponse(data: Buffer): { length: number; status: number } | undefined {
  const end = data.indexOf(HEADER_END);
  if (end < 0) return undefined;
  const head = data.subarray(0, end).toString('latin1');
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
  if (length === undefined) throw new Error('the bench client reads only responses with a content-length');
  const total = end + HEADER_END.length + Number(length);
  return data.length < total ? undefined : { length: total, status: Number(head.slice(9, 12)) };
}

/**
 * autocannon's rate option sends each connection's quota for a second back to back and then idles until the next
 * second, so at "half load" the server runs flat out for half of every second and p99 measures that queue instead.
 * Node's own HTTP client costs too much CPU to send several thousand requests a second from one core, hence raw sockets.
 */
export async function fixedRateLoad(origin: string, request: FixedRateRequest, rate: number, seconds: number, connections = 32): Promise<FixedRateFigures> {
  const url = new URL(origin);
  const latencies: number[] = [];
  const waiting: number[] = [];
  const idle: Connection[] = [];
  let errors = 0;
  let non2xx = 0;
  const total = Math.round(rate * seconds);
  let finished = 0;
  let done: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (done = resolve));
  const settle = () => {
    finished += 1;
    if (finished === total) done();
  };
  const dispatch = (connection: Connection) => {
    const due = waiting.shift();
    if (due === undefined) {
      connection.busy = false;
      idle.push(connection);
      return;
    }
    connection.busy = true;
    connection.due = due;
    connection.socket.write(requestBytes(url.host, request));
  };
  const opened: Connection[] = [];
  let stopped = false;
  const open = (): Promise<Connection> =>
    new Promise<Connection>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => resolve(connection));
      const connection: Connection = { socket, buffered: Buffer.alloc(0), due: 0, busy: false };
      opened.push(connection);
      socket.setNoDelay(true);
      socket.on('error', reject);
      // The server closes a keep-alive connection idle for 5 s: an unanswered request counts as an error, and a new
      // connection takes the closed one's place so the sender keeps its 32.
      socket.on('close', () => {
        const at = idle.indexOf(connection);
        if (at >= 0) idle.splice(at, 1);
        if (connection.busy) {
          errors += 1;
          connection.busy = false;
          settle();
        }
        if (!stopped) void open().then(dispatch, () => undefined);
      });
      socket.on('data', (chunk: Buffer) => {
        connection.buffered = connection.buffered.length ? Buffer.concat([connection.buffered, chunk]) : chunk;
        const response = completeResponse(connection.buffered);
        if (!response) return;
        connection.buffered = connection.buffered.subarray(response.length);
        latencies.push(performance.now() - connection.due);
        if (response.status >= 300) non2xx += 1;
        settle();
        dispatch(connection);
      });
    });
  idle.push(...(await Promise.all(Array.from({ length: connections }, open))));
  const start = performance.now();
  let sent = 0;
  const tick = () => {
    const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000));
    for (; sent < due; sent += 1) {
      waiting.push(start + (sent * 1000) / rate);
      // Oldest idle first, so every connection is used in turn and none sits idle long enough to be closed.
      const connection = idle.shift();
      if (connection) dispatch(connection);
    }
    // Polled rather than timed: a timer's millisecond steps would send small bursts and count up to a millisecond of the sender's lateness.
    if (sent < total) setImmediate(tick);
  };
  tick();
  // Requests still unanswered long after the last was due (every connection lost) count as errors rather than hang the bench.
  const deadline = setTimeout(done, (seconds + 30) * 1000);
  await allDone;
  clearTimeout(deadline);
  errors += total - finished;
  const elapsed = (performance.now() - start) / 1000;
  stopped = true;
  for (const connection of opened) connection.socket.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(2));
  return { targetRps: rate, requests: latencies.length, rps: Math.round(latencies.length / elapsed), p50: at(0.5), p99: at(0.99), max: at(1), errors, non2xx };
}
