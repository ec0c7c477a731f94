/** What part of a note a passage comes from; `in:` filters on it. MARKER(passage-kind) */
export type PassageKind = "intro" | "summary" | "tasks" | "decisions" | "facts" | "body" | "source";

/** A task line's fields, kept beside its passage for `in:tasks` results. */
export type PassageTask = { status: string; owner: string | null; due: string | null };

/**
 * The unit the index ranks and `ask` cites: a `##` section of a note (a task line is a passage of
 * its own; a long section is cut into chunks), or a chunk of an archived source's text.
 */
export type Passage = {
  kind: PassageKind;
  /** The `##` heading the passage sits under, as written; null before the first one. */
  heading: string | null;
  /** 1-based line of the passage's first line in the file. */
  line: number;
  text: string;
  task?: PassageTask;
};

/** One file as the index keeps it: what filters need, and its passages. */
export type IndexedFile = {
  kind: "note" | "entity" | "source";
  /** Frontmatter `type` (meeting, email, document, person, account, project…), "source" for sources. */
  type: string | null;
  title: string;
  date: string | null;
  /** Frontmatter `source_ref`: the archived source this note was made from. */
  sourceRef: string | null;
  people: string[];
  accounts: string[];
  tags: string[];
  passages: Passage[];
};
