export const id=58
export const ids=[58]
export const modules={6058:(t,e,i)=>{i.d(e,{Yz:()=>O,N4:()=>A,z3:()=>C,Gu:()=>R,Os:()=>L,pq:()=>P,LZ:()=>U,uH:()=>$,Pq:()=>x,Oh:()=>T,z:()=>y,$e:()=>S})
var r=i(857)
function n(t){return null==t?"":"string"==typeof t||t instanceof String?t:JSON.stringify(t)}function s(t){return Object.keys(t).length?{title:t.title,file:t.file,line:t.startLine,endLine:t.endLine,col:t.startColumn,endColumn:t.endColumn}:{}}function o(t,e,i){const n=new a(t,e,i)
process.stdout.write(n.toString()+r.EOL)}function c(t,e=""){o(t,{},e)}class a{constructor(t,e,i){t||(t="missing.command"),this.command=t,this.properties=e,this.message=i}toString(){let t="::"+this.command
if(this.properties&&Object.keys(this.properties).length>0){t+=" "
let e=!0
for(const i in this.properties)if(this.properties.hasOwnProperty(i)){const r=this.properties[i]
r&&(e?e=!1:t+=",",t+=`${i}=${d(r)}`)}}var e
return t+=`::${e=this.message,n(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}`,t}}function d(t){return n(t).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var h=i(6982),u=i(9896)
function l(t,e){const i=process.env[`GITHUB_${t}`]
if(!i)throw new Error(`Unable to find environment variable for file command ${t}`)
if(!u.existsSync(i))throw new Error(`Missing file at path: ${i}`)
u.appendFileSync(i,`${n(e)}${r.EOL}`,{encoding:"utf8"})}function f(t,e){const i=`ghadelimiter_${h.randomUUID()}`,s=n(e)
if(t.includes(i))throw new Error(`Unexpected input: name should not contain the delimiter "${i}"`)
if(s.includes(i))throw new Error(`Unexpected input: value should not contain the delimiter "${i}"`)
return`${t}<<${i}${r.EOL}${s}${r.EOL}${i}`}i(6928)
var p=function(t,e,i,r){return new(i||(i=Promise))(function(n,s){function o(t){try{a(r.next(t))}catch(t){s(t)}}function c(t){try{a(r.throw(t))}catch(t){s(t)}}function a(t){var e
t.done?n(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(o,c)}a((r=r.apply(t,e||[])).next())})}
const{access:m,appendFile:w,writeFile:g}=u.promises,v="GITHUB_STEP_SUMMARY"
const E=new class{constructor(){this._buffer=""}filePath(){return p(this,void 0,void 0,function*(){if(this._filePath)return this._filePath
const t=process.env[v]
if(!t)throw new Error(`Unable to find environment variable for $${v}. Check if your runtime environment supports job summaries.`)
try{yield m(t,u.constants.R_OK|u.constants.W_OK)}catch(e){throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,e,i={}){const r=Object.entries(i).map(([t,e])=>` ${t}="${e}"`).join("")
return e?`<${t}${r}>${e}</${t}>`:`<${t}${r}>`}write(t){return p(this,void 0,void 0,function*(){const e=!!(null==t?void 0:t.overwrite),i=yield this.filePath(),r=e?g:w
return yield r(i,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return p(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return 0===this._buffer.length}emptyBuffer(){return this._buffer="",this}addRaw(t,e=!1){return this._buffer+=t,e?this.addEOL():this}addEOL(){return this.addRaw(r.EOL)}addCodeBlock(t,e){const i=Object.assign({},e&&{lang:e}),r=this.wrap("pre",this.wrap("code",t),i)
return this.addRaw(r).addEOL()}addList(t,e=!1){const i=e?"ol":"ul",r=t.map(t=>this.wrap("li",t)).join(""),n=this.wrap(i,r)
return this.addRaw(n).addEOL()}addTable(t){const e=t.map(t=>{const e=t.map(t=>{if("string"==typeof t)return this.wrap("td",t)
const{header:e,data:i,colspan:r,rowspan:n}=t,s=e?"th":"td",o=Object.assign(Object.assign({},r&&{colspan:r}),n&&{rowspan:n})
return this.wrap(s,i,o)}).join("")
return this.wrap("tr",e)}).join(""),i=this.wrap("table",e)
return this.addRaw(i).addEOL()}addDetails(t,e){const i=this.wrap("details",this.wrap("summary",t)+e)
return this.addRaw(i).addEOL()}addImage(t,e,i){const{width:r,height:n}=i||{},s=Object.assign(Object.assign({},r&&{width:r}),n&&{height:n}),o=this.wrap("img",null,Object.assign({src:t,alt:e},s))
return this.addRaw(o).addEOL()}addHeading(t,e){const i=`h${e}`,r=["h1","h2","h3","h4","h5","h6"].includes(i)?i:"h1",n=this.wrap(r,t)
return this.addRaw(n).addEOL()}addSeparator(){const t=this.wrap("hr",null)
return this.addRaw(t).addEOL()}addBreak(){const t=this.wrap("br",null)
return this.addRaw(t).addEOL()}addQuote(t,e){const i=Object.assign({},e&&{cite:e}),r=this.wrap("blockquote",t,i)
return this.addRaw(r).addEOL()}addLink(t,e){const i=this.wrap("a",t,{href:e})
return this.addRaw(i).addEOL()}},y=E
i(1955)
r.platform(),r.arch()
var b,_=function(t,e,i,r){return new(i||(i=Promise))(function(n,s){function o(t){try{a(r.next(t))}catch(t){s(t)}}function c(t){try{a(r.throw(t))}catch(t){s(t)}}function a(t){var e
t.done?n(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(o,c)}a((r=r.apply(t,e||[])).next())})}
function x(t){o("add-mask",{},t)}function $(t,e){if(process.env.GITHUB_OUTPUT||"")return l("OUTPUT",f(t,e))
process.stdout.write(r.EOL),o("set-output",{name:t},n(e))}function O(t){o("debug",{},t)}function C(t,e={}){o("error",s(e),t instanceof Error?t.toString():t)}function S(t,e={}){o("warning",s(e),t instanceof Error?t.toString():t)}function P(t){process.stdout.write(t+r.EOL)}function T(t){c("group",t)}function A(){c("endgroup")}function L(t,e){return _(this,void 0,void 0,function*(){let i
T(t)
try{i=yield e()}finally{A()}return i})}function U(t,e){if(process.env.GITHUB_STATE||"")return l("STATE",f(t,e))
o("save-state",{name:t},n(e))}function R(t){return process.env[`STATE_${t}`]||""}!function(t){t[t.Success=0]="Success",t[t.Failure=1]="Failure"}(b||(b={}))},1955:(t,e,i)=>{i.d(e,{m:()=>m})
i(3193)
var r=i(857),n=i(4434),s=i(5317),o=i(6928),c=i(8701),a=i(90),d=i(3557),h=function(t,e,i,r){return new(i||(i=Promise))(function(n,s){function o(t){try{a(r.next(t))}catch(t){s(t)}}function c(t){try{a(r.throw(t))}catch(t){s(t)}}function a(t){var e
t.done?n(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(o,c)}a((r=r.apply(t,e||[])).next())})}
const u="win32"===process.platform
class l extends n.EventEmitter{constructor(t,e,i){if(super(),!t)throw new Error("Parameter 'toolPath' cannot be null or empty.")
this.toolPath=t,this.args=e||[],this.options=i||{}}_debug(t){this.options.listeners&&this.options.listeners.debug&&this.options.listeners.debug(t)}_getCommandString(t,e){const i=this._getSpawnFileName(),r=this._getSpawnArgs(t)
let n=e?"":"[command]"
if(u)if(this._isCmdFile()){n+=i
for(const t of r)n+=` ${t}`}else if(t.windowsVerbatimArguments){n+=`"${i}"`
for(const t of r)n+=` ${t}`}else{n+=this._windowsQuoteCmdArg(i)
for(const t of r)n+=` ${this._windowsQuoteCmdArg(t)}`}else{n+=i
for(const t of r)n+=` ${t}`}return n}_processLineBuffer(t,e,i){try{let n=e+t.toString(),s=n.indexOf(r.EOL)
for(;s>-1;){i(n.substring(0,s)),n=n.substring(s+r.EOL.length),s=n.indexOf(r.EOL)}return n}catch(t){return this._debug(`error processing line. Failed with error ${t}`),""}}_getSpawnFileName(){return u&&this._isCmdFile()?process.env.COMSPEC||"cmd.exe":this.toolPath}_getSpawnArgs(t){if(u&&this._isCmdFile()){let e=`/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`
for(const i of this.args)e+=" ",e+=t.windowsVerbatimArguments?i:this._windowsQuoteCmdArg(i)
return e+='"',[e]}return this.args}_endsWith(t,e){return t.endsWith(e)}_isCmdFile(){const t=this.toolPath.toUpperCase()
return this._endsWith(t,".CMD")||this._endsWith(t,".BAT")}_windowsQuoteCmdArg(t){if(!this._isCmdFile())return this._uvQuoteCmdArg(t)
if(!t)return'""'
const e=[" ","\t","&","(",")","[","]","{","}","^","=",";","!","'","+",",","`","~","|","<",">",'"']
let i=!1
for(const r of t)if(e.some(t=>t===r)){i=!0
break}if(!i)return t
let r='"',n=!0
for(let e=t.length;e>0;e--)r+=t[e-1],n&&"\\"===t[e-1]?r+="\\":'"'===t[e-1]?(n=!0,r+='"'):n=!1
return r+='"',r.split("").reverse().join("")}_uvQuoteCmdArg(t){if(!t)return'""'
if(!t.includes(" ")&&!t.includes("\t")&&!t.includes('"'))return t
if(!t.includes('"')&&!t.includes("\\"))return`"${t}"`
let e='"',i=!0
for(let r=t.length;r>0;r--)e+=t[r-1],i&&"\\"===t[r-1]?e+="\\":'"'===t[r-1]?(i=!0,e+="\\"):i=!1
return e+='"',e.split("").reverse().join("")}_cloneExecOptions(t){const e={cwd:(t=t||{}).cwd||process.cwd(),env:t.env||process.env,silent:t.silent||!1,windowsVerbatimArguments:t.windowsVerbatimArguments||!1,failOnStdErr:t.failOnStdErr||!1,ignoreReturnCode:t.ignoreReturnCode||!1,delay:t.delay||1e4}
return e.outStream=t.outStream||process.stdout,e.errStream=t.errStream||process.stderr,e}_getSpawnOptions(t,e){t=t||{}
const i={}
return i.cwd=t.cwd,i.env=t.env,i.windowsVerbatimArguments=t.windowsVerbatimArguments||this._isCmdFile(),t.windowsVerbatimArguments&&(i.argv0=`"${e}"`),i}exec(){return h(this,void 0,void 0,function*(){return!a.Qh(this.toolPath)&&(this.toolPath.includes("/")||u&&this.toolPath.includes("\\"))&&(this.toolPath=o.resolve(process.cwd(),this.options.cwd||process.cwd(),this.toolPath)),this.toolPath=yield c.K7(this.toolPath,!0),new Promise((t,e)=>h(this,void 0,void 0,function*(){this._debug(`exec tool: ${this.toolPath}`),this._debug("arguments:")
for(const t of this.args)this._debug(`   ${t}`)
const i=this._cloneExecOptions(this.options)
!i.silent&&i.outStream&&i.outStream.write(this._getCommandString(i)+r.EOL)
const n=new f(i,this.toolPath)
if(n.on("debug",t=>{this._debug(t)}),this.options.cwd&&!(yield a.t2(this.options.cwd)))return e(new Error(`The cwd: ${this.options.cwd} does not exist!`))
const o=this._getSpawnFileName(),c=s.spawn(o,this._getSpawnArgs(i),this._getSpawnOptions(this.options,o))
let d=""
c.stdout&&c.stdout.on("data",t=>{this.options.listeners&&this.options.listeners.stdout&&this.options.listeners.stdout(t),!i.silent&&i.outStream&&i.outStream.write(t),d=this._processLineBuffer(t,d,t=>{this.options.listeners&&this.options.listeners.stdline&&this.options.listeners.stdline(t)})})
let h=""
if(c.stderr&&c.stderr.on("data",t=>{if(n.processStderr=!0,this.options.listeners&&this.options.listeners.stderr&&this.options.listeners.stderr(t),!i.silent&&i.errStream&&i.outStream){(i.failOnStdErr?i.errStream:i.outStream).write(t)}h=this._processLineBuffer(t,h,t=>{this.options.listeners&&this.options.listeners.errline&&this.options.listeners.errline(t)})}),c.on("error",t=>{n.processError=t.message,n.processExited=!0,n.processClosed=!0,n.CheckComplete()}),c.on("exit",t=>{n.processExitCode=t,n.processExited=!0,this._debug(`Exit code ${t} received from tool '${this.toolPath}'`),n.CheckComplete()}),c.on("close",t=>{n.processExitCode=t,n.processExited=!0,n.processClosed=!0,this._debug(`STDIO streams have closed for tool '${this.toolPath}'`),n.CheckComplete()}),n.on("done",(i,r)=>{d.length>0&&this.emit("stdline",d),h.length>0&&this.emit("errline",h),c.removeAllListeners(),i?e(i):t(r)}),this.options.input){if(!c.stdin)throw new Error("child process missing stdin")
c.stdin.end(this.options.input)}}))})}}class f extends n.EventEmitter{constructor(t,e){if(super(),this.processClosed=!1,this.processError="",this.processExitCode=0,this.processExited=!1,this.processStderr=!1,this.delay=1e4,this.done=!1,this.timeout=null,!e)throw new Error("toolPath must not be empty")
this.options=t,this.toolPath=e,t.delay&&(this.delay=t.delay)}CheckComplete(){this.done||(this.processClosed?this._setResult():this.processExited&&(this.timeout=(0,d.setTimeout)(f.HandleTimeout,this.delay,this)))}_debug(t){this.emit("debug",t)}_setResult(){let t
this.processExited&&(this.processError?t=new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`):0===this.processExitCode||this.options.ignoreReturnCode?this.processStderr&&this.options.failOnStdErr&&(t=new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`)):t=new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`)),this.timeout&&(clearTimeout(this.timeout),this.timeout=null),this.done=!0,this.emit("done",t,this.processExitCode)}static HandleTimeout(t){if(!t.done){if(!t.processClosed&&t.processExited){const e=`The STDIO streams did not close within ${t.delay/1e3} seconds of the exit event from process '${t.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`
t._debug(e)}t._setResult()}}}var p=function(t,e,i,r){return new(i||(i=Promise))(function(n,s){function o(t){try{a(r.next(t))}catch(t){s(t)}}function c(t){try{a(r.throw(t))}catch(t){s(t)}}function a(t){var e
t.done?n(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(o,c)}a((r=r.apply(t,e||[])).next())})}
function m(t,e,i){return p(this,void 0,void 0,function*(){const r=function(t){const e=[]
let i=!1,r=!1,n=""
function s(t){r&&'"'!==t&&(n+="\\"),n+=t,r=!1}for(let o=0;o<t.length;o++){const c=t.charAt(o)
'"'!==c?"\\"===c&&r?s(c):"\\"===c&&i?r=!0:" "!==c||i?s(c):n.length>0&&(e.push(n),n=""):r?s(c):i=!i}return n.length>0&&e.push(n.trim()),e}(t)
if(0===r.length)throw new Error("Parameter 'commandLine' cannot be null or empty.")
const n=r[0]
e=r.slice(1).concat(e||[])
return new l(n,e,i).exec()})}},90:(t,e,i)=>{i.d(e,{H8:()=>v,Qh:()=>y,t2:()=>E,vr:()=>b})
var r=i(9896),n=i(6928),s=function(t,e,i,r){return new(i||(i=Promise))(function(n,s){function o(t){try{a(r.next(t))}catch(t){s(t)}}function c(t){try{a(r.throw(t))}catch(t){s(t)}}function a(t){var e
t.done?n(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(o,c)}a((r=r.apply(t,e||[])).next())})}
const{chmod:o,copyFile:c,lstat:a,mkdir:d,open:h,readdir:u,rename:l,rm:f,rmdir:p,stat:m,symlink:w,unlink:g}=r.promises,v="win32"===process.platform
r.constants.O_RDONLY
function E(t){return s(this,void 0,void 0,function*(){try{yield m(t)}catch(t){if("ENOENT"===t.code)return!1
throw t}return!0})}function y(t){if(!(t=function(t){if(t=t||"",v)return(t=t.replace(/\//g,"\\")).replace(/\\\\+/g,"\\")
return t.replace(/\/\/+/g,"/")}(t)))throw new Error('isRooted() parameter "p" cannot be empty')
return v?t.startsWith("\\")||/^[A-Z]:/i.test(t):t.startsWith("/")}function b(t,e){return s(this,void 0,void 0,function*(){let i
try{i=yield m(t)}catch(e){"ENOENT"!==e.code&&console.log(`Unexpected error attempting to determine if executable file exists '${t}': ${e}`)}if(i&&i.isFile())if(v){const i=n.extname(t).toUpperCase()
if(e.some(t=>t.toUpperCase()===i))return t}else if(_(i))return t
const r=t
for(const s of e){t=r+s,i=void 0
try{i=yield m(t)}catch(e){"ENOENT"!==e.code&&console.log(`Unexpected error attempting to determine if executable file exists '${t}': ${e}`)}if(i&&i.isFile()){if(v){try{const e=n.dirname(t),i=n.basename(t).toUpperCase()
for(const r of yield u(e))if(i===r.toUpperCase()){t=n.join(e,r)
break}}catch(e){console.log(`Unexpected error attempting to determine the actual case of the file '${t}': ${e}`)}return t}if(_(i))return t}}return""})}function _(t){return(1&t.mode)>0||(8&t.mode)>0&&void 0!==process.getgid&&t.gid===process.getgid()||(64&t.mode)>0&&void 0!==process.getuid&&t.uid===process.getuid()}},8701:(t,e,i)=>{i.d(e,{K7:()=>o})
i(2613)
var r=i(6928),n=i(90),s=function(t,e,i,r){return new(i||(i=Promise))(function(n,s){function o(t){try{a(r.next(t))}catch(t){s(t)}}function c(t){try{a(r.throw(t))}catch(t){s(t)}}function a(t){var e
t.done?n(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(o,c)}a((r=r.apply(t,e||[])).next())})}
function o(t,e){return s(this,void 0,void 0,function*(){if(!t)throw new Error("parameter 'tool' is required")
if(e){const e=yield o(t,!1)
if(!e)throw n.H8?new Error(`Unable to locate executable file: ${t}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`):new Error(`Unable to locate executable file: ${t}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`)
return e}const i=yield function(t){return s(this,void 0,void 0,function*(){if(!t)throw new Error("parameter 'tool' is required")
const e=[]
if(n.H8&&process.env.PATHEXT)for(const t of process.env.PATHEXT.split(r.delimiter))t&&e.push(t)
if(n.Qh(t)){const i=yield n.vr(t,e)
return i?[i]:[]}if(t.includes(r.sep))return[]
const i=[]
if(process.env.PATH)for(const t of process.env.PATH.split(r.delimiter))t&&i.push(t)
const s=[]
for(const o of i){const i=yield n.vr(r.join(o,t),e)
i&&s.push(i)}return s})}(t)
return i&&i.length>0?i[0]:""})}}}

