/** A file name as mail clients print attachment placeholders: something with a short extension. */
const FILE_NAME = /^[^<>@:/\\\n]+\.[A-Za-z0-9]{1,5}$/;

const BRACKETED = /^\[(?:attachment|attachments|image|file|pdf)\s*:\s*([^\]]+)\]$/i;
const DOUBLE_ANGLE = /^<<\s*([^<>]+?)\s*>>$/;
const LISTED = /^(?:📎\s*|attachments?\s*:\s*)(.+)$/i;
const INLINE_ANGLE = /<([^<>@:/\\\n]+\.[A-Za-z0-9]{1,5})>/g;

/**
 * Takes attachment placeholders out of a message body and lists them: Apple Mail's `<report.pdf>`,
 * Gmail's `[image: chart.png]`, `[attachment: x]`, Outlook's `<<deck.pptx>>`, `Attachments: a.pdf, b.xlsx`.
 * Also drops the object-replacement character (`￼`) that stands for inline images.
 */
export function extractAttachments(text: string): { text: string; attachments: string[] } {
  const attachments: string[] = [];
  const add = (name: string): void => {
    const clean = name.trim();
    if (clean !== "" && !attachments.includes(clean)) attachments.push(clean);
  };
  const kept: string[] = [];
  for (const raw of text.replace(/\uFFFC/g, "").split("\n")) {
    const line = raw.trim();
    const bracketed = BRACKETED.exec(line) ?? DOUBLE_ANGLE.exec(line);
    if (bracketed) {
      add(bracketed[1]!);
      continue;
    }
    const listed = LISTED.exec(line);
    if (listed) {
      const items = listed[1]!.split(/\s*[,;]\s*/).map((item) => item.replace(/^<|>$/g, ""));
      if (items.length > 0 && items.every((item) => FILE_NAME.test(item))) {
        items.forEach(add);
        continue;
      }
    }
    let found = false;
    const stripped = raw.replace(INLINE_ANGLE, (_match, name: string) => {
      found = true;
      add(name);
      return "";
    });
    if (found && stripped.trim() === "") continue;
    kept.push(found ? stripped.replace(/[ \t]{2,}/g, " ").trimEnd() : raw);
  }
  return { text: kept.join("\n"), attachments };
}
