import { createHash } from "node:crypto";
import { SourceDocument } from "../../src/sources/source-document.ts";
import type { EmailMessage } from "../../src/sources/source-document.ts";
import type { ExtractContext } from "../../src/extract/extraction.ts";

/** The vault owner used throughout these tests. */
export const ctx: ExtractContext = { ownerName: "Jason Vallery", ownerAliases: ["Jason"] };

type DocOptions = {
  kind?: SourceDocument["kind"];
  title?: string | null;
  date?: string | null;
  fileName?: string;
  participantsHint?: string[];
  messages?: EmailMessage[];
  automated?: boolean;
};

/** A validated SourceDocument whose segments are the given `[speaker, text]` turns. */
export function transcript(turns: [string | null, string][], options: DocOptions = {}): SourceDocument {
  const text = turns.map(([s, t]) => `${s}: ${t}`).join("\n");
  const hash = createHash("sha256").update(text).digest("hex");
  return SourceDocument.parse({
    kind: options.kind ?? "transcript",
    format: options.kind === "email" ? "apple-mail-md" : "macwhisper-md",
    fileName: options.fileName ?? "meeting.md",
    contentHash: hash,
    textHash: hash,
    title: options.title ?? null,
    date: options.date === undefined ? "2025-10-29" : options.date,
    participantsHint: options.participantsHint ?? [],
    segments: turns.map(([speaker, t], i) => ({ speaker, start: i * 10, end: i * 10 + 9, text: t })),
    messages: options.messages ?? [],
    automated: options.automated ?? false,
    warnings: [],
  });
}

/** A 1:1 between the vault owner and Lior, recorded with the other side labelled `Remote`. */
export function oneOnOneWithRemote(): SourceDocument {
  return transcript(
    [
      ["Jason Vallery", "Hello, how are you? I saw your email about the MAI deck."],
      ["Remote", "All good. So, um, I made some changes to the MAI deck and the side-by-side comparison table."],
      [
        "Jason Vallery",
        "Yeah, you know, I think we have to be careful with the Azure Blob numbers, because that is not public information. I'll send you the LinkedIn profile of Ronnie Borker after this call.",
      ],
      [
        "Remote",
        "Okay. I will update the MAI deck with the observability slide by Friday. Can you review the CSI driver section before the customer call?",
      ],
      ["Jason Vallery", "Sure, I can do that. The customer wants to test with 160,000 GPUs in December, and they plan to start with 8 nodes."],
      ["Remote", "We agreed to ship pre-certified hardware for the test, right? That's the plan."],
      ["Jason Vallery", "Yes, agreed. Thanks, talk soon."],
    ],
    { title: "1:1 — Lior — 2025-10-29", participantsHint: ["Lior"], fileName: "2025-10-29 - 1-1 - Lior - 2025-10-29.md" },
  );
}
