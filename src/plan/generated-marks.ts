import { sha256 } from "../shared/sha256.ts";

/**
 * How Mnemo tells its own lines from the user's: the note's frontmatter key `mnemo_generated`
 * holds a short hash of every body line and frontmatter value Mnemo wrote. A line whose hash is
 * not there was added or changed by the user, and regeneration keeps it.
 */
export const GENERATED_KEY = "mnemo_generated";

export function lineMark(line: string): string {
  return sha256(line.trim()).slice(0, 8);
}

export function keyMark(key: string, value: unknown): string {
  return sha256(`${key}\0${JSON.stringify(value)}`).slice(0, 8);
}

/** Marks for a rendered note: each non-blank body line and each frontmatter key's value. */
export function marksFor(frontmatter: Record<string, unknown>, bodyLines: readonly string[]): string {
  const marks = [
    ...Object.entries(frontmatter).filter(([k]) => k !== GENERATED_KEY).map(([k, v]) => keyMark(k, v)),
    ...bodyLines.filter((l) => l.trim()).map(lineMark),
  ];
  return [...new Set(marks)].join(" ");
}
