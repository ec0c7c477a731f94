/**
 * Lines that open the boilerplate at the bottom of a mail: legal disclaimers, "why you got this"
 * notices, unsubscribe and preference links, calendar-invite fine print, copyright lines.
 */
const FOOTER_START: readonly RegExp[] = [
  /\byou(?:'re| are| have)? (?:receiving|received|getting|got) this (?:e-?mail|message|notification|invitation)\b/i,
  /\bif you (?:have )?received this (?:e-?mail|message|communication) in error\b/i,
  /^this (?:e-?mail|message|communication|transmission)(?: and (?:any|its) attachments?)?(?: is| are| contains?| may contain| and)[^.]{0,60}\b(?:confidential|privileged|proprietary|intended)/i,
  /^(?:confidentiality notice|confidentiality note|disclaimer|legal notice|important notice)\b/i,
  /^(?:to )?unsubscribe\b|\bclick here to unsubscribe\b|\bunsubscribe (?:here|from|link)\b/i,
  /^(?:invitation|invite) from (?:google calendar|microsoft outlook|outlook|calendar)\b/i,
  /^forwarding this invitation could allow\b/i,
  /^(?:please )?do not reply to this (?:e-?mail|message)\b|\byou cannot reply to this e-?mail\b/i,
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\d{4}))/i,
  /^(?:privacy policy|privacy & legal|privacy statement|terms of (?:service|use))\b/i,
  /^view (?:this )?(?:e-?mail )?in (?:your |a )?(?:web )?browser\b/i,
  /^(?:manage|update) (?:your )?(?:e-?mail |notification |subscription |contact )?(?:preferences|settings)\b/i,
];

const POSTAL = /^[^.!?]{0,120}(?:\b[A-Z]{2}\s+\d{5}(?:-\d{4})?|,\s*(?:USA|United States))\s*$/;

/** Cuts the boilerplate footer (disclaimer, notice, unsubscribe block) off the end of a message. */
export function stripFooter(text: string): string {
  const lines = text.split("\n");
  const nonBlankAfter = suffixCounts(lines);
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || !FOOTER_START.some((pattern) => pattern.test(line))) continue;
    if (i >= lines.length * 0.4 || nonBlankAfter[i]! <= 15) {
      cut = i;
      break;
    }
  }
  const kept = lines.slice(0, cut);
  while (kept.length > 0 && (kept[kept.length - 1]!.trim() === "" || (cut < lines.length && POSTAL.test(kept[kept.length - 1]!.trim())))) {
    kept.pop();
  }
  return kept.join("\n");
}

/** For each line, how many non-blank lines follow it (itself included). */
function suffixCounts(lines: readonly string[]): number[] {
  const counts = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) counts[i] = counts[i + 1]! + (lines[i]!.trim() === "" ? 0 : 1);
  return counts;
}
