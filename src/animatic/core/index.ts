/** The animatic's pure core: sequence plan, audio window maths, waveform peaks, overlay text, sources, audio formats. */
export * from './sequencePlan'
export * from './audioWindow'
export * from './waveformPeaks'
export * from './overlay'
export * from './sources'
export * from './audioFormat'
export * from './audioCodec'
