import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { method: string; url: string; headers: IncomingHttpHeaders; body: any };
export type Reply = { status?: number; headers?: Record<string, string>; body: unknown; delayMs?: number };

/**
 * A real HTTP server on 127.0.0.1 (a free port) that answers each request with the next reply from
 * `replies` (the last one repeats) or from a function, and keeps every request it received.
 */
export async function apiServer(replies: Reply[] | ((req: Received, index: number) => Reply)) {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      const received: Received = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      requests.push(received);
      const index = requests.length - 1;
      const reply = typeof replies === "function" ? replies(received, index) : replies[Math.min(index, replies.length - 1)]!;
      const send = () => {
        if (res.destroyed) return;
        const payload = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
        res.end(payload);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Chat Completions reply whose message content is `content` (an object is sent as JSON text). */
export function chatCompletion(content: unknown, usage = { prompt_tokens: 1000, completion_tokens: 200 }, finish = "stop") {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_760_000_000,
    model: "m",
    choices: [{ index: 0, finish_reason: finish, message: { role: "assistant", content: typeof content === "string" ? content : JSON.stringify(content), refusal: null } }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** A Messages API reply with one tool_use block whose input is `input`. */
export function anthropicMessage(input: unknown, usage = { input_tokens: 900, output_tokens: 150 }) {
  return {
    id: "msg_test",
    type: "message",
    role: "assistant",
    model: "claude-test",
    content: [{ type: "tool_use", id: "toolu_1", name: "record_extraction", input }],
    stop_reason: "tool_use",
    stop_sequence: null,
    usage,
  };
}

export function apiError(status: number, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: { error: { message, type: "test_error", code: null } } };
}
