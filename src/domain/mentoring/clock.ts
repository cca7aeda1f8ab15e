/** How far ahead of this device's clock a file's date may be (another device's clock may run a little fast). */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** True when `iso` lies more than the allowed clock skew after `now`. */
export function isInFuture(iso: string, now: Date): boolean {
  return Date.parse(iso) > now.getTime() + CLOCK_SKEW_MS;
}
