// Sections of the shared document (collab/document.py): add, rename and move, as the expert's editor does.
// A section is a Y.Map {id, order, title: Y.Text, body: Y.Text} in the root array "sections"; the reading
// order is (order, id), order a fractional key over base-36 digits. Moving rewrites `order` only (the
// host's guard allows that); a section is never deleted or replaced from the browser.
import * as Y from 'yjs'

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** A key sorting strictly between `before` ('' for the start) and `after` (null for the end), never
 * ending in '0' (collab/document.py's _key_between, the same keys). */
export function keyBetween (before, after) {
  if (after !== null) {
    let common = 0
    while ((common < before.length ? before[common] : '0') === after[common]) common += 1
    if (common) return after.slice(0, common) + keyBetween(before.slice(common), after.slice(common))
  }
  const low = before ? DIGITS.indexOf(before[0]) : 0
  const high = after !== null ? DIGITS.indexOf(after[0]) : DIGITS.length
  if (high - low > 1) return DIGITS[Math.floor((low + high) / 2)]
  if (after !== null && after.length > 1) return after.slice(0, 1)
  return DIGITS[low] + keyBetween(before.slice(1), null)
}

export function completeSection (item) {
  return item instanceof Y.Map && typeof item.get('id') === 'string' && item.get('title') instanceof Y.Text &&
    item.get('body') instanceof Y.Text
}

const orderOf = (item) => (typeof item.get('order') === 'string' ? item.get('order') : '')

/** The complete sections in reading order. */
export function orderedSections (sections) {
  return sections.toArray().filter(completeSection)
    .sort((a, b) => compare(orderOf(a), orderOf(b)) || compare(a.get('id'), b.get('id')))
}

/** The order key for a place at `index` among `ordered` (the sections without the one placed). */
function orderFor (ordered, index) {
  const before = index > 0 ? orderOf(ordered[index - 1]) : ''
  let after = index < ordered.length ? orderOf(ordered[index]) : null
  if (after !== null && before >= after) { // two copies gave the same key: room after before's equals
    const greater = ordered.slice(index).find((item) => orderOf(item) > before)
    after = greater ? orderOf(greater) : null
  }
  return keyBetween(before, after)
}

function newId () {
  if (crypto.randomUUID) return crypto.randomUUID() // secure contexts only; the room's http is not one
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'))
  hex[6] = `4${hex[6][1]}`
  hex[8] = (8 + (parseInt(hex[8][0], 16) & 3)).toString(16) + hex[8][1]
  return `${hex.slice(0, 4).join('')}-${hex.slice(4, 6).join('')}-${hex.slice(6, 8).join('')}-${hex.slice(8, 10).join('')}-${hex.slice(10).join('')}`
}

/** Add a section titled `title` after the one with id `afterId` (at the end when null); its id. */
export function addSection (sections, title, afterId = null) {
  const ordered = orderedSections(sections)
  const after = afterId === null ? -1 : ordered.findIndex((item) => item.get('id') === afterId)
  const index = after < 0 ? ordered.length : after + 1
  const id = newId()
  const section = new Y.Map()
  section.set('id', id)
  section.set('order', orderFor(ordered, index))
  section.set('title', new Y.Text(title))
  section.set('body', new Y.Text(''))
  sections.push([section]) // after the last item: never a root written from scratch
  return id
}

/** Move a section `by` places (-1 up, +1 down) in reading order; whether it moved. */
export function moveSection (sections, id, by) {
  const ordered = orderedSections(sections)
  const from = ordered.findIndex((item) => item.get('id') === id)
  const to = from + by
  if (from < 0 || to < 0 || to >= ordered.length) return false
  const section = ordered[from]
  const others = ordered.filter((item) => item !== section)
  section.set('order', orderFor(others, to))
  return true
}

/** Make `ytext` read `value` with the smallest edit (common start and end kept): typing in a title
 * field merges with others' edits of the same title. */
export function replaceText (ytext, value) {
  const current = ytext.toString()
  if (current === value) return
  let start = 0
  while (start < current.length && start < value.length && current[start] === value[start]) start += 1
  let end = 0
  while (end < current.length - start && end < value.length - start &&
    current[current.length - 1 - end] === value[value.length - 1 - end]) end += 1
  ytext.doc.transact(() => {
    if (current.length - start - end > 0) ytext.delete(start, current.length - start - end)
    if (value.length - start - end > 0) ytext.insert(start, value.slice(start, value.length - end))
  })
}

/** A section's header: its title as a field bound to the shared title, and buttons to move it up or
 * down and add a section after it. `actions`: move(by), addAfter(). */
export function makeSectionHeader (title, actions) {
  const header = document.createElement('div')
  header.className = 'section-head'
  const input = document.createElement('input')
  input.className = 'title'
  input.maxLength = 300
  input.value = title.toString()
  input.addEventListener('input', () => replaceText(input.ytext, input.value))
  input.addEventListener('keydown', (event) => { if (event.key === 'Enter') actions.enter() })
  input.ytext = title
  const buttons = [['up', () => actions.move(-1), '↑'], ['down', () => actions.move(1), '↓'],
    ['add-after', () => actions.addAfter(), '+']].map(([name, run, label]) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = `icon ${name}`
    button.dataset.action = name
    button.textContent = label
    button.addEventListener('click', run)
    return button
  })
  header.append(input, ...buttons)
  return header
}

/** Show `title` in the header's field (its caret kept while someone else edits the title). */
export function updateSectionHeader (header, title, t, editable) {
  const input = header.querySelector('input.title')
  input.ytext = title
  const value = title.toString()
  if (input.value !== value) {
    const { selectionStart, selectionEnd } = input
    input.value = value
    if (document.activeElement === input) input.setSelectionRange(Math.min(selectionStart, value.length), Math.min(selectionEnd, value.length))
  }
  input.placeholder = t('untitled')
  input.setAttribute('aria-label', t('sectionTitle'))
  input.readOnly = !editable
  for (const button of header.querySelectorAll('button.icon')) {
    button.disabled = !editable
    button.title = t(`section_${button.dataset.action.replace('-', '_')}`)
    button.setAttribute('aria-label', button.title)
  }
}
