/** A half-open time range [from, to) in ms since the epoch, matched against `received_at`. */
export interface TimeRange {
  from: number;
  to: number;
}
