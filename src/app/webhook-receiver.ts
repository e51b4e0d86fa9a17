import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Probot } from 'probot';

/** GitHub caps a webhook delivery at 25 MB: a larger body is not GitHub's, so it is not read. */
export const MAX_DELIVERY_BYTES = 25 * 1024 * 1024;

type EmitterEvent = Parameters<Probot['receive']>[0];

export interface ReceiverLog {
  warn(message: string): void;
}

/**
 * Receives GitHub's webhooks in the order that keeps an unauthenticated sender cheap: size first (a
 * declared or streamed body over the cap is refused without reading the rest), then the signature,
 * and only then JSON. Nothing from an unverified delivery is logged but its size and event name.
 */
export function webhookReceiver(probot: Probot, secret: string, log: ReceiverLog) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    // The event name is a header anyone can send: only a plain word reaches the log.
    const name = header('x-github-event') ?? '';
    const shownName = /^[a-z_]{1,40}$/.test(name) ? name : '(unnamed)';
    if (req.method !== 'POST') return answer(req, res, 405, 'POST webhooks here');
    const declared = Number(header('content-length') ?? Number.NaN);
    if (declared > MAX_DELIVERY_BYTES) {
      log.warn(`refused ${shownName} delivery of ${declared} bytes: over GitHub's 25 MB limit`);
      return answer(req, res, 413, 'payload over 25 MB');
    }
    const body = await readCapped(req);
    if (body === 'aborted') return;
    if (body === 'too-big') {
      log.warn(`refused ${shownName} delivery: body over GitHub's 25 MB limit`);
      return answer(req, res, 413, 'payload over 25 MB');
    }
    const id = header('x-github-delivery');
    const signature = header('x-hub-signature-256');
    if (!id || !name || !signature) {
      log.warn(`refused ${shownName} delivery of ${body.length} bytes: GitHub's webhook headers are missing`);
      return answer(req, res, 400, 'x-github-event, x-github-delivery and x-hub-signature-256 are required');
    }
    if (!signatureMatches(body, signature, secret)) {
      log.warn(
        `refused ${shownName} delivery of ${body.length} bytes: the signature does not match the secret`,
      );
      return answer(req, res, 401, 'signature does not match');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      log.warn(`refused ${shownName} delivery ${id} of ${body.length} bytes: signed, but not JSON`);
      return answer(req, res, 400, 'body is not JSON');
    }
    try {
      await probot.receive({ id, name, payload } as EmitterEvent);
    } catch {
      // Probot's error handler has logged each handler failure with the delivery id.
      return answer(req, res, 500, 'handler failed');
    }
    answer(req, res, 200, 'ok');
  };
}

function signatureMatches(body: Buffer, signature: string, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body; or `too-big` as soon as it passes the cap, and the rest is never read. */
function readCapped(req: IncomingMessage): Promise<Buffer | 'too-big' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DELIVERY_BYTES) {
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve('too-big');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', () => resolve('aborted'));
  });
}

/**
 * Answers; when the body was not read to its end, reading stays paused (Node would otherwise drain
 * the rest to reuse the connection) and the connection is dropped a moment later, once the sender has
 * had time to read the answer: closing at once would reset it before the 413 arrives.
 */
function answer(req: IncomingMessage, res: ServerResponse, status: number, text: string) {
  const unread = !req.readableEnded;
  if (unread) {
    req.on('data', () => {});
    req.pause();
  }
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(`${text}\n`, () => {
    if (unread) setTimeout(() => req.socket.destroy(), CLOSE_GRACE_MS).unref();
  });
}

const CLOSE_GRACE_MS = 1000;
