import { splitSpeakerLabel } from "./split-speaker-label.ts";

/**
 * Speakers for cue texts of one file that may start with `Name: ` (Zoom, Google Meet, many SRTs).
 * Labels are trusted when the file follows that convention: half or more of the cues carry one,
 * or the label recurs. A lone "Note: …" in ordinary subtitles is left as text.
 */
export function cueSpeakers(texts: readonly string[]): { speaker: string | null; text: string }[] {
  const split = texts.map((t) => splitSpeakerLabel(t));
  const counts = new Map<string, number>();
  for (const s of split) if (s !== null) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  const labelled = split.filter((s) => s !== null).length;
  const convention = texts.length > 0 && labelled * 2 >= texts.length;
  return texts.map((text, i) => {
    const s = split[i];
    if (s != null && (convention || (counts.get(s.speaker) ?? 0) >= 2)) return { speaker: s.speaker, text: s.text };
    return { speaker: null, text };
  });
}
