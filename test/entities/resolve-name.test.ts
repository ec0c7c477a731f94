import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveName, type ResolveContext } from "../../src/entities/resolve-name.ts";
import { entity, owner, registry } from "./builders.ts";

const reg = registry(
  entity("Kanchan Mehrotra", { aliases: ["KM"], emails: ["kanchan@contoso.test"] }),
  "Tomer Hagay",
  "Tomer Hagey", // a different person whose name differs by one letter
  "Shachar Feinblit",
  "Lior Genzel",
  "Mark Chen",
  "Mark Ruiz",
  "Ann Lee",
  "Dan Brook",
  entity("CoreWeave", { type: "account" }),
);
const ctx: ResolveContext = { owner };

/** What a name resolves to, as one short string: `entity:<name>:<via>`, `owner`, `unresolved`, ... */
function outcome(name: string, extra: Partial<ResolveContext> = {}): string {
  const r = resolveName(name, reg, { ...ctx, ...extra });
  if (r.kind === "entity") return `entity:${r.entity.name}:${r.via}`;
  if (r.kind === "participant" || r.kind === "new") return `${r.kind}:${r.name}`;
  return r.kind;
}

const cases: [string, string, string, Partial<ResolveContext>?][] = [
  ["exact name, any case and accents", "kanchan MEHRÓTRA", "entity:Kanchan Mehrotra:exact"],
  ["alias", "KM", "entity:Kanchan Mehrotra:alias"],
  ["email address as the name", "kanchan@contoso.test", "entity:Kanchan Mehrotra:email"],
  ["email the source gives for a display name", "K. M.", "entity:Kanchan Mehrotra:email", { email: "Kanchan@Contoso.test" }],
  ["one letter off a long surname (fuzzy)", "Shachar Fienblit", "entity:Shachar Feinblit:fuzzy"],
  ["one letter off, sounding the same", "Lior Gensel", "entity:Lior Genzel:fuzzy"],
  ["sounds the same, two letters off (double metaphone)", "Lior Gensell", "entity:Lior Genzel:phonetic"],
  ["two people one letter apart: each exact name is its own page", "Tomer Hagay", "entity:Tomer Hagay:exact"],
  ["two people one letter apart: the other", "Tomer Hagey", "entity:Tomer Hagey:exact"],
  ["two people one letter apart: a third spelling is not guessed", "Tomer Hagoy", "unresolved"],
  ["a misheard first name near a page is not guessed", "Koncha", "unresolved"],
  ["a short name one letter from a page is not guessed", "Don Brook", "unresolved"],
  ["bare first name: the one person with it", "Lior", "entity:Lior Genzel:first-name"],
  ["bare first name shared by two pages", "Mark", "unresolved"],
  ["bare first name among the participants first", "Mark", "entity:Mark Ruiz:exact", { participants: ["Dana Whitfield", "Mark Ruiz"] }],
  ["first name of a participant with no page yet", "Priya", "participant:Priya Natarajan", { participants: ["Priya Natarajan"] }],
  ["substring trap: Ann is not Annabel", "Annabel Smith", "new:Annabel Smith"],
  ["substring trap: a longer first name", "Annika", "new:Annika"],
  ["substring trap: a name inside a name", "Lee", "new:Lee"],
  ["a whole name is new even if its first name has a page", "Lior Cohen", "new:Lior Cohen"],
  ["placeholder: Remote", "Remote", "placeholder"],
  ["placeholder: Speaker 1", "Speaker 1", "placeholder"],
  ["placeholder: Unknown", "Unknown", "placeholder"],
  ["placeholder: a device", "Parallels Desktop", "placeholder"],
  ["placeholder: a laptop", "Dana's MacBook Pro", "placeholder"],
  ["placeholder: a remark", "TBD (Silk contact)", "placeholder"],
  ["Me in someone else's source is nobody", "Me", "placeholder"],
  ["Me in the owner's own recording is the owner", "Me", "owner", { ownRecording: true }],
  ["the owner by name, alias, first name, address and misspelling", "Dana Whitfeld", "owner"],
  ["the owner's address", "dana@acme.test", "owner"],
  ["an address's local part becomes a name", "mark.ruiz@other.test", "entity:Mark Ruiz:exact"],
  ["accounts written apart", "core weave", "entity:CoreWeave:exact", { types: ["account"] }],
  ["a person's name is not an account", "Kanchan Mehrotra", "new:Kanchan Mehrotra", { types: ["account"] }],
];

for (const [what, name, want, extra] of cases) {
  test(`resolve: ${what}`, () => assert.equal(outcome(name, extra), want));
}

test("an unresolved name says why and which pages it is close to", () => {
  const r = resolveName("Tomer Hagoy", reg, ctx);
  assert.equal(r.kind, "unresolved");
  if (r.kind !== "unresolved") return;
  assert.deepEqual(r.candidates.sort(), ["Tomer Hagay", "Tomer Hagey"]);
});
