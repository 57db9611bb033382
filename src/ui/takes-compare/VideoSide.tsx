import { useEffect, useRef } from 'react'
import type { CompareClock } from './clock'
import { videoFollower } from './followers'
import type { FrameTiming } from './transport'
import { useObjectUrl } from './useObjectUrl'

export interface VideoSideProps {
  readonly takeId: string
  readonly timing: FrameTiming
  readonly clock: CompareClock
  readonly loadVideo: (takeId: string) => Promise<Blob | undefined>
  readonly testId: string
  /** The clock's time 0 is this far into the video (a whole-shot reference beside a part of a chained generation). */
  readonly fromS?: number
}

const MESSAGE_CLASS = 'absolute inset-0 flex items-center justify-center bg-black text-xs text-neutral-500'

/** A take's video, muted, driven by the clock (never by its own controls). */
export function VideoSide({ takeId, timing, clock, loadVideo, testId, fromS = 0 }: VideoSideProps) {
  const source = useObjectUrl(takeId, loadVideo)
  const videoRef = useRef<HTMLVideoElement>(null)
  const url = source.status === 'ready' ? source.url : null

  useEffect(() => {
    const video = videoRef.current
    if (!video || !url) return
    const stop = clock.follow(videoFollower(video, timing, fromS))
    // a side that finishes loading (or reloading) is brought to the playhead
    const onReady = () => clock.resync()
    video.addEventListener('loadedmetadata', onReady)
    video.addEventListener('loadeddata', onReady)
    return () => {
      stop()
      video.removeEventListener('loadedmetadata', onReady)
      video.removeEventListener('loadeddata', onReady)
      video.pause()
    }
  }, [clock, timing, url, fromS])

  return (
    <>
      {url && (
        <video
          ref={videoRef}
          src={url}
          data-testid={testId}
          muted
          playsInline
          preload="auto"
          disablePictureInPicture
          className="absolute inset-0 h-full w-full bg-black object-contain"
        />
      )}
      {source.status === 'loading' && <div className={MESSAGE_CLASS}>Loading the video…</div>}
      {source.status === 'missing' && <div className={MESSAGE_CLASS}>This take's video is not stored here.</div>}
      {source.status === 'error' && <div className={MESSAGE_CLASS}>The video could not be read ({source.message}).</div>}
    </>
  )
}
