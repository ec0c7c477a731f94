import type { SourceDocument } from "../../sources/source-document.ts";
import type { EngineSettings, ProfileName } from "./engine-settings.ts";

/** The prompt profile for a source: the first `profile_rules` entry that matches, else `profile`. */
export function chooseProfile(doc: SourceDocument, settings: Pick<EngineSettings, "profile" | "profile_rules">): ProfileName | null {
  const haystack = `${doc.title ?? ""}\n${doc.fileName}`;
  const people = new Set(
    [...doc.segments.map((s) => s.speaker), ...doc.messages.map((m) => m.from.name), ...doc.participantsHint]
      .filter((n): n is string => !!n)
      .map((n) => n.toLowerCase()),
  );
  for (const rule of settings.profile_rules) {
    if (rule.kind && rule.kind !== doc.kind) continue;
    if (rule.match && !safeRegex(rule.match).test(haystack)) continue;
    if (rule.participants && !rule.participants.some((p) => people.has(p.toLowerCase()))) continue;
    return rule.profile;
  }
  return settings.profile === "none" ? null : settings.profile;
}

function safeRegex(source: string): RegExp {
  try {
    return new RegExp(source, "i");
  } catch {
    return new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  }
}
