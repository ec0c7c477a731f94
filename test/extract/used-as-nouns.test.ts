import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { keyTerms } from "../../src/extract/key-terms.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { topicPhrases } from "../../src/extract/topic-phrases.ts";
import { weighUsedAsNouns } from "../../src/extract/used-as-nouns.ts";
import { ctx, transcript } from "./source-fixtures.ts";

/** A call about a mobile app where "release" is mostly said as a noun, "schedule" mostly as a verb (invented). */
function appCall() {
  return transcript([
    ["Jason Vallery", "The release slipped again. This release has the new dashboard and the dashboard needs the export."],
    ["Priya Raman", "The release notes mention the dashboard. Our release goes to the store after the dashboard review."],
    ["Jason Vallery", "The export is broken in the dashboard. The release waits for the export and for the tablet layout."],
    ["Priya Raman", "I'll schedule the tablet layout review. We schedule the export fix for Monday and the tablet layout after it."],
    ["Jason Vallery", "Then the release can go. The tablet layout and the export are the last two things for the release."],
  ]);
}

test("used as nouns: a word the lexicon calls a verb but the speakers say as a noun ranks as a topic", () => {
  const sentences = buildTurns(appCall(), resolveSpeakers(appCall(), ctx)).flatMap((t) => t.sentences);
  const terms = keyTerms(sentences, ["Jason Vallery", "Priya Raman"]);
  const release = terms.find((t) => t.term === "release")!;
  assert.ok(release.lexicalVerb && release.asNoun! > release.asVerb!, JSON.stringify(release));
  // As a plain key term the verb weighting keeps it below the nouns; as a topic it comes first.
  assert.ok(!topicPhrases(sentences, terms, 3).includes("release"), JSON.stringify(topicPhrases(sentences, terms, 3)));
  const topics = topicPhrases(sentences, weighUsedAsNouns(terms), 3);
  assert.equal(topics[0], "release", JSON.stringify(topics));
  // A verb-like word said mostly as a verb keeps its verb weighting.
  const schedule = weighUsedAsNouns(terms).find((t) => t.term === "schedule");
  assert.ok(!schedule || schedule.weight === terms.find((t) => t.term === "schedule")!.weight);
});
