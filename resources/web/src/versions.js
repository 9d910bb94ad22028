// The expert's named versions (root "versions" of collab/annotations.py: {id, name, created, author,
// content}, content the JSON of [{id, title, body}]), to read only: naming and restoring stay the expert's
// (the host refuses a participant's write there).
import * as Y from 'yjs'

const readable = (item) => item instanceof Y.Map && ['id', 'name', 'created', 'author', 'content'].every((key) => item.has(key))

function sectionsOf (item) {
  try {
    const data = JSON.parse(String(item.get('content')))
    return Array.isArray(data) ? data.filter((s) => s && typeof s === 'object') : []
  } catch {
    return []
  }
}

/** The versions' list in `root`, each opening its text in `viewer` (a <dialog>). */
export function createVersions (root, viewer, { ydoc, t, language }) {
  const versions = ydoc.getArray('versions')
  root.innerHTML = ''
  const title = document.createElement('h2')
  const list = document.createElement('ul')
  list.id = 'versions'
  root.append(title, list)

  function show (item) {
    viewer.replaceChildren()
    const heading = document.createElement('h2')
    heading.textContent = String(item.get('name'))
    viewer.append(heading)
    for (const section of sectionsOf(item)) {
      const part = document.createElement('section')
      const name = document.createElement('h3')
      name.textContent = String(section.title ?? '')
      const body = document.createElement('pre')
      body.textContent = String(section.body ?? '')
      part.append(name, body)
      viewer.append(part)
    }
    const close = document.createElement('button')
    close.type = 'button'
    close.id = 'version-close'
    close.textContent = t('close')
    close.addEventListener('click', () => viewer.close())
    viewer.append(close)
    viewer.showModal()
  }

  function render () {
    const shown = versions.toArray().filter(readable)
      .sort((a, b) => String(a.get('created')).localeCompare(String(b.get('created'))))
    title.textContent = t('versions', { n: shown.length })
    root.hidden = shown.length === 0
    list.replaceChildren(...shown.map((item) => {
      const row = document.createElement('li')
      const open = document.createElement('button')
      open.type = 'button'
      open.className = 'link'
      open.textContent = String(item.get('name'))
      open.addEventListener('click', () => show(item))
      const when = new Date(String(item.get('created')))
      const meta = document.createElement('span')
      meta.className = 'meta'
      meta.textContent = `${item.get('author')} · ${isNaN(when) ? '' : when.toLocaleString(language())}`
      row.append(open, meta)
      return row
    }))
  }

  versions.observeDeep(render)
  render()
  return { render }
}
