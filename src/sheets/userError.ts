// Errors meant for the user: a sentence in their language that says what to do (a refusal, a
// check that failed). Anything else that reaches the server's edge is the platform's and is
// reported as "Google Sheets reported an error", in the user's language, with its text kept.

const NAME = 'OkrSheetsUserError';

/** An Error whose message is already written for the user. */
export function userError(message: string): Error {
  const err = new Error(message);
  err.name = NAME;
  return err;
}

/** Whether an error was made by `userError` (its message is shown as it is). */
export function isUserError(err: unknown): boolean {
  return err instanceof Error && err.name === NAME;
}
