// Edits not yet sent survive a closed tab, a reload or a phone off the Wi-Fi: the document is kept in
// IndexedDB (y-indexeddb) under the workshop's room (the deliverable's id), and what it holds reaches the
// host with the next connection (the provider sends every update the document gets). An update the host
// already has is applied once: a CRDT update is idempotent.
import { IndexeddbPersistence } from 'y-indexeddb'

export const storeName = (room) => `socieux-workshop-document:${room}`

/** Keep `ydoc` on this device; `reconnect()` is called when the browser says the network is back. */
export function keepOffline (ydoc, room, reconnect) {
  let persistence = null
  try {
    persistence = new IndexeddbPersistence(storeName(room), ydoc)
  } catch { /* no IndexedDB (private mode in some browsers): edits live as long as the tab */ }
  const online = () => reconnect()
  window.addEventListener('online', online)
  return {
    whenLoaded: persistence ? persistence.whenSynced.catch(() => null) : Promise.resolve(null),
    /** The session is over, or the host refused what the copy holds: forget it. */
    async forget () {
      window.removeEventListener('online', online)
      if (persistence) await persistence.clearData().catch(() => null)
    },
  }
}
