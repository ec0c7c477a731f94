import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { extractWithRules } from "../../src/extract/index.ts";
import { backgroundOf, discountCommonTerms } from "../../src/extract/background-terms.ts";
import type { ExtractContext } from "../../src/extract/extraction.ts";
import type { KeyTerm } from "../../src/extract/key-terms.ts";
import { ingestBatch } from "../../src/pipeline/ingest-batch.ts";
import { initVault } from "../../src/vault/init-vault.ts";
import { tempTree } from "../helpers/temp-dir.ts";
import { ctx, transcript } from "./source-fixtures.ts";

const term = (t: string, weight: number): KeyTerm => ({ term: t, stem: t, weight, count: 3 });

/** Ten short notes of a (made-up) bakery's owner: "oven" is in all of them, "croissant" in one. */
const bakeryNotes = Array.from({ length: 10 }, (_, i) => `The oven was checked on day ${i}.${i === 0 ? " Croissant orders doubled." : ""}`);

test("background: how many sources contain each word", () => {
  const bg = backgroundOf(["The oven is hot.", "Ovens and flour", "flour, flour"]);
  assert.equal(bg.documents, 3);
  assert.equal(bg.frequency.get("oven"), 2);
  assert.equal(bg.frequency.get("flour"), 2);
  assert.equal(bg.frequency.get("the"), undefined);
});

test("background: a word common to the user's sources ranks below a telling one as a topic", () => {
  const terms = [term("oven", 3), term("croissant", 2.5)];
  const ranked = discountCommonTerms(terms, backgroundOf(bakeryNotes));
  assert.deepEqual(ranked.map((t) => t.term), ["croissant", "oven"]);
  // No background, or too few sources to tell what is common: the ranking stays.
  assert.equal(discountCommonTerms(terms, undefined), terms);
  assert.equal(discountCommonTerms(terms, backgroundOf(bakeryNotes.slice(0, 3))), terms);
});

function bakeryCall() {
  return transcript(
    [
      ["Jason Vallery", "The oven schedule is the big item. The oven runs hot in the morning and the croissant batch burns."],
      ["Priya Raman", "Right, the croissant batch needs the second oven. The croissant dough also needs a longer proof."],
      ["Jason Vallery", "Then we move the croissant batch to the second oven and keep the first oven for bread."],
      ["Priya Raman", "I'll update the oven schedule by Friday."],
    ],
    { title: "Bakery", participantsHint: ["Priya Raman"] },
  );
}

test("background: the summary leads with what this meeting was about, not what every meeting is about", () => {
  const alone = extractWithRules(bakeryCall(), ctx).summary;
  const withBackground = extractWithRules(bakeryCall(), { ...ctx, background: backgroundOf(bakeryNotes) } satisfies ExtractContext).summary;
  const firstTopic = (s: string) => /discussed (.+?)(?:,| and |\.)/.exec(s)?.[1];
  assert.match(firstTopic(alone) ?? "", /oven/, alone);
  assert.match(firstTopic(withBackground) ?? "", /croissant/, withBackground);
});

test("background: a batch's plain-text inputs are the background every source of it is extracted against", async () => {
  const root = await tempTree({
    "in/a.md": "Jason: The oven is hot.",
    "in/b.txt": "Jason: The oven and the flour.",
    "in/c.pdf": "%PDF-1.4 not text",
  });
  const { config, root: vault } = await initVault({ vault: path.join(root, "vault"), owner: "Jason Vallery", aliases: ["Jason"] });
  const seen: (number | undefined)[] = [];
  await ingestBatch({
    root: vault,
    config,
    inputs: [path.join(root, "in")],
    dryRun: true,
    extract: (doc, c) => {
      seen.push(c.background?.frequency.get("oven"), c.background?.documents);
      return extractWithRules(doc, c);
    },
  });
  // Two text files, each counted once; the PDF is not read for the background.
  assert.deepEqual(seen, [2, 2, 2, 2]);
});

test("background: sources already archived in the vault count too, so one file ingested alone is ranked against the vault it joins", async () => {
  const root = await tempTree({ "in/new.md": "Jason: The oven is hot." });
  const { config, root: vault } = await initVault({ vault: path.join(root, "vault"), owner: "Jason Vallery", aliases: ["Jason"] });
  await mkdir(path.join(vault, config.folders.sources, "Transcripts", "2025"), { recursive: true });
  await writeFile(path.join(vault, config.folders.sources, "Transcripts", "2025", "old.md"), "Jason: The oven again.");
  await writeFile(path.join(vault, "Elsewhere.md"), "The oven in a note that is not a source.");
  const seen: (number | undefined)[] = [];
  await ingestBatch({
    root: vault,
    config,
    inputs: [path.join(root, "in", "new.md")],
    dryRun: true,
    extract: (doc, c) => {
      seen.push(c.background?.frequency.get("oven"), c.background?.documents);
      return extractWithRules(doc, c);
    },
  });
  assert.deepEqual(seen, [2, 2]);
});
