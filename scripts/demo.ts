// `npm run demo`: make ./demo-vault, ingest examples/inbox/ into it, and show what was made.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { main } from "../src/cli/main.ts";

const repo = path.resolve(import.meta.dirname, "..");
const vault = path.join(repo, "demo-vault");
const inbox = path.join(repo, "examples", "inbox");

if (!existsSync(path.join(vault, ".mnemo", "config.yaml"))) {
  const code = await main(["init", vault, "--owner", "Maya Okafor", "--alias", "Maya"]);
  if (code !== 0) process.exit(code);
} else {
  console.log(`Using the existing ${vault} (delete it to start over).`);
}
console.log(`\n$ mnemo ingest examples/inbox --vault demo-vault`);
const code = await main(["ingest", inbox, "--vault", vault]);

const notes = (await import("node:fs/promises")).readdir(path.join(vault, "Meetings"), { recursive: true });
const first = (await notes).filter((n) => n.endsWith(".md")).sort()[0];
if (first) {
  const file = path.join(vault, "Meetings", first);
  console.log(`\n--- ${path.relative(repo, file)} ---\n`);
  console.log(await readFile(file, "utf8"));
}
console.log(`Open ${vault} as a vault in Obsidian to browse the notes, people and proposed tasks.`);
process.exitCode = code;
