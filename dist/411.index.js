export const id=411
export const ids=[411]
export const modules={6110:(e,t,r)=>{t.formatArgs=function(t){if(t[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+t[0]+(this.useColors?"%c ":" ")+"+"+e.exports.humanize(this.diff),!this.useColors)return
const r="color: "+this.color
t.splice(1,0,r,"color: inherit")
let s=0,n=0
t[0].replace(/%[a-zA-Z%]/g,e=>{"%%"!==e&&(s++,"%c"===e&&(n=s))}),t.splice(n,0,r)},t.save=function(e){try{e?t.storage.setItem("debug",e):t.storage.removeItem("debug")}catch(e){}},t.load=function(){let e
try{e=t.storage.getItem("debug")||t.storage.getItem("DEBUG")}catch(e){}!e&&"undefined"!=typeof process&&"env"in process&&(e=process.env.DEBUG)
return e},t.useColors=function(){if("undefined"!=typeof window&&window.process&&("renderer"===window.process.type||window.process.__nwjs))return!0
if("undefined"!=typeof navigator&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1
let e
return"undefined"!=typeof document&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||"undefined"!=typeof window&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||"undefined"!=typeof navigator&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||"undefined"!=typeof navigator&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)},t.storage=function(){try{return localStorage}catch(e){}}(),t.destroy=(()=>{let e=!1
return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})(),t.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"],t.log=console.debug||console.log||(()=>{}),e.exports=r(897)(t)
const{formatters:s}=e.exports
s.j=function(e){try{return JSON.stringify(e)}catch(e){return"[UnexpectedJSONParseError]: "+e.message}}},897:(e,t,r)=>{e.exports=function(e){function t(e){let r,n,o,i=null
function c(...e){if(!c.enabled)return
const s=c,n=Number(new Date),o=n-(r||n)
s.diff=o,s.prev=r,s.curr=n,r=n,e[0]=t.coerce(e[0]),"string"!=typeof e[0]&&e.unshift("%O")
let i=0
e[0]=e[0].replace(/%([a-zA-Z%])/g,(r,n)=>{if("%%"===r)return"%"
i++
const o=t.formatters[n]
if("function"==typeof o){const t=e[i]
r=o.call(s,t),e.splice(i,1),i--}return r}),t.formatArgs.call(s,e);(s.log||t.log).apply(s,e)}return c.namespace=e,c.useColors=t.useColors(),c.color=t.selectColor(e),c.extend=s,c.destroy=t.destroy,Object.defineProperty(c,"enabled",{enumerable:!0,configurable:!1,get:()=>null!==i?i:(n!==t.namespaces&&(n=t.namespaces,o=t.enabled(e)),o),set:e=>{i=e}}),"function"==typeof t.init&&t.init(c),c}function s(e,r){const s=t(this.namespace+(void 0===r?":":r)+e)
return s.log=this.log,s}function n(e,t){let r=0,s=0,n=-1,o=0
for(;r<e.length;)if(s<t.length&&(t[s]===e[r]||"*"===t[s]))"*"===t[s]?(n=s,o=r,s++):(r++,s++)
else{if(-1===n)return!1
s=n+1,o++,r=o}for(;s<t.length&&"*"===t[s];)s++
return s===t.length}return t.debug=t,t.default=t,t.coerce=function(e){if(e instanceof Error)return e.stack||e.message
return e},t.disable=function(){const e=[...t.names,...t.skips.map(e=>"-"+e)].join(",")
return t.enable(""),e},t.enable=function(e){t.save(e),t.namespaces=e,t.names=[],t.skips=[]
const r=("string"==typeof e?e:"").trim().replace(/\s+/g,",").split(",").filter(Boolean)
for(const e of r)"-"===e[0]?t.skips.push(e.slice(1)):t.names.push(e)},t.enabled=function(e){for(const r of t.skips)if(n(e,r))return!1
for(const r of t.names)if(n(e,r))return!0
return!1},t.humanize=r(744),t.destroy=function(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")},Object.keys(e).forEach(r=>{t[r]=e[r]}),t.names=[],t.skips=[],t.formatters={},t.selectColor=function(e){let r=0
for(let t=0;t<e.length;t++)r=(r<<5)-r+e.charCodeAt(t),r|=0
return t.colors[Math.abs(r)%t.colors.length]},t.enable(t.load()),t}},2830:(e,t,r)=>{"undefined"==typeof process||"renderer"===process.type||!0===process.browser||process.__nwjs?e.exports=r(6110):e.exports=r(5108)},5108:(e,t,r)=>{const s=r(2018),n=r(9023)
t.init=function(e){e.inspectOpts={}
const r=Object.keys(t.inspectOpts)
for(let s=0;s<r.length;s++)e.inspectOpts[r[s]]=t.inspectOpts[r[s]]},t.log=function(...e){return process.stderr.write(n.formatWithOptions(t.inspectOpts,...e)+"\n")},t.formatArgs=function(r){const{namespace:s,useColors:n}=this
if(n){const t=this.color,n="\x1b[3"+(t<8?t:"8;5;"+t),o=`  ${n};1m${s} \x1b[0m`
r[0]=o+r[0].split("\n").join("\n"+o),r.push(n+"m+"+e.exports.humanize(this.diff)+"\x1b[0m")}else r[0]=function(){if(t.inspectOpts.hideDate)return""
return(new Date).toISOString()+" "}()+s+" "+r[0]},t.save=function(e){e?process.env.DEBUG=e:delete process.env.DEBUG},t.load=function(){return process.env.DEBUG},t.useColors=function(){return"colors"in t.inspectOpts?Boolean(t.inspectOpts.colors):s.isatty(process.stderr.fd)},t.destroy=n.deprecate(()=>{},"Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."),t.colors=[6,2,3,4,5,1]
try{const e=r(1450)
e&&(e.stderr||e).level>=2&&(t.colors=[20,21,26,27,32,33,38,39,40,41,42,43,44,45,56,57,62,63,68,69,74,75,76,77,78,79,80,81,92,93,98,99,112,113,128,129,134,135,148,149,160,161,162,163,164,165,166,167,168,169,170,171,172,173,178,179,184,185,196,197,198,199,200,201,202,203,204,205,206,207,208,209,214,215,220,221])}catch(e){}t.inspectOpts=Object.keys(process.env).filter(e=>/^debug_/i.test(e)).reduce((e,t)=>{const r=t.substring(6).toLowerCase().replace(/_([a-z])/g,(e,t)=>t.toUpperCase())
let s=process.env[t]
return s=!!/^(yes|on|true|enabled)$/i.test(s)||!/^(no|off|false|disabled)$/i.test(s)&&("null"===s?null:Number(s)),e[r]=s,e},{}),e.exports=r(897)(t)
const{formatters:o}=e.exports
o.o=function(e){return this.inspectOpts.colors=this.useColors,n.inspect(e,this.inspectOpts).split("\n").map(e=>e.trim()).join(" ")},o.O=function(e){return this.inspectOpts.colors=this.useColors,n.inspect(e,this.inspectOpts)}},3813:e=>{e.exports=(e,t=process.argv)=>{const r=e.startsWith("-")?"":1===e.length?"-":"--",s=t.indexOf(r+e),n=t.indexOf("--")
return-1!==s&&(-1===n||s<n)}},744:e=>{var t=1e3,r=60*t,s=60*r,n=24*s,o=7*n,i=365.25*n
function c(e,t,r,s){var n=t>=1.5*r
return Math.round(e/r)+" "+s+(n?"s":"")}e.exports=function(e,a){a=a||{}
var u=typeof e
if("string"===u&&e.length>0)return function(e){if((e=String(e)).length>100)return
var c=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e)
if(!c)return
var a=parseFloat(c[1])
switch((c[2]||"ms").toLowerCase()){case"years":case"year":case"yrs":case"yr":case"y":return a*i
case"weeks":case"week":case"w":return a*o
case"days":case"day":case"d":return a*n
case"hours":case"hour":case"hrs":case"hr":case"h":return a*s
case"minutes":case"minute":case"mins":case"min":case"m":return a*r
case"seconds":case"second":case"secs":case"sec":case"s":return a*t
case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return a
default:return}}(e)
if("number"===u&&isFinite(e))return a.long?function(e){var o=Math.abs(e)
if(o>=n)return c(e,o,n,"day")
if(o>=s)return c(e,o,s,"hour")
if(o>=r)return c(e,o,r,"minute")
if(o>=t)return c(e,o,t,"second")
return e+" ms"}(e):function(e){var o=Math.abs(e)
if(o>=n)return Math.round(e/n)+"d"
if(o>=s)return Math.round(e/s)+"h"
if(o>=r)return Math.round(e/r)+"m"
if(o>=t)return Math.round(e/t)+"s"
return e+"ms"}(e)
throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))}},1450:(e,t,r)=>{const s=r(857),n=r(2018),o=r(3813),{env:i}=process
let c
function a(e){return 0!==e&&{level:e,hasBasic:!0,has256:e>=2,has16m:e>=3}}function u(e,t){if(0===c)return 0
if(o("color=16m")||o("color=full")||o("color=truecolor"))return 3
if(o("color=256"))return 2
if(e&&!t&&void 0===c)return 0
const r=c||0
if("dumb"===i.TERM)return r
if("win32"===process.platform){const e=s.release().split(".")
return Number(e[0])>=10&&Number(e[2])>=10586?Number(e[2])>=14931?3:2:1}if("CI"in i)return["TRAVIS","CIRCLECI","APPVEYOR","GITLAB_CI","GITHUB_ACTIONS","BUILDKITE"].some(e=>e in i)||"codeship"===i.CI_NAME?1:r
if("TEAMCITY_VERSION"in i)return/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(i.TEAMCITY_VERSION)?1:0
if("truecolor"===i.COLORTERM)return 3
if("TERM_PROGRAM"in i){const e=parseInt((i.TERM_PROGRAM_VERSION||"").split(".")[0],10)
switch(i.TERM_PROGRAM){case"iTerm.app":return e>=3?3:2
case"Apple_Terminal":return 2}}return/-256(color)?$/i.test(i.TERM)?2:/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(i.TERM)||"COLORTERM"in i?1:r}o("no-color")||o("no-colors")||o("color=false")||o("color=never")?c=0:(o("color")||o("colors")||o("color=true")||o("color=always"))&&(c=1),"FORCE_COLOR"in i&&(c="true"===i.FORCE_COLOR?1:"false"===i.FORCE_COLOR?0:0===i.FORCE_COLOR.length?1:Math.min(parseInt(i.FORCE_COLOR,10),3)),e.exports={supportsColor:function(e){return a(u(e,e&&e.isTTY))},stdout:a(u(!0,n.isatty(1))),stderr:a(u(!0,n.isatty(2)))}},319:(e,t,r)=>{r.d(t,{g6:()=>c})
var s=r(9278),n=r(8611),o=r(5692)
const i=Symbol("AgentBaseInternalState")
class c extends n.Agent{constructor(e){super(e),this[i]={}}isSecureEndpoint(e){if(e){if("boolean"==typeof e.secureEndpoint)return e.secureEndpoint
if("string"==typeof e.protocol)return"https:"===e.protocol}const{stack:t}=new Error
return"string"==typeof t&&t.split("\n").some(e=>-1!==e.indexOf("(https.js:")||-1!==e.indexOf("node:https:"))}incrementSockets(e){if(this.maxSockets===1/0&&this.maxTotalSockets===1/0)return null
this.sockets[e]||(this.sockets[e]=[])
const t=new s.Socket({writable:!1})
return this.sockets[e].push(t),this.totalSocketCount++,t}decrementSockets(e,t){if(!this.sockets[e]||null===t)return
const r=this.sockets[e],s=r.indexOf(t);-1!==s&&(r.splice(s,1),this.totalSocketCount--,0===r.length&&delete this.sockets[e])}getName(e){return this.isSecureEndpoint(e)?o.Agent.prototype.getName.call(this,e):super.getName(e)}createSocket(e,t,r){const s={...t,secureEndpoint:this.isSecureEndpoint(t)},n=this.getName(s),o=this.incrementSockets(n)
Promise.resolve().then(()=>this.connect(e,s)).then(c=>{if(this.decrementSockets(n,o),"function"==typeof c.addRequest)try{return c.addRequest(e,s)}catch(e){return r(e)}this[i].currentSocket=c,super.createSocket(e,t,r)},e=>{this.decrementSockets(n,o),r(e)})}createConnection(){const e=this[i].currentSocket
if(this[i].currentSocket=void 0,!e)throw new Error("No socket was returned in the `connect()` function")
return e}get defaultPort(){return this[i].defaultPort??("https:"===this.protocol?443:80)}set defaultPort(e){this[i]&&(this[i].defaultPort=e)}get protocol(){return this[i].protocol??(this.isSecureEndpoint()?"https:":"http:")}set protocol(e){this[i]&&(this[i].protocol=e)}}},6825:(e,t,r)=>{function s(){return async({response:e,scheme:t})=>{if("negotiate"!==t.toLowerCase())throw new Error(`Expected Negotiate scheme but got "${t}"`)
let s
try{s=await r.e(50).then(r.t.bind(r,8050,19))}catch{throw new Error('The "kerberos" package is required for Negotiate proxy authentication. Install it with: npm install kerberos')}const n=e.headers["proxy-authenticate"]||"",o=Array.isArray(n)?n[0]:n,i="string"==typeof o&&o.includes(" ")?o.split(" ").slice(1).join(" "):void 0,c=await s.initializeClient("HTTP@proxy",{mechOID:s.GSS_MECH_OID_SPNEGO}),a=await c.step(i||"")
if(!a)throw new Error("Kerberos client.step() returned no token")
return{headers:{"Proxy-Authorization":`Negotiate ${a}`}}}}r.d(t,{h:()=>s})}}

