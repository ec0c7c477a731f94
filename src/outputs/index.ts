export { planOutputs, type OutputsPlan, type OutputsRequest } from "./plan-outputs.ts";
export { outboxThread, type OutboxThread, type MailAddress } from "./outbox-thread.ts";
export { suggestOutputs } from "./suggest-outputs.ts";
export { withSuggestedOutputs } from "./with-suggested-outputs.ts";
export { findFollowUpMeetings } from "./find-follow-up-meetings.ts";
export { renderEml } from "./render-eml.ts";
export { renderEventIcs } from "./render-event-ics.ts";
