// Comments on passages, the same ones the expert reads and writes in the Qt editor's comments panel: the
// root "comments" (Y.Array of Y.Map) of collab/annotations.py, {id, section_id, field, start, end, quote,
// author, text, created, resolved, resolved_by}. `start` and `end` are the JSON of Yjs relative positions
// (binary-compatible with Yrs sticky indices): `start` on the passage's first character, `end` on the
// character after it, or null at the end of the text. A reply is an entry of the same array, {id, reply_to,
// author, text, created}.
//
// pycrdt resolves a sticky index right only at the start of a CRDT item (annotations.py's docstring), so
// an anchored character first gets an item of its own: one character inserted before it and deleted again
// in the comment's transaction, as Comments.add does on the Python side.
import * as Y from 'yjs'

const KEYS = ['id', 'section_id', 'field', 'start', 'end', 'quote', 'author', 'text', 'created', 'resolved']
const SPLITTER = ' '
/** The origin of comments' and suggestions' transactions: undo (which tracks typing) leaves them out. */
export const ANNOTATION = 'socieux-annotation'

export function newId () {
  if (crypto.randomUUID) return crypto.randomUUID()
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
}

/** The JSON of a relative position on the character at `index` of `ytext` (UTF-16); null at the end. */
export function anchorAt (ytext, index) {
  if (index >= ytext.length) return null
  if (index > 0) {
    ytext.insert(index, SPLITTER)
    ytext.delete(index, 1)
  }
  return JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(ytext, index, 0)))
}

/** Where an anchor points now in `ytext` (UTF-16), or null when its character is not (yet) there. */
export function positionOf (ydoc, ytext, anchor) {
  if (anchor === null || anchor === undefined) return ytext.length
  try {
    const relative = Y.createRelativePositionFromJSON(JSON.parse(String(anchor)))
    const absolute = Y.createAbsolutePositionFromRelativePosition(relative, ydoc)
    return absolute && absolute.type === ytext ? absolute.index : null
  } catch {
    return null
  }
}

const REPLY_KEYS = ['id', 'reply_to', 'author', 'text', 'created']
const isReply = (item) => item instanceof Y.Map && REPLY_KEYS.every((key) => item.has(key))

const readable = (item) => item instanceof Y.Map && KEYS.every((key) => item.has(key)) &&
  (item.get('field') === 'title' || item.get('field') === 'body')

/**
 * The comments panel. `options`: ydoc, t (translate), author() (the participant's name), selection()
 * ({sectionId, from, to} in the body, or null), select(sectionId, from, to), canEdit(), findSection(id)
 * (the section's Y.Map or undefined).
 */
export function createComments (root, options) {
  const { ydoc, t } = options
  const comments = ydoc.getArray('comments')
  root.innerHTML = ''
  const title = document.createElement('h2')
  const text = document.createElement('textarea')
  text.id = 'comment-text'
  text.rows = 3
  text.maxLength = 4000
  const add = document.createElement('button')
  add.type = 'button'
  add.id = 'comment-add'
  add.addEventListener('mousedown', (event) => event.preventDefault()) // keeps the editor's selection
  const hint = document.createElement('p')
  hint.className = 'hint'
  hint.setAttribute('role', 'status')
  const list = document.createElement('ul')
  list.id = 'comments'
  root.append(title, text, add, hint, list)
  let hintKey = ''

  add.addEventListener('click', () => {
    const said = text.value.trim()
    const chosen = options.selection()
    const section = chosen && options.findSection(chosen.sectionId)
    if (!chosen || !section || chosen.from === chosen.to) return setHint('commentSelect')
    if (!said) { text.focus(); return setHint('commentEmpty') }
    const body = section.get('body')
    ydoc.transact(() => {
      const start = anchorAt(body, chosen.from)
      const end = anchorAt(body, chosen.to)
      const comment = new Y.Map()
      for (const [key, value] of Object.entries({
        id: newId(), section_id: chosen.sectionId, field: 'body', start, end,
        quote: body.toString().slice(chosen.from, chosen.to), author: options.author(), text: said,
        created: new Date().toISOString(), resolved: false, resolved_by: '',
      })) comment.set(key, value)
      comments.push([comment])
    }, ANNOTATION)
    text.value = ''
    setHint('')
  })

  function setHint (key) {
    hintKey = key
    hint.textContent = key ? t(key) : ''
    hint.hidden = !key
  }

  function entries () {
    return comments.toArray().filter(readable).map((item) => {
      const section = options.findSection(String(item.get('section_id')))
      const ytext = section && section.get(item.get('field'))
      let from = null
      let to = null
      if (ytext) {
        from = positionOf(ydoc, ytext, item.get('start'))
        to = positionOf(ydoc, ytext, item.get('end'))
        if (from === null || to === null || from >= to) from = to = null
      }
      return { item, section, from, to, passage: from === null ? '' : ytext.toString().slice(from, to) }
    }).sort((a, b) => (a.item.get('resolved') - b.item.get('resolved')) ||
      String(a.item.get('created')).localeCompare(String(b.item.get('created'))))
  }

  function repliesByComment () {
    const found = new Map()
    for (const item of comments.toArray().filter(isReply)) {
      const to = String(item.get('reply_to'))
      if (!found.has(to)) found.set(to, [])
      found.get(to).push(item)
    }
    for (const list of found.values()) list.sort((a, b) => String(a.get('created')).localeCompare(String(b.get('created'))))
    return found
  }

  function replyForm (commentId, editable) {
    const form = document.createElement('div')
    form.className = 'reply-form'
    const field = document.createElement('input')
    field.className = 'reply-text'
    field.maxLength = 4000
    field.placeholder = t('commentReplyPlaceholder')
    field.setAttribute('aria-label', t('commentReplyPlaceholder'))
    field.disabled = !editable
    const send = document.createElement('button')
    send.type = 'button'
    send.className = 'reply'
    send.textContent = t('commentReply')
    send.disabled = !editable
    const post = () => {
      const said = field.value.trim()
      if (!said) return field.focus()
      const reply = new Y.Map()
      for (const [key, value] of Object.entries({
        id: newId(), reply_to: commentId, author: options.author(), text: said, created: new Date().toISOString(),
      })) reply.set(key, value)
      field.value = ''
      ydoc.transact(() => comments.push([reply]), ANNOTATION)
    }
    send.addEventListener('click', post)
    field.addEventListener('keydown', (event) => { if (event.key === 'Enter') post() })
    form.append(field, send)
    return form
  }

  function render () {
    // a reply being written is kept while the list is drawn again
    const writing = [...list.querySelectorAll('li.comment')].map((row) => {
      const field = row.querySelector('input.reply-text')
      return [row.dataset.id, field.value, document.activeElement === field]
    })
    const replies = repliesByComment()
    const shown = entries()
    const open = shown.filter((entry) => !entry.item.get('resolved')).length
    title.textContent = t('comments', { n: open })
    add.textContent = t('commentAdd')
    text.placeholder = t('commentPlaceholder')
    text.setAttribute('aria-label', t('commentPlaceholder'))
    const editable = options.canEdit()
    text.disabled = add.disabled = !editable
    setHint(hintKey)
    list.replaceChildren(...shown.map(({ item, section, from, to, passage }) => {
      const row = document.createElement('li')
      row.className = 'comment'
      row.dataset.id = String(item.get('id'))
      row.classList.toggle('resolved', Boolean(item.get('resolved')))
      const quote = document.createElement('blockquote')
      quote.textContent = passage || String(item.get('quote'))
      quote.classList.toggle('detached', from === null)
      if (from !== null) {
        quote.tabIndex = 0
        quote.title = t('commentShow')
        quote.addEventListener('click', () => options.select(String(item.get('section_id')), from, to))
      }
      const meta = document.createElement('div')
      meta.className = 'meta'
      const where = section ? section.get('title').toString() || t('untitled') : t('commentNoSection')
      meta.textContent = `${item.get('author')} · ${where}${from === null ? ` · ${t('commentDetached')}` : ''}`
      const said = document.createElement('p')
      said.className = 'said'
      said.textContent = String(item.get('text'))
      row.append(quote, meta, said)
      for (const reply of replies.get(String(item.get('id'))) || []) {
        const answer = document.createElement('p')
        answer.className = 'answer'
        const who = document.createElement('strong')
        who.textContent = t('commentReplyBy', { name: String(reply.get('author')) })
        answer.append(who, String(reply.get('text')))
        row.append(answer)
      }
      if (item.get('resolved')) {
        const by = document.createElement('div')
        by.className = 'meta'
        by.textContent = t('commentResolvedBy', { name: String(item.get('resolved_by') || '') })
        row.append(by)
      }
      const toggle = document.createElement('button')
      toggle.type = 'button'
      toggle.className = item.get('resolved') ? 'reopen' : 'resolve'
      toggle.textContent = t(item.get('resolved') ? 'commentReopen' : 'commentResolve')
      toggle.disabled = !editable
      toggle.addEventListener('click', () => ydoc.transact(() => {
        const resolving = !item.get('resolved')
        item.set('resolved', resolving)
        item.set('resolved_by', resolving ? options.author() : '')
      }, ANNOTATION))
      row.append(toggle, replyForm(String(item.get('id')), editable))
      return row
    }))
    for (const [id, value, focused] of writing) {
      const field = list.querySelector(`li.comment[data-id="${CSS.escape(id)}"] input.reply-text`)
      if (!field) continue
      field.value = value
      if (focused) field.focus()
    }
  }

  comments.observeDeep(render)
  // typing moves the passages: drawn again at most once a frame
  let scheduled = false
  ydoc.getArray('sections').observeDeep(() => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(() => { scheduled = false; render() })
  })
  render()
  return { render }
}
