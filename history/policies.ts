// The policy store: versions of the privacy policies the user disclosed data
// under (tables `policies` and `policyVersions`, outside the hash chain).
// A policy is tracked while some ledger record names it in `policy.url`;
// deleting those records stops tracking it. A failed check is recorded on the
// policy's row and never removes a version.
//
// This module is the store's face; the work is split by concern:
// policy-versions.ts (recording checks), policy-tracking.ts (which policies
// ledger records name, forgetting the rest), policy-changes.ts (which version
// a disclosure was made under, what changed since) and policy-store.ts (reads).

export {
  MAX_POLICY_DISCLOSURES,
  MAX_TRACKED_POLICIES,
  forgetUntrackedPolicies,
  trackedPolicies,
  trackedPolicyUrls,
  type PolicyDisclosure,
  type TrackedPolicy,
} from './policy-tracking';
export {
  ensurePolicyDoc,
  recordPolicyFailure,
  recordPolicyVersion,
  type FetchedPolicy,
  type RecordedVersion,
} from './policy-versions';
export {
  changeAfter,
  changesSince,
  disclosuresUnderOlderVersion,
  versionOf,
  type PolicyChangeSince,
} from './policy-changes';
export { policyDoc, policyDocs, policyHistory } from './policy-store';
