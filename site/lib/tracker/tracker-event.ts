/** The event types the page reports; only types are imported, so no zod reaches the browser. */
import type { AnalyticsEvent } from '../../../analytics-api/events/event-schema.ts';

type WithoutClientFields<E> = E extends unknown ? Omit<E, 'session' | 'ts' | 'event_id' | 'locale'> : never;

/** An event as the page reports it: the tracker adds `session`, `ts`, `event_id` and the page's `locale`. */
export type TrackerEvent = WithoutClientFields<AnalyticsEvent>;

export type { AnalyticsEvent };
