import { editDistance } from "./edit-distance.ts";
import type { EntityRecord, EntityType, Registry } from "./entity-record.ts";
import { cleanName, foldName, nameTokens } from "./fold-name.ts";
import { isPlaceholderSpeaker, isSelfLabel } from "./is-placeholder-speaker.ts";
import { soundsAlike, soundsClose } from "./sounds-alike.ts";

export type ResolveContext = {
  owner: { name: string; aliases: readonly string[]; email?: string | undefined };
  /** The other names of the same source: a bare first name resolves among these first. */
  participants?: readonly string[];
  /** The address the source gives for this name, if any. */
  email?: string | null;
  /** The owner's own recording: `Me` and `I` are the owner. */
  ownRecording?: boolean;
  /** Which kinds of entity the name may be; default people. */
  types?: readonly EntityType[];
};

export type MatchVia = "exact" | "alias" | "email" | "first-name" | "fuzzy" | "phonetic";

export type Resolution =
  | { kind: "owner" }
  | { kind: "placeholder" }
  | { kind: "entity"; entity: EntityRecord; via: MatchVia }
  /** A first name that is a participant's whole name who has no page yet. */
  | { kind: "participant"; name: string }
  | { kind: "new"; name: string }
  /** Too close to call: nothing is created, the name waits for `mnemo alias add` or a new page. */
  | { kind: "unresolved"; name: string; reason: string; candidates: string[] };

/**
 * Which entity a name from a source means: exact name, alias, email address, a first name among the
 * source's participants or (when only one entity has it) in the registry, then edit distance and
 * double metaphone on whole tokens. It never guesses: when two entities are close, or the only
 * match is weak, the name is `unresolved`. Names never match inside longer words.
 */
export function resolveName(raw: string, registry: Registry, ctx: ResolveContext): Resolution {
  // The owner takes part in matching like any person, so `Jason Valleri` is the owner too.
  const types = ctx.types ?? ["person"];
  const owner: EntityRecord = { name: ctx.owner.name, type: "person", path: "", aliases: [...ctx.owner.aliases], emails: ctx.owner.email ? [ctx.owner.email.toLowerCase()] : [], company: null, role: null, lastContact: null, category: null, domains: [] };
  const withOwner = types.includes("person") ? { entities: [...registry.entities, owner] } : registry;
  const r = resolveAgainst(raw, withOwner, ctx);
  return r.kind === "entity" && r.entity === owner ? { kind: "owner" } : r;
}

function resolveAgainst(raw: string, registry: Registry, ctx: ResolveContext): Resolution {
  const types = ctx.types ?? ["person"];
  const email = (ctx.email ?? (/^[^\s@]+@[^\s@]+$/.test(raw.trim()) ? raw.trim() : null))?.toLowerCase() ?? null;
  const name = cleanName(email && raw.trim().toLowerCase() === email ? email.split("@")[0]! : raw);
  if (!name || (isSelfLabel(name) && !ctx.ownRecording)) return { kind: "placeholder" };
  if (isSelfLabel(name)) return { kind: "owner" };
  if (isPlaceholderSpeaker(name)) return { kind: "placeholder" };
  const key = foldName(name);
  if (!key) return { kind: "placeholder" };
  if (types.includes("person") && isOwner(key, email, ctx)) return { kind: "owner" };
  const pool = registry.entities.filter((e) => types.includes(e.type));

  if (email) {
    const byEmail = pool.filter((e) => e.emails.includes(email));
    if (byEmail.length === 1) return { kind: "entity", entity: byEmail[0]!, via: "email" };
  }
  const exact = pick(pool.filter((e) => foldName(e.name) === key), types);
  if (exact.length === 1) return { kind: "entity", entity: exact[0]!, via: "exact" };
  if (exact.length > 1) return unresolved(name, "several pages have this name", exact);
  const alias = pick(pool.filter((e) => e.aliases.some((a) => foldName(a) === key)), types);
  if (alias.length === 1) return { kind: "entity", entity: alias[0]!, via: "alias" };
  if (alias.length > 1) return unresolved(name, "an alias of several pages", alias);
  if (!types.includes("person")) {
    // Accounts and projects are often written apart or together: `core weave`, `CoreWeave`.
    const squashed = key.replace(/ /g, "");
    const joined = pool.filter((e) => [e.name, ...e.aliases].some((n) => foldName(n).replace(/ /g, "") === squashed));
    if (joined.length === 1) return { kind: "entity", entity: joined[0]!, via: "exact" };
  }

  const tokens = key.split(" ");
  if (tokens.length === 1 && types.includes("person")) {
    // A bare first name: first the people of this source, then the registry if only one fits.
    const full = (ctx.participants ?? []).map(cleanName).filter((p) => nameTokens(p).length > 1 && nameTokens(p)[0] === key);
    const distinct = [...new Set(full.map(foldName))];
    if (distinct.length > 1) return { kind: "unresolved", name, reason: "several participants have this first name", candidates: [...new Set(full)] };
    if (distinct.length === 1) {
      const whole = resolveAgainst(full[0]!, registry, { ...ctx, email: null, participants: [] });
      return whole.kind === "entity" || whole.kind === "owner" ? whole : { kind: "participant", name: full[0]! };
    }
    const firsts = pool.filter((e) => e.type === "person" && e.path !== "" && nameTokens(e.name).length > 1 && nameTokens(e.name)[0] === key);
    if (firsts.length === 1) return { kind: "entity", entity: firsts[0]!, via: "first-name" };
    if (firsts.length > 1) return unresolved(name, "several people have this first name", firsts);
  }

  const scored = pool.map((e) => ({ e, m: bestMatch(tokens, e) })).filter((s) => s.m.level !== "none");
  const strong = scored.filter((s) => s.m.level === "strong");
  if (strong.length === 1 && scored.length === 1) return { kind: "entity", entity: strong[0]!.e, via: strong[0]!.m.via };
  if (scored.length > 1) return unresolved(name, "close to several pages", scored.map((s) => s.e));
  if (scored.length === 1) return unresolved(name, "only a weak match", [scored[0]!.e]);
  return { kind: "new", name };
}

type Match = { level: "strong" | "weak" | "none"; via: MatchVia };

/** How well the tokens of a name match an entity's name or one of its aliases (the best of them). */
function bestMatch(tokens: string[], e: EntityRecord): Match {
  let best: Match = { level: "none", via: "fuzzy" };
  for (const n of [e.name, ...e.aliases]) {
    const m = matchTokens(tokens, nameTokens(n));
    if (m.level === "strong") return m;
    if (m.level === "weak") best = m;
  }
  return best;
}

/**
 * Same number of tokens, compared pairwise (a missing middle name is ignored; a lone first name is
 * compared with the other's first name only). Every pair must be the same, close or sound alike:
 * a long token one edit away (two when 8+ letters), or one that sounds the same and starts with
 * the same letter, is strong; a short token one or two edits away, or sounding the same, is weak.
 */
function matchTokens(a: string[], b: string[]): Match {
  if (a.length === 0 || b.length === 0) return { level: "none", via: "fuzzy" };
  let x = a;
  let y = b;
  if (x.length !== y.length) {
    if (x.length > 1 && y.length === 1) return { level: "none", via: "fuzzy" }; // a whole name says more than a first name
    if (x.length === 1) {
      // `Koncha` against `Kanchan Mehrotra`: a near miss on the first name is worth asking about.
      const m = compareToken(x[0]!, y[0]!);
      const near = m !== "none" && m !== "same";
      return near ? { level: "weak", via: m === "phonetic" ? "phonetic" : "fuzzy" } : { level: "none", via: "fuzzy" };
    }
    x = [x[0]!, x.at(-1)!];
    y = [y[0]!, y.at(-1)!];
  }
  let level: Match["level"] = "strong";
  let via: MatchVia = "fuzzy";
  let differing = 0;
  for (let i = 0; i < x.length; i++) {
    const c = compareToken(x[i]!, y[i]!);
    if (c === "none") return { level: "none", via };
    if (c === "same") continue;
    differing++;
    if (c === "weak") level = "weak";
    if (c === "phonetic") via = "phonetic";
  }
  if (differing === 0) return { level: "strong", via: "exact" };
  return { level, via };
}

function compareToken(a: string, b: string): "same" | "fuzzy" | "phonetic" | "weak" | "none" {
  if (a === b) return "same";
  const len = Math.min(a.length, b.length);
  const d = editDistance(a, b);
  if ((d === 1 && len >= 5) || (d === 2 && len >= 8)) return "fuzzy";
  const letters = /^[a-z]+$/.test(a) && /^[a-z]+$/.test(b);
  const alike = letters && soundsAlike(a, b);
  if (alike && a[0] === b[0] && len >= 5 && d <= Math.ceil(len / 3)) return "phonetic";
  // Too close to tell apart, too far to assume: `Don`/`Dan`, `Koncha`/`Kanchan`.
  if (a[0] === b[0] && d === 1 && alike) return "weak";
  if (a[0] === b[0] && d <= 2 && len >= 5 && letters && soundsClose(a, b)) return "weak";
  return "none";
}

function isOwner(key: string, email: string | null, ctx: ResolveContext): boolean {
  const names = [ctx.owner.name, ...ctx.owner.aliases].map(foldName);
  if (names.includes(key)) return true;
  if (key === nameTokens(ctx.owner.name)[0]) return true;
  return email !== null && ctx.owner.email?.toLowerCase() === email;
}

/** Of entities with the same name, those of the first type asked for. */
function pick(found: EntityRecord[], types: readonly EntityType[]): EntityRecord[] {
  for (const t of types) {
    const of = found.filter((e) => e.type === t);
    if (of.length) return of;
  }
  return found;
}

function unresolved(name: string, reason: string, candidates: readonly EntityRecord[]): Resolution {
  return { kind: "unresolved", name, reason, candidates: candidates.map((c) => c.name) };
}
