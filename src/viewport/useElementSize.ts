/**
 * The size of an element in whole CSS pixels (floored), kept current with a ResizeObserver. Read
 * first in a layout effect, so the commit that mounts the element re-renders with its size before
 * the page paints (the viewport's canvas is created then).
 */
import { useLayoutEffect, useState } from 'react'

export const useElementSize = (element: HTMLElement | null): { w: number; h: number } => {
  const [size, setSize] = useState({ w: 0, h: 0 })
  useLayoutEffect(() => {
    if (!element) return
    const measure = () => {
      // floor, as the canvas drawing buffer does, so overlays and rendered views agree
      const r = element.getBoundingClientRect()
      const w = Math.floor(r.width)
      const h = Math.floor(r.height)
      setSize((s) => (s.w === w && s.h === h ? s : { w, h }))
    }
    measure()
    const ro = new ResizeObserver(measure)
    ro.observe(element)
    return () => ro.disconnect()
  }, [element])
  return size
}
