export const id=955
export const ids=[955,701]
export const modules={1955:(t,e,i)=>{i.r(e),i.d(e,{exec:()=>w,getExecOutput:()=>g})
var s=i(3193),o=i(857),r=i(4434),n=i(5317),c=i(6928),d=i(8701),l=i(90),h=i(3557),a=function(t,e,i,s){return new(i||(i=Promise))(function(o,r){function n(t){try{d(s.next(t))}catch(t){r(t)}}function c(t){try{d(s.throw(t))}catch(t){r(t)}}function d(t){var e
t.done?o(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(n,c)}d((s=s.apply(t,e||[])).next())})}
const u="win32"===process.platform
class f extends r.EventEmitter{constructor(t,e,i){if(super(),!t)throw new Error("Parameter 'toolPath' cannot be null or empty.")
this.toolPath=t,this.args=e||[],this.options=i||{}}_debug(t){this.options.listeners&&this.options.listeners.debug&&this.options.listeners.debug(t)}_getCommandString(t,e){const i=this._getSpawnFileName(),s=this._getSpawnArgs(t)
let o=e?"":"[command]"
if(u)if(this._isCmdFile()){o+=i
for(const t of s)o+=` ${t}`}else if(t.windowsVerbatimArguments){o+=`"${i}"`
for(const t of s)o+=` ${t}`}else{o+=this._windowsQuoteCmdArg(i)
for(const t of s)o+=` ${this._windowsQuoteCmdArg(t)}`}else{o+=i
for(const t of s)o+=` ${t}`}return o}_processLineBuffer(t,e,i){try{let s=e+t.toString(),r=s.indexOf(o.EOL)
for(;r>-1;){i(s.substring(0,r)),s=s.substring(r+o.EOL.length),r=s.indexOf(o.EOL)}return s}catch(t){return this._debug(`error processing line. Failed with error ${t}`),""}}_getSpawnFileName(){return u&&this._isCmdFile()?process.env.COMSPEC||"cmd.exe":this.toolPath}_getSpawnArgs(t){if(u&&this._isCmdFile()){let e=`/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`
for(const i of this.args)e+=" ",e+=t.windowsVerbatimArguments?i:this._windowsQuoteCmdArg(i)
return e+='"',[e]}return this.args}_endsWith(t,e){return t.endsWith(e)}_isCmdFile(){const t=this.toolPath.toUpperCase()
return this._endsWith(t,".CMD")||this._endsWith(t,".BAT")}_windowsQuoteCmdArg(t){if(!this._isCmdFile())return this._uvQuoteCmdArg(t)
if(!t)return'""'
const e=[" ","\t","&","(",")","[","]","{","}","^","=",";","!","'","+",",","`","~","|","<",">",'"']
let i=!1
for(const s of t)if(e.some(t=>t===s)){i=!0
break}if(!i)return t
let s='"',o=!0
for(let e=t.length;e>0;e--)s+=t[e-1],o&&"\\"===t[e-1]?s+="\\":'"'===t[e-1]?(o=!0,s+='"'):o=!1
return s+='"',s.split("").reverse().join("")}_uvQuoteCmdArg(t){if(!t)return'""'
if(!t.includes(" ")&&!t.includes("\t")&&!t.includes('"'))return t
if(!t.includes('"')&&!t.includes("\\"))return`"${t}"`
let e='"',i=!0
for(let s=t.length;s>0;s--)e+=t[s-1],i&&"\\"===t[s-1]?e+="\\":'"'===t[s-1]?(i=!0,e+="\\"):i=!1
return e+='"',e.split("").reverse().join("")}_cloneExecOptions(t){const e={cwd:(t=t||{}).cwd||process.cwd(),env:t.env||process.env,silent:t.silent||!1,windowsVerbatimArguments:t.windowsVerbatimArguments||!1,failOnStdErr:t.failOnStdErr||!1,ignoreReturnCode:t.ignoreReturnCode||!1,delay:t.delay||1e4}
return e.outStream=t.outStream||process.stdout,e.errStream=t.errStream||process.stderr,e}_getSpawnOptions(t,e){t=t||{}
const i={}
return i.cwd=t.cwd,i.env=t.env,i.windowsVerbatimArguments=t.windowsVerbatimArguments||this._isCmdFile(),t.windowsVerbatimArguments&&(i.argv0=`"${e}"`),i}exec(){return a(this,void 0,void 0,function*(){return!l.Qh(this.toolPath)&&(this.toolPath.includes("/")||u&&this.toolPath.includes("\\"))&&(this.toolPath=c.resolve(process.cwd(),this.options.cwd||process.cwd(),this.toolPath)),this.toolPath=yield d.which(this.toolPath,!0),new Promise((t,e)=>a(this,void 0,void 0,function*(){this._debug(`exec tool: ${this.toolPath}`),this._debug("arguments:")
for(const t of this.args)this._debug(`   ${t}`)
const i=this._cloneExecOptions(this.options)
!i.silent&&i.outStream&&i.outStream.write(this._getCommandString(i)+o.EOL)
const s=new p(i,this.toolPath)
if(s.on("debug",t=>{this._debug(t)}),this.options.cwd&&!(yield l.t2(this.options.cwd)))return e(new Error(`The cwd: ${this.options.cwd} does not exist!`))
const r=this._getSpawnFileName(),c=n.spawn(r,this._getSpawnArgs(i),this._getSpawnOptions(this.options,r))
let d=""
c.stdout&&c.stdout.on("data",t=>{this.options.listeners&&this.options.listeners.stdout&&this.options.listeners.stdout(t),!i.silent&&i.outStream&&i.outStream.write(t),d=this._processLineBuffer(t,d,t=>{this.options.listeners&&this.options.listeners.stdline&&this.options.listeners.stdline(t)})})
let h=""
if(c.stderr&&c.stderr.on("data",t=>{if(s.processStderr=!0,this.options.listeners&&this.options.listeners.stderr&&this.options.listeners.stderr(t),!i.silent&&i.errStream&&i.outStream){(i.failOnStdErr?i.errStream:i.outStream).write(t)}h=this._processLineBuffer(t,h,t=>{this.options.listeners&&this.options.listeners.errline&&this.options.listeners.errline(t)})}),c.on("error",t=>{s.processError=t.message,s.processExited=!0,s.processClosed=!0,s.CheckComplete()}),c.on("exit",t=>{s.processExitCode=t,s.processExited=!0,this._debug(`Exit code ${t} received from tool '${this.toolPath}'`),s.CheckComplete()}),c.on("close",t=>{s.processExitCode=t,s.processExited=!0,s.processClosed=!0,this._debug(`STDIO streams have closed for tool '${this.toolPath}'`),s.CheckComplete()}),s.on("done",(i,s)=>{d.length>0&&this.emit("stdline",d),h.length>0&&this.emit("errline",h),c.removeAllListeners(),i?e(i):t(s)}),this.options.input){if(!c.stdin)throw new Error("child process missing stdin")
c.stdin.end(this.options.input)}}))})}}class p extends r.EventEmitter{constructor(t,e){if(super(),this.processClosed=!1,this.processError="",this.processExitCode=0,this.processExited=!1,this.processStderr=!1,this.delay=1e4,this.done=!1,this.timeout=null,!e)throw new Error("toolPath must not be empty")
this.options=t,this.toolPath=e,t.delay&&(this.delay=t.delay)}CheckComplete(){this.done||(this.processClosed?this._setResult():this.processExited&&(this.timeout=(0,h.setTimeout)(p.HandleTimeout,this.delay,this)))}_debug(t){this.emit("debug",t)}_setResult(){let t
this.processExited&&(this.processError?t=new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`):0===this.processExitCode||this.options.ignoreReturnCode?this.processStderr&&this.options.failOnStdErr&&(t=new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`)):t=new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`)),this.timeout&&(clearTimeout(this.timeout),this.timeout=null),this.done=!0,this.emit("done",t,this.processExitCode)}static HandleTimeout(t){if(!t.done){if(!t.processClosed&&t.processExited){const e=`The STDIO streams did not close within ${t.delay/1e3} seconds of the exit event from process '${t.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`
t._debug(e)}t._setResult()}}}var m=function(t,e,i,s){return new(i||(i=Promise))(function(o,r){function n(t){try{d(s.next(t))}catch(t){r(t)}}function c(t){try{d(s.throw(t))}catch(t){r(t)}}function d(t){var e
t.done?o(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(n,c)}d((s=s.apply(t,e||[])).next())})}
function w(t,e,i){return m(this,void 0,void 0,function*(){const s=function(t){const e=[]
let i=!1,s=!1,o=""
function r(t){s&&'"'!==t&&(o+="\\"),o+=t,s=!1}for(let n=0;n<t.length;n++){const c=t.charAt(n)
'"'!==c?"\\"===c&&s?r(c):"\\"===c&&i?s=!0:" "!==c||i?r(c):o.length>0&&(e.push(o),o=""):s?r(c):i=!i}return o.length>0&&e.push(o.trim()),e}(t)
if(0===s.length)throw new Error("Parameter 'commandLine' cannot be null or empty.")
const o=s[0]
e=s.slice(1).concat(e||[])
return new f(o,e,i).exec()})}function g(t,e,i){return m(this,void 0,void 0,function*(){var o,r
let n="",c=""
const d=new s.StringDecoder("utf8"),l=new s.StringDecoder("utf8"),h=null===(o=null==i?void 0:i.listeners)||void 0===o?void 0:o.stdout,a=null===(r=null==i?void 0:i.listeners)||void 0===r?void 0:r.stderr,u=Object.assign(Object.assign({},null==i?void 0:i.listeners),{stdout:t=>{n+=d.write(t),h&&h(t)},stderr:t=>{c+=l.write(t),a&&a(t)}}),f=yield w(t,e,Object.assign(Object.assign({},i),{listeners:u}))
return n+=d.end(),c+=l.end(),{exitCode:f,stdout:n,stderr:c}})}},90:(t,e,i)=>{i.d(e,{H8:()=>v,Qh:()=>E,t2:()=>x,vr:()=>y})
var s=i(9896),o=i(6928),r=function(t,e,i,s){return new(i||(i=Promise))(function(o,r){function n(t){try{d(s.next(t))}catch(t){r(t)}}function c(t){try{d(s.throw(t))}catch(t){r(t)}}function d(t){var e
t.done?o(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(n,c)}d((s=s.apply(t,e||[])).next())})}
const{chmod:n,copyFile:c,lstat:d,mkdir:l,open:h,readdir:a,rename:u,rm:f,rmdir:p,stat:m,symlink:w,unlink:g}=s.promises,v="win32"===process.platform
s.constants.O_RDONLY
function x(t){return r(this,void 0,void 0,function*(){try{yield m(t)}catch(t){if("ENOENT"===t.code)return!1
throw t}return!0})}function E(t){if(!(t=function(t){if(t=t||"",v)return(t=t.replace(/\//g,"\\")).replace(/\\\\+/g,"\\")
return t.replace(/\/\/+/g,"/")}(t)))throw new Error('isRooted() parameter "p" cannot be empty')
return v?t.startsWith("\\")||/^[A-Z]:/i.test(t):t.startsWith("/")}function y(t,e){return r(this,void 0,void 0,function*(){let i
try{i=yield m(t)}catch(e){"ENOENT"!==e.code&&console.log(`Unexpected error attempting to determine if executable file exists '${t}': ${e}`)}if(i&&i.isFile())if(v){const i=o.extname(t).toUpperCase()
if(e.some(t=>t.toUpperCase()===i))return t}else if(b(i))return t
const s=t
for(const r of e){t=s+r,i=void 0
try{i=yield m(t)}catch(e){"ENOENT"!==e.code&&console.log(`Unexpected error attempting to determine if executable file exists '${t}': ${e}`)}if(i&&i.isFile()){if(v){try{const e=o.dirname(t),i=o.basename(t).toUpperCase()
for(const s of yield a(e))if(i===s.toUpperCase()){t=o.join(e,s)
break}}catch(e){console.log(`Unexpected error attempting to determine the actual case of the file '${t}': ${e}`)}return t}if(b(i))return t}}return""})}function b(t){return(1&t.mode)>0||(8&t.mode)>0&&void 0!==process.getgid&&t.gid===process.getgid()||(64&t.mode)>0&&void 0!==process.getuid&&t.uid===process.getuid()}},8701:(t,e,i)=>{i.d(e,{which:()=>n})
i(2613)
var s=i(6928),o=i(90),r=function(t,e,i,s){return new(i||(i=Promise))(function(o,r){function n(t){try{d(s.next(t))}catch(t){r(t)}}function c(t){try{d(s.throw(t))}catch(t){r(t)}}function d(t){var e
t.done?o(t.value):(e=t.value,e instanceof i?e:new i(function(t){t(e)})).then(n,c)}d((s=s.apply(t,e||[])).next())})}
function n(t,e){return r(this,void 0,void 0,function*(){if(!t)throw new Error("parameter 'tool' is required")
if(e){const e=yield n(t,!1)
if(!e)throw o.H8?new Error(`Unable to locate executable file: ${t}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`):new Error(`Unable to locate executable file: ${t}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`)
return e}const i=yield function(t){return r(this,void 0,void 0,function*(){if(!t)throw new Error("parameter 'tool' is required")
const e=[]
if(o.H8&&process.env.PATHEXT)for(const t of process.env.PATHEXT.split(s.delimiter))t&&e.push(t)
if(o.Qh(t)){const i=yield o.vr(t,e)
return i?[i]:[]}if(t.includes(s.sep))return[]
const i=[]
if(process.env.PATH)for(const t of process.env.PATH.split(s.delimiter))t&&i.push(t)
const r=[]
for(const n of i){const i=yield o.vr(s.join(n,t),e)
i&&r.push(i)}return r})}(t)
return i&&i.length>0?i[0]:""})}}}

