import type { RetakeEvent } from '../../shared/events';
import type { Logger } from './log/logger';

export type EventListener = (event: RetakeEvent) => void;

export interface EventHub {
  emit(event: RetakeEvent): void;
  /** Returns the unsubscribe function. */
  on(listener: EventListener): () => void;
}

/** Fans events out to the hosts; one failing listener must not stop the others or the emitter. */
export function createEventHub(log: Logger): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (err) {
          log.error('events', 'an event listener failed', err);
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
