export { assetIdOf, base64ToBytes, bytesToBase64 } from './assetId'
export { type AssetId, ASSET_ID_PATTERN, referencedAssetIds } from '../timeline/media'
