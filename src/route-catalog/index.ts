export * from './controlKinds'
export * from './models'
export * from './startImage'
