// The workshop's browser editor: join form, then the deliverable's sections edited live with the host.
// Protocol: /work/notes' workshop contract (HTTP /api/info, /api/join, /api/me; Yjs over /ws/<room>).
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { EditorView, keymap } from '@codemirror/view'
import { EditorState, Compartment } from '@codemirror/state'
import { defaultKeymap } from '@codemirror/commands'
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next'
import { LANGUAGES, pickLanguage, translate } from './i18n.js'
import { addSection, makeSectionHeader, moveSection, orderedSections, updateSectionHeader } from './sections.js'
import { formatKeymap, labelToolbar, makeToolbar } from './toolbar.js'
import { createComments } from './comments.js'
import { createVersions } from './versions.js'
import { keepOffline } from './offline.js'
import { suggestionsExtension, watchSuggestions } from './suggestions.js'

const CLOSE_ENDED = 4000
const CLOSE_MODE_CHANGED = 4001
const CLOSE_UNKNOWN_TOKEN = 4401
const CLOSE_REMOVED = 4403
const CLOSE_WRONG_ROOM = 4404
const CLOSE_NOT_ALLOWED = 4003
const CLOSE_DOCUMENT_FULL = 4413
const CLOSE_UNSUPPORTED = 1003
/** What the host refused, by its close reason (collab/workshop_guard.py's Verdict). */
const REFUSALS = {
  section_deleted: 'refusedDelete',
  section_replaced: 'refusedDelete',
  versions: 'refusedVersions',
  read_only: 'refusedReadOnly',
  suggest_only: 'refusedSuggestOnly',
  too_large: 'documentFull',
}
const FAILURES_BEFORE_PROBE = 4
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#e377c2', '#8c564b', '#ff7f0e', '#17becf',
  '#bcbd22', '#7f7f7f']

const $ = (id) => document.getElementById(id)
const storageKey = (room) => `socieux-workshop:${room}`
const DEVICE_KEY = 'socieux-workshop-device'

/** This browser's device token, kept in localStorage: the host counts a device once in the attendance,
 * also after the tab is closed and reopened. (crypto.getRandomValues works on plain http too.) */
function deviceToken () {
  try {
    const kept = localStorage.getItem(DEVICE_KEY)
    if (kept && /^[A-Za-z0-9_-]{16,128}$/.test(kept)) return kept
  } catch { /* private mode */ }
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const made = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  try { localStorage.setItem(DEVICE_KEY, made) } catch { /* private mode: one tab, one device */ }
  return made
}

const app = {
  language: 'en',
  info: { room: '', title: '', language: 'en' },
  session: null, // {token, participant_id, room, read_only, name}
  ydoc: null,
  provider: null,
  sections: null,
  editors: new Map(), // section id -> {element, title, body, view, editable: Compartment}
  status: null, // {key, kind, params}
  joinError: null, // {key, params}
  failures: 0,
  stopped: false,
  everSynced: false, // the document came from the host once: editing goes on while offline
  offline: null, // offline.js's copy of the document on this device
  comments: null,
  versions: null,
  selection: null, // {sectionId, from, to}: the last selection in a section's body, for a comment
}

const t = (key, params) => translate(app.language, key, params)

// -- language --------------------------------------------------------------------------------------

function savedLanguage () {
  try { return localStorage.getItem('socieux-workshop-language') } catch { return null }
}

function setLanguage (language) {
  app.language = language
  try { localStorage.setItem('socieux-workshop-language', language) } catch { /* private mode */ }
  document.documentElement.lang = language
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n)
  $('language').value = language
  renderJoinError()
  renderStatus()
  renderPeople()
  renderSections()
  app.comments?.render()
  app.versions?.render()
  if (app.final) showFinal(app.final.key, app.final.retry)
}

// -- join ------------------------------------------------------------------------------------------

function showJoinError (key, params = {}) {
  app.joinError = key ? { key, params } : null
  renderJoinError()
}

function renderJoinError () {
  const element = $('join-error')
  element.hidden = !app.joinError
  element.textContent = app.joinError ? t(app.joinError.key, app.joinError.params) : ''
}

const JOIN_FIELD_ERRORS = { name: 'errName', institution: 'errInstitution', sex: 'errSex', pin: 'errPin', body: 'errBody' }

function joinErrorFor (status, answer) {
  if (status === 403 && answer.error === 'removed') return ['joinRemoved', {}]
  if (status === 403 && answer.error === 'wrong_pin') {
    const left = Number(answer.attempts_left) || 0
    return left > 0 ? ['wrongPin', { n: left }] : ['noAttemptsLeft', {}]
  }
  if (status === 429) return ['tooMany', { n: Math.max(1, Math.ceil((Number(answer.retry_after) || 60) / 60)) }]
  if (status === 409) return ['full', {}]
  if (status === 400) return [JOIN_FIELD_ERRORS[answer.field] || 'errBody', {}]
  if (status === 413) return ['errBody', {}]
  if (status === 503 && answer.error === 'ended') return ['joinEnded', {}]
  return ['serverError', { status }]
}

async function join (event) {
  event.preventDefault()
  const name = $('name').value.trim()
  const institution = $('institution').value.trim()
  const pin = $('pin').value.trim()
  if (!name || name.length > 80) return fieldError('name', 'errName')
  if (institution.length > 120) return fieldError('institution', 'errInstitution')
  if (!pin) return fieldError('pin', 'errPin')
  const button = $('join-button')
  button.disabled = true
  button.textContent = t('joining')
  try {
    let response
    try {
      response = await fetch('/api/join', {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, institution, sex: $('sex').value || null, pin, device: deviceToken() }),
      })
    } catch {
      return showJoinError('unreachable')
    }
    const answer = await response.json().catch(() => ({}))
    if (!response.ok) {
      const [key, params] = joinErrorFor(response.status, answer)
      if (key === 'wrongPin') $('pin').select()
      return showJoinError(key, params)
    }
    showJoinError(null)
    app.session = answer
    try { localStorage.setItem(storageKey(answer.room), JSON.stringify(answer)) } catch { /* private mode */ }
    startWorkspace()
  } finally {
    button.disabled = false
    button.textContent = t('join')
  }
}

function fieldError (field, key) {
  showJoinError(key)
  $(field).focus()
}

// -- the shared document ---------------------------------------------------------------------------

function colorFor (participantId) {
  let hash = 0
  for (const char of String(participantId)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return COLORS[hash % COLORS.length]
}

function startWorkspace () {
  $('join').hidden = true
  $('final').hidden = true
  $('workspace').hidden = false
  app.stopped = false
  app.final = null
  app.failures = 0
  app.ydoc = new Y.Doc()
  app.everSynced = false
  app.offline = keepOffline(app.ydoc, app.session.room, () => {
    if (app.stopped || !app.provider) return
    app.failures = 0
    app.provider.connect()
  })
  app.offline.whenLoaded.then(() => { renderSections(); updateEditable() })
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  const provider = new WebsocketProvider(`${scheme}//${location.host}/ws`, app.session.room, app.ydoc, {
    params: { token: app.session.token },
    disableBc: true, // another tab has its own token (and maybe its own mode): no sharing behind the host
    maxBackoffTime: 4000,
    // The host's own codes (4000-4999) are decisions: handled in 'closed', never retried blindly.
    shouldReconnect: (event) => !(event.code >= 4000 && event.code < 5000) && event.code !== CLOSE_UNSUPPORTED,
  })
  app.provider = provider
  const color = colorFor(app.session.participant_id)
  provider.awareness.setLocalState({
    user: { name: app.session.name, color, colorLight: `${color}33` },
    participant_id: app.session.participant_id,
    section: null,
  })
  provider.awareness.on('change', schedulePeople)
  provider.on('status', ({ status }) => {
    if (status === 'connecting' && app.failures > 0) setStatus('reconnecting', 'warning')
    else if (status === 'connecting') setStatus('connecting')
    updateEditable()
  })
  provider.on('sync', (synced) => {
    if (synced) {
      app.failures = 0
      app.everSynced = true
      setStatus(...connectedStatus())
    }
    updateEditable()
  })
  provider.on('connection-close', (event) => {
    if (app.stopped || (event && event.code >= 4000 && event.code < 5000)) return
    app.failures += 1
    setStatus('reconnecting', 'warning')
    if (app.failures >= FAILURES_BEFORE_PROBE) probeHost()
  })
  provider.on('closed', ({ code, reason }) => onHostClosed(code, reason))
  app.sections = app.ydoc.getArray('sections')
  app.sections.observeDeep((events) => {
    // Typing in a body is CodeMirror's business; the list changes only for sections, orders and titles.
    const bodies = new Set([...app.editors.values()].map((entry) => entry.body))
    if (events.some((event) => !bodies.has(event.target))) renderSections()
  })
  setStatus('connecting')
  app.comments = createComments($('comments-box'), {
    ydoc: app.ydoc,
    t,
    author: () => app.session.name,
    selection: () => app.selection,
    select: selectPassage,
    canEdit,
    findSection: (id) => orderedSections(app.sections).find((item) => item.get('id') === id),
  })
  watchSuggestions(app.ydoc, () => [...app.editors.values()].map((entry) => entry.view))
  app.versions = createVersions($('versions-box'), $('version-view'), { ydoc: app.ydoc, t, language: () => app.language })
  renderSections()
  renderPeople()
}

function selectPassage (sectionId, from, to) {
  const entry = app.editors.get(sectionId)
  if (!entry) return
  entry.view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true })
  entry.view.focus()
}

/** The status once connected, by the participant's mode: [key, kind]. */
function connectedStatus () {
  if (app.session.read_only) return ['readOnly', 'warning']
  return app.session.suggest ? ['suggesting', 'ok'] : ['connected', 'ok']
}

async function onHostClosed (code, reason) {
  if (code === CLOSE_MODE_CHANGED) {
    try {
      const response = await fetch('/api/me', {
        cache: 'no-store', headers: { Authorization: `Bearer ${app.session.token}` },
      })
      if (response.status === 401) return stopWorkspace('removed')
      if (!response.ok) throw new Error(String(response.status))
      const me = await response.json()
      app.session.read_only = Boolean(me.read_only)
      app.session.suggest = Boolean(me.suggest)
      updateEditable()
      app.provider.connect()
    } catch {
      probeHost()
    }
  } else if (code === CLOSE_REMOVED) {
    stopWorkspace('removed')
  } else if (code === CLOSE_UNKNOWN_TOKEN) {
    stopWorkspace(null)
    showJoin()
    showJoinError('expired')
  } else if (code === CLOSE_NOT_ALLOWED || code === CLOSE_DOCUMENT_FULL) {
    stopWorkspace(REFUSALS[reason] || 'refused', true)
  } else if (code === CLOSE_UNSUPPORTED) {
    stopWorkspace('refused', true)
  } else if (code === CLOSE_ENDED || code === CLOSE_WRONG_ROOM) {
    stopWorkspace('ended')
  } else {
    stopWorkspace('ended')
  }
}

/** After several failed connections: is the host still there? If not, say so and stop trying. */
async function probeHost () {
  try {
    const response = await fetch('/api/info', { cache: 'no-store' })
    if (response.ok) return // the host answers: the provider goes on reconnecting
  } catch { /* unreachable */ }
  if (app.stopped || !app.provider) return
  app.provider.disconnect()
  setStatus(app.everSynced && !app.session.read_only ? 'offline' : 'lost', 'error', true)
  updateEditable()
}

/** Editing is over (`key`: 'ended' or 'removed'): the document leaves the page with the connection. */
function stopWorkspace (key, retry = false) {
  app.stopped = true
  if (!retry) { // refused changes keep the session: the reloaded page resumes without the PIN
    try { localStorage.removeItem(storageKey(app.session.room)) } catch { /* private mode */ }
  }
  // ended, removed or refused: what the device kept cannot reach the host (a refused change would be
  // refused again after the reload)
  app.offline?.forget()
  app.offline = null
  app.comments = null
  app.versions = null
  if (app.provider) app.provider.destroy()
  for (const entry of app.editors.values()) entry.view.destroy()
  app.editors.clear()
  $('sections').replaceChildren()
  if (app.ydoc) app.ydoc.destroy()
  app.provider = null
  app.ydoc = null
  app.sections = null
  $('workspace').hidden = true
  if (key) showFinal(key, retry)
}

function showFinal (key, retry) {
  app.final = { key, retry }
  $('final').hidden = false
  $('final-message').textContent = t(key)
  $('retry').hidden = !retry
}

function showJoin () {
  $('final').hidden = true
  $('workspace').hidden = true
  $('join').hidden = false
}

// -- status ----------------------------------------------------------------------------------------

function setStatus (key, kind = '', retry = false) {
  app.status = { key, kind, retry }
  renderStatus()
}

function renderStatus () {
  const element = $('status')
  if (!app.status) return
  element.className = `notice ${app.status.kind}`
  element.textContent = t(app.status.key)
  if (app.status.retry) {
    const button = document.createElement('button')
    button.type = 'button'
    button.id = 'reconnect'
    button.textContent = t('retry')
    button.addEventListener('click', () => {
      app.failures = 0
      setStatus('connecting')
      app.provider?.connect()
    })
    element.append(' ', button)
  }
}

/** Editable once the host's document arrived (also offline after that: offline.js keeps the edits). */
function canEdit () {
  return Boolean(app.provider && app.everSynced && !app.session.read_only)
}

function editableExtension (editable) {
  return [EditorState.readOnly.of(!editable), EditorView.editable.of(editable)]
}

function updateEditable () {
  const editable = canEdit()
  for (const entry of app.editors.values()) {
    entry.view.dispatch({ effects: entry.editable.reconfigure(editableExtension(editable)) })
    entry.element.classList.toggle('read-only', !editable)
    updateSectionHeader(entry.header, entry.title, t, editable && !app.session.suggest)
  }
  $('add-section').disabled = !editable || Boolean(app.session.suggest)
  app.comments?.render()
}

// -- sections --------------------------------------------------------------------------------------

function addSectionAfter (afterId) {
  const id = addSection(app.sections, t('newSection'), afterId)
  app.editors.get(id)?.header.querySelector('input.title').select()
}

function makeEditor (id, title, body) {
  const element = document.createElement('article')
  element.className = 'section'
  element.dataset.id = id
  const header = makeSectionHeader(title, {
    move: (by) => moveSection(app.sections, id, by),
    addAfter: () => addSectionAfter(id),
    enter: () => app.editors.get(id)?.view.focus(),
  })
  let view = null
  const toolbar = makeToolbar(() => view, t)
  element.append(header, toolbar)
  const editable = new Compartment()
  view = new EditorView({
    parent: element,
    state: EditorState.create({
      doc: body.toString(),
      extensions: [
        keymap.of([...formatKeymap(t), ...yUndoManagerKeymap, ...defaultKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': title.toString(), spellcheck: 'true' }),
        yCollab(body, app.provider.awareness, { undoManager: new Y.UndoManager(body) }),
        suggestionsExtension({
          ydoc: app.ydoc,
          sectionId: id,
          body: () => body,
          suggesting: () => Boolean(app.session?.suggest),
          author: () => app.session.name,
        }),
        editable.of(editableExtension(canEdit())),
        EditorView.domEventHandlers({
          focus: () => { app.provider?.awareness.setLocalStateField('section', id) },
        }),
        EditorView.updateListener.of((update) => {
          if (!update.selectionSet && !update.focusChanged) return
          const { from, to } = update.state.selection.main
          if (update.view.hasFocus || from !== to) app.selection = { sectionId: id, from, to }
        }),
      ],
    }),
  })
  element.classList.toggle('read-only', !canEdit())
  return { element, header, toolbar, title, body, view, editable }
}

function renderSections () {
  const container = $('sections')
  if (!app.sections) return
  const items = orderedSections(app.sections)
  const seen = new Set()
  items.forEach((item, index) => {
    const id = item.get('id')
    let entry = app.editors.get(id)
    if (entry && entry.body !== item.get('body')) {
      entry.view.destroy()
      entry.element.remove()
      entry = undefined
    }
    if (!entry) {
      entry = makeEditor(id, item.get('title'), item.get('body'))
      app.editors.set(id, entry)
    }
    entry.title = item.get('title')
    updateSectionHeader(entry.header, entry.title, t, canEdit() && !app.session.suggest)
    labelToolbar(entry.toolbar, t)
    const position = items.indexOf(item)
    entry.header.querySelector('.up').style.visibility = position === 0 ? 'hidden' : ''
    entry.header.querySelector('.down').style.visibility = position === items.length - 1 ? 'hidden' : ''
    seen.add(id)
    if (container.children[index] !== entry.element) container.insertBefore(entry.element, container.children[index] || null)
  })
  for (const [id, entry] of app.editors) {
    if (!seen.has(id)) {
      entry.view.destroy()
      entry.element.remove()
      app.editors.delete(id)
    }
  }
  let empty = container.querySelector('.empty')
  $('add-section').textContent = t('addSection')
  if (items.length === 0 && app.provider?.synced) {
    if (!empty) {
      empty = document.createElement('p')
      empty.className = 'empty'
      container.append(empty)
    }
    empty.textContent = t('noSections')
  } else if (empty) {
    empty.remove()
  }
  renderPeople()
}

// -- people ----------------------------------------------------------------------------------------

let peopleScheduled = false

/** Everyone's cursor moves are awareness changes: the list is drawn at most once a frame. */
function schedulePeople () {
  if (peopleScheduled) return
  peopleScheduled = true
  requestAnimationFrame(() => {
    peopleScheduled = false
    renderPeople()
  })
}

function renderPeople () {
  const list = $('people')
  if (!app.provider) return
  const awareness = app.provider.awareness
  const people = []
  for (const [clientId, state] of awareness.getStates()) {
    if (!state || !state.user || typeof state.user.name !== 'string') continue
    people.push({ clientId, state, self: clientId === awareness.clientID })
  }
  people.sort((a, b) => (b.self - a.self) || a.state.user.name.localeCompare(b.state.user.name))
  $('people-title').textContent = t('people', { n: people.length })
  list.replaceChildren(...people.map(({ state, self }) => {
    const item = document.createElement('li')
    const dot = document.createElement('span')
    dot.className = 'dot'
    dot.style.background = /^#[0-9a-f]{6}$/i.test(state.user.color) ? state.user.color : '#7f7f7f'
    const label = document.createElement('span')
    label.textContent = self ? `${state.user.name} ${t('you')}` : state.user.name
    const section = typeof state.section === 'string' ? app.editors.get(state.section) : undefined
    if (section) {
      const where = document.createElement('span')
      where.className = 'where'
      where.textContent = section.title.toString() || t('untitled')
      label.append(where)
    }
    item.append(dot, label)
    return item
  }))
}

// -- start -----------------------------------------------------------------------------------------

async function start () {
  const select = $('language')
  for (const [code, name] of Object.entries(LANGUAGES)) select.append(new Option(name, code))
  select.addEventListener('change', () => setLanguage(select.value))
  $('join-form').addEventListener('submit', join)
  $('retry').addEventListener('click', () => location.reload())
  $('add-section').addEventListener('click', () => addSectionAfter(null))
  try {
    const response = await fetch('/api/info', { cache: 'no-store' })
    if (response.ok) app.info = await response.json()
  } catch { /* shown at the first join */ }
  $('doc-title').textContent = app.info.title || ''
  if (app.info.title) document.title = `${app.info.title} · SOCIEUX+`
  setLanguage(pickLanguage(savedLanguage(), navigator.languages || [navigator.language], app.info.language))
  let saved = null
  try { saved = JSON.parse(localStorage.getItem(storageKey(app.info.room)) || 'null') } catch { /* none */ }
  if (saved && saved.token && saved.room === app.info.room) {
    // A reload: the same participant, if the host still knows the token.
    try {
      const response = await fetch('/api/me', { cache: 'no-store', headers: { Authorization: `Bearer ${saved.token}` } })
      if (response.ok) {
        const me = await response.json()
        app.session = { ...saved, read_only: Boolean(me.read_only), suggest: Boolean(me.suggest), name: me.name || saved.name }
        return startWorkspace()
      }
    } catch { /* join again */ }
  }
  showJoin()
  $('name').focus()
}

start()
