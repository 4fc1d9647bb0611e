// Twilio error codes after which texting that number again cannot work, named as the codes the staff-facing wording
// explains (dialogs/coordinator/format.ts). One list, for refusals by Twilio's API and for failed delivery reports.
const PERMANENT = new Map<string, string>([
  ['21610', 'opted-out'],
  ['21211', 'invalid-number'],
  ['21614', 'not-a-mobile'],
  ['21612', 'unreachable'],
  ['21408', 'region-not-enabled'],
  ['30003', 'unreachable'],
  ['30004', 'blocked'],
  ['30005', 'unknown-number'],
  ['30006', 'landline'],
  ['30007', 'filtered'],
]);

/** The problem a Twilio error code names when it is permanent; undefined when trying again may still work. */
export function permanentProblem(code: number | string | undefined): string | undefined {
  return code === undefined ? undefined : PERMANENT.get(String(code));
}
