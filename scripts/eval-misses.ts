// Per-meeting misses for `npm run eval`: which reference items (refA) no generated item matched, and
// how close the nearest one came. The matching is a line-for-line port of ../shared/eval/score.py
// (content-word F1 >= 0.3, greedy one-to-one): the scorer only prints totals, and seeing *which*
// items were missed, and why, is what tuning needs. No library does score.py's exact tokenization.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const THRESHOLD = 0.3;
const STOP = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been being it its this that these those
 i we you he she they them our your their my me us will would should could can may might must shall do does did done have has had
 not no yes if then than so such via per into onto about after before over under up down out off again more most some any all each
 both few other own same too very just also only now next new get got make made use used using need needs needed`.split(/\s+/),
);

export function normWords(s: string): string[] {
  const text = s.replace(/\[\[([^\]|]*)(\|[^\]]*)?\]\]/g, "$1").toLowerCase();
  const out: string[] = [];
  for (const raw of text.match(/[a-z0-9][a-z0-9'’.-]*/g) ?? []) {
    let w = raw.replace(/^[.'’-]+|[.'’-]+$/g, "");
    if (!w || STOP.has(w)) continue;
    for (const suf of ["ing", "ed", "es", "s"]) {
      if (w.length > 4 && w.endsWith(suf)) {
        w = w.slice(0, -suf.length);
        break;
      }
    }
    out.push(w);
  }
  return out;
}

export function wordF1(a: string, b: string): number {
  const wa = normWords(a);
  const wb = normWords(b);
  if (!wa.length || !wb.length) return 0;
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  for (const w of wa) ca.set(w, (ca.get(w) ?? 0) + 1);
  for (const w of wb) cb.set(w, (cb.get(w) ?? 0) + 1);
  let common = 0;
  for (const [w, n] of ca) common += Math.min(n, cb.get(w) ?? 0);
  if (!common) return 0;
  const p = common / wa.length;
  const r = common / wb.length;
  return (2 * p * r) / (p + r);
}

/** score.py's greedy one-to-one matching: pairs [predIndex, goldIndex, f1]. */
export function matchItems(pred: string[], gold: string[]): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => pairs.push([i, j, wordF1(p, g)])));
  pairs.sort((x, y) => y[2] - x[2] || y[0] - x[0] || y[1] - x[1]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number, number][] = [];
  for (const [i, j, s] of pairs) {
    if (s < THRESHOLD) break;
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j, s]);
  }
  return out;
}

type NoteItems = { actions: { text: string; owner: string | null }[]; decisions: string[]; facts: string[]; summary: string };

function parseNote(text: string): NoteItems {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  const sections = new Map<string, string[]>();
  let current: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const h = /^##\s+(.*?)\s*$/.exec(line);
    if (h) {
      current = h[1]!.trim().toLowerCase();
      sections.set(current, []);
    } else if (current) sections.get(current)!.push(line);
  }
  const task = /^\s*-\s*\[(.)\]\s*(.*)$/;
  const bullets = (k: string) =>
    (sections.get(k) ?? []).filter((l) => /^\s*-\s+\S/.test(l) && !task.test(l)).map((l) => l.replace(/^\s*-\s+/, "").trim());
  const actions = [...sections.entries()]
    .filter(([k]) => k.startsWith("action items") || k.startsWith("follow"))
    .flatMap(([, lines]) => lines)
    .flatMap((l) => {
      const m = task.exec(l);
      if (!m) return [];
      const rest = m[2]!;
      const owner = /@([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)/.exec(rest)?.[1] ?? null;
      return [{ text: rest.split(/\s@[A-Z]|\s[📅⏫🔼🔽🔺⏬✅⏳🛫➕]|\s#task/u)[0]!.trim(), owner }];
    });
  return {
    actions,
    decisions: bullets("decisions"),
    facts: bullets("key information").length ? bullets("key information") : bullets("key facts"),
    summary: (sections.get("summary") ?? []).map((l) => l.trim()).filter(Boolean).join(" "),
  };
}

type Ref = {
  input: string;
  title: string;
  refA: { summary: string; actions: { text: string; owner?: string }[]; followups: { text: string; owner?: string }[]; decisions: string[]; facts: string[] };
};

export type MeetingReport = { id: string; title: string; lines: string[] };

/**
 * For each transcript of the split that has a note: per kind, matched/gold and the reference items
 * left unmatched, nearest first miss last (the "worst" misses are the ones nothing came near).
 * `detail` adds every generated item with its best reference match.
 */
export async function meetingMisses(split: string, root: string, opts: { perKind: number; detail: boolean; owner: string }): Promise<MeetingReport[]> {
  const notes = new Map<string, string>();
  for (const rel of (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".md") && !f.startsWith(".") && !f.startsWith("Inbox"))) {
    const text = await readFile(path.join(root, rel), "utf8");
    const ref = /^source_ref:\s*['"]?(.*?)['"]?\s*$/m.exec(text.slice(0, 4000))?.[1];
    if (ref) notes.set(path.basename(ref.trim()), text);
  }
  const dir = path.join(split, "transcripts");
  const reports: MeetingReport[] = [];
  const seen = new Set<string>();
  for (const id of existsSync(dir) ? (await readdir(dir)).sort() : []) {
    const ref = JSON.parse(await readFile(path.join(dir, id, "reference.json"), "utf8")) as Ref;
    const note = notes.get(ref.input);
    if (!note || seen.has(note)) continue;
    seen.add(note);
    const got = parseNote(note);
    const lines: string[] = [];
    const kinds: [string, string[], { text: string; owner?: string }[]][] = [
      ["actions", got.actions.map((a) => a.text), [...ref.refA.actions, ...ref.refA.followups]],
      ["decisions", got.decisions, ref.refA.decisions.map((text) => ({ text }))],
      ["facts", got.facts, ref.refA.facts.map((text) => ({ text }))],
    ];
    for (const [kind, pred, gold] of kinds) {
      const matched = matchItems(pred, gold.map((g) => g.text));
      const hit = new Set(matched.map(([, j]) => j));
      let owners = "";
      if (kind === "actions") {
        const ok = matched.filter(([i, j]) => firstName(got.actions[i]!.owner, opts.owner) === firstName(gold[j]!.owner ?? null, opts.owner)).length;
        owners = `, owner right ${ok}/${matched.length}`;
      }
      lines.push(`  ${kind}: ${matched.length} matched of ${gold.length} (${pred.length} generated${owners})`);
      const misses = gold
        .map((g, j) => ({ g, j, near: Math.max(0, ...pred.map((p) => wordF1(p, g.text))) }))
        .filter((m) => !hit.has(m.j))
        .sort((a, b) => a.near - b.near);
      for (const m of misses.slice(0, opts.perKind)) lines.push(`    missed (nearest ${m.near.toFixed(2)}): ${m.g.text}${m.g.owner ? ` @${m.g.owner}` : ""}`);
      if (opts.detail) {
        pred.forEach((p, i) => {
          const best = gold.map((g, j) => ({ j, s: wordF1(p, g.text) })).sort((a, b) => b.s - a.s)[0];
          const owner = kind === "actions" ? ` @${got.actions[i]!.owner ?? "-"}` : "";
          lines.push(`    ${hitFor(matched, i) ? "+" : "-"} ${p}${owner}  [best ${best ? best.s.toFixed(2) : "0"}: ${best ? gold[best.j]!.text : ""}]`);
        });
      }
    }
    lines.push(`  summary F1 ${wordF1(got.summary, ref.refA.summary).toFixed(2)}`);
    if (opts.detail) lines.push(`    ours: ${got.summary}`, `    ref:  ${ref.refA.summary}`);
    reports.push({ id, title: ref.title, lines });
  }
  return reports;
}

function hitFor(matched: [number, number, number][], i: number): boolean {
  return matched.some(([p]) => p === i);
}

/** score.py's owner comparison: first names, with "Myself" standing for the vault owner. */
function firstName(name: string | null, owner: string): string {
  let n = (name ?? "").trim().toLowerCase().replace(/^@/, "").replace(/\[\[|\]\]/g, "");
  if (["myself", "me", "i", "self", "owner", owner.toLowerCase()].includes(n)) n = owner.toLowerCase();
  return n.split(/\s+/)[0] ?? "";
}
