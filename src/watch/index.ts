export { watchInbox, type WatchInboxOptions } from "./watch-inbox.ts";
export { isIgnoredName } from "./is-ignored-name.ts";
export { scheduleFiles, type ScheduleFiles, type SchedulePlatform } from "./schedule-files.ts";
export { notifyDesktop } from "./notify-desktop.ts";
