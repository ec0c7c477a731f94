import type { TranscriptSegment } from "./transcriber.ts";

/** `word start end confidence`, as `pocketsphinx_continuous -time yes` prints each word. */
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?(?:e-?\d+)?)$/;
/** Sentence marks, silence and fillers: `<s>`, `</s>`, `<sil>`, `[NOISE]`, `++BREATH++`. */
const NOT_A_WORD = /^(?:<\/?s>|<sil>|<\w+>|\[[^\]]*\]|\+\+.*\+\+)$/i;

/**
 * Utterances from `pocketsphinx_continuous -infile x.wav -time yes` (pocketsphinx 5prealpha, as in
 * Debian 12): per utterance a line with the hypothesis, then one `word start end confidence` line
 * per word from `<s>` to `</s>`. Alternate pronunciations (`friday(2)`) lose their mark; silence and
 * fillers are dropped. Without word lines (no `-time`) each hypothesis line is an untimed utterance.
 */
export function parsePocketsphinxContinuous(stdout: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  let words: { text: string; start: number; end: number }[] | null = null;
  let hypothesis: string | null = null;
  const close = (): void => {
    if (words !== null && words.length > 0) {
      segments.push({ start: words[0]!.start, end: words[words.length - 1]!.end, text: words.map((w) => w.text).join(" ") });
    } else if (words === null && hypothesis !== null && hypothesis.trim() !== "") {
      segments.push({ start: null, end: null, text: hypothesis.trim() });
    }
    words = null;
    hypothesis = null;
  };
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || /^(?:INFO|WARN|WARNING|ERROR|FATAL_ERROR|DEBUG):/.test(line)) continue;
    const word = WORD_LINE.exec(line);
    if (word) {
      if (word[1] === "<s>") {
        if (words !== null) close();
        words = [];
      }
      if (!NOT_A_WORD.test(word[1]!)) {
        words ??= [];
        words.push({ text: word[1]!.replace(/\(\d+\)$/, ""), start: Number(word[2]), end: Number(word[3]) });
      }
      if (word[1] === "</s>") close();
      continue;
    }
    close();
    hypothesis = line;
  }
  close();
  return segments;
}

/**
 * Utterances from pocketsphinx 5's `pocketsphinx live file.wav` (also `single`): one JSON object
 * per line, `{"b": start, "d": duration, "p": prob, "t": "text", "w": [words]}`.
 */
export function parsePocketsphinxJson(stdout: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.trim().startsWith("{")) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const record = value as { b?: unknown; d?: unknown; t?: unknown };
    if (typeof record.t !== "string") continue;
    const text = record.t
      .split(/\s+/)
      .filter((w) => w !== "" && !NOT_A_WORD.test(w))
      .map((w) => w.replace(/\(\d+\)$/, ""))
      .join(" ");
    if (text === "") continue;
    const start = typeof record.b === "number" ? record.b : null;
    const end = start !== null && typeof record.d === "number" ? start + record.d : null;
    segments.push({ start, end, text });
  }
  return segments;
}
