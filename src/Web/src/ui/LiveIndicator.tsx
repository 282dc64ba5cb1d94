import { useLiveState } from '../api/live/LiveProvider';
import { nb } from '../text/nb';

/** "Tilkoblet" / "Kobler til igjen …": whether open pages are being updated live. */
export function LiveIndicator() {
  const state = useLiveState();
  const text = state === 'connected' ? nb.live.connected : state === 'connecting' ? nb.live.connecting : state === 'reconnecting' ? nb.live.reconnecting : nb.live.disconnected;
  return (
    <p className={`live-indicator live-indicator--${state}`} role="status" aria-live="polite" title={nb.live.label}>
      <span className="live-indicator__dot" aria-hidden="true" />
      <span className="sr-only">{nb.live.label}: </span>
      {text}
    </p>
  );
}
