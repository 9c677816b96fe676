/** What we use of Khronos' validator, which ships no types. */
declare module 'gltf-validator' {
  export function validateBytes(data: Uint8Array, options?: { uri?: string; maxIssues?: number }): Promise<unknown>
}
