/** The `event` message of the live hub (contract/live.md). */
export interface LiveEvent {
  topic: string;
  sequence: number;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The answer to Subscribe(topic, afterSequence). */
export interface SubscribeResult {
  topic: string;
  sequence: number;
  missed: LiveEvent[];
}
