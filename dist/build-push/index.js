// The build-push action: its code is in ../index.js and the chunks that loads (README "dist/").
import { start } from '../index.js'
await start("build-push")
