import { editDistance } from "../entities/edit-distance.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import type { ExtractContext } from "./extraction.ts";
import type { PeopleFound } from "./find-people.ts";
import { cleanPersonName, isOwnerName, isPlaceholderName, looksLikePersonName, type SpeakerMap } from "./resolve-speakers.ts";

export type ParticipantInput = {
  doc: SourceDocument;
  ctx: ExtractContext;
  speakers: SpeakerMap;
  people: PeopleFound;
  /** The person a `Remote` voice turned out to be, if inferred. */
  remote: string | null;
  /** People handed the floor or introducing themselves inside unnamed voices (see trackFloor). */
  floor?: string[];
  /** Full name for a name as spoken (first name → participant's full name). */
  fullName(name: string): string | null;
};

/**
 * Who took part: named speakers, the names the source's header gives, email senders and
 * recipients, people greeted or introducing themselves in a group call, and the vault owner when
 * he speaks, is addressed, or it is his 1:1. Placeholders (`Remote`, `Speaker 1`) never appear.
 */
export function resolveParticipants(input: ParticipantInput): string[] {
  const { doc, ctx, speakers, people } = input;
  const emailPeople = doc.kind === "email" ? emailParticipants(doc) : [];
  const ownerAddressed = [...people.addressed.values()].some((n) => isOwnerName(n.split(/\s+/)[0], ctx));
  const ownerPresent =
    speakers.ownerSpeaks || speakers.oneOnOne || ownerAddressed || emailPeople.some((p) => isOwnerName(p, ctx));
  // A group call recorded as one placeholder voice: the people it keeps naming are in the room.
  const groupCall =
    doc.kind === "transcript" && !speakers.oneOnOne && speakers.speakers.every((n) => isOwnerName(n, ctx));
  const names = [
    ...(ownerPresent ? [ctx.ownerName] : []),
    ...speakers.speakers,
    ...(input.remote ? [input.remote] : []),
    ...speakers.hinted,
    ...emailPeople,
    // In a 1:1, names said aloud are people talked about (or quoted), not attendees.
    ...(speakers.oneOnOne && speakers.hinted.length > 0 ? [] : people.present.map((p) => input.fullName(p) ?? p)),
    ...(input.floor ?? []),
    ...(groupCall ? people.frequent.map((p) => input.fullName(p) ?? p) : []),
  ];
  return dedupePeople(names.filter((p) => !isPlaceholderName(p)), ctx);
}

/** Sender and recipient names of an email thread (addresses without a name are skipped). */
export function emailParticipants(doc: SourceDocument): string[] {
  const names: string[] = [];
  for (const m of doc.messages) {
    for (const a of [m.from, ...m.to, ...m.cc]) {
      const n = a.name ? cleanPersonName(a.name) : "";
      if (!n || isPlaceholderName(n) || /@|\b(?:no-?reply|notifications?|support|info|newsletter|calendar|mailer|team)\b/i.test(n)) continue;
      // Notifications come from services ("Tesla", "GitHub"): only person-shaped names count.
      if (doc.automated && !looksLikePersonName(n)) continue;
      names.push(n);
    }
  }
  return names;
}


/**
 * One entry per person: the owner's name exactly as configured; otherwise the fullest spelling of
 * a first name, with transcription variants of one name ("Nico"/"Niko") merged.
 */
export function dedupePeople(names: string[], ctx: ExtractContext): string[] {
  const kept: string[] = [];
  for (const raw of names) {
    const n = isOwnerName(raw, ctx) || isOwnerName(raw.split(/\s+/)[0], ctx) ? ctx.ownerName : raw.trim();
    if (!n) continue;
    const first = firstName(n);
    const i = kept.findIndex((k) => sameName(firstName(k), first));
    if (i < 0) kept.push(n);
    else if (n.length > kept[i]!.length && kept[i] !== ctx.ownerName) kept[i] = n;
  }
  return kept;
}

function firstName(n: string): string {
  return n.split(/\s+/)[0]!.toLowerCase();
}

/** Same first name, or one letter apart in names of five letters or more ("nico"/"niko"). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}
