import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  daysBetween
} from "./shared-clock-clock.js";
import {
  __name
} from "./shared-runtime.js";

// src/gate/waivers.ts
var EXPIRING_DAYS = 7;
function waiverStateOn(waiver, today, isAwaitingReview) {
  const daysLeft = daysBetween(today, waiver.until);
  if (daysLeft < 0) return { state: "expired", daysLeft };
  if (isAwaitingReview) return { state: "awaiting-review", daysLeft };
  return { state: daysLeft <= EXPIRING_DAYS ? "expiring" : "active", daysLeft };
}
__name(waiverStateOn, "waiverStateOn");
function isInEffect(judged) {
  return judged.state === "active" || judged.state === "expiring";
}
__name(isInEffect, "isInEffect");
var days = /* @__PURE__ */ __name((count) => `${count} day${count === 1 ? "" : "s"}`, "days");
function describeWaiver(judged) {
  const { waiver } = judged;
  const what = waiver.finding ? `${waiver.finding} waived` : "waived";
  switch (judged.state) {
    case "active":
    case "expiring":
      return `${what} by @${waiver.by} until ${waiver.until} (${days(judged.daysLeft)} left${judged.state === "expiring" ? ", expiring soon" : ""}): ${waiver.reason}`;
    case "expired":
      return `waiver${waiver.finding ? ` of ${waiver.finding}` : ""} by @${waiver.by} expired on ${waiver.until}`;
    case "awaiting-review":
      return `waiver${waiver.finding ? ` of ${waiver.finding}` : ""} by @${waiver.by} until ${waiver.until} is new in this pull request and waits for an approval by someone other than its author`;
    case "stale":
      return waiver.finding ? `waiver of ${waiver.finding} by @${waiver.by} is stale: the finding is no longer in the report; remove it` : `waiver by @${waiver.by} is stale: the item passes without it; remove it`;
  }
}
__name(describeWaiver, "describeWaiver");
function describeEnforceFrom(date, daysLeft) {
  return `will block from ${date} (${days(daysLeft)})`;
}
__name(describeEnforceFrom, "describeEnforceFrom");
function isHoldable(item, result) {
  return result.status === "failed" || result.status === "errored" || result.status === "pending" && item.check === void 0 && item.blocking;
}
__name(isHoldable, "isHoldable");
function applyItemWaiver(item, result, waiver, today, policyEnforceFrom) {
  const holdable = isHoldable(item, result);
  let judged = waiver;
  if (waiver && !holdable && waiver.state !== "awaiting-review" && result.status !== "skipped")
    judged = { ...waiver, state: "stale" };
  if (judged && holdable) {
    if (isInEffect(judged))
      return {
        result: {
          ...result,
          status: "waived",
          summary: `${result.summary} \u2014 ${describeWaiver(judged)}`
        },
        waiver: judged
      };
    result = { ...result, summary: `${result.summary} \u2014 ${describeWaiver(judged)}` };
  }
  const enforceFrom = item.enforceFrom ?? policyEnforceFrom;
  if (enforceFrom && holdable && item.blocking) {
    const daysLeft = daysBetween(today, enforceFrom);
    if (daysLeft > 0)
      return {
        result: {
          ...result,
          summary: `${result.summary} \u2014 ${describeEnforceFrom(enforceFrom, daysLeft)}`
        },
        ...judged ? { waiver: judged } : {},
        enforceFrom: { date: enforceFrom, daysLeft }
      };
  }
  return { result, ...judged ? { waiver: judged } : {} };
}
__name(applyItemWaiver, "applyItemWaiver");
function judgeFindingWaiver(waiver, result) {
  if (!isInEffect(waiver) || result.status === "skipped" || result.status === "errored")
    return waiver;
  const removed = result.waivedFindings ?? [];
  return removed.includes(waiver.waiver.finding ?? "") ? waiver : { ...waiver, state: "stale" };
}
__name(judgeFindingWaiver, "judgeFindingWaiver");

export {
  waiverStateOn,
  isInEffect,
  describeWaiver,
  applyItemWaiver,
  judgeFindingWaiver
};
//# sourceMappingURL=shared-gate-waivers.js.map
