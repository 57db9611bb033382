/** Deleting a project's takes (once its delete can no longer be undone) leaves other projects' takes alone. */
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTake } from '../takes/model'
import { deleteProjectTakes, loadMedia, loadProjectTakes, resetTakesDbForTests, saveTakeWithMedia } from './takesDb'

const take = (id: string, projectId: string) =>
  createTake(
    { id, projectId, shotId: 'shot:1', shotName: 'Shot 1', route: 'previs', target: 'trajectory', payload: '{}', fingerprint: 'f', design: '{}', settings: { size: '480p', depth: false } },
    1,
  )

beforeEach(() => resetTakesDbForTests())

describe('takes of a deleted project', () => {
  it('go with their media; other projects keep theirs', async () => {
    await saveTakeWithMedia(take('take:a1', 'project:a'), { video: new Blob(['a1']), thumbnail: new Blob(['t']) })
    await saveTakeWithMedia(take('take:a2', 'project:a'), { video: new Blob(['a2']) })
    await saveTakeWithMedia(take('take:b1', 'project:b'), { video: new Blob(['b1']) })
    await deleteProjectTakes('project:a')
    expect((await loadProjectTakes('project:a')).takes).toEqual([])
    expect(await loadMedia('take:a1', 'video')).toBeUndefined()
    expect(await loadMedia('take:a1', 'thumbnail')).toBeUndefined()
    expect((await loadProjectTakes('project:b')).takes.map((t) => t.id)).toEqual(['take:b1'])
    expect(await loadMedia('take:b1', 'video')).toBeDefined()
  })
})
