import type { SourceDocument } from "../../sources/source-document.ts";

/**
 * A source as the text a model reads, one entry per speaker turn (consecutive cues of one speaker
 * joined) or per email message, in reading order. Chunking splits between these entries.
 */
export function renderSource(doc: SourceDocument): string[] {
  if (doc.kind === "email" && doc.messages.length > 0) {
    return doc.messages.map((m) => {
      const who = (a: { name: string | null; email: string | null }) =>
        a.name && a.email ? `${a.name} <${a.email}>` : (a.name ?? a.email ?? "unknown");
      const head = [`From: ${who(m.from)}`];
      if (m.to.length) head.push(`To: ${m.to.map(who).join(", ")}`);
      if (m.cc.length) head.push(`Cc: ${m.cc.map(who).join(", ")}`);
      if (m.date) head.push(`Date: ${m.date}`);
      if (m.subject) head.push(`Subject: ${m.subject}`);
      if (m.attachments.length) head.push(`Attachments: ${m.attachments.join(", ")}`);
      return `${head.join("\n")}\n\n${m.body.trim()}`;
    });
  }
  const turns: Array<{ speaker: string | null; text: string[] }> = [];
  for (const seg of doc.segments) {
    const text = seg.text.trim();
    if (!text) continue;
    const last = turns.at(-1);
    if (last && last.speaker === seg.speaker) last.text.push(text);
    else turns.push({ speaker: seg.speaker, text: [text] });
  }
  return turns.map((t) => (t.speaker ? `${t.speaker}: ${t.text.join(" ")}` : t.text.join(" ")));
}
