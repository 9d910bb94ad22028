// A real Node.js Yjs client of a workshop, driven by pytest (tests/collab/test_workshop_node.py).
//
//     node yjs_client.mjs WEB_DIR HOST_URL PIN NAME
//
// WEB_DIR is resources/web (its node_modules hold yjs, y-websocket and ws from npm). The client joins with
// the PIN (POST /api/join), connects y-websocket's WebsocketProvider, prints one JSON line per event on
// stdout and reads one JSON command per line on stdin:
//   {"cmd": "insert", "section": ID, "index": N, "text": S}  -> {"event": "inserted", "body": ...}
//   {"cmd": "wait", "section": ID, "contains": S}            -> {"event": "seen", "body": ...}
//   {"cmd": "section", "section": ID}                        -> {"event": "aware"} (awareness "section")
//   {"cmd": "add", "title": S, "body": S}                    -> {"event": "added", "id": ...} (a new section)
//   {"cmd": "wipe"}                                          -> {"event": "wiped"} (deletes every section)
//   {"cmd": "inject"}                                        -> {"event": "injected"} (a fresh foreign
//                                                               Y.Doc's own "sections" merged in)
//   {"cmd": "quit"}                                          -> exits 0
// When the host closes the socket for good: {"event": "closed", "code": N, "reason": S}.
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'
import { join, resolve } from 'node:path'

const [webDir, hostUrl, pin, name] = process.argv.slice(2)
const require = createRequire(join(resolve(webDir), 'package.json'))
const Y = require('yjs')
const { WebsocketProvider } = require('y-websocket')
const WebSocket = require('ws')

const say = (event) => process.stdout.write(JSON.stringify(event) + '\n')
const fail = (message) => { say({ event: 'error', message }); process.exit(1) }

const response = await fetch(`${hostUrl}/api/join`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ name, institution: 'Node.js', sex: null, pin }),
})
const session = await response.json()
if (!response.ok) fail(`join refused: ${response.status} ${JSON.stringify(session)}`)
say({ event: 'joined', participant_id: session.participant_id, room: session.room, read_only: session.read_only })

const doc = new Y.Doc()
const provider = new WebsocketProvider(hostUrl.replace(/^http/, 'ws') + '/ws', session.room, doc, {
  params: { token: session.token }, WebSocketPolyfill: WebSocket, disableBc: true,
  // as the browser editor: the host's decisions (4000-4999) and refusals (1003) are not retried
  shouldReconnect: (event) => !(event.code >= 4000 && event.code < 5000) && event.code !== 1003,
})
provider.awareness.setLocalState({
  user: { name, color: '#1f77b4', colorLight: '#1f77b433' }, participant_id: session.participant_id, section: null,
})
provider.on('closed', ({ code, reason }) => say({ event: 'closed', code, reason }))

const sectionsArray = doc.getArray('sections')
const sections = () => sectionsArray.toArray()
  .filter((m) => m instanceof Y.Map && m.get('body') instanceof Y.Text)
  .sort((a, b) => (a.get('order') < b.get('order') ? -1 : a.get('order') > b.get('order') ? 1 : 0) ||
    (a.get('id') < b.get('id') ? -1 : 1))
  .map((m) => ({ id: m.get('id'), title: m.get('title').toString(), body: m.get('body').toString() }))
const body = (id) => {
  const map = sectionsArray.toArray().find((m) => m.get('id') === id)
  if (!map) fail(`no section ${id}`)
  return map.get('body')
}

await new Promise((resolve) => provider.once('sync', resolve))
say({ event: 'synced', client_id: doc.clientID, sections: sections() })

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const command = JSON.parse(line)
  if (command.cmd === 'insert') {
    body(command.section).insert(command.index, command.text)
    say({ event: 'inserted', body: body(command.section).toString() })
  } else if (command.cmd === 'wait') {
    const text = body(command.section)
    await new Promise((resolve) => {
      const check = () => { if (text.toString().includes(command.contains)) { text.unobserve(check); resolve() } }
      text.observe(check)
      check()
    })
    say({ event: 'seen', body: text.toString(), sections: sections() })
  } else if (command.cmd === 'section') {
    provider.awareness.setLocalStateField('section', command.section)
    say({ event: 'aware' })
  } else if (command.cmd === 'add') {
    const id = `node-${doc.clientID}`
    const map = new Y.Map()
    map.set('id', id)
    map.set('order', 'zz')
    map.set('title', new Y.Text(command.title))
    map.set('body', new Y.Text(command.body))
    sectionsArray.push([map])
    say({ event: 'added', id })
  } else if (command.cmd === 'wipe') {
    sectionsArray.delete(0, sectionsArray.length)
    say({ event: 'wiped' })
  } else if (command.cmd === 'inject') {
    const foreign = new Y.Doc()
    const map = new Y.Map()
    map.set('id', 'injected')
    map.set('order', '0')
    map.set('title', new Y.Text('INJECTED'))
    map.set('body', new Y.Text(''))
    foreign.getArray('sections').push([map])
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(foreign))
    say({ event: 'injected' })
  } else if (command.cmd === 'quit') {
    break
  }
}
provider.destroy()
doc.destroy()
process.exit(0)
