/**
 * Verbs that name something a person can go and do: what separates "I'll send the deck" from
 * "I'll be honest" or "let me think". Base forms; phrasal particles are part of the phrase.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  `send share forward email mail reply respond answer follow reach ping call phone text message contact connect
  introduce intro schedule reschedule set book arrange organize organise plan invite loop include add update revise
  fix change edit adjust finalize finalise complete finish review read look check verify confirm validate test try
  evaluate assess investigate explore research dig figure find get pull gather collect compile prepare draft write
  document create build put make design develop implement deploy ship deliver provide give hand present demo show walk
  talk discuss sync meet align ask escalate push drive own lead handle take work start kick launch open file submit
  approve sign order buy purchase pay hire interview onboard train run coordinate clarify define decide outline
  summarize summarise capture note circle touch catch reconnect engage pitch support help enable secure request grab
  attend join visit spend focus dive publish post upload install configure migrate upgrade nudge remind sort clean wrap
  line bring move cancel prioritize prioritise track monitor measure benchmark estimate quote price negotiate propose
  recommend sponsor socialize socialise brief debrief map scope size model draw sketch record store save setup provision
  expedite validate align land close settle resolve remove delete replace swap merge split extend renew register
  reserve confirm list compare tell let think`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs whose object is a thing handed over: "send you X" means "send X to you". */
export const GIVING_VERBS: ReadonlySet<string> = new Set(
  "send give show email forward share get hand pass mail text ping".split(" "),
);

/** Verbs that make a strong, checkable deliverable. */
export const DELIVERABLE_VERBS: ReadonlySet<string> = new Set(
  `send share forward email schedule set book follow reach introduce connect review prepare draft write create update add
  put loop invite ping check confirm find figure organize arrange coordinate deliver provide ship test build document
  compile collect gather file submit order publish present demo sync escalate secure request setup provision expedite`
    .split(/\s+/)
    .filter(Boolean),
);
