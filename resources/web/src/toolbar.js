// Formatting: buttons and shortcuts that write the Markdown the expert's Qt editor reads (CommonMark with
// tables): **bold**, *italic*, "### " headings, "- " lists and pipe tables. Each is one CodeMirror
// transaction, so it reaches the shared text (and undo) as one edit.
import { EditorSelection } from '@codemirror/state'

/** Wrap each selection in `mark` (or unwrap it when it is already wrapped); an empty selection gets the
 * marks with the caret between them. */
function wrap (view, mark) {
  const { state } = view
  const change = state.changeByRange((range) => {
    const before = state.sliceDoc(range.from - mark.length, range.from)
    const after = state.sliceDoc(range.to, range.to + mark.length)
    if (!range.empty && before === mark && after === mark) {
      return {
        changes: [{ from: range.from - mark.length, to: range.from }, { from: range.to, to: range.to + mark.length }],
        range: EditorSelection.range(range.from - mark.length, range.to - mark.length),
      }
    }
    return {
      changes: [{ from: range.from, insert: mark }, { from: range.to, insert: mark }],
      range: EditorSelection.range(range.from + mark.length, range.to + mark.length),
    }
  })
  view.dispatch(state.update(change, { scrollIntoView: true, userEvent: 'input.format' }))
  view.focus()
  return true
}

/** Start every line of the selection with `prefix` (or take it off when all of them have it). */
function prefixLines (view, prefix) {
  const { state } = view
  const lines = []
  for (const range of state.selection.ranges) {
    for (let at = range.from; ;) {
      const line = state.doc.lineAt(at)
      if (!lines.some((seen) => seen.from === line.from)) lines.push(line)
      if (line.to >= range.to) break
      at = line.to + 1
    }
  }
  const all = lines.every((line) => line.text.startsWith(prefix))
  const changes = lines.map((line) => (all
    ? { from: line.from, to: line.from + prefix.length }
    : { from: line.from, insert: prefix }))
  view.dispatch({ changes, scrollIntoView: true, userEvent: 'input.format' })
  view.focus()
  return true
}

/** A two-column table (header, separator, one empty row) on lines of its own at the caret. */
function table (view, labels) {
  const { state } = view
  const at = state.selection.main.head
  const line = state.doc.lineAt(at)
  const head = `| ${labels.column} 1 | ${labels.column} 2 |`
  const text = `${head}\n| --- | --- |\n|  |  |\n`
  const lead = line.text.length === 0 ? '' : '\n\n'
  const from = line.text.length === 0 ? line.from : line.to
  view.dispatch({
    changes: { from, insert: lead + text },
    selection: EditorSelection.range(from + lead.length + 2, from + lead.length + 2 + labels.column.length + 2),
    scrollIntoView: true,
    userEvent: 'input.format',
  })
  view.focus()
  return true
}

export const FORMATS = [
  { name: 'bold', key: 'Mod-b', label: 'B', run: (view) => wrap(view, '**') },
  { name: 'italic', key: 'Mod-i', label: 'I', run: (view) => wrap(view, '*') },
  { name: 'heading', key: 'Mod-Alt-3', label: 'H', run: (view) => prefixLines(view, '### ') },
  { name: 'list', key: 'Mod-Shift-8', label: '•', run: (view) => prefixLines(view, '- ') },
  { name: 'table', key: 'Mod-Alt-t', label: '▦', run: (view, t) => table(view, { column: t('tableColumn') }) },
]

/** The shortcuts, for a section's editor. */
export function formatKeymap (t) {
  return FORMATS.map((format) => ({ key: format.key, run: (view) => format.run(view, t), preventDefault: true }))
}

/** The toolbar of one section: buttons acting on its editor (`view()`), labelled in the page's language. */
export function makeToolbar (view, t) {
  const bar = document.createElement('div')
  bar.className = 'toolbar'
  bar.setAttribute('role', 'toolbar')
  for (const format of FORMATS) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = `format format-${format.name}`
    button.dataset.format = format.name
    button.textContent = format.label
    // keep the editor's selection: the button must not take the focus on press
    button.addEventListener('mousedown', (event) => event.preventDefault())
    button.addEventListener('click', () => { const v = view(); if (v && !v.state.readOnly) format.run(v, t) })
    bar.append(button)
  }
  labelToolbar(bar, t)
  return bar
}

export function labelToolbar (bar, t) {
  for (const button of bar.querySelectorAll('button.format')) {
    const label = t(`format_${button.dataset.format}`)
    button.title = label
    button.setAttribute('aria-label', label)
  }
}
