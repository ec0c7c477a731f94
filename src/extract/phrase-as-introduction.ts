/**
 * Putting two people in contact, however it is said, is an introduction: "put you on a call with
 * the storage team", "get him in front of the product manager", "put you in touch with Dana" →
 * "connect you with the storage team", "connect him with the product manager", "connect you with Dana".
 */
const PUT_IN_CONTACT =
  /^(?:put|get)\s+((?:you guys|you|him|her|them|us)\b|[A-Z][a-z]+\b)\s+(?:on a (?:call|meeting|thread|email) with|in (?:touch|contact) with|in front of|together with|connected (?:with|to))\s+/i;

export function phraseAsIntroduction(action: string): string {
  return action.replace(PUT_IN_CONTACT, (_m, who: string) => `connect ${who} with `);
}
