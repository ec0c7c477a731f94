/**
 * Fault injection for the crash test: when `MNEMO_CRASH_AT=N` is set, the N-th crash point this
 * process passes kills it with SIGKILL, exactly like a power cut or `kill -9` at that instant.
 * Without the variable this is a counter increment and nothing else.
 */
let passed = 0;
const target = Number(process.env.MNEMO_CRASH_AT ?? "0");

export function crashPoint(): void {
  passed++;
  if (target > 0 && passed === target) process.kill(process.pid, "SIGKILL");
}

/** How many crash points this process has passed (the crash test uses it to know when to stop). */
export function crashPointsPassed(): number {
  return passed;
}
