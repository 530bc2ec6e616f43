// Module types the build provides: CRXJS's `?script&iife` imports (injected scripts) and Vite's `?url` assets.
/// <reference types="@crxjs/vite-plugin/client" />
/// <reference types="vite/client" />
