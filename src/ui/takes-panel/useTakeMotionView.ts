/**
 * What the Compare view shows of a take's measurement (src/take-measurement): its state from the
 * measure store, and when done the design, reference, measurement, comparison and paths, with the
 * one-click retries planned for a low score and wired to the takes service.
 */
import { useMemo } from 'react'
import { takesService } from '../../generate'
import { studioStore } from '../../state'
import { cancelMeasure, requestMeasure } from '../../take-measurement/auto'
import { useTakeMeasure } from '../../take-measurement/measureStore'
import { type RetryPlan, type RouteOption, retryPlans } from '../../take-measurement/retryPlan'
import type { RetryAction, TakeMotionView } from '../../take-measurement/types'
import { type MeasuredTakeView, measuredTakeView } from '../../take-measurement/view'
import { measuredPath } from '../../camera-measure/compare'
import { measuredPathOverlay } from '../../take-measurement/pathOverlay'
import type { Take } from '../../takes/model'
import type { RouteChoice } from './routeChoice'
import { generateSettingsStore } from './settingsStore'

const routeOption = (c: RouteChoice): RouteOption => ({ id: c.id, label: c.label, hosted: c.hosted, blocked: c.blocked, fidelity: c.fidelity, splitParts: c.split?.parts ?? null })

/** Runs a planned retry; the new take appears in the Takes panel. */
const runPlan = (plan: RetryPlan, take: Take, routeLabel: (id: string) => string) => {
  const notify = studioStore.getState().notify
  const { size, depth, models } = generateSettingsStore.getState()
  studioStore.getState().selectShot(take.shotId)
  let id: string | null = null
  if (plan.id === 'strength' && plan.payload) id = takesService.makeAgain(take.id, { payload: plan.payload })
  else if (plan.id === 'best-route' && plan.routeId) id = takesService.generate(plan.routeId, { size, depth }, undefined, models[plan.routeId] ? { model: models[plan.routeId] } : {})
  else if (plan.id === 'chain') id = takesService.generate(take.route, { size, depth: false }, take.target, { chain: true, ...(take.settings.model ? { model: take.settings.model } : {}) })
  if (id) notify(plan.id === 'best-route' && plan.routeId ? `Sent ${take.shotName} to ${routeLabel(plan.routeId)}: the new take is in the Takes panel.` : `Sent ${take.shotName} again (${plan.label.toLowerCase()}): the new take is in the Takes panel.`)
}

/** Draws the take's measured path in the director view. */
const showPath = (take: Take, view: MeasuredTakeView, routeLabel: string) => {
  const path = measuredPath(view.measured, view.designed, view.designPoses)
  const when = new Date(take.createdAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  measuredPathOverlay.getState().show({ takeId: take.id, shotId: take.shotId, label: `${routeLabel} take, ${when}`, points: path.poses.map((p) => p.position) })
  studioStore.getState().selectShot(take.shotId)
}

export function useTakeMotionView(take: Take | null, routes: readonly RouteChoice[], onClose?: () => void): TakeMotionView | undefined {
  const state = useTakeMeasure(take?.id ?? '')
  return useMemo((): TakeMotionView | undefined => {
    if (!take) return undefined
    const measure = () => requestMeasure(take.id)
    if (!state) return { state: 'none', onMeasure: measure }
    if (state.status === 'measuring') return { state: 'measuring', fraction: state.fraction, phase: state.phase, onCancel: () => cancelMeasure(take.id) }
    if (state.status === 'failed') return { state: 'failed', error: state.error, onMeasure: measure }
    const built = measuredTakeView(take, state.record, state.previs)
    if (!built.ok) return { state: 'failed', error: built.message, onMeasure: measure }
    const label = (id: string) => routes.find((r) => r.id === id)?.label ?? id
    const actions: RetryAction[] = retryPlans(take, built.view.comparison, routes.map(routeOption)).map((plan) => ({
      id: plan.id,
      label: plan.label,
      title: plan.title,
      ...(plan.unavailable ? { unavailable: plan.unavailable } : {}),
      run: () => runPlan(plan, take, label),
    }))
    const routeLabel = take.route === 'previs' ? 'previs' : label(take.route)
    const onShowPath = () => {
      showPath(take, built.view, routeLabel)
      onClose?.()
    }
    return { state: 'done', ...built.view, actions, onMeasureAgain: measure, onShowPath }
  }, [take, state, routes, onClose])
}
