export * from './controlKinds'
export * from './models'
