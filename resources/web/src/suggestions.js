// Suggested changes (collab/suggestions.py): a participant the expert sets to *suggest* does not change the
// text. What they type or delete becomes entries of the root "suggestions" (Y.Array of Y.Map {id,
// section_id, field: 'body', kind: 'insert'|'delete', start, end, text, author, created}, anchors as for
// comments), shown in colour to everyone; the expert accepts or rejects them in the Qt editor.
//
// In suggest mode a transaction filter turns the editor's own changes into suggestions and keeps its text as
// it is; consecutive keystrokes at one place extend one suggestion, as do backspaces and deletes next to
// one's own deletion.
import * as Y from 'yjs'
import { EditorSelection, EditorState, RangeSetBuilder, StateEffect } from '@codemirror/state'
import { Decoration, ViewPlugin, WidgetType } from '@codemirror/view'
import { ySyncAnnotation } from 'y-codemirror.next'
import { ANNOTATION, anchorAt, newId, positionOf } from './comments.js'

const KEYS = ['id', 'section_id', 'field', 'kind', 'start', 'end', 'text', 'author', 'created']
const readable = (item) => item instanceof Y.Map && KEYS.every((key) => item.has(key)) &&
  item.get('field') === 'body' && (item.get('kind') === 'insert' || item.get('kind') === 'delete')

/** Redraw a section's suggestions (they changed in the document, not in the editor). */
export const redrawSuggestions = StateEffect.define()

/** The suggestions of one section with their places now (UTF-16), those whose place is gone left out. */
export function placedSuggestions (ydoc, sectionId, body) {
  const placed = []
  for (const item of ydoc.getArray('suggestions').toArray()) {
    if (!readable(item) || item.get('section_id') !== sectionId) continue
    const from = positionOf(ydoc, body, item.get('start'))
    if (from === null) continue
    if (item.get('kind') === 'insert') {
      placed.push({ item, from, to: from })
      continue
    }
    const to = positionOf(ydoc, body, item.get('end'))
    if (to !== null && from < to) placed.push({ item, from, to })
  }
  return placed
}

class InsertWidget extends WidgetType {
  constructor (text, author) {
    super()
    this.text = text
    this.author = author
  }

  eq (other) { return other.text === this.text && other.author === this.author }

  toDOM () {
    const span = document.createElement('span')
    span.className = 'cm-suggest-insert'
    span.textContent = this.text
    span.title = this.author
    return span
  }
}

function decorations (ydoc, sectionId, body, length) {
  const placed = placedSuggestions(ydoc, sectionId, body)
    .filter(({ to }) => to <= length)
    .sort((a, b) => a.from - b.from || (a.item.get('kind') === 'insert' ? -1 : 1))
  const builder = new RangeSetBuilder()
  for (const { item, from, to } of placed) {
    const author = String(item.get('author'))
    if (item.get('kind') === 'insert') {
      builder.add(from, from, Decoration.widget({ widget: new InsertWidget(String(item.get('text')), author), side: -1 }))
    } else {
      builder.add(from, to, Decoration.mark({ class: 'cm-suggest-delete', attributes: { title: author } }))
    }
  }
  return builder.finish()
}

/** Store the editor's changes `changes` ([{from, to, text}], positions of the unchanged text) as
 * suggestions of `author`. */
function suggest (ydoc, sectionId, body, author, changes, backward) {
  const suggestions = ydoc.getArray('suggestions')
  ydoc.transact(() => {
    for (const { from, to, text } of changes.reverse()) { // the last first: each keeps the others' places
      const mine = placedSuggestions(ydoc, sectionId, body).filter(({ item }) => item.get('author') === author)
      if (to > from) {
        const own = mine.find(({ item, from: at }) => item.get('kind') === 'insert' && at === to && backward &&
          to - from === 1 && item.get('text').length > 0)
        if (own && !text) { // a backspace over one's own suggested insertion shortens it
          const kept = own.item.get('text').slice(0, -1)
          if (kept) own.item.set('text', kept)
          else suggestions.delete(suggestions.toArray().indexOf(own.item), 1)
          continue
        }
        const next = mine.find(({ item, from: at }) => item.get('kind') === 'delete' && at === to)
        const previous = mine.find(({ item, to: end }) => item.get('kind') === 'delete' && end === from)
        if (next) {
          next.item.set('start', anchorAt(body, from))
          next.item.set('text', body.toString().slice(from, next.to))
        } else if (previous) {
          previous.item.set('end', anchorAt(body, to))
          previous.item.set('text', body.toString().slice(previous.from, to))
        } else {
          add(suggestions, sectionId, 'delete', anchorAt(body, from), anchorAt(body, to), body.toString().slice(from, to), author)
        }
      }
      if (text) {
        const own = mine.find(({ item, from: at }) => item.get('kind') === 'insert' && at === from)
        if (own) own.item.set('text', own.item.get('text') + text)
        else add(suggestions, sectionId, 'insert', anchorAt(body, from), null, text, author)
      }
    }
  }, ANNOTATION)
}

function add (suggestions, sectionId, kind, start, end, text, author) {
  const entry = new Y.Map()
  for (const [key, value] of Object.entries({
    id: newId(), section_id: sectionId, field: 'body', kind, start, end, text, author, created: new Date().toISOString(),
  })) entry.set(key, value)
  suggestions.push([entry])
}

/**
 * The editor extension of one section: its suggestions drawn, and in suggest mode its own changes made
 * suggestions. `options`: ydoc, sectionId, body (the section's Y.Text), suggesting(), author().
 */
export function suggestionsExtension ({ ydoc, sectionId, body, suggesting, author }) {
  const filter = EditorState.transactionFilter.of((tr) => {
    if (!tr.docChanged || !suggesting() || tr.annotation(ySyncAnnotation) !== undefined) return tr
    const changes = []
    tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
      changes.push({ from: fromA, to: toA, text: inserted.toString() })
    })
    const backward = tr.isUserEvent('delete.backward')
    // after the editor's update: the suggestion's anchors touch the Y.Text, which the editor then hears
    queueMicrotask(() => suggest(ydoc, sectionId, body(), author(), changes, backward))
    const first = changes[0]
    const at = changes.length === 1 && first.to > first.from && !first.text && !backward ? first.to : first.from
    return { selection: EditorSelection.cursor(at), scrollIntoView: true }
  })
  const drawn = ViewPlugin.fromClass(class {
    constructor (view) { this.decorations = decorations(ydoc, sectionId, body(), view.state.doc.length) }
    update (update) { this.decorations = decorations(ydoc, sectionId, body(), update.state.doc.length) }
  }, { decorations: (plugin) => plugin.decorations })
  return [filter, drawn]
}

/** Redraw every editor when the suggestions change (`views()`: the section editors). */
export function watchSuggestions (ydoc, views) {
  let scheduled = false
  ydoc.getArray('suggestions').observeDeep(() => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      for (const view of views()) view.dispatch({ effects: redrawSuggestions.of(null) })
    })
  })
}
