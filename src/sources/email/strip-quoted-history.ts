import { isAttributionLine, parseAttribution } from "./parse-attribution.ts";
import { isHeaderFieldLine, parseHeaderFields, type QuoteHeader } from "./parse-header-fields.ts";

/** One earlier message found below the new text: a reply quote or a forwarded message. */
export type QuotedMessage = { kind: "reply" | "forward"; header: QuoteHeader; text: string };

/** The text the sender wrote in this message, and the quoted messages below it, newest first. */
export type QuotedHistory = { text: string; history: QuotedMessage[] };

const SEPARATOR =
  /^[-–—]{2,}\s*(original message|forwarded message|message d'origine|message transféré|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|mensagem original|mensagem encaminhada)\s*[-–—]{2,}\s*$/i;
const BEGIN_FORWARD =
  /^(begin forwarded message|début du message réexpédié|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado)\s*:?\s*$/i;
const FORWARD_WORD = /forward|transféré|réexpédié|weitergeleitet|reenviado|inoltrato|doorgestuurd|encaminhada/i;
const UNDERSCORES = /^_{10,}\s*$/;
const FROM_LINE = /^\**(?:From|De|Von|Van|Da|Från|Fra|Od)\s?:\**\s*\S/;
const INLINE_FIELD = /\s\**(?:Sent|Date|To|Subject|Envoyé|Gesendet|Enviado|Objet|Betreff):\**\s/;
const ATTRIBUTION_START = /^(?:On|Le|El|Am|Il|Op|Em|Den|På|W dniu)\s/;

type Marker = { kind: QuotedMessage["kind"]; header: QuoteHeader; next: number };

/**
 * Splits a message body (already without the export's `> ` prefix) into the sender's own text and the
 * history quoted below it. Recognises reply attributions (`On … wrote:` and a few other languages),
 * Outlook header blocks (`From: … Sent: … To: … Subject: …`, on one line or several),
 * `-----Original Message-----`, `________` separators followed by a header, and forwarded messages
 * (`Begin forwarded message:`, `---------- Forwarded message ---------`).
 */
export function stripQuotedHistory(body: string): QuotedHistory {
  const lines = body.split("\n");
  const own: string[] = [];
  const blocks: { kind: QuotedMessage["kind"]; header: QuoteHeader; lines: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = readMarker(lines, i);
    if (marker) {
      blocks.push({ kind: marker.kind, header: marker.header, lines: [] });
      i = marker.next - 1;
      continue;
    }
    const current = blocks[blocks.length - 1];
    if (current) current.lines.push(lines[i]!);
    else own.push(lines[i]!);
  }
  dropTrailingQuote(own);
  return {
    text: own.join("\n"),
    history: blocks.map((block) => ({ kind: block.kind, header: block.header, text: unquoteBlock(block.lines) })),
  };
}

function readMarker(lines: readonly string[], i: number): Marker | null {
  const line = lines[i]!.trim();
  const separator = SEPARATOR.exec(line);
  if (separator || BEGIN_FORWARD.test(line)) {
    const kind = BEGIN_FORWARD.test(line) || FORWARD_WORD.test(separator?.[1] ?? "") ? "forward" : "reply";
    const j = nextNonBlank(lines, i + 1);
    const inner = j < lines.length ? readHeader(lines, j) : null;
    if (inner) return { ...inner, kind };
    return { kind, header: emptyHeader(), next: i + 1 };
  }
  if (UNDERSCORES.test(line)) {
    const j = nextNonBlank(lines, i + 1);
    const inner = j < lines.length && FROM_LINE.test(lines[j]!.trim()) ? readHeader(lines, j) : null;
    return inner;
  }
  return readHeader(lines, i);
}

/** A header block or an attribution starting at line `i`. */
function readHeader(lines: readonly string[], i: number): Marker | null {
  const line = lines[i]!.trim();
  if (FROM_LINE.test(line) && isHeaderBlock(lines, i)) {
    const fields = [lines[i]!];
    let end = i + 1;
    while (end < lines.length) {
      // Some clients leave a blank line inside the header block (`Cc: …`, blank, `Subject: …`).
      const at = lines[end]!.trim() === "" && end + 1 < lines.length ? end + 1 : end;
      if (!isHeaderFieldLine(lines[at]!) || FROM_LINE.test(lines[at]!.trim())) break;
      fields.push(lines[at]!);
      end = at + 1;
    }
    return { kind: "reply", header: parseHeaderFields(fields), next: end };
  }
  if (isAttributionLine(line)) return { kind: "reply", header: parseAttribution(line), next: i + 1 };
  const following = lines[i + 1]?.trim();
  if (ATTRIBUTION_START.test(line) && line.length < 200 && following !== undefined) {
    const joined = `${line} ${following}`.replace(/<\s+/, "<");
    if (isAttributionLine(joined)) return { kind: "reply", header: parseAttribution(joined), next: i + 2 };
  }
  return null;
}

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (INLINE_FIELD.test(lines[i]!)) return true;
  for (let k = i + 1; k < Math.min(lines.length, i + 5); k++) {
    if (!isHeaderFieldLine(lines[k]!)) return false;
    if (!FROM_LINE.test(lines[k]!.trim())) return true;
  }
  return false;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j]!.trim() === "") j++;
  return j;
}

/** A `>`-quoted run at the very end of the sender's text is history without an attribution. */
function dropTrailingQuote(own: string[]): void {
  let end = own.length;
  while (end > 0 && own[end - 1]!.trim() === "") end--;
  let start = end;
  while (start > 0 && (own[start - 1]!.trimStart().startsWith(">") || own[start - 1]!.trim() === "")) start--;
  const quoted = own.slice(start, end).filter((line) => line.trim() !== "");
  if (quoted.length > 0) own.splice(start);
}

function unquoteBlock(lines: readonly string[]): string {
  const nonBlank = lines.filter((line) => line.trim() !== "");
  const quoted = nonBlank.filter((line) => line.trimStart().startsWith(">"));
  if (nonBlank.length === 0 || quoted.length / nonBlank.length < 0.6) return lines.join("\n");
  return lines.map((line) => line.replace(/^\s*> ?/, "")).join("\n");
}

function emptyHeader(): QuoteHeader {
  return { from: { name: null, email: null }, to: [], cc: [], date: null, subject: null };
}
