export { initTracker, track, flush, type TrackerOptions } from './tracker.ts';
export { trackSearch, trackSearchClick } from './search-burst.ts';
export { sessionId } from './session-id.ts';
export type { TrackerEvent, AnalyticsEvent } from './tracker-event.ts';
