/** An edit that cannot be made as asked (a bad date, accepting a finished task): told to the user, not a bug. */
export class TaskEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TaskEditError";
  }
}
