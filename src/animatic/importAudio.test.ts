/** The importer's checks before anything is stored: size, first bytes, decoding; and the track it makes. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const decoded = { duration: 2.5 }
const decode = vi.fn(async (_bytes: ArrayBuffer) => decoded as unknown as AudioBuffer)
const putAsset = vi.fn(async (_bytes: Uint8Array, _type: string) => `sha256:${'b'.repeat(64)}`)

vi.mock('./scratchAudio', () => ({ decodeAudioBytes: (b: ArrayBuffer) => decode(b), rememberDecoded: () => {} }))
vi.mock('../persistence/assetStore', () => ({ putAsset: (b: Uint8Array, t: string) => putAsset(b, t) }))

const { prepareScratchTrack, importScratchAudioFile } = await import('./importAudio')
const { studioStore } = await import('../state')

const riff = () => new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WAVEfmt '].map((c) => c.charCodeAt(0)), new Array(40).fill(0)))

beforeEach(() => {
  decode.mockClear()
  putAsset.mockClear()
})

describe('prepareScratchTrack', () => {
  it('stores a WAV and makes a track at the sequence start, 0 dB', async () => {
    const track = await prepareScratchTrack(new File([riff()], 'vo.wav', { type: 'audio/wav' }))
    expect(track).toEqual({ assetId: `sha256:${'b'.repeat(64)}`, fileName: 'vo.wav', mimeType: 'audio/wav', durationS: 2.5, offsetS: 0, gainDb: 0 })
    expect(putAsset).toHaveBeenCalledWith(expect.any(Uint8Array), 'audio/wav')
  })

  it('goes by the bytes, not the name', async () => {
    const track = await prepareScratchTrack(new File([riff()], 'vo.mp3', { type: 'audio/mpeg' }))
    expect(track.mimeType).toBe('audio/wav')
  })

  it('refuses a file that is not audio, or damaged, or empty, or too large, storing nothing', async () => {
    await expect(prepareScratchTrack(new File(['hello'], 'notes.txt', { type: 'text/plain' }))).rejects.toThrow('“notes.txt” is not an audio file')
    await expect(prepareScratchTrack(new File(['hello'], 'take.wav', { type: 'audio/wav' }))).rejects.toThrow('not in a format Framewright can read')
    await expect(prepareScratchTrack(new File([], 'empty.wav'))).rejects.toThrow('is empty')
    const big = new File([riff()], 'huge.wav')
    Object.defineProperty(big, 'size', { value: 65 * 1024 * 1024 })
    await expect(prepareScratchTrack(big)).rejects.toThrow('a scratch track can be at most 64 MB')
    decode.mockRejectedValueOnce(new Error('EncodingError'))
    await expect(prepareScratchTrack(new File([riff()], 'broken.wav'))).rejects.toThrow('could not be decoded as audio')
    decode.mockResolvedValueOnce({ duration: 0 } as unknown as AudioBuffer)
    await expect(prepareScratchTrack(new File([riff()], 'silent.wav'))).rejects.toThrow('holds no audio')
    expect(putAsset).not.toHaveBeenCalled()
  })
})

describe('importScratchAudioFile', () => {
  it('sets the track in one undo step, or says why not and changes nothing', async () => {
    const before = studioStore.getState().document
    await importScratchAudioFile(new File(['hello'], 'notes.txt'))
    expect(studioStore.getState().document).toBe(before)
    expect(studioStore.getState().notice).toMatchObject({ tone: 'error' })
    await importScratchAudioFile(new File([riff()], 'vo.wav'))
    expect(studioStore.getState().document.scratchTrack?.fileName).toBe('vo.wav')
    studioStore.getState().undo()
    expect(studioStore.getState().document.scratchTrack).toBeUndefined()
  })
})
