import type { EmailAddress } from "../source-document.ts";
import { extractAttachments } from "./extract-attachments.ts";
import { stripFooter } from "./strip-footer.ts";
import { stripSignature } from "./strip-signature.ts";

/**
 * Cleans one message's own text (quoted history already cut): drops mail-system warning banners,
 * lists and removes attachment placeholders, cuts the footer and the signature, drops calendar RSVP buttons, tidies blank lines.
 */
export function cleanMessageText(text: string, sender: EmailAddress): { text: string; attachments: string[] } {
  const extracted = extractAttachments(dropBanners(text));
  let body = stripFooter(extracted.text);
  body = stripSignature(body, sender);
  body = dropRsvpButtons(body);
  return { text: tidy(body), attachments: extracted.attachments };
}

/** Warning banners mail systems put above the text (`You don't often get email from …`, `CAUTION: External email`). */
const BANNER =
  /^(?:you don't often get e-?mail from \S+.*|(?:\[?(?:caution|warning|external)\]?\s*:?\s*)(?:this (?:e-?mail|message) (?:originated|came) from outside|external (?:e-?mail|sender)).*)$/i;

function dropBanners(text: string): string {
  return text
    .split("\n")
    .filter((line) => !BANNER.test(line.trim()))
    .join("\n");
}

const RSVP_LINE = /^(?:reply for \S+|yes|no|maybe|more options|view all guest info|view map|rsvp)$/i;

/** Google Calendar's `Reply for x@y / Yes / No / Maybe / More options` block, only when the whole triple is there. */
function dropRsvpButtons(text: string): string {
  const lines = text.split("\n");
  const trimmed = lines.map((line) => line.trim().toLowerCase());
  const yes = trimmed.findIndex((line, i) => line === "yes" && trimmed[i + 1] === "no" && trimmed[i + 2] === "maybe");
  if (yes < 0) return text;
  return lines.filter((line) => !RSVP_LINE.test(line.trim())).join("\n");
}

/** A line of rule characters only (`________`, `-----`, `──────`). */
const RULE_LINE = /^[\s_=~*·•─━—–-]+$/;

function tidy(text: string): string {
  const lines = text.split("\n").map((line) => line.replace(/[ \t]+$/, ""));
  while (lines.length > 0 && (lines[lines.length - 1]!.trim() === "" || RULE_LINE.test(lines[lines.length - 1]!))) lines.pop();
  while (lines.length > 0 && (lines[0]!.trim() === "" || RULE_LINE.test(lines[0]!))) lines.shift();
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}
