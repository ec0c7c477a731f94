import { writeBrief } from "../../brief/write-brief.ts";
import { zonedDate } from "../../outputs/zoned-time.ts";
import { openVaultForWrite } from "../../pipeline/open-vault.ts";
import { isValidIsoDate } from "../../tasks/edit-task.ts";
import { line, type CliIO } from "../io.ts";

export type BriefCommandOptions = { vault?: string; date?: string; wait?: string };

/** `mnemo brief [--date YYYY-MM-DD]`: writes `Briefs/<date>.md` under the vault lock; exit 2 on a bad date. */
export async function brief(options: BriefCommandOptions, io: CliIO): Promise<number> {
  const fixed = options.date ?? io.env.MNEMO_TODAY;
  if (options.date !== undefined && !isValidIsoDate(options.date)) {
    line(io.stderr, `mnemo: --date ${options.date}: expected YYYY-MM-DD`);
    return 2;
  }
  const waitMs = Math.max(0, Number(options.wait ?? 0) || 0) * 1000;
  const opened = await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command: "brief", waitMs });
  try {
    for (const r of opened.recovered) line(io.stderr, `mnemo: rolled back an interrupted transaction for ${r.source}`);
    const now = new Date();
    const date = fixed && isValidIsoDate(fixed) ? fixed : zonedDate(now, opened.config.timezone);
    const { file, brief: b } = await writeBrief(opened.root, opened.config, date, now);
    const meetings = b.meetings === null ? "no calendar" : `${b.meetings.length} meeting${b.meetings.length === 1 ? "" : "s"}`;
    line(io.stdout, `wrote ${file}: ${meetings}, ${b.proposed.length} awaiting triage, ${b.overdue.length} overdue, ${b.newNotes.length} new note${b.newNotes.length === 1 ? "" : "s"}`);
    if (b.calendarProblem) line(io.stderr, `mnemo: ${b.calendarProblem}`);
    return 0;
  } finally {
    await opened.release();
  }
}
