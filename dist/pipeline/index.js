// The pipeline action: its code is in ../index.js and the chunks that loads (README "dist/").
import { start } from '../index.js'
await start("pipeline")
