export { gatherBrief } from "./gather-brief.ts";
export { meetingsOn, type CalendarMeeting } from "./read-calendar.ts";
export { renderBrief, type BriefInput } from "./render-brief.ts";
export { writeBrief } from "./write-brief.ts";
