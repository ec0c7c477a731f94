import { EngineError } from "../../extract/llm/engine-error.ts";
import { createModelClient } from "../../extract/llm/create-model-client.ts";
import { resolveEngine } from "../../extract/llm/resolve-engine.ts";
import { withRetries } from "../../extract/llm/with-retries.ts";
import { openVaultForRead } from "../../pipeline/open-vault.ts";
import { answerExtractively, answerWithModel, type Answer } from "../../search/answer-question.ts";
import { chooseEmbedder } from "../../search/embedder.ts";
import { embedMissing } from "../../search/passage-vectors.ts";
import { retrievePassages, type Retrieved } from "../../search/retrieve-passages.ts";
import { withSearchIndex } from "../../search/search-vault.ts";
import { line, type CliIO } from "../io.ts";

export type AskCommandOptions = {
  vault?: string;
  json?: boolean;
  engine?: string;
  model?: string;
  baseUrl?: string;
  embedModel?: string;
  refresh?: boolean;
};

/**
 * `mnemo ask <question...>`: finds the passages that answer it (full text, plus embeddings when the
 * engine offers them) and answers with the configured engine, every claim cited as
 * `[[note#heading]]`; with the built-in engine, quotes the best passages. A question the vault
 * cannot answer gets "I found nothing in the vault about …"; exit code 1 then.
 */
export async function ask(words: string[], options: AskCommandOptions, io: CliIO): Promise<number> {
  const question = words.join(" ").trim();
  if (!question) {
    line(io.stderr, "mnemo: ask needs a question");
    return 2;
  }
  const { root, config } = await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd });
  const engine = resolveEngine(config.engine, { engine: options.engine, model: options.model, baseUrl: options.baseUrl }, io.env, { vaultRoot: root, cwd: io.cwd });
  const embedder = chooseEmbedder(engine, options.embedModel ?? io.env.MNEMO_EMBED_MODEL ?? config.search?.embed_model);
  const warn = (m: string) => line(io.stderr, `mnemo: ${m}`);

  const passages = await withSearchIndex(root, config, options.refresh !== false, async (db) => {
    let usable = embedder;
    if (embedder) {
      try {
        await embedMissing(db, embedder);
      } catch (error) {
        warn(`searching by words only: ${message(error)}`);
        usable = null;
      }
    }
    return retrievePassages(db, question, usable);
  });

  let answer: Answer;
  if (engine && passages.length) {
    const client = createModelClient(engine);
    try {
      const s = engine.settings;
      answer = await withRetries(() => answerWithModel(client, question, passages, s.max_output_tokens), { maxRetries: s.max_retries, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
      if (answer.dropped.length) warn(`left out ${answer.dropped.length} sentence${answer.dropped.length === 1 ? "" : "s"} the engine wrote without a citation to a passage`);
    } catch (error) {
      if (error instanceof EngineError) throw error;
      warn(`the engine failed (${message(error)}); quoting the passages instead`);
      answer = answerExtractively(question, passages);
    } finally {
      await client.close();
    }
  } else {
    answer = answerExtractively(question, passages);
  }

  if (options.json) {
    line(io.stdout, JSON.stringify({ question, answered: answer.answered, method: answer.method, answer: answer.text, citations: answer.citations, passages: passages.map(passageRecord) }, null, 2));
  } else {
    line(io.stdout, answer.text);
    if (answer.method === "model" && answer.citations.length) {
      line(io.stdout);
      line(io.stdout, "Sources:");
      for (const c of answer.citations) line(io.stdout, `  ${c.link}  (${c.path}:${c.line})`);
    }
  }
  return answer.answered ? 0 : 1;
}

function passageRecord(p: Retrieved) {
  return { link: p.link, path: p.path, heading: p.heading, line: p.line, title: p.title, date: p.date, matchedTerms: p.matchedTerms, cosine: p.cosine };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
