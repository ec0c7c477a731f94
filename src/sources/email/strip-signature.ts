import type { EmailAddress } from "../source-document.ts";

/** "Sent from my iPhone" and friends: dropped wherever they stand. */
const DEVICE_LINE =
  /^(?:sent from (?:my )?(?:iphone|ipad|android|mobile|samsung|galaxy|blackberry|phone|proton ?mail|outlook|mail for windows|yahoo mail|gmail|windows mail)\b.*|sent (?:via|with|using) .{1,40}|get outlook for (?:ios|android)\b.*|download outlook for (?:ios|android)\b.*)$/i;

/** The conventional signature delimiter (`-- `) and its common variants on a line of their own. */
const DELIMITER = /^(?:--|---|—|–|__)\s*$/;

const SIGN_OFF =
  /^(?:(?:many|big|huge|warm(?:est)?|kind(?:est)?|best|all the|with|very best)\s+)?(?:thanks|thank you|thanx|thx|tx|ty|cheers|regards|best|best wishes|wishes|rgds|br|sincerely|cordially|respectfully|yours(?: truly| sincerely)?|take care|talk soon|speak soon|more soon|merci|danke|gracias|saludos|cordialement|grüße|gruß|groeten|obrigad[oa]|mit freundlichen grüßen|viele grüße|liebe grüße|un saludo|bien à vous)(?:[\s,]+(?:again|so much|very much|a lot|in advance|all|everyone|team|guys|folks|you|much))*\s*[,.!]*$/i;

/** Words that end a message on their own line without being a name. */
const NOT_A_NAME = new Set([
  "agreed", "done", "yes", "no", "sure", "great", "perfect", "ok", "okay", "congrats", "thanks", "cheers",
  "noted", "confirmed", "correct", "right", "understood", "approved", "excellent", "awesome", "nice", "cool",
  "good", "fine", "exactly", "absolutely", "definitely", "indeed", "tomorrow", "today", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "soon", "later", "best", "regards",
]);

/** A name right below one of these labels is a listed attendee or recipient, not a signature. */
const LIST_LABEL = /^(?:organi[sz]er|guests?|attendees?|who|participants?|invitees?|from|to|cc|owner|assignee)\s*:?$/i;

/** How long a block below a sign-off or name may be and still count as signature. */
const MAX_BLOCK_LINES = 12;
const MAX_BLOCK_LINE_LENGTH = 160;

/**
 * Cuts the signature off the end of a message's own text: device lines ("Sent from my iPhone"),
 * a `-- ` delimiter and what follows, a sign-off (`Thanks,`, `Best regards`) followed by a short name or
 * contact block, a closing line with the sender's name (`Jeff Denworth` / `-JV` / `RAY COETZEE | …`)
 * followed by such a block, and a lone first name on the last line. A one-line message is never emptied.
 */
export function stripSignature(text: string, sender: EmailAddress): string {
  const original = text.split("\n");
  let lines = original.filter((line) => !DEVICE_LINE.test(line.trim()));
  lines = trimEnd(lines);
  const names = senderNames(sender);

  const delimiter = lines.findIndex((line, i) => DELIMITER.test(line.trim()) && isSignatureBlock(lines, i + 1, "loose"));
  if (delimiter >= 0) lines = trimEnd(lines.slice(0, delimiter));

  const signOff = findLast(lines, (line, i) => SIGN_OFF.test(line.trim()) && isSignatureBlock(lines, i + 1, "sign-off"));
  if (signOff >= 0 && isNearEnd(lines, signOff)) lines = trimEnd(lines.slice(0, signOff));

  const firstContent = lines.findIndex((line) => line.trim() !== "");
  const nameLine = lines.findIndex(
    (line, i) =>
      i > firstContent &&
      isNearEnd(lines, i) &&
      isNameLine(line, names) &&
      !LIST_LABEL.test(previousContent(lines, i)) &&
      isSignatureBlock(lines, i + 1, isFullNameLine(line, names) ? "loose" : "name"),
  );
  if (nameLine >= 0) lines = trimEnd(lines.slice(0, nameLine));

  const last = lines[lines.length - 1]?.trim() ?? "";
  const beforeLast = lines[lines.length - 2]?.trim() ?? "";
  if (lines.length > 1 && (beforeLast === "" || /[,.!]$/.test(beforeLast)) && isBareSignature(last)) {
    lines = trimEnd(lines.slice(0, -1));
  }
  const closing = lines[lines.length - 1]?.trim() ?? "";
  if (lines.length > 1 && SIGN_OFF.test(closing)) lines = trimEnd(lines.slice(0, -1));

  if (lines.every((line) => line.trim() === "")) {
    // A one-line message ("Thanks!", "Jeff") is kept as it is; a bare sign-off and name block is not content.
    const rest = trimEnd(original.filter((line) => !DEVICE_LINE.test(line.trim())));
    return rest.filter((line) => line.trim() !== "").length === 1 ? rest.join("\n").trim() : "";
  }
  return lines.join("\n");
}

/**
 * Lowercased forms of the sender's name a signature may use: full name, first name, initials. None
 * for a service sending on someone's behalf (`Jeff Denworth (Google Docs)`): there the name opens
 * the notice's own lines ("Jeff Denworth shared a document") and is no signature.
 */
function senderNames(sender: EmailAddress): { full: string; first: string; initials: string } | null {
  if (sender.name && /\([^)]*\)\s*$/.test(sender.name)) return null;
  let name = (sender.name ?? "").trim();
  if (name === "" && sender.email) name = sender.email.split("@")[0]!.replace(/[._]+/g, " ").replace(/\d+/g, "");
  const tokens = name.toLowerCase().split(/[\s&]+/).filter((token) => /^[\p{L}][\p{L}'.-]*$/u.test(token));
  if (tokens.length === 0) return null;
  return {
    full: tokens.join(" "),
    first: tokens[0]!,
    initials: tokens.length > 1 ? tokens.map((token) => token[0]).join("") : "",
  };
}

function isNameLine(line: string, names: ReturnType<typeof senderNames>): boolean {
  if (names === null) return false;
  const dashed = /^[-–—~]\s*/.test(line.trim());
  const text = line.trim().replace(/^[-–—~*]+\s*|[\s,.!*]+$/g, "").replace(/\s+/g, " ").toLowerCase();
  if (text === "") return false;
  if (text === names.full || text === names.first) return true;
  if (dashed && (text === names.initials || text === names.first[0])) return true;
  return isFullNameLine(line, names);
}

/** The line starts with the sender's full name (`Jeff Denworth`, `RAY COETZEE | FIELD CTO`). */
function isFullNameLine(line: string, names: ReturnType<typeof senderNames>): boolean {
  if (names === null || !names.full.includes(" ")) return false;
  const text = line.trim().replace(/^[-–—~*]+\s*/, "").replace(/\s+/g, " ").toLowerCase();
  if (!text.startsWith(names.full)) return false;
  const rest = text.slice(names.full.length);
  // `Jeff Denworth`, `RAY COETZEE | FIELD CTO`, `Karl R Principal Partner Manager`, but not a sentence.
  return rest === "" || (/^(?:\s*[,|/]|\s+\p{L})/u.test(rest) && !/[.?!:]$/.test(rest));
}

/** A lone `-JV`, `-B` or first-name-looking word closing the message. */
function isBareSignature(line: string): boolean {
  if (/^[-–—~]\s*[A-Z]{1,3}$/.test(line)) return true;
  const match = /^[-–—~]?\s*([A-Z][a-z]{1,14})$/.exec(line);
  return match !== null && !NOT_A_NAME.has(match[1]!.toLowerCase());
}

/**
 * True when the lines from `from` on are short enough, and list-like enough, to be a signature.
 * Below a `-- ` delimiter or the sender's full name (strong signs) any short block counts: titles,
 * links, taglines. Below a first name or a sign-off the lines must not read as sentences, and below a
 * sign-off the first line must be short (a name or a title, not more text).
 */
function isSignatureBlock(lines: readonly string[], from: number, mode: "loose" | "name" | "sign-off"): boolean {
  const rest = lines.slice(from).map((line) => line.trim()).filter((line) => line !== "");
  if (rest.length > MAX_BLOCK_LINES) return false;
  if (mode === "loose") return rest.every((line) => line.length <= MAX_BLOCK_LINE_LENGTH);
  if (mode === "sign-off" && rest[0] !== undefined && rest[0].split(/\s+/).length > 8) return false;
  // Signature lines are names, titles, companies, phones, links and quotes, not sentences.
  return rest.every(
    (line) =>
      line.length <= MAX_BLOCK_LINE_LENGTH &&
      !/\?\s*$/.test(line) &&
      !(line.split(/\s+/).length >= 4 && /[.!?]$/.test(line)) &&
      !/^p\.?s\.?\b/i.test(line),
  );
}

function isNearEnd(lines: readonly string[], index: number): boolean {
  return lines.slice(index).filter((line) => line.trim() !== "").length <= MAX_BLOCK_LINES + 1;
}

function previousContent(lines: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.trim() !== "") return lines[i]!.trim();
  return "";
}

function findLast(lines: readonly string[], predicate: (line: string, index: number) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (predicate(lines[i]!, i)) return i;
  return -1;
}

function trimEnd(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === "") end--;
  return lines.slice(0, end);
}
