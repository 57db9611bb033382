import { Suspense, createElement, type ComponentType } from 'react'
import { prerender } from 'react-dom/static'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { lazyPart } from './lazyPart'

const Greeting: ComponentType<{ name: string }> = ({ name }) => createElement('p', null, `hello ${name}`)

/** Renders the element with everything it suspends on resolved (as the browser shows it once the chunk is there). */
const settledHtml = async (element: ReturnType<typeof createElement>): Promise<string> => {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}

const deferred = <T>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('lazyPart', () => {
  it('loads nothing until it is prefetched or rendered', () => {
    let loads = 0
    lazyPart(async () => (loads++, Greeting))
    expect(loads).toBe(0)
  })

  it('shares one load between prefetch and the first render, and renders the loaded component with its props', async () => {
    let loads = 0
    const part = lazyPart(async () => (loads++, Greeting))
    await Promise.all([part.prefetch(), part.prefetch()])
    const html = await settledHtml(createElement(Suspense, { fallback: 'loading' }, createElement(part.Component, { name: 'Ada' })))
    expect(html).toContain('hello Ada')
    expect(loads).toBe(1)
  })

  it('shows the fallback while the chunk is still on its way, not an error', () => {
    const chunk = deferred<typeof Greeting>()
    const part = lazyPart(() => chunk.promise)
    const html = renderToString(createElement(Suspense, { fallback: createElement('i', null, 'wait') }, createElement(part.Component, { name: 'Ada' })))
    expect(html).toContain('wait')
    expect(html).not.toContain('hello')
  })

  it('a prefetch never rejects, and a failed load is tried again by the next prefetch', async () => {
    let loads = 0
    const part = lazyPart(async () => {
      loads++
      if (loads === 1) throw new Error('offline')
      return Greeting
    })
    await expect(part.prefetch()).resolves.toBeUndefined()
    await part.prefetch()
    expect(loads).toBe(2)
    const html = await settledHtml(createElement(Suspense, { fallback: 'loading' }, createElement(part.Component, { name: 'again' })))
    expect(html).toContain('hello again')
    expect(loads).toBe(2)
  })
})

describe('lazyPart once its chunk is there', () => {
  it('renders in the same pass, without showing the fallback (no Suspense reveal to wait for)', async () => {
    const part = lazyPart(async () => Greeting)
    await part.prefetch()
    const html = renderToString(createElement(Suspense, { fallback: createElement('i', null, 'wait') }, createElement(part.Component, { name: 'now' })))
    expect(html).toContain('hello now')
    expect(html).not.toContain('wait')
  })
})
