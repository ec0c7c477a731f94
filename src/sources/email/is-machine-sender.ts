import type { EmailAddress } from "../source-document.ts";

/** Local parts that machines send from (`noreply`, `drive-shares-dm-noreply`, `notifications`, `calendar-…`). */
const MACHINE_LOCAL =
  /(?:^|[-_.+])(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|newsletters?|news|marketing|digest|calendar(?:-notification)?|automated|robot|bot|system)(?:[-_.+]|$)/i;
/** Sub-domains that bulk senders use (`orders.shop.com`, `email.brand.com`, `notifications.app.io`). */
const BULK_SUBDOMAIN =
  /^(?:orders?|e?mail|em|e|mg|mkt|news|newsletters?|notifications?|notify|alerts?|marketing|bounces?|updates?|comms|info|reply)\./i;

/** True when the address itself says a machine sent the mail (a no-reply box, a bulk-mail sub-domain). */
export function isMachineSender(from: EmailAddress): boolean {
  const [local = "", domain = ""] = (from.email ?? "").split("@");
  if (local !== "" && MACHINE_LOCAL.test(local)) return true;
  return domain.split(".").length >= 3 && BULK_SUBDOMAIN.test(domain);
}
