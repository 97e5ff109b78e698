import{createRequire as e}from"module"
var t,A,n,s,r,o,i,a,c={770:(e,t,A)=>{A(218)},218:(e,t,A)=>{A(9278)
var n,s=A(4756),r=A(8611),o=A(5692),i=A(4434)
A(2613)
function a(e){var t=this
t.options=e||{},t.proxyOptions=t.options.proxy||{},t.maxSockets=t.options.maxSockets||r.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.on("free",function(e,A,n,s){for(var r=l(A,n,s),o=0,i=t.requests.length;o<i;++o){var a=t.requests[o]
if(a.host===r.host&&a.port===r.port)return t.requests.splice(o,1),void a.request.onSocket(e)}e.destroy(),t.removeSocket(e)})}function c(e,t){var A=this
a.prototype.createSocket.call(A,e,function(n){var r=e.request.getHeader("host"),o=g({},A.options,{socket:n,servername:r?r.replace(/:.*$/,""):e.host}),i=s.connect(0,o)
A.sockets[A.sockets.indexOf(n)]=i,t(i)})}function l(e,t,A){return"string"==typeof e?{host:e,port:t,localAddress:A}:e}function g(e){for(var t=1,A=arguments.length;t<A;++t){var n=arguments[t]
if("object"==typeof n)for(var s=Object.keys(n),r=0,o=s.length;r<o;++r){var i=s[r]
void 0!==n[i]&&(e[i]=n[i])}}return e}A(9023).inherits(a,i.EventEmitter),a.prototype.addRequest=function(e,t,A,n){var s=this,r=g({request:e},s.options,l(t,A,n))
s.sockets.length>=this.maxSockets?s.requests.push(r):s.createSocket(r,function(t){function A(){s.emit("free",t,r)}function n(e){s.removeSocket(t),t.removeListener("free",A),t.removeListener("close",n),t.removeListener("agentRemove",n)}t.on("free",A),t.on("close",n),t.on("agentRemove",n),e.onSocket(t)})},a.prototype.createSocket=function(e,t){var A=this,s={}
A.sockets.push(s)
var r=g({},A.proxyOptions,{method:"CONNECT",path:e.host+":"+e.port,agent:!1,headers:{host:e.host+":"+e.port}})
e.localAddress&&(r.localAddress=e.localAddress),r.proxyAuth&&(r.headers=r.headers||{},r.headers["Proxy-Authorization"]="Basic "+new Buffer(r.proxyAuth).toString("base64")),n("making CONNECT request")
var o=A.request(r)
function i(r,i,a){var c
return o.removeAllListeners(),i.removeAllListeners(),200!==r.statusCode?(n("tunneling socket could not be established, statusCode=%d",r.statusCode),i.destroy(),(c=new Error("tunneling socket could not be established, statusCode="+r.statusCode)).code="ECONNRESET",e.request.emit("error",c),void A.removeSocket(s)):a.length>0?(n("got illegal response body from proxy"),i.destroy(),(c=new Error("got illegal response body from proxy")).code="ECONNRESET",e.request.emit("error",c),void A.removeSocket(s)):(n("tunneling connection has established"),A.sockets[A.sockets.indexOf(s)]=i,t(i))}o.useChunkedEncodingByDefault=!1,o.once("response",function(e){e.upgrade=!0}),o.once("upgrade",function(e,t,A){process.nextTick(function(){i(e,t,A)})}),o.once("connect",i),o.once("error",function(t){o.removeAllListeners(),n("tunneling socket could not be established, cause=%s\n",t.message,t.stack)
var r=new Error("tunneling socket could not be established, cause="+t.message)
r.code="ECONNRESET",e.request.emit("error",r),A.removeSocket(s)}),o.end()},a.prototype.removeSocket=function(e){var t=this.sockets.indexOf(e)
if(-1!==t){this.sockets.splice(t,1)
var A=this.requests.shift()
A&&this.createSocket(A,function(e){A.request.onSocket(e)})}},n=process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?function(){var e=Array.prototype.slice.call(arguments)
"string"==typeof e[0]?e[0]="TUNNEL: "+e[0]:e.unshift("TUNNEL:"),console.error.apply(console,e)}:function(){}},6752:(e,t,A)=>{const n=A(3701),s=A(883),r=A(628),o=A(837),i=A(7405),a=A(6672),c=A(3137),l=A(50),g=A(8707),h=A(3440),{InvalidArgumentError:u}=g,E=A(6615),Q=A(9136),B=A(7365),C=A(7501),I=A(4004),d=A(2429),f=A(7816),{getGlobalDispatcher:p,setGlobalDispatcher:m}=A(2581),y=A(8155),w=A(8754),k=A(5092)
function b(e){return(t,A,n)=>{if("function"==typeof A&&(n=A,A=null),!t||"string"!=typeof t&&"object"!=typeof t&&!(t instanceof URL))throw new u("invalid url")
if(null!=A&&"object"!=typeof A)throw new u("invalid opts")
if(A&&null!=A.path){if("string"!=typeof A.path)throw new u("invalid opts.path")
let e=A.path
A.path.startsWith("/")||(e=`/${e}`),t=new URL(h.parseOrigin(t).origin+e)}else A||(A="object"==typeof t?t:{}),t=h.parseURL(t)
const{agent:s,dispatcher:r=p()}=A
if(s)throw new u("unsupported opts.agent. Did you mean opts.client?")
return e.call(r,{...A,origin:t.origin,path:t.search?`${t.pathname}${t.search}`:t.pathname,method:A.method||(A.body?"PUT":"GET")},n)}}Object.assign(s.prototype,E),A(1514),A(2026),A(8060),A(379),h.parseHeaders,h.headerNameToString
const D=A(4398).fetch
A(660).Headers,A(9051).Response,A(9967).Request,A(5910).FormData,globalThis.File??A(4573).File,A(8355).FileReader
const{setGlobalOrigin:S,getGlobalOrigin:R}=A(1059)
const{CacheStorage:N}=A(3245),{kConstruct:F}=A(109)
new N(F)
const{deleteCookie:M,getCookies:v,getSetCookies:U,setCookie:L}=A(9061)
const{parseMIMEType:T,serializeAMimeType:Y}=A(1900)
const{CloseEvent:G,ErrorEvent:x,MessageEvent:J}=A(5188)
A(3726).WebSocket,b(E.request),b(E.stream),b(E.pipeline),b(E.connect),b(E.upgrade)
const{EventSource:H}=A(1238)},158:(e,t,A)=>{const{addAbortListener:n}=A(3440),{RequestAbortedError:s}=A(8707),r=Symbol("kListener"),o=Symbol("kSignal")
function i(e){e.abort?e.abort(e[o]?.reason):e.reason=e[o]?.reason??new s,a(e)}function a(e){e[o]&&("removeEventListener"in e[o]?e[o].removeEventListener("abort",e[r]):e[o].removeListener("abort",e[r]),e[o]=null,e[r]=null)}e.exports={addSignal:function(e,t){e.reason=null,e[o]=null,e[r]=null,t&&(t.aborted?i(e):(e[o]=t,e[r]=()=>{i(e)},n(e[o],e[r])))},removeSignal:a}},2279:(e,t,A)=>{const n=A(4589),{AsyncResource:s}=A(6698),{InvalidArgumentError:r,SocketError:o}=A(8707),i=A(3440),{addSignal:a,removeSignal:c}=A(158)
class l extends s{constructor(e,t){if(!e||"object"!=typeof e)throw new r("invalid opts")
if("function"!=typeof t)throw new r("invalid callback")
const{signal:A,opaque:n,responseHeaders:s}=e
if(A&&"function"!=typeof A.on&&"function"!=typeof A.addEventListener)throw new r("signal must be an EventEmitter or EventTarget")
super("UNDICI_CONNECT"),this.opaque=n||null,this.responseHeaders=s||null,this.callback=t,this.abort=null,a(this,A)}onConnect(e,t){this.reason?e(this.reason):(n(this.callback),this.abort=e,this.context=t)}onHeaders(){throw new o("bad connect",null)}onUpgrade(e,t,A){const{callback:n,opaque:s,context:r}=this
c(this),this.callback=null
let o=t
null!=o&&(o="raw"===this.responseHeaders?i.parseRawHeaders(t):i.parseHeaders(t)),this.runInAsyncScope(n,null,null,{statusCode:e,headers:o,socket:A,opaque:s,context:r})}onError(e){const{callback:t,opaque:A}=this
c(this),t&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(t,null,e,{opaque:A})}))}}e.exports=function e(t,A){if(void 0===A)return new Promise((A,n)=>{e.call(this,t,(e,t)=>e?n(e):A(t))})
try{const e=new l(t,A)
this.dispatch({...t,method:"CONNECT"},e)}catch(e){if("function"!=typeof A)throw e
const n=t?.opaque
queueMicrotask(()=>A(e,{opaque:n}))}}},6862:(e,t,A)=>{const{Readable:n,Duplex:s,PassThrough:r}=A(7075),{InvalidArgumentError:o,InvalidReturnValueError:i,RequestAbortedError:a}=A(8707),c=A(3440),{AsyncResource:l}=A(6698),{addSignal:g,removeSignal:h}=A(158),u=A(4589),E=Symbol("resume")
class Q extends n{constructor(){super({autoDestroy:!0}),this[E]=null}_read(){const{[E]:e}=this
e&&(this[E]=null,e())}_destroy(e,t){this._read(),t(e)}}class B extends n{constructor(e){super({autoDestroy:!0}),this[E]=e}_read(){this[E]()}_destroy(e,t){e||this._readableState.endEmitted||(e=new a),t(e)}}class C extends l{constructor(e,t){if(!e||"object"!=typeof e)throw new o("invalid opts")
if("function"!=typeof t)throw new o("invalid handler")
const{signal:A,method:n,opaque:r,onInfo:i,responseHeaders:l}=e
if(A&&"function"!=typeof A.on&&"function"!=typeof A.addEventListener)throw new o("signal must be an EventEmitter or EventTarget")
if("CONNECT"===n)throw new o("invalid method")
if(i&&"function"!=typeof i)throw new o("invalid onInfo callback")
super("UNDICI_PIPELINE"),this.opaque=r||null,this.responseHeaders=l||null,this.handler=t,this.abort=null,this.context=null,this.onInfo=i||null,this.req=(new Q).on("error",c.nop),this.ret=new s({readableObjectMode:e.objectMode,autoDestroy:!0,read:()=>{const{body:e}=this
e?.resume&&e.resume()},write:(e,t,A)=>{const{req:n}=this
n.push(e,t)||n._readableState.destroyed?A():n[E]=A},destroy:(e,t)=>{const{body:A,req:n,res:s,ret:r,abort:o}=this
e||r._readableState.endEmitted||(e=new a),o&&e&&o(),c.destroy(A,e),c.destroy(n,e),c.destroy(s,e),h(this),t(e)}}).on("prefinish",()=>{const{req:e}=this
e.push(null)}),this.res=null,g(this,A)}onConnect(e,t){const{ret:A,res:n}=this
this.reason?e(this.reason):(u(!n,"pipeline cannot be retried"),u(!A.destroyed),this.abort=e,this.context=t)}onHeaders(e,t,A){const{opaque:n,handler:s,context:r}=this
if(e<200){if(this.onInfo){const A="raw"===this.responseHeaders?c.parseRawHeaders(t):c.parseHeaders(t)
this.onInfo({statusCode:e,headers:A})}return}let o
this.res=new B(A)
try{this.handler=null
const A="raw"===this.responseHeaders?c.parseRawHeaders(t):c.parseHeaders(t)
o=this.runInAsyncScope(s,null,{statusCode:e,headers:A,opaque:n,body:this.res,context:r})}catch(e){throw this.res.on("error",c.nop),e}if(!o||"function"!=typeof o.on)throw new i("expected Readable")
o.on("data",e=>{const{ret:t,body:A}=this
!t.push(e)&&A.pause&&A.pause()}).on("error",e=>{const{ret:t}=this
c.destroy(t,e)}).on("end",()=>{const{ret:e}=this
e.push(null)}).on("close",()=>{const{ret:e}=this
e._readableState.ended||c.destroy(e,new a)}),this.body=o}onData(e){const{res:t}=this
return t.push(e)}onComplete(e){const{res:t}=this
t.push(null)}onError(e){const{ret:t}=this
this.handler=null,c.destroy(t,e)}}e.exports=function(e,t){try{const A=new C(e,t)
return this.dispatch({...e,body:A.req},A),A.ret}catch(e){return(new r).destroy(e)}}},4043:(e,t,A)=>{const n=A(4589),{Readable:s}=A(9927),{InvalidArgumentError:r,RequestAbortedError:o}=A(8707),i=A(3440),{getResolveErrorBodyCallback:a}=A(7655),{AsyncResource:c}=A(6698)
class l extends c{constructor(e,t){if(!e||"object"!=typeof e)throw new r("invalid opts")
const{signal:A,method:n,opaque:s,body:a,onInfo:c,responseHeaders:l,throwOnError:g,highWaterMark:h}=e
try{if("function"!=typeof t)throw new r("invalid callback")
if(h&&("number"!=typeof h||h<0))throw new r("invalid highWaterMark")
if(A&&"function"!=typeof A.on&&"function"!=typeof A.addEventListener)throw new r("signal must be an EventEmitter or EventTarget")
if("CONNECT"===n)throw new r("invalid method")
if(c&&"function"!=typeof c)throw new r("invalid onInfo callback")
super("UNDICI_REQUEST")}catch(e){throw i.isStream(a)&&i.destroy(a.on("error",i.nop),e),e}this.method=n,this.responseHeaders=l||null,this.opaque=s||null,this.callback=t,this.res=null,this.abort=null,this.body=a,this.trailers={},this.context=null,this.onInfo=c||null,this.throwOnError=g,this.highWaterMark=h,this.signal=A,this.reason=null,this.removeAbortListener=null,i.isStream(a)&&a.on("error",e=>{this.onError(e)}),this.signal&&(this.signal.aborted?this.reason=this.signal.reason??new o:this.removeAbortListener=i.addAbortListener(this.signal,()=>{this.reason=this.signal.reason??new o,this.res?i.destroy(this.res.on("error",i.nop),this.reason):this.abort&&this.abort(this.reason),this.removeAbortListener&&(this.res?.off("close",this.removeAbortListener),this.removeAbortListener(),this.removeAbortListener=null)}))}onConnect(e,t){this.reason?e(this.reason):(n(this.callback),this.abort=e,this.context=t)}onHeaders(e,t,A,n){const{callback:r,opaque:o,abort:c,context:l,responseHeaders:g,highWaterMark:h}=this,u="raw"===g?i.parseRawHeaders(t):i.parseHeaders(t)
if(e<200)return void(this.onInfo&&this.onInfo({statusCode:e,headers:u}))
const E="raw"===g?i.parseHeaders(t):u,Q=E["content-type"],B=E["content-length"],C=new s({resume:A,abort:c,contentType:Q,contentLength:"HEAD"!==this.method&&B?Number(B):null,highWaterMark:h})
this.removeAbortListener&&C.on("close",this.removeAbortListener),this.callback=null,this.res=C,null!==r&&(this.throwOnError&&e>=400?this.runInAsyncScope(a,null,{callback:r,body:C,contentType:Q,statusCode:e,statusMessage:n,headers:u}):this.runInAsyncScope(r,null,null,{statusCode:e,headers:u,trailers:this.trailers,opaque:o,body:C,context:l}))}onData(e){return this.res.push(e)}onComplete(e){i.parseHeaders(e,this.trailers),this.res.push(null)}onError(e){const{res:t,callback:A,body:n,opaque:s}=this
A&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(A,null,e,{opaque:s})})),t&&(this.res=null,queueMicrotask(()=>{i.destroy(t,e)})),n&&(this.body=null,i.destroy(n,e)),this.removeAbortListener&&(t?.off("close",this.removeAbortListener),this.removeAbortListener(),this.removeAbortListener=null)}}e.exports=function e(t,A){if(void 0===A)return new Promise((A,n)=>{e.call(this,t,(e,t)=>e?n(e):A(t))})
try{this.dispatch(t,new l(t,A))}catch(e){if("function"!=typeof A)throw e
const n=t?.opaque
queueMicrotask(()=>A(e,{opaque:n}))}},e.exports.RequestHandler=l},3560:(e,t,A)=>{const n=A(4589),{finished:s,PassThrough:r}=A(7075),{InvalidArgumentError:o,InvalidReturnValueError:i}=A(8707),a=A(3440),{getResolveErrorBodyCallback:c}=A(7655),{AsyncResource:l}=A(6698),{addSignal:g,removeSignal:h}=A(158)
class u extends l{constructor(e,t,A){if(!e||"object"!=typeof e)throw new o("invalid opts")
const{signal:n,method:s,opaque:r,body:i,onInfo:c,responseHeaders:l,throwOnError:h}=e
try{if("function"!=typeof A)throw new o("invalid callback")
if("function"!=typeof t)throw new o("invalid factory")
if(n&&"function"!=typeof n.on&&"function"!=typeof n.addEventListener)throw new o("signal must be an EventEmitter or EventTarget")
if("CONNECT"===s)throw new o("invalid method")
if(c&&"function"!=typeof c)throw new o("invalid onInfo callback")
super("UNDICI_STREAM")}catch(e){throw a.isStream(i)&&a.destroy(i.on("error",a.nop),e),e}this.responseHeaders=l||null,this.opaque=r||null,this.factory=t,this.callback=A,this.res=null,this.abort=null,this.context=null,this.trailers=null,this.body=i,this.onInfo=c||null,this.throwOnError=h||!1,a.isStream(i)&&i.on("error",e=>{this.onError(e)}),g(this,n)}onConnect(e,t){this.reason?e(this.reason):(n(this.callback),this.abort=e,this.context=t)}onHeaders(e,t,A,n){const{factory:o,opaque:l,context:g,callback:h,responseHeaders:u}=this,E="raw"===u?a.parseRawHeaders(t):a.parseHeaders(t)
if(e<200)return void(this.onInfo&&this.onInfo({statusCode:e,headers:E}))
let Q
if(this.factory=null,this.throwOnError&&e>=400){const A=("raw"===u?a.parseHeaders(t):E)["content-type"]
Q=new r,this.callback=null,this.runInAsyncScope(c,null,{callback:h,body:Q,contentType:A,statusCode:e,statusMessage:n,headers:E})}else{if(null===o)return
if(Q=this.runInAsyncScope(o,null,{statusCode:e,headers:E,opaque:l,context:g}),!Q||"function"!=typeof Q.write||"function"!=typeof Q.end||"function"!=typeof Q.on)throw new i("expected Writable")
s(Q,{readable:!1},e=>{const{callback:t,res:A,opaque:n,trailers:s,abort:r}=this
this.res=null,!e&&A.readable||a.destroy(A,e),this.callback=null,this.runInAsyncScope(t,null,e||null,{opaque:n,trailers:s}),e&&r()})}Q.on("drain",A),this.res=Q
return!0!==(void 0!==Q.writableNeedDrain?Q.writableNeedDrain:Q._writableState?.needDrain)}onData(e){const{res:t}=this
return!t||t.write(e)}onComplete(e){const{res:t}=this
h(this),t&&(this.trailers=a.parseHeaders(e),t.end())}onError(e){const{res:t,callback:A,opaque:n,body:s}=this
h(this),this.factory=null,t?(this.res=null,a.destroy(t,e)):A&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(A,null,e,{opaque:n})})),s&&(this.body=null,a.destroy(s,e))}}e.exports=function e(t,A,n){if(void 0===n)return new Promise((n,s)=>{e.call(this,t,A,(e,t)=>e?s(e):n(t))})
try{this.dispatch(t,new u(t,A,n))}catch(e){if("function"!=typeof n)throw e
const A=t?.opaque
queueMicrotask(()=>n(e,{opaque:A}))}}},1882:(e,t,A)=>{const{InvalidArgumentError:n,SocketError:s}=A(8707),{AsyncResource:r}=A(6698),o=A(3440),{addSignal:i,removeSignal:a}=A(158),c=A(4589)
class l extends r{constructor(e,t){if(!e||"object"!=typeof e)throw new n("invalid opts")
if("function"!=typeof t)throw new n("invalid callback")
const{signal:A,opaque:s,responseHeaders:r}=e
if(A&&"function"!=typeof A.on&&"function"!=typeof A.addEventListener)throw new n("signal must be an EventEmitter or EventTarget")
super("UNDICI_UPGRADE"),this.responseHeaders=r||null,this.opaque=s||null,this.callback=t,this.abort=null,this.context=null,i(this,A)}onConnect(e,t){this.reason?e(this.reason):(c(this.callback),this.abort=e,this.context=null)}onHeaders(){throw new s("bad upgrade",null)}onUpgrade(e,t,A){c(101===e)
const{callback:n,opaque:s,context:r}=this
a(this),this.callback=null
const i="raw"===this.responseHeaders?o.parseRawHeaders(t):o.parseHeaders(t)
this.runInAsyncScope(n,null,null,{headers:i,socket:A,opaque:s,context:r})}onError(e){const{callback:t,opaque:A}=this
a(this),t&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(t,null,e,{opaque:A})}))}}e.exports=function e(t,A){if(void 0===A)return new Promise((A,n)=>{e.call(this,t,(e,t)=>e?n(e):A(t))})
try{const e=new l(t,A)
this.dispatch({...t,method:t.method||"GET",upgrade:t.protocol||"Websocket"},e)}catch(e){if("function"!=typeof A)throw e
const n=t?.opaque
queueMicrotask(()=>A(e,{opaque:n}))}}},6615:(e,t,A)=>{e.exports.request=A(4043),e.exports.stream=A(3560),e.exports.pipeline=A(6862),e.exports.upgrade=A(1882),e.exports.connect=A(2279)},9927:(e,t,A)=>{const n=A(4589),{Readable:s}=A(7075),{RequestAbortedError:r,NotSupportedError:o,InvalidArgumentError:i,AbortError:a}=A(8707),c=A(3440),{ReadableStreamFrom:l}=A(3440),g=Symbol("kConsume"),h=Symbol("kReading"),u=Symbol("kBody"),E=Symbol("kAbort"),Q=Symbol("kContentType"),B=Symbol("kContentLength"),C=()=>{}
function I(e){return c.isDisturbed(e)||function(e){return e[u]&&!0===e[u].locked||e[g]}(e)}async function d(e,t){return n(!e[g]),new Promise((A,n)=>{if(I(e)){const t=e._readableState
t.destroyed&&!1===t.closeEmitted?e.on("error",e=>{n(e)}).on("close",()=>{n(new TypeError("unusable"))}):n(t.errored??new TypeError("unusable"))}else queueMicrotask(()=>{e[g]={type:t,stream:e,resolve:A,reject:n,length:0,body:[]},e.on("error",function(e){w(this[g],e)}).on("close",function(){null!==this[g].body&&w(this[g],new r)}),function(e){if(null===e.body)return
const{_readableState:t}=e.stream
if(t.bufferIndex){const A=t.bufferIndex,n=t.buffer.length
for(let s=A;s<n;s++)y(e,t.buffer[s])}else for(const A of t.buffer)y(e,A)
t.endEmitted?m(this[g]):e.stream.on("end",function(){m(this[g])})
e.stream.resume()
for(;null!=e.stream.read(););}(e[g])})})}function f(e,t){if(0===e.length||0===t)return""
const A=1===e.length?e[0]:Buffer.concat(e,t),n=A.length,s=n>2&&239===A[0]&&187===A[1]&&191===A[2]?3:0
return A.utf8Slice(s,n)}function p(e,t){if(0===e.length||0===t)return new Uint8Array(0)
if(1===e.length)return new Uint8Array(e[0])
const A=new Uint8Array(Buffer.allocUnsafeSlow(t).buffer)
let n=0
for(let t=0;t<e.length;++t){const s=e[t]
A.set(s,n),n+=s.length}return A}function m(e){const{type:t,body:A,resolve:n,stream:s,length:r}=e
try{"text"===t?n(f(A,r)):"json"===t?n(JSON.parse(f(A,r))):"arrayBuffer"===t?n(p(A,r).buffer):"blob"===t?n(new Blob(A,{type:s[Q]})):"bytes"===t&&n(p(A,r)),w(e)}catch(e){s.destroy(e)}}function y(e,t){e.length+=t.length,e.body.push(t)}function w(e,t){null!==e.body&&(t?e.reject(t):e.resolve(),e.type=null,e.stream=null,e.resolve=null,e.reject=null,e.length=0,e.body=null)}e.exports={Readable:class extends s{constructor({resume:e,abort:t,contentType:A="",contentLength:n,highWaterMark:s=65536}){super({autoDestroy:!0,read:e,highWaterMark:s}),this._readableState.dataEmitted=!1,this[E]=t,this[g]=null,this[u]=null,this[Q]=A,this[B]=n,this[h]=!1}destroy(e){return e||this._readableState.endEmitted||(e=new r),e&&this[E](),super.destroy(e)}_destroy(e,t){this[h]?t(e):setImmediate(()=>{t(e)})}on(e,...t){return"data"!==e&&"readable"!==e||(this[h]=!0),super.on(e,...t)}addListener(e,...t){return this.on(e,...t)}off(e,...t){const A=super.off(e,...t)
return"data"!==e&&"readable"!==e||(this[h]=this.listenerCount("data")>0||this.listenerCount("readable")>0),A}removeListener(e,...t){return this.off(e,...t)}push(e){return this[g]&&null!==e?(y(this[g],e),!this[h]||super.push(e)):super.push(e)}async text(){return d(this,"text")}async json(){return d(this,"json")}async blob(){return d(this,"blob")}async bytes(){return d(this,"bytes")}async arrayBuffer(){return d(this,"arrayBuffer")}async formData(){throw new o}get bodyUsed(){return c.isDisturbed(this)}get body(){return this[u]||(this[u]=l(this),this[g]&&(this[u].getReader(),n(this[u].locked))),this[u]}async dump(e){let t=Number.isFinite(e?.limit)?e.limit:131072
const A=e?.signal
if(null!=A&&("object"!=typeof A||!("aborted"in A)))throw new i("signal must be an AbortSignal")
return A?.throwIfAborted(),this._readableState.closeEmitted?null:await new Promise((e,n)=>{this[B]>t&&this.destroy(new a)
const s=()=>{this.destroy(A.reason??new a)}
A?.addEventListener("abort",s),this.on("close",function(){A?.removeEventListener("abort",s),A?.aborted?n(A.reason??new a):e(null)}).on("error",C).on("data",function(e){t-=e.length,t<=0&&this.destroy()}).resume()})}},chunksDecode:f}},7655:(e,t,A)=>{const n=A(4589),{ResponseStatusCodeError:s}=A(8707),{chunksDecode:r}=A(9927)
const o=e=>e.length>15&&"/"===e[11]&&"a"===e[0]&&"p"===e[1]&&"p"===e[2]&&"l"===e[3]&&"i"===e[4]&&"c"===e[5]&&"a"===e[6]&&"t"===e[7]&&"i"===e[8]&&"o"===e[9]&&"n"===e[10]&&"j"===e[12]&&"s"===e[13]&&"o"===e[14]&&"n"===e[15],i=e=>e.length>4&&"/"===e[4]&&"t"===e[0]&&"e"===e[1]&&"x"===e[2]&&"t"===e[3]
e.exports={getResolveErrorBodyCallback:async function({callback:e,body:t,contentType:A,statusCode:a,statusMessage:c,headers:l}){n(t)
let g=[],h=0
try{for await(const e of t)if(g.push(e),h+=e.length,h>131072){g=[],h=0
break}}catch{g=[],h=0}const u=`Response status code ${a}${c?`: ${c}`:""}`
if(204===a||!A||!h)return void queueMicrotask(()=>e(new s(u,a,l)))
const E=Error.stackTraceLimit
let Q
Error.stackTraceLimit=0
try{o(A)?Q=JSON.parse(r(g,h)):i(A)&&(Q=r(g,h))}catch{}finally{Error.stackTraceLimit=E}queueMicrotask(()=>e(new s(u,a,l,Q)))},isContentTypeApplicationJson:o,isContentTypeText:i}},9136:(e,t,A)=>{const n=A(7030),s=A(4589),r=A(3440),{InvalidArgumentError:o,ConnectTimeoutError:i}=A(8707),a=A(6603)
function c(){}let l,g
g=!global.FinalizationRegistry||process.env.NODE_V8_COVERAGE||process.env.UNDICI_NO_FG?class{constructor(e){this._maxCachedSessions=e,this._sessionCache=new Map}get(e){return this._sessionCache.get(e)}set(e,t){if(0!==this._maxCachedSessions){if(this._sessionCache.size>=this._maxCachedSessions){const{value:e}=this._sessionCache.keys().next()
this._sessionCache.delete(e)}this._sessionCache.set(e,t)}}}:class{constructor(e){this._maxCachedSessions=e,this._sessionCache=new Map,this._sessionRegistry=new global.FinalizationRegistry(e=>{if(this._sessionCache.size<this._maxCachedSessions)return
const t=this._sessionCache.get(e)
void 0!==t&&void 0===t.deref()&&this._sessionCache.delete(e)})}get(e){const t=this._sessionCache.get(e)
return t?t.deref():null}set(e,t){0!==this._maxCachedSessions&&(this._sessionCache.set(e,new WeakRef(t)),this._sessionRegistry.register(t,e))}}
const h="win32"===process.platform?(e,t)=>{if(!t.timeout)return c
let A=null,n=null
const s=a.setFastTimeout(()=>{A=setImmediate(()=>{n=setImmediate(()=>u(e.deref(),t))})},t.timeout)
return()=>{a.clearFastTimeout(s),clearImmediate(A),clearImmediate(n)}}:(e,t)=>{if(!t.timeout)return c
let A=null
const n=a.setFastTimeout(()=>{A=setImmediate(()=>{u(e.deref(),t)})},t.timeout)
return()=>{a.clearFastTimeout(n),clearImmediate(A)}}
function u(e,t){if(null==e)return
let A="Connect Timeout Error"
Array.isArray(e.autoSelectFamilyAttemptedAddresses)?A+=` (attempted addresses: ${e.autoSelectFamilyAttemptedAddresses.join(", ")},`:A+=` (attempted address: ${t.hostname}:${t.port},`,A+=` timeout: ${t.timeout}ms)`,r.destroy(e,new i(A))}e.exports=function({allowH2:e,maxCachedSessions:t,socketPath:i,timeout:a,session:c,...u}){if(null!=t&&(!Number.isInteger(t)||t<0))throw new o("maxCachedSessions must be a positive integer or zero")
const E={path:i,...u},Q=new g(null==t?100:t)
return a=null==a?1e4:a,e=null!=e&&e,function({hostname:t,host:o,protocol:i,port:g,servername:u,localAddress:B,httpSocket:C},I){let d
if("https:"===i){l||(l=A(1692))
const n=(u=u||E.servername||r.getServerName(o)||null)||t
s(n)
const i=c||Q.get(n)||null
g=g||443,d=l.connect({highWaterMark:16384,...E,servername:u,session:i,localAddress:B,ALPNProtocols:e?["http/1.1","h2"]:["http/1.1"],socket:C,port:g,host:t}),d.on("session",function(e){Q.set(n,e)})}else s(!C,"httpSocket can only be sent on TLS update"),g=g||80,d=n.connect({highWaterMark:65536,...E,localAddress:B,port:g,host:t})
if(null==E.keepAlive||E.keepAlive){const e=void 0===E.keepAliveInitialDelay?6e4:E.keepAliveInitialDelay
d.setKeepAlive(!0,e)}const f=h(new WeakRef(d),{timeout:a,hostname:t,port:g})
return d.setNoDelay(!0).once("https:"===i?"secureConnect":"connect",function(){if(queueMicrotask(f),I){const e=I
I=null,e(null,this)}}).on("error",function(e){if(queueMicrotask(f),I){const t=I
I=null,t(e)}}),d}}},735:e=>{const t={},A=["Accept","Accept-Encoding","Accept-Language","Accept-Ranges","Access-Control-Allow-Credentials","Access-Control-Allow-Headers","Access-Control-Allow-Methods","Access-Control-Allow-Origin","Access-Control-Expose-Headers","Access-Control-Max-Age","Access-Control-Request-Headers","Access-Control-Request-Method","Age","Allow","Alt-Svc","Alt-Used","Authorization","Cache-Control","Clear-Site-Data","Connection","Content-Disposition","Content-Encoding","Content-Language","Content-Length","Content-Location","Content-Range","Content-Security-Policy","Content-Security-Policy-Report-Only","Content-Type","Cookie","Cross-Origin-Embedder-Policy","Cross-Origin-Opener-Policy","Cross-Origin-Resource-Policy","Date","Device-Memory","Downlink","ECT","ETag","Expect","Expect-CT","Expires","Forwarded","From","Host","If-Match","If-Modified-Since","If-None-Match","If-Range","If-Unmodified-Since","Keep-Alive","Last-Modified","Link","Location","Max-Forwards","Origin","Permissions-Policy","Pragma","Proxy-Authenticate","Proxy-Authorization","RTT","Range","Referer","Referrer-Policy","Refresh","Retry-After","Sec-WebSocket-Accept","Sec-WebSocket-Extensions","Sec-WebSocket-Key","Sec-WebSocket-Protocol","Sec-WebSocket-Version","Server","Server-Timing","Service-Worker-Allowed","Service-Worker-Navigation-Preload","Set-Cookie","SourceMap","Strict-Transport-Security","Supports-Loading-Mode","TE","Timing-Allow-Origin","Trailer","Transfer-Encoding","Upgrade","Upgrade-Insecure-Requests","User-Agent","Vary","Via","WWW-Authenticate","X-Content-Type-Options","X-DNS-Prefetch-Control","X-Frame-Options","X-Permitted-Cross-Domain-Policies","X-Powered-By","X-Requested-With","X-XSS-Protection"]
for(let e=0;e<A.length;++e){const n=A[e],s=n.toLowerCase()
t[n]=t[s]=s}Object.setPrototypeOf(t,null),e.exports={wellknownHeaderNames:A,headerNameLowerCasedRecord:t}},2414:(e,t,A)=>{const n=A(3053),s=A(7975),r=s.debuglog("undici"),o=s.debuglog("fetch"),i=s.debuglog("websocket")
let a=!1
const c={beforeConnect:n.channel("undici:client:beforeConnect"),connected:n.channel("undici:client:connected"),connectError:n.channel("undici:client:connectError"),sendHeaders:n.channel("undici:client:sendHeaders"),create:n.channel("undici:request:create"),bodySent:n.channel("undici:request:bodySent"),headers:n.channel("undici:request:headers"),trailers:n.channel("undici:request:trailers"),error:n.channel("undici:request:error"),open:n.channel("undici:websocket:open"),close:n.channel("undici:websocket:close"),socketError:n.channel("undici:websocket:socket_error"),ping:n.channel("undici:websocket:ping"),pong:n.channel("undici:websocket:pong")}
if(r.enabled||o.enabled){const e=o.enabled?o:r
n.channel("undici:client:beforeConnect").subscribe(t=>{const{connectParams:{version:A,protocol:n,port:s,host:r}}=t
e("connecting to %s using %s%s",`${r}${s?`:${s}`:""}`,n,A)}),n.channel("undici:client:connected").subscribe(t=>{const{connectParams:{version:A,protocol:n,port:s,host:r}}=t
e("connected to %s using %s%s",`${r}${s?`:${s}`:""}`,n,A)}),n.channel("undici:client:connectError").subscribe(t=>{const{connectParams:{version:A,protocol:n,port:s,host:r},error:o}=t
e("connection to %s using %s%s errored - %s",`${r}${s?`:${s}`:""}`,n,A,o.message)}),n.channel("undici:client:sendHeaders").subscribe(t=>{const{request:{method:A,path:n,origin:s}}=t
e("sending request to %s %s/%s",A,s,n)}),n.channel("undici:request:headers").subscribe(t=>{const{request:{method:A,path:n,origin:s},response:{statusCode:r}}=t
e("received response to %s %s/%s - HTTP %d",A,s,n,r)}),n.channel("undici:request:trailers").subscribe(t=>{const{request:{method:A,path:n,origin:s}}=t
e("trailers received from %s %s/%s",A,s,n)}),n.channel("undici:request:error").subscribe(t=>{const{request:{method:A,path:n,origin:s},error:r}=t
e("request to %s %s/%s errored - %s",A,s,n,r.message)}),a=!0}if(i.enabled){if(!a){const e=r.enabled?r:i
n.channel("undici:client:beforeConnect").subscribe(t=>{const{connectParams:{version:A,protocol:n,port:s,host:r}}=t
e("connecting to %s%s using %s%s",r,s?`:${s}`:"",n,A)}),n.channel("undici:client:connected").subscribe(t=>{const{connectParams:{version:A,protocol:n,port:s,host:r}}=t
e("connected to %s%s using %s%s",r,s?`:${s}`:"",n,A)}),n.channel("undici:client:connectError").subscribe(t=>{const{connectParams:{version:A,protocol:n,port:s,host:r},error:o}=t
e("connection to %s%s using %s%s errored - %s",r,s?`:${s}`:"",n,A,o.message)}),n.channel("undici:client:sendHeaders").subscribe(t=>{const{request:{method:A,path:n,origin:s}}=t
e("sending request to %s %s/%s",A,s,n)})}n.channel("undici:websocket:open").subscribe(e=>{const{address:{address:t,port:A}}=e
i("connection opened %s%s",t,A?`:${A}`:"")}),n.channel("undici:websocket:close").subscribe(e=>{const{websocket:t,code:A,reason:n}=e
i("closed connection to %s - %s %s",t.url,A,n)}),n.channel("undici:websocket:socket_error").subscribe(e=>{i("connection errored - %s",e.message)}),n.channel("undici:websocket:ping").subscribe(e=>{i("ping received")}),n.channel("undici:websocket:pong").subscribe(e=>{i("pong received")})}e.exports={channels:c}},8707:e=>{const t=Symbol.for("undici.error.UND_ERR")
class A extends Error{constructor(e){super(e),this.name="UndiciError",this.code="UND_ERR"}static[Symbol.hasInstance](e){return e&&!0===e[t]}[t]=!0}const n=Symbol.for("undici.error.UND_ERR_CONNECT_TIMEOUT")
class s extends A{constructor(e){super(e),this.name="ConnectTimeoutError",this.message=e||"Connect Timeout Error",this.code="UND_ERR_CONNECT_TIMEOUT"}static[Symbol.hasInstance](e){return e&&!0===e[n]}[n]=!0}const r=Symbol.for("undici.error.UND_ERR_HEADERS_TIMEOUT")
class o extends A{constructor(e){super(e),this.name="HeadersTimeoutError",this.message=e||"Headers Timeout Error",this.code="UND_ERR_HEADERS_TIMEOUT"}static[Symbol.hasInstance](e){return e&&!0===e[r]}[r]=!0}const i=Symbol.for("undici.error.UND_ERR_HEADERS_OVERFLOW")
class a extends A{constructor(e){super(e),this.name="HeadersOverflowError",this.message=e||"Headers Overflow Error",this.code="UND_ERR_HEADERS_OVERFLOW"}static[Symbol.hasInstance](e){return e&&!0===e[i]}[i]=!0}const c=Symbol.for("undici.error.UND_ERR_BODY_TIMEOUT")
class l extends A{constructor(e){super(e),this.name="BodyTimeoutError",this.message=e||"Body Timeout Error",this.code="UND_ERR_BODY_TIMEOUT"}static[Symbol.hasInstance](e){return e&&!0===e[c]}[c]=!0}const g=Symbol.for("undici.error.UND_ERR_RESPONSE_STATUS_CODE")
class h extends A{constructor(e,t,A,n){super(e),this.name="ResponseStatusCodeError",this.message=e||"Response Status Code Error",this.code="UND_ERR_RESPONSE_STATUS_CODE",this.body=n,this.status=t,this.statusCode=t,this.headers=A}static[Symbol.hasInstance](e){return e&&!0===e[g]}[g]=!0}const u=Symbol.for("undici.error.UND_ERR_INVALID_ARG")
class E extends A{constructor(e){super(e),this.name="InvalidArgumentError",this.message=e||"Invalid Argument Error",this.code="UND_ERR_INVALID_ARG"}static[Symbol.hasInstance](e){return e&&!0===e[u]}[u]=!0}const Q=Symbol.for("undici.error.UND_ERR_INVALID_RETURN_VALUE")
class B extends A{constructor(e){super(e),this.name="InvalidReturnValueError",this.message=e||"Invalid Return Value Error",this.code="UND_ERR_INVALID_RETURN_VALUE"}static[Symbol.hasInstance](e){return e&&!0===e[Q]}[Q]=!0}const C=Symbol.for("undici.error.UND_ERR_ABORT")
class I extends A{constructor(e){super(e),this.name="AbortError",this.message=e||"The operation was aborted",this.code="UND_ERR_ABORT"}static[Symbol.hasInstance](e){return e&&!0===e[C]}[C]=!0}const d=Symbol.for("undici.error.UND_ERR_ABORTED")
class f extends I{constructor(e){super(e),this.name="AbortError",this.message=e||"Request aborted",this.code="UND_ERR_ABORTED"}static[Symbol.hasInstance](e){return e&&!0===e[d]}[d]=!0}const p=Symbol.for("undici.error.UND_ERR_INFO")
class m extends A{constructor(e){super(e),this.name="InformationalError",this.message=e||"Request information",this.code="UND_ERR_INFO"}static[Symbol.hasInstance](e){return e&&!0===e[p]}[p]=!0}const y=Symbol.for("undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH")
class w extends A{constructor(e){super(e),this.name="RequestContentLengthMismatchError",this.message=e||"Request body length does not match content-length header",this.code="UND_ERR_REQ_CONTENT_LENGTH_MISMATCH"}static[Symbol.hasInstance](e){return e&&!0===e[y]}[y]=!0}const k=Symbol.for("undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH")
class b extends A{constructor(e){super(e),this.name="ResponseContentLengthMismatchError",this.message=e||"Response body length does not match content-length header",this.code="UND_ERR_RES_CONTENT_LENGTH_MISMATCH"}static[Symbol.hasInstance](e){return e&&!0===e[k]}[k]=!0}const D=Symbol.for("undici.error.UND_ERR_DESTROYED")
class S extends A{constructor(e){super(e),this.name="ClientDestroyedError",this.message=e||"The client is destroyed",this.code="UND_ERR_DESTROYED"}static[Symbol.hasInstance](e){return e&&!0===e[D]}[D]=!0}const R=Symbol.for("undici.error.UND_ERR_CLOSED")
class N extends A{constructor(e){super(e),this.name="ClientClosedError",this.message=e||"The client is closed",this.code="UND_ERR_CLOSED"}static[Symbol.hasInstance](e){return e&&!0===e[R]}[R]=!0}const F=Symbol.for("undici.error.UND_ERR_SOCKET")
class M extends A{constructor(e,t){super(e),this.name="SocketError",this.message=e||"Socket error",this.code="UND_ERR_SOCKET",this.socket=t}static[Symbol.hasInstance](e){return e&&!0===e[F]}[F]=!0}const v=Symbol.for("undici.error.UND_ERR_NOT_SUPPORTED")
class U extends A{constructor(e){super(e),this.name="NotSupportedError",this.message=e||"Not supported error",this.code="UND_ERR_NOT_SUPPORTED"}static[Symbol.hasInstance](e){return e&&!0===e[v]}[v]=!0}const L=Symbol.for("undici.error.UND_ERR_BPL_MISSING_UPSTREAM")
class T extends A{constructor(e){super(e),this.name="MissingUpstreamError",this.message=e||"No upstream has been added to the BalancedPool",this.code="UND_ERR_BPL_MISSING_UPSTREAM"}static[Symbol.hasInstance](e){return e&&!0===e[L]}[L]=!0}const Y=Symbol.for("undici.error.UND_ERR_HTTP_PARSER")
class G extends Error{constructor(e,t,A){super(e),this.name="HTTPParserError",this.code=t?`HPE_${t}`:void 0,this.data=A?A.toString():void 0}static[Symbol.hasInstance](e){return e&&!0===e[Y]}[Y]=!0}const x=Symbol.for("undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE")
class J extends A{constructor(e){super(e),this.name="ResponseExceededMaxSizeError",this.message=e||"Response content exceeded max size",this.code="UND_ERR_RES_EXCEEDED_MAX_SIZE"}static[Symbol.hasInstance](e){return e&&!0===e[x]}[x]=!0}const H=Symbol.for("undici.error.UND_ERR_REQ_RETRY")
class V extends A{constructor(e,t,{headers:A,data:n}){super(e),this.name="RequestRetryError",this.message=e||"Request retry error",this.code="UND_ERR_REQ_RETRY",this.statusCode=t,this.data=n,this.headers=A}static[Symbol.hasInstance](e){return e&&!0===e[H]}[H]=!0}const O=Symbol.for("undici.error.UND_ERR_RESPONSE")
class W extends A{constructor(e,t,{headers:A,data:n}){super(e),this.name="ResponseError",this.message=e||"Response error",this.code="UND_ERR_RESPONSE",this.statusCode=t,this.data=n,this.headers=A}static[Symbol.hasInstance](e){return e&&!0===e[O]}[O]=!0}const P=Symbol.for("undici.error.UND_ERR_PRX_TLS")
class q extends A{constructor(e,t,A){super(t,{cause:e,...A??{}}),this.name="SecureProxyConnectionError",this.message=t||"Secure Proxy Connection failed",this.code="UND_ERR_PRX_TLS",this.cause=e}static[Symbol.hasInstance](e){return e&&!0===e[P]}[P]=!0}const _=Symbol.for("undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED")
class K extends A{constructor(e){super(e),this.name="MessageSizeExceededError",this.message=e||"Max decompressed message size exceeded",this.code="UND_ERR_WS_MESSAGE_SIZE_EXCEEDED"}static[Symbol.hasInstance](e){return e&&!0===e[_]}get[_](){return!0}}e.exports={AbortError:I,HTTPParserError:G,UndiciError:A,HeadersTimeoutError:o,HeadersOverflowError:a,BodyTimeoutError:l,RequestContentLengthMismatchError:w,ConnectTimeoutError:s,ResponseStatusCodeError:h,InvalidArgumentError:E,InvalidReturnValueError:B,RequestAbortedError:f,ClientDestroyedError:S,ClientClosedError:N,InformationalError:m,SocketError:M,NotSupportedError:U,ResponseContentLengthMismatchError:b,BalancedPoolMissingUpstreamError:T,ResponseExceededMaxSizeError:J,RequestRetryError:V,ResponseError:W,SecureProxyConnectionError:q,MessageSizeExceededError:K}},4655:(e,t,A)=>{const{InvalidArgumentError:n,NotSupportedError:s}=A(8707),r=A(4589),{isValidHTTPToken:o,isValidHeaderValue:i,isStream:a,destroy:c,isBuffer:l,isFormDataLike:g,isIterable:h,isBlobLike:u,buildURL:E,validateHandler:Q,getServerName:B,normalizedMethodRecords:C}=A(3440),{channels:I}=A(2414),{headerNameLowerCasedRecord:d}=A(735),f=/[^\u0021-\u00ff]/,p=Symbol("handler")
function m(e,t,A){if(A&&"object"==typeof A&&!Array.isArray(A))throw new n(`invalid ${t} header`)
if(void 0===A)return
let r=d[t]
if(void 0===r&&(r=t.toLowerCase(),void 0===d[r]&&!o(r)))throw new n("invalid header key")
if(Array.isArray(A)){const e=[]
for(let s=0;s<A.length;s++)if("string"==typeof A[s]){if(!i(A[s]))throw new n(`invalid ${t} header`)
e.push(A[s])}else if(null===A[s])e.push("")
else{if("object"==typeof A[s])throw new n(`invalid ${t} header`)
{const r=`${A[s]}`
if(!i(r))throw new n(`invalid ${t} header`)
e.push(r)}}A=e}else if("string"==typeof A){if(!i(A))throw new n(`invalid ${t} header`)}else if(null===A)A=""
else if(!i(A=`${A}`))throw new n(`invalid ${t} header`)
if("host"===r){if(null!==e.host)throw new n("duplicate host header")
if("string"!=typeof A)throw new n("invalid host header")
e.host=A}else if("content-length"===r){if(null!==e.contentLength)throw new n("duplicate content-length header")
if(e.contentLength=parseInt(A,10),!Number.isFinite(e.contentLength))throw new n("invalid content-length header")}else if(null===e.contentType&&"content-type"===r)e.contentType=A,e.headers.push(t,A)
else{if("transfer-encoding"===r||"keep-alive"===r||"upgrade"===r)throw new n(`invalid ${r} header`)
if("connection"===r){const t="string"==typeof A?A.toLowerCase():null
if("close"!==t&&"keep-alive"!==t)throw new n("invalid connection header")
"close"===t&&(e.reset=!0)}else{if("expect"===r)throw new s("expect header not supported")
e.headers.push(t,A)}}}e.exports=class{constructor(e,{path:t,method:A,body:s,headers:r,query:d,idempotent:y,blocking:w,upgrade:k,headersTimeout:b,bodyTimeout:D,reset:S,throwOnError:R,expectContinue:N,servername:F},M){if("string"!=typeof t)throw new n("path must be a string")
if("/"!==t[0]&&!t.startsWith("http://")&&!t.startsWith("https://")&&"CONNECT"!==A)throw new n("path must be an absolute URL or start with a slash")
if(f.test(t))throw new n("invalid request path")
if("string"!=typeof A)throw new n("method must be a string")
if(void 0===C[A]&&!o(A))throw new n("invalid request method")
if(k&&"string"!=typeof k)throw new n("upgrade must be a string")
if(k&&!i(k))throw new n("invalid upgrade header")
if(null!=b&&(!Number.isFinite(b)||b<0))throw new n("invalid headersTimeout")
if(null!=D&&(!Number.isFinite(D)||D<0))throw new n("invalid bodyTimeout")
if(null!=S&&"boolean"!=typeof S)throw new n("invalid reset")
if(null!=N&&"boolean"!=typeof N)throw new n("invalid expectContinue")
if(this.headersTimeout=b,this.bodyTimeout=D,this.throwOnError=!0===R,this.method=A,this.abort=null,null==s)this.body=null
else if(a(s)){this.body=s
const e=this.body._readableState
e&&e.autoDestroy||(this.endHandler=function(){c(this)},this.body.on("end",this.endHandler)),this.errorHandler=e=>{this.abort?this.abort(e):this.error=e},this.body.on("error",this.errorHandler)}else if(l(s))this.body=s.byteLength?s:null
else if(ArrayBuffer.isView(s))this.body=s.buffer.byteLength?Buffer.from(s.buffer,s.byteOffset,s.byteLength):null
else if(s instanceof ArrayBuffer)this.body=s.byteLength?Buffer.from(s):null
else if("string"==typeof s)this.body=s.length?Buffer.from(s):null
else{if(!(g(s)||h(s)||u(s)))throw new n("body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable")
this.body=s}if(this.completed=!1,this.aborted=!1,this.upgrade=k||null,this.path=d?E(t,d):t,this.origin=e,this.idempotent=null==y?"HEAD"===A||"GET"===A:y,this.blocking=null!=w&&w,this.reset=null==S?null:S,this.host=null,this.contentLength=null,this.contentType=null,this.headers=[],this.expectContinue=null!=N&&N,Array.isArray(r)){if(r.length%2!=0)throw new n("headers array must be even")
for(let e=0;e<r.length;e+=2)m(this,r[e],r[e+1])}else if(r&&"object"==typeof r)if(r[Symbol.iterator])for(const e of r){if(!Array.isArray(e)||2!==e.length)throw new n("headers must be in key-value pair format")
m(this,e[0],e[1])}else{const e=Object.keys(r)
for(let t=0;t<e.length;++t)m(this,e[t],r[e[t]])}else if(null!=r)throw new n("headers must be an object or an array")
Q(M,A,k),this.servername=F||B(this.host),this[p]=M,I.create.hasSubscribers&&I.create.publish({request:this})}onBodySent(e){if(this[p].onBodySent)try{return this[p].onBodySent(e)}catch(e){this.abort(e)}}onRequestSent(){if(I.bodySent.hasSubscribers&&I.bodySent.publish({request:this}),this[p].onRequestSent)try{return this[p].onRequestSent()}catch(e){this.abort(e)}}onConnect(e){if(r(!this.aborted),r(!this.completed),!this.error)return this.abort=e,this[p].onConnect(e)
e(this.error)}onResponseStarted(){return this[p].onResponseStarted?.()}onHeaders(e,t,A,n){r(!this.aborted),r(!this.completed),I.headers.hasSubscribers&&I.headers.publish({request:this,response:{statusCode:e,headers:t,statusText:n}})
try{return this[p].onHeaders(e,t,A,n)}catch(e){this.abort(e)}}onData(e){r(!this.aborted),r(!this.completed)
try{return this[p].onData(e)}catch(e){return this.abort(e),!1}}onUpgrade(e,t,A,n=""){this.onFinally(),r(!this.aborted),r(!this.completed),null!==e&&this.#e(e,t,n)
const s=this[p].onUpgrade(e,t,A)
return this.aborted||(this.completed=!0,null!==e&&this.#t()),s}onUpgradeResponse(e,t,A,n=""){r(!this.aborted),r(this.completed),I.headers.hasSubscribers&&this.#e(e,A(t),n),this.#t()}onUpgradeError(e){r(!this.aborted),r(this.completed),I.error.hasSubscribers&&I.error.publish({request:this,error:e})}#e(e,t,A){I.headers.hasSubscribers&&I.headers.publish({request:this,response:{statusCode:e,headers:t,statusText:A}})}#t(){I.trailers.hasSubscribers&&I.trailers.publish({request:this,trailers:[]})}onComplete(e){this.onFinally(),r(!this.aborted),this.completed=!0,I.trailers.hasSubscribers&&I.trailers.publish({request:this,trailers:e})
try{return this[p].onComplete(e)}catch(e){this.onError(e)}}onError(e){if(this.onFinally(),I.error.hasSubscribers&&I.error.publish({request:this,error:e}),!this.aborted)return this.aborted=!0,this[p].onError(e)}onFinally(){this.errorHandler&&(this.body.off("error",this.errorHandler),this.errorHandler=null),this.endHandler&&(this.body.off("end",this.endHandler),this.endHandler=null)}addHeader(e,t){return m(this,e,t),this}}},6443:e=>{e.exports={kClose:Symbol("close"),kDestroy:Symbol("destroy"),kDispatch:Symbol("dispatch"),kUrl:Symbol("url"),kWriting:Symbol("writing"),kResuming:Symbol("resuming"),kQueue:Symbol("queue"),kConnect:Symbol("connect"),kConnecting:Symbol("connecting"),kKeepAliveDefaultTimeout:Symbol("default keep alive timeout"),kKeepAliveMaxTimeout:Symbol("max keep alive timeout"),kKeepAliveTimeoutThreshold:Symbol("keep alive timeout threshold"),kKeepAliveTimeoutValue:Symbol("keep alive timeout"),kKeepAlive:Symbol("keep alive"),kHeadersTimeout:Symbol("headers timeout"),kBodyTimeout:Symbol("body timeout"),kServerName:Symbol("server name"),kLocalAddress:Symbol("local address"),kHost:Symbol("host"),kNoRef:Symbol("no ref"),kBodyUsed:Symbol("used"),kBody:Symbol("abstracted request body"),kRunning:Symbol("running"),kBlocking:Symbol("blocking"),kPending:Symbol("pending"),kSize:Symbol("size"),kBusy:Symbol("busy"),kQueued:Symbol("queued"),kFree:Symbol("free"),kConnected:Symbol("connected"),kClosed:Symbol("closed"),kNeedDrain:Symbol("need drain"),kReset:Symbol("reset"),kDestroyed:Symbol.for("nodejs.stream.destroyed"),kResume:Symbol("resume"),kOnError:Symbol("on error"),kMaxHeadersSize:Symbol("max headers size"),kRunningIdx:Symbol("running index"),kPendingIdx:Symbol("pending index"),kError:Symbol("error"),kClients:Symbol("clients"),kClient:Symbol("client"),kParser:Symbol("parser"),kOnDestroyed:Symbol("destroy callbacks"),kPipelining:Symbol("pipelining"),kSocket:Symbol("socket"),kHostHeader:Symbol("host header"),kConnector:Symbol("connector"),kStrictContentLength:Symbol("strict content length"),kMaxRedirections:Symbol("maxRedirections"),kMaxRequests:Symbol("maxRequestsPerClient"),kProxy:Symbol("proxy agent options"),kCounter:Symbol("socket request counter"),kInterceptors:Symbol("dispatch interceptors"),kMaxResponseSize:Symbol("max response size"),kHTTP2Session:Symbol("http2Session"),kHTTP2SessionState:Symbol("http2Session state"),kRetryHandlerDefaultRetry:Symbol("retry agent default retry"),kConstruct:Symbol("constructable"),kListeners:Symbol("listeners"),kHTTPContext:Symbol("http context"),kMaxConcurrentStreams:Symbol("max concurrent streams"),kNoProxyAgent:Symbol("no proxy agent"),kHttpProxyAgent:Symbol("http proxy agent"),kHttpsProxyAgent:Symbol("https proxy agent")}},7752:(e,t,A)=>{const{wellknownHeaderNames:n,headerNameLowerCasedRecord:s}=A(735)
class r{value=null
left=null
middle=null
right=null
code
constructor(e,t,A){if(void 0===A||A>=e.length)throw new TypeError("Unreachable")
if((this.code=e.charCodeAt(A))>127)throw new TypeError("key must be ascii string")
e.length!==++A?this.middle=new r(e,t,A):this.value=t}add(e,t){const A=e.length
if(0===A)throw new TypeError("Unreachable")
let n=0,s=this
for(;;){const o=e.charCodeAt(n)
if(o>127)throw new TypeError("key must be ascii string")
if(s.code===o){if(A===++n){s.value=t
break}if(null===s.middle){s.middle=new r(e,t,n)
break}s=s.middle}else if(s.code<o){if(null===s.left){s.left=new r(e,t,n)
break}s=s.left}else{if(null===s.right){s.right=new r(e,t,n)
break}s=s.right}}}search(e){const t=e.length
let A=0,n=this
for(;null!==n&&A<t;){let s=e[A]
for(s<=90&&s>=65&&(s|=32);null!==n;){if(s===n.code){if(t===++A)return n
n=n.middle
break}n=n.code<s?n.left:n.right}}return null}}class o{node=null
insert(e,t){null===this.node?this.node=new r(e,t,0):this.node.add(e,t)}lookup(e){return this.node?.search(e)?.value??null}}const i=new o
for(let e=0;e<n.length;++e){const t=s[n[e]]
i.insert(t,t)}e.exports={TernarySearchTree:o,tree:i}},3440:(e,t,A)=>{const n=A(4589),{kDestroyed:s,kBodyUsed:r,kListeners:o,kBody:i}=A(6443),{IncomingMessage:a}=A(7067),c=A(7075),l=A(7030),{Blob:g}=A(4573),h=A(7975),{stringify:u}=A(1792),{EventEmitter:E}=A(8474),{InvalidArgumentError:Q}=A(8707),{headerNameLowerCasedRecord:B}=A(735),{tree:C}=A(7752),[I,d]=process.versions.node.split(".").map(e=>Number(e))
class f{constructor(e){this[i]=e,this[r]=!1}async*[Symbol.asyncIterator](){n(!this[r],"disturbed"),this[r]=!0,yield*this[i]}}function p(e){return e&&"object"==typeof e&&"function"==typeof e.pipe&&"function"==typeof e.on}function m(e){if(null===e)return!1
if(e instanceof g)return!0
if("object"!=typeof e)return!1
{const t=e[Symbol.toStringTag]
return("Blob"===t||"File"===t)&&("stream"in e&&"function"==typeof e.stream||"arrayBuffer"in e&&"function"==typeof e.arrayBuffer)}}function y(e){const t=parseInt(e,10)
return t===Number(e)&&t>=0&&t<=65535}function w(e){return null!=e&&"h"===e[0]&&"t"===e[1]&&"t"===e[2]&&"p"===e[3]&&(":"===e[4]||"s"===e[4]&&":"===e[5])}function k(e){if("string"==typeof e){if(!w((e=new URL(e)).origin||e.protocol))throw new Q("Invalid URL protocol: the URL must start with `http:` or `https:`.")
return e}if(!e||"object"!=typeof e)throw new Q("Invalid URL: The URL argument must be a non-null object.")
if(!(e instanceof URL)){if(null!=e.port&&""!==e.port&&!1===y(e.port))throw new Q("Invalid URL: port must be a valid integer or a string representation of an integer.")
if(null!=e.path&&"string"!=typeof e.path)throw new Q("Invalid URL path: the path must be a string or null/undefined.")
if(null!=e.pathname&&"string"!=typeof e.pathname)throw new Q("Invalid URL pathname: the pathname must be a string or null/undefined.")
if(null!=e.hostname&&"string"!=typeof e.hostname)throw new Q("Invalid URL hostname: the hostname must be a string or null/undefined.")
if(null!=e.origin&&"string"!=typeof e.origin)throw new Q("Invalid URL origin: the origin must be a string or null/undefined.")
if(!w(e.origin||e.protocol))throw new Q("Invalid URL protocol: the URL must start with `http:` or `https:`.")
const t=null!=e.port?e.port:"https:"===e.protocol?443:80
let A=null!=e.origin?e.origin:`${e.protocol||""}//${e.hostname||""}:${t}`,n=null!=e.path?e.path:`${e.pathname||""}${e.search||""}`
return"/"===A[A.length-1]&&(A=A.slice(0,A.length-1)),n&&"/"!==n[0]&&(n=`/${n}`),new URL(`${A}${n}`)}if(!w(e.origin||e.protocol))throw new Q("Invalid URL protocol: the URL must start with `http:` or `https:`.")
return e}function b(e){return!(null==e||"function"!=typeof e[Symbol.iterator]&&"function"!=typeof e[Symbol.asyncIterator])}function D(e){if(null==e)return 0
if(p(e)){const t=e._readableState
return t&&!1===t.objectMode&&!0===t.ended&&Number.isFinite(t.length)?t.length:null}return m(e)?null!=e.size?e.size:null:F(e)?e.byteLength:null}function S(e){return e&&!!(e.destroyed||e[s]||c.isDestroyed?.(e))}const R=/timeout=(\d+)/
function N(e){return"string"==typeof e?B[e]??e.toLowerCase():C.lookup(e)??e.toString("latin1").toLowerCase()}function F(e){return e instanceof Uint8Array||Buffer.isBuffer(e)}const M="function"==typeof String.prototype.toWellFormed,v="function"==typeof String.prototype.isWellFormed
function U(e){return M?`${e}`.toWellFormed():h.toUSVString(e)}function L(e){switch(e){case 34:case 40:case 41:case 44:case 47:case 58:case 59:case 60:case 61:case 62:case 63:case 64:case 91:case 92:case 93:case 123:case 125:return!1
default:return e>=33&&e<=126}}const T=/[^\t\x20-\x7e\x80-\xff]/
const Y=Object.create(null)
Y.enumerable=!0
const G={delete:"DELETE",DELETE:"DELETE",get:"GET",GET:"GET",head:"HEAD",HEAD:"HEAD",options:"OPTIONS",OPTIONS:"OPTIONS",post:"POST",POST:"POST",put:"PUT",PUT:"PUT"},x={...G,patch:"patch",PATCH:"PATCH"}
Object.setPrototypeOf(G,null),Object.setPrototypeOf(x,null),e.exports={kEnumerableProperty:Y,nop:function(){},isDisturbed:function(e){return!(!e||!c.isDisturbed(e)&&!e[r])},isErrored:function(e){return!(!e||!c.isErrored(e))},isReadable:function(e){return!(!e||!c.isReadable(e))},toUSVString:U,isUSVString:function(e){return v?`${e}`.isWellFormed():U(e)===`${e}`},isBlobLike:m,parseOrigin:function(e){if("/"!==(e=k(e)).pathname||e.search||e.hash)throw new Q("invalid url")
return e},parseURL:k,getServerName:function(e){if(!e)return null
n("string"==typeof e)
const t=function(e){if("["===e[0]){const t=e.indexOf("]")
return n(-1!==t),e.substring(1,t)}const t=e.indexOf(":")
return-1===t?e:e.substring(0,t)}(e)
return l.isIP(t)?"":t},isStream:p,isIterable:b,isAsyncIterable:function(e){return!(null==e||"function"!=typeof e[Symbol.asyncIterator])},isDestroyed:S,headerNameToString:N,bufferToLowerCasedHeaderName:function(e){return C.lookup(e)??e.toString("latin1").toLowerCase()},addListener:function(e,t,A){return(e[o]??=[]).push([t,A]),e.on(t,A),e},removeAllListeners:function(e){for(const[t,A]of e[o]??[])e.removeListener(t,A)
e[o]=null},errorRequest:function(e,t,A){try{t.onError(A),n(t.aborted)}catch(A){e.emit("error",A)}},parseRawHeaders:function(e){const t=e.length,A=new Array(t)
let n,s,r=!1,o=-1,i=0
for(let t=0;t<e.length;t+=2)n=e[t],s=e[t+1],"string"!=typeof n&&(n=n.toString()),"string"!=typeof s&&(s=s.toString("utf8")),i=n.length,14!==i||"-"!==n[7]||"content-length"!==n&&"content-length"!==n.toLowerCase()?19!==i||"-"!==n[7]||"content-disposition"!==n&&"content-disposition"!==n.toLowerCase()||(o=t+1):r=!0,A[t]=n,A[t+1]=s
return r&&-1!==o&&(A[o]=Buffer.from(A[o]).toString("latin1")),A},parseHeaders:function(e,t){void 0===t&&(t={})
for(let A=0;A<e.length;A+=2){const n=N(e[A])
let s=t[n]
if(s)"string"==typeof s&&(s=[s],t[n]=s),s.push(e[A+1].toString("utf8"))
else{const s=e[A+1]
t[n]="string"==typeof s?s:Array.isArray(s)?s.map(e=>e.toString("utf8")):s.toString("utf8")}}return"content-length"in t&&"content-disposition"in t&&(t["content-disposition"]=Buffer.from(t["content-disposition"]).toString("latin1")),t},parseKeepAliveTimeout:function(e){const t=e.toString().match(R)
return t?1e3*parseInt(t[1],10):null},destroy:function(e,t){null!=e&&p(e)&&!S(e)&&("function"==typeof e.destroy?(Object.getPrototypeOf(e).constructor===a&&(e.socket=null),e.destroy(t)):t&&queueMicrotask(()=>{e.emit("error",t)}),!0!==e.destroyed&&(e[s]=!0))},bodyLength:D,deepClone:function(e){return JSON.parse(JSON.stringify(e))},ReadableStreamFrom:function(e){let t
return new ReadableStream({async start(){t=e[Symbol.asyncIterator]()},async pull(e){const{done:A,value:n}=await t.next()
if(A)queueMicrotask(()=>{e.close(),e.byobRequest?.respond(0)})
else{const t=Buffer.isBuffer(n)?n:Buffer.from(n)
t.byteLength&&e.enqueue(new Uint8Array(t))}return e.desiredSize>0},async cancel(e){await t.return()},type:"bytes"})},isBuffer:F,validateHandler:function(e,t,A){if(!e||"object"!=typeof e)throw new Q("handler must be an object")
if("function"!=typeof e.onConnect)throw new Q("invalid onConnect method")
if("function"!=typeof e.onError)throw new Q("invalid onError method")
if("function"!=typeof e.onBodySent&&void 0!==e.onBodySent)throw new Q("invalid onBodySent method")
if(A||"CONNECT"===t){if("function"!=typeof e.onUpgrade)throw new Q("invalid onUpgrade method")}else{if("function"!=typeof e.onHeaders)throw new Q("invalid onHeaders method")
if("function"!=typeof e.onData)throw new Q("invalid onData method")
if("function"!=typeof e.onComplete)throw new Q("invalid onComplete method")}},getSocketInfo:function(e){return{localAddress:e.localAddress,localPort:e.localPort,remoteAddress:e.remoteAddress,remotePort:e.remotePort,remoteFamily:e.remoteFamily,timeout:e.timeout,bytesWritten:e.bytesWritten,bytesRead:e.bytesRead}},isFormDataLike:function(e){return e&&"object"==typeof e&&"function"==typeof e.append&&"function"==typeof e.delete&&"function"==typeof e.get&&"function"==typeof e.getAll&&"function"==typeof e.has&&"function"==typeof e.set&&"FormData"===e[Symbol.toStringTag]},buildURL:function(e,t){if(e.includes("?")||e.includes("#"))throw new Error('Query params cannot be passed when url already contains "?" or "#".')
const A=u(t)
return A&&(e+="?"+A),e},addAbortListener:function(e,t){return"addEventListener"in e?(e.addEventListener("abort",t,{once:!0}),()=>e.removeEventListener("abort",t)):(e.addListener("abort",t),()=>e.removeListener("abort",t))},isValidHTTPToken:function(e){if(0===e.length)return!1
for(let t=0;t<e.length;++t)if(!L(e.charCodeAt(t)))return!1
return!0},isValidHeaderValue:function(e){return!T.test(e)},isTokenCharCode:L,parseRangeHeader:function(e){if(null==e||""===e)return{start:0,end:null,size:null}
const t=e?e.match(/^bytes (\d+)-(\d+)\/(\d+)?$/):null
return t?{start:parseInt(t[1]),end:t[2]?parseInt(t[2]):null,size:t[3]?parseInt(t[3]):null}:null},normalizedMethodRecordsBase:G,normalizedMethodRecords:x,isValidPort:y,isHttpOrHttpsPrefixed:w,nodeMajor:I,nodeMinor:d,safeHTTPMethods:["GET","HEAD","OPTIONS","TRACE"],wrapRequestBody:function(e){return p(e)?(0===D(e)&&e.on("data",function(){n(!1)}),"boolean"!=typeof e.readableDidRead&&(e[r]=!1,E.prototype.on.call(e,"data",function(){this[r]=!0})),e):e&&"function"==typeof e.pipeTo||e&&"string"!=typeof e&&!ArrayBuffer.isView(e)&&b(e)?new f(e):e}}},7405:(e,t,A)=>{const{InvalidArgumentError:n}=A(8707),{kClients:s,kRunning:r,kClose:o,kDestroy:i,kDispatch:a,kInterceptors:c}=A(6443),l=A(1841),g=A(628),h=A(3701),u=A(3440),E=A(5092),Q=Symbol("onConnect"),B=Symbol("onDisconnect"),C=Symbol("onConnectionError"),I=Symbol("maxRedirections"),d=Symbol("onDrain"),f=Symbol("factory"),p=Symbol("options")
function m(e,t){return t&&1===t.connections?new h(e,t):new g(e,t)}e.exports=class extends l{constructor({factory:e=m,maxRedirections:t=0,connect:A,tls:r,...o}={}){if("function"!=typeof e)throw new n("factory must be a function.")
if(null!=A&&"function"!=typeof A&&"object"!=typeof A)throw new n("connect must be a function or an object")
if(!Number.isInteger(t)||t<0)throw new n("maxRedirections must be a positive number")
super(o),A&&"function"!=typeof A&&(A={...A}),r&&"function"!=typeof r&&(r={...r}),this[c]=o.interceptors?.Agent&&Array.isArray(o.interceptors.Agent)?o.interceptors.Agent:[E({maxRedirections:t})],this[p]={...u.deepClone(o),connect:A,tls:r},this[p].interceptors=o.interceptors?{...o.interceptors}:void 0,this[I]=t,this[f]=e,this[s]=new Map,this[d]=(e,t)=>{this.emit("drain",e,[this,...t])},this[Q]=(e,t)=>{this.emit("connect",e,[this,...t])},this[B]=(e,t,A)=>{this.emit("disconnect",e,[this,...t],A)},this[C]=(e,t,A)=>{this.emit("connectionError",e,[this,...t],A)}}get[r](){let e=0
for(const t of this[s].values())e+=t[r]
return e}[a](e,t){let A
if(!e.origin||!("string"==typeof e.origin||e.origin instanceof URL))throw new n("opts.origin must be a non-empty string or URL.")
A=String(e.origin)
let r=this[s].get(A)
return r||(r=this[f](e.origin,this[p]).on("drain",this[d]).on("connect",this[Q]).on("disconnect",this[B]).on("connectionError",this[C]),this[s].set(A,r)),r.dispatch(e,t)}async[o](){const e=[]
for(const t of this[s].values())e.push(t.close())
this[s].clear(),await Promise.all(e)}async[i](e){const t=[]
for(const A of this[s].values())t.push(A.destroy(e))
this[s].clear(),await Promise.all(t)}}},837:(e,t,A)=>{const{BalancedPoolMissingUpstreamError:n,InvalidArgumentError:s}=A(8707),{PoolBase:r,kClients:o,kNeedDrain:i,kAddClient:a,kRemoveClient:c,kGetDispatcher:l}=A(2128),g=A(628),{kUrl:h,kInterceptors:u}=A(6443),{parseOrigin:E}=A(3440),Q=Symbol("factory"),B=Symbol("options"),C=Symbol("kGreatestCommonDivisor"),I=Symbol("kCurrentWeight"),d=Symbol("kIndex"),f=Symbol("kWeight"),p=Symbol("kMaxWeightPerServer"),m=Symbol("kErrorPenalty")
function y(e,t){if(0===e)return t
for(;0!==t;){const A=t
t=e%t,e=A}return e}function w(e,t){return new g(e,t)}e.exports=class extends r{constructor(e=[],{factory:t=w,...A}={}){if(super(),this[B]=A,this[d]=-1,this[I]=0,this[p]=this[B].maxWeightPerServer||100,this[m]=this[B].errorPenalty||15,Array.isArray(e)||(e=[e]),"function"!=typeof t)throw new s("factory must be a function.")
this[u]=A.interceptors?.BalancedPool&&Array.isArray(A.interceptors.BalancedPool)?A.interceptors.BalancedPool:[],this[Q]=t
for(const t of e)this.addUpstream(t)
this._updateBalancedPoolStats()}addUpstream(e){const t=E(e).origin
if(this[o].find(e=>e[h].origin===t&&!0!==e.closed&&!0!==e.destroyed))return this
const A=this[Q](t,Object.assign({},this[B]))
this[a](A),A.on("connect",()=>{A[f]=Math.min(this[p],A[f]+this[m])}),A.on("connectionError",()=>{A[f]=Math.max(1,A[f]-this[m]),this._updateBalancedPoolStats()}),A.on("disconnect",(...e)=>{const t=e[2]
t&&"UND_ERR_SOCKET"===t.code&&(A[f]=Math.max(1,A[f]-this[m]),this._updateBalancedPoolStats())})
for(const e of this[o])e[f]=this[p]
return this._updateBalancedPoolStats(),this}_updateBalancedPoolStats(){let e=0
for(let t=0;t<this[o].length;t++)e=y(this[o][t][f],e)
this[C]=e}removeUpstream(e){const t=E(e).origin,A=this[o].find(e=>e[h].origin===t&&!0!==e.closed&&!0!==e.destroyed)
return A&&this[c](A),this}get upstreams(){return this[o].filter(e=>!0!==e.closed&&!0!==e.destroyed).map(e=>e[h].origin)}[l](){if(0===this[o].length)throw new n
if(!this[o].find(e=>!e[i]&&!0!==e.closed&&!0!==e.destroyed))return
if(this[o].map(e=>e[i]).reduce((e,t)=>e&&t,!0))return
let e=0,t=this[o].findIndex(e=>!e[i])
for(;e++<this[o].length;){this[d]=(this[d]+1)%this[o].length
const e=this[o][this[d]]
if(e[f]>this[o][t][f]&&!e[i]&&(t=this[d]),0===this[d]&&(this[I]=this[I]-this[C],this[I]<=0&&(this[I]=this[p])),e[f]>=this[I]&&!e[i])return e}return this[I]=this[o][t][f],this[d]=t,this[o][t]}}},637:(e,t,A)=>{const n=A(4589),s=A(3440),{channels:r}=A(2414),o=A(6603),{RequestContentLengthMismatchError:i,ResponseContentLengthMismatchError:a,RequestAbortedError:c,InvalidArgumentError:l,HeadersTimeoutError:g,HeadersOverflowError:h,SocketError:u,InformationalError:E,BodyTimeoutError:Q,HTTPParserError:B,ResponseExceededMaxSizeError:C}=A(8707),{kUrl:I,kReset:d,kClient:f,kParser:p,kBlocking:m,kRunning:y,kPending:w,kSize:k,kWriting:b,kQueue:D,kNoRef:S,kKeepAliveDefaultTimeout:R,kHostHeader:N,kPendingIdx:F,kRunningIdx:M,kError:v,kPipelining:U,kSocket:L,kKeepAliveTimeoutValue:T,kMaxHeadersSize:Y,kKeepAliveMaxTimeout:G,kKeepAliveTimeoutThreshold:x,kHeadersTimeout:J,kBodyTimeout:H,kStrictContentLength:V,kMaxRequests:O,kCounter:W,kMaxResponseSize:P,kOnError:q,kResume:_,kHTTPContext:K}=A(6443),z=A(2824),Z=Buffer.alloc(0),j=Buffer[Symbol.species],$=s.addListener,X=s.removeAllListeners,ee=Symbol("kIdleSocketValidation"),te=Symbol("kIdleSocketValidationTimeout"),Ae=Symbol("kSocketUsed")
let ne
let se=null,re=async function(){const e=process.env.JEST_WORKER_ID?A(3870):void 0
let t
try{t=await WebAssembly.compile(A(3434))}catch(n){t=await WebAssembly.compile(e||A(3870))}return await WebAssembly.instantiate(t,{env:{wasm_on_url:(e,t,A)=>0,wasm_on_status:(e,t,A)=>{n(oe.ptr===e)
const s=t-ce+ie.byteOffset
return oe.onStatus(new j(ie.buffer,s,A))||0},wasm_on_message_begin:e=>(n(oe.ptr===e),oe.onMessageBegin()||0),wasm_on_header_field:(e,t,A)=>{n(oe.ptr===e)
const s=t-ce+ie.byteOffset
return oe.onHeaderField(new j(ie.buffer,s,A))||0},wasm_on_header_value:(e,t,A)=>{n(oe.ptr===e)
const s=t-ce+ie.byteOffset
return oe.onHeaderValue(new j(ie.buffer,s,A))||0},wasm_on_headers_complete:(e,t,A,s)=>(n(oe.ptr===e),oe.onHeadersComplete(t,Boolean(A),Boolean(s))||0),wasm_on_body:(e,t,A)=>{n(oe.ptr===e)
const s=t-ce+ie.byteOffset
return oe.onBody(new j(ie.buffer,s,A))||0},wasm_on_message_complete:e=>(n(oe.ptr===e),oe.onMessageComplete()||0)}})}()
re.catch()
let oe=null,ie=null,ae=0,ce=null
class le{constructor(e,t,{exports:A}){n(Number.isFinite(e[Y])&&e[Y]>0),this.llhttp=A,this.ptr=this.llhttp.llhttp_alloc(z.TYPE.RESPONSE),this.client=e,this.socket=t,this.timeout=null,this.timeoutValue=null,this.timeoutType=null,this.statusCode=null,this.statusText="",this.upgrade=!1,this.headers=[],this.headersSize=0,this.headersMaxSize=e[Y],this.shouldKeepAlive=!1,this.paused=!1,this.resume=this.resume.bind(this),this.bytesRead=0,this.keepAlive="",this.contentLength="",this.connection="",this.maxResponseSize=e[P]}setTimeout(e,t){e!==this.timeoutValue||1&t^1&this.timeoutType?(this.timeout&&(o.clearTimeout(this.timeout),this.timeout=null),e&&(1&t?this.timeout=o.setFastTimeout(ge,e,new WeakRef(this)):(this.timeout=setTimeout(ge,e,new WeakRef(this)),this.timeout.unref())),this.timeoutValue=e):this.timeout&&this.timeout.refresh&&this.timeout.refresh(),this.timeoutType=t}resume(){!this.socket.destroyed&&this.paused&&(n(null!=this.ptr),n(null==oe),this.llhttp.llhttp_resume(this.ptr),n(5===this.timeoutType),this.timeout&&this.timeout.refresh&&this.timeout.refresh(),this.paused=!1,this.execute(this.socket.read()||Z),this.readMore())}readMore(){for(;!this.paused&&this.ptr;){const e=this.socket.read()
if(null===e)break
this.execute(e)}}execute(e){n(null!=this.ptr),n(null==oe),n(!this.paused)
const{socket:t,llhttp:A}=this
e.length>ae&&(ce&&A.free(ce),ae=4096*Math.ceil(e.length/4096),ce=A.malloc(ae)),new Uint8Array(A.memory.buffer,ce,ae).set(e)
try{let n
try{ie=e,oe=this,n=A.llhttp_execute(this.ptr,ce,e.length)}catch(e){throw e}finally{oe=null,ie=null}const s=A.llhttp_get_error_pos(this.ptr)-ce
if(n!==z.ERROR.OK){const A=e.subarray(s)
if(n===z.ERROR.PAUSED_UPGRADE)this.onUpgrade(A)
else{if(n!==z.ERROR.PAUSED)throw this.createError(n,A)
this.paused=!0,t.unshift(A)}}}catch(e){s.destroy(t,e)}}finish(){n(null===oe),n(null!=this.ptr),n(!this.paused)
const{llhttp:e}=this
let t
try{oe=this,t=e.llhttp_finish(this.ptr)}finally{oe=null}return t===z.ERROR.OK?null:t===z.ERROR.PAUSED||t===z.ERROR.PAUSED_UPGRADE?(this.paused=!0,null):this.createError(t,Z)}createError(e,t){const{llhttp:A,contentLength:n,bytesRead:s}=this
if(n&&s!==parseInt(n,10))return new a
const r=A.llhttp_get_error_reason(this.ptr)
let o=""
if(r){const e=new Uint8Array(A.memory.buffer,r).indexOf(0)
o="Response does not match the HTTP/1.1 protocol ("+Buffer.from(A.memory.buffer,r,e).toString()+")"}return new B(o,z.ERROR[e],t)}destroy(){n(null!=this.ptr),n(null==oe),this.llhttp.llhttp_free(this.ptr),this.ptr=null,this.timeout&&o.clearTimeout(this.timeout),this.timeout=null,this.timeoutValue=null,this.timeoutType=null,this.paused=!1}onStatus(e){this.statusText=e.toString()}onMessageBegin(){const{socket:e,client:t}=this
if(e.destroyed)return-1
if(0===t[y])return s.destroy(e,new u("bad response",s.getSocketInfo(e))),-1
const A=t[D][t[M]]
if(!A)return-1
A.onResponseStarted()}onHeaderField(e){const t=this.headers.length
1&t?this.headers[t-1]=Buffer.concat([this.headers[t-1],e]):this.headers.push(e),this.trackHeader(e.length)}onHeaderValue(e){let t=this.headers.length
1&~t?this.headers[t-1]=Buffer.concat([this.headers[t-1],e]):(this.headers.push(e),t+=1)
const A=this.headers[t-2]
if(10===A.length){const t=s.bufferToLowerCasedHeaderName(A)
"keep-alive"===t?this.keepAlive+=e.toString():"connection"===t&&(this.connection+=e.toString())}else 14===A.length&&"content-length"===s.bufferToLowerCasedHeaderName(A)&&(this.contentLength+=e.toString())
this.trackHeader(e.length)}trackHeader(e){this.headersSize+=e,this.headersSize>=this.headersMaxSize&&s.destroy(this.socket,new h)}onUpgrade(e){const{upgrade:t,client:A,socket:r,headers:o,statusCode:i,statusText:a}=this
n(t),n(A[L]===r),n(!r.destroyed),n(!this.paused),n(!(1&o.length))
const c=A[D][A[M]]
n(c),n(c.upgrade||"CONNECT"===c.method),this.statusCode=null,this.statusText="",this.shouldKeepAlive=null,this.headers=[],this.headersSize=0,r.unshift(e),r[p].destroy(),r[p]=null,r[f]=null,r[v]=null,X(r),A[L]=null,A[K]=null,A[D][A[M]++]=null,A.emit("disconnect",A[I],[A],new E("upgrade"))
try{c.onUpgrade(i,o,r,a)}catch(e){s.errorRequest(A,c,e),s.destroy(r,e)}A[_]()}onHeadersComplete(e,t,A){const{client:r,socket:o,headers:i,statusText:a}=this
if(o.destroyed)return-1
if(0===r[y])return s.destroy(o,new u("bad response",s.getSocketInfo(o))),-1
const c=r[D][r[M]]
if(!c)return-1
if(n(!this.upgrade),n(this.statusCode<200),100===e)return s.destroy(o,new u("bad response",s.getSocketInfo(o))),-1
if(t&&!c.upgrade)return s.destroy(o,new u("bad upgrade",s.getSocketInfo(o))),-1
if(n(3===this.timeoutType),this.statusCode=e,this.shouldKeepAlive=A||"HEAD"===c.method&&!o[d]&&"keep-alive"===this.connection.toLowerCase(),this.statusCode>=200){const e=null!=c.bodyTimeout?c.bodyTimeout:r[H]
this.setTimeout(e,5)}else this.timeout&&this.timeout.refresh&&this.timeout.refresh()
if("CONNECT"===c.method)return n(1===r[y]),this.upgrade=!0,2
if(t)return n(1===r[y]),this.upgrade=!0,2
if(n(!(1&this.headers.length)),this.headers=[],this.headersSize=0,this.shouldKeepAlive&&r[U]){const e=this.keepAlive?s.parseKeepAliveTimeout(this.keepAlive):null
if(null!=e){const t=Math.min(e-r[x],r[G])
t<=0?o[d]=!0:r[T]=t}else r[T]=r[R]}else o[d]=!0
const l=!1===c.onHeaders(e,i,this.resume,a)
return c.aborted?-1:"HEAD"===c.method||e<200?1:(o[m]&&(o[m]=!1,r[_]()),l?z.ERROR.PAUSED:0)}onBody(e){const{client:t,socket:A,statusCode:r,maxResponseSize:o}=this
if(A.destroyed)return-1
const i=t[D][t[M]]
return n(i),n(5===this.timeoutType),this.timeout&&this.timeout.refresh&&this.timeout.refresh(),n(r>=200),o>-1&&this.bytesRead+e.length>o?(s.destroy(A,new C),-1):(this.bytesRead+=e.length,!1===i.onData(e)?z.ERROR.PAUSED:void 0)}onMessageComplete(){const{client:e,socket:t,statusCode:A,upgrade:r,headers:o,contentLength:i,bytesRead:c,shouldKeepAlive:l}=this
if(t.destroyed&&(!A||l))return-1
if(r)return
n(A>=100),n(!(1&this.headers.length))
const g=e[D][e[M]]
return n(g),this.statusCode=null,this.statusText="",this.bytesRead=0,this.contentLength="",this.keepAlive="",this.connection="",this.headers=[],this.headersSize=0,A<200?void 0:"HEAD"!==g.method&&i&&c!==parseInt(i,10)?(s.destroy(t,new a),-1):(g.onComplete(o),e[D][e[M]++]=null,t[Ae]=!0,t[b]?(n(0===e[y]),s.destroy(t,new E("reset")),z.ERROR.PAUSED):l?t[d]&&0===e[y]?(s.destroy(t,new E("reset")),z.ERROR.PAUSED):void(null==e[U]||1===e[U]?setImmediate(()=>e[_]()):e[_]()):(s.destroy(t,new E("reset")),z.ERROR.PAUSED))}}function ge(e){const{socket:t,timeoutType:A,client:r,paused:o}=e.deref()
3===A?(!t[b]||t.writableNeedDrain||r[y]>1)&&(n(!o,"cannot be paused while waiting for headers"),s.destroy(t,new g)):5===A?o||s.destroy(t,new Q):8===A&&(n(0===r[y]&&r[T]),s.destroy(t,new E("socket idle timeout")))}function he(e){e[te]&&(clearImmediate(e[te]),e[te]=null),e[ee]=0}function ue(e,t,A,r,o,i,a,c){try{t?s.isBuffer(t)&&(n(i===t.byteLength,"buffer body must have content length"),o.cork(),o.write(`${a}content-length: ${i}\r\n\r\n`,"latin1"),o.write(t),o.uncork(),r.onBodySent(t),c||!1===r.reset||(o[d]=!0)):0===i?o.write(`${a}content-length: 0\r\n\r\n`,"latin1"):(n(null===i,"no body must not have content length"),o.write(`${a}\r\n`,"latin1")),r.onRequestSent(),A[_]()}catch(t){e(t)}}async function Ee(e,t,A,s,r,o,i,a){n(0!==o||0===A[y],"iterator body cannot be pipelined")
let c=null
function l(){if(c){const e=c
c=null,e()}}const g=()=>new Promise((e,t)=>{n(null===c),r[v]?t(r[v]):c=e})
r.on("close",l).on("drain",l)
const h=new Qe({abort:e,socket:r,request:s,contentLength:o,client:A,expectsPayload:a,header:i})
try{for await(const e of t){if(r[v])throw r[v]
h.write(e)||await g()}h.end()}catch(e){h.destroy(e)}finally{r.off("close",l).off("drain",l)}}class Qe{constructor({abort:e,socket:t,request:A,contentLength:n,client:s,expectsPayload:r,header:o}){this.socket=t,this.request=A,this.contentLength=n,this.client=s,this.bytesWritten=0,this.expectsPayload=r,this.header=o,this.abort=e,t[b]=!0}write(e){const{socket:t,request:A,contentLength:n,client:s,bytesWritten:r,expectsPayload:o,header:a}=this
if(t[v])throw t[v]
if(t.destroyed)return!1
const c=Buffer.byteLength(e)
if(!c)return!0
if(null!==n&&r+c>n){if(s[V])throw new i
process.emitWarning(new i)}t.cork(),0===r&&(o||!1===A.reset||(t[d]=!0),null===n?t.write(`${a}transfer-encoding: chunked\r\n`,"latin1"):t.write(`${a}content-length: ${n}\r\n\r\n`,"latin1")),null===n&&t.write(`\r\n${c.toString(16)}\r\n`,"latin1"),this.bytesWritten+=c
const l=t.write(e)
return t.uncork(),A.onBodySent(e),l||t[p].timeout&&3===t[p].timeoutType&&t[p].timeout.refresh&&t[p].timeout.refresh(),l}end(){const{socket:e,contentLength:t,client:A,bytesWritten:n,expectsPayload:s,header:r,request:o}=this
if(o.onRequestSent(),e[b]=!1,e[v])throw e[v]
if(!e.destroyed){if(0===n?s?e.write(`${r}content-length: 0\r\n\r\n`,"latin1"):e.write(`${r}\r\n`,"latin1"):null===t&&e.write("\r\n0\r\n\r\n","latin1"),null!==t&&n!==t){if(A[V])throw new i
process.emitWarning(new i)}e[p].timeout&&3===e[p].timeoutType&&e[p].timeout.refresh&&e[p].timeout.refresh(),A[_]()}}destroy(e){const{socket:t,client:A,abort:s}=this
t[b]=!1,e&&(n(A[y]<=1,"pipeline should only contain this request"),s(e))}}e.exports=async function(e,t){e[L]=t,se||(se=await re,re=null),t[S]=!1,t[b]=!1,t[d]=!1,t[m]=!1,t[ee]=0,t[te]=null,t[Ae]=!1,t[p]=new le(e,t,se),$(t,"error",function(e){const t=this[p]
if("ECONNRESET"===e.code&&t.statusCode&&!t.shouldKeepAlive){const e=t.finish()
return void(e&&(this[v]=e,this[f][q](e)))}this[v]=e,this[f][q](e)}),$(t,"readable",function(){const e=this[p]
e&&e.readMore()}),$(t,"end",function(){const e=this[p]
if(e.statusCode&&!e.shouldKeepAlive){const t=e.finish()
return void(t&&s.destroy(this,t))}s.destroy(this,new u("other side closed",s.getSocketInfo(this)))}),$(t,"close",function(){const e=this[f],t=this[p]
he(this),t&&(this[v]||!t.statusCode||t.shouldKeepAlive||(this[v]=t.finish()||this[v]),this[p].destroy(),this[p]=null)
const A=this[v]||new u("closed",s.getSocketInfo(this))
if(e[L]=null,e[K]=null,e.destroyed){n(0===e[w])
const t=e[D].splice(e[M])
for(let n=0;n<t.length;n++){const r=t[n]
s.errorRequest(e,r,A)}}else if(e[y]>0&&"UND_ERR_INFO"!==A.code){const t=e[D][e[M]]
e[D][e[M]++]=null,s.errorRequest(e,t,A)}e[F]=e[M],n(0===e[y]),e.emit("disconnect",e[I],[e],A),e[_]()})
let o=!1
return t.on("close",()=>{o=!0}),{version:"h1",defaultPipelining:1,write:(...t)=>function(e,t){const{method:o,path:a,host:g,upgrade:h,blocking:u,reset:Q}=t
let{body:B,headers:C,contentLength:I}=t
const f="PUT"===o||"POST"===o||"PATCH"===o||"QUERY"===o||"PROPFIND"===o||"PROPPATCH"===o
if(s.isFormDataLike(B)){ne||(ne=A(4492).extractBody)
const[e,n]=ne(B)
null==t.contentType&&C.push("content-type",n),B=e.stream,I=e.length}else if(s.isBlobLike(B)&&null==t.contentType){const A=B.type
if(A){const n=`${A}`
if(!s.isValidHeaderValue(n))return s.errorRequest(e,t,new l("invalid content-type header")),!1
C.push("content-type",n)}}B&&"function"==typeof B.read&&B.read(0)
const p=s.bodyLength(B)
I=p??I,null===I&&(I=t.contentLength)
0!==I||f||(I=null)
if(function(e){return"GET"!==e&&"HEAD"!==e&&"OPTIONS"!==e&&"TRACE"!==e&&"CONNECT"!==e}(o)&&I>0&&null!==t.contentLength&&t.contentLength!==I){if(e[V])return s.errorRequest(e,t,new i),!1
process.emitWarning(new i)}const w=e[L]
he(w)
const k=A=>{t.aborted||(t.completed?(t.upgrade||"CONNECT"===t.method)&&s.destroy(w,new E("aborted")):(s.errorRequest(e,t,A||new c),s.destroy(B),s.destroy(w,new E("aborted"))))}
try{t.onConnect(k)}catch(A){s.errorRequest(e,t,A)}if(t.aborted)return!1
"HEAD"===o&&(w[d]=!0);(h||"CONNECT"===o)&&(w[d]=!0)
null!=Q&&(w[d]=Q)
e[O]&&w[W]++>=e[O]&&(w[d]=!0)
u&&(w[m]=!0)
let D=`${o} ${a} HTTP/1.1\r\n`
D+="string"==typeof g?`host: ${g}\r\n`:e[N]
h?D+=`connection: upgrade\r\nupgrade: ${h}\r\n`:e[U]&&!w[d]?D+="connection: keep-alive\r\n":D+="connection: close\r\n"
if(Array.isArray(C))for(let e=0;e<C.length;e+=2){const t=C[e+0],A=C[e+1]
if(Array.isArray(A))for(let e=0;e<A.length;e++)D+=`${t}: ${A[e]}\r\n`
else D+=`${t}: ${A}\r\n`}r.sendHeaders.hasSubscribers&&r.sendHeaders.publish({request:t,headers:D,socket:w})
B&&0!==p?s.isBuffer(B)?ue(k,B,e,t,w,I,D,f):s.isBlobLike(B)?"function"==typeof B.stream?Ee(k,B.stream(),e,t,w,I,D,f):async function(e,t,A,s,r,o,a,c){n(o===t.size,"blob body must have content length")
try{if(null!=o&&o!==t.size)throw new i
const e=Buffer.from(await t.arrayBuffer())
r.cork(),r.write(`${a}content-length: ${o}\r\n\r\n`,"latin1"),r.write(e),r.uncork(),s.onBodySent(e),s.onRequestSent(),c||!1===s.reset||(r[d]=!0),A[_]()}catch(t){e(t)}}(k,B,e,t,w,I,D,f):s.isStream(B)?function(e,t,A,r,o,i,a,l){n(0!==i||0===A[y],"stream body cannot be pipelined")
let g=!1
const h=new Qe({abort:e,socket:o,request:r,contentLength:i,client:A,expectsPayload:l,header:a}),u=function(e){if(!g)try{!h.write(e)&&this.pause&&this.pause()}catch(e){s.destroy(this,e)}},E=function(){g||t.resume&&t.resume()},Q=function(){if(queueMicrotask(()=>{t.removeListener("error",B)}),!g){const e=new c
queueMicrotask(()=>B(e))}},B=function(e){if(!g){if(g=!0,n(o.destroyed||o[b]&&A[y]<=1),o.off("drain",E).off("error",B),t.removeListener("data",u).removeListener("end",B).removeListener("close",Q),!e)try{h.end()}catch(t){e=t}h.destroy(e),!e||"UND_ERR_INFO"===e.code&&"reset"===e.message?s.destroy(t):s.destroy(t,e)}}
t.on("data",u).on("end",B).on("error",B).on("close",Q),t.resume&&t.resume()
o.on("drain",E).on("error",B),t.errorEmitted??t.errored?setImmediate(()=>B(t.errored)):(t.endEmitted??t.readableEnded)&&setImmediate(()=>B(null));(t.closeEmitted??t.closed)&&setImmediate(Q)}(k,B,e,t,w,I,D,f):s.isIterable(B)?Ee(k,B,e,t,w,I,D,f):n(!1):ue(k,null,e,t,w,I,D,f)
return!0}(e,...t),resume(){!function(e){const t=e[L]
if(t&&!t.destroyed){if(0===e[k]?!t[S]&&t.unref&&(t.unref(),t[S]=!0):t[S]&&t.ref&&(t.ref(),t[S]=!1),0===e[y]&&e[w]>0&&t[Ae]){if(0===t[ee])return function(e,t){t[ee]=1,t[te]=setImmediate(()=>{t[te]=null,t[ee]=2,e[L]!==t||t.destroyed||e[_]()})}(e,t),t[p].readMore(),void t.destroyed
if(1===t[ee])return t[p].readMore(),void t.destroyed}if(0===e[y]&&(t[p].readMore(),t.destroyed))return
if(0===e[k])8!==t[p].timeoutType&&t[p].setTimeout(e[T],8)
else if(e[y]>0&&t[p].statusCode<200&&3!==t[p].timeoutType){const A=e[D][e[M]],n=null!=A.headersTimeout?A.headersTimeout:e[J]
t[p].setTimeout(n,3)}}}(e)},destroy(e,A){o?queueMicrotask(A):t.destroy(e).on("close",A)},get destroyed(){return t.destroyed},busy(A){if(t[b]||t[d]||t[m]||1===t[ee])return!0
if(A){if(e[y]>0&&!A.idempotent)return!0
if(e[y]>0&&(A.upgrade||"CONNECT"===A.method))return!0
if(e[y]>0&&0!==s.bodyLength(A.body)&&(s.isStream(A.body)||s.isAsyncIterable(A.body)||s.isFormDataLike(A.body)))return!0}return!1}}}},8788:(e,t,A)=>{const n=A(4589),{errorMonitor:s}=A(8474),{pipeline:r}=A(7075),o=A(3440),{RequestContentLengthMismatchError:i,RequestAbortedError:a,SocketError:c,InformationalError:l}=A(8707),{kUrl:g,kReset:h,kClient:u,kRunning:E,kPending:Q,kQueue:B,kPendingIdx:C,kRunningIdx:I,kError:d,kSocket:f,kStrictContentLength:p,kOnError:m,kMaxConcurrentStreams:y,kHTTP2Session:w,kResume:k,kSize:b,kHTTPContext:D}=A(6443),S=Symbol("open streams")
let R,N,F=!1
try{N=A(2467)}catch{N={constants:{}}}const{constants:{HTTP2_HEADER_AUTHORITY:M,HTTP2_HEADER_METHOD:v,HTTP2_HEADER_PATH:U,HTTP2_HEADER_SCHEME:L,HTTP2_HEADER_CONTENT_LENGTH:T,HTTP2_HEADER_EXPECT:Y,HTTP2_HEADER_STATUS:G}}=N
function x(e){const t=[]
for(const[A,n]of Object.entries(e))if(Array.isArray(n))for(const e of n)t.push(Buffer.from(A),Buffer.from(e))
else t.push(Buffer.from(A),Buffer.from(n))
return t}function J(e){const{[G]:t,...A}=e
return x(A)}function H(e){this[f][d]=e,this[u][m](e)}function V(e,t,A){if(0===A){const A=new l(`HTTP/2: "frameError" received - type ${e}, code ${t}`)
this[f][d]=A,this[u][m](A)}}function O(){const e=new c("other side closed",o.getSocketInfo(this[f]))
this.destroy(e),o.destroy(this[f],e)}function W(e){const t=this[d]||new c(`HTTP/2: "GOAWAY" frame received with code ${e}`,o.getSocketInfo(this)),A=this[u]
if(A[f]=null,A[D]=null,null!=this[w]&&(this[w].destroy(t),this[w]=null),o.destroy(this[f],t),A[I]<A[B].length){const e=A[B][A[I]]
A[B][A[I]++]=null,o.errorRequest(A,e,t),A[C]=A[I]}n(0===A[E]),A.emit("disconnect",A[g],[A],t),A[k]()}function P(e,t,A,s,r,i,a,c){try{null!=A&&o.isBuffer(A)&&(n(a===A.byteLength,"buffer body must have content length"),t.cork(),t.write(A),t.uncork(),t.end(),r.onBodySent(A)),c||(i[h]=!0),r.onRequestSent(),s[k]()}catch(t){e(t)}}async function q(e,t,A,s,r,o,i,a){n(0!==i||0===s[E],"iterator body cannot be pipelined")
let c=null
function l(){if(c){const e=c
c=null,e()}}const g=()=>new Promise((e,t)=>{n(null===c),o[d]?t(o[d]):c=e})
t.on("close",l).on("drain",l)
try{for await(const e of A){if(o[d])throw o[d]
const A=t.write(e)
r.onBodySent(e),A||await g()}t.end(),r.onRequestSent(),a||(o[h]=!0),s[k]()}catch(t){e(t)}finally{t.off("close",l).off("drain",l)}}e.exports=async function(e,t){e[f]=t,F||(F=!0,process.emitWarning("H2 support is experimental, expect them to change at any time.",{code:"UNDICI-H2"}))
const D=N.connect(e[g],{createConnection:()=>t,peerMaxConcurrentStreams:e[y]})
D[S]=0,D[u]=e,D[f]=t,o.addListener(D,"error",H),o.addListener(D,"frameError",V),o.addListener(D,"end",O),o.addListener(D,"goaway",W),o.addListener(D,"close",function(){const{[u]:e}=this,{[f]:t}=e,A=this[f][d]||this[d]||new c("closed",o.getSocketInfo(t))
if(e[w]=null,e.destroyed){n(0===e[Q])
const t=e[B].splice(e[I])
for(let n=0;n<t.length;n++){const s=t[n]
o.errorRequest(e,s,A)}}}),D.unref(),e[w]=D,t[w]=D,o.addListener(t,"error",function(e){this[d]=e,this[u][m](e)}),o.addListener(t,"end",function(){o.destroy(this,new c("other side closed",o.getSocketInfo(this)))}),o.addListener(t,"close",function(){const t=this[d]||new c("closed",o.getSocketInfo(this))
e[f]=null,null!=this[w]&&this[w].destroy(t),e[C]=e[I],n(0===e[E]),e.emit("disconnect",e[g],[e],t),e[k]()})
let _=!1
return t.on("close",()=>{_=!0}),{version:"h2",defaultPipelining:1/0,write:(...t)=>function(e,t){const c=e[w],{method:u,path:Q,host:d,upgrade:m,expectContinue:y,signal:b,headers:D}=t
let{body:N}=t
if(m)return o.errorRequest(e,t,new Error("Upgrade not supported for H2")),!1
const F={}
for(let e=0;e<D.length;e+=2){const t=D[e+0],A=D[e+1]
if(Array.isArray(A))for(let e=0;e<A.length;e++)F[t]?F[t]+=`,${A[e]}`:F[t]=A[e]
else F[t]=A}let H
const{hostname:V,port:O}=e[g]
F[M]=d||`${V}${O?`:${O}`:""}`,F[v]=u
const W=A=>{t.aborted||(t.completed?"CONNECT"===u&&null!=H&&o.destroy(H,A||new a):(A=A||new a,o.errorRequest(e,t,A),null!=H&&o.destroy(H,A),o.destroy(N,A),e[B][e[I]++]=null,e[k]()))}
try{t.onConnect(W)}catch(A){o.errorRequest(e,t,A)}if(t.aborted)return!1
if("CONNECT"===u){c.ref(),H=c.request(F,{endStream:!1,signal:b})
let A=!1
const n=e=>{A=!0,H.off(s,r),t.onUpgradeResponse(Number(e[G]),e,J)},r=e=>{A=!0,H.off("response",n),t.onUpgradeError(e)},o=()=>{try{t.onUpgrade(null,null,H)}catch(e){return H.off("response",n),void W(e)}t.aborted||(H.off("error",W),H.once(s,r),e[B][e[I]++]=null)}
return H.once("response",n),H.once("error",W),++c[S],o(),H.once("close",()=>{!A&&t.completed&&(H.off("response",n),H.off(s,r),t.onUpgradeError(new l(`HTTP/2: "stream error" received - code ${H.rstCode}`))),c[S]-=1,0===c[S]&&c.unref()}),!0}F[U]=Q,F[L]="https"
const _="PUT"===u||"POST"===u||"PATCH"===u
N&&"function"==typeof N.read&&N.read(0)
let K=o.bodyLength(N)
if(o.isFormDataLike(N)){R??=A(4492).extractBody
const[e,t]=R(N)
F["content-type"]=t,N=e.stream,K=e.length}null==K&&(K=t.contentLength)
0!==K&&_||(K=null)
if(function(e){return"GET"!==e&&"HEAD"!==e&&"OPTIONS"!==e&&"TRACE"!==e&&"CONNECT"!==e}(u)&&K>0&&null!=t.contentLength&&t.contentLength!==K){if(e[p])return o.errorRequest(e,t,new i),!1
process.emitWarning(new i)}null!=K&&(n(N,"no body must not have content length"),F[T]=`${K}`)
c.ref()
const z="GET"===u||"HEAD"===u||null===N
y?(F[Y]="100-continue",H=c.request(F,{endStream:z,signal:b}),H.once("continue",Z)):(H=c.request(F,{endStream:z,signal:b}),Z())
return++c[S],H.once("response",A=>{const{[G]:n,...s}=A
if(t.onResponseStarted(),t.aborted){const A=new a
return o.errorRequest(e,t,A),void o.destroy(H,A)}!1===t.onHeaders(Number(n),x(s),H.resume.bind(H),"")&&H.pause(),H.on("data",e=>{!1===t.onData(e)&&H.pause()})}),H.once("end",()=>{(null==H.state?.state||H.state.state<6)&&t.onComplete([]),0===c[S]&&c.unref(),W(new l("HTTP/2: stream half-closed (remote)")),e[B][e[I]++]=null,e[C]=e[I],e[k]()}),H.once("close",()=>{c[S]-=1,0===c[S]&&c.unref()}),H.once("error",function(e){W(e)}),H.once("frameError",(e,t)=>{W(new l(`HTTP/2: "frameError" received - type ${e}, code ${t}`))}),!0
function Z(){N&&0!==K?o.isBuffer(N)?P(W,H,N,e,t,e[f],K,_):o.isBlobLike(N)?"function"==typeof N.stream?q(W,H,N.stream(),e,t,e[f],K,_):async function(e,t,A,s,r,o,a,c){n(a===A.size,"blob body must have content length")
try{if(null!=a&&a!==A.size)throw new i
const e=Buffer.from(await A.arrayBuffer())
t.cork(),t.write(e),t.uncork(),t.end(),r.onBodySent(e),r.onRequestSent(),c||(o[h]=!0),s[k]()}catch(t){e(t)}}(W,H,N,e,t,e[f],K,_):o.isStream(N)?function(e,t,A,s,i,a,c,l){n(0!==l||0===a[E],"stream body cannot be pipelined")
const g=r(i,s,n=>{n?(o.destroy(g,n),e(n)):(o.removeAllListeners(g),c.onRequestSent(),A||(t[h]=!0),a[k]())})
function u(e){c.onBodySent(e)}o.addListener(g,"data",u)}(W,e[f],_,H,N,e,t,K):o.isIterable(N)?q(W,H,N,e,t,e[f],K,_):n(!1):P(W,H,null,e,t,e[f],K,_)}}(e,...t),resume(){!function(e){const t=e[f]
!1===t?.destroyed&&(0===e[b]&&0===e[y]?(t.unref(),e[w].unref()):(t.ref(),e[w].ref()))}(e)},destroy(e,A){_?queueMicrotask(A):t.destroy(e).on("close",A)},get destroyed(){return t.destroyed},busy:()=>!1}}},3701:(e,t,A)=>{const n=A(4589),s=A(7030),r=A(7067),o=A(3440),{channels:i}=A(2414),a=A(4655),c=A(1841),{InvalidArgumentError:l,InformationalError:g,ClientDestroyedError:h}=A(8707),u=A(9136),{kUrl:E,kServerName:Q,kClient:B,kBusy:C,kConnect:I,kResuming:d,kRunning:f,kPending:p,kSize:m,kQueue:y,kConnected:w,kConnecting:k,kNeedDrain:b,kKeepAliveDefaultTimeout:D,kHostHeader:S,kPendingIdx:R,kRunningIdx:N,kError:F,kPipelining:M,kKeepAliveTimeoutValue:v,kMaxHeadersSize:U,kKeepAliveMaxTimeout:L,kKeepAliveTimeoutThreshold:T,kHeadersTimeout:Y,kBodyTimeout:G,kStrictContentLength:x,kConnector:J,kMaxRedirections:H,kMaxRequests:V,kCounter:O,kClose:W,kDestroy:P,kDispatch:q,kInterceptors:_,kLocalAddress:K,kMaxResponseSize:z,kOnError:Z,kHTTPContext:j,kMaxConcurrentStreams:$,kResume:X}=A(6443),ee=A(637),te=A(8788)
let Ae=!1
const ne=Symbol("kClosedResolve"),se=()=>{}
function re(e){return e[M]??e[j]?.defaultPipelining??1}const oe=A(5092)
function ie(e,t){if(0===e[f]&&"UND_ERR_INFO"!==t.code&&"UND_ERR_SOCKET"!==t.code){n(e[R]===e[N])
const A=e[y].splice(e[N])
for(let n=0;n<A.length;n++){const s=A[n]
o.errorRequest(e,s,t)}n(0===e[m])}}async function ae(e){n(!e[k]),n(!e[j])
let{host:t,hostname:A,protocol:r,port:a}=e[E]
if("["===A[0]){const e=A.indexOf("]")
n(-1!==e)
const t=A.substring(1,e)
n(s.isIP(t)),A=t}e[k]=!0,i.beforeConnect.hasSubscribers&&i.beforeConnect.publish({connectParams:{host:t,hostname:A,protocol:r,port:a,version:e[j]?.version,servername:e[Q],localAddress:e[K]},connector:e[J]})
try{const s=await new Promise((n,s)=>{e[J]({host:t,hostname:A,protocol:r,port:a,servername:e[Q],localAddress:e[K]},(e,t)=>{e?s(e):n(t)})})
if(e.destroyed)return void o.destroy(s.on("error",se),new h)
n(s)
try{e[j]="h2"===s.alpnProtocol?await te(e,s):await ee(e,s)}catch(e){throw s.destroy().on("error",se),e}e[k]=!1,s[O]=0,s[V]=e[V],s[B]=e,s[F]=null,i.connected.hasSubscribers&&i.connected.publish({connectParams:{host:t,hostname:A,protocol:r,port:a,version:e[j]?.version,servername:e[Q],localAddress:e[K]},connector:e[J],socket:s}),e.emit("connect",e[E],[e])}catch(s){if(e.destroyed)return
if(e[k]=!1,i.connectError.hasSubscribers&&i.connectError.publish({connectParams:{host:t,hostname:A,protocol:r,port:a,version:e[j]?.version,servername:e[Q],localAddress:e[K]},connector:e[J],error:s}),"ERR_TLS_CERT_ALTNAME_INVALID"===s.code)for(n(0===e[f]);e[p]>0&&e[y][e[R]].servername===e[Q];){const t=e[y][e[R]++]
o.errorRequest(e,t,s)}else ie(e,s)
e.emit("connectionError",e[E],[e],s)}e[X]()}function ce(e){e[b]=0,e.emit("drain",e[E],[e])}function le(e,t){2!==e[d]&&(e[d]=2,function(e,t){for(;;){if(e.destroyed)return void n(0===e[p])
if(e[ne]&&!e[m])return e[ne](),void(e[ne]=null)
if(e[j]&&e[j].resume(),e[C])e[b]=2
else if(2===e[b]){t?(e[b]=1,queueMicrotask(()=>ce(e))):ce(e)
continue}if(0===e[p])return
if(e[f]>=(re(e)||1))return
const A=e[y][e[R]]
if("https:"===e[E].protocol&&e[Q]!==A.servername){if(e[f]>0)return
e[Q]=A.servername,e[j]?.destroy(new g("servername changed"),()=>{e[j]=null,le(e)})}if(e[k])return
if(!e[j])return void ae(e)
if(e[j].destroyed)return
if(e[j].busy(A))return
!A.aborted&&e[j].write(A)?e[R]++:e[y].splice(e[R],1)}}(e,t),e[d]=0,e[N]>256&&(e[y].splice(0,e[N]),e[R]-=e[N],e[N]=0))}e.exports=class extends c{constructor(e,{interceptors:t,maxHeaderSize:A,headersTimeout:n,socketTimeout:i,requestTimeout:a,connectTimeout:c,bodyTimeout:g,idleTimeout:h,keepAlive:B,keepAliveTimeout:C,maxKeepAliveTimeout:I,keepAliveMaxTimeout:f,keepAliveTimeoutThreshold:p,socketPath:m,pipelining:w,tls:k,strictContentLength:F,maxCachedSessions:O,maxRedirections:W,connect:P,maxRequestsPerClient:q,localAddress:ee,maxResponseSize:te,autoSelectFamily:se,autoSelectFamilyAttemptTimeout:re,maxConcurrentStreams:ae,allowH2:ce,webSocket:ge,eventSource:he}={}){if(super({webSocket:ge,eventSource:he}),void 0!==B)throw new l("unsupported keepAlive, use pipelining=0 instead")
if(void 0!==i)throw new l("unsupported socketTimeout, use headersTimeout & bodyTimeout instead")
if(void 0!==a)throw new l("unsupported requestTimeout, use headersTimeout & bodyTimeout instead")
if(void 0!==h)throw new l("unsupported idleTimeout, use keepAliveTimeout instead")
if(void 0!==I)throw new l("unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead")
if(null!=A&&!Number.isFinite(A))throw new l("invalid maxHeaderSize")
if(null!=m&&"string"!=typeof m)throw new l("invalid socketPath")
if(null!=c&&(!Number.isFinite(c)||c<0))throw new l("invalid connectTimeout")
if(null!=C&&(!Number.isFinite(C)||C<=0))throw new l("invalid keepAliveTimeout")
if(null!=f&&(!Number.isFinite(f)||f<=0))throw new l("invalid keepAliveMaxTimeout")
if(null!=p&&!Number.isFinite(p))throw new l("invalid keepAliveTimeoutThreshold")
if(null!=n&&(!Number.isInteger(n)||n<0))throw new l("headersTimeout must be a positive integer or zero")
if(null!=g&&(!Number.isInteger(g)||g<0))throw new l("bodyTimeout must be a positive integer or zero")
if(null!=P&&"function"!=typeof P&&"object"!=typeof P)throw new l("connect must be a function or an object")
if(null!=W&&(!Number.isInteger(W)||W<0))throw new l("maxRedirections must be a positive number")
if(null!=q&&(!Number.isInteger(q)||q<0))throw new l("maxRequestsPerClient must be a positive number")
if(null!=ee&&("string"!=typeof ee||0===s.isIP(ee)))throw new l("localAddress must be valid string IP address")
if(null!=te&&(!Number.isInteger(te)||te<-1))throw new l("maxResponseSize must be a positive number")
if(null!=re&&(!Number.isInteger(re)||re<-1))throw new l("autoSelectFamilyAttemptTimeout must be a positive number")
if(null!=ce&&"boolean"!=typeof ce)throw new l("allowH2 must be a valid boolean value")
if(null!=ae&&("number"!=typeof ae||ae<1))throw new l("maxConcurrentStreams must be a positive integer, greater than 0")
"function"!=typeof P&&(P=u({...k,maxCachedSessions:O,allowH2:ce,socketPath:m,timeout:c,...se?{autoSelectFamily:se,autoSelectFamilyAttemptTimeout:re}:void 0,...P})),t?.Client&&Array.isArray(t.Client)?(this[_]=t.Client,Ae||(Ae=!0,process.emitWarning("Client.Options#interceptor is deprecated. Use Dispatcher#compose instead.",{code:"UNDICI-CLIENT-INTERCEPTOR-DEPRECATED"}))):this[_]=[oe({maxRedirections:W})],this[E]=o.parseOrigin(e),this[J]=P,this[M]=null!=w?w:1,this[U]=A||r.maxHeaderSize,this[D]=null==C?4e3:C,this[L]=null==f?6e5:f,this[T]=null==p?2e3:p,this[v]=this[D],this[Q]=null,this[K]=null!=ee?ee:null,this[d]=0,this[b]=0,this[S]=`host: ${this[E].hostname}${this[E].port?`:${this[E].port}`:""}\r\n`,this[G]=null!=g?g:3e5,this[Y]=null!=n?n:3e5,this[x]=null==F||F,this[H]=W,this[V]=q,this[ne]=null,this[z]=te>-1?te:-1,this[$]=null!=ae?ae:100,this[j]=null,this[y]=[],this[N]=0,this[R]=0,this[X]=e=>le(this,e),this[Z]=e=>ie(this,e)}get pipelining(){return this[M]}set pipelining(e){this[M]=e,this[X](!0)}get[p](){return this[y].length-this[R]}get[f](){return this[R]-this[N]}get[m](){return this[y].length-this[N]}get[w](){return!!this[j]&&!this[k]&&!this[j].destroyed}get[C](){return Boolean(this[j]?.busy(null)||this[m]>=(re(this)||1)||this[p]>0)}[I](e){ae(this),this.once("connect",e)}[q](e,t){const A=e.origin||this[E].origin,n=new a(A,e,t)
return this[y].push(n),this[d]||(null==o.bodyLength(n.body)&&o.isIterable(n.body)?(this[d]=1,queueMicrotask(()=>le(this))):this[X](!0)),this[d]&&2!==this[b]&&this[C]&&(this[b]=2),this[b]<2}async[W](){return new Promise(e=>{this[m]?this[ne]=e:e(null)})}async[P](e){return new Promise(t=>{const A=this[y].splice(this[R])
for(let t=0;t<A.length;t++){const n=A[t]
o.errorRequest(this,n,e)}const n=()=>{this[ne]&&(this[ne](),this[ne]=null),t(null)}
this[j]?(this[j].destroy(e,n),this[j]=null):queueMicrotask(n),this[X]()})}}},1841:(e,t,A)=>{const n=A(4573),s=A(883),{ClientDestroyedError:r,ClientClosedError:o,InvalidArgumentError:i}=A(8707),{kDestroy:a,kClose:c,kClosed:l,kDestroyed:g,kDispatch:h,kInterceptors:u}=A(6443),E=Symbol("onDestroyed"),Q=Symbol("onClosed"),B=Symbol("Intercepted Dispatch"),C=Symbol("webSocketOptions"),I=Symbol("eventSourceOptions")
e.exports=class extends s{constructor(e){super(),this[g]=!1,this[E]=null,this[l]=!1,this[Q]=[],this[C]=e?.webSocket??{},this[I]=e?.eventSource??{}}get webSocketOptions(){return{maxFragments:this[C].maxFragments??131072,maxPayloadSize:this[C].maxPayloadSize??134217728}}get eventSourceOptions(){return{maxEventSize:this[I].maxEventSize??n.kStringMaxLength}}get destroyed(){return this[g]}get closed(){return this[l]}get interceptors(){return this[u]}set interceptors(e){if(e)for(let t=e.length-1;t>=0;t--){if("function"!=typeof this[u][t])throw new i("interceptor must be an function")}this[u]=e}close(e){if(void 0===e)return new Promise((e,t)=>{this.close((A,n)=>A?t(A):e(n))})
if("function"!=typeof e)throw new i("invalid callback")
if(this[g])return void queueMicrotask(()=>e(new r,null))
if(this[l])return void(this[Q]?this[Q].push(e):queueMicrotask(()=>e(null,null)))
this[l]=!0,this[Q].push(e)
const t=()=>{const e=this[Q]
this[Q]=null
for(let t=0;t<e.length;t++)e[t](null,null)}
this[c]().then(()=>this.destroy()).then(()=>{queueMicrotask(t)})}destroy(e,t){if("function"==typeof e&&(t=e,e=null),void 0===t)return new Promise((t,A)=>{this.destroy(e,(e,n)=>e?A(e):t(n))})
if("function"!=typeof t)throw new i("invalid callback")
if(this[g])return void(this[E]?this[E].push(t):queueMicrotask(()=>t(null,null)))
e||(e=new r),this[g]=!0,this[E]=this[E]||[],this[E].push(t)
const A=()=>{const e=this[E]
this[E]=null
for(let t=0;t<e.length;t++)e[t](null,null)}
this[a](e).then(()=>{queueMicrotask(A)})}[B](e,t){if(!this[u]||0===this[u].length)return this[B]=this[h],this[h](e,t)
let A=this[h].bind(this)
for(let e=this[u].length-1;e>=0;e--)A=this[u][e](A)
return this[B]=A,A(e,t)}dispatch(e,t){if(!t||"object"!=typeof t)throw new i("handler must be an object")
try{if(!e||"object"!=typeof e)throw new i("opts must be an object.")
if(this[g]||this[E])throw new r
if(this[l])throw new o
return this[B](e,t)}catch(e){if("function"!=typeof t.onError)throw new i("invalid onError method")
return t.onError(e),!1}}}},883:(e,t,A)=>{const n=A(8474)
class s extends n{dispatch(){throw new Error("not implemented")}close(){throw new Error("not implemented")}destroy(){throw new Error("not implemented")}compose(...e){const t=Array.isArray(e[0])?e[0]:e
let A=this.dispatch.bind(this)
for(const e of t)if(null!=e){if("function"!=typeof e)throw new TypeError("invalid interceptor, expected function received "+typeof e)
if(A=e(A),null==A||"function"!=typeof A||2!==A.length)throw new TypeError("invalid interceptor")}return new r(this,A)}}class r extends s{#A=null
#n=null
constructor(e,t){super(),this.#A=e,this.#n=t}dispatch(...e){this.#n(...e)}close(...e){return this.#A.close(...e)}destroy(...e){return this.#A.destroy(...e)}}e.exports=s},3137:(e,t,A)=>{const n=A(1841),{kClose:s,kDestroy:r,kClosed:o,kDestroyed:i,kDispatch:a,kNoProxyAgent:c,kHttpProxyAgent:l,kHttpsProxyAgent:g}=A(6443),h=A(6672),u=A(7405),E={"http:":80,"https:":443}
let Q=!1
e.exports=class extends n{#s=null
#r=null
#o=null
constructor(e={}){super(),this.#o=e,Q||(Q=!0,process.emitWarning("EnvHttpProxyAgent is experimental, expect them to change at any time.",{code:"UNDICI-EHPA"}))
const{httpProxy:t,httpsProxy:A,noProxy:n,...s}=e
this[c]=new u(s)
const r=t??process.env.http_proxy??process.env.HTTP_PROXY
this[l]=r?new h({...s,uri:r}):this[c]
const o=A??process.env.https_proxy??process.env.HTTPS_PROXY
this[g]=o?new h({...s,uri:o}):this[l],this.#i()}[a](e,t){const A=new URL(e.origin)
return this.#a(A).dispatch(e,t)}async[s](){await this[c].close(),this[l][o]||await this[l].close(),this[g][o]||await this[g].close()}async[r](e){await this[c].destroy(e),this[l][i]||await this[l].destroy(e),this[g][i]||await this[g].destroy(e)}#a(e){let{protocol:t,host:A,port:n}=e
return A=A.replace(/:\d*$/,"").toLowerCase(),n=Number.parseInt(n,10)||E[t]||0,this.#c(A,n)?"https:"===t?this[g]:this[l]:this[c]}#c(e,t){if(this.#l&&this.#i(),0===this.#r.length)return!0
if("*"===this.#s)return!1
for(let A=0;A<this.#r.length;A++){const n=this.#r[A]
if(!n.port||n.port===t)if(/^[.*]/.test(n.hostname)){if(e.endsWith(n.hostname.replace(/^\*/,"")))return!1}else if(e===n.hostname)return!1}return!0}#i(){const e=this.#o.noProxy??this.#g,t=e.split(/[,\s]/),A=[]
for(let e=0;e<t.length;e++){const n=t[e]
if(!n)continue
const s=n.match(/^(.+):(\d+)$/)
A.push({hostname:(s?s[1]:n).toLowerCase(),port:s?Number.parseInt(s[2],10):0})}this.#s=e,this.#r=A}get#l(){return void 0===this.#o.noProxy&&this.#s!==this.#g}get#g(){return process.env.no_proxy??process.env.NO_PROXY??""}}},4660:e=>{const t=2047
class A{constructor(){this.bottom=0,this.top=0,this.list=new Array(2048),this.next=null}isEmpty(){return this.top===this.bottom}isFull(){return(this.top+1&t)===this.bottom}push(e){this.list[this.top]=e,this.top=this.top+1&t}shift(){const e=this.list[this.bottom]
return void 0===e?null:(this.list[this.bottom]=void 0,this.bottom=this.bottom+1&t,e)}}e.exports=class{constructor(){this.head=this.tail=new A}isEmpty(){return this.head.isEmpty()}push(e){this.head.isFull()&&(this.head=this.head.next=new A),this.head.push(e)}shift(){const e=this.tail,t=e.shift()
return e.isEmpty()&&null!==e.next&&(this.tail=e.next),t}}},2128:(e,t,A)=>{const n=A(1841),s=A(4660),{kConnected:r,kSize:o,kRunning:i,kPending:a,kQueued:c,kBusy:l,kFree:g,kUrl:h,kClose:u,kDestroy:E,kDispatch:Q}=A(6443),B=A(3246),C=Symbol("clients"),I=Symbol("needDrain"),d=Symbol("queue"),f=Symbol("closed resolve"),p=Symbol("onDrain"),m=Symbol("onConnect"),y=Symbol("onDisconnect"),w=Symbol("onConnectionError"),k=Symbol("get dispatcher"),b=Symbol("add client"),D=Symbol("remove client"),S=Symbol("stats")
e.exports={PoolBase:class extends n{constructor(e){super(e),this[d]=new s,this[C]=[],this[c]=0
const t=this
this[p]=function(e,A){const n=t[d]
let s=!1
for(;!s;){const e=n.shift()
if(!e)break
t[c]--,s=!this.dispatch(e.opts,e.handler)}this[I]=s,!this[I]&&t[I]&&(t[I]=!1,t.emit("drain",e,[t,...A])),t[f]&&n.isEmpty()&&Promise.all(t[C].map(e=>e.close())).then(t[f])},this[m]=(e,A)=>{t.emit("connect",e,[t,...A])},this[y]=(e,A,n)=>{t.emit("disconnect",e,[t,...A],n)},this[w]=(e,A,n)=>{t.emit("connectionError",e,[t,...A],n)},this[S]=new B(this)}get[l](){return this[I]}get[r](){return this[C].filter(e=>e[r]).length}get[g](){return this[C].filter(e=>e[r]&&!e[I]).length}get[a](){let e=this[c]
for(const{[a]:t}of this[C])e+=t
return e}get[i](){let e=0
for(const{[i]:t}of this[C])e+=t
return e}get[o](){let e=this[c]
for(const{[o]:t}of this[C])e+=t
return e}get stats(){return this[S]}async[u](){this[d].isEmpty()?await Promise.all(this[C].map(e=>e.close())):await new Promise(e=>{this[f]=e})}async[E](e){for(;;){const t=this[d].shift()
if(!t)break
t.handler.onError(e)}await Promise.all(this[C].map(t=>t.destroy(e)))}[Q](e,t){const A=this[k]()
return A?A.dispatch(e,t)||(A[I]=!0,this[I]=!this[k]()):(this[I]=!0,this[d].push({opts:e,handler:t}),this[c]++),!this[I]}[b](e){return e.on("drain",this[p]).on("connect",this[m]).on("disconnect",this[y]).on("connectionError",this[w]),this[C].push(e),this[I]&&queueMicrotask(()=>{this[I]&&this[p](e[h],[this,e])}),this}[D](e){e.close(()=>{const t=this[C].indexOf(e);-1!==t&&this[C].splice(t,1)}),this[I]=this[C].some(e=>!e[I]&&!0!==e.closed&&!0!==e.destroyed)}},kClients:C,kNeedDrain:I,kAddClient:b,kRemoveClient:D,kGetDispatcher:k}},3246:(e,t,A)=>{const{kFree:n,kConnected:s,kPending:r,kQueued:o,kRunning:i,kSize:a}=A(6443),c=Symbol("pool")
e.exports=class{constructor(e){this[c]=e}get connected(){return this[c][s]}get free(){return this[c][n]}get pending(){return this[c][r]}get queued(){return this[c][o]}get running(){return this[c][i]}get size(){return this[c][a]}}},628:(e,t,A)=>{const{PoolBase:n,kClients:s,kNeedDrain:r,kAddClient:o,kGetDispatcher:i}=A(2128),a=A(3701),{InvalidArgumentError:c}=A(8707),l=A(3440),{kUrl:g,kInterceptors:h}=A(6443),u=A(9136),E=Symbol("options"),Q=Symbol("connections"),B=Symbol("factory")
function C(e,t){return new a(e,t)}e.exports=class extends n{constructor(e,{connections:t,factory:A=C,connect:n,connectTimeout:r,tls:o,maxCachedSessions:i,socketPath:a,autoSelectFamily:I,autoSelectFamilyAttemptTimeout:d,allowH2:f,...p}={}){if(null!=t&&(!Number.isFinite(t)||t<0))throw new c("invalid connections")
if("function"!=typeof A)throw new c("factory must be a function.")
if(null!=n&&"function"!=typeof n&&"object"!=typeof n)throw new c("connect must be a function or an object")
"function"!=typeof n&&(n=u({...o,maxCachedSessions:i,allowH2:f,socketPath:a,timeout:r,...I?{autoSelectFamily:I,autoSelectFamilyAttemptTimeout:d}:void 0,...n})),super(p),this[h]=p.interceptors?.Pool&&Array.isArray(p.interceptors.Pool)?p.interceptors.Pool:[],this[Q]=t||null,this[g]=l.parseOrigin(e),this[E]={...l.deepClone(p),connect:n,allowH2:f},this[E].interceptors=p.interceptors?{...p.interceptors}:void 0,this[B]=A,this.on("connectionError",(e,t,A)=>{for(const e of t){const t=this[s].indexOf(e);-1!==t&&this[s].splice(t,1)}})}[i](){for(const e of this[s])if(!e[r])return e
if(!this[Q]||this[s].length<this[Q]){const e=this[B](this[g],this[E])
return this[o](e),e}}}},6672:(e,t,A)=>{const{kProxy:n,kClose:s,kDestroy:r,kDispatch:o,kInterceptors:i}=A(6443),{URL:a}=A(3136),c=A(7405),l=A(628),g=A(1841),{InvalidArgumentError:h,RequestAbortedError:u,SecureProxyConnectionError:E}=A(8707),Q=A(9136),B=A(3701),C=Symbol("proxy agent"),I=Symbol("proxy client"),d=Symbol("proxy headers"),f=Symbol("request tls settings"),p=Symbol("proxy tls settings"),m=Symbol("connect endpoint function"),y=Symbol("tunnel proxy")
function w(e,t){return new l(e,t)}const k=()=>{}
function b(e,t){return 1===t.connections?new B(e,t):new l(e,t)}class D extends g{#h
constructor(e,{headers:t={},connect:A,factory:n}){if(super(),!e)throw new h("Proxy URL is mandatory")
this[d]=t,this.#h=n?n(e,{connect:A}):new B(e,{connect:A})}[o](e,t){const A=t.onHeaders
t.onHeaders=function(e,n,s){407!==e?A&&A.call(this,e,n,s):"function"==typeof t.onError&&t.onError(new h("Proxy Authentication Required (407)"))}
const{origin:n,path:s="/",headers:r={}}=e
if(e.path=n+s,!("host"in r)&&!("Host"in r)){const{host:e}=new a(n)
r.host=e}return e.headers={...this[d],...r},this.#h[o](e,t)}async[s](){return this.#h.close()}async[r](e){return this.#h.destroy(e)}}e.exports=class extends g{constructor(e){if(super(),!e||"object"==typeof e&&!(e instanceof a)&&!e.uri)throw new h("Proxy uri is mandatory")
const{clientFactory:t=w}=e
if("function"!=typeof t)throw new h("Proxy opts.clientFactory must be a function.")
const{proxyTunnel:A=!0}=e,s=this.#u(e),{href:r,origin:o,port:l,protocol:g,username:B,password:S,hostname:R}=s
if(this[n]={uri:r,protocol:g},this[i]=e.interceptors?.ProxyAgent&&Array.isArray(e.interceptors.ProxyAgent)?e.interceptors.ProxyAgent:[],this[f]=e.requestTls,this[p]=e.proxyTls,this[d]=e.headers||{},this[y]=A,e.auth&&e.token)throw new h("opts.auth cannot be used in combination with opts.token")
e.auth?this[d]["proxy-authorization"]=`Basic ${e.auth}`:e.token?this[d]["proxy-authorization"]=e.token:B&&S&&(this[d]["proxy-authorization"]=`Basic ${Buffer.from(`${decodeURIComponent(B)}:${decodeURIComponent(S)}`).toString("base64")}`)
const N=Q({...e.proxyTls})
this[m]=Q({...e.requestTls})
const F=e.factory||b
this[I]=t(s,{connect:N}),this[C]=new c({...e,factory:(e,t)=>{const{protocol:A}=new a(e)
return this[y]||"http:"!==A||"http:"!==this[n].protocol?F(e,t):new D(this[n].uri,{headers:this[d],connect:N,factory:F})},connect:async(e,t)=>{let A=e.host
e.port||(A+=`:${function(e){return"https:"===e?443:80}(e.protocol)}`)
try{const{socket:n,statusCode:s}=await this[I].connect({origin:o,port:l,path:A,signal:e.signal,headers:{...this[d],host:e.host},servername:this[p]?.servername||R})
if(200!==s&&(n.on("error",k).destroy(),t(new u(`Proxy response (${s}) !== 200 when HTTP Tunneling`))),"https:"!==e.protocol)return void t(null,n)
let r
r=this[f]?this[f].servername:e.servername,this[m]({...e,servername:r,httpSocket:n},t)}catch(e){"ERR_TLS_CERT_ALTNAME_INVALID"===e.code?t(new E(e)):t(e)}}})}dispatch(e,t){const A=function(e){if(Array.isArray(e)){const t={}
for(let A=0;A<e.length;A+=2)t[e[A]]=e[A+1]
return t}return e}(e.headers)
if(function(e){const t=e&&Object.keys(e).find(e=>"proxy-authorization"===e.toLowerCase())
if(t)throw new h("Proxy-Authorization should be sent in ProxyAgent constructor")}(A),A&&!("host"in A)&&!("Host"in A)){const{host:t}=new a(e.origin)
A.host=t}return this[C].dispatch({...e,headers:A},t)}#u(e){return"string"==typeof e?new a(e):e instanceof a?e:new a(e.uri)}async[s](){await this[C].close(),await this[I].close()}async[r](){await this[C].destroy(),await this[I].destroy()}}},50:(e,t,A)=>{const n=A(883),s=A(7816)
e.exports=class extends n{#E=null
#Q=null
constructor(e,t={}){super(t),this.#E=e,this.#Q=t}dispatch(e,t){const A=new s({...e,retryOptions:this.#Q},{dispatch:this.#E.dispatch.bind(this.#E),handler:t})
return this.#E.dispatch(e,A)}close(){return this.#E.close()}destroy(){return this.#E.destroy()}}},2581:(e,t,A)=>{const n=Symbol.for("undici.globalDispatcher.1"),{InvalidArgumentError:s}=A(8707),r=A(7405)
function o(e){if(!e||"function"!=typeof e.dispatch)throw new s("Argument agent must implement Agent")
Object.defineProperty(globalThis,n,{value:e,writable:!0,enumerable:!1,configurable:!1})}function i(){return globalThis[n]}void 0===i()&&o(new r),e.exports={setGlobalDispatcher:o,getGlobalDispatcher:i}},8155:e=>{e.exports=class{#B
constructor(e){if("object"!=typeof e||null===e)throw new TypeError("handler must be an object")
this.#B=e}onConnect(...e){return this.#B.onConnect?.(...e)}onError(...e){return this.#B.onError?.(...e)}onUpgrade(...e){return this.#B.onUpgrade?.(...e)}onResponseStarted(...e){return this.#B.onResponseStarted?.(...e)}onHeaders(...e){return this.#B.onHeaders?.(...e)}onData(...e){return this.#B.onData?.(...e)}onComplete(...e){return this.#B.onComplete?.(...e)}onBodySent(...e){return this.#B.onBodySent?.(...e)}}},8754:(e,t,A)=>{const n=A(3440),{kBodyUsed:s}=A(6443),r=A(4589),{InvalidArgumentError:o}=A(8707),i=A(8474),a=[300,301,302,303,307,308],c=Symbol("body")
class l{constructor(e){this[c]=e,this[s]=!1}async*[Symbol.asyncIterator](){r(!this[s],"disturbed"),this[s]=!0,yield*this[c]}}function g(e,t,A){if(4===e.length)return"host"===n.headerNameToString(e)
if(t&&n.headerNameToString(e).startsWith("content-"))return!0
if(A&&(13===e.length||6===e.length||19===e.length)){const t=n.headerNameToString(e)
return"authorization"===t||"cookie"===t||"proxy-authorization"===t}return!1}e.exports=class{constructor(e,t,A,a){if(null!=t&&(!Number.isInteger(t)||t<0))throw new o("maxRedirections must be a positive number")
n.validateHandler(a,A.method,A.upgrade),this.dispatch=e,this.location=null,this.abort=null,this.opts={...A,maxRedirections:0},this.maxRedirections=t,this.handler=a,this.history=[],this.redirectionLimitReached=!1,n.isStream(this.opts.body)?(0===n.bodyLength(this.opts.body)&&this.opts.body.on("data",function(){r(!1)}),"boolean"!=typeof this.opts.body.readableDidRead&&(this.opts.body[s]=!1,i.prototype.on.call(this.opts.body,"data",function(){this[s]=!0}))):(this.opts.body&&"function"==typeof this.opts.body.pipeTo||this.opts.body&&"string"!=typeof this.opts.body&&!ArrayBuffer.isView(this.opts.body)&&n.isIterable(this.opts.body))&&(this.opts.body=new l(this.opts.body))}onConnect(e){this.abort=e,this.handler.onConnect(e,{history:this.history})}onUpgrade(e,t,A){this.handler.onUpgrade(e,t,A)}onError(e){this.handler.onError(e)}onHeaders(e,t,A,s){if(this.location=this.history.length>=this.maxRedirections||n.isDisturbed(this.opts.body)?null:function(e,t){if(-1===a.indexOf(e))return null
for(let e=0;e<t.length;e+=2)if(8===t[e].length&&"location"===n.headerNameToString(t[e]))return t[e+1]}(e,t),this.opts.throwOnMaxRedirect&&this.history.length>=this.maxRedirections)return this.request&&this.request.abort(new Error("max redirects")),this.redirectionLimitReached=!0,void this.abort(new Error("max redirects"))
if(this.opts.origin&&this.history.push(new URL(this.opts.path,this.opts.origin)),!this.location)return this.handler.onHeaders(e,t,A,s)
const{origin:o,pathname:i,search:c}=n.parseURL(new URL(this.location,this.opts.origin&&new URL(this.opts.path,this.opts.origin))),l=c?`${i}${c}`:i
this.opts.headers=function(e,t,A){const n=[]
if(Array.isArray(e))for(let s=0;s<e.length;s+=2)g(e[s],t,A)||n.push(e[s],e[s+1])
else if(e&&"object"==typeof e)for(const s of Object.keys(e))g(s,t,A)||n.push(s,e[s])
else r(null==e,"headers must be an object or an array")
return n}(this.opts.headers,303===e,this.opts.origin!==o),this.opts.path=l,this.opts.origin=o,this.opts.maxRedirections=0,this.opts.query=null,303===e&&"HEAD"!==this.opts.method&&(this.opts.method="GET",this.opts.body=null)}onData(e){if(!this.location)return this.handler.onData(e)}onComplete(e){this.location?(this.location=null,this.abort=null,this.dispatch(this.opts,this)):this.handler.onComplete(e)}onBodySent(e){this.handler.onBodySent&&this.handler.onBodySent(e)}}},7816:(e,t,A)=>{const n=A(4589),{kRetryHandlerDefaultRetry:s}=A(6443),{RequestRetryError:r}=A(8707),{isDisturbed:o,parseHeaders:i,parseRangeHeader:a,wrapRequestBody:c}=A(3440)
function l(e,t,A,n){const s=e["content-length"]
if(null==s)return null
if(!Number.isFinite(t.start)||!Number.isFinite(t.end))return null
const o=Number(s),i=t.end-t.start+1
return Number.isFinite(o)&&o===i?null:new r("Content-Length mismatch",A,{headers:e,data:{count:n}})}class g{constructor(e,t){const{retryOptions:A,...n}=e,{retry:r,maxRetries:o,maxTimeout:i,minTimeout:a,timeoutFactor:l,methods:h,errorCodes:u,retryAfter:E,statusCodes:Q}=A??{}
this.dispatch=t.dispatch,this.handler=t.handler,this.opts={...n,body:c(e.body)},this.abort=null,this.aborted=!1,this.retryOpts={retry:r??g[s],retryAfter:E??!0,maxTimeout:i??3e4,minTimeout:a??500,timeoutFactor:l??2,maxRetries:o??5,methods:h??["GET","HEAD","OPTIONS","PUT","DELETE","TRACE"],statusCodes:Q??[500,502,503,504,429],errorCodes:u??["ECONNRESET","ECONNREFUSED","ENOTFOUND","ENETDOWN","ENETUNREACH","EHOSTDOWN","EHOSTUNREACH","EPIPE","UND_ERR_SOCKET"]},this.retryCount=0,this.retryCountCheckpoint=0,this.start=0,this.end=null,this.etag=null,this.resume=null,this.headersSent=!1,this.handler.onConnect(e=>{this.aborted=!0,this.abort?this.abort(e):this.reason=e})}checkpointResponseEnd(e,t){if(null==this.end&&"HEAD"!==this.opts.method){const t=e["content-length"]
this.end=null!=t?Number(t)-1:null,n(null==this.end||Number.isFinite(this.end),"invalid content-length")}this.resume=null!=this.end?t:null}onRequestSent(){this.handler.onRequestSent&&this.handler.onRequestSent()}onUpgrade(e,t,A){this.handler.onUpgrade&&this.handler.onUpgrade(e,t,A)}onConnect(e){this.aborted?e(this.reason):this.abort=e}onBodySent(e){if(this.handler.onBodySent)return this.handler.onBodySent(e)}static[s](e,{state:t,opts:A},n){const{statusCode:s,code:r,headers:o}=e,{method:i,retryOptions:a}=A,{maxRetries:c,minTimeout:l,maxTimeout:g,timeoutFactor:h,statusCodes:u,errorCodes:E,methods:Q}=a,{counter:B}=t
if(r&&"UND_ERR_REQ_RETRY"!==r&&!E.includes(r))return void n(e)
if(Array.isArray(Q)&&!Q.includes(i))return void n(e)
if(null!=s&&Array.isArray(u)&&!u.includes(s))return void n(e)
if(B>c)return void n(e)
let C=o?.["retry-after"]
C&&(C=Number(C),C=Number.isNaN(C)?function(e){const t=Date.now()
return new Date(e).getTime()-t}(C):1e3*C)
const I=C>0?Math.min(C,g):Math.min(l*h**(B-1),g)
setTimeout(()=>n(null),I)}onHeaders(e,t,A,s){const o=i(t)
if(this.retryCount+=1,e>=300)return this.headersSent||!1!==this.retryOpts.statusCodes.includes(e)?(this.abort(new r("Request failed",e,{headers:o,data:{count:this.retryCount}})),!1):(this.headersSent=!0,this.checkpointResponseEnd(o,A),this.handler.onHeaders(e,t,A,s))
if(null!=this.resume){if(this.resume=null,206!==e&&(this.start>0||200!==e))return this.abort(new r("server does not support the range header and the payload was partially consumed",e,{headers:o,data:{count:this.retryCount}})),!1
const t=a(o["content-range"])
if(!t)return this.abort(new r("Content-Range mismatch",e,{headers:o,data:{count:this.retryCount}})),!1
if(null!=this.etag&&this.etag!==o.etag)return this.abort(new r("ETag mismatch",e,{headers:o,data:{count:this.retryCount}})),!1
const n=l(o,t,e,this.retryCount)
if(null!=n)return this.abort(n),!1
const{start:s,size:i,end:c=i-1}=t
return this.start!==s||null!=this.end&&this.end!==c?(this.abort(new r("Content-Range mismatch",e,{headers:o,data:{count:this.retryCount}})),!1):(this.resume=A,!0)}if(null==this.end){if(206===e){const r=a(o["content-range"])
if(null==r)return this.headersSent=!0,this.handler.onHeaders(e,t,A,s)
const i=l(o,r,e,this.retryCount)
if(null!=i)return this.abort(i),!1
const{start:c,size:g,end:h=g-1}=r
n(null!=c&&Number.isFinite(c),"content-range mismatch"),n(null!=h&&Number.isFinite(h),"invalid content-length"),this.start=c,this.end=h}if(null==this.end){const e=o["content-length"]
this.end=null!=e?Number(e)-1:null}return n(Number.isFinite(this.start)),n(null==this.end||Number.isFinite(this.end),"invalid content-length"),this.resume=A,this.headersSent=!0,this.etag=null!=o.etag?o.etag:null,null!=this.etag&&this.etag.startsWith("W/")&&(this.etag=null),this.handler.onHeaders(e,t,A,s)}const c=new r("Request failed",e,{headers:o,data:{count:this.retryCount}})
return this.abort(c),!1}onData(e){return this.start+=e.length,this.handler.onData(e)}onComplete(e){return this.retryCount=0,this.handler.onComplete(e)}onError(e){if(this.aborted||o(this.opts.body)||this.headersSent&&null==this.resume)return this.handler.onError(e)
this.retryCount-this.retryCountCheckpoint>0?this.retryCount=this.retryCountCheckpoint+(this.retryCount-this.retryCountCheckpoint):this.retryCount+=1,this.retryOpts.retry(e,{state:{counter:this.retryCount},opts:{retryOptions:this.retryOpts,...this.opts}},function(e){if(null!=e||this.aborted||o(this.opts.body))return this.handler.onError(e)
if(0!==this.start){const e={range:`bytes=${this.start}-${this.end??""}`}
null!=this.etag&&(e["if-match"]=this.etag),this.opts={...this.opts,headers:{...this.opts.headers,...e}}}try{this.retryCountCheckpoint=this.retryCount,this.dispatch(this.opts,this)}catch(e){this.handler.onError(e)}}.bind(this))}}e.exports=g},379:(e,t,A)=>{const{isIP:n}=A(7030),{lookup:s}=A(610),r=A(8155),{InvalidArgumentError:o,InformationalError:i}=A(8707),a=Math.pow(2,31)-1
class c{#C=0
#I=0
#d=new Map
dualStack=!0
affinity=null
lookup=null
pick=null
constructor(e){this.#C=e.maxTTL,this.#I=e.maxItems,this.dualStack=e.dualStack,this.affinity=e.affinity,this.lookup=e.lookup??this.#f,this.pick=e.pick??this.#p}get full(){return this.#d.size===this.#I}runLookup(e,t,A){const n=this.#d.get(e.hostname)
if(null==n&&this.full)return void A(null,e.origin)
const s={affinity:this.affinity,dualStack:this.dualStack,lookup:this.lookup,pick:this.pick,...t.dns,maxTTL:this.#C,maxItems:this.#I}
if(null==n)this.lookup(e,s,(t,n)=>{if(t||null==n||0===n.length)return void A(t??new i("No DNS entries found"))
this.setRecords(e,n)
const r=this.#d.get(e.hostname),o=this.pick(e,r,s.affinity)
let a
a="number"==typeof o.port?`:${o.port}`:""!==e.port?`:${e.port}`:"",A(null,`${e.protocol}//${6===o.family?`[${o.address}]`:o.address}${a}`)})
else{const r=this.pick(e,n,s.affinity)
if(null==r)return this.#d.delete(e.hostname),void this.runLookup(e,t,A)
let o
o="number"==typeof r.port?`:${r.port}`:""!==e.port?`:${e.port}`:"",A(null,`${e.protocol}//${6===r.family?`[${r.address}]`:r.address}${o}`)}}#f(e,t,A){s(e.hostname,{all:!0,family:!1===this.dualStack?this.affinity:0,order:"ipv4first"},(e,t)=>{if(e)return A(e)
const n=new Map
for(const e of t)n.set(`${e.address}:${e.family}`,e)
A(null,n.values())})}#p(e,t,A){let n=null
const{records:s,offset:r}=t
let o
if(this.dualStack?(null==A&&(null==r||r===a?(t.offset=0,A=4):(t.offset++,A=1&~t.offset?4:6)),o=null!=s[A]&&s[A].ips.length>0?s[A]:s[4===A?6:4]):o=s[A],null==o||0===o.ips.length)return n
null==o.offset||o.offset===a?o.offset=0:o.offset++
const i=o.offset%o.ips.length
return n=o.ips[i]??null,null==n?n:Date.now()-n.timestamp>n.ttl?(o.ips.splice(i,1),this.pick(e,t,A)):n}setRecords(e,t){const A=Date.now(),n={records:{4:null,6:null}}
for(const e of t){e.timestamp=A,"number"==typeof e.ttl?e.ttl=Math.min(e.ttl,this.#C):e.ttl=this.#C
const t=n.records[e.family]??{ips:[]}
t.ips.push(e),n.records[e.family]=t}this.#d.set(e.hostname,n)}getHandler(e,t){return new l(this,e,t)}}class l extends r{#m=null
#o=null
#n=null
#B=null
#y=null
constructor(e,{origin:t,handler:A,dispatch:n},s){super(A),this.#y=t,this.#B=A,this.#o={...s},this.#m=e,this.#n=n}onError(e){switch(e.code){case"ETIMEDOUT":case"ECONNREFUSED":return this.#m.dualStack?void this.#m.runLookup(this.#y,this.#o,(e,t)=>{if(e)return this.#B.onError(e)
const A={...this.#o,origin:t}
this.#n(A,this)}):void this.#B.onError(e)
case"ENOTFOUND":this.#m.deleteRecord(this.#y)
default:this.#B.onError(e)}}}e.exports=e=>{if(null!=e?.maxTTL&&("number"!=typeof e?.maxTTL||e?.maxTTL<0))throw new o("Invalid maxTTL. Must be a positive number")
if(null!=e?.maxItems&&("number"!=typeof e?.maxItems||e?.maxItems<1))throw new o("Invalid maxItems. Must be a positive number and greater than zero")
if(null!=e?.affinity&&4!==e?.affinity&&6!==e?.affinity)throw new o("Invalid affinity. Must be either 4 or 6")
if(null!=e?.dualStack&&"boolean"!=typeof e?.dualStack)throw new o("Invalid dualStack. Must be a boolean")
if(null!=e?.lookup&&"function"!=typeof e?.lookup)throw new o("Invalid lookup. Must be a function")
if(null!=e?.pick&&"function"!=typeof e?.pick)throw new o("Invalid pick. Must be a function")
const t=e?.dualStack??!0
let A
A=t?e?.affinity??null:e?.affinity??4
const s=new c({maxTTL:e?.maxTTL??1e4,lookup:e?.lookup??null,pick:e?.pick??null,dualStack:t,affinity:A,maxItems:e?.maxItems??1/0})
return e=>function(t,A){const r=t.origin.constructor===URL?t.origin:new URL(t.origin)
return 0!==n(r.hostname)?e(t,A):(s.runLookup(r,t,(n,o)=>{if(n)return A.onError(n)
let i=null
i={...t,servername:r.hostname,origin:o,headers:{host:r.hostname,...t.headers}},e(i,s.getHandler({origin:r,dispatch:e,handler:A},t))}),!0)}}},8060:(e,t,A)=>{const n=A(3440),{InvalidArgumentError:s,RequestAbortedError:r}=A(8707),o=A(8155)
class i extends o{#w=1048576
#k=null
#b=!1
#D=!1
#S=0
#R=null
#B=null
constructor({maxSize:e},t){if(super(t),null!=e&&(!Number.isFinite(e)||e<1))throw new s("maxSize must be a number greater than 0")
this.#w=e??this.#w,this.#B=t}onConnect(e){this.#k=e,this.#B.onConnect(this.#N.bind(this))}#N(e){this.#D=!0,this.#R=e}onHeaders(e,t,A,s){const o=n.parseHeaders(t)["content-length"]
if(null!=o&&o>this.#w)throw new r(`Response size (${o}) larger than maxSize (${this.#w})`)
return!!this.#D||this.#B.onHeaders(e,t,A,s)}onError(e){this.#b||(e=this.#R??e,this.#B.onError(e))}onData(e){return this.#S=this.#S+e.length,this.#S>=this.#w&&(this.#b=!0,this.#D?this.#B.onError(this.#R):this.#B.onComplete([])),!0}onComplete(e){this.#b||(this.#D?this.#B.onError(this.reason):this.#B.onComplete(e))}}e.exports=function({maxSize:e}={maxSize:1048576}){return t=>function(A,n){const{dumpMaxSize:s=e}=A,r=new i({maxSize:s},n)
return t(A,r)}}},5092:(e,t,A)=>{const n=A(8754)
e.exports=function({maxRedirections:e}){return t=>function(A,s){const{maxRedirections:r=e}=A
if(!r)return t(A,s)
const o=new n(t,r,A,s)
return A={...A,maxRedirections:0},t(A,o)}}},1514:(e,t,A)=>{const n=A(8754)
e.exports=e=>{const t=e?.maxRedirections
return e=>function(A,s){const{maxRedirections:r=t,...o}=A
if(!r)return e(A,s)
const i=new n(e,r,A,s)
return e(o,i)}}},2026:(e,t,A)=>{const n=A(7816)
e.exports=e=>t=>function(A,s){return t(A,new n({...A,retryOptions:{...e,...A.retryOptions}},{handler:s,dispatch:t}))}},2824:(e,t,A)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.SPECIAL_HEADERS=t.HEADER_STATE=t.MINOR=t.MAJOR=t.CONNECTION_TOKEN_CHARS=t.HEADER_CHARS=t.TOKEN=t.STRICT_TOKEN=t.HEX=t.URL_CHAR=t.STRICT_URL_CHAR=t.USERINFO_CHARS=t.MARK=t.ALPHANUM=t.NUM=t.HEX_MAP=t.NUM_MAP=t.ALPHA=t.FINISH=t.H_METHOD_MAP=t.METHOD_MAP=t.METHODS_RTSP=t.METHODS_ICE=t.METHODS_HTTP=t.METHODS=t.LENIENT_FLAGS=t.FLAGS=t.TYPE=t.ERROR=void 0
const n=A(172)
var s,r
!function(e){e[e.OK=0]="OK",e[e.INTERNAL=1]="INTERNAL",e[e.STRICT=2]="STRICT",e[e.LF_EXPECTED=3]="LF_EXPECTED",e[e.UNEXPECTED_CONTENT_LENGTH=4]="UNEXPECTED_CONTENT_LENGTH",e[e.CLOSED_CONNECTION=5]="CLOSED_CONNECTION",e[e.INVALID_METHOD=6]="INVALID_METHOD",e[e.INVALID_URL=7]="INVALID_URL",e[e.INVALID_CONSTANT=8]="INVALID_CONSTANT",e[e.INVALID_VERSION=9]="INVALID_VERSION",e[e.INVALID_HEADER_TOKEN=10]="INVALID_HEADER_TOKEN",e[e.INVALID_CONTENT_LENGTH=11]="INVALID_CONTENT_LENGTH",e[e.INVALID_CHUNK_SIZE=12]="INVALID_CHUNK_SIZE",e[e.INVALID_STATUS=13]="INVALID_STATUS",e[e.INVALID_EOF_STATE=14]="INVALID_EOF_STATE",e[e.INVALID_TRANSFER_ENCODING=15]="INVALID_TRANSFER_ENCODING",e[e.CB_MESSAGE_BEGIN=16]="CB_MESSAGE_BEGIN",e[e.CB_HEADERS_COMPLETE=17]="CB_HEADERS_COMPLETE",e[e.CB_MESSAGE_COMPLETE=18]="CB_MESSAGE_COMPLETE",e[e.CB_CHUNK_HEADER=19]="CB_CHUNK_HEADER",e[e.CB_CHUNK_COMPLETE=20]="CB_CHUNK_COMPLETE",e[e.PAUSED=21]="PAUSED",e[e.PAUSED_UPGRADE=22]="PAUSED_UPGRADE",e[e.PAUSED_H2_UPGRADE=23]="PAUSED_H2_UPGRADE",e[e.USER=24]="USER"}(t.ERROR||(t.ERROR={})),function(e){e[e.BOTH=0]="BOTH",e[e.REQUEST=1]="REQUEST",e[e.RESPONSE=2]="RESPONSE"}(t.TYPE||(t.TYPE={})),function(e){e[e.CONNECTION_KEEP_ALIVE=1]="CONNECTION_KEEP_ALIVE",e[e.CONNECTION_CLOSE=2]="CONNECTION_CLOSE",e[e.CONNECTION_UPGRADE=4]="CONNECTION_UPGRADE",e[e.CHUNKED=8]="CHUNKED",e[e.UPGRADE=16]="UPGRADE",e[e.CONTENT_LENGTH=32]="CONTENT_LENGTH",e[e.SKIPBODY=64]="SKIPBODY",e[e.TRAILING=128]="TRAILING",e[e.TRANSFER_ENCODING=512]="TRANSFER_ENCODING"}(t.FLAGS||(t.FLAGS={})),function(e){e[e.HEADERS=1]="HEADERS",e[e.CHUNKED_LENGTH=2]="CHUNKED_LENGTH",e[e.KEEP_ALIVE=4]="KEEP_ALIVE"}(t.LENIENT_FLAGS||(t.LENIENT_FLAGS={})),function(e){e[e.DELETE=0]="DELETE",e[e.GET=1]="GET",e[e.HEAD=2]="HEAD",e[e.POST=3]="POST",e[e.PUT=4]="PUT",e[e.CONNECT=5]="CONNECT",e[e.OPTIONS=6]="OPTIONS",e[e.TRACE=7]="TRACE",e[e.COPY=8]="COPY",e[e.LOCK=9]="LOCK",e[e.MKCOL=10]="MKCOL",e[e.MOVE=11]="MOVE",e[e.PROPFIND=12]="PROPFIND",e[e.PROPPATCH=13]="PROPPATCH",e[e.SEARCH=14]="SEARCH",e[e.UNLOCK=15]="UNLOCK",e[e.BIND=16]="BIND",e[e.REBIND=17]="REBIND",e[e.UNBIND=18]="UNBIND",e[e.ACL=19]="ACL",e[e.REPORT=20]="REPORT",e[e.MKACTIVITY=21]="MKACTIVITY",e[e.CHECKOUT=22]="CHECKOUT",e[e.MERGE=23]="MERGE",e[e["M-SEARCH"]=24]="M-SEARCH",e[e.NOTIFY=25]="NOTIFY",e[e.SUBSCRIBE=26]="SUBSCRIBE",e[e.UNSUBSCRIBE=27]="UNSUBSCRIBE",e[e.PATCH=28]="PATCH",e[e.PURGE=29]="PURGE",e[e.MKCALENDAR=30]="MKCALENDAR",e[e.LINK=31]="LINK",e[e.UNLINK=32]="UNLINK",e[e.SOURCE=33]="SOURCE",e[e.PRI=34]="PRI",e[e.DESCRIBE=35]="DESCRIBE",e[e.ANNOUNCE=36]="ANNOUNCE",e[e.SETUP=37]="SETUP",e[e.PLAY=38]="PLAY",e[e.PAUSE=39]="PAUSE",e[e.TEARDOWN=40]="TEARDOWN",e[e.GET_PARAMETER=41]="GET_PARAMETER",e[e.SET_PARAMETER=42]="SET_PARAMETER",e[e.REDIRECT=43]="REDIRECT",e[e.RECORD=44]="RECORD",e[e.FLUSH=45]="FLUSH"}(s=t.METHODS||(t.METHODS={})),t.METHODS_HTTP=[s.DELETE,s.GET,s.HEAD,s.POST,s.PUT,s.CONNECT,s.OPTIONS,s.TRACE,s.COPY,s.LOCK,s.MKCOL,s.MOVE,s.PROPFIND,s.PROPPATCH,s.SEARCH,s.UNLOCK,s.BIND,s.REBIND,s.UNBIND,s.ACL,s.REPORT,s.MKACTIVITY,s.CHECKOUT,s.MERGE,s["M-SEARCH"],s.NOTIFY,s.SUBSCRIBE,s.UNSUBSCRIBE,s.PATCH,s.PURGE,s.MKCALENDAR,s.LINK,s.UNLINK,s.PRI,s.SOURCE],t.METHODS_ICE=[s.SOURCE],t.METHODS_RTSP=[s.OPTIONS,s.DESCRIBE,s.ANNOUNCE,s.SETUP,s.PLAY,s.PAUSE,s.TEARDOWN,s.GET_PARAMETER,s.SET_PARAMETER,s.REDIRECT,s.RECORD,s.FLUSH,s.GET,s.POST],t.METHOD_MAP=n.enumToMap(s),t.H_METHOD_MAP={},Object.keys(t.METHOD_MAP).forEach(e=>{/^H/.test(e)&&(t.H_METHOD_MAP[e]=t.METHOD_MAP[e])}),function(e){e[e.SAFE=0]="SAFE",e[e.SAFE_WITH_CB=1]="SAFE_WITH_CB",e[e.UNSAFE=2]="UNSAFE"}(t.FINISH||(t.FINISH={})),t.ALPHA=[]
for(let e="A".charCodeAt(0);e<="Z".charCodeAt(0);e++)t.ALPHA.push(String.fromCharCode(e)),t.ALPHA.push(String.fromCharCode(e+32))
t.NUM_MAP={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9},t.HEX_MAP={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},t.NUM=["0","1","2","3","4","5","6","7","8","9"],t.ALPHANUM=t.ALPHA.concat(t.NUM),t.MARK=["-","_",".","!","~","*","'","(",")"],t.USERINFO_CHARS=t.ALPHANUM.concat(t.MARK).concat(["%",";",":","&","=","+","$",","]),t.STRICT_URL_CHAR=["!",'"',"$","%","&","'","(",")","*","+",",","-",".","/",":",";","<","=",">","@","[","\\","]","^","_","`","{","|","}","~"].concat(t.ALPHANUM),t.URL_CHAR=t.STRICT_URL_CHAR.concat(["\t","\f"])
for(let e=128;e<=255;e++)t.URL_CHAR.push(e)
t.HEX=t.NUM.concat(["a","b","c","d","e","f","A","B","C","D","E","F"]),t.STRICT_TOKEN=["!","#","$","%","&","'","*","+","-",".","^","_","`","|","~"].concat(t.ALPHANUM),t.TOKEN=t.STRICT_TOKEN.concat([" "]),t.HEADER_CHARS=["\t"]
for(let e=32;e<=255;e++)127!==e&&t.HEADER_CHARS.push(e)
t.CONNECTION_TOKEN_CHARS=t.HEADER_CHARS.filter(e=>44!==e),t.MAJOR=t.NUM_MAP,t.MINOR=t.MAJOR,function(e){e[e.GENERAL=0]="GENERAL",e[e.CONNECTION=1]="CONNECTION",e[e.CONTENT_LENGTH=2]="CONTENT_LENGTH",e[e.TRANSFER_ENCODING=3]="TRANSFER_ENCODING",e[e.UPGRADE=4]="UPGRADE",e[e.CONNECTION_KEEP_ALIVE=5]="CONNECTION_KEEP_ALIVE",e[e.CONNECTION_CLOSE=6]="CONNECTION_CLOSE",e[e.CONNECTION_UPGRADE=7]="CONNECTION_UPGRADE",e[e.TRANSFER_ENCODING_CHUNKED=8]="TRANSFER_ENCODING_CHUNKED"}(r=t.HEADER_STATE||(t.HEADER_STATE={})),t.SPECIAL_HEADERS={connection:r.CONNECTION,"content-length":r.CONTENT_LENGTH,"proxy-connection":r.CONNECTION,"transfer-encoding":r.TRANSFER_ENCODING,upgrade:r.UPGRADE}},3870:(e,t,A)=>{const{Buffer:n}=A(4573)
e.exports=n.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK07MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtXACAAQRhqQgA3AwAgAEIANwMAIABBOGpCADcDACAAQTBqQgA3AwAgAEEoakIANwMAIABBIGpCADcDACAAQRBqQgA3AwAgAEEIakIANwMAIABB3QE2AhwLBgAgABAyC5otAQt/IwBBEGsiCiQAQaTQACgCACIJRQRAQeTTACgCACIFRQRAQfDTAEJ/NwIAQejTAEKAgISAgIDAADcCAEHk0wAgCkEIakFwcUHYqtWqBXMiBTYCAEH40wBBADYCAEHI0wBBADYCAAtBzNMAQYDUBDYCAEGc0ABBgNQENgIAQbDQACAFNgIAQazQAEF/NgIAQdDTAEGArAM2AgADQCABQcjQAGogAUG80ABqIgI2AgAgAiABQbTQAGoiAzYCACABQcDQAGogAzYCACABQdDQAGogAUHE0ABqIgM2AgAgAyACNgIAIAFB2NAAaiABQczQAGoiAjYCACACIAM2AgAgAUHU0ABqIAI2AgAgAUEgaiIBQYACRw0AC0GM1ARBwasDNgIAQajQAEH00wAoAgA2AgBBmNAAQcCrAzYCAEGk0ABBiNQENgIAQcz/B0E4NgIAQYjUBCEJCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB7AFNBEBBjNAAKAIAIgZBECAAQRNqQXBxIABBC0kbIgRBA3YiAHYiAUEDcQRAAkAgAUEBcSAAckEBcyICQQN0IgBBtNAAaiIBIABBvNAAaigCACIAKAIIIgNGBEBBjNAAIAZBfiACd3E2AgAMAQsgASADNgIIIAMgATYCDAsgAEEIaiEBIAAgAkEDdCICQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDBELQZTQACgCACIIIARPDQEgAQRAAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIAQQN0IgJBtNAAaiIBIAJBvNAAaigCACICKAIIIgNGBEBBjNAAIAZBfiAAd3EiBjYCAAwBCyABIAM2AgggAyABNgIMCyACIARBA3I2AgQgAEEDdCIAIARrIQUgACACaiAFNgIAIAIgBGoiBCAFQQFyNgIEIAgEQCAIQXhxQbTQAGohAEGg0AAoAgAhAwJ/QQEgCEEDdnQiASAGcUUEQEGM0AAgASAGcjYCACAADAELIAAoAggLIgEgAzYCDCAAIAM2AgggAyAANgIMIAMgATYCCAsgAkEIaiEBQaDQACAENgIAQZTQACAFNgIADBELQZDQACgCACILRQ0BIAtoQQJ0QbzSAGooAgAiACgCBEF4cSAEayEFIAAhAgNAAkAgAigCECIBRQRAIAJBFGooAgAiAUUNAQsgASgCBEF4cSAEayIDIAVJIQIgAyAFIAIbIQUgASAAIAIbIQAgASECDAELCyAAKAIYIQkgACgCDCIDIABHBEBBnNAAKAIAGiADIAAoAggiATYCCCABIAM2AgwMEAsgAEEUaiICKAIAIgFFBEAgACgCECIBRQ0DIABBEGohAgsDQCACIQcgASIDQRRqIgIoAgAiAQ0AIANBEGohAiADKAIQIgENAAsgB0EANgIADA8LQX8hBCAAQb9/Sw0AIABBE2oiAUFwcSEEQZDQACgCACIIRQ0AQQAgBGshBQJAAkACQAJ/QQAgBEGAAkkNABpBHyAEQf///wdLDQAaIARBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmoLIgZBAnRBvNIAaigCACICRQRAQQAhAUEAIQMMAQtBACEBIARBGSAGQQF2a0EAIAZBH0cbdCEAQQAhAwNAAkAgAigCBEF4cSAEayIHIAVPDQAgAiEDIAciBQ0AQQAhBSACIQEMAwsgASACQRRqKAIAIgcgByACIABBHXZBBHFqQRBqKAIAIgJGGyABIAcbIQEgAEEBdCEAIAINAAsLIAEgA3JFBEBBACEDQQIgBnQiAEEAIABrciAIcSIARQ0DIABoQQJ0QbzSAGooAgAhAQsgAUUNAQsDQCABKAIEQXhxIARrIgIgBUkhACACIAUgABshBSABIAMgABshAyABKAIQIgAEfyAABSABQRRqKAIACyIBDQALCyADRQ0AIAVBlNAAKAIAIARrTw0AIAMoAhghByADIAMoAgwiAEcEQEGc0AAoAgAaIAAgAygCCCIBNgIIIAEgADYCDAwOCyADQRRqIgIoAgAiAUUEQCADKAIQIgFFDQMgA0EQaiECCwNAIAIhBiABIgBBFGoiAigCACIBDQAgAEEQaiECIAAoAhAiAQ0ACyAGQQA2AgAMDQtBlNAAKAIAIgMgBE8EQEGg0AAoAgAhAQJAIAMgBGsiAkEQTwRAIAEgBGoiACACQQFyNgIEIAEgA2ogAjYCACABIARBA3I2AgQMAQsgASADQQNyNgIEIAEgA2oiACAAKAIEQQFyNgIEQQAhAEEAIQILQZTQACACNgIAQaDQACAANgIAIAFBCGohAQwPC0GY0AAoAgAiAyAESwRAIAQgCWoiACADIARrIgFBAXI2AgRBpNAAIAA2AgBBmNAAIAE2AgAgCSAEQQNyNgIEIAlBCGohAQwPC0EAIQEgBAJ/QeTTACgCAARAQezTACgCAAwBC0Hw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBDGpBcHFB2KrVqgVzNgIAQfjTAEEANgIAQcjTAEEANgIAQYCABAsiACAEQccAaiIFaiIGQQAgAGsiB3EiAk8EQEH80wBBMDYCAAwPCwJAQcTTACgCACIBRQ0AQbzTACgCACIIIAJqIQAgACABTSAAIAhLcQ0AQQAhAUH80wBBMDYCAAwPC0HI0wAtAABBBHENBAJAAkAgCQRAQczTACEBA0AgASgCACIAIAlNBEAgACABKAIEaiAJSw0DCyABKAIIIgENAAsLQQAQMyIAQX9GDQUgAiEGQejTACgCACIBQQFrIgMgAHEEQCACIABrIAAgA2pBACABa3FqIQYLIAQgBk8NBSAGQf7///8HSw0FQcTTACgCACIDBEBBvNMAKAIAIgcgBmohASABIAdNDQYgASADSw0GCyAGEDMiASAARw0BDAcLIAYgA2sgB3EiBkH+////B0sNBCAGEDMhACAAIAEoAgAgASgCBGpGDQMgACEBCwJAIAYgBEHIAGpPDQAgAUF/Rg0AQezTACgCACIAIAUgBmtqQQAgAGtxIgBB/v///wdLBEAgASEADAcLIAAQM0F/RwRAIAAgBmohBiABIQAMBwtBACAGaxAzGgwECyABIgBBf0cNBQwDC0EAIQMMDAtBACEADAoLIABBf0cNAgtByNMAQcjTACgCAEEEcjYCAAsgAkH+////B0sNASACEDMhAEEAEDMhASAAQX9GDQEgAUF/Rg0BIAAgAU8NASABIABrIgYgBEE4ak0NAQtBvNMAQbzTACgCACAGaiIBNgIAQcDTACgCACABSQRAQcDTACABNgIACwJAAkACQEGk0AAoAgAiAgRAQczTACEBA0AgACABKAIAIgMgASgCBCIFakYNAiABKAIIIgENAAsMAgtBnNAAKAIAIgFBAEcgACABT3FFBEBBnNAAIAA2AgALQQAhAUHQ0wAgBjYCAEHM0wAgADYCAEGs0ABBfzYCAEGw0ABB5NMAKAIANgIAQdjTAEEANgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBeCAAa0EPcSIBIABqIgIgBkE4ayIDIAFrIgFBAXI2AgRBqNAAQfTTACgCADYCAEGY0AAgATYCAEGk0AAgAjYCACAAIANqQTg2AgQMAgsgACACTQ0AIAIgA0kNACABKAIMQQhxDQBBeCACa0EPcSIAIAJqIgNBmNAAKAIAIAZqIgcgAGsiAEEBcjYCBCABIAUgBmo2AgRBqNAAQfTTACgCADYCAEGY0AAgADYCAEGk0AAgAzYCACACIAdqQTg2AgQMAQsgAEGc0AAoAgBJBEBBnNAAIAA2AgALIAAgBmohA0HM0wAhAQJAAkACQANAIAMgASgCAEcEQCABKAIIIgENAQwCCwsgAS0ADEEIcUUNAQtBzNMAIQEDQCABKAIAIgMgAk0EQCADIAEoAgRqIgUgAksNAwsgASgCCCEBDAALAAsgASAANgIAIAEgASgCBCAGajYCBCAAQXggAGtBD3FqIgkgBEEDcjYCBCADQXggA2tBD3FqIgYgBCAJaiIEayEBIAIgBkYEQEGk0AAgBDYCAEGY0ABBmNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEDAgLQaDQACgCACAGRgRAQaDQACAENgIAQZTQAEGU0AAoAgAgAWoiADYCACAEIABBAXI2AgQgACAEaiAANgIADAgLIAYoAgQiBUEDcUEBRw0GIAVBeHEhCCAFQf8BTQRAIAVBA3YhAyAGKAIIIgAgBigCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBwsgAiAANgIIIAAgAjYCDAwGCyAGKAIYIQcgBiAGKAIMIgBHBEAgACAGKAIIIgI2AgggAiAANgIMDAULIAZBFGoiAigCACIFRQRAIAYoAhAiBUUNBCAGQRBqIQILA0AgAiEDIAUiAEEUaiICKAIAIgUNACAAQRBqIQIgACgCECIFDQALIANBADYCAAwEC0F4IABrQQ9xIgEgAGoiByAGQThrIgMgAWsiAUEBcjYCBCAAIANqQTg2AgQgAiAFQTcgBWtBD3FqQT9rIgMgAyACQRBqSRsiA0EjNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAc2AgAgA0EQakHU0wApAgA3AgAgA0HM0wApAgA3AghB1NMAIANBCGo2AgBB0NMAIAY2AgBBzNMAIAA2AgBB2NMAQQA2AgAgA0EkaiEBA0AgAUEHNgIAIAUgAUEEaiIBSw0ACyACIANGDQAgAyADKAIEQX5xNgIEIAMgAyACayIFNgIAIAIgBUEBcjYCBCAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIDcUUEQEGM0AAgASADcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEGQ0AAoAgAiA0EBIAF0IgZxRQRAIAAgAjYCAEGQ0AAgAyAGcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQMCQANAIAMiACgCBEF4cSAFRg0BIAFBHXYhAyABQQF0IQEgACADQQRxakEQaiIGKAIAIgMNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAtBmNAAKAIAIgEgBE0NAEGk0AAoAgAiACAEaiICIAEgBGsiAUEBcjYCBEGY0AAgATYCAEGk0AAgAjYCACAAIARBA3I2AgQgAEEIaiEBDAgLQQAhAUH80wBBMDYCAAwHC0EAIQALIAdFDQACQCAGKAIcIgJBAnRBvNIAaiIDKAIAIAZGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAdBEEEUIAcoAhAgBkYbaiAANgIAIABFDQELIAAgBzYCGCAGKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAGQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAIaiEBIAYgCGoiBigCBCEFCyAGIAVBfnE2AgQgASAEaiABNgIAIAQgAUEBcjYCBCABQf8BTQRAIAFBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASABQQN2dCIBcUUEQEGM0AAgASACcjYCACAADAELIAAoAggLIgEgBDYCDCAAIAQ2AgggBCAANgIMIAQgATYCCAwBC0EfIQUgAUH///8HTQRAIAFBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBQsgBCAFNgIcIARCADcCECAFQQJ0QbzSAGohAEGQ0AAoAgAiAkEBIAV0IgNxRQRAIAAgBDYCAEGQ0AAgAiADcjYCACAEIAA2AhggBCAENgIIIAQgBDYCDAwBCyABQRkgBUEBdmtBACAFQR9HG3QhBSAAKAIAIQACQANAIAAiAigCBEF4cSABRg0BIAVBHXYhACAFQQF0IQUgAiAAQQRxakEQaiIDKAIAIgANAAsgAyAENgIAIAQgAjYCGCAEIAQ2AgwgBCAENgIIDAELIAIoAggiACAENgIMIAIgBDYCCCAEQQA2AhggBCACNgIMIAQgADYCCAsgCUEIaiEBDAILAkAgB0UNAAJAIAMoAhwiAUECdEG80gBqIgIoAgAgA0YEQCACIAA2AgAgAA0BQZDQACAIQX4gAXdxIgg2AgAMAgsgB0EQQRQgBygCECADRhtqIAA2AgAgAEUNAQsgACAHNgIYIAMoAhAiAQRAIAAgATYCECABIAA2AhgLIANBFGooAgAiAUUNACAAQRRqIAE2AgAgASAANgIYCwJAIAVBD00EQCADIAQgBWoiAEEDcjYCBCAAIANqIgAgACgCBEEBcjYCBAwBCyADIARqIgIgBUEBcjYCBCADIARBA3I2AgQgAiAFaiAFNgIAIAVB/wFNBEAgBUF4cUG00ABqIQACf0GM0AAoAgAiAUEBIAVBA3Z0IgVxRQRAQYzQACABIAVyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRBvNIAaiEAQQEgAXQiBCAIcUUEQCAAIAI2AgBBkNAAIAQgCHI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEEAkADQCAEIgAoAgRBeHEgBUYNASABQR12IQQgAUEBdCEBIAAgBEEEcWpBEGoiBigCACIEDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLIANBCGohAQwBCwJAIAlFDQACQCAAKAIcIgFBAnRBvNIAaiICKAIAIABGBEAgAiADNgIAIAMNAUGQ0AAgC0F+IAF3cTYCAAwCCyAJQRBBFCAJKAIQIABGG2ogAzYCACADRQ0BCyADIAk2AhggACgCECIBBEAgAyABNgIQIAEgAzYCGAsgAEEUaigCACIBRQ0AIANBFGogATYCACABIAM2AhgLAkAgBUEPTQRAIAAgBCAFaiIBQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELIAAgBGoiByAFQQFyNgIEIAAgBEEDcjYCBCAFIAdqIAU2AgAgCARAIAhBeHFBtNAAaiEBQaDQACgCACEDAn9BASAIQQN2dCICIAZxRQRAQYzQACACIAZyNgIAIAEMAQsgASgCCAsiAiADNgIMIAEgAzYCCCADIAE2AgwgAyACNgIIC0Gg0AAgBzYCAEGU0AAgBTYCAAsgAEEIaiEBCyAKQRBqJAAgAQtDACAARQRAPwBBEHQPCwJAIABB//8DcQ0AIABBAEgNACAAQRB2QAAiAEF/RgRAQfzTAEEwNgIAQX8PCyAAQRB0DwsACwvcPyIAQYAICwkBAAAAAgAAAAMAQZQICwUEAAAABQBBpAgLCQYAAAAHAAAACABB3AgLii1JbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AFJlc3BvbnNlIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zAFVzZXIgY2FsbGJhY2sgZXJyb3IAYG9uX3Jlc2V0YCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfaGVhZGVyYCBjYWxsYmFjayBlcnJvcgBgb25fbWVzc2FnZV9iZWdpbmAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3N0YXR1c19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3ZlcnNpb25fY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl91cmxfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXRob2RfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfZmllbGRfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fbmFtZWAgY2FsbGJhY2sgZXJyb3IAVW5leHBlY3RlZCBjaGFyIGluIHVybCBzZXJ2ZXIASW52YWxpZCBoZWFkZXIgdmFsdWUgY2hhcgBJbnZhbGlkIGhlYWRlciBmaWVsZCBjaGFyAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdmVyc2lvbgBJbnZhbGlkIG1pbm9yIHZlcnNpb24ASW52YWxpZCBtYWpvciB2ZXJzaW9uAEV4cGVjdGVkIHNwYWNlIGFmdGVyIHZlcnNpb24ARXhwZWN0ZWQgQ1JMRiBhZnRlciB2ZXJzaW9uAEludmFsaWQgSFRUUCB2ZXJzaW9uAEludmFsaWQgaGVhZGVyIHRva2VuAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdXJsAEludmFsaWQgY2hhcmFjdGVycyBpbiB1cmwAVW5leHBlY3RlZCBzdGFydCBjaGFyIGluIHVybABEb3VibGUgQCBpbiB1cmwARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgARHVwbGljYXRlIENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhciBpbiB1cmwgcGF0aABDb250ZW50LUxlbmd0aCBjYW4ndCBiZSBwcmVzZW50IHdpdGggVHJhbnNmZXItRW5jb2RpbmcASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgc2l6ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl92YWx1ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHF1b3RlZCB2YWx1ZQBQYXVzZWQgYnkgb25faGVhZGVyc19jb21wbGV0ZQBJbnZhbGlkIEVPRiBzdGF0ZQBvbl9yZXNldCBwYXVzZQBvbl9jaHVua19oZWFkZXIgcGF1c2UAb25fbWVzc2FnZV9iZWdpbiBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fdmFsdWUgcGF1c2UAb25fc3RhdHVzX2NvbXBsZXRlIHBhdXNlAG9uX3ZlcnNpb25fY29tcGxldGUgcGF1c2UAb25fdXJsX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXNzYWdlX2NvbXBsZXRlIHBhdXNlAG9uX21ldGhvZF9jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfZmllbGRfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUgcGF1c2UAVW5leHBlY3RlZCBzcGFjZSBhZnRlciBzdGFydCBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAFBhdXNlIG9uIENPTk5FQ1QvVXBncmFkZQBQYXVzZSBvbiBQUkkvVXBncmFkZQBFeHBlY3RlZCBIVFRQLzIgQ29ubmVjdGlvbiBQcmVmYWNlAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fbWV0aG9kAEV4cGVjdGVkIHNwYWNlIGFmdGVyIG1ldGhvZABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl9maWVsZABQYXVzZWQASW52YWxpZCB3b3JkIGVuY291bnRlcmVkAEludmFsaWQgbWV0aG9kIGVuY291bnRlcmVkAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2NoZW1hAFJlcXVlc3QgaGFzIGludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYABTV0lUQ0hfUFJPWFkAVVNFX1BST1hZAE1LQUNUSVZJVFkAVU5QUk9DRVNTQUJMRV9FTlRJVFkAQ09QWQBNT1ZFRF9QRVJNQU5FTlRMWQBUT09fRUFSTFkATk9USUZZAEZBSUxFRF9ERVBFTkRFTkNZAEJBRF9HQVRFV0FZAFBMQVkAUFVUAENIRUNLT1VUAEdBVEVXQVlfVElNRU9VVABSRVFVRVNUX1RJTUVPVVQATkVUV09SS19DT05ORUNUX1RJTUVPVVQAQ09OTkVDVElPTl9USU1FT1VUAExPR0lOX1RJTUVPVVQATkVUV09SS19SRUFEX1RJTUVPVVQAUE9TVABNSVNESVJFQ1RFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX0xPQURfQkFMQU5DRURfUkVRVUVTVABCQURfUkVRVUVTVABIVFRQX1JFUVVFU1RfU0VOVF9UT19IVFRQU19QT1JUAFJFUE9SVABJTV9BX1RFQVBPVABSRVNFVF9DT05URU5UAE5PX0NPTlRFTlQAUEFSVElBTF9DT05URU5UAEhQRV9JTlZBTElEX0NPTlNUQU5UAEhQRV9DQl9SRVNFVABHRVQASFBFX1NUUklDVABDT05GTElDVABURU1QT1JBUllfUkVESVJFQ1QAUEVSTUFORU5UX1JFRElSRUNUAENPTk5FQ1QATVVMVElfU1RBVFVTAEhQRV9JTlZBTElEX1NUQVRVUwBUT09fTUFOWV9SRVFVRVNUUwBFQVJMWV9ISU5UUwBVTkFWQUlMQUJMRV9GT1JfTEVHQUxfUkVBU09OUwBPUFRJT05TAFNXSVRDSElOR19QUk9UT0NPTFMAVkFSSUFOVF9BTFNPX05FR09USUFURVMATVVMVElQTEVfQ0hPSUNFUwBJTlRFUk5BTF9TRVJWRVJfRVJST1IAV0VCX1NFUlZFUl9VTktOT1dOX0VSUk9SAFJBSUxHVU5fRVJST1IASURFTlRJVFlfUFJPVklERVJfQVVUSEVOVElDQVRJT05fRVJST1IAU1NMX0NFUlRJRklDQVRFX0VSUk9SAElOVkFMSURfWF9GT1JXQVJERURfRk9SAFNFVF9QQVJBTUVURVIAR0VUX1BBUkFNRVRFUgBIUEVfVVNFUgBTRUVfT1RIRVIASFBFX0NCX0NIVU5LX0hFQURFUgBNS0NBTEVOREFSAFNFVFVQAFdFQl9TRVJWRVJfSVNfRE9XTgBURUFSRE9XTgBIUEVfQ0xPU0VEX0NPTk5FQ1RJT04ASEVVUklTVElDX0VYUElSQVRJT04ARElTQ09OTkVDVEVEX09QRVJBVElPTgBOT05fQVVUSE9SSVRBVElWRV9JTkZPUk1BVElPTgBIUEVfSU5WQUxJRF9WRVJTSU9OAEhQRV9DQl9NRVNTQUdFX0JFR0lOAFNJVEVfSVNfRlJPWkVOAEhQRV9JTlZBTElEX0hFQURFUl9UT0tFTgBJTlZBTElEX1RPS0VOAEZPUkJJRERFTgBFTkhBTkNFX1lPVVJfQ0FMTQBIUEVfSU5WQUxJRF9VUkwAQkxPQ0tFRF9CWV9QQVJFTlRBTF9DT05UUk9MAE1LQ09MAEFDTABIUEVfSU5URVJOQUwAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRV9VTk9GRklDSUFMAEhQRV9PSwBVTkxJTksAVU5MT0NLAFBSSQBSRVRSWV9XSVRIAEhQRV9JTlZBTElEX0NPTlRFTlRfTEVOR1RIAEhQRV9VTkVYUEVDVEVEX0NPTlRFTlRfTEVOR1RIAEZMVVNIAFBST1BQQVRDSABNLVNFQVJDSABVUklfVE9PX0xPTkcAUFJPQ0VTU0lORwBNSVNDRUxMQU5FT1VTX1BFUlNJU1RFTlRfV0FSTklORwBNSVNDRUxMQU5FT1VTX1dBUk5JTkcASFBFX0lOVkFMSURfVFJBTlNGRVJfRU5DT0RJTkcARXhwZWN0ZWQgQ1JMRgBIUEVfSU5WQUxJRF9DSFVOS19TSVpFAE1PVkUAQ09OVElOVUUASFBFX0NCX1NUQVRVU19DT01QTEVURQBIUEVfQ0JfSEVBREVSU19DT01QTEVURQBIUEVfQ0JfVkVSU0lPTl9DT01QTEVURQBIUEVfQ0JfVVJMX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8AAF4TAAAmEwAAMBAAAPAXAACdEwAAFRIAADkXAADwEgAAChAAAHUSAACtEgAAghMAAE8UAAB/EAAAoBUAACMUAACJEgAAixQAAE0VAADUEQAAzxQAABAYAADJFgAA3BYAAMERAADgFwAAuxQAAHQUAAB8FQAA5RQAAAgXAAAfEAAAZRUAAKMUAAAoFQAAAhUAAJkVAAAsEAAAixkAAE8PAADUDgAAahAAAM4QAAACFwAAiQ4AAG4TAAAcEwAAZhQAAFYXAADBEwAAzRMAAGwTAABoFwAAZhcAAF8XAAAiEwAAzg8AAGkOAADYDgAAYxYAAMsTAACqDgAAKBcAACYXAADFEwAAXRYAAOgRAABnEwAAZRMAAPIWAABzEwAAHRcAAPkWAADzEQAAzw4AAM4VAAAMEgAAsxEAAKURAABhEAAAMhcAALsTAEH5NQsBAQBBkDYL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB/TcLAQEAQZE4C14CAwICAgICAAACAgACAgACAgICAgICAgICAAQAAAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEH9OQsBAQBBkToLXgIAAgICAgIAAAICAAICAAICAgICAgICAgIAAwAEAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAQfA7Cw1sb3NlZWVwLWFsaXZlAEGJPAsBAQBBoDwL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBiT4LAQEAQaA+C+cBAQEBAQEBAQEBAQEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFjaHVua2VkAEGwwAALXwEBAAEBAQEBAAABAQABAQABAQEBAQEBAQEBAAAAAAAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAEGQwgALIWVjdGlvbmVudC1sZW5ndGhvbnJveHktY29ubmVjdGlvbgBBwMIACy1yYW5zZmVyLWVuY29kaW5ncGdyYWRlDQoNCg0KU00NCg0KVFRQL0NFL1RTUC8AQfnCAAsFAQIAAQMAQZDDAAvgAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH5xAALBQECAAEDAEGQxQAL4AEEAQEFAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cYACwQBAAABAEGRxwAL3wEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH6yAALBAEAAAIAQZDJAAtfAwQAAAQEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBAAEAAYHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQAQfrKAAsEAQAAAQBBkMsACwEBAEGqywALQQIAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAEH6zAALBAEAAAEAQZDNAAsBAQBBms0ACwYCAAAAAAIAQbHNAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB8M4AC5YBTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRU9SRElSRUNUT1JUUkNIUEFSQU1FVEVSVVJDRUJTQ1JJQkVBUkRPV05BQ0VJTkROS0NLVUJTQ1JJQkVIVFRQL0FEVFAv","base64")},3434:(e,t,A)=>{const{Buffer:n}=A(4573)
e.exports=n.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK77MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtzACAAQRBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAA/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQTBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQSBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQd0BNgIcCwYAIAAQMguaLQELfyMAQRBrIgokAEGk0AAoAgAiCUUEQEHk0wAoAgAiBUUEQEHw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBCGpBcHFB2KrVqgVzIgU2AgBB+NMAQQA2AgBByNMAQQA2AgALQczTAEGA1AQ2AgBBnNAAQYDUBDYCAEGw0AAgBTYCAEGs0ABBfzYCAEHQ0wBBgKwDNgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBjNQEQcGrAzYCAEGo0ABB9NMAKAIANgIAQZjQAEHAqwM2AgBBpNAAQYjUBDYCAEHM/wdBODYCAEGI1AQhCQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQewBTQRAQYzQACgCACIGQRAgAEETakFwcSAAQQtJGyIEQQN2IgB2IgFBA3EEQAJAIAFBAXEgAHJBAXMiAkEDdCIAQbTQAGoiASAAQbzQAGooAgAiACgCCCIDRgRAQYzQACAGQX4gAndxNgIADAELIAEgAzYCCCADIAE2AgwLIABBCGohASAAIAJBA3QiAkEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwRC0GU0AAoAgAiCCAETw0BIAEEQAJAQQIgAHQiAkEAIAJrciABIAB0cWgiAEEDdCICQbTQAGoiASACQbzQAGooAgAiAigCCCIDRgRAQYzQACAGQX4gAHdxIgY2AgAMAQsgASADNgIIIAMgATYCDAsgAiAEQQNyNgIEIABBA3QiACAEayEFIAAgAmogBTYCACACIARqIgQgBUEBcjYCBCAIBEAgCEF4cUG00ABqIQBBoNAAKAIAIQMCf0EBIAhBA3Z0IgEgBnFFBEBBjNAAIAEgBnI2AgAgAAwBCyAAKAIICyIBIAM2AgwgACADNgIIIAMgADYCDCADIAE2AggLIAJBCGohAUGg0AAgBDYCAEGU0AAgBTYCAAwRC0GQ0AAoAgAiC0UNASALaEECdEG80gBqKAIAIgAoAgRBeHEgBGshBSAAIQIDQAJAIAIoAhAiAUUEQCACQRRqKAIAIgFFDQELIAEoAgRBeHEgBGsiAyAFSSECIAMgBSACGyEFIAEgACACGyEAIAEhAgwBCwsgACgCGCEJIAAoAgwiAyAARwRAQZzQACgCABogAyAAKAIIIgE2AgggASADNgIMDBALIABBFGoiAigCACIBRQRAIAAoAhAiAUUNAyAAQRBqIQILA0AgAiEHIAEiA0EUaiICKAIAIgENACADQRBqIQIgAygCECIBDQALIAdBADYCAAwPC0F/IQQgAEG/f0sNACAAQRNqIgFBcHEhBEGQ0AAoAgAiCEUNAEEAIARrIQUCQAJAAkACf0EAIARBgAJJDQAaQR8gBEH///8HSw0AGiAEQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qCyIGQQJ0QbzSAGooAgAiAkUEQEEAIQFBACEDDAELQQAhASAEQRkgBkEBdmtBACAGQR9HG3QhAEEAIQMDQAJAIAIoAgRBeHEgBGsiByAFTw0AIAIhAyAHIgUNAEEAIQUgAiEBDAMLIAEgAkEUaigCACIHIAcgAiAAQR12QQRxakEQaigCACICRhsgASAHGyEBIABBAXQhACACDQALCyABIANyRQRAQQAhA0ECIAZ0IgBBACAAa3IgCHEiAEUNAyAAaEECdEG80gBqKAIAIQELIAFFDQELA0AgASgCBEF4cSAEayICIAVJIQAgAiAFIAAbIQUgASADIAAbIQMgASgCECIABH8gAAUgAUEUaigCAAsiAQ0ACwsgA0UNACAFQZTQACgCACAEa08NACADKAIYIQcgAyADKAIMIgBHBEBBnNAAKAIAGiAAIAMoAggiATYCCCABIAA2AgwMDgsgA0EUaiICKAIAIgFFBEAgAygCECIBRQ0DIANBEGohAgsDQCACIQYgASIAQRRqIgIoAgAiAQ0AIABBEGohAiAAKAIQIgENAAsgBkEANgIADA0LQZTQACgCACIDIARPBEBBoNAAKAIAIQECQCADIARrIgJBEE8EQCABIARqIgAgAkEBcjYCBCABIANqIAI2AgAgASAEQQNyNgIEDAELIAEgA0EDcjYCBCABIANqIgAgACgCBEEBcjYCBEEAIQBBACECC0GU0AAgAjYCAEGg0AAgADYCACABQQhqIQEMDwtBmNAAKAIAIgMgBEsEQCAEIAlqIgAgAyAEayIBQQFyNgIEQaTQACAANgIAQZjQACABNgIAIAkgBEEDcjYCBCAJQQhqIQEMDwtBACEBIAQCf0Hk0wAoAgAEQEHs0wAoAgAMAQtB8NMAQn83AgBB6NMAQoCAhICAgMAANwIAQeTTACAKQQxqQXBxQdiq1aoFczYCAEH40wBBADYCAEHI0wBBADYCAEGAgAQLIgAgBEHHAGoiBWoiBkEAIABrIgdxIgJPBEBB/NMAQTA2AgAMDwsCQEHE0wAoAgAiAUUNAEG80wAoAgAiCCACaiEAIAAgAU0gACAIS3ENAEEAIQFB/NMAQTA2AgAMDwtByNMALQAAQQRxDQQCQAJAIAkEQEHM0wAhAQNAIAEoAgAiACAJTQRAIAAgASgCBGogCUsNAwsgASgCCCIBDQALC0EAEDMiAEF/Rg0FIAIhBkHo0wAoAgAiAUEBayIDIABxBEAgAiAAayAAIANqQQAgAWtxaiEGCyAEIAZPDQUgBkH+////B0sNBUHE0wAoAgAiAwRAQbzTACgCACIHIAZqIQEgASAHTQ0GIAEgA0sNBgsgBhAzIgEgAEcNAQwHCyAGIANrIAdxIgZB/v///wdLDQQgBhAzIQAgACABKAIAIAEoAgRqRg0DIAAhAQsCQCAGIARByABqTw0AIAFBf0YNAEHs0wAoAgAiACAFIAZrakEAIABrcSIAQf7///8HSwRAIAEhAAwHCyAAEDNBf0cEQCAAIAZqIQYgASEADAcLQQAgBmsQMxoMBAsgASIAQX9HDQUMAwtBACEDDAwLQQAhAAwKCyAAQX9HDQILQcjTAEHI0wAoAgBBBHI2AgALIAJB/v///wdLDQEgAhAzIQBBABAzIQEgAEF/Rg0BIAFBf0YNASAAIAFPDQEgASAAayIGIARBOGpNDQELQbzTAEG80wAoAgAgBmoiATYCAEHA0wAoAgAgAUkEQEHA0wAgATYCAAsCQAJAAkBBpNAAKAIAIgIEQEHM0wAhAQNAIAAgASgCACIDIAEoAgQiBWpGDQIgASgCCCIBDQALDAILQZzQACgCACIBQQBHIAAgAU9xRQRAQZzQACAANgIAC0EAIQFB0NMAIAY2AgBBzNMAIAA2AgBBrNAAQX82AgBBsNAAQeTTACgCADYCAEHY0wBBADYCAANAIAFByNAAaiABQbzQAGoiAjYCACACIAFBtNAAaiIDNgIAIAFBwNAAaiADNgIAIAFB0NAAaiABQcTQAGoiAzYCACADIAI2AgAgAUHY0ABqIAFBzNAAaiICNgIAIAIgAzYCACABQdTQAGogAjYCACABQSBqIgFBgAJHDQALQXggAGtBD3EiASAAaiICIAZBOGsiAyABayIBQQFyNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAI2AgAgACADakE4NgIEDAILIAAgAk0NACACIANJDQAgASgCDEEIcQ0AQXggAmtBD3EiACACaiIDQZjQACgCACAGaiIHIABrIgBBAXI2AgQgASAFIAZqNgIEQajQAEH00wAoAgA2AgBBmNAAIAA2AgBBpNAAIAM2AgAgAiAHakE4NgIEDAELIABBnNAAKAIASQRAQZzQACAANgIACyAAIAZqIQNBzNMAIQECQAJAAkADQCADIAEoAgBHBEAgASgCCCIBDQEMAgsLIAEtAAxBCHFFDQELQczTACEBA0AgASgCACIDIAJNBEAgAyABKAIEaiIFIAJLDQMLIAEoAgghAQwACwALIAEgADYCACABIAEoAgQgBmo2AgQgAEF4IABrQQ9xaiIJIARBA3I2AgQgA0F4IANrQQ9xaiIGIAQgCWoiBGshASACIAZGBEBBpNAAIAQ2AgBBmNAAQZjQACgCACABaiIANgIAIAQgAEEBcjYCBAwIC0Gg0AAoAgAgBkYEQEGg0AAgBDYCAEGU0ABBlNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEIAAgBGogADYCAAwICyAGKAIEIgVBA3FBAUcNBiAFQXhxIQggBUH/AU0EQCAFQQN2IQMgBigCCCIAIAYoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAcLIAIgADYCCCAAIAI2AgwMBgsgBigCGCEHIAYgBigCDCIARwRAIAAgBigCCCICNgIIIAIgADYCDAwFCyAGQRRqIgIoAgAiBUUEQCAGKAIQIgVFDQQgBkEQaiECCwNAIAIhAyAFIgBBFGoiAigCACIFDQAgAEEQaiECIAAoAhAiBQ0ACyADQQA2AgAMBAtBeCAAa0EPcSIBIABqIgcgBkE4ayIDIAFrIgFBAXI2AgQgACADakE4NgIEIAIgBUE3IAVrQQ9xakE/ayIDIAMgAkEQakkbIgNBIzYCBEGo0ABB9NMAKAIANgIAQZjQACABNgIAQaTQACAHNgIAIANBEGpB1NMAKQIANwIAIANBzNMAKQIANwIIQdTTACADQQhqNgIAQdDTACAGNgIAQczTACAANgIAQdjTAEEANgIAIANBJGohAQNAIAFBBzYCACAFIAFBBGoiAUsNAAsgAiADRg0AIAMgAygCBEF+cTYCBCADIAMgAmsiBTYCACACIAVBAXI2AgQgBUH/AU0EQCAFQXhxQbTQAGohAAJ/QYzQACgCACIBQQEgBUEDdnQiA3FFBEBBjNAAIAEgA3I2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEG80gBqIQBBkNAAKAIAIgNBASABdCIGcUUEQCAAIAI2AgBBkNAAIAMgBnI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEDAkADQCADIgAoAgRBeHEgBUYNASABQR12IQMgAUEBdCEBIAAgA0EEcWpBEGoiBigCACIDDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLQZjQACgCACIBIARNDQBBpNAAKAIAIgAgBGoiAiABIARrIgFBAXI2AgRBmNAAIAE2AgBBpNAAIAI2AgAgACAEQQNyNgIEIABBCGohAQwIC0EAIQFB/NMAQTA2AgAMBwtBACEACyAHRQ0AAkAgBigCHCICQQJ0QbzSAGoiAygCACAGRgRAIAMgADYCACAADQFBkNAAQZDQACgCAEF+IAJ3cTYCAAwCCyAHQRBBFCAHKAIQIAZGG2ogADYCACAARQ0BCyAAIAc2AhggBigCECICBEAgACACNgIQIAIgADYCGAsgBkEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgCGohASAGIAhqIgYoAgQhBQsgBiAFQX5xNgIEIAEgBGogATYCACAEIAFBAXI2AgQgAUH/AU0EQCABQXhxQbTQAGohAAJ/QYzQACgCACICQQEgAUEDdnQiAXFFBEBBjNAAIAEgAnI2AgAgAAwBCyAAKAIICyIBIAQ2AgwgACAENgIIIAQgADYCDCAEIAE2AggMAQtBHyEFIAFB////B00EQCABQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAgBUECdEG80gBqIQBBkNAAKAIAIgJBASAFdCIDcUUEQCAAIAQ2AgBBkNAAIAIgA3I2AgAgBCAANgIYIAQgBDYCCCAEIAQ2AgwMAQsgAUEZIAVBAXZrQQAgBUEfRxt0IQUgACgCACEAAkADQCAAIgIoAgRBeHEgAUYNASAFQR12IQAgBUEBdCEFIAIgAEEEcWpBEGoiAygCACIADQALIAMgBDYCACAEIAI2AhggBCAENgIMIAQgBDYCCAwBCyACKAIIIgAgBDYCDCACIAQ2AgggBEEANgIYIAQgAjYCDCAEIAA2AggLIAlBCGohAQwCCwJAIAdFDQACQCADKAIcIgFBAnRBvNIAaiICKAIAIANGBEAgAiAANgIAIAANAUGQ0AAgCEF+IAF3cSIINgIADAILIAdBEEEUIAcoAhAgA0YbaiAANgIAIABFDQELIAAgBzYCGCADKAIQIgEEQCAAIAE2AhAgASAANgIYCyADQRRqKAIAIgFFDQAgAEEUaiABNgIAIAEgADYCGAsCQCAFQQ9NBEAgAyAEIAVqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAEaiICIAVBAXI2AgQgAyAEQQNyNgIEIAIgBWogBTYCACAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIFcUUEQEGM0AAgASAFcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEEBIAF0IgQgCHFFBEAgACACNgIAQZDQACAEIAhyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhBAJAA0AgBCIAKAIEQXhxIAVGDQEgAUEddiEEIAFBAXQhASAAIARBBHFqQRBqIgYoAgAiBA0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIICyADQQhqIQEMAQsCQCAJRQ0AAkAgACgCHCIBQQJ0QbzSAGoiAigCACAARgRAIAIgAzYCACADDQFBkNAAIAtBfiABd3E2AgAMAgsgCUEQQRQgCSgCECAARhtqIAM2AgAgA0UNAQsgAyAJNgIYIAAoAhAiAQRAIAMgATYCECABIAM2AhgLIABBFGooAgAiAUUNACADQRRqIAE2AgAgASADNgIYCwJAIAVBD00EQCAAIAQgBWoiAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBCyAAIARqIgcgBUEBcjYCBCAAIARBA3I2AgQgBSAHaiAFNgIAIAgEQCAIQXhxQbTQAGohAUGg0AAoAgAhAwJ/QQEgCEEDdnQiAiAGcUUEQEGM0AAgAiAGcjYCACABDAELIAEoAggLIgIgAzYCDCABIAM2AgggAyABNgIMIAMgAjYCCAtBoNAAIAc2AgBBlNAAIAU2AgALIABBCGohAQsgCkEQaiQAIAELQwAgAEUEQD8AQRB0DwsCQCAAQf//A3ENACAAQQBIDQAgAEEQdkAAIgBBf0YEQEH80wBBMDYCAEF/DwsgAEEQdA8LAAsL3D8iAEGACAsJAQAAAAIAAAADAEGUCAsFBAAAAAUAQaQICwkGAAAABwAAAAgAQdwIC4otSW52YWxpZCBjaGFyIGluIHVybCBxdWVyeQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2JvZHkAQ29udGVudC1MZW5ndGggb3ZlcmZsb3cAQ2h1bmsgc2l6ZSBvdmVyZmxvdwBSZXNwb25zZSBvdmVyZmxvdwBJbnZhbGlkIG1ldGhvZCBmb3IgSFRUUC94LnggcmVxdWVzdABJbnZhbGlkIG1ldGhvZCBmb3IgUlRTUC94LnggcmVxdWVzdABFeHBlY3RlZCBTT1VSQ0UgbWV0aG9kIGZvciBJQ0UveC54IHJlcXVlc3QASW52YWxpZCBjaGFyIGluIHVybCBmcmFnbWVudCBzdGFydABFeHBlY3RlZCBkb3QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9zdGF0dXMASW52YWxpZCByZXNwb25zZSBzdGF0dXMASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucwBVc2VyIGNhbGxiYWNrIGVycm9yAGBvbl9yZXNldGAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2hlYWRlcmAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfYmVnaW5gIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fdmFsdWVgIGNhbGxiYWNrIGVycm9yAGBvbl9zdGF0dXNfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl92ZXJzaW9uX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdXJsX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAEVtcHR5IENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhcmFjdGVyIGluIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBNaXNzaW5nIGV4cGVjdGVkIExGIGFmdGVyIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AgaGVhZGVyIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGUgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZWQgdmFsdWUAUGF1c2VkIGJ5IG9uX2hlYWRlcnNfY29tcGxldGUASW52YWxpZCBFT0Ygc3RhdGUAb25fcmVzZXQgcGF1c2UAb25fY2h1bmtfaGVhZGVyIHBhdXNlAG9uX21lc3NhZ2VfYmVnaW4gcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlIHBhdXNlAG9uX3N0YXR1c19jb21wbGV0ZSBwYXVzZQBvbl92ZXJzaW9uX2NvbXBsZXRlIHBhdXNlAG9uX3VybF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGUgcGF1c2UAb25fbWVzc2FnZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXRob2RfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lIHBhdXNlAFVuZXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgc3RhcnQgbGluZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgbmFtZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AAU1dJVENIX1BST1hZAFVTRV9QUk9YWQBNS0FDVElWSVRZAFVOUFJPQ0VTU0FCTEVfRU5USVRZAENPUFkATU9WRURfUEVSTUFORU5UTFkAVE9PX0VBUkxZAE5PVElGWQBGQUlMRURfREVQRU5ERU5DWQBCQURfR0FURVdBWQBQTEFZAFBVVABDSEVDS09VVABHQVRFV0FZX1RJTUVPVVQAUkVRVUVTVF9USU1FT1VUAE5FVFdPUktfQ09OTkVDVF9USU1FT1VUAENPTk5FQ1RJT05fVElNRU9VVABMT0dJTl9USU1FT1VUAE5FVFdPUktfUkVBRF9USU1FT1VUAFBPU1QATUlTRElSRUNURURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9MT0FEX0JBTEFOQ0VEX1JFUVVFU1QAQkFEX1JFUVVFU1QASFRUUF9SRVFVRVNUX1NFTlRfVE9fSFRUUFNfUE9SVABSRVBPUlQASU1fQV9URUFQT1QAUkVTRVRfQ09OVEVOVABOT19DT05URU5UAFBBUlRJQUxfQ09OVEVOVABIUEVfSU5WQUxJRF9DT05TVEFOVABIUEVfQ0JfUkVTRVQAR0VUAEhQRV9TVFJJQ1QAQ09ORkxJQ1QAVEVNUE9SQVJZX1JFRElSRUNUAFBFUk1BTkVOVF9SRURJUkVDVABDT05ORUNUAE1VTFRJX1NUQVRVUwBIUEVfSU5WQUxJRF9TVEFUVVMAVE9PX01BTllfUkVRVUVTVFMARUFSTFlfSElOVFMAVU5BVkFJTEFCTEVfRk9SX0xFR0FMX1JFQVNPTlMAT1BUSU9OUwBTV0lUQ0hJTkdfUFJPVE9DT0xTAFZBUklBTlRfQUxTT19ORUdPVElBVEVTAE1VTFRJUExFX0NIT0lDRVMASU5URVJOQUxfU0VSVkVSX0VSUk9SAFdFQl9TRVJWRVJfVU5LTk9XTl9FUlJPUgBSQUlMR1VOX0VSUk9SAElERU5USVRZX1BST1ZJREVSX0FVVEhFTlRJQ0FUSU9OX0VSUk9SAFNTTF9DRVJUSUZJQ0FURV9FUlJPUgBJTlZBTElEX1hfRk9SV0FSREVEX0ZPUgBTRVRfUEFSQU1FVEVSAEdFVF9QQVJBTUVURVIASFBFX1VTRVIAU0VFX09USEVSAEhQRV9DQl9DSFVOS19IRUFERVIATUtDQUxFTkRBUgBTRVRVUABXRUJfU0VSVkVSX0lTX0RPV04AVEVBUkRPV04ASFBFX0NMT1NFRF9DT05ORUNUSU9OAEhFVVJJU1RJQ19FWFBJUkFUSU9OAERJU0NPTk5FQ1RFRF9PUEVSQVRJT04ATk9OX0FVVEhPUklUQVRJVkVfSU5GT1JNQVRJT04ASFBFX0lOVkFMSURfVkVSU0lPTgBIUEVfQ0JfTUVTU0FHRV9CRUdJTgBTSVRFX0lTX0ZST1pFTgBIUEVfSU5WQUxJRF9IRUFERVJfVE9LRU4ASU5WQUxJRF9UT0tFTgBGT1JCSURERU4ARU5IQU5DRV9ZT1VSX0NBTE0ASFBFX0lOVkFMSURfVVJMAEJMT0NLRURfQllfUEFSRU5UQUxfQ09OVFJPTABNS0NPTABBQ0wASFBFX0lOVEVSTkFMAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0VfVU5PRkZJQ0lBTABIUEVfT0sAVU5MSU5LAFVOTE9DSwBQUkkAUkVUUllfV0lUSABIUEVfSU5WQUxJRF9DT05URU5UX0xFTkdUSABIUEVfVU5FWFBFQ1RFRF9DT05URU5UX0xFTkdUSABGTFVTSABQUk9QUEFUQ0gATS1TRUFSQ0gAVVJJX1RPT19MT05HAFBST0NFU1NJTkcATUlTQ0VMTEFORU9VU19QRVJTSVNURU5UX1dBUk5JTkcATUlTQ0VMTEFORU9VU19XQVJOSU5HAEhQRV9JTlZBTElEX1RSQU5TRkVSX0VOQ09ESU5HAEV4cGVjdGVkIENSTEYASFBFX0lOVkFMSURfQ0hVTktfU0laRQBNT1ZFAENPTlRJTlVFAEhQRV9DQl9TVEFUVVNfQ09NUExFVEUASFBFX0NCX0hFQURFUlNfQ09NUExFVEUASFBFX0NCX1ZFUlNJT05fQ09NUExFVEUASFBFX0NCX1VSTF9DT01QTEVURQBIUEVfQ0JfQ0hVTktfQ09NUExFVEUASFBFX0NCX0hFQURFUl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fTkFNRV9DT01QTEVURQBIUEVfQ0JfTUVTU0FHRV9DT01QTEVURQBIUEVfQ0JfTUVUSE9EX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfRklFTERfQ09NUExFVEUAREVMRVRFAEhQRV9JTlZBTElEX0VPRl9TVEFURQBJTlZBTElEX1NTTF9DRVJUSUZJQ0FURQBQQVVTRQBOT19SRVNQT05TRQBVTlNVUFBPUlRFRF9NRURJQV9UWVBFAEdPTkUATk9UX0FDQ0VQVEFCTEUAU0VSVklDRV9VTkFWQUlMQUJMRQBSQU5HRV9OT1RfU0FUSVNGSUFCTEUAT1JJR0lOX0lTX1VOUkVBQ0hBQkxFAFJFU1BPTlNFX0lTX1NUQUxFAFBVUkdFAE1FUkdFAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0UAUkVRVUVTVF9IRUFERVJfVE9PX0xBUkdFAFBBWUxPQURfVE9PX0xBUkdFAElOU1VGRklDSUVOVF9TVE9SQUdFAEhQRV9QQVVTRURfVVBHUkFERQBIUEVfUEFVU0VEX0gyX1VQR1JBREUAU09VUkNFAEFOTk9VTkNFAFRSQUNFAEhQRV9VTkVYUEVDVEVEX1NQQUNFAERFU0NSSUJFAFVOU1VCU0NSSUJFAFJFQ09SRABIUEVfSU5WQUxJRF9NRVRIT0QATk9UX0ZPVU5EAFBST1BGSU5EAFVOQklORABSRUJJTkQAVU5BVVRIT1JJWkVEAE1FVEhPRF9OT1RfQUxMT1dFRABIVFRQX1ZFUlNJT05fTk9UX1NVUFBPUlRFRABBTFJFQURZX1JFUE9SVEVEAEFDQ0VQVEVEAE5PVF9JTVBMRU1FTlRFRABMT09QX0RFVEVDVEVEAEhQRV9DUl9FWFBFQ1RFRABIUEVfTEZfRVhQRUNURUQAQ1JFQVRFRABJTV9VU0VEAEhQRV9QQVVTRUQAVElNRU9VVF9PQ0NVUkVEAFBBWU1FTlRfUkVRVUlSRUQAUFJFQ09ORElUSU9OX1JFUVVJUkVEAFBST1hZX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAE5FVFdPUktfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATEVOR1RIX1JFUVVJUkVEAFNTTF9DRVJUSUZJQ0FURV9SRVFVSVJFRABVUEdSQURFX1JFUVVJUkVEAFBBR0VfRVhQSVJFRABQUkVDT05ESVRJT05fRkFJTEVEAEVYUEVDVEFUSU9OX0ZBSUxFRABSRVZBTElEQVRJT05fRkFJTEVEAFNTTF9IQU5EU0hBS0VfRkFJTEVEAExPQ0tFRABUUkFOU0ZPUk1BVElPTl9BUFBMSUVEAE5PVF9NT0RJRklFRABOT1RfRVhURU5ERUQAQkFORFdJRFRIX0xJTUlUX0VYQ0VFREVEAFNJVEVfSVNfT1ZFUkxPQURFRABIRUFEAEV4cGVjdGVkIEhUVFAvAABeEwAAJhMAADAQAADwFwAAnRMAABUSAAA5FwAA8BIAAAoQAAB1EgAArRIAAIITAABPFAAAfxAAAKAVAAAjFAAAiRIAAIsUAABNFQAA1BEAAM8UAAAQGAAAyRYAANwWAADBEQAA4BcAALsUAAB0FAAAfBUAAOUUAAAIFwAAHxAAAGUVAACjFAAAKBUAAAIVAACZFQAALBAAAIsZAABPDwAA1A4AAGoQAADOEAAAAhcAAIkOAABuEwAAHBMAAGYUAABWFwAAwRMAAM0TAABsEwAAaBcAAGYXAABfFwAAIhMAAM4PAABpDgAA2A4AAGMWAADLEwAAqg4AACgXAAAmFwAAxRMAAF0WAADoEQAAZxMAAGUTAADyFgAAcxMAAB0XAAD5FgAA8xEAAM8OAADOFQAADBIAALMRAAClEQAAYRAAADIXAAC7EwBB+TULAQEAQZA2C+ABAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQf03CwEBAEGROAteAgMCAgICAgAAAgIAAgIAAgICAgICAgICAgAEAAAAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAgICAAIAAgBB/TkLAQEAQZE6C14CAAICAgICAAACAgACAgACAgICAgICAgICAAMABAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEHwOwsNbG9zZWVlcC1hbGl2ZQBBiTwLAQEAQaA8C+ABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYk+CwEBAEGgPgvnAQEBAQEBAQEBAQEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBY2h1bmtlZABBsMAAC18BAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBBkMIACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQcDCAAstcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQoNClNNDQoNClRUUC9DRS9UU1AvAEH5wgALBQECAAEDAEGQwwAL4AEEAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cQACwUBAgABAwBBkMUAC+ABBAEBBQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQfnGAAsEAQAAAQBBkccAC98BAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+sgACwQBAAACAEGQyQALXwMEAAAEBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAQABAAGBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEAEH6ygALBAEAAAEAQZDLAAsBAQBBqssAC0ECAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB+swACwQBAAABAEGQzQALAQEAQZrNAAsGAgAAAAACAEGxzQALOgMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQfDOAAuWAU5PVU5DRUVDS09VVE5FQ1RFVEVDUklCRUxVU0hFVEVBRFNFQVJDSFJHRUNUSVZJVFlMRU5EQVJWRU9USUZZUFRJT05TQ0hTRUFZU1RBVENIR0VPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFSFRUUC9BRFRQLw==","base64")},172:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.enumToMap=void 0,t.enumToMap=function(e){const t={}
return Object.keys(e).forEach(A=>{const n=e[A]
"number"==typeof n&&(t[A]=n)}),t}},7501:(e,t,A)=>{const{kClients:n}=A(6443),s=A(7405),{kAgent:r,kMockAgentSet:o,kMockAgentGet:i,kDispatches:a,kIsMockActive:c,kNetConnect:l,kGetNetConnect:g,kOptions:h,kFactory:u}=A(1117),E=A(7365),Q=A(4004),{matchValue:B,buildMockOptions:C}=A(3397),{InvalidArgumentError:I,UndiciError:d}=A(8707),f=A(883),p=A(1529),m=A(6142)
e.exports=class extends f{constructor(e){if(super(e),this[l]=!0,this[c]=!0,e?.agent&&"function"!=typeof e.agent.dispatch)throw new I("Argument opts.agent must implement Agent")
const t=e?.agent?e.agent:new s(e)
this[r]=t,this[n]=t[n],this[h]=C(e)}get(e){let t=this[i](e)
return t||(t=this[u](e),this[o](e,t)),t}dispatch(e,t){return this.get(e.origin),this[r].dispatch(e,t)}async close(){await this[r].close(),this[n].clear()}deactivate(){this[c]=!1}activate(){this[c]=!0}enableNetConnect(e){if("string"==typeof e||"function"==typeof e||e instanceof RegExp)Array.isArray(this[l])?this[l].push(e):this[l]=[e]
else{if(void 0!==e)throw new I("Unsupported matcher. Must be one of String|Function|RegExp.")
this[l]=!0}}disableNetConnect(){this[l]=!1}get isMockActive(){return this[c]}[o](e,t){this[n].set(e,t)}[u](e){const t=Object.assign({agent:this},this[h])
return this[h]&&1===this[h].connections?new E(e,t):new Q(e,t)}[i](e){const t=this[n].get(e)
if(t)return t
if("string"!=typeof e){const t=this[u]("http://localhost:9999")
return this[o](e,t),t}for(const[t,A]of Array.from(this[n]))if(A&&"string"!=typeof t&&B(t,e)){const t=this[u](e)
return this[o](e,t),t[a]=A[a],t}}[g](){return this[l]}pendingInterceptors(){const e=this[n]
return Array.from(e.entries()).flatMap(([e,t])=>t[a].map(t=>({...t,origin:e}))).filter(({pending:e})=>e)}assertNoPendingInterceptors({pendingInterceptorsFormatter:e=new m}={}){const t=this.pendingInterceptors()
if(0===t.length)return
const A=new p("interceptor","interceptors").pluralize(t.length)
throw new d(`\n${A.count} ${A.noun} ${A.is} pending:\n\n${e.format(t)}\n`.trim())}}},7365:(e,t,A)=>{const{promisify:n}=A(7975),s=A(3701),{buildMockDispatch:r}=A(3397),{kDispatches:o,kMockAgent:i,kClose:a,kOriginalClose:c,kOrigin:l,kOriginalDispatch:g,kConnected:h}=A(1117),{MockInterceptor:u}=A(1511),E=A(6443),{InvalidArgumentError:Q}=A(8707)
class B extends s{constructor(e,t){if(super(e,t),!t||!t.agent||"function"!=typeof t.agent.dispatch)throw new Q("Argument opts.agent must implement Agent")
this[i]=t.agent,this[l]=e,this[o]=[],this[h]=1,this[g]=this.dispatch,this[c]=this.close.bind(this),this.dispatch=r.call(this),this.close=this[a]}get[E.kConnected](){return this[h]}intercept(e){return new u(e,this[o])}async[a](){await n(this[c])(),this[h]=0,this[i][E.kClients].delete(this[l])}}e.exports=B},2429:(e,t,A)=>{const{UndiciError:n}=A(8707),s=Symbol.for("undici.error.UND_MOCK_ERR_MOCK_NOT_MATCHED")
class r extends n{constructor(e){super(e),Error.captureStackTrace(this,r),this.name="MockNotMatchedError",this.message=e||"The request does not match any registered mock dispatches",this.code="UND_MOCK_ERR_MOCK_NOT_MATCHED"}static[Symbol.hasInstance](e){return e&&!0===e[s]}[s]=!0}e.exports={MockNotMatchedError:r}},1511:(e,t,A)=>{const{getResponseData:n,buildKey:s,addMockDispatch:r}=A(3397),{kDispatches:o,kDispatchKey:i,kDefaultHeaders:a,kDefaultTrailers:c,kContentLength:l,kMockDispatch:g}=A(1117),{InvalidArgumentError:h}=A(8707),{buildURL:u}=A(3440)
class E{constructor(e){this[g]=e}delay(e){if("number"!=typeof e||!Number.isInteger(e)||e<=0)throw new h("waitInMs must be a valid integer > 0")
return this[g].delay=e,this}persist(){return this[g].persist=!0,this}times(e){if("number"!=typeof e||!Number.isInteger(e)||e<=0)throw new h("repeatTimes must be a valid integer > 0")
return this[g].times=e,this}}e.exports.MockInterceptor=class{constructor(e,t){if("object"!=typeof e)throw new h("opts must be an object")
if(void 0===e.path)throw new h("opts.path must be defined")
if(void 0===e.method&&(e.method="GET"),"string"==typeof e.path)if(e.query)e.path=u(e.path,e.query)
else{const t=new URL(e.path,"data://")
e.path=t.pathname+t.search}"string"==typeof e.method&&(e.method=e.method.toUpperCase()),this[i]=s(e),this[o]=t,this[a]={},this[c]={},this[l]=!1}createMockScopeDispatchData({statusCode:e,data:t,responseOptions:A}){const s=n(t),r=this[l]?{"content-length":s.length}:{}
return{statusCode:e,data:t,headers:{...this[a],...r,...A.headers},trailers:{...this[c],...A.trailers}}}validateReplyParameters(e){if(void 0===e.statusCode)throw new h("statusCode must be defined")
if("object"!=typeof e.responseOptions||null===e.responseOptions)throw new h("responseOptions must be an object")}reply(e){if("function"==typeof e){const t=t=>{const A=e(t)
if("object"!=typeof A||null===A)throw new h("reply options callback must return an object")
const n={data:"",responseOptions:{},...A}
return this.validateReplyParameters(n),{...this.createMockScopeDispatchData(n)}},A=r(this[o],this[i],t)
return new E(A)}const t={statusCode:e,data:void 0===arguments[1]?"":arguments[1],responseOptions:void 0===arguments[2]?{}:arguments[2]}
this.validateReplyParameters(t)
const A=this.createMockScopeDispatchData(t),n=r(this[o],this[i],A)
return new E(n)}replyWithError(e){if(void 0===e)throw new h("error must be defined")
const t=r(this[o],this[i],{error:e})
return new E(t)}defaultReplyHeaders(e){if(void 0===e)throw new h("headers must be defined")
return this[a]=e,this}defaultReplyTrailers(e){if(void 0===e)throw new h("trailers must be defined")
return this[c]=e,this}replyContentLength(){return this[l]=!0,this}},e.exports.MockScope=E},4004:(e,t,A)=>{const{promisify:n}=A(7975),s=A(628),{buildMockDispatch:r}=A(3397),{kDispatches:o,kMockAgent:i,kClose:a,kOriginalClose:c,kOrigin:l,kOriginalDispatch:g,kConnected:h}=A(1117),{MockInterceptor:u}=A(1511),E=A(6443),{InvalidArgumentError:Q}=A(8707)
class B extends s{constructor(e,t){if(super(e,t),!t||!t.agent||"function"!=typeof t.agent.dispatch)throw new Q("Argument opts.agent must implement Agent")
this[i]=t.agent,this[l]=e,this[o]=[],this[h]=1,this[g]=this.dispatch,this[c]=this.close.bind(this),this.dispatch=r.call(this),this.close=this[a]}get[E.kConnected](){return this[h]}intercept(e){return new u(e,this[o])}async[a](){await n(this[c])(),this[h]=0,this[i][E.kClients].delete(this[l])}}e.exports=B},1117:e=>{e.exports={kAgent:Symbol("agent"),kOptions:Symbol("options"),kFactory:Symbol("factory"),kDispatches:Symbol("dispatches"),kDispatchKey:Symbol("dispatch key"),kDefaultHeaders:Symbol("default headers"),kDefaultTrailers:Symbol("default trailers"),kContentLength:Symbol("content length"),kMockAgent:Symbol("mock agent"),kMockAgentSet:Symbol("mock agent set"),kMockAgentGet:Symbol("mock agent get"),kMockDispatch:Symbol("mock dispatch"),kClose:Symbol("close"),kOriginalClose:Symbol("original agent close"),kOrigin:Symbol("origin"),kIsMockActive:Symbol("is mock active"),kNetConnect:Symbol("net connect"),kGetNetConnect:Symbol("get net connect"),kConnected:Symbol("connected")}},3397:(e,t,A)=>{const{MockNotMatchedError:n}=A(2429),{kDispatches:s,kMockAgent:r,kOriginalDispatch:o,kOrigin:i,kGetNetConnect:a}=A(1117),{buildURL:c}=A(3440),{STATUS_CODES:l}=A(7067),{types:{isPromise:g}}=A(7975)
function h(e,t){return"string"==typeof e?e===t:e instanceof RegExp?e.test(t):"function"==typeof e&&!0===e(t)}function u(e){return Object.fromEntries(Object.entries(e).map(([e,t])=>[e.toLocaleLowerCase(),t]))}function E(e,t){if(!Array.isArray(e))return"function"==typeof e.get?e.get(t):u(e)[t.toLocaleLowerCase()]
for(let A=0;A<e.length;A+=2)if(e[A].toLocaleLowerCase()===t.toLocaleLowerCase())return e[A+1]}function Q(e){const t=e.slice(),A=[]
for(let e=0;e<t.length;e+=2)A.push([t[e],t[e+1]])
return Object.fromEntries(A)}function B(e,t){if("function"==typeof e.headers)return Array.isArray(t)&&(t=Q(t)),e.headers(t?u(t):{})
if(void 0===e.headers)return!0
if("object"!=typeof t||"object"!=typeof e.headers)return!1
for(const[A,n]of Object.entries(e.headers)){if(!h(n,E(t,A)))return!1}return!0}function C(e){if("string"!=typeof e)return e
const t=e.split("?")
if(2!==t.length)return e
const A=new URLSearchParams(t.pop())
return A.sort(),[...t,A.toString()].join("?")}function I(e){return Buffer.isBuffer(e)||e instanceof Uint8Array||e instanceof ArrayBuffer?e:"object"==typeof e?JSON.stringify(e):e.toString()}function d(e,t){const A=t.query?c(t.path,t.query):t.path,s="string"==typeof A?C(A):A
let r=e.filter(({consumed:e})=>!e).filter(({path:e})=>h(C(e),s))
if(0===r.length)throw new n(`Mock dispatch not matched for path '${s}'`)
if(r=r.filter(({method:e})=>h(e,t.method)),0===r.length)throw new n(`Mock dispatch not matched for method '${t.method}' on path '${s}'`)
if(r=r.filter(({body:e})=>void 0===e||h(e,t.body)),0===r.length)throw new n(`Mock dispatch not matched for body '${t.body}' on path '${s}'`)
if(r=r.filter(e=>B(e,t.headers)),0===r.length){const e="object"==typeof t.headers?JSON.stringify(t.headers):t.headers
throw new n(`Mock dispatch not matched for headers '${e}' on path '${s}'`)}return r[0]}function f(e,t){const A=e.findIndex(e=>!!e.consumed&&function(e,{path:t,method:A,body:n,headers:s}){const r=h(e.path,t),o=h(e.method,A),i=void 0===e.body||h(e.body,n),a=B(e,s)
return r&&o&&i&&a}(e,t));-1!==A&&e.splice(A,1)}function p(e){const{path:t,method:A,body:n,headers:s,query:r}=e
return{path:t,method:A,body:n,headers:s,query:r}}function m(e){const t=Object.keys(e),A=[]
for(let n=0;n<t.length;++n){const s=t[n],r=e[s],o=Buffer.from(`${s}`)
if(Array.isArray(r))for(let e=0;e<r.length;++e)A.push(o,Buffer.from(`${r[e]}`))
else A.push(o,Buffer.from(`${r}`))}return A}function y(e){return l[e]||"unknown"}function w(e,t){const A=p(e),n=d(this[s],A)
n.timesInvoked++,n.data.callback&&(n.data={...n.data,...n.data.callback(e)})
const{data:{statusCode:r,data:o,headers:i,trailers:a,error:c},delay:l,persist:h}=n,{timesInvoked:u,times:E}=n
if(n.consumed=!h&&u>=E,n.pending=u<E,null!==c)return f(this[s],A),t.onError(c),!0
function B(n,s=o){const c=Array.isArray(e.headers)?Q(e.headers):e.headers,l="function"==typeof s?s({...e,headers:c}):s
if(g(l))return void l.then(e=>B(n,e))
const h=I(l),u=m(i),E=m(a)
t.onConnect?.(e=>t.onError(e),null),t.onHeaders?.(r,u,C,y(r)),t.onData?.(Buffer.from(h)),t.onComplete?.(E),f(n,A)}function C(){}return"number"==typeof l&&l>0?setTimeout(()=>{B(this[s])},l):B(this[s]),!0}function k(e,t){const A=new URL(t)
return!0===e||!(!Array.isArray(e)||!e.some(e=>h(e,A.host)))}e.exports={getResponseData:I,getMockDispatch:d,addMockDispatch:function(e,t,A){const n={timesInvoked:0,times:1,persist:!1,consumed:!1,...t,pending:!0,data:{error:null,..."function"==typeof A?{callback:A}:{...A}}}
return e.push(n),n},deleteMockDispatch:f,buildKey:p,generateKeyValues:m,matchValue:h,getResponse:async function(e){const t=[]
for await(const A of e)t.push(A)
return Buffer.concat(t).toString("utf8")},getStatusText:y,mockDispatch:w,buildMockDispatch:function(){const e=this[r],t=this[i],A=this[o]
return function(s,r){if(e.isMockActive)try{w.call(this,s,r)}catch(o){if(!(o instanceof n))throw o
{const i=e[a]()
if(!1===i)throw new n(`${o.message}: subsequent request to origin ${t} was not allowed (net.connect disabled)`)
if(!k(i,t))throw new n(`${o.message}: subsequent request to origin ${t} was not allowed (net.connect is not enabled for this origin)`)
A.call(this,s,r)}}else A.call(this,s,r)}},checkNetConnect:k,buildMockOptions:function(e){if(e){const{agent:t,...A}=e
return A}},getHeaderByName:E,buildHeadersFromArray:Q}},6142:(e,t,A)=>{const{Transform:n}=A(7075),{Console:s}=A(7540),r=process.versions.icu?"\u2705":"Y ",o=process.versions.icu?"\u274c":"N "
e.exports=class{constructor({disableColors:e}={}){this.transform=new n({transform(e,t,A){A(null,e)}}),this.logger=new s({stdout:this.transform,inspectOptions:{colors:!e&&!process.env.CI}})}format(e){const t=e.map(({method:e,path:t,data:{statusCode:A},persist:n,times:s,timesInvoked:i,origin:a})=>({Method:e,Origin:a,Path:t,"Status code":A,Persistent:n?r:o,Invocations:i,Remaining:n?1/0:s-i}))
return this.logger.table(t),this.transform.read().toString()}}},1529:e=>{const t={pronoun:"it",is:"is",was:"was",this:"this"},A={pronoun:"they",is:"are",was:"were",this:"these"}
e.exports=class{constructor(e,t){this.singular=e,this.plural=t}pluralize(e){const n=1===e
return{...n?t:A,count:e,noun:n?this.singular:this.plural}}}},6603:e=>{let t=0
const A=1e3
let n
const s=Symbol("kFastTimer"),r=[]
function o(){t+=499
let e=0,A=r.length
for(;e<A;){const n=r[e]
0===n._state?(n._idleStart=t-499,n._state=1):1===n._state&&t>=n._idleStart+n._idleTimeout&&(n._state=-1,n._idleStart=-1,n._onTimeout(n._timerArg)),-1===n._state?(n._state=-2,0!==--A&&(r[e]=r[A])):++e}r.length=A,0!==r.length&&i()}function i(){n?n.refresh():(clearTimeout(n),n=setTimeout(o,499),n.unref&&n.unref())}class a{[s]=!0
_state=-2
_idleTimeout=-1
_idleStart=-1
_onTimeout
_timerArg
constructor(e,t,A){this._onTimeout=e,this._idleTimeout=t,this._timerArg=A,this.refresh()}refresh(){-2===this._state&&r.push(this),n&&1!==r.length||i(),this._state=0}clear(){this._state=-1,this._idleStart=-1}}e.exports={setTimeout:(e,t,n)=>t<=A?setTimeout(e,t,n):new a(e,t,n),clearTimeout(e){e[s]?e.clear():clearTimeout(e)},setFastTimeout:(e,t,A)=>new a(e,t,A),clearFastTimeout(e){e.clear()},now:()=>t,tick(e=0){t+=e-A+1,o(),o()},reset(){t=0,r.length=0,clearTimeout(n),n=null},kFastTimer:s}},9634:(e,t,A)=>{const{kConstruct:n}=A(109),{urlEquals:s,getFieldValues:r}=A(6798),{kEnumerableProperty:o,isDisturbed:i}=A(3440),{webidl:a}=A(5893),{Response:c,cloneResponse:l,fromInnerResponse:g}=A(9051),{Request:h,fromInnerRequest:u}=A(9967),{kState:E}=A(3627),{fetching:Q}=A(4398),{urlIsHttpHttpsScheme:B,createDeferredPromise:C,readAllBytes:I}=A(3168),d=A(4589)
class f{#F
constructor(){arguments[0]!==n&&a.illegalConstructor(),a.util.markAsUncloneable(this),this.#F=arguments[1]}async match(e,t={}){a.brandCheck(this,f)
const A="Cache.match"
a.argumentLengthCheck(arguments,1,A),e=a.converters.RequestInfo(e,A,"request"),t=a.converters.CacheQueryOptions(t,A,"options")
const n=this.#M(e,t,1)
if(0!==n.length)return n[0]}async matchAll(e=void 0,t={}){a.brandCheck(this,f)
const A="Cache.matchAll"
return void 0!==e&&(e=a.converters.RequestInfo(e,A,"request")),t=a.converters.CacheQueryOptions(t,A,"options"),this.#M(e,t)}async add(e){a.brandCheck(this,f)
const t="Cache.add"
a.argumentLengthCheck(arguments,1,t)
const A=[e=a.converters.RequestInfo(e,t,"request")],n=this.addAll(A)
return await n}async addAll(e){a.brandCheck(this,f)
const t="Cache.addAll"
a.argumentLengthCheck(arguments,1,t)
const A=[],n=[]
for(let A of e){if(void 0===A)throw a.errors.conversionFailed({prefix:t,argument:"Argument 1",types:["undefined is not allowed"]})
if(A=a.converters.RequestInfo(A),"string"==typeof A)continue
const e=A[E]
if(!B(e.url)||"GET"!==e.method)throw a.errors.exception({header:t,message:"Expected http/s scheme when method is not GET."})}const s=[]
for(const o of e){const e=new h(o)[E]
if(!B(e.url))throw a.errors.exception({header:t,message:"Expected http/s scheme."})
e.initiator="fetch",e.destination="subresource",n.push(e)
const i=C()
s.push(Q({request:e,processResponse(e){if("error"===e.type||206===e.status||e.status<200||e.status>299)i.reject(a.errors.exception({header:"Cache.addAll",message:"Received an invalid status code or the request failed."}))
else if(e.headersList.contains("vary")){const t=r(e.headersList.get("vary"))
for(const e of t)if("*"===e){i.reject(a.errors.exception({header:"Cache.addAll",message:"invalid vary field value"}))
for(const e of s)e.abort()
return}}},processResponseEndOfBody(e){e.aborted?i.reject(new DOMException("aborted","AbortError")):i.resolve(e)}})),A.push(i.promise)}const o=Promise.all(A),i=await o,c=[]
let l=0
for(const e of i){const t={type:"put",request:n[l],response:e}
c.push(t),l++}const g=C()
let u=null
try{this.#v(c)}catch(e){u=e}return queueMicrotask(()=>{null===u?g.resolve(void 0):g.reject(u)}),g.promise}async put(e,t){a.brandCheck(this,f)
const A="Cache.put"
a.argumentLengthCheck(arguments,2,A),e=a.converters.RequestInfo(e,A,"request"),t=a.converters.Response(t,A,"response")
let n=null
if(n=e instanceof h?e[E]:new h(e)[E],!B(n.url)||"GET"!==n.method)throw a.errors.exception({header:A,message:"Expected an http/s scheme when method is not GET"})
const s=t[E]
if(206===s.status)throw a.errors.exception({header:A,message:"Got 206 status"})
if(s.headersList.contains("vary")){const e=r(s.headersList.get("vary"))
for(const t of e)if("*"===t)throw a.errors.exception({header:A,message:"Got * vary field value"})}if(s.body&&(i(s.body.stream)||s.body.stream.locked))throw a.errors.exception({header:A,message:"Response body is locked or disturbed"})
const o=l(s),c=C()
if(null!=s.body){const e=s.body.stream.getReader()
I(e).then(c.resolve,c.reject)}else c.resolve(void 0)
const g=[],u={type:"put",request:n,response:o}
g.push(u)
const Q=await c.promise
null!=o.body&&(o.body.source=Q)
const d=C()
let p=null
try{this.#v(g)}catch(e){p=e}return queueMicrotask(()=>{null===p?d.resolve():d.reject(p)}),d.promise}async delete(e,t={}){a.brandCheck(this,f)
const A="Cache.delete"
a.argumentLengthCheck(arguments,1,A),e=a.converters.RequestInfo(e,A,"request"),t=a.converters.CacheQueryOptions(t,A,"options")
let n=null
if(e instanceof h){if(n=e[E],"GET"!==n.method&&!t.ignoreMethod)return!1}else d("string"==typeof e),n=new h(e)[E]
const s=[],r={type:"delete",request:n,options:t}
s.push(r)
const o=C()
let i,c=null
try{i=this.#v(s)}catch(e){c=e}return queueMicrotask(()=>{null===c?o.resolve(!!i?.length):o.reject(c)}),o.promise}async keys(e=void 0,t={}){a.brandCheck(this,f)
const A="Cache.keys"
void 0!==e&&(e=a.converters.RequestInfo(e,A,"request")),t=a.converters.CacheQueryOptions(t,A,"options")
let n=null
if(void 0!==e)if(e instanceof h){if(n=e[E],"GET"!==n.method&&!t.ignoreMethod)return[]}else"string"==typeof e&&(n=new h(e)[E])
const s=C(),r=[]
if(void 0===e)for(const e of this.#F)r.push(e[0])
else{const e=this.#U(n,t)
for(const t of e)r.push(t[0])}return queueMicrotask(()=>{const e=[]
for(const t of r){const A=u(t,(new AbortController).signal,"immutable")
e.push(A)}s.resolve(Object.freeze(e))}),s.promise}#v(e){const t=this.#F,A=[...t],n=[],s=[]
try{for(const A of e){if("delete"!==A.type&&"put"!==A.type)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:'operation type does not match "delete" or "put"'})
if("delete"===A.type&&null!=A.response)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"delete operation should not have an associated response"})
if(this.#U(A.request,A.options,n).length)throw new DOMException("???","InvalidStateError")
let e
if("delete"===A.type){if(e=this.#U(A.request,A.options),0===e.length)return[]
for(const A of e){const e=t.indexOf(A)
d(-1!==e),t.splice(e,1)}}else if("put"===A.type){if(null==A.response)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"put operation should have an associated response"})
const s=A.request
if(!B(s.url))throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"expected http or https scheme"})
if("GET"!==s.method)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"not get method"})
if(null!=A.options)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"options must not be defined"})
e=this.#U(A.request)
for(const A of e){const e=t.indexOf(A)
d(-1!==e),t.splice(e,1)}t.push([A.request,A.response]),n.push([A.request,A.response])}s.push([A.request,A.response])}return s}catch(e){throw this.#F.length=0,this.#F=A,e}}#U(e,t,A){const n=[],s=A??this.#F
for(const A of s){const[s,r]=A
this.#L(e,s,r,t)&&n.push(A)}return n}#L(e,t,A=null,n){const o=new URL(e.url),i=new URL(t.url)
if(n?.ignoreSearch&&(i.search="",o.search=""),!s(o,i,!0))return!1
if(null==A||n?.ignoreVary||!A.headersList.contains("vary"))return!0
const a=r(A.headersList.get("vary"))
for(const A of a){if("*"===A)return!1
if(t.headersList.get(A)!==e.headersList.get(A))return!1}return!0}#M(e,t,A=1/0){let n=null
if(void 0!==e)if(e instanceof h){if(n=e[E],"GET"!==n.method&&!t.ignoreMethod)return[]}else"string"==typeof e&&(n=new h(e)[E])
const s=[]
if(void 0===e)for(const e of this.#F)s.push(e[1])
else{const e=this.#U(n,t)
for(const t of e)s.push(t[1])}const r=[]
for(const e of s){const t=g(e,"immutable")
if(r.push(t.clone()),r.length>=A)break}return Object.freeze(r)}}Object.defineProperties(f.prototype,{[Symbol.toStringTag]:{value:"Cache",configurable:!0},match:o,matchAll:o,add:o,addAll:o,put:o,delete:o,keys:o})
const p=[{key:"ignoreSearch",converter:a.converters.boolean,defaultValue:()=>!1},{key:"ignoreMethod",converter:a.converters.boolean,defaultValue:()=>!1},{key:"ignoreVary",converter:a.converters.boolean,defaultValue:()=>!1}]
a.converters.CacheQueryOptions=a.dictionaryConverter(p),a.converters.MultiCacheQueryOptions=a.dictionaryConverter([...p,{key:"cacheName",converter:a.converters.DOMString}]),a.converters.Response=a.interfaceConverter(c),a.converters["sequence<RequestInfo>"]=a.sequenceConverter(a.converters.RequestInfo),e.exports={Cache:f}},3245:(e,t,A)=>{const{kConstruct:n}=A(109),{Cache:s}=A(9634),{webidl:r}=A(5893),{kEnumerableProperty:o}=A(3440)
class i{#T=new Map
constructor(){arguments[0]!==n&&r.illegalConstructor(),r.util.markAsUncloneable(this)}async match(e,t={}){if(r.brandCheck(this,i),r.argumentLengthCheck(arguments,1,"CacheStorage.match"),e=r.converters.RequestInfo(e),null!=(t=r.converters.MultiCacheQueryOptions(t)).cacheName){if(this.#T.has(t.cacheName)){const A=this.#T.get(t.cacheName),r=new s(n,A)
return await r.match(e,t)}}else for(const A of this.#T.values()){const r=new s(n,A),o=await r.match(e,t)
if(void 0!==o)return o}}async has(e){r.brandCheck(this,i)
const t="CacheStorage.has"
return r.argumentLengthCheck(arguments,1,t),e=r.converters.DOMString(e,t,"cacheName"),this.#T.has(e)}async open(e){r.brandCheck(this,i)
const t="CacheStorage.open"
if(r.argumentLengthCheck(arguments,1,t),e=r.converters.DOMString(e,t,"cacheName"),this.#T.has(e)){const t=this.#T.get(e)
return new s(n,t)}const A=[]
return this.#T.set(e,A),new s(n,A)}async delete(e){r.brandCheck(this,i)
const t="CacheStorage.delete"
return r.argumentLengthCheck(arguments,1,t),e=r.converters.DOMString(e,t,"cacheName"),this.#T.delete(e)}async keys(){r.brandCheck(this,i)
return[...this.#T.keys()]}}Object.defineProperties(i.prototype,{[Symbol.toStringTag]:{value:"CacheStorage",configurable:!0},match:o,has:o,open:o,delete:o,keys:o}),e.exports={CacheStorage:i}},109:(e,t,A)=>{e.exports={kConstruct:A(6443).kConstruct}},6798:(e,t,A)=>{const n=A(4589),{URLSerializer:s}=A(1900),{isValidHeaderName:r}=A(3168)
e.exports={urlEquals:function(e,t,A=!1){return s(e,A)===s(t,A)},getFieldValues:function(e){n(null!==e)
const t=[]
for(let A of e.split(","))A=A.trim(),r(A)&&t.push(A)
return t}}},1276:e=>{e.exports={maxAttributeValueSize:1024,maxNameValuePairSize:4096}},9061:(e,t,A)=>{const{parseSetCookie:n}=A(1978),{stringify:s}=A(7797),{webidl:r}=A(5893),{Headers:o}=A(660)
function i(e,t){r.argumentLengthCheck(arguments,2,"setCookie"),r.brandCheck(e,o,{strict:!1}),t=r.converters.Cookie(t)
const A=s(t)
A&&e.append("Set-Cookie",A)}r.converters.DeleteCookieAttributes=r.dictionaryConverter([{converter:r.nullableConverter(r.converters.DOMString),key:"path",defaultValue:()=>null},{converter:r.nullableConverter(r.converters.DOMString),key:"domain",defaultValue:()=>null}]),r.converters.Cookie=r.dictionaryConverter([{converter:r.converters.DOMString,key:"name"},{converter:r.converters.DOMString,key:"value"},{converter:r.nullableConverter(e=>"number"==typeof e?r.converters["unsigned long long"](e):new Date(e)),key:"expires",defaultValue:()=>null},{converter:r.nullableConverter(r.converters["long long"]),key:"maxAge",defaultValue:()=>null},{converter:r.nullableConverter(r.converters.DOMString),key:"domain",defaultValue:()=>null},{converter:r.nullableConverter(r.converters.DOMString),key:"path",defaultValue:()=>null},{converter:r.nullableConverter(r.converters.boolean),key:"secure",defaultValue:()=>null},{converter:r.nullableConverter(r.converters.boolean),key:"httpOnly",defaultValue:()=>null},{converter:r.converters.USVString,key:"sameSite",allowedValues:["Strict","Lax","None"]},{converter:r.sequenceConverter(r.converters.DOMString),key:"unparsed",defaultValue:()=>new Array(0)}]),e.exports={getCookies:function(e){r.argumentLengthCheck(arguments,1,"getCookies"),r.brandCheck(e,o,{strict:!1})
const t=e.get("cookie"),A={}
if(!t)return A
for(const e of t.split(";")){const[t,...n]=e.split("=")
A[t.trim()]=n.join("=")}return A},deleteCookie:function(e,t,A){r.brandCheck(e,o,{strict:!1})
const n="deleteCookie"
r.argumentLengthCheck(arguments,2,n),t=r.converters.DOMString(t,n,"name"),A=r.converters.DeleteCookieAttributes(A),i(e,{name:t,value:"",expires:new Date(0),...A})},getSetCookies:function(e){r.argumentLengthCheck(arguments,1,"getSetCookies"),r.brandCheck(e,o,{strict:!1})
const t=e.getSetCookie()
return t?t.map(e=>n(e)):[]},setCookie:i}},1978:(e,t,A)=>{const{maxNameValuePairSize:n,maxAttributeValueSize:s}=A(1276),{isCTLExcludingHtab:r}=A(7797),{collectASequenceOfCodePointsFast:o}=A(1900),i=A(4589)
function a(e,t={}){if(0===e.length)return t
i(";"===e[0])
let A="";(e=e.slice(1)).includes(";")?(A=o(";",e,{position:0}),e=e.slice(A.length)):(A=e,e="")
let n="",r=""
if(A.includes("=")){const e={position:0}
n=o("=",A,e),r=A.slice(e.position+1)}else n=A
if(n=n.trim(),r=r.trim(),r.length>s)return a(e,t)
const c=n.toLowerCase()
if("expires"===c){const e=new Date(r)
t.expires=e}else if("max-age"===c){const A=r.charCodeAt(0)
if((A<48||A>57)&&"-"!==r[0])return a(e,t)
if(!/^\d+$/.test(r))return a(e,t)
const n=Number(r)
t.maxAge=n}else if("domain"===c){let e=r
"."===e[0]&&(e=e.slice(1)),e=e.toLowerCase(),t.domain=e}else if("path"===c){let e=""
e=0===r.length||"/"!==r[0]?"/":r,t.path=e}else if("secure"===c)t.secure=!0
else if("httponly"===c)t.httpOnly=!0
else if("samesite"===c){const e=r.toLowerCase()
"none"===e?t.sameSite="None":"strict"===e?t.sameSite="Strict":"lax"===e&&(t.sameSite="Lax")}else t.unparsed??=[],t.unparsed.push(`${n}=${r}`)
return a(e,t)}e.exports={parseSetCookie:function(e){if(r(e))return null
let t="",A="",s="",i=""
if(e.includes(";")){const n={position:0}
t=o(";",e,n),A=e.slice(n.position)}else t=e
if(t.includes("=")){const e={position:0}
s=o("=",t,e),i=t.slice(e.position+1)}else i=t
return s=s.trim(),i=i.trim(),s.length+i.length>n?null:{name:s,value:i,...a(A)}},parseUnparsedAttributes:a}},7797:e=>{function t(e){for(let t=0;t<e.length;++t){const A=e.charCodeAt(t)
if(A<33||A>126||34===A||40===A||41===A||60===A||62===A||64===A||44===A||59===A||58===A||92===A||47===A||91===A||93===A||63===A||61===A||123===A||125===A)throw new Error("Invalid cookie name")}}function A(e){let t=e.length,A=0
if('"'===e[0]){if(1===t||'"'!==e[t-1])throw new Error("Invalid cookie value");--t,++A}for(;A<t;){const t=e.charCodeAt(A++)
if(t<33||t>126||34===t||44===t||59===t||92===t)throw new Error("Invalid cookie value")}}function n(e){for(let t=0;t<e.length;++t){const A=e.charCodeAt(t)
if(A<32||A>126||59===A)throw new Error("Invalid cookie path")}}function s(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122}const r=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],o=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],i=Array(61).fill(0).map((e,t)=>t.toString().padStart(2,"0"))
function a(e){return"number"==typeof e&&(e=new Date(e)),`${r[e.getUTCDay()]}, ${i[e.getUTCDate()]} ${o[e.getUTCMonth()]} ${e.getUTCFullYear()} ${i[e.getUTCHours()]}:${i[e.getUTCMinutes()]}:${i[e.getUTCSeconds()]} GMT`}e.exports={isCTLExcludingHtab:function(e){for(let t=0;t<e.length;++t){const A=e.charCodeAt(t)
if(A>=0&&A<=8||A>=10&&A<=31||127===A)return!0}return!1},validateCookieName:t,validateCookiePath:n,validateCookieValue:A,toIMFDate:a,stringify:function(e){if(0===e.name.length)return null
t(e.name),A(e.value)
const r=[`${e.name}=${e.value}`]
e.name.startsWith("__Secure-")&&(e.secure=!0),e.name.startsWith("__Host-")&&(e.secure=!0,e.domain=null,e.path="/"),e.secure&&r.push("Secure"),e.httpOnly&&r.push("HttpOnly"),"number"==typeof e.maxAge&&(!function(e){if(e<0)throw new Error("Invalid cookie max-age")}(e.maxAge),r.push(`Max-Age=${e.maxAge}`)),e.domain&&(!function(e){if(" "===e)return
if(e.length>255)throw new Error("Invalid cookie domain")
let t=0
for(let A=0;A<e.length;++A){const n=e.charCodeAt(A)
if(46!==n){if(0===t&&!s(n))throw new Error("Invalid cookie domain")
if(!s(n)&&45!==n)throw new Error("Invalid cookie domain")
if(++t>63)throw new Error("Invalid cookie domain")}else{if(0===t)throw new Error("Invalid cookie domain")
if(45===e.charCodeAt(A-1))throw new Error("Invalid cookie domain")
t=0}}if(0===t||45===e.charCodeAt(e.length-1))throw new Error("Invalid cookie domain")}(e.domain),r.push(`Domain=${e.domain}`)),e.path&&(n(e.path),r.push(`Path=${e.path}`)),e.expires&&"Invalid Date"!==e.expires.toString()&&r.push(`Expires=${a(e.expires)}`),e.sameSite&&r.push(`SameSite=${e.sameSite}`)
for(const n of e.unparsed){if(!n.includes("="))throw new Error("Invalid unparsed")
const[e,...s]=n.split("="),o=e.trim(),i=s.join("=")
t(o),A(i),r.push(`${o}=${i}`)}return r.join("; ")}}},4031:(e,t,A)=>{const n=A(4573),{Transform:s}=A(7075),{isASCIINumber:r,isValidLastEventId:o}=A(4811),i=[239,187,191],a=n.kStringMaxLength,c=Buffer.from("data"),l=Buffer.from("event"),g=Buffer.from("id"),h=Buffer.from("retry")
function u(e,t,A){if(t!==A.length)return!1
for(let n=0;n<t;n++)if(e[n]!==A[n])return!1
return!0}function E(){const e=new Error("EventSource message size exceeded")
return e.aborted=!1,e}e.exports={EventSourceStream:class extends s{state=null
checkBOM=!0
crlfCheck=!1
eventEndCheck=!1
chunks=[]
chunkIndex=0
pos=0
lineChunkIndex=0
linePos=0
lineLength=0
eventSize=0
eventFieldSizes={data:0,event:0,id:0,retry:0}
dataLineCount=0
maxEventSize
maxDataLines
maxBufferedChunks
event={data:void 0,event:void 0,id:void 0,retry:void 0}
constructor(e={}){e.readableObjectMode=!0,super(e),this.state=e.eventSourceSettings||{},this.maxEventSize=e.maxEventSize??a
const t=this.maxEventSize>0?Math.min(131072,Math.max(1024,Math.floor(this.maxEventSize/128))):0
this.maxDataLines=t,this.maxBufferedChunks=t,e.push&&(this.push=e.push)}_transform(e,t,A){if(0!==e.length)if(this.maxEventSize>0&&this.chunks.length>=this.maxBufferedChunks&&10!==e[0]&&13!==e[0])A(E())
else if(this.chunks.push(e),this.checkBOM&&this.handleBOM())A()
else{for(;this.hasCurrentByte();){const e=this.currentByte()
if(this.eventEndCheck){if(this.crlfCheck){if(10===e){this.crlfCheck=!1,this.consumeCurrentByte()
continue}this.crlfCheck=!1}if(10===e||13===e){13===e&&(this.crlfCheck=!0),this.consumeCurrentByte(),this.hasPendingEvent()&&this.processEvent(this.event),this.clearEvent()
continue}this.eventEndCheck=!1}else if(10!==e&&13!==e){if(this.maxEventSize>0&&++this.lineLength>this.maxEventSize+7)return void A(E())
this.advanceCursor()}else{13===e&&(this.crlfCheck=!0)
try{this.parseLine(this.readLine(),this.event)}catch(e){return void A(e)}this.consumeCurrentByte(),this.eventEndCheck=!0}}A()}else A()}_destroy(e,t){this.chunks.length=0,this.clearEvent(),super._destroy(e,t)}parseLine(e,t){if(0===e.length)return
const A=e.indexOf(58)
if(0===A)return
let n=e.length,s=e.length
if(-1!==A&&(n=A,s=A+1,32===e[s]&&++s),u(e,n,c)){if(this.maxEventSize>0&&this.dataLineCount>=this.maxDataLines)throw E()
const A=e.length-s,n=this.eventFieldSizes.data+(void 0===t.data?0:1)+A
this.setEventFieldSize("data",n)
const r=e.toString("utf8",s)
return void 0===t.data?t.data=r:t.data+=`\n${r}`,void this.dataLineCount++}u(e,n,h)?function(e,t){if(t>=e.length)return!1
for(let A=t;A<e.length;A++)if(e[A]<48||e[A]>57)return!1
return!0}(e,s)&&(this.setEventFieldSize("retry",e.length-s),t.retry=e.toString("utf8",s)):u(e,n,g)?function(e,t){for(let A=t;A<e.length;A++)if(0===e[A])return!1
return!0}(e,s)&&(this.setEventFieldSize("id",e.length-s),t.id=e.toString("utf8",s)):u(e,n,l)&&s<e.length&&(this.setEventFieldSize("event",e.length-s),t.event=e.toString("utf8",s))}setEventFieldSize(e,t){const A=this.eventSize-this.eventFieldSizes[e]+t
if(this.maxEventSize>0&&A>this.maxEventSize)throw E()
this.eventSize=A,this.eventFieldSizes[e]=t}processEvent(e){e.retry&&r(e.retry)&&(this.state.reconnectionTime=parseInt(e.retry,10)),e.id&&o(e.id)&&(this.state.lastEventId=e.id),void 0!==e.data&&this.push({type:e.event||"message",options:{data:e.data,lastEventId:this.state.lastEventId,origin:this.state.origin}})}clearEvent(){this.event.data=void 0,this.event.event=void 0,this.event.id=void 0,this.event.retry=void 0,this.eventSize=0,this.dataLineCount=0,this.eventFieldSizes.data=0,this.eventFieldSizes.event=0,this.eventFieldSizes.id=0,this.eventFieldSizes.retry=0}hasPendingEvent(){return void 0!==this.event.data||void 0!==this.event.event||void 0!==this.event.id||void 0!==this.event.retry}hasCurrentByte(){return this.chunkIndex<this.chunks.length&&this.pos<this.chunks[this.chunkIndex].length}currentByte(){return this.chunks[this.chunkIndex][this.pos]}consumeCurrentByte(){this.advanceCursor(),this.syncLineStartToCursor()}advanceCursor(){for(this.pos++;this.chunkIndex<this.chunks.length&&this.pos>=this.chunks[this.chunkIndex].length;)this.chunkIndex++,this.pos=0}syncLineStartToCursor(){this.lineChunkIndex=this.chunkIndex,this.linePos=this.pos,this.lineLength=0,this.dropConsumedChunks()}dropConsumedChunks(){if(this.lineChunkIndex>0){const e=this.lineChunkIndex
this.chunks.splice(0,e),this.lineChunkIndex=0,this.chunkIndex-=e}this.chunkIndex===this.chunks.length&&(this.chunks.length=0,this.chunkIndex=0,this.pos=0,this.lineChunkIndex=0,this.linePos=0)}readLine(){if(this.lineChunkIndex===this.chunkIndex)return this.chunks[this.chunkIndex].subarray(this.linePos,this.pos)
const e=[]
let t=0
for(let A=this.lineChunkIndex;A<=this.chunkIndex;A++){const n=this.chunks[A],s=A===this.lineChunkIndex?this.linePos:0,r=A===this.chunkIndex?this.pos:n.length,o=n.subarray(s,r)
t+=o.length,e.push(o)}return Buffer.concat(e,t)}peekBufferedByte(e){let t=this.lineChunkIndex,A=this.linePos
for(;t<this.chunks.length;){const n=this.chunks[t],s=n.length-A
if(e<s)return n[A+e]
e-=s,t++,A=0}}discardLeadingBytes(e){for(;e>0&&this.lineChunkIndex<this.chunks.length;){const t=this.chunks[this.lineChunkIndex].length-this.linePos
e<t?(this.linePos+=e,e=0):(e-=t,this.lineChunkIndex++,this.linePos=0)}this.chunkIndex=this.lineChunkIndex,this.pos=this.linePos,this.dropConsumedChunks()}handleBOM(){const e=this.peekBufferedByte(0),t=this.peekBufferedByte(1),A=this.peekBufferedByte(2)
return void 0===t?(e===i[0]||(this.checkBOM=!1),!0):void 0===A?e===i[0]&&t===i[1]||(this.checkBOM=!1,!1):(e===i[0]&&t===i[1]&&A===i[2]&&this.discardLeadingBytes(3),this.checkBOM=!1,!this.hasCurrentByte())}}}},1238:(e,t,A)=>{const{pipeline:n}=A(7075),{fetching:s}=A(4398),{makeRequest:r}=A(9967),{webidl:o}=A(5893),{EventSourceStream:i}=A(4031),{parseMIMEType:a}=A(1900),{createFastMessageEvent:c}=A(5188),{isNetworkError:l}=A(9051),{delay:g}=A(4811),{kEnumerableProperty:h}=A(3440),{environmentSettingsObject:u}=A(3168),{getGlobalDispatcher:E}=A(2581)
let Q=!1
class B extends EventTarget{#Y={open:null,error:null,message:null}
#G=null
#x=!1
#J=0
#H=null
#V=null
#A
#m
constructor(e,t={}){super(),o.util.markAsUncloneable(this)
const A="EventSource constructor"
o.argumentLengthCheck(arguments,1,A),Q||(Q=!0,process.emitWarning("EventSource is experimental, expect them to change at any time.",{code:"UNDICI-ES"})),e=o.converters.USVString(e,A,"url"),t=o.converters.EventSourceInitDict(t,A,"eventSourceInitDict"),this.#A=t.dispatcher,this.#m={lastEventId:"",reconnectionTime:3e3}
const n=u
let s
try{s=new URL(e,n.settingsObject.baseUrl),this.#m.origin=s.origin}catch(e){throw new DOMException(e,"SyntaxError")}this.#G=s.href
let i="anonymous"
t.withCredentials&&(i="use-credentials",this.#x=!0)
const a={redirect:"follow",keepalive:!0,mode:"cors",credentials:"anonymous"===i?"same-origin":"omit",referrer:"no-referrer"}
a.client=u.settingsObject,a.headersList=[["accept",{name:"accept",value:"text/event-stream"}]],a.cache="no-store",a.initiator="other",a.urlList=[new URL(this.#G)],this.#H=r(a),this.#O()}get readyState(){return this.#J}get url(){return this.#G}get withCredentials(){return this.#x}#O(){if(2===this.#J)return
this.#J=0
const e={request:this.#H,dispatcher:this.#A}
e.processResponseEndOfBody=e=>{l(e)&&(this.dispatchEvent(new Event("error")),this.close()),this.#W()},e.processResponse=e=>{if(l(e))return e.aborted?(this.close(),void this.dispatchEvent(new Event("error"))):void this.#W()
const t=e.headersList.get("content-type",!0),A=null!==t?a(t):"failure",s="failure"!==A&&"text/event-stream"===A.essence
if(200!==e.status||!1===s)return this.close(),void this.dispatchEvent(new Event("error"))
this.#J=1,this.dispatchEvent(new Event("open")),this.#m.origin=e.urlList[e.urlList.length-1].origin
const r=new i({eventSourceSettings:this.#m,maxEventSize:this.#A.eventSourceOptions?.maxEventSize,push:e=>{this.dispatchEvent(c(e.type,e.options))}})
n(e.body.stream,r,e=>{!1===e?.aborted&&(this.close(),this.dispatchEvent(new Event("error")))})},this.#V=s(e)}async#W(){2!==this.#J&&(this.#J=0,this.dispatchEvent(new Event("error")),await g(this.#m.reconnectionTime),0===this.#J&&(this.#m.lastEventId.length&&this.#H.headersList.set("last-event-id",this.#m.lastEventId,!0),this.#O()))}close(){o.brandCheck(this,B),2!==this.#J&&(this.#J=2,this.#V.abort(),this.#H=null)}get onopen(){return this.#Y.open}set onopen(e){this.#Y.open&&this.removeEventListener("open",this.#Y.open),"function"==typeof e?(this.#Y.open=e,this.addEventListener("open",e)):this.#Y.open=null}get onmessage(){return this.#Y.message}set onmessage(e){this.#Y.message&&this.removeEventListener("message",this.#Y.message),"function"==typeof e?(this.#Y.message=e,this.addEventListener("message",e)):this.#Y.message=null}get onerror(){return this.#Y.error}set onerror(e){this.#Y.error&&this.removeEventListener("error",this.#Y.error),"function"==typeof e?(this.#Y.error=e,this.addEventListener("error",e)):this.#Y.error=null}}const C={CONNECTING:{__proto__:null,configurable:!1,enumerable:!0,value:0,writable:!1},OPEN:{__proto__:null,configurable:!1,enumerable:!0,value:1,writable:!1},CLOSED:{__proto__:null,configurable:!1,enumerable:!0,value:2,writable:!1}}
Object.defineProperties(B,C),Object.defineProperties(B.prototype,C),Object.defineProperties(B.prototype,{close:h,onerror:h,onmessage:h,onopen:h,readyState:h,url:h,withCredentials:h}),o.converters.EventSourceInitDict=o.dictionaryConverter([{key:"withCredentials",converter:o.converters.boolean,defaultValue:()=>!1},{key:"dispatcher",converter:o.converters.any,defaultValue:()=>E()}]),e.exports={EventSource:B,defaultReconnectionTime:3e3}},4811:e=>{e.exports={isValidLastEventId:function(e){return-1===e.indexOf("\0")},isASCIINumber:function(e){if(0===e.length)return!1
for(let t=0;t<e.length;t++)if(e.charCodeAt(t)<48||e.charCodeAt(t)>57)return!1
return!0},delay:function(e){return new Promise(t=>{setTimeout(t,e).unref()})}}},4492:(e,t,A)=>{const n=A(3440),{ReadableStreamFrom:s,isBlobLike:r,isReadableStreamLike:o,readableStreamClose:i,createDeferredPromise:a,fullyReadBody:c,extractMimeType:l,utf8DecodeBytes:g}=A(3168),{FormData:h}=A(5910),{kState:u}=A(3627),{webidl:E}=A(5893),{Blob:Q}=A(4573),B=A(4589),{isErrored:C,isDisturbed:I}=A(7075),{isArrayBuffer:d}=A(3429),{serializeAMimeType:f}=A(1900),{multipartFormDataParser:p}=A(116)
let m
try{const e=A(7598)
m=t=>e.randomInt(0,t)}catch{m=e=>Math.floor(Math.random(e))}const y=new TextEncoder
function w(){}const k=globalThis.FinalizationRegistry&&0!==process.version.indexOf("v18")
let b
function D(e,t=!1){let A=null
A=e instanceof ReadableStream?e:r(e)?e.stream():new ReadableStream({async pull(e){const t="string"==typeof c?y.encode(c):c
t.byteLength&&e.enqueue(t),queueMicrotask(()=>i(e))},start(){},type:"bytes"}),B(o(A))
let a=null,c=null,l=null,g=null
if("string"==typeof e)c=e,g="text/plain;charset=UTF-8"
else if(e instanceof URLSearchParams)c=e.toString(),g="application/x-www-form-urlencoded;charset=UTF-8"
else if(d(e))c=new Uint8Array(e.slice())
else if(ArrayBuffer.isView(e))c=new Uint8Array(e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength))
else if(n.isFormDataLike(e)){const t=`----formdata-undici-0${`${m(1e11)}`.padStart(11,"0")}`,A=`--${t}\r\nContent-Disposition: form-data`,n=e=>e.replace(/\n/g,"%0A").replace(/\r/g,"%0D").replace(/"/g,"%22"),s=e=>e.replace(/\r?\n|\r/g,"\r\n"),r=[],o=new Uint8Array([13,10])
l=0
let i=!1
for(const[t,a]of e)if("string"==typeof a){const e=y.encode(A+`; name="${n(s(t))}"`+`\r\n\r\n${s(a)}\r\n`)
r.push(e),l+=e.byteLength}else{const e=y.encode(`${A}; name="${n(s(t))}"`+(a.name?`; filename="${n(a.name)}"`:"")+"\r\n"+`Content-Type: ${a.type||"application/octet-stream"}\r\n\r\n`)
r.push(e,a,o),"number"==typeof a.size?l+=e.byteLength+a.size+o.byteLength:i=!0}const h=y.encode(`--${t}--\r\n`)
r.push(h),l+=h.byteLength,i&&(l=null),c=e,a=async function*(){for(const e of r)e.stream?yield*e.stream():yield e},g=`multipart/form-data; boundary=${t}`}else if(r(e))c=e,l=e.size,e.type&&(g=e.type)
else if("function"==typeof e[Symbol.asyncIterator]){if(t)throw new TypeError("keepalive")
if(n.isDisturbed(e)||e.locked)throw new TypeError("Response body object should not be disturbed or locked")
A=e instanceof ReadableStream?e:s(e)}if(("string"==typeof c||n.isBuffer(c))&&(l=Buffer.byteLength(c)),null!=a){let t
A=new ReadableStream({async start(){t=a(e)[Symbol.asyncIterator]()},async pull(e){const{value:n,done:s}=await t.next()
if(s)queueMicrotask(()=>{e.close(),e.byobRequest?.respond(0)})
else if(!C(A)){const t=new Uint8Array(n)
t.byteLength&&e.enqueue(t)}return e.desiredSize>0},async cancel(e){await t.return()},type:"bytes"})}return[{stream:A,source:c,length:l},g]}async function S(e,t,A){if(E.brandCheck(e,A),R(e))throw new TypeError("Body is unusable: Body has already been read")
!function(e){if(e.aborted)throw new DOMException("The operation was aborted.","AbortError")}(e[u])
const n=a(),s=e=>n.reject(e),r=e=>{try{n.resolve(t(e))}catch(e){s(e)}}
return null==e[u].body?(r(Buffer.allocUnsafe(0)),n.promise):(await c(e[u].body,r,s),n.promise)}function R(e){const t=e[u].body
return null!=t&&(t.stream.locked||n.isDisturbed(t.stream))}function N(e){return JSON.parse(g(e))}function F(e){const t=e[u].headersList,A=l(t)
return"failure"===A?null:A}k&&(b=new FinalizationRegistry(e=>{const t=e.deref()
!t||t.locked||I(t)||C(t)||t.cancel("Response object has been garbage collected").catch(w)})),e.exports={extractBody:D,safelyExtractBody:function(e,t=!1){return e instanceof ReadableStream&&(B(!n.isDisturbed(e),"The body has already been consumed."),B(!e.locked,"The stream is locked.")),D(e,t)},cloneBody:function(e,t){const[A,n]=t.stream.tee()
return t.stream=A,{stream:n,length:t.length,source:t.source}},mixinBody:function(e){var t
Object.assign(e.prototype,(t=e,{blob(){return S(this,e=>{let t=F(this)
return null===t?t="":t&&(t=f(t)),new Q([e],{type:t})},t)},arrayBuffer(){return S(this,e=>new Uint8Array(e).buffer,t)},text(){return S(this,g,t)},json(){return S(this,N,t)},formData(){return S(this,e=>{const t=F(this)
if(null!==t)switch(t.essence){case"multipart/form-data":{const A=p(e,t)
if("failure"===A)throw new TypeError("Failed to parse body as FormData.")
const n=new h
return n[u]=A,n}case"application/x-www-form-urlencoded":{const t=new URLSearchParams(e.toString()),A=new h
for(const[e,n]of t)A.append(e,n)
return A}}throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".')},t)},bytes(){return S(this,e=>new Uint8Array(e),t)}}))},streamRegistry:b,hasFinalizationRegistry:k,bodyUnusable:R}},4495:e=>{const t=["GET","HEAD","POST"],A=new Set(t),n=[301,302,303,307,308],s=new Set(n),r=["1","7","9","11","13","15","17","19","20","21","22","23","25","37","42","43","53","69","77","79","87","95","101","102","103","104","109","110","111","113","115","117","119","123","135","137","139","143","161","179","389","427","465","512","513","514","515","526","530","531","532","540","548","554","556","563","587","601","636","989","990","993","995","1719","1720","1723","2049","3659","4045","4190","5060","5061","6000","6566","6665","6666","6667","6668","6669","6679","6697","10080"],o=new Set(r),i=["","no-referrer","no-referrer-when-downgrade","same-origin","origin","strict-origin","origin-when-cross-origin","strict-origin-when-cross-origin","unsafe-url"],a=new Set(i),c=["GET","HEAD","OPTIONS","TRACE"],l=new Set(c),g=["CONNECT","TRACE","TRACK"],h=new Set(g),u=["audio","audioworklet","font","image","manifest","paintworklet","script","style","track","video","xslt",""],E=new Set(u)
e.exports={subresource:u,forbiddenMethods:g,requestBodyHeader:["content-encoding","content-language","content-location","content-type","content-length"],referrerPolicy:i,requestRedirect:["follow","manual","error"],requestMode:["navigate","same-origin","no-cors","cors"],requestCredentials:["omit","same-origin","include"],requestCache:["default","no-store","reload","no-cache","force-cache","only-if-cached"],redirectStatus:n,corsSafeListedMethods:t,nullBodyStatus:[101,204,205,304],safeMethods:c,badPorts:r,requestDuplex:["half"],subresourceSet:E,badPortsSet:o,redirectStatusSet:s,corsSafeListedMethodsSet:A,safeMethodsSet:l,forbiddenMethodsSet:h,referrerPolicySet:a}},1900:(e,t,A)=>{const n=A(4589),s=new TextEncoder,r=/^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/,o=/[\u000A\u000D\u0009\u0020]/,i=/[\u0009\u000A\u000C\u000D\u0020]/g,a=/^[\u0009\u0020-\u007E\u0080-\u00FF]+$/
function c(e,t=!1){if(!t)return e.href
const A=e.href,n=e.hash.length,s=0===n?A:A.substring(0,A.length-n)
return!n&&A.endsWith("#")?s.slice(0,-1):s}function l(e,t,A){let n=""
for(;A.position<t.length&&e(t[A.position]);)n+=t[A.position],A.position++
return n}function g(e,t,A){const n=t.indexOf(e,A.position),s=A.position
return-1===n?(A.position=t.length,t.slice(s)):(A.position=n,t.slice(s,A.position))}function h(e){return function(e){const t=e.length,A=new Uint8Array(t)
let n=0
for(let s=0;s<t;++s){const t=e[s]
37!==t?A[n++]=t:37!==t||u(e[s+1])&&u(e[s+2])?(A[n++]=E(e[s+1])<<4|E(e[s+2]),s+=2):A[n++]=37}return t===n?A:A.subarray(0,n)}(s.encode(e))}function u(e){return e>=48&&e<=57||e>=65&&e<=70||e>=97&&e<=102}function E(e){return e>=48&&e<=57?e-48:(223&e)-55}function Q(e){const t={position:0},A=g("/",e=I(e,!0,!0),t)
if(0===A.length||!r.test(A))return"failure"
if(t.position>e.length)return"failure"
t.position++
let n=g(";",e,t)
if(n=I(n,!1,!0),0===n.length||!r.test(n))return"failure"
const s=A.toLowerCase(),i=n.toLowerCase(),c={type:s,subtype:i,parameters:new Map,essence:`${s}/${i}`}
for(;t.position<e.length;){t.position++,l(e=>o.test(e),e,t)
let A=l(e=>";"!==e&&"="!==e,e,t)
if(A=A.toLowerCase(),t.position<e.length){if(";"===e[t.position])continue
t.position++}if(t.position>e.length)break
let n=null
if('"'===e[t.position])n=B(e,t,!0),g(";",e,t)
else if(n=g(";",e,t),n=I(n,!1,!0),0===n.length)continue
0===A.length||!r.test(A)||0!==n.length&&!a.test(n)||c.parameters.has(A)||c.parameters.set(A,n)}return c}function B(e,t,A){const s=t.position
let r=""
for(n('"'===e[t.position]),t.position++;r+=l(e=>'"'!==e&&"\\"!==e,e,t),!(t.position>=e.length);){const A=e[t.position]
if(t.position++,"\\"!==A){n('"'===A)
break}if(t.position>=e.length){r+="\\"
break}r+=e[t.position],t.position++}return A?r:e.slice(s,t.position)}function C(e){return 13===e||10===e||9===e||32===e}function I(e,t=!0,A=!0){return f(e,t,A,C)}function d(e){return 13===e||10===e||9===e||12===e||32===e}function f(e,t,A,n){let s=0,r=e.length-1
if(t)for(;s<e.length&&n(e.charCodeAt(s));)s++
if(A)for(;r>0&&n(e.charCodeAt(r));)r--
return 0===s&&r===e.length-1?e:e.slice(s,r+1)}function p(e){const t=e.length
if(65535>t)return String.fromCharCode.apply(null,e)
let A="",n=0,s=65535
for(;n<t;)n+s>t&&(s=t-n),A+=String.fromCharCode.apply(null,e.subarray(n,n+=s))
return A}e.exports={dataURLProcessor:function(e){n("data:"===e.protocol)
let t=c(e,!0)
t=t.slice(5)
const A={position:0}
let s=g(",",t,A)
const r=s.length
if(s=function(e,t=!0,A=!0){return f(e,t,A,d)}(s,!0,!0),A.position>=t.length)return"failure"
A.position++
let o=h(t.slice(r+1))
if(/;(\u0020){0,}base64$/i.test(s)){if(o=function(e){let t=(e=e.replace(i,"")).length
t%4==0&&61===e.charCodeAt(t-1)&&(--t,61===e.charCodeAt(t-1)&&--t)
if(t%4==1)return"failure"
if(/[^+/0-9A-Za-z]/.test(e.length===t?e:e.substring(0,t)))return"failure"
const A=Buffer.from(e,"base64")
return new Uint8Array(A.buffer,A.byteOffset,A.byteLength)}(p(o)),"failure"===o)return"failure"
s=s.slice(0,-6),s=s.replace(/(\u0020)+$/,""),s=s.slice(0,-1)}s.startsWith(";")&&(s="text/plain"+s)
let a=Q(s)
return"failure"===a&&(a=Q("text/plain;charset=US-ASCII")),{mimeType:a,body:o}},URLSerializer:c,collectASequenceOfCodePoints:l,collectASequenceOfCodePointsFast:g,stringPercentDecode:h,parseMIMEType:Q,collectAnHTTPQuotedString:B,serializeAMimeType:function(e){n("failure"!==e)
const{parameters:t,essence:A}=e
let s=A
for(let[e,A]of t.entries())s+=";",s+=e,s+="=",r.test(A)||(A=A.replace(/(\\|")/g,"\\$1"),A='"'+A,A+='"'),s+=A
return s},removeChars:f,removeHTTPWhitespace:I,minimizeSupportedMimeType:function(e){switch(e.essence){case"application/ecmascript":case"application/javascript":case"application/x-ecmascript":case"application/x-javascript":case"text/ecmascript":case"text/javascript":case"text/javascript1.0":case"text/javascript1.1":case"text/javascript1.2":case"text/javascript1.3":case"text/javascript1.4":case"text/javascript1.5":case"text/jscript":case"text/livescript":case"text/x-ecmascript":case"text/x-javascript":return"text/javascript"
case"application/json":case"text/json":return"application/json"
case"image/svg+xml":return"image/svg+xml"
case"text/xml":case"application/xml":return"application/xml"}return e.subtype.endsWith("+json")?"application/json":e.subtype.endsWith("+xml")?"application/xml":""},HTTP_TOKEN_CODEPOINTS:r,isomorphicDecode:p}},6653:(e,t,A)=>{const{kConnected:n,kSize:s}=A(6443)
class r{constructor(e){this.value=e}deref(){return 0===this.value[n]&&0===this.value[s]?void 0:this.value}}class o{constructor(e){this.finalizer=e}register(e,t){e.on&&e.on("disconnect",()=>{0===e[n]&&0===e[s]&&this.finalizer(t)})}unregister(e){}}e.exports=function(){return process.env.NODE_V8_COVERAGE&&process.version.startsWith("v18")?(process._rawDebug("Using compatibility WeakRef and FinalizationRegistry"),{WeakRef:r,FinalizationRegistry:o}):{WeakRef:WeakRef,FinalizationRegistry:FinalizationRegistry}}},7114:(e,t,A)=>{const{Blob:n,File:s}=A(4573),{kState:r}=A(3627),{webidl:o}=A(5893)
class i{constructor(e,t,A={}){const n=t,s=A.type,o=A.lastModified??Date.now()
this[r]={blobLike:e,name:n,type:s,lastModified:o}}stream(...e){return o.brandCheck(this,i),this[r].blobLike.stream(...e)}arrayBuffer(...e){return o.brandCheck(this,i),this[r].blobLike.arrayBuffer(...e)}slice(...e){return o.brandCheck(this,i),this[r].blobLike.slice(...e)}text(...e){return o.brandCheck(this,i),this[r].blobLike.text(...e)}get size(){return o.brandCheck(this,i),this[r].blobLike.size}get type(){return o.brandCheck(this,i),this[r].blobLike.type}get name(){return o.brandCheck(this,i),this[r].name}get lastModified(){return o.brandCheck(this,i),this[r].lastModified}get[Symbol.toStringTag](){return"File"}}o.converters.Blob=o.interfaceConverter(n),e.exports={FileLike:i,isFileLike:function(e){return e instanceof s||e&&("function"==typeof e.stream||"function"==typeof e.arrayBuffer)&&"File"===e[Symbol.toStringTag]}}},116:(e,t,A)=>{const{isUSVString:n,bufferToLowerCasedHeaderName:s}=A(3440),{utf8DecodeBytes:r}=A(3168),{HTTP_TOKEN_CODEPOINTS:o,isomorphicDecode:i}=A(1900),{isFileLike:a}=A(7114),{makeEntry:c}=A(5910),l=A(4589),{File:g}=A(4573),h=globalThis.File??g,u=Buffer.from('form-data; name="'),E=Buffer.from("; filename"),Q=Buffer.from("--"),B=Buffer.from("--\r\n")
function C(e){for(let t=0;t<e.length;++t)if(-128&e.charCodeAt(t))return!1
return!0}function I(e,t){let A=null,n=null,r=null,a=null
for(;;){if(13===e[t.position]&&10===e[t.position+1])return null===A?"failure":{name:A,filename:n,contentType:r,encoding:a}
let c=f(e=>10!==e&&13!==e&&58!==e,e,t)
if(c=p(c,!0,!0,e=>9===e||32===e),!o.test(c.toString()))return"failure"
if(58!==e[t.position])return"failure"
switch(t.position++,f(e=>32===e||9===e,e,t),s(c)){case"content-disposition":if(A=n=null,!m(e,u,t))return"failure"
if(t.position+=17,A=d(e,t),null===A)return"failure"
if(m(e,E,t)){let A=t.position+E.length
if(42===e[A]&&(t.position+=1,A+=1),61!==e[A]||34!==e[A+1])return"failure"
if(t.position+=12,n=d(e,t),null===n)return"failure"}break
case"content-type":{let A=f(e=>10!==e&&13!==e,e,t)
A=p(A,!1,!0,e=>9===e||32===e),r=i(A)
break}case"content-transfer-encoding":{let A=f(e=>10!==e&&13!==e,e,t)
A=p(A,!1,!0,e=>9===e||32===e),a=i(A)
break}default:f(e=>10!==e&&13!==e,e,t)}if(13!==e[t.position]&&10!==e[t.position+1])return"failure"
t.position+=2}}function d(e,t){l(34===e[t.position-1])
let A=f(e=>10!==e&&13!==e&&34!==e,e,t)
return 34!==e[t.position]?null:(t.position++,A=(new TextDecoder).decode(A).replace(/%0A/gi,"\n").replace(/%0D/gi,"\r").replace(/%22/g,'"'),A)}function f(e,t,A){let n=A.position
for(;n<t.length&&e(t[n]);)++n
return t.subarray(A.position,A.position=n)}function p(e,t,A,n){let s=0,r=e.length-1
if(t)for(;s<e.length&&n(e[s]);)s++
if(A)for(;r>0&&n(e[r]);)r--
return 0===s&&r===e.length-1?e:e.subarray(s,r+1)}function m(e,t,A){if(e.length<t.length)return!1
for(let n=0;n<t.length;n++)if(t[n]!==e[A.position+n])return!1
return!0}e.exports={multipartFormDataParser:function(e,t){l("failure"!==t&&"multipart/form-data"===t.essence)
const A=t.parameters.get("boundary")
if(void 0===A)return"failure"
const s=Buffer.from(`--${A}`,"utf8"),o=[],i={position:0}
for(;13===e[i.position]&&10===e[i.position+1];)i.position+=2
let g=e.length
for(;10===e[g-1]&&13===e[g-2];)g-=2
for(g!==e.length&&(e=e.subarray(0,g));;){if(!e.subarray(i.position,i.position+s.length).equals(s))return"failure"
if(i.position+=s.length,i.position===e.length-2&&m(e,Q,i)||i.position===e.length-4&&m(e,B,i))return o
if(13!==e[i.position]||10!==e[i.position+1])return"failure"
i.position+=2
const t=I(e,i)
if("failure"===t)return"failure"
let A,g,{name:u,filename:E,contentType:d,encoding:f}=t
i.position+=2
{const t=e.indexOf(s.subarray(2),i.position)
if(-1===t)return"failure"
A=e.subarray(i.position,t-4),i.position+=A.length,"base64"===f&&(A=Buffer.from(A.toString(),"base64"))}if(13!==e[i.position]||10!==e[i.position+1])return"failure"
i.position+=2,null!==E?(d??="text/plain",C(d)||(d=""),g=new h([A],E,{type:d})):g=r(Buffer.from(A)),l(n(u)),l("string"==typeof g&&n(g)||a(g)),o.push(c(u,g,E))}},validateBoundary:function(e){const t=e.length
if(t<27||t>70)return!1
for(let A=0;A<t;++A){const t=e.charCodeAt(A)
if(!(t>=48&&t<=57||t>=65&&t<=90||t>=97&&t<=122||39===t||45===t||95===t))return!1}return!0}}},5910:(e,t,A)=>{const{isBlobLike:n,iteratorMixin:s}=A(3168),{kState:r}=A(3627),{kEnumerableProperty:o}=A(3440),{FileLike:i,isFileLike:a}=A(7114),{webidl:c}=A(5893),{File:l}=A(4573),g=A(7975),h=globalThis.File??l
class u{constructor(e){if(c.util.markAsUncloneable(this),void 0!==e)throw c.errors.conversionFailed({prefix:"FormData constructor",argument:"Argument 1",types:["undefined"]})
this[r]=[]}append(e,t,A=void 0){c.brandCheck(this,u)
const s="FormData.append"
if(c.argumentLengthCheck(arguments,2,s),3===arguments.length&&!n(t))throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'")
const o=E(e=c.converters.USVString(e,s,"name"),t=n(t)?c.converters.Blob(t,s,"value",{strict:!1}):c.converters.USVString(t,s,"value"),A=3===arguments.length?c.converters.USVString(A,s,"filename"):void 0)
this[r].push(o)}delete(e){c.brandCheck(this,u)
const t="FormData.delete"
c.argumentLengthCheck(arguments,1,t),e=c.converters.USVString(e,t,"name"),this[r]=this[r].filter(t=>t.name!==e)}get(e){c.brandCheck(this,u)
const t="FormData.get"
c.argumentLengthCheck(arguments,1,t),e=c.converters.USVString(e,t,"name")
const A=this[r].findIndex(t=>t.name===e)
return-1===A?null:this[r][A].value}getAll(e){c.brandCheck(this,u)
const t="FormData.getAll"
return c.argumentLengthCheck(arguments,1,t),e=c.converters.USVString(e,t,"name"),this[r].filter(t=>t.name===e).map(e=>e.value)}has(e){c.brandCheck(this,u)
const t="FormData.has"
return c.argumentLengthCheck(arguments,1,t),e=c.converters.USVString(e,t,"name"),-1!==this[r].findIndex(t=>t.name===e)}set(e,t,A=void 0){c.brandCheck(this,u)
const s="FormData.set"
if(c.argumentLengthCheck(arguments,2,s),3===arguments.length&&!n(t))throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'")
e=c.converters.USVString(e,s,"name"),t=n(t)?c.converters.Blob(t,s,"name",{strict:!1}):c.converters.USVString(t,s,"name"),A=3===arguments.length?c.converters.USVString(A,s,"name"):void 0
const o=E(e,t,A),i=this[r].findIndex(t=>t.name===e);-1!==i?this[r]=[...this[r].slice(0,i),o,...this[r].slice(i+1).filter(t=>t.name!==e)]:this[r].push(o)}[g.inspect.custom](e,t){const A=this[r].reduce((e,t)=>(e[t.name]?Array.isArray(e[t.name])?e[t.name].push(t.value):e[t.name]=[e[t.name],t.value]:e[t.name]=t.value,e),{__proto__:null})
t.depth??=e,t.colors??=!0
const n=g.formatWithOptions(t,A)
return`FormData ${n.slice(n.indexOf("]")+2)}`}}function E(e,t,A){if("string"==typeof t);else if(a(t)||(t=t instanceof Blob?new h([t],"blob",{type:t.type}):new i(t,"blob",{type:t.type})),void 0!==A){const e={type:t.type,lastModified:t.lastModified}
t=t instanceof l?new h([t],A,e):new i(t,A,e)}return{name:e,value:t}}s("FormData",u,r,"name","value"),Object.defineProperties(u.prototype,{append:o,delete:o,get:o,getAll:o,has:o,set:o,[Symbol.toStringTag]:{value:"FormData",configurable:!0}}),e.exports={FormData:u,makeEntry:E}},1059:e=>{const t=Symbol.for("undici.globalOrigin.1")
e.exports={getGlobalOrigin:function(){return globalThis[t]},setGlobalOrigin:function(e){if(void 0===e)return void Object.defineProperty(globalThis,t,{value:void 0,writable:!0,enumerable:!1,configurable:!1})
const A=new URL(e)
if("http:"!==A.protocol&&"https:"!==A.protocol)throw new TypeError(`Only http & https urls are allowed, received ${A.protocol}`)
Object.defineProperty(globalThis,t,{value:A,writable:!0,enumerable:!1,configurable:!1})}}},660:(e,t,A)=>{const{kConstruct:n}=A(6443),{kEnumerableProperty:s}=A(3440),{iteratorMixin:r,isValidHeaderName:o,isValidHeaderValue:i}=A(3168),{webidl:a}=A(5893),c=A(4589),l=A(7975),g=Symbol("headers map"),h=Symbol("headers map sorted")
function u(e){return 10===e||13===e||9===e||32===e}function E(e){let t=0,A=e.length
for(;A>t&&u(e.charCodeAt(A-1));)--A
for(;A>t&&u(e.charCodeAt(t));)++t
return 0===t&&A===e.length?e:e.substring(t,A)}function Q(e,t){if(Array.isArray(t))for(let A=0;A<t.length;++A){const n=t[A]
if(2!==n.length)throw a.errors.exception({header:"Headers constructor",message:`expected name/value pair to be length 2, found ${n.length}.`})
B(e,n[0],n[1])}else{if("object"!=typeof t||null===t)throw a.errors.conversionFailed({prefix:"Headers constructor",argument:"Argument 1",types:["sequence<sequence<ByteString>>","record<ByteString, ByteString>"]})
{const A=Object.keys(t)
for(let n=0;n<A.length;++n)B(e,A[n],t[A[n]])}}}function B(e,t,A){if(A=E(A),!o(t))throw a.errors.invalidArgument({prefix:"Headers.append",value:t,type:"header name"})
if(!i(A))throw a.errors.invalidArgument({prefix:"Headers.append",value:A,type:"header value"})
if("immutable"===f(e))throw new TypeError("immutable")
return m(e).append(t,A,!1)}function C(e,t){return e[0]<t[0]?-1:1}class I{cookies=null
constructor(e){e instanceof I?(this[g]=new Map(e[g]),this[h]=e[h],this.cookies=null===e.cookies?null:[...e.cookies]):(this[g]=new Map(e),this[h]=null)}contains(e,t){return this[g].has(t?e:e.toLowerCase())}clear(){this[g].clear(),this[h]=null,this.cookies=null}append(e,t,A){this[h]=null
const n=A?e:e.toLowerCase(),s=this[g].get(n)
if(s){const e="cookie"===n?"; ":", "
this[g].set(n,{name:s.name,value:`${s.value}${e}${t}`})}else this[g].set(n,{name:e,value:t})
"set-cookie"===n&&(this.cookies??=[]).push(t)}set(e,t,A){this[h]=null
const n=A?e:e.toLowerCase()
"set-cookie"===n&&(this.cookies=[t]),this[g].set(n,{name:e,value:t})}delete(e,t){this[h]=null,t||(e=e.toLowerCase()),"set-cookie"===e&&(this.cookies=null),this[g].delete(e)}get(e,t){return this[g].get(t?e:e.toLowerCase())?.value??null}*[Symbol.iterator](){for(const{0:e,1:{value:t}}of this[g])yield[e,t]}get entries(){const e={}
if(0!==this[g].size)for(const{name:t,value:A}of this[g].values())e[t]=A
return e}rawValues(){return this[g].values()}get entriesList(){const e=[]
if(0!==this[g].size)for(const{0:t,1:{name:A,value:n}}of this[g])if("set-cookie"===t)for(const t of this.cookies)e.push([A,t])
else e.push([A,n])
return e}toSortedArray(){const e=this[g].size,t=new Array(e)
if(e<=32){if(0===e)return t
const A=this[g][Symbol.iterator](),n=A.next().value
t[0]=[n[0],n[1].value],c(null!==n[1].value)
for(let n,s,r=1,o=0,i=0,a=0,l=0;r<e;++r){for(s=A.next().value,n=t[r]=[s[0],s[1].value],c(null!==n[1]),a=0,i=r;a<i;)l=a+(i-a>>1),t[l][0]<=n[0]?a=l+1:i=l
if(r!==l){for(o=r;o>a;)t[o]=t[--o]
t[a]=n}}if(!A.next().done)throw new TypeError("Unreachable")
return t}{let e=0
for(const{0:A,1:{value:n}}of this[g])t[e++]=[A,n],c(null!==n)
return t.sort(C)}}}class d{#P
#q
constructor(e=void 0){a.util.markAsUncloneable(this),e!==n&&(this.#q=new I,this.#P="none",void 0!==e&&Q(this,e=a.converters.HeadersInit(e,"Headers contructor","init")))}append(e,t){a.brandCheck(this,d),a.argumentLengthCheck(arguments,2,"Headers.append")
const A="Headers.append"
return B(this,e=a.converters.ByteString(e,A,"name"),t=a.converters.ByteString(t,A,"value"))}delete(e){a.brandCheck(this,d),a.argumentLengthCheck(arguments,1,"Headers.delete")
if(e=a.converters.ByteString(e,"Headers.delete","name"),!o(e))throw a.errors.invalidArgument({prefix:"Headers.delete",value:e,type:"header name"})
if("immutable"===this.#P)throw new TypeError("immutable")
this.#q.contains(e,!1)&&this.#q.delete(e,!1)}get(e){a.brandCheck(this,d),a.argumentLengthCheck(arguments,1,"Headers.get")
const t="Headers.get"
if(e=a.converters.ByteString(e,t,"name"),!o(e))throw a.errors.invalidArgument({prefix:t,value:e,type:"header name"})
return this.#q.get(e,!1)}has(e){a.brandCheck(this,d),a.argumentLengthCheck(arguments,1,"Headers.has")
const t="Headers.has"
if(e=a.converters.ByteString(e,t,"name"),!o(e))throw a.errors.invalidArgument({prefix:t,value:e,type:"header name"})
return this.#q.contains(e,!1)}set(e,t){a.brandCheck(this,d),a.argumentLengthCheck(arguments,2,"Headers.set")
const A="Headers.set"
if(e=a.converters.ByteString(e,A,"name"),t=E(t=a.converters.ByteString(t,A,"value")),!o(e))throw a.errors.invalidArgument({prefix:A,value:e,type:"header name"})
if(!i(t))throw a.errors.invalidArgument({prefix:A,value:t,type:"header value"})
if("immutable"===this.#P)throw new TypeError("immutable")
this.#q.set(e,t,!1)}getSetCookie(){a.brandCheck(this,d)
const e=this.#q.cookies
return e?[...e]:[]}get[h](){if(this.#q[h])return this.#q[h]
const e=[],t=this.#q.toSortedArray(),A=this.#q.cookies
if(null===A||1===A.length)return this.#q[h]=t
for(let n=0;n<t.length;++n){const{0:s,1:r}=t[n]
if("set-cookie"===s)for(let t=0;t<A.length;++t)e.push([s,A[t]])
else e.push([s,r])}return this.#q[h]=e}[l.inspect.custom](e,t){return t.depth??=e,`Headers ${l.formatWithOptions(t,this.#q.entries)}`}static getHeadersGuard(e){return e.#P}static setHeadersGuard(e,t){e.#P=t}static getHeadersList(e){return e.#q}static setHeadersList(e,t){e.#q=t}}const{getHeadersGuard:f,setHeadersGuard:p,getHeadersList:m,setHeadersList:y}=d
Reflect.deleteProperty(d,"getHeadersGuard"),Reflect.deleteProperty(d,"setHeadersGuard"),Reflect.deleteProperty(d,"getHeadersList"),Reflect.deleteProperty(d,"setHeadersList"),r("Headers",d,h,0,1),Object.defineProperties(d.prototype,{append:s,delete:s,get:s,has:s,set:s,getSetCookie:s,[Symbol.toStringTag]:{value:"Headers",configurable:!0},[l.inspect.custom]:{enumerable:!1}}),a.converters.HeadersInit=function(e,t,A){if("Object"===a.util.Type(e)){const n=Reflect.get(e,Symbol.iterator)
if(!l.types.isProxy(e)&&n===d.prototype.entries)try{return m(e).entriesList}catch{}return"function"==typeof n?a.converters["sequence<sequence<ByteString>>"](e,t,A,n.bind(e)):a.converters["record<ByteString, ByteString>"](e,t,A)}throw a.errors.conversionFailed({prefix:"Headers constructor",argument:"Argument 1",types:["sequence<sequence<ByteString>>","record<ByteString, ByteString>"]})},e.exports={fill:Q,compareHeaderName:C,Headers:d,HeadersList:I,getHeadersGuard:f,setHeadersGuard:p,setHeadersList:y,getHeadersList:m}},4398:(e,t,A)=>{const{makeNetworkError:n,makeAppropriateNetworkError:s,filterResponse:r,makeResponse:o,fromInnerResponse:i}=A(9051),{HeadersList:a}=A(660),{Request:c,cloneRequest:l}=A(9967),g=A(8522),{bytesMatch:h,makePolicyContainer:u,clonePolicyContainer:E,requestBadPort:Q,TAOCheck:B,appendRequestOriginHeader:C,responseLocationURL:I,requestCurrentURL:d,setRequestReferrerPolicyOnRedirect:f,tryUpgradeRequestToAPotentiallyTrustworthyURL:p,createOpaqueTimingInfo:m,appendFetchMetadata:y,corsCheck:w,crossOriginResourcePolicyCheck:k,determineRequestsReferrer:b,coarsenedSharedCurrentTime:D,createDeferredPromise:S,isBlobLike:R,sameOrigin:N,isCancelled:F,isAborted:M,isErrorLike:v,fullyReadBody:U,readableStreamClose:L,isomorphicEncode:T,urlIsLocal:Y,urlIsHttpHttpsScheme:G,urlHasHttpsScheme:x,clampAndCoarsenConnectionTimingInfo:J,simpleRangeHeaderValue:H,buildContentRange:V,createInflate:O,extractMimeType:W}=A(3168),{kState:P,kDispatcher:q}=A(3627),_=A(4589),{safelyExtractBody:K,extractBody:z}=A(4492),{redirectStatusSet:Z,nullBodyStatus:j,safeMethodsSet:$,requestBodyHeader:X,subresourceSet:ee}=A(4495),te=A(8474),{Readable:Ae,pipeline:ne,finished:se}=A(7075),{addAbortListener:re,isErrored:oe,isReadable:ie,bufferToLowerCasedHeaderName:ae}=A(3440),{dataURLProcessor:ce,serializeAMimeType:le,minimizeSupportedMimeType:ge}=A(1900),{getGlobalDispatcher:he}=A(2581),{webidl:ue}=A(5893),{STATUS_CODES:Ee}=A(7067),Qe=["GET","HEAD"],Be="undefined"!=typeof __UNDICI_IS_NODE__||"undefined"!=typeof esbuildDetection?"node":"undici"
let Ce
class Ie extends te{constructor(e){super(),this.dispatcher=e,this.connection=null,this.dump=!1,this.state="ongoing"}terminate(e){"ongoing"===this.state&&(this.state="terminated",this.connection?.destroy(e),this.emit("terminated",e))}abort(e){"ongoing"===this.state&&(this.state="aborted",e||(e=new DOMException("The operation was aborted.","AbortError")),this.serializedAbortReason=e,this.connection?.destroy(e),this.emit("terminated",e))}}function de(e){fe(e,"fetch")}function fe(e,t="other"){if("error"===e.type&&e.aborted)return
if(!e.urlList?.length)return
const A=e.urlList[0]
let n=e.timingInfo,s=e.cacheState
G(A)&&null!==n&&(e.timingAllowPassed||(n=m({startTime:n.startTime}),s=""),n.endTime=D(),e.timingInfo=n,pe(n,A.href,t,globalThis,s))}const pe=performance.markResourceTiming
function me(e,t,A,n){if(e&&e.reject(n),null!=t.body&&ie(t.body?.stream)&&t.body.stream.cancel(n).catch(e=>{if("ERR_INVALID_STATE"!==e.code)throw e}),null==A)return
const s=A[P]
null!=s.body&&ie(s.body?.stream)&&s.body.stream.cancel(n).catch(e=>{if("ERR_INVALID_STATE"!==e.code)throw e})}function ye({request:e,processRequestBodyChunkLength:t,processRequestEndOfBody:A,processResponse:n,processResponseEndOfBody:s,processResponseConsumeBody:r,useParallelQueue:o=!1,dispatcher:i=he()}){_(i)
let a=null,c=!1
null!=e.client&&(a=e.client.globalObject,c=e.client.crossOriginIsolatedCapability)
const l=D(c),g=m({startTime:l}),h={controller:new Ie(i),request:e,timingInfo:g,processRequestBodyChunkLength:t,processRequestEndOfBody:A,processResponse:n,processResponseConsumeBody:r,processResponseEndOfBody:s,taskDestination:a,crossOriginIsolatedCapability:c}
if(_(!e.body||e.body.stream),"client"===e.window&&(e.window="Window"===e.client?.globalObject?.constructor?.name?e.client:"no-window"),"client"===e.origin&&(e.origin=e.client.origin),"client"===e.policyContainer&&(null!=e.client?e.policyContainer=E(e.client.policyContainer):e.policyContainer=u()),!e.headersList.contains("accept",!0)){const t="*/*"
e.headersList.append("accept",t,!0)}return e.headersList.contains("accept-language",!0)||e.headersList.append("accept-language","*",!0),e.priority,ee.has(e.destination),we(h).catch(e=>{h.controller.terminate(e)}),h.controller}async function we(e,t=!1){const A=e.request
let s=null
if(A.localURLsOnly&&!Y(d(A))&&(s=n("local URLs only")),p(A),"blocked"===Q(A)&&(s=n("bad port")),""===A.referrerPolicy&&(A.referrerPolicy=A.policyContainer.referrerPolicy),"no-referrer"!==A.referrer&&(A.referrer=b(A)),null===s&&(s=await(async()=>{const t=d(A)
return N(t,A.url)&&"basic"===A.responseTainting||"data:"===t.protocol||"navigate"===A.mode||"websocket"===A.mode?(A.responseTainting="basic",await ke(e)):"same-origin"===A.mode?n('request mode cannot be "same-origin"'):"no-cors"===A.mode?"follow"!==A.redirect?n('redirect mode cannot be "follow" for "no-cors" request'):(A.responseTainting="opaque",await ke(e)):G(d(A))?(A.responseTainting="cors",await Se(e)):n("URL scheme must be a HTTP(S) scheme")})()),t)return s
0===s.status||s.internalResponse||(A.responseTainting,"basic"===A.responseTainting?s=r(s,"basic"):"cors"===A.responseTainting?s=r(s,"cors"):"opaque"===A.responseTainting?s=r(s,"opaque"):_(!1))
let o=0===s.status?s:s.internalResponse
if(0===o.urlList.length&&o.urlList.push(...A.urlList),A.timingAllowFailed||(s.timingAllowPassed=!0),"opaque"===s.type&&206===o.status&&o.rangeRequested&&!A.headers.contains("range",!0)&&(s=o=n()),0===s.status||"HEAD"!==A.method&&"CONNECT"!==A.method&&!j.includes(o.status)||(o.body=null,e.controller.dump=!0),A.integrity){const t=t=>De(e,n(t))
if("opaque"===A.responseTainting||null==s.body)return void t(s.error)
const r=n=>{h(n,A.integrity)?(s.body=K(n)[0],De(e,s)):t("integrity mismatch")}
await U(s.body,r,t)}else De(e,s)}function ke(e){if(F(e)&&0===e.request.redirectCount)return Promise.resolve(s(e))
const{request:t}=e,{protocol:r}=d(t)
switch(r){case"about:":return Promise.resolve(n("about scheme is not supported"))
case"blob:":{Ce||(Ce=A(4573).resolveObjectURL)
const e=d(t)
if(0!==e.search.length)return Promise.resolve(n("NetworkError when attempting to fetch resource."))
const s=Ce(e.toString())
if("GET"!==t.method||!R(s))return Promise.resolve(n("invalid method"))
const r=o(),i=s.size,a=T(`${i}`),c=s.type
if(t.headersList.contains("range",!0)){r.rangeRequested=!0
const e=t.headersList.get("range",!0),A=H(e,!0)
if("failure"===A)return Promise.resolve(n("failed to fetch the data URL"))
let{rangeStartValue:o,rangeEndValue:a}=A
if(null===o)o=i-a,a=o+a-1
else{if(o>=i)return Promise.resolve(n("Range start is greater than the blob's size."));(null===a||a>=i)&&(a=i-1)}const l=s.slice(o,a,c),g=z(l)
r.body=g[0]
const h=T(`${l.size}`),u=V(o,a,i)
r.status=206,r.statusText="Partial Content",r.headersList.set("content-length",h,!0),r.headersList.set("content-type",c,!0),r.headersList.set("content-range",u,!0)}else{const e=z(s)
r.statusText="OK",r.body=e[0],r.headersList.set("content-length",a,!0),r.headersList.set("content-type",c,!0)}return Promise.resolve(r)}case"data:":{const e=d(t),A=ce(e)
if("failure"===A)return Promise.resolve(n("failed to fetch the data URL"))
const s=le(A.mimeType)
return Promise.resolve(o({statusText:"OK",headersList:[["content-type",{name:"Content-Type",value:s}]],body:K(A.body)[0]}))}case"file:":return Promise.resolve(n("not implemented... yet..."))
case"http:":case"https:":return Se(e).catch(e=>n(e))
default:return Promise.resolve(n("unknown scheme"))}}function be(e,t){e.request.done=!0,null!=e.processResponseDone&&queueMicrotask(()=>e.processResponseDone(t))}function De(e,t){let A=e.timingInfo
const n=()=>{const n=Date.now()
"document"===e.request.destination&&(e.controller.fullTimingInfo=A),e.controller.reportTimingSteps=()=>{if("https:"!==e.request.url.protocol)return
A.endTime=n
let s=t.cacheState
const r=t.bodyInfo
t.timingAllowPassed||(A=m(A),s="")
let o=0
if("navigator"!==e.request.mode||!t.hasCrossOriginRedirects){o=t.status
const e=W(t.headersList)
"failure"!==e&&(r.contentType=ge(e))}null!=e.request.initiatorType&&pe(A,e.request.url.href,e.request.initiatorType,globalThis,s,r,o)}
queueMicrotask(()=>(e.request.done=!0,null!=e.processResponseEndOfBody&&queueMicrotask(()=>e.processResponseEndOfBody(t)),void(null!=e.request.initiatorType&&e.controller.reportTimingSteps())))}
null!=e.processResponse&&queueMicrotask(()=>{e.processResponse(t),e.processResponse=null})
const s="error"===t.type?t:t.internalResponse??t
null==s.body?n():se(s.body.stream,()=>{n()})}async function Se(e){const t=e.request
let A=null,s=null
const r=e.timingInfo
if(t.serviceWorkers,null===A){if("follow"===t.redirect&&(t.serviceWorkers="none"),s=A=await Re(e),"cors"===t.responseTainting&&"failure"===w(t,A))return n("cors failure")
"failure"===B(t,A)&&(t.timingAllowFailed=!0)}return"opaque"!==t.responseTainting&&"opaque"!==A.type||"blocked"!==k(t.origin,t.client,t.destination,s)?(Z.has(s.status)&&("manual"!==t.redirect&&e.controller.connection.destroy(void 0,!1),"error"===t.redirect?A=n("unexpected redirect"):"manual"===t.redirect?A=s:"follow"===t.redirect?A=await function(e,t){const A=e.request,s=t.internalResponse?t.internalResponse:t
let r
try{if(r=I(s,d(A).hash),null==r)return t}catch(e){return Promise.resolve(n(e))}if(!G(r))return Promise.resolve(n("URL scheme must be a HTTP(S) scheme"))
if(20===A.redirectCount)return Promise.resolve(n("redirect count exceeded"))
if(A.redirectCount+=1,"cors"===A.mode&&(r.username||r.password)&&!N(A,r))return Promise.resolve(n('cross origin not allowed for request mode "cors"'))
if("cors"===A.responseTainting&&(r.username||r.password))return Promise.resolve(n('URL cannot contain credentials for request mode "cors"'))
if(303!==s.status&&null!=A.body&&null==A.body.source)return Promise.resolve(n())
if([301,302].includes(s.status)&&"POST"===A.method||303===s.status&&!Qe.includes(A.method)){A.method="GET",A.body=null
for(const e of X)A.headersList.delete(e)}N(d(A),r)||(A.headersList.delete("authorization",!0),A.headersList.delete("proxy-authorization",!0),A.headersList.delete("cookie",!0),A.headersList.delete("host",!0))
null!=A.body&&(_(null!=A.body.source),A.body=K(A.body.source)[0])
const o=e.timingInfo
o.redirectEndTime=o.postRedirectStartTime=D(e.crossOriginIsolatedCapability),0===o.redirectStartTime&&(o.redirectStartTime=o.startTime)
return A.urlList.push(r),f(A,s),we(e,!0)}(e,A):_(!1)),A.timingInfo=r,A):n("blocked")}async function Re(e,t=!1,A=!1){const r=e.request
let i=null,c=null,h=null
"no-window"===r.window&&"error"===r.redirect?(i=e,c=r):(c=l(r),i={...e},i.request=c)
const u="include"===r.credentials||"same-origin"===r.credentials&&"basic"===r.responseTainting,E=c.body?c.body.length:null
let Q=null
if(null==c.body&&["POST","PUT"].includes(c.method)&&(Q="0"),null!=E&&(Q=T(`${E}`)),null!=Q&&c.headersList.append("content-length",Q,!0),null!=E&&c.keepalive,c.referrer instanceof URL&&c.headersList.append("referer",T(c.referrer.href),!0),C(c),y(c),c.headersList.contains("user-agent",!0)||c.headersList.append("user-agent",Be),"default"===c.cache&&(c.headersList.contains("if-modified-since",!0)||c.headersList.contains("if-none-match",!0)||c.headersList.contains("if-unmodified-since",!0)||c.headersList.contains("if-match",!0)||c.headersList.contains("if-range",!0))&&(c.cache="no-store"),"no-cache"!==c.cache||c.preventNoCacheCacheControlHeaderModification||c.headersList.contains("cache-control",!0)||c.headersList.append("cache-control","max-age=0",!0),"no-store"!==c.cache&&"reload"!==c.cache||(c.headersList.contains("pragma",!0)||c.headersList.append("pragma","no-cache",!0),c.headersList.contains("cache-control",!0)||c.headersList.append("cache-control","no-cache",!0)),c.headersList.contains("range",!0)&&c.headersList.append("accept-encoding","identity",!0),c.headersList.contains("accept-encoding",!0)||(x(d(c))?c.headersList.append("accept-encoding","br, gzip, deflate",!0):c.headersList.append("accept-encoding","gzip, deflate",!0)),c.headersList.delete("host",!0),c.cache="no-store","no-store"!==c.cache&&c.cache,null==h){if("only-if-cached"===c.cache)return n("only if cached")
const e=await async function(e){_(!e.controller.connection||e.controller.connection.destroyed),e.controller.connection={abort:null,destroyed:!1,destroy(e,t=!0){this.destroyed||(this.destroyed=!0,t&&this.abort?.(e??new DOMException("The operation was aborted.","AbortError")))}}
const t=e.request
let A=null
const r=e.timingInfo,i=null
null==i&&(t.cache="no-store")
t.mode
let c=null
if(null==t.body&&e.processRequestEndOfBody)queueMicrotask(()=>e.processRequestEndOfBody())
else if(null!=t.body){const A=async function*(t){F(e)||(yield t,e.processRequestBodyChunkLength?.(t.byteLength))},n=()=>{F(e)||e.processRequestEndOfBody&&e.processRequestEndOfBody()},s=t=>{F(e)||("AbortError"===t.name?e.controller.abort():e.controller.terminate(t))}
c=async function*(){try{for await(const e of t.body.stream)yield*A(e)
n()}catch(e){s(e)}}()}try{const{body:t,status:n,statusText:s,headersList:r,socket:i}=await Q({body:c})
if(i)A=o({status:n,statusText:s,headersList:r,socket:i})
else{const i=t[Symbol.asyncIterator]()
e.controller.next=()=>i.next(),A=o({status:n,statusText:s,headersList:r})}}catch(t){return"AbortError"===t.name?(e.controller.connection.destroy(),s(e,t)):n(t)}const l=async()=>{await e.controller.resume()},h=t=>{F(e)||e.controller.abort(t)},u=new ReadableStream({async start(t){e.controller.controller=t},async pull(e){await l(e)},async cancel(e){await h(e)},type:"bytes"})
A.body={stream:u,source:null,length:null},e.controller.resume||e.controller.on("terminated",E)
function E(t){M(e)?(A.aborted=!0,ie(u)&&e.controller.controller.error(e.controller.serializedAbortReason)):ie(u)&&e.controller.controller.error(new TypeError("terminated",{cause:v(t)?t:void 0})),e.controller.connection.destroy()}return e.controller.resume=async()=>{for(;;){let t,n
try{const{done:A,value:n}=await e.controller.next()
if(M(e))break
t=A?void 0:n}catch(A){e.controller.ended&&!r.encodedBodySize?t=void 0:(t=A,n=!0)}if(void 0===t)return L(e.controller.controller),void be(e,A)
if(r.decodedBodySize+=t?.byteLength??0,n)return void e.controller.terminate(t)
const s=new Uint8Array(t)
if(s.byteLength&&e.controller.controller.enqueue(s),oe(u))return void e.controller.terminate()
if(e.controller.controller.desiredSize<=0)return}},A
function Q({body:A}){const n=d(t),s=e.controller.dispatcher
return new Promise((o,i)=>s.dispatch({path:n.pathname+n.search,origin:n.origin,method:t.method,body:s.isMockActive?t.body&&(t.body.source||t.body.stream):A,headers:t.headersList.entries,maxRedirections:0,upgrade:"websocket"===t.mode?"websocket":void 0},{body:null,abort:null,onConnect(t){const{connection:A}=e.controller
r.finalConnectionTimingInfo=J(void 0,r.postRedirectStartTime,e.crossOriginIsolatedCapability),A.destroyed?t(new DOMException("The operation was aborted.","AbortError")):(e.controller.on("terminated",t),this.abort=A.abort=t),r.finalNetworkRequestStartTime=D(e.crossOriginIsolatedCapability)},onResponseStarted(){r.finalNetworkResponseStartTime=D(e.crossOriginIsolatedCapability)},onHeaders(e,A,n,s){if(e<200)return
let r=""
const i=new a
for(let e=0;e<A.length;e+=2)i.append(ae(A[e]),A[e+1].toString("latin1"),!0)
r=i.get("location",!0)
const c=[],l=r&&"follow"===t.redirect&&Z.has(e)
if("HEAD"!==t.method&&"CONNECT"!==t.method&&!j.includes(e)&&!l){const e=i.get("content-encoding",!0),t=e?e.toLowerCase().split(","):[],A=5
if(t.length>A)return this.abort(new Error(`too many content-encodings in response: ${t.length}, maximum allowed is ${A}`)),!0
for(let e=t.length-1;e>=0;--e){const A=t[e].trim()
if("x-gzip"===A||"gzip"===A)c.push(g.createGunzip({flush:g.constants.Z_SYNC_FLUSH,finishFlush:g.constants.Z_SYNC_FLUSH}))
else if("deflate"===A)c.push(O({flush:g.constants.Z_SYNC_FLUSH,finishFlush:g.constants.Z_SYNC_FLUSH}))
else{if("br"!==A){c.length=0
break}c.push(g.createBrotliDecompress({flush:g.constants.BROTLI_OPERATION_FLUSH,finishFlush:g.constants.BROTLI_OPERATION_FLUSH}))}}}this.body=new Ae({read:n})
const h=this.onError.bind(this)
return o({status:e,statusText:s,headersList:i,body:c.length?ne(this.body,...c,e=>{e&&this.onError(e)}).on("error",h):this.body.on("error",h)}),!0},onData(t){if(e.controller.dump)return
const A=t
return r.encodedBodySize+=A.byteLength,this.body.push(A)},onComplete(){this.abort&&e.controller.off("terminated",this.abort),e.controller.ended=!0,this.body.push(null)},onError(t){this.abort&&e.controller.off("terminated",this.abort),this.body?.destroy(t),e.controller.terminate(t),i(t)},onUpgrade(e,t,A){if(101!==e)return
const n=new a
for(let e=0;e<t.length;e+=2)n.append(ae(t[e]),t[e+1].toString("latin1"),!0)
return o({status:e,statusText:Ee[e],headersList:n,socket:A}),!0}}))}}(i,u,A)
!$.has(c.method)&&e.status>=200&&e.status,null==h&&(h=e)}if(h.urlList=[...c.urlList],c.headersList.contains("range",!0)&&(h.rangeRequested=!0),h.requestIncludesCredentials=u,407===h.status)return"no-window"===r.window?n():F(e)?s(e):n("proxy authentication required")
if(421===h.status&&!A&&(null==r.body||null!=r.body.source)){if(F(e))return s(e)
e.controller.connection.destroy(),h=await Re(e,t,!0)}return h}e.exports={fetch:function(e,t=void 0){ue.argumentLengthCheck(arguments,1,"globalThis.fetch")
let A,n=S()
try{A=new c(e,t)}catch(e){return n.reject(e),n.promise}const s=A[P]
if(A.signal.aborted)return me(n,s,null,A.signal.reason),n.promise
const r=s.client.globalObject
"ServiceWorkerGlobalScope"===r?.constructor?.name&&(s.serviceWorkers="none")
let o=null,a=!1,l=null
return re(A.signal,()=>{a=!0,_(null!=l),l.abort(A.signal.reason)
const e=o?.deref()
me(n,s,e,A.signal.reason)}),l=ye({request:s,processResponseEndOfBody:de,processResponse:e=>{a||(e.aborted?me(n,s,o,l.serializedAbortReason):"error"!==e.type?(o=new WeakRef(i(e,"immutable")),n.resolve(o.deref()),n=null):n.reject(new TypeError("fetch failed",{cause:e.error})))},dispatcher:A[q]}),n.promise},Fetch:Ie,fetching:ye,finalizeAndReportTiming:fe}},9967:(e,t,A)=>{const{extractBody:n,mixinBody:s,cloneBody:r,bodyUnusable:o}=A(4492),{Headers:i,fill:a,HeadersList:c,setHeadersGuard:l,getHeadersGuard:g,setHeadersList:h,getHeadersList:u}=A(660),{FinalizationRegistry:E}=A(6653)(),Q=A(3440),B=A(7975),{isValidHTTPToken:C,sameOrigin:I,environmentSettingsObject:d}=A(3168),{forbiddenMethodsSet:f,corsSafeListedMethodsSet:p,referrerPolicy:m,requestRedirect:y,requestMode:w,requestCredentials:k,requestCache:b,requestDuplex:D}=A(4495),{kEnumerableProperty:S,normalizedMethodRecordsBase:R,normalizedMethodRecords:N}=Q,{kHeaders:F,kSignal:M,kState:v,kDispatcher:U}=A(3627),{webidl:L}=A(5893),{URLSerializer:T}=A(1900),{kConstruct:Y}=A(6443),G=A(4589),{getMaxListeners:x,setMaxListeners:J,getEventListeners:H,defaultMaxListeners:V}=A(8474),O=Symbol("abortController"),W=new E(({signal:e,abort:t})=>{e.removeEventListener("abort",t)}),P=new WeakMap
function q(e){return function t(){const A=e.deref()
if(void 0!==A){W.unregister(t),this.removeEventListener("abort",t),A.abort(this.reason)
const e=P.get(A.signal)
if(void 0!==e){if(0!==e.size){for(const t of e){const e=t.deref()
void 0!==e&&e.abort(this.reason)}e.clear()}P.delete(A.signal)}}}}let _=!1
class K{constructor(e,t={}){if(L.util.markAsUncloneable(this),e===Y)return
const A="Request constructor"
L.argumentLengthCheck(arguments,1,A),e=L.converters.RequestInfo(e,A,"input"),t=L.converters.RequestInit(t,A,"init")
let s=null,r=null
const g=d.settingsObject.baseUrl
let E=null
if("string"==typeof e){let A
this[U]=t.dispatcher
try{A=new URL(e,g)}catch(t){throw new TypeError("Failed to parse URL from "+e,{cause:t})}if(A.username||A.password)throw new TypeError("Request cannot be constructed from a URL that includes credentials: "+e)
s=z({urlList:[A]}),r="cors"}else this[U]=t.dispatcher||e[U],G(e instanceof K),s=e[v],E=e[M]
const B=d.settingsObject.origin
let m="client"
if("EnvironmentSettingsObject"===s.window?.constructor?.name&&I(s.window,B)&&(m=s.window),null!=t.window)throw new TypeError(`'window' option '${m}' must be null`)
"window"in t&&(m="no-window"),s=z({method:s.method,headersList:s.headersList,unsafeRequest:s.unsafeRequest,client:d.settingsObject,window:m,priority:s.priority,origin:s.origin,referrer:s.referrer,referrerPolicy:s.referrerPolicy,mode:s.mode,credentials:s.credentials,cache:s.cache,redirect:s.redirect,integrity:s.integrity,keepalive:s.keepalive,reloadNavigation:s.reloadNavigation,historyNavigation:s.historyNavigation,urlList:[...s.urlList]})
const y=0!==Object.keys(t).length
if(y&&("navigate"===s.mode&&(s.mode="same-origin"),s.reloadNavigation=!1,s.historyNavigation=!1,s.origin="client",s.referrer="client",s.referrerPolicy="",s.url=s.urlList[s.urlList.length-1],s.urlList=[s.url]),void 0!==t.referrer){const e=t.referrer
if(""===e)s.referrer="no-referrer"
else{let t
try{t=new URL(e,g)}catch(t){throw new TypeError(`Referrer "${e}" is not a valid URL.`,{cause:t})}"about:"===t.protocol&&"client"===t.hostname||B&&!I(t,d.settingsObject.baseUrl)?s.referrer="client":s.referrer=t}}let w
if(void 0!==t.referrerPolicy&&(s.referrerPolicy=t.referrerPolicy),w=void 0!==t.mode?t.mode:r,"navigate"===w)throw L.errors.exception({header:"Request constructor",message:"invalid request mode navigate."})
if(null!=w&&(s.mode=w),void 0!==t.credentials&&(s.credentials=t.credentials),void 0!==t.cache&&(s.cache=t.cache),"only-if-cached"===s.cache&&"same-origin"!==s.mode)throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode")
if(void 0!==t.redirect&&(s.redirect=t.redirect),null!=t.integrity&&(s.integrity=String(t.integrity)),void 0!==t.keepalive&&(s.keepalive=Boolean(t.keepalive)),void 0!==t.method){let e=t.method
const A=N[e]
if(void 0!==A)s.method=A
else{if(!C(e))throw new TypeError(`'${e}' is not a valid HTTP method.`)
const t=e.toUpperCase()
if(f.has(t))throw new TypeError(`'${e}' HTTP method is unsupported.`)
e=R[t]??e,s.method=e}_||"patch"!==s.method||(process.emitWarning("Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.",{code:"UNDICI-FETCH-patch"}),_=!0)}void 0!==t.signal&&(E=t.signal),this[v]=s
const k=new AbortController
if(this[M]=k.signal,null!=E){if(!E||"boolean"!=typeof E.aborted||"function"!=typeof E.addEventListener)throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.")
if(E.aborted)k.abort(E.reason)
else{this[O]=k
const e=q(new WeakRef(k))
try{("function"==typeof x&&x(E)===V||H(E,"abort").length>=V)&&J(1500,E)}catch{}Q.addAbortListener(E,e),W.register(k,{signal:E,abort:e},e)}}if(this[F]=new i(Y),h(this[F],s.headersList),l(this[F],"request"),"no-cors"===w){if(!p.has(s.method))throw new TypeError(`'${s.method} is unsupported in no-cors mode.`)
l(this[F],"request-no-cors")}if(y){const e=u(this[F]),A=void 0!==t.headers?t.headers:new c(e)
if(e.clear(),A instanceof c){for(const{name:t,value:n}of A.rawValues())e.append(t,n,!1)
e.cookies=A.cookies}else a(this[F],A)}const b=e instanceof K?e[v].body:null
if(!(null==t.body&&null==b||"GET"!==s.method&&"HEAD"!==s.method))throw new TypeError("Request with GET/HEAD method cannot have body.")
let D=null
if(null!=t.body){const[e,A]=n(t.body,s.keepalive)
D=e,A&&!u(this[F]).contains("content-type",!0)&&this[F].append("content-type",A)}const S=D??b
if(null!=S&&null==S.source){if(null!=D&&null==t.duplex)throw new TypeError("RequestInit: duplex option is required when sending a body.")
if("same-origin"!==s.mode&&"cors"!==s.mode)throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"')
s.useCORSPreflightFlag=!0}let T=S
if(null==D&&null!=b){if(o(e))throw new TypeError("Cannot construct a Request with a Request object that has already been used.")
const t=new TransformStream
b.stream.pipeThrough(t),T={source:b.source,length:b.length,stream:t.readable}}this[v].body=T}get method(){return L.brandCheck(this,K),this[v].method}get url(){return L.brandCheck(this,K),T(this[v].url)}get headers(){return L.brandCheck(this,K),this[F]}get destination(){return L.brandCheck(this,K),this[v].destination}get referrer(){return L.brandCheck(this,K),"no-referrer"===this[v].referrer?"":"client"===this[v].referrer?"about:client":this[v].referrer.toString()}get referrerPolicy(){return L.brandCheck(this,K),this[v].referrerPolicy}get mode(){return L.brandCheck(this,K),this[v].mode}get credentials(){return this[v].credentials}get cache(){return L.brandCheck(this,K),this[v].cache}get redirect(){return L.brandCheck(this,K),this[v].redirect}get integrity(){return L.brandCheck(this,K),this[v].integrity}get keepalive(){return L.brandCheck(this,K),this[v].keepalive}get isReloadNavigation(){return L.brandCheck(this,K),this[v].reloadNavigation}get isHistoryNavigation(){return L.brandCheck(this,K),this[v].historyNavigation}get signal(){return L.brandCheck(this,K),this[M]}get body(){return L.brandCheck(this,K),this[v].body?this[v].body.stream:null}get bodyUsed(){return L.brandCheck(this,K),!!this[v].body&&Q.isDisturbed(this[v].body.stream)}get duplex(){return L.brandCheck(this,K),"half"}clone(){if(L.brandCheck(this,K),o(this))throw new TypeError("unusable")
const e=Z(this[v]),t=new AbortController
if(this.signal.aborted)t.abort(this.signal.reason)
else{let e=P.get(this.signal)
void 0===e&&(e=new Set,P.set(this.signal,e))
const A=new WeakRef(t)
e.add(A),Q.addAbortListener(t.signal,q(A))}return j(e,t.signal,g(this[F]))}[B.inspect.custom](e,t){null===t.depth&&(t.depth=2),t.colors??=!0
const A={method:this.method,url:this.url,headers:this.headers,destination:this.destination,referrer:this.referrer,referrerPolicy:this.referrerPolicy,mode:this.mode,credentials:this.credentials,cache:this.cache,redirect:this.redirect,integrity:this.integrity,keepalive:this.keepalive,isReloadNavigation:this.isReloadNavigation,isHistoryNavigation:this.isHistoryNavigation,signal:this.signal}
return`Request ${B.formatWithOptions(t,A)}`}}function z(e){return{method:e.method??"GET",localURLsOnly:e.localURLsOnly??!1,unsafeRequest:e.unsafeRequest??!1,body:e.body??null,client:e.client??null,reservedClient:e.reservedClient??null,replacesClientId:e.replacesClientId??"",window:e.window??"client",keepalive:e.keepalive??!1,serviceWorkers:e.serviceWorkers??"all",initiator:e.initiator??"",destination:e.destination??"",priority:e.priority??null,origin:e.origin??"client",policyContainer:e.policyContainer??"client",referrer:e.referrer??"client",referrerPolicy:e.referrerPolicy??"",mode:e.mode??"no-cors",useCORSPreflightFlag:e.useCORSPreflightFlag??!1,credentials:e.credentials??"same-origin",useCredentials:e.useCredentials??!1,cache:e.cache??"default",redirect:e.redirect??"follow",integrity:e.integrity??"",cryptoGraphicsNonceMetadata:e.cryptoGraphicsNonceMetadata??"",parserMetadata:e.parserMetadata??"",reloadNavigation:e.reloadNavigation??!1,historyNavigation:e.historyNavigation??!1,userActivation:e.userActivation??!1,taintedOrigin:e.taintedOrigin??!1,redirectCount:e.redirectCount??0,responseTainting:e.responseTainting??"basic",preventNoCacheCacheControlHeaderModification:e.preventNoCacheCacheControlHeaderModification??!1,done:e.done??!1,timingAllowFailed:e.timingAllowFailed??!1,urlList:e.urlList,url:e.urlList[0],headersList:e.headersList?new c(e.headersList):new c}}function Z(e){const t=z({...e,body:null})
return null!=e.body&&(t.body=r(t,e.body)),t}function j(e,t,A){const n=new K(Y)
return n[v]=e,n[M]=t,n[F]=new i(Y),h(n[F],e.headersList),l(n[F],A),n}s(K),Object.defineProperties(K.prototype,{method:S,url:S,headers:S,redirect:S,clone:S,signal:S,duplex:S,destination:S,body:S,bodyUsed:S,isHistoryNavigation:S,isReloadNavigation:S,keepalive:S,integrity:S,cache:S,credentials:S,attribute:S,referrerPolicy:S,referrer:S,mode:S,[Symbol.toStringTag]:{value:"Request",configurable:!0}}),L.converters.Request=L.interfaceConverter(K),L.converters.RequestInfo=function(e,t,A){return"string"==typeof e?L.converters.USVString(e,t,A):e instanceof K?L.converters.Request(e,t,A):L.converters.USVString(e,t,A)},L.converters.AbortSignal=L.interfaceConverter(AbortSignal),L.converters.RequestInit=L.dictionaryConverter([{key:"method",converter:L.converters.ByteString},{key:"headers",converter:L.converters.HeadersInit},{key:"body",converter:L.nullableConverter(L.converters.BodyInit)},{key:"referrer",converter:L.converters.USVString},{key:"referrerPolicy",converter:L.converters.DOMString,allowedValues:m},{key:"mode",converter:L.converters.DOMString,allowedValues:w},{key:"credentials",converter:L.converters.DOMString,allowedValues:k},{key:"cache",converter:L.converters.DOMString,allowedValues:b},{key:"redirect",converter:L.converters.DOMString,allowedValues:y},{key:"integrity",converter:L.converters.DOMString},{key:"keepalive",converter:L.converters.boolean},{key:"signal",converter:L.nullableConverter(e=>L.converters.AbortSignal(e,"RequestInit","signal",{strict:!1}))},{key:"window",converter:L.converters.any},{key:"duplex",converter:L.converters.DOMString,allowedValues:D},{key:"dispatcher",converter:L.converters.any}]),e.exports={Request:K,makeRequest:z,fromInnerRequest:j,cloneRequest:Z}},9051:(e,t,A)=>{const{Headers:n,HeadersList:s,fill:r,getHeadersGuard:o,setHeadersGuard:i,setHeadersList:a}=A(660),{extractBody:c,cloneBody:l,mixinBody:g,hasFinalizationRegistry:h,streamRegistry:u,bodyUnusable:E}=A(4492),Q=A(3440),B=A(7975),{kEnumerableProperty:C}=Q,{isValidReasonPhrase:I,isCancelled:d,isAborted:f,isBlobLike:p,serializeJavascriptValueToJSONString:m,isErrorLike:y,isomorphicEncode:w,environmentSettingsObject:k}=A(3168),{redirectStatusSet:b,nullBodyStatus:D}=A(4495),{kState:S,kHeaders:R}=A(3627),{webidl:N}=A(5893),{FormData:F}=A(5910),{URLSerializer:M}=A(1900),{kConstruct:v}=A(6443),U=A(4589),{types:L}=A(7975),T=new TextEncoder("utf-8")
class Y{static error(){return W(J(),"immutable")}static json(e,t={}){N.argumentLengthCheck(arguments,1,"Response.json"),null!==t&&(t=N.converters.ResponseInit(t))
const A=T.encode(m(e)),n=c(A),s=W(x({}),"response")
return O(s,t,{body:n[0],type:"application/json"}),s}static redirect(e,t=302){let A
N.argumentLengthCheck(arguments,1,"Response.redirect"),e=N.converters.USVString(e),t=N.converters["unsigned short"](t)
try{A=new URL(e,k.settingsObject.baseUrl)}catch(t){throw new TypeError(`Failed to parse URL from ${e}`,{cause:t})}if(!b.has(t))throw new RangeError(`Invalid status code ${t}`)
const n=W(x({}),"immutable")
n[S].status=t
const s=w(M(A))
return n[S].headersList.append("location",s,!0),n}constructor(e=null,t={}){if(N.util.markAsUncloneable(this),e===v)return
null!==e&&(e=N.converters.BodyInit(e)),t=N.converters.ResponseInit(t),this[S]=x({}),this[R]=new n(v),i(this[R],"response"),a(this[R],this[S].headersList)
let A=null
if(null!=e){const[t,n]=c(e)
A={body:t,type:n}}O(this,t,A)}get type(){return N.brandCheck(this,Y),this[S].type}get url(){N.brandCheck(this,Y)
const e=this[S].urlList,t=e[e.length-1]??null
return null===t?"":M(t,!0)}get redirected(){return N.brandCheck(this,Y),this[S].urlList.length>1}get status(){return N.brandCheck(this,Y),this[S].status}get ok(){return N.brandCheck(this,Y),this[S].status>=200&&this[S].status<=299}get statusText(){return N.brandCheck(this,Y),this[S].statusText}get headers(){return N.brandCheck(this,Y),this[R]}get body(){return N.brandCheck(this,Y),this[S].body?this[S].body.stream:null}get bodyUsed(){return N.brandCheck(this,Y),!!this[S].body&&Q.isDisturbed(this[S].body.stream)}clone(){if(N.brandCheck(this,Y),E(this))throw N.errors.exception({header:"Response.clone",message:"Body has already been consumed."})
const e=G(this[S])
return h&&this[S].body?.stream&&u.register(this,new WeakRef(this[S].body.stream)),W(e,o(this[R]))}[B.inspect.custom](e,t){null===t.depth&&(t.depth=2),t.colors??=!0
const A={status:this.status,statusText:this.statusText,headers:this.headers,body:this.body,bodyUsed:this.bodyUsed,ok:this.ok,redirected:this.redirected,type:this.type,url:this.url}
return`Response ${B.formatWithOptions(t,A)}`}}function G(e){if(e.internalResponse)return V(G(e.internalResponse),e.type)
const t=x({...e,body:null})
return null!=e.body&&(t.body=l(t,e.body)),t}function x(e){return{aborted:!1,rangeRequested:!1,timingAllowPassed:!1,requestIncludesCredentials:!1,type:"default",status:200,timingInfo:null,cacheState:"",statusText:"",...e,headersList:e?.headersList?new s(e?.headersList):new s,urlList:e?.urlList?[...e.urlList]:[]}}function J(e){return x({type:"error",status:0,error:y(e)?e:new Error(e?String(e):e),aborted:e&&"AbortError"===e.name})}function H(e,t){return t={internalResponse:e,...t},new Proxy(e,{get:(e,A)=>A in t?t[A]:e[A],set:(e,A,n)=>(U(!(A in t)),e[A]=n,!0)})}function V(e,t){return"basic"===t?H(e,{type:"basic",headersList:e.headersList}):"cors"===t?H(e,{type:"cors",headersList:e.headersList}):"opaque"===t?H(e,{type:"opaque",urlList:Object.freeze([]),status:0,statusText:"",body:null}):"opaqueredirect"===t?H(e,{type:"opaqueredirect",status:0,statusText:"",headersList:[],body:null}):void U(!1)}function O(e,t,A){if(null!==t.status&&(t.status<200||t.status>599))throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.')
if("statusText"in t&&null!=t.statusText&&!I(String(t.statusText)))throw new TypeError("Invalid statusText")
if("status"in t&&null!=t.status&&(e[S].status=t.status),"statusText"in t&&null!=t.statusText&&(e[S].statusText=t.statusText),"headers"in t&&null!=t.headers&&r(e[R],t.headers),A){if(D.includes(e.status))throw N.errors.exception({header:"Response constructor",message:`Invalid response status code ${e.status}`})
e[S].body=A.body,null==A.type||e[S].headersList.contains("content-type",!0)||e[S].headersList.append("content-type",A.type,!0)}}function W(e,t){const A=new Y(v)
return A[S]=e,A[R]=new n(v),a(A[R],e.headersList),i(A[R],t),h&&e.body?.stream&&u.register(A,new WeakRef(e.body.stream)),A}g(Y),Object.defineProperties(Y.prototype,{type:C,url:C,status:C,ok:C,redirected:C,statusText:C,headers:C,clone:C,body:C,bodyUsed:C,[Symbol.toStringTag]:{value:"Response",configurable:!0}}),Object.defineProperties(Y,{json:C,redirect:C,error:C}),N.converters.ReadableStream=N.interfaceConverter(ReadableStream),N.converters.FormData=N.interfaceConverter(F),N.converters.URLSearchParams=N.interfaceConverter(URLSearchParams),N.converters.XMLHttpRequestBodyInit=function(e,t,A){return"string"==typeof e?N.converters.USVString(e,t,A):p(e)?N.converters.Blob(e,t,A,{strict:!1}):ArrayBuffer.isView(e)||L.isArrayBuffer(e)?N.converters.BufferSource(e,t,A):Q.isFormDataLike(e)?N.converters.FormData(e,t,A,{strict:!1}):e instanceof URLSearchParams?N.converters.URLSearchParams(e,t,A):N.converters.DOMString(e,t,A)},N.converters.BodyInit=function(e,t,A){return e instanceof ReadableStream?N.converters.ReadableStream(e,t,A):e?.[Symbol.asyncIterator]?e:N.converters.XMLHttpRequestBodyInit(e,t,A)},N.converters.ResponseInit=N.dictionaryConverter([{key:"status",converter:N.converters["unsigned short"],defaultValue:()=>200},{key:"statusText",converter:N.converters.ByteString,defaultValue:()=>""},{key:"headers",converter:N.converters.HeadersInit}]),e.exports={isNetworkError:function(e){return"error"===e.type&&0===e.status},makeNetworkError:J,makeResponse:x,makeAppropriateNetworkError:function(e,t=null){return U(d(e)),f(e)?J(Object.assign(new DOMException("The operation was aborted.","AbortError"),{cause:t})):J(Object.assign(new DOMException("Request was cancelled."),{cause:t}))},filterResponse:V,Response:Y,cloneResponse:G,fromInnerResponse:W}},3627:e=>{e.exports={kUrl:Symbol("url"),kHeaders:Symbol("headers"),kSignal:Symbol("signal"),kState:Symbol("state"),kDispatcher:Symbol("dispatcher")}},3168:(e,t,A)=>{const{Transform:n}=A(7075),s=A(8522),{redirectStatusSet:r,referrerPolicySet:o,badPortsSet:i}=A(4495),{getGlobalOrigin:a}=A(1059),{collectASequenceOfCodePoints:c,collectAnHTTPQuotedString:l,removeChars:g,parseMIMEType:h}=A(1900),{performance:u}=A(643),{isBlobLike:E,ReadableStreamFrom:Q,isValidHTTPToken:B,normalizedMethodRecordsBase:C}=A(3440),I=A(4589),{isUint8Array:d}=A(3429),{webidl:f}=A(5893)
let p,m=[]
try{p=A(7598)
const e=["sha256","sha384","sha512"]
m=p.getHashes().filter(t=>e.includes(t))}catch{}function y(e){const t=e.urlList,A=t.length
return 0===A?null:t[A-1].toString()}function w(e){for(let t=0;t<e.length;++t){const A=e.charCodeAt(t)
if(A>126||A<32)return!1}return!0}function k(e){return e.urlList[e.urlList.length-1]}const b=B
function D(e){return!1===("\t"===e[0]||" "===e[0]||"\t"===e[e.length-1]||" "===e[e.length-1]||e.includes("\n")||e.includes("\r")||e.includes("\0"))}function S(e,t){return e}function R(){return{referrerPolicy:"strict-origin-when-cross-origin"}}function N(e,t){return I(e instanceof URL),"file:"===(e=new URL(e)).protocol||"about:"===e.protocol||"blank:"===e.protocol?"no-referrer":(e.username="",e.password="",e.hash="",t&&(e.pathname="",e.search=""),e)}function F(e){return e instanceof URL&&("about:blank"===e.href||"about:srcdoc"===e.href||("data:"===e.protocol||("file:"===e.protocol||function(e){if(null==e||"null"===e)return!1
const t=new URL(e)
if("https:"===t.protocol||"wss:"===t.protocol)return!0
if(/^127(?:\.[0-9]+){0,2}\.[0-9]+$|^\[(?:0*:)*?:?0*1\]$/.test(t.hostname)||"localhost"===t.hostname||t.hostname.includes("localhost.")||t.hostname.endsWith(".localhost"))return!0
return!1}(e.origin))))}const M=/(?<algo>sha256|sha384|sha512)-((?<hash>[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}(?:\s|$)( +[!-~]*)?)?/i
function v(e){const t=[]
let A=!0
for(const n of e.split(" ")){A=!1
const e=M.exec(n)
if(null===e||void 0===e.groups||void 0===e.groups.algo)continue
const s=e.groups.algo.toLowerCase()
m.includes(s)&&t.push(e.groups)}return!0===A?"no metadata":t}function U(e,t){if(e.length!==t.length)return!1
for(let A=0;A<e.length;++A)if(e[A]!==t[A]){if("+"===e[A]&&"-"===t[A]||"/"===e[A]&&"_"===t[A])continue
return!1}return!0}function L(e,t){return e.origin===t.origin&&"null"===e.origin||e.protocol===t.protocol&&e.hostname===t.hostname&&e.port===t.port}const T=Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))
function Y(e,t,A=0,n=1){class s{#_
#K
#z
constructor(e,t){this.#_=e,this.#K=t,this.#z=0}next(){if("object"!=typeof this||null===this||!(#_ in this))throw new TypeError(`'next' called on an object that does not implement interface ${e} Iterator.`)
const s=this.#z,r=this.#_[t]
if(s>=r.length)return{value:void 0,done:!0}
const{[A]:o,[n]:i}=r[s]
let a
switch(this.#z=s+1,this.#K){case"key":a=o
break
case"value":a=i
break
case"key+value":a=[o,i]}return{value:a,done:!1}}}return delete s.prototype.constructor,Object.setPrototypeOf(s.prototype,T),Object.defineProperties(s.prototype,{[Symbol.toStringTag]:{writable:!1,enumerable:!1,configurable:!0,value:`${e} Iterator`},next:{writable:!0,enumerable:!0,configurable:!0}}),function(e,t){return new s(e,t)}}const G=/[^\x00-\xFF]/
function x(e){return I(!G.test(e)),e}async function J(e){const t=[]
let A=0
for(;;){const{done:n,value:s}=await e.read()
if(n)return Buffer.concat(t,A)
if(!d(s))throw new TypeError("Received non-Uint8Array chunk")
t.push(s),A+=s.length}}function H(e){return"string"==typeof e&&":"===e[5]&&"h"===e[0]&&"t"===e[1]&&"t"===e[2]&&"p"===e[3]&&"s"===e[4]||"https:"===e.protocol}function V(e){I("protocol"in e)
const t=e.protocol
return"http:"===t||"https:"===t}class O extends n{#Z
constructor(e){super(),this.#Z=e}_transform(e,t,A){if(!this._inflateStream){if(0===e.length)return void A()
this._inflateStream=8==(15&e[0])?s.createInflate(this.#Z):s.createInflateRaw(this.#Z),this._inflateStream.on("data",this.push.bind(this)),this._inflateStream.on("end",()=>this.push(null)),this._inflateStream.on("error",e=>this.destroy(e))}this._inflateStream.write(e,t,A)}_final(e){this._inflateStream&&(this._inflateStream.end(),this._inflateStream=null),e()}}function W(e,t){const A=t.get(e,!0)
return null===A?null:function(e){const t=e,A={position:0},n=[]
let s=""
for(;A.position<t.length;){if(s+=c(e=>'"'!==e&&","!==e,t,A),A.position<t.length)if(34===t.charCodeAt(A.position)){if(s+=l(t,A),A.position<t.length)continue}else I(44===t.charCodeAt(A.position)),A.position++
s=g(s,!0,!0,e=>9===e||32===e),n.push(s),s=""}return n}(A)}const P=new TextDecoder
class q{get baseUrl(){return a()}get origin(){return this.baseUrl?.origin}policyContainer={referrerPolicy:"strict-origin-when-cross-origin"}}const _=new class{settingsObject=new q}
e.exports={isAborted:function(e){return"aborted"===e.controller.state},isCancelled:function(e){return"aborted"===e.controller.state||"terminated"===e.controller.state},isValidEncodedURL:w,createDeferredPromise:function(){let e,t
return{promise:new Promise((A,n)=>{e=A,t=n}),resolve:e,reject:t}},ReadableStreamFrom:Q,tryUpgradeRequestToAPotentiallyTrustworthyURL:function(e){},clampAndCoarsenConnectionTimingInfo:function(e,t,A){return!e?.startTime||e.startTime<t?{domainLookupStartTime:t,domainLookupEndTime:t,connectionStartTime:t,connectionEndTime:t,secureConnectionStartTime:t,ALPNNegotiatedProtocol:e?.ALPNNegotiatedProtocol}:{domainLookupStartTime:S(e.domainLookupStartTime),domainLookupEndTime:S(e.domainLookupEndTime),connectionStartTime:S(e.connectionStartTime),connectionEndTime:S(e.connectionEndTime),secureConnectionStartTime:S(e.secureConnectionStartTime),ALPNNegotiatedProtocol:e.ALPNNegotiatedProtocol}},coarsenedSharedCurrentTime:function(e){return S(u.now())},determineRequestsReferrer:function(e){const t=e.referrerPolicy
I(t)
let A=null
if("client"===e.referrer){const e=a()
if(!e||"null"===e.origin)return"no-referrer"
A=new URL(e)}else e.referrer instanceof URL&&(A=e.referrer)
let n=N(A)
const s=N(A,!0)
n.toString().length>4096&&(n=s)
const r=L(e,n),o=F(n)&&!F(e.url)
switch(t){case"origin":return null!=s?s:N(A,!0)
case"unsafe-url":return n
case"same-origin":return r?s:"no-referrer"
case"origin-when-cross-origin":return r?n:s
case"strict-origin-when-cross-origin":{const t=k(e)
return L(n,t)?n:F(n)&&!F(t)?"no-referrer":s}default:return o?"no-referrer":s}},makePolicyContainer:R,clonePolicyContainer:function(e){return{referrerPolicy:e.referrerPolicy}},appendFetchMetadata:function(e){let t=null
t=e.mode,e.headersList.set("sec-fetch-mode",t,!0)},appendRequestOriginHeader:function(e){let t=e.origin
if("client"!==t&&void 0!==t)if("cors"===e.responseTainting||"websocket"===e.mode)e.headersList.append("origin",t,!0)
else if("GET"!==e.method&&"HEAD"!==e.method){switch(e.referrerPolicy){case"no-referrer":t=null
break
case"no-referrer-when-downgrade":case"strict-origin":case"strict-origin-when-cross-origin":e.origin&&H(e.origin)&&!H(k(e))&&(t=null)
break
case"same-origin":L(e,k(e))||(t=null)}e.headersList.append("origin",t,!0)}},TAOCheck:function(){return"success"},corsCheck:function(){return"success"},crossOriginResourcePolicyCheck:function(){return"allowed"},createOpaqueTimingInfo:function(e){return{startTime:e.startTime??0,redirectStartTime:0,redirectEndTime:0,postRedirectStartTime:e.startTime??0,finalServiceWorkerStartTime:0,finalNetworkResponseStartTime:0,finalNetworkRequestStartTime:0,endTime:0,encodedBodySize:0,decodedBodySize:0,finalConnectionTimingInfo:null}},setRequestReferrerPolicyOnRedirect:function(e,t){const{headersList:A}=t,n=(A.get("referrer-policy",!0)??"").split(",")
let s=""
if(n.length>0)for(let e=n.length;0!==e;e--){const t=n[e-1].trim()
if(o.has(t)){s=t
break}}""!==s&&(e.referrerPolicy=s)},isValidHTTPToken:B,requestBadPort:function(e){const t=k(e)
return V(t)&&i.has(t.port)?"blocked":"allowed"},requestCurrentURL:k,responseURL:y,responseLocationURL:function(e,t){if(!r.has(e.status))return null
let A=e.headersList.get("location",!0)
var n
return null!==A&&D(A)&&(w(A)||(n=A,A=Buffer.from(n,"binary").toString("utf8")),A=new URL(A,y(e))),A&&!A.hash&&(A.hash=t),A},isBlobLike:E,isURLPotentiallyTrustworthy:F,isValidReasonPhrase:function(e){for(let t=0;t<e.length;++t){const A=e.charCodeAt(t)
if(!(9===A||A>=32&&A<=126||A>=128&&A<=255))return!1}return!0},sameOrigin:L,normalizeMethod:function(e){return C[e.toLowerCase()]??e},serializeJavascriptValueToJSONString:function(e){const t=JSON.stringify(e)
if(void 0===t)throw new TypeError("Value is not JSON serializable")
return I("string"==typeof t),t},iteratorMixin:function(e,t,A,n=0,s=1){const r=Y(e,A,n,s),o={keys:{writable:!0,enumerable:!0,configurable:!0,value:function(){return f.brandCheck(this,t),r(this,"key")}},values:{writable:!0,enumerable:!0,configurable:!0,value:function(){return f.brandCheck(this,t),r(this,"value")}},entries:{writable:!0,enumerable:!0,configurable:!0,value:function(){return f.brandCheck(this,t),r(this,"key+value")}},forEach:{writable:!0,enumerable:!0,configurable:!0,value:function(A,n=globalThis){if(f.brandCheck(this,t),f.argumentLengthCheck(arguments,1,`${e}.forEach`),"function"!=typeof A)throw new TypeError(`Failed to execute 'forEach' on '${e}': parameter 1 is not of type 'Function'.`)
for(const{0:e,1:t}of r(this,"key+value"))A.call(n,t,e,this)}}}
return Object.defineProperties(t.prototype,{...o,[Symbol.iterator]:{writable:!0,enumerable:!1,configurable:!0,value:o.entries.value}})},createIterator:Y,isValidHeaderName:b,isValidHeaderValue:D,isErrorLike:function(e){return e instanceof Error||"Error"===e?.constructor?.name||"DOMException"===e?.constructor?.name},fullyReadBody:async function(e,t,A){const n=t,s=A
let r
try{r=e.stream.getReader()}catch(e){return void s(e)}try{n(await J(r))}catch(e){s(e)}},bytesMatch:function(e,t){if(void 0===p)return!0
const A=v(t)
if("no metadata"===A)return!0
if(0===A.length)return!0
const n=function(e){let t=e[0].algo
if("5"===t[3])return t
for(let A=1;A<e.length;++A){const n=e[A]
if("5"===n.algo[3]){t="sha512"
break}"3"!==t[3]&&("3"===n.algo[3]&&(t="sha384"))}return t}(A),s=function(e,t){if(1===e.length)return e
let A=0
for(let n=0;n<e.length;++n)e[n].algo===t&&(e[A++]=e[n])
return e.length=A,e}(A,n)
for(const t of s){const A=t.algo,n=t.hash
let s=p.createHash(A).update(e).digest("base64")
if("="===s[s.length-1]&&(s="="===s[s.length-2]?s.slice(0,-2):s.slice(0,-1)),U(s,n))return!0}return!1},isReadableStreamLike:function(e){return e instanceof ReadableStream||"ReadableStream"===e[Symbol.toStringTag]&&"function"==typeof e.tee},readableStreamClose:function(e){try{e.close(),e.byobRequest?.respond(0)}catch(e){if(!e.message.includes("Controller is already closed")&&!e.message.includes("ReadableStream is already closed"))throw e}},isomorphicEncode:x,urlIsLocal:function(e){I("protocol"in e)
const t=e.protocol
return"about:"===t||"blob:"===t||"data:"===t},urlHasHttpsScheme:H,urlIsHttpHttpsScheme:V,readAllBytes:J,simpleRangeHeaderValue:function(e,t){const A=e
if(!A.startsWith("bytes"))return"failure"
const n={position:5}
if(t&&c(e=>"\t"===e||" "===e,A,n),61!==A.charCodeAt(n.position))return"failure"
n.position++,t&&c(e=>"\t"===e||" "===e,A,n)
const s=c(e=>{const t=e.charCodeAt(0)
return t>=48&&t<=57},A,n),r=s.length?Number(s):null
if(t&&c(e=>"\t"===e||" "===e,A,n),45!==A.charCodeAt(n.position))return"failure"
n.position++,t&&c(e=>"\t"===e||" "===e,A,n)
const o=c(e=>{const t=e.charCodeAt(0)
return t>=48&&t<=57},A,n),i=o.length?Number(o):null
return n.position<A.length||null===i&&null===r||r>i?"failure":{rangeStartValue:r,rangeEndValue:i}},buildContentRange:function(e,t,A){let n="bytes "
return n+=x(`${e}`),n+="-",n+=x(`${t}`),n+="/",n+=x(`${A}`),n},parseMetadata:v,createInflate:function(e){return new O(e)},extractMimeType:function(e){let t=null,A=null,n=null
const s=W("content-type",e)
if(null===s)return"failure"
for(const e of s){const s=h(e)
"failure"!==s&&"*/*"!==s.essence&&(n=s,n.essence!==A?(t=null,n.parameters.has("charset")&&(t=n.parameters.get("charset")),A=n.essence):n.parameters.has("charset")||null===t||n.parameters.set("charset",t))}return null==n?"failure":n},getDecodeSplit:W,utf8DecodeBytes:function(e){return 0===e.length?"":(239===e[0]&&187===e[1]&&191===e[2]&&(e=e.subarray(3)),P.decode(e))},environmentSettingsObject:_}},5893:(e,t,A)=>{const{types:n,inspect:s}=A(7975),{markAsUncloneable:r}=A(5919),{toUSVString:o}=A(3440),i={converters:{},util:{},errors:{}}
i.errors.exception=function(e){return new TypeError(`${e.header}: ${e.message}`)},i.errors.conversionFailed=function(e){const t=1===e.types.length?"":" one of",A=`${e.argument} could not be converted to${t}: ${e.types.join(", ")}.`
return i.errors.exception({header:e.prefix,message:A})},i.errors.invalidArgument=function(e){return i.errors.exception({header:e.prefix,message:`"${e.value}" is an invalid ${e.type}.`})},i.brandCheck=function(e,t,A){if(!1!==A?.strict){if(!(e instanceof t)){const e=new TypeError("Illegal invocation")
throw e.code="ERR_INVALID_THIS",e}}else if(e?.[Symbol.toStringTag]!==t.prototype[Symbol.toStringTag]){const e=new TypeError("Illegal invocation")
throw e.code="ERR_INVALID_THIS",e}},i.argumentLengthCheck=function({length:e},t,A){if(e<t)throw i.errors.exception({message:`${t} argument${1!==t?"s":""} required, but${e?" only":""} ${e} found.`,header:A})},i.illegalConstructor=function(){throw i.errors.exception({header:"TypeError",message:"Illegal constructor"})},i.util.Type=function(e){switch(typeof e){case"undefined":return"Undefined"
case"boolean":return"Boolean"
case"string":return"String"
case"symbol":return"Symbol"
case"number":return"Number"
case"bigint":return"BigInt"
case"function":case"object":return null===e?"Null":"Object"}},i.util.markAsUncloneable=r||(()=>{}),i.util.ConvertToInt=function(e,t,A,n){let s,r
64===t?(s=Math.pow(2,53)-1,r="unsigned"===A?0:Math.pow(-2,53)+1):"unsigned"===A?(r=0,s=Math.pow(2,t)-1):(r=Math.pow(-2,t)-1,s=Math.pow(2,t-1)-1)
let o=Number(e)
if(0===o&&(o=0),!0===n?.enforceRange){if(Number.isNaN(o)||o===Number.POSITIVE_INFINITY||o===Number.NEGATIVE_INFINITY)throw i.errors.exception({header:"Integer conversion",message:`Could not convert ${i.util.Stringify(e)} to an integer.`})
if(o=i.util.IntegerPart(o),o<r||o>s)throw i.errors.exception({header:"Integer conversion",message:`Value must be between ${r}-${s}, got ${o}.`})
return o}return Number.isNaN(o)||!0!==n?.clamp?Number.isNaN(o)||0===o&&Object.is(0,o)||o===Number.POSITIVE_INFINITY||o===Number.NEGATIVE_INFINITY?0:(o=i.util.IntegerPart(o),o%=Math.pow(2,t),"signed"===A&&o>=Math.pow(2,t)-1?o-Math.pow(2,t):o):(o=Math.min(Math.max(o,r),s),o=Math.floor(o)%2==0?Math.floor(o):Math.ceil(o),o)},i.util.IntegerPart=function(e){const t=Math.floor(Math.abs(e))
return e<0?-1*t:t},i.util.Stringify=function(e){switch(i.util.Type(e)){case"Symbol":return`Symbol(${e.description})`
case"Object":return s(e)
case"String":return`"${e}"`
default:return`${e}`}},i.sequenceConverter=function(e){return(t,A,n,s)=>{if("Object"!==i.util.Type(t))throw i.errors.exception({header:A,message:`${n} (${i.util.Stringify(t)}) is not iterable.`})
const r="function"==typeof s?s():t?.[Symbol.iterator]?.(),o=[]
let a=0
if(void 0===r||"function"!=typeof r.next)throw i.errors.exception({header:A,message:`${n} is not iterable.`})
for(;;){const{done:t,value:s}=r.next()
if(t)break
o.push(e(s,A,`${n}[${a++}]`))}return o}},i.recordConverter=function(e,t){return(A,s,r)=>{if("Object"!==i.util.Type(A))throw i.errors.exception({header:s,message:`${r} ("${i.util.Type(A)}") is not an Object.`})
const o={}
if(!n.isProxy(A)){const n=[...Object.getOwnPropertyNames(A),...Object.getOwnPropertySymbols(A)]
for(const i of n){const n=e(i,s,r),a=t(A[i],s,r)
o[n]=a}return o}const a=Reflect.ownKeys(A)
for(const n of a){const i=Reflect.getOwnPropertyDescriptor(A,n)
if(i?.enumerable){const i=e(n,s,r),a=t(A[n],s,r)
o[i]=a}}return o}},i.interfaceConverter=function(e){return(t,A,n,s)=>{if(!1!==s?.strict&&!(t instanceof e))throw i.errors.exception({header:A,message:`Expected ${n} ("${i.util.Stringify(t)}") to be an instance of ${e.name}.`})
return t}},i.dictionaryConverter=function(e){return(t,A,n)=>{const s=i.util.Type(t),r={}
if("Null"===s||"Undefined"===s)return r
if("Object"!==s)throw i.errors.exception({header:A,message:`Expected ${t} to be one of: Null, Undefined, Object.`})
for(const s of e){const{key:e,defaultValue:o,required:a,converter:c}=s
if(!0===a&&!Object.hasOwn(t,e))throw i.errors.exception({header:A,message:`Missing required key "${e}".`})
let l=t[e]
const g=Object.hasOwn(s,"defaultValue")
if(g&&null!==l&&(l??=o()),a||g||void 0!==l){if(l=c(l,A,`${n}.${e}`),s.allowedValues&&!s.allowedValues.includes(l))throw i.errors.exception({header:A,message:`${l} is not an accepted type. Expected one of ${s.allowedValues.join(", ")}.`})
r[e]=l}}return r}},i.nullableConverter=function(e){return(t,A,n)=>null===t?t:e(t,A,n)},i.converters.DOMString=function(e,t,A,n){if(null===e&&n?.legacyNullToEmptyString)return""
if("symbol"==typeof e)throw i.errors.exception({header:t,message:`${A} is a symbol, which cannot be converted to a DOMString.`})
return String(e)},i.converters.ByteString=function(e,t,A){const n=i.converters.DOMString(e,t,A)
for(let e=0;e<n.length;e++)if(n.charCodeAt(e)>255)throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${e} has a value of ${n.charCodeAt(e)} which is greater than 255.`)
return n},i.converters.USVString=o,i.converters.boolean=function(e){return Boolean(e)},i.converters.any=function(e){return e},i.converters["long long"]=function(e,t,A){return i.util.ConvertToInt(e,64,"signed",void 0,t,A)},i.converters["unsigned long long"]=function(e,t,A){return i.util.ConvertToInt(e,64,"unsigned",void 0,t,A)},i.converters["unsigned long"]=function(e,t,A){return i.util.ConvertToInt(e,32,"unsigned",void 0,t,A)},i.converters["unsigned short"]=function(e,t,A,n){return i.util.ConvertToInt(e,16,"unsigned",n,t,A)},i.converters.ArrayBuffer=function(e,t,A,s){if("Object"!==i.util.Type(e)||!n.isAnyArrayBuffer(e))throw i.errors.conversionFailed({prefix:t,argument:`${A} ("${i.util.Stringify(e)}")`,types:["ArrayBuffer"]})
if(!1===s?.allowShared&&n.isSharedArrayBuffer(e))throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})
if(e.resizable||e.growable)throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})
return e},i.converters.TypedArray=function(e,t,A,s,r){if("Object"!==i.util.Type(e)||!n.isTypedArray(e)||e.constructor.name!==t.name)throw i.errors.conversionFailed({prefix:A,argument:`${s} ("${i.util.Stringify(e)}")`,types:[t.name]})
if(!1===r?.allowShared&&n.isSharedArrayBuffer(e.buffer))throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})
if(e.buffer.resizable||e.buffer.growable)throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})
return e},i.converters.DataView=function(e,t,A,s){if("Object"!==i.util.Type(e)||!n.isDataView(e))throw i.errors.exception({header:t,message:`${A} is not a DataView.`})
if(!1===s?.allowShared&&n.isSharedArrayBuffer(e.buffer))throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})
if(e.buffer.resizable||e.buffer.growable)throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})
return e},i.converters.BufferSource=function(e,t,A,s){if(n.isAnyArrayBuffer(e))return i.converters.ArrayBuffer(e,t,A,{...s,allowShared:!1})
if(n.isTypedArray(e))return i.converters.TypedArray(e,e.constructor,t,A,{...s,allowShared:!1})
if(n.isDataView(e))return i.converters.DataView(e,t,A,{...s,allowShared:!1})
throw i.errors.conversionFailed({prefix:t,argument:`${A} ("${i.util.Stringify(e)}")`,types:["BufferSource"]})},i.converters["sequence<ByteString>"]=i.sequenceConverter(i.converters.ByteString),i.converters["sequence<sequence<ByteString>>"]=i.sequenceConverter(i.converters["sequence<ByteString>"]),i.converters["record<ByteString, ByteString>"]=i.recordConverter(i.converters.ByteString,i.converters.ByteString),e.exports={webidl:i}},2607:e=>{e.exports={getEncoding:function(e){if(!e)return"failure"
switch(e.trim().toLowerCase()){case"unicode-1-1-utf-8":case"unicode11utf8":case"unicode20utf8":case"utf-8":case"utf8":case"x-unicode20utf8":return"UTF-8"
case"866":case"cp866":case"csibm866":case"ibm866":return"IBM866"
case"csisolatin2":case"iso-8859-2":case"iso-ir-101":case"iso8859-2":case"iso88592":case"iso_8859-2":case"iso_8859-2:1987":case"l2":case"latin2":return"ISO-8859-2"
case"csisolatin3":case"iso-8859-3":case"iso-ir-109":case"iso8859-3":case"iso88593":case"iso_8859-3":case"iso_8859-3:1988":case"l3":case"latin3":return"ISO-8859-3"
case"csisolatin4":case"iso-8859-4":case"iso-ir-110":case"iso8859-4":case"iso88594":case"iso_8859-4":case"iso_8859-4:1988":case"l4":case"latin4":return"ISO-8859-4"
case"csisolatincyrillic":case"cyrillic":case"iso-8859-5":case"iso-ir-144":case"iso8859-5":case"iso88595":case"iso_8859-5":case"iso_8859-5:1988":return"ISO-8859-5"
case"arabic":case"asmo-708":case"csiso88596e":case"csiso88596i":case"csisolatinarabic":case"ecma-114":case"iso-8859-6":case"iso-8859-6-e":case"iso-8859-6-i":case"iso-ir-127":case"iso8859-6":case"iso88596":case"iso_8859-6":case"iso_8859-6:1987":return"ISO-8859-6"
case"csisolatingreek":case"ecma-118":case"elot_928":case"greek":case"greek8":case"iso-8859-7":case"iso-ir-126":case"iso8859-7":case"iso88597":case"iso_8859-7":case"iso_8859-7:1987":case"sun_eu_greek":return"ISO-8859-7"
case"csiso88598e":case"csisolatinhebrew":case"hebrew":case"iso-8859-8":case"iso-8859-8-e":case"iso-ir-138":case"iso8859-8":case"iso88598":case"iso_8859-8":case"iso_8859-8:1988":case"visual":return"ISO-8859-8"
case"csiso88598i":case"iso-8859-8-i":case"logical":return"ISO-8859-8-I"
case"csisolatin6":case"iso-8859-10":case"iso-ir-157":case"iso8859-10":case"iso885910":case"l6":case"latin6":return"ISO-8859-10"
case"iso-8859-13":case"iso8859-13":case"iso885913":return"ISO-8859-13"
case"iso-8859-14":case"iso8859-14":case"iso885914":return"ISO-8859-14"
case"csisolatin9":case"iso-8859-15":case"iso8859-15":case"iso885915":case"iso_8859-15":case"l9":return"ISO-8859-15"
case"iso-8859-16":return"ISO-8859-16"
case"cskoi8r":case"koi":case"koi8":case"koi8-r":case"koi8_r":return"KOI8-R"
case"koi8-ru":case"koi8-u":return"KOI8-U"
case"csmacintosh":case"mac":case"macintosh":case"x-mac-roman":return"macintosh"
case"iso-8859-11":case"iso8859-11":case"iso885911":case"tis-620":case"windows-874":return"windows-874"
case"cp1250":case"windows-1250":case"x-cp1250":return"windows-1250"
case"cp1251":case"windows-1251":case"x-cp1251":return"windows-1251"
case"ansi_x3.4-1968":case"ascii":case"cp1252":case"cp819":case"csisolatin1":case"ibm819":case"iso-8859-1":case"iso-ir-100":case"iso8859-1":case"iso88591":case"iso_8859-1":case"iso_8859-1:1987":case"l1":case"latin1":case"us-ascii":case"windows-1252":case"x-cp1252":return"windows-1252"
case"cp1253":case"windows-1253":case"x-cp1253":return"windows-1253"
case"cp1254":case"csisolatin5":case"iso-8859-9":case"iso-ir-148":case"iso8859-9":case"iso88599":case"iso_8859-9":case"iso_8859-9:1989":case"l5":case"latin5":case"windows-1254":case"x-cp1254":return"windows-1254"
case"cp1255":case"windows-1255":case"x-cp1255":return"windows-1255"
case"cp1256":case"windows-1256":case"x-cp1256":return"windows-1256"
case"cp1257":case"windows-1257":case"x-cp1257":return"windows-1257"
case"cp1258":case"windows-1258":case"x-cp1258":return"windows-1258"
case"x-mac-cyrillic":case"x-mac-ukrainian":return"x-mac-cyrillic"
case"chinese":case"csgb2312":case"csiso58gb231280":case"gb2312":case"gb_2312":case"gb_2312-80":case"gbk":case"iso-ir-58":case"x-gbk":return"GBK"
case"gb18030":return"gb18030"
case"big5":case"big5-hkscs":case"cn-big5":case"csbig5":case"x-x-big5":return"Big5"
case"cseucpkdfmtjapanese":case"euc-jp":case"x-euc-jp":return"EUC-JP"
case"csiso2022jp":case"iso-2022-jp":return"ISO-2022-JP"
case"csshiftjis":case"ms932":case"ms_kanji":case"shift-jis":case"shift_jis":case"sjis":case"windows-31j":case"x-sjis":return"Shift_JIS"
case"cseuckr":case"csksc56011987":case"euc-kr":case"iso-ir-149":case"korean":case"ks_c_5601-1987":case"ks_c_5601-1989":case"ksc5601":case"ksc_5601":case"windows-949":return"EUC-KR"
case"csiso2022kr":case"hz-gb-2312":case"iso-2022-cn":case"iso-2022-cn-ext":case"iso-2022-kr":case"replacement":return"replacement"
case"unicodefffe":case"utf-16be":return"UTF-16BE"
case"csunicode":case"iso-10646-ucs-2":case"ucs-2":case"unicode":case"unicodefeff":case"utf-16":case"utf-16le":return"UTF-16LE"
case"x-user-defined":return"x-user-defined"
default:return"failure"}}}},8355:(e,t,A)=>{const{staticPropertyDescriptors:n,readOperation:s,fireAProgressEvent:r}=A(3610),{kState:o,kError:i,kResult:a,kEvents:c,kAborted:l}=A(961),{webidl:g}=A(5893),{kEnumerableProperty:h}=A(3440)
class u extends EventTarget{constructor(){super(),this[o]="empty",this[a]=null,this[i]=null,this[c]={loadend:null,error:null,abort:null,load:null,progress:null,loadstart:null}}readAsArrayBuffer(e){g.brandCheck(this,u),g.argumentLengthCheck(arguments,1,"FileReader.readAsArrayBuffer"),e=g.converters.Blob(e,{strict:!1}),s(this,e,"ArrayBuffer")}readAsBinaryString(e){g.brandCheck(this,u),g.argumentLengthCheck(arguments,1,"FileReader.readAsBinaryString"),e=g.converters.Blob(e,{strict:!1}),s(this,e,"BinaryString")}readAsText(e,t=void 0){g.brandCheck(this,u),g.argumentLengthCheck(arguments,1,"FileReader.readAsText"),e=g.converters.Blob(e,{strict:!1}),void 0!==t&&(t=g.converters.DOMString(t,"FileReader.readAsText","encoding")),s(this,e,"Text",t)}readAsDataURL(e){g.brandCheck(this,u),g.argumentLengthCheck(arguments,1,"FileReader.readAsDataURL"),e=g.converters.Blob(e,{strict:!1}),s(this,e,"DataURL")}abort(){"empty"!==this[o]&&"done"!==this[o]?("loading"===this[o]&&(this[o]="done",this[a]=null),this[l]=!0,r("abort",this),"loading"!==this[o]&&r("loadend",this)):this[a]=null}get readyState(){switch(g.brandCheck(this,u),this[o]){case"empty":return this.EMPTY
case"loading":return this.LOADING
case"done":return this.DONE}}get result(){return g.brandCheck(this,u),this[a]}get error(){return g.brandCheck(this,u),this[i]}get onloadend(){return g.brandCheck(this,u),this[c].loadend}set onloadend(e){g.brandCheck(this,u),this[c].loadend&&this.removeEventListener("loadend",this[c].loadend),"function"==typeof e?(this[c].loadend=e,this.addEventListener("loadend",e)):this[c].loadend=null}get onerror(){return g.brandCheck(this,u),this[c].error}set onerror(e){g.brandCheck(this,u),this[c].error&&this.removeEventListener("error",this[c].error),"function"==typeof e?(this[c].error=e,this.addEventListener("error",e)):this[c].error=null}get onloadstart(){return g.brandCheck(this,u),this[c].loadstart}set onloadstart(e){g.brandCheck(this,u),this[c].loadstart&&this.removeEventListener("loadstart",this[c].loadstart),"function"==typeof e?(this[c].loadstart=e,this.addEventListener("loadstart",e)):this[c].loadstart=null}get onprogress(){return g.brandCheck(this,u),this[c].progress}set onprogress(e){g.brandCheck(this,u),this[c].progress&&this.removeEventListener("progress",this[c].progress),"function"==typeof e?(this[c].progress=e,this.addEventListener("progress",e)):this[c].progress=null}get onload(){return g.brandCheck(this,u),this[c].load}set onload(e){g.brandCheck(this,u),this[c].load&&this.removeEventListener("load",this[c].load),"function"==typeof e?(this[c].load=e,this.addEventListener("load",e)):this[c].load=null}get onabort(){return g.brandCheck(this,u),this[c].abort}set onabort(e){g.brandCheck(this,u),this[c].abort&&this.removeEventListener("abort",this[c].abort),"function"==typeof e?(this[c].abort=e,this.addEventListener("abort",e)):this[c].abort=null}}u.EMPTY=u.prototype.EMPTY=0,u.LOADING=u.prototype.LOADING=1,u.DONE=u.prototype.DONE=2,Object.defineProperties(u.prototype,{EMPTY:n,LOADING:n,DONE:n,readAsArrayBuffer:h,readAsBinaryString:h,readAsText:h,readAsDataURL:h,abort:h,readyState:h,result:h,error:h,onloadstart:h,onprogress:h,onload:h,onabort:h,onerror:h,onloadend:h,[Symbol.toStringTag]:{value:"FileReader",writable:!1,enumerable:!1,configurable:!0}}),Object.defineProperties(u,{EMPTY:n,LOADING:n,DONE:n}),e.exports={FileReader:u}},8573:(e,t,A)=>{const{webidl:n}=A(5893),s=Symbol("ProgressEvent state")
class r extends Event{constructor(e,t={}){super(e=n.converters.DOMString(e,"ProgressEvent constructor","type"),t=n.converters.ProgressEventInit(t??{})),this[s]={lengthComputable:t.lengthComputable,loaded:t.loaded,total:t.total}}get lengthComputable(){return n.brandCheck(this,r),this[s].lengthComputable}get loaded(){return n.brandCheck(this,r),this[s].loaded}get total(){return n.brandCheck(this,r),this[s].total}}n.converters.ProgressEventInit=n.dictionaryConverter([{key:"lengthComputable",converter:n.converters.boolean,defaultValue:()=>!1},{key:"loaded",converter:n.converters["unsigned long long"],defaultValue:()=>0},{key:"total",converter:n.converters["unsigned long long"],defaultValue:()=>0},{key:"bubbles",converter:n.converters.boolean,defaultValue:()=>!1},{key:"cancelable",converter:n.converters.boolean,defaultValue:()=>!1},{key:"composed",converter:n.converters.boolean,defaultValue:()=>!1}]),e.exports={ProgressEvent:r}},961:e=>{e.exports={kState:Symbol("FileReader state"),kResult:Symbol("FileReader result"),kError:Symbol("FileReader error"),kLastProgressEventFired:Symbol("FileReader last progress event fired timestamp"),kEvents:Symbol("FileReader events"),kAborted:Symbol("FileReader aborted")}},3610:(e,t,A)=>{const{kState:n,kError:s,kResult:r,kAborted:o,kLastProgressEventFired:i}=A(961),{ProgressEvent:a}=A(8573),{getEncoding:c}=A(2607),{serializeAMimeType:l,parseMIMEType:g}=A(1900),{types:h}=A(7975),{StringDecoder:u}=A(3193),{btoa:E}=A(4573)
function Q(e,t){const A=new a(e,{bubbles:!1,cancelable:!1})
t.dispatchEvent(A)}function B(e,t,A,n){switch(t){case"DataURL":{let t="data:"
const n=g(A||"application/octet-stream")
"failure"!==n&&(t+=l(n)),t+=";base64,"
const s=new u("latin1")
for(const A of e)t+=E(s.write(A))
return t+=E(s.end()),t}case"Text":{let t="failure"
if(n&&(t=c(n)),"failure"===t&&A){const e=g(A)
"failure"!==e&&(t=c(e.parameters.get("charset")))}return"failure"===t&&(t="UTF-8"),function(e,t){const A=C(e),n=function(e){const[t,A,n]=e
if(239===t&&187===A&&191===n)return"UTF-8"
if(254===t&&255===A)return"UTF-16BE"
if(255===t&&254===A)return"UTF-16LE"
return null}(A)
let s=0
null!==n&&(t=n,s="UTF-8"===n?3:2)
const r=A.slice(s)
return new TextDecoder(t).decode(r)}(e,t)}case"ArrayBuffer":return C(e).buffer
case"BinaryString":{let t=""
const A=new u("latin1")
for(const n of e)t+=A.write(n)
return t+=A.end(),t}}}function C(e){const t=e.reduce((e,t)=>e+t.byteLength,0)
let A=0
return e.reduce((e,t)=>(e.set(t,A),A+=t.byteLength,e),new Uint8Array(t))}e.exports={staticPropertyDescriptors:{enumerable:!0,writable:!1,configurable:!1},readOperation:function(e,t,A,a){if("loading"===e[n])throw new DOMException("Invalid state","InvalidStateError")
e[n]="loading",e[r]=null,e[s]=null
const c=t.stream().getReader(),l=[]
let g=c.read(),u=!0;(async()=>{for(;!e[o];)try{const{done:E,value:C}=await g
if(u&&!e[o]&&queueMicrotask(()=>{Q("loadstart",e)}),u=!1,!E&&h.isUint8Array(C))l.push(C),(void 0===e[i]||Date.now()-e[i]>=50)&&!e[o]&&(e[i]=Date.now(),queueMicrotask(()=>{Q("progress",e)})),g=c.read()
else if(E){queueMicrotask(()=>{e[n]="done"
try{const n=B(l,A,t.type,a)
if(e[o])return
e[r]=n,Q("load",e)}catch(t){e[s]=t,Q("error",e)}"loading"!==e[n]&&Q("loadend",e)})
break}}catch(t){if(e[o])return
queueMicrotask(()=>{e[n]="done",e[s]=t,Q("error",e),"loading"!==e[n]&&Q("loadend",e)})
break}})()},fireAProgressEvent:Q}},6897:(e,t,A)=>{const{uid:n,states:s,sentCloseFrameState:r,emptyBuffer:o,opcodes:i}=A(736),{kReadyState:a,kSentClose:c,kByteParser:l,kReceivedClose:g,kResponse:h}=A(1216),{fireEvent:u,failWebsocketConnection:E,isClosing:Q,isClosed:B,isEstablished:C,parseExtensions:I}=A(8625),{channels:d}=A(2414),{CloseEvent:f}=A(5188),{makeRequest:p}=A(9967),{fetching:m}=A(4398),{Headers:y,getHeadersList:w}=A(660),{getDecodeSplit:k}=A(3168),{WebsocketFrameSend:b}=A(3264)
let D
try{D=A(7598)}catch{}function S(e){this.ws[l].write(e)||this.pause()}function R(){const{ws:e}=this,{[h]:t}=e
t.socket.off("data",S),t.socket.off("close",R),t.socket.off("error",N)
const A=e[c]===r.SENT&&e[g]
let n=1005,o=""
const i=e[l].closingInfo
i&&!i.error?(n=i.code??1005,o=i.reason):e[g]||(n=1006),e[a]=s.CLOSED,u("close",e,(e,t)=>new f(e,t),{wasClean:A,code:n,reason:o}),d.close.hasSubscribers&&d.close.publish({websocket:e,code:n,reason:o})}function N(e){const{ws:t}=this
t[a]=s.CLOSING,d.socketError.hasSubscribers&&d.socketError.publish(e),this.destroy()}e.exports={establishWebSocketConnection:function(e,t,A,s,r,o){const i=e
i.protocol="ws:"===e.protocol?"http:":"https:"
const a=p({urlList:[i],client:A,serviceWorkers:"none",referrer:"no-referrer",mode:"websocket",credentials:"include",cache:"no-store",redirect:"error"})
if(o.headers){const e=w(new y(o.headers))
a.headersList=e}const c=D.randomBytes(16).toString("base64")
a.headersList.append("sec-websocket-key",c),a.headersList.append("sec-websocket-version","13")
for(const e of t)a.headersList.append("sec-websocket-protocol",e)
return a.headersList.append("sec-websocket-extensions","permessage-deflate; client_max_window_bits"),m({request:a,useParallelQueue:!0,dispatcher:o.dispatcher,processResponse(e){if("error"===e.type||101!==e.status)return void E(s,"Received network error or non-101 status code.")
if(0!==t.length&&!e.headersList.get("Sec-WebSocket-Protocol"))return void E(s,"Server did not respond with sent protocols.")
if("websocket"!==e.headersList.get("Upgrade")?.toLowerCase())return void E(s,'Server did not set Upgrade header to "websocket".')
if("upgrade"!==e.headersList.get("Connection")?.toLowerCase())return void E(s,'Server did not set Connection header to "upgrade".')
if(e.headersList.get("Sec-WebSocket-Accept")!==D.createHash("sha1").update(c+n).digest("base64"))return void E(s,"Incorrect hash received in Sec-WebSocket-Accept header.")
const A=e.headersList.get("Sec-WebSocket-Extensions")
let o
if(null!==A&&(o=I(A),!o.has("permessage-deflate")))return void E(s,"Sec-WebSocket-Extensions header does not match.")
const i=e.headersList.get("Sec-WebSocket-Protocol")
if(null!==i){const e=k("sec-websocket-protocol",a.headersList)
if(null===e||!e.includes(i))return void E(s,"Protocol was not set in the opening handshake.")}e.socket.on("data",S),e.socket.on("close",R),e.socket.on("error",N),d.open.hasSubscribers&&d.open.publish({address:e.socket.address(),protocol:i,extensions:A}),r(e,o)}})},closeWebSocketConnection:function(e,t,A,n){if(Q(e)||B(e));else if(C(e))if(e[c]===r.NOT_SENT){e[c]=r.PROCESSING
const l=new b
void 0!==t&&void 0===A?(l.frameData=Buffer.allocUnsafe(2),l.frameData.writeUInt16BE(t,0)):void 0!==t&&void 0!==A?(l.frameData=Buffer.allocUnsafe(2+n),l.frameData.writeUInt16BE(t,0),l.frameData.write(A,2,"utf-8")):l.frameData=o
e[h].socket.write(l.createFrame(i.CLOSE)),e[c]=r.SENT,e[a]=s.CLOSING}else e[a]=s.CLOSING
else E(e,"Connection was closed before it was established."),e[a]=s.CLOSING}}},736:e=>{const t=Buffer.allocUnsafe(0)
e.exports={uid:"258EAFA5-E914-47DA-95CA-C5AB0DC85B11",sentCloseFrameState:{NOT_SENT:0,PROCESSING:1,SENT:2},staticPropertyDescriptors:{enumerable:!0,writable:!1,configurable:!1},states:{CONNECTING:0,OPEN:1,CLOSING:2,CLOSED:3},opcodes:{CONTINUATION:0,TEXT:1,BINARY:2,CLOSE:8,PING:9,PONG:10},maxUnsigned16Bit:65535,parserStates:{INFO:0,PAYLOADLENGTH_16:2,PAYLOADLENGTH_64:3,READ_DATA:4},emptyBuffer:t,sendHints:{string:1,typedArray:2,arrayBuffer:3,blob:4}}},5188:(e,t,A)=>{const{webidl:n}=A(5893),{kEnumerableProperty:s}=A(3440),{kConstruct:r}=A(6443),{MessagePort:o}=A(5919)
class i extends Event{#j
constructor(e,t={}){if(e===r)return super(arguments[1],arguments[2]),void n.util.markAsUncloneable(this)
const A="MessageEvent constructor"
n.argumentLengthCheck(arguments,1,A),super(e=n.converters.DOMString(e,A,"type"),t=n.converters.MessageEventInit(t,A,"eventInitDict")),this.#j=t,n.util.markAsUncloneable(this)}get data(){return n.brandCheck(this,i),this.#j.data}get origin(){return n.brandCheck(this,i),this.#j.origin}get lastEventId(){return n.brandCheck(this,i),this.#j.lastEventId}get source(){return n.brandCheck(this,i),this.#j.source}get ports(){return n.brandCheck(this,i),Object.isFrozen(this.#j.ports)||Object.freeze(this.#j.ports),this.#j.ports}initMessageEvent(e,t=!1,A=!1,s=null,r="",o="",a=null,c=[]){return n.brandCheck(this,i),n.argumentLengthCheck(arguments,1,"MessageEvent.initMessageEvent"),new i(e,{bubbles:t,cancelable:A,data:s,origin:r,lastEventId:o,source:a,ports:c})}static createFastMessageEvent(e,t){const A=new i(r,e,t)
return A.#j=t,A.#j.data??=null,A.#j.origin??="",A.#j.lastEventId??="",A.#j.source??=null,A.#j.ports??=[],A}}const{createFastMessageEvent:a}=i
delete i.createFastMessageEvent
class c extends Event{#j
constructor(e,t={}){const A="CloseEvent constructor"
n.argumentLengthCheck(arguments,1,A),super(e=n.converters.DOMString(e,A,"type"),t=n.converters.CloseEventInit(t)),this.#j=t,n.util.markAsUncloneable(this)}get wasClean(){return n.brandCheck(this,c),this.#j.wasClean}get code(){return n.brandCheck(this,c),this.#j.code}get reason(){return n.brandCheck(this,c),this.#j.reason}}class l extends Event{#j
constructor(e,t){const A="ErrorEvent constructor"
n.argumentLengthCheck(arguments,1,A),super(e,t),n.util.markAsUncloneable(this),e=n.converters.DOMString(e,A,"type"),t=n.converters.ErrorEventInit(t??{}),this.#j=t}get message(){return n.brandCheck(this,l),this.#j.message}get filename(){return n.brandCheck(this,l),this.#j.filename}get lineno(){return n.brandCheck(this,l),this.#j.lineno}get colno(){return n.brandCheck(this,l),this.#j.colno}get error(){return n.brandCheck(this,l),this.#j.error}}Object.defineProperties(i.prototype,{[Symbol.toStringTag]:{value:"MessageEvent",configurable:!0},data:s,origin:s,lastEventId:s,source:s,ports:s,initMessageEvent:s}),Object.defineProperties(c.prototype,{[Symbol.toStringTag]:{value:"CloseEvent",configurable:!0},reason:s,code:s,wasClean:s}),Object.defineProperties(l.prototype,{[Symbol.toStringTag]:{value:"ErrorEvent",configurable:!0},message:s,filename:s,lineno:s,colno:s,error:s}),n.converters.MessagePort=n.interfaceConverter(o),n.converters["sequence<MessagePort>"]=n.sequenceConverter(n.converters.MessagePort)
const g=[{key:"bubbles",converter:n.converters.boolean,defaultValue:()=>!1},{key:"cancelable",converter:n.converters.boolean,defaultValue:()=>!1},{key:"composed",converter:n.converters.boolean,defaultValue:()=>!1}]
n.converters.MessageEventInit=n.dictionaryConverter([...g,{key:"data",converter:n.converters.any,defaultValue:()=>null},{key:"origin",converter:n.converters.USVString,defaultValue:()=>""},{key:"lastEventId",converter:n.converters.DOMString,defaultValue:()=>""},{key:"source",converter:n.nullableConverter(n.converters.MessagePort),defaultValue:()=>null},{key:"ports",converter:n.converters["sequence<MessagePort>"],defaultValue:()=>new Array(0)}]),n.converters.CloseEventInit=n.dictionaryConverter([...g,{key:"wasClean",converter:n.converters.boolean,defaultValue:()=>!1},{key:"code",converter:n.converters["unsigned short"],defaultValue:()=>0},{key:"reason",converter:n.converters.USVString,defaultValue:()=>""}]),n.converters.ErrorEventInit=n.dictionaryConverter([...g,{key:"message",converter:n.converters.DOMString,defaultValue:()=>""},{key:"filename",converter:n.converters.USVString,defaultValue:()=>""},{key:"lineno",converter:n.converters["unsigned long"],defaultValue:()=>0},{key:"colno",converter:n.converters["unsigned long"],defaultValue:()=>0},{key:"error",converter:n.converters.any}]),e.exports={MessageEvent:i,CloseEvent:c,ErrorEvent:l,createFastMessageEvent:a}},3264:(e,t,A)=>{const{maxUnsigned16Bit:n}=A(736),s=16386
let r,o=null,i=s
try{r=A(7598)}catch{r={randomFillSync:function(e,t,A){for(let t=0;t<e.length;++t)e[t]=255*Math.random()|0
return e}}}function a(){return i===s&&(i=0,r.randomFillSync(o??=Buffer.allocUnsafe(s),0,s)),[o[i++],o[i++],o[i++],o[i++]]}e.exports={WebsocketFrameSend:class{constructor(e){this.frameData=e}createFrame(e){const t=this.frameData,A=a(),s=t?.byteLength??0
let r=s,o=6
s>n?(o+=8,r=127):s>125&&(o+=2,r=126)
const i=Buffer.allocUnsafe(s+o)
i[0]=i[1]=0,i[0]|=128,i[0]=(240&i[0])+e,i[o-4]=A[0],i[o-3]=A[1],i[o-2]=A[2],i[o-1]=A[3],i[1]=r,126===r?i.writeUInt16BE(s,2):127===r&&(i[2]=i[3]=0,i.writeUIntBE(s,4,6)),i[1]|=128
for(let e=0;e<s;++e)i[o+e]=t[e]^A[3&e]
return i}}}},9469:(e,t,A)=>{const{createInflateRaw:n,Z_DEFAULT_WINDOWBITS:s}=A(8522),{isValidClientWindowBits:r}=A(8625),{MessageSizeExceededError:o}=A(8707),i=Buffer.from([0,0,255,255]),a=Symbol("kBuffer"),c=Symbol("kLength")
e.exports={PerMessageDeflate:class{#$
#Q={}
#X=0
constructor(e,t){this.#Q.serverNoContextTakeover=e.has("server_no_context_takeover"),this.#Q.serverMaxWindowBits=e.get("server_max_window_bits"),this.#X=t.maxPayloadSize}decompress(e,t,A){if(!this.#$){let e=s
if(this.#Q.serverMaxWindowBits){if(!r(this.#Q.serverMaxWindowBits))return void A(new Error("Invalid server_max_window_bits"))
e=Number.parseInt(this.#Q.serverMaxWindowBits)}try{this.#$=n({windowBits:e})}catch(e){return void A(e)}this.#$[a]=[],this.#$[c]=0,this.#$.on("data",e=>{if(this.#$[c]+=e.length,this.#X>0&&this.#$[c]>this.#X)return A(new o),this.#$.removeAllListeners(),this.#$.destroy(),void(this.#$=null)
this.#$[a].push(e)}),this.#$.on("error",e=>{this.#$=null,A(e)})}this.#$.write(e),t&&this.#$.write(i),this.#$.flush(()=>{if(!this.#$)return
const e=Buffer.concat(this.#$[a],this.#$[c])
this.#$[a].length=0,this.#$[c]=0,A(null,e)})}}}},1652:(e,t,A)=>{const{Writable:n}=A(7075),s=A(4589),{parserStates:r,opcodes:o,states:i,emptyBuffer:a,sentCloseFrameState:c}=A(736),{kReadyState:l,kSentClose:g,kResponse:h,kReceivedClose:u}=A(1216),{channels:E}=A(2414),{isValidStatusCode:Q,isValidOpcode:B,failWebsocketConnection:C,websocketMessageReceived:I,utf8Decode:d,isControlFrame:f,isTextBinaryFrame:p,isContinuationFrame:m}=A(8625),{WebsocketFrameSend:y}=A(3264),{closeWebSocketConnection:w}=A(6897),{PerMessageDeflate:k}=A(9469),{MessageSizeExceededError:b}=A(8707)
function D(e,t,A){w(e,t,A,Buffer.byteLength(A)),C(e,A)}e.exports={ByteParser:class extends n{#ee=[]
#te=0
#Ae=0
#ne=!1
#m=r.INFO
#se={}
#re=[]
#oe
#ie
#X
constructor(e,t,A={}){super(),this.ws=e,this.#oe=null==t?new Map:t,this.#ie=A.maxFragments??0,this.#X=A.maxPayloadSize??0,this.#oe.has("permessage-deflate")&&this.#oe.set("permessage-deflate",new k(t,A))}_write(e,t,A){this.#ee.push(e),this.#Ae+=e.length,this.#ne=!0,this.run(A)}#ae(){return!(this.#X>0&&!f(this.#se.opcode)&&this.#se.payloadLength+this.#te>this.#X)||(D(this.ws,1009,"Payload size exceeds maximum allowed size"),!1)}run(e){for(;this.#ne;)if(this.#m===r.INFO){if(this.#Ae<2)return e()
const t=this.consume(2),A=!!(128&t[0]),n=15&t[0],s=!(128&~t[1]),i=!A&&n!==o.CONTINUATION,a=127&t[1],c=64&t[0],l=32&t[0],g=16&t[0]
if(!B(n))return C(this.ws,"Invalid opcode received"),e()
if(s)return C(this.ws,"Frame cannot be masked"),e()
if(0!==c&&!this.#oe.has("permessage-deflate"))return void C(this.ws,"Expected RSV1 to be clear.")
if(0!==l||0!==g)return void C(this.ws,"RSV1, RSV2, RSV3 must be clear")
if(i&&!p(n))return void C(this.ws,"Invalid frame type was fragmented.")
if(p(n)&&this.#re.length>0)return void C(this.ws,"Expected continuation frame")
if(this.#se.fragmented&&i)return void C(this.ws,"Fragmented frame exceeded 125 bytes.")
if((a>125||i)&&f(n))return void C(this.ws,"Control frame either too large or fragmented")
if(m(n)&&0===this.#re.length&&!this.#se.compressed)return void C(this.ws,"Unexpected continuation frame")
if(a<=125){if(this.#se.payloadLength=a,this.#m=r.READ_DATA,!this.#ae())return}else 126===a?this.#m=r.PAYLOADLENGTH_16:127===a&&(this.#m=r.PAYLOADLENGTH_64)
p(n)&&(this.#se.binaryType=n,this.#se.compressed=0!==c),this.#se.opcode=n,this.#se.masked=s,this.#se.fin=A,this.#se.fragmented=i}else if(this.#m===r.PAYLOADLENGTH_16){if(this.#Ae<2)return e()
const t=this.consume(2)
if(this.#se.payloadLength=t.readUInt16BE(0),this.#m=r.READ_DATA,!this.#ae())return}else if(this.#m===r.PAYLOADLENGTH_64){if(this.#Ae<8)return e()
const t=this.consume(8),A=t.readUInt32BE(0),n=t.readUInt32BE(4)
if(0!==A||n>2**31-1)return void C(this.ws,"Received payload length > 2^31 bytes.")
if(this.#se.payloadLength=n,this.#m=r.READ_DATA,!this.#ae())return}else if(this.#m===r.READ_DATA){if(this.#Ae<this.#se.payloadLength)return e()
const t=this.consume(this.#se.payloadLength)
if(f(this.#se.opcode)){this.#ne=this.parseControlFrame(t),this.#m=r.INFO
const A=this.ws[h].socket
if(this.#ne&&A.writableNeedDrain)return this.#ne=!1,void A.once("drain",()=>{this.destroyed||(this.#ne=!0,this.run(e))})}else{if(this.#se.compressed){this.#oe.get("permessage-deflate").decompress(t,this.#se.fin,(t,A)=>{if(t){const e=t instanceof b?1009:1007
return void D(this.ws,e,t.message)}if(this.writeFragments(A))if(this.#X>0&&this.#te>this.#X)D(this.ws,1009,(new b).message)
else{if(!this.#se.fin)return this.#m=r.INFO,this.#ne=!0,void this.run(e)
I(this.ws,this.#se.binaryType,this.consumeFragments()),this.#ne=!0,this.#m=r.INFO,this.run(e)}}),this.#ne=!1
break}if(!this.writeFragments(t))return
if(this.#X>0&&this.#te>this.#X)return void D(this.ws,1009,(new b).message)
!this.#se.fragmented&&this.#se.fin&&I(this.ws,this.#se.binaryType,this.consumeFragments()),this.#m=r.INFO}}}consume(e){if(e>this.#Ae)throw new Error("Called consume() before buffers satiated.")
if(0===e)return a
if(this.#ee[0].length===e)return this.#Ae-=this.#ee[0].length,this.#ee.shift()
const t=Buffer.allocUnsafe(e)
let A=0
for(;A!==e;){const n=this.#ee[0],{length:s}=n
if(s+A===e){t.set(this.#ee.shift(),A)
break}if(s+A>e){t.set(n.subarray(0,e-A),A),this.#ee[0]=n.subarray(e-A)
break}t.set(this.#ee.shift(),A),A+=n.length}return this.#Ae-=e,t}writeFragments(e){return this.#ie>0&&this.#re.length===this.#ie?(D(this.ws,1008,"Too many message fragments"),!1):(this.#te+=e.length,this.#re.push(e),!0)}consumeFragments(){const e=this.#re
if(1===e.length)return this.#te=0,e.shift()
const t=Buffer.concat(e,this.#te)
return this.#re=[],this.#te=0,t}parseCloseBody(e){let t
if(s(1!==e.length),e.length>=2&&(t=e.readUInt16BE(0)),void 0!==t&&!Q(t))return{code:1002,reason:"Invalid status code",error:!0}
let A=e.subarray(2)
239===A[0]&&187===A[1]&&191===A[2]&&(A=A.subarray(3))
try{A=d(A)}catch{return{code:1007,reason:"Invalid UTF-8",error:!0}}return{code:t,reason:A,error:!1}}parseControlFrame(e){const{opcode:t,payloadLength:A}=this.#se
if(t===o.CLOSE){if(1===A)return C(this.ws,"Received close frame with a 1-byte body."),!1
if(this.#se.closeInfo=this.parseCloseBody(e),this.#se.closeInfo.error){const{code:e,reason:t}=this.#se.closeInfo
return w(this.ws,e,t,t.length),C(this.ws,t),!1}if(this.ws[g]!==c.SENT){let e=a
this.#se.closeInfo.code&&(e=Buffer.allocUnsafe(2),e.writeUInt16BE(this.#se.closeInfo.code,0))
const t=new y(e)
this.ws[h].socket.write(t.createFrame(o.CLOSE),e=>{e||(this.ws[g]=c.SENT)})}return this.ws[l]=i.CLOSING,this.ws[u]=!0,!1}if(t===o.PING){if(!this.ws[u]){const t=new y(e)
this.ws[h].socket.write(t.createFrame(o.PONG)),E.ping.hasSubscribers&&E.ping.publish({payload:e})}}else t===o.PONG&&E.pong.hasSubscribers&&E.pong.publish({payload:e})
return!0}get closingInfo(){return this.#se.closeInfo}}}},3900:(e,t,A)=>{const{WebsocketFrameSend:n}=A(3264),{opcodes:s,sendHints:r}=A(736),o=A(4660),i=Buffer[Symbol.species]
function a(e,t){return new n(function(e,t){switch(t){case r.string:return Buffer.from(e)
case r.arrayBuffer:case r.blob:return new i(e)
case r.typedArray:return new i(e.buffer,e.byteOffset,e.byteLength)}}(e,t)).createFrame(t===r.string?s.TEXT:s.BINARY)}e.exports={SendQueue:class{#ce=new o
#le=!1
#ge
constructor(e){this.#ge=e}add(e,t,A){if(A!==r.blob){const n=a(e,A)
if(this.#le){const e={promise:null,callback:t,frame:n}
this.#ce.push(e)}else this.#ge.write(n,t)
return}const n={promise:e.arrayBuffer().then(e=>{n.promise=null,n.frame=a(e,A)}),callback:t,frame:null}
this.#ce.push(n),this.#le||this.#he()}async#he(){this.#le=!0
const e=this.#ce
for(;!e.isEmpty();){const t=e.shift()
null!==t.promise&&await t.promise,this.#ge.write(t.frame,t.callback),t.callback=t.frame=null}this.#le=!1}}}},1216:e=>{e.exports={kWebSocketURL:Symbol("url"),kReadyState:Symbol("ready state"),kController:Symbol("controller"),kResponse:Symbol("response"),kBinaryType:Symbol("binary type"),kSentClose:Symbol("sent close"),kReceivedClose:Symbol("received close"),kByteParser:Symbol("byte parser")}},8625:(e,t,A)=>{const{kReadyState:n,kController:s,kResponse:r,kBinaryType:o,kWebSocketURL:i}=A(1216),{states:a,opcodes:c}=A(736),{ErrorEvent:l,createFastMessageEvent:g}=A(5188),{isUtf8:h}=A(4573),{collectASequenceOfCodePointsFast:u,removeHTTPWhitespace:E}=A(1900)
function Q(e,t,A=(e,t)=>new Event(e,t),n={}){const s=A(e,n)
t.dispatchEvent(s)}function B(e,t){const{[s]:A,[r]:n}=e
A.abort(),n?.socket&&!n.socket.destroyed&&n.socket.destroy(),t&&Q("error",e,(e,t)=>new l(e,t),{error:new Error(t),message:t})}function C(e){return e===c.CLOSE||e===c.PING||e===c.PONG}function I(e){return e===c.CONTINUATION}function d(e){return e===c.TEXT||e===c.BINARY}const f="string"==typeof process.versions.icu,p=f?new TextDecoder("utf-8",{fatal:!0}):void 0,m=f?p.decode.bind(p):function(e){if(h(e))return e.toString("utf-8")
throw new TypeError("Invalid utf-8 received.")}
e.exports={isConnecting:function(e){return e[n]===a.CONNECTING},isEstablished:function(e){return e[n]===a.OPEN},isClosing:function(e){return e[n]===a.CLOSING},isClosed:function(e){return e[n]===a.CLOSED},fireEvent:Q,isValidSubprotocol:function(e){if(0===e.length)return!1
for(let t=0;t<e.length;++t){const A=e.charCodeAt(t)
if(A<33||A>126||34===A||40===A||41===A||44===A||47===A||58===A||59===A||60===A||61===A||62===A||63===A||64===A||91===A||92===A||93===A||123===A||125===A)return!1}return!0},isValidStatusCode:function(e){return e>=1e3&&e<1015?1004!==e&&1005!==e&&1006!==e:e>=3e3&&e<=4999},failWebsocketConnection:B,websocketMessageReceived:function(e,t,A){if(e[n]!==a.OPEN)return
let s
if(t===c.TEXT)try{s=m(A)}catch{return void B(e,"Received invalid UTF-8 in text frame.")}else t===c.BINARY&&(s="blob"===e[o]?new Blob([A]):function(e){if(e.byteLength===e.buffer.byteLength)return e.buffer
return e.buffer.slice(e.byteOffset,e.byteOffset+e.byteLength)}(A))
Q("message",e,g,{origin:e[i].origin,data:s})},utf8Decode:m,isControlFrame:C,isContinuationFrame:I,isTextBinaryFrame:d,isValidOpcode:function(e){return d(e)||I(e)||C(e)},parseExtensions:function(e){const t={position:0},A=new Map
for(;t.position<e.length;){const n=u(";",e,t),[s,r=""]=n.split("=")
A.set(E(s,!0,!1),E(r,!1,!0)),t.position++}return A},isValidClientWindowBits:function(e){if(0===e.length)return!1
for(let t=0;t<e.length;t++){const A=e.charCodeAt(t)
if(A<48||A>57)return!1}const t=Number.parseInt(e,10)
return t>=8&&t<=15}}},3726:(e,t,A)=>{const{webidl:n}=A(5893),{URLSerializer:s}=A(1900),{environmentSettingsObject:r}=A(3168),{staticPropertyDescriptors:o,states:i,sentCloseFrameState:a,sendHints:c}=A(736),{kWebSocketURL:l,kReadyState:g,kController:h,kBinaryType:u,kResponse:E,kSentClose:Q,kByteParser:B}=A(1216),{isConnecting:C,isEstablished:I,isClosing:d,isValidSubprotocol:f,fireEvent:p}=A(8625),{establishWebSocketConnection:m,closeWebSocketConnection:y}=A(6897),{ByteParser:w}=A(1652),{kEnumerableProperty:k,isBlobLike:b}=A(3440),{getGlobalDispatcher:D}=A(2581),{types:S}=A(7975),{ErrorEvent:R,CloseEvent:N}=A(5188),{SendQueue:F}=A(3900)
class M extends EventTarget{#Y={open:null,error:null,close:null,message:null}
#ue=0
#Ee=""
#oe=""
#Qe
constructor(e,t=[]){super(),n.util.markAsUncloneable(this)
const A="WebSocket constructor"
n.argumentLengthCheck(arguments,1,A)
const s=n.converters["DOMString or sequence<DOMString> or WebSocketInit"](t,A,"options")
e=n.converters.USVString(e,A,"url"),t=s.protocols
const o=r.settingsObject.baseUrl
let i
try{i=new URL(e,o)}catch(e){throw new DOMException(e,"SyntaxError")}if("http:"===i.protocol?i.protocol="ws:":"https:"===i.protocol&&(i.protocol="wss:"),"ws:"!==i.protocol&&"wss:"!==i.protocol)throw new DOMException(`Expected a ws: or wss: protocol, got ${i.protocol}`,"SyntaxError")
if(i.hash||i.href.endsWith("#"))throw new DOMException("Got fragment","SyntaxError")
if("string"==typeof t&&(t=[t]),t.length!==new Set(t.map(e=>e.toLowerCase())).size)throw new DOMException("Invalid Sec-WebSocket-Protocol value","SyntaxError")
if(t.length>0&&!t.every(e=>f(e)))throw new DOMException("Invalid Sec-WebSocket-Protocol value","SyntaxError")
this[l]=new URL(i.href)
const c=r.settingsObject
this[h]=m(i,t,c,this,(e,t)=>this.#Be(e,t),s),this[g]=M.CONNECTING,this[Q]=a.NOT_SENT,this[u]="blob"}close(e=void 0,t=void 0){n.brandCheck(this,M)
const A="WebSocket.close"
if(void 0!==e&&(e=n.converters["unsigned short"](e,A,"code",{clamp:!0})),void 0!==t&&(t=n.converters.USVString(t,A,"reason")),void 0!==e&&1e3!==e&&(e<3e3||e>4999))throw new DOMException("invalid code","InvalidAccessError")
let s=0
if(void 0!==t&&(s=Buffer.byteLength(t),s>123))throw new DOMException(`Reason must be less than 123 bytes; received ${s}`,"SyntaxError")
y(this,e,t,s)}send(e){n.brandCheck(this,M)
const t="WebSocket.send"
if(n.argumentLengthCheck(arguments,1,t),e=n.converters.WebSocketSendData(e,t,"data"),C(this))throw new DOMException("Sent before connected.","InvalidStateError")
if(I(this)&&!d(this))if("string"==typeof e){const t=Buffer.byteLength(e)
this.#ue+=t,this.#Qe.add(e,()=>{this.#ue-=t},c.string)}else S.isArrayBuffer(e)?(this.#ue+=e.byteLength,this.#Qe.add(e,()=>{this.#ue-=e.byteLength},c.arrayBuffer)):ArrayBuffer.isView(e)?(this.#ue+=e.byteLength,this.#Qe.add(e,()=>{this.#ue-=e.byteLength},c.typedArray)):b(e)&&(this.#ue+=e.size,this.#Qe.add(e,()=>{this.#ue-=e.size},c.blob))}get readyState(){return n.brandCheck(this,M),this[g]}get bufferedAmount(){return n.brandCheck(this,M),this.#ue}get url(){return n.brandCheck(this,M),s(this[l])}get extensions(){return n.brandCheck(this,M),this.#oe}get protocol(){return n.brandCheck(this,M),this.#Ee}get onopen(){return n.brandCheck(this,M),this.#Y.open}set onopen(e){n.brandCheck(this,M),this.#Y.open&&this.removeEventListener("open",this.#Y.open),"function"==typeof e?(this.#Y.open=e,this.addEventListener("open",e)):this.#Y.open=null}get onerror(){return n.brandCheck(this,M),this.#Y.error}set onerror(e){n.brandCheck(this,M),this.#Y.error&&this.removeEventListener("error",this.#Y.error),"function"==typeof e?(this.#Y.error=e,this.addEventListener("error",e)):this.#Y.error=null}get onclose(){return n.brandCheck(this,M),this.#Y.close}set onclose(e){n.brandCheck(this,M),this.#Y.close&&this.removeEventListener("close",this.#Y.close),"function"==typeof e?(this.#Y.close=e,this.addEventListener("close",e)):this.#Y.close=null}get onmessage(){return n.brandCheck(this,M),this.#Y.message}set onmessage(e){n.brandCheck(this,M),this.#Y.message&&this.removeEventListener("message",this.#Y.message),"function"==typeof e?(this.#Y.message=e,this.addEventListener("message",e)):this.#Y.message=null}get binaryType(){return n.brandCheck(this,M),this[u]}set binaryType(e){n.brandCheck(this,M),this[u]="blob"!==e&&"arraybuffer"!==e?"blob":e}#Be(e,t){this[E]=e
const A=this[h]?.dispatcher?.webSocketOptions,n=A?.maxFragments,s=A?.maxPayloadSize,r=new w(this,t,{maxFragments:n,maxPayloadSize:s})
r.on("drain",v),r.on("error",U.bind(this)),e.socket.ws=this,this[B]=r,this.#Qe=new F(e.socket),this[g]=i.OPEN
const o=e.headersList.get("sec-websocket-extensions")
null!==o&&(this.#oe=o)
const a=e.headersList.get("sec-websocket-protocol")
null!==a&&(this.#Ee=a),p("open",this)}}function v(){this.ws[E].socket.resume()}function U(e){let t,A
e instanceof N?(t=e.reason,A=e.code):t=e.message,p("error",this,()=>new R("error",{error:e,message:t})),y(this,A)}M.CONNECTING=M.prototype.CONNECTING=i.CONNECTING,M.OPEN=M.prototype.OPEN=i.OPEN,M.CLOSING=M.prototype.CLOSING=i.CLOSING,M.CLOSED=M.prototype.CLOSED=i.CLOSED,Object.defineProperties(M.prototype,{CONNECTING:o,OPEN:o,CLOSING:o,CLOSED:o,url:k,readyState:k,bufferedAmount:k,onopen:k,onerror:k,onclose:k,close:k,onmessage:k,binaryType:k,send:k,extensions:k,protocol:k,[Symbol.toStringTag]:{value:"WebSocket",writable:!1,enumerable:!1,configurable:!0}}),Object.defineProperties(M,{CONNECTING:o,OPEN:o,CLOSING:o,CLOSED:o}),n.converters["sequence<DOMString>"]=n.sequenceConverter(n.converters.DOMString),n.converters["DOMString or sequence<DOMString>"]=function(e,t,A){return"Object"===n.util.Type(e)&&Symbol.iterator in e?n.converters["sequence<DOMString>"](e):n.converters.DOMString(e,t,A)},n.converters.WebSocketInit=n.dictionaryConverter([{key:"protocols",converter:n.converters["DOMString or sequence<DOMString>"],defaultValue:()=>new Array(0)},{key:"dispatcher",converter:n.converters.any,defaultValue:()=>D()},{key:"headers",converter:n.nullableConverter(n.converters.HeadersInit)}]),n.converters["DOMString or sequence<DOMString> or WebSocketInit"]=function(e){return"Object"!==n.util.Type(e)||Symbol.iterator in e?{protocols:n.converters["DOMString or sequence<DOMString>"](e)}:n.converters.WebSocketInit(e)},n.converters.WebSocketSendData=function(e){if("Object"===n.util.Type(e)){if(b(e))return n.converters.Blob(e,{strict:!1})
if(ArrayBuffer.isView(e)||S.isArrayBuffer(e))return n.converters.BufferSource(e)}return n.converters.USVString(e)},e.exports={WebSocket:M}},1932:(e,t,A)=>{A.a(e,async(e,t)=>{try{var n=A(8958)
await(0,n.eF)(),t()}catch(e){t(e)}},1)},8958:(t,A,n)=>{n.d(A,{eF:()=>dA})
var s=n(7598),r=n(3024),o=n(8161),i=n.n(o),a=n(6760),c=n.n(a),l=n(857)
function g(e){return null==e?"":"string"==typeof e||e instanceof String?e:JSON.stringify(e)}function h(e){return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,endColumn:e.endColumn}:{}}function u(e,t,A){const n=new Q(e,t,A)
process.stdout.write(n.toString()+l.EOL)}function E(e,t=""){u(e,{},t)}class Q{constructor(e,t,A){e||(e="missing.command"),this.command=e,this.properties=t,this.message=A}toString(){let e="::"+this.command
if(this.properties&&Object.keys(this.properties).length>0){e+=" "
let t=!0
for(const A in this.properties)if(this.properties.hasOwnProperty(A)){const n=this.properties[A]
n&&(t?t=!1:e+=",",e+=`${A}=${B(n)}`)}}var t
return e+=`::${t=this.message,g(t).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}`,e}}function B(e){return g(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}const C=e(import.meta.url)("crypto"),I=e(import.meta.url)("fs")
e(import.meta.url)("path")
n(8611),n(5692)
URL
var d,f,p
n(770),n(6752)
!function(e){e[e.OK=200]="OK",e[e.MultipleChoices=300]="MultipleChoices",e[e.MovedPermanently=301]="MovedPermanently",e[e.ResourceMoved=302]="ResourceMoved",e[e.SeeOther=303]="SeeOther",e[e.NotModified=304]="NotModified",e[e.UseProxy=305]="UseProxy",e[e.SwitchProxy=306]="SwitchProxy",e[e.TemporaryRedirect=307]="TemporaryRedirect",e[e.PermanentRedirect=308]="PermanentRedirect",e[e.BadRequest=400]="BadRequest",e[e.Unauthorized=401]="Unauthorized",e[e.PaymentRequired=402]="PaymentRequired",e[e.Forbidden=403]="Forbidden",e[e.NotFound=404]="NotFound",e[e.MethodNotAllowed=405]="MethodNotAllowed",e[e.NotAcceptable=406]="NotAcceptable",e[e.ProxyAuthenticationRequired=407]="ProxyAuthenticationRequired",e[e.RequestTimeout=408]="RequestTimeout",e[e.Conflict=409]="Conflict",e[e.Gone=410]="Gone",e[e.TooManyRequests=429]="TooManyRequests",e[e.InternalServerError=500]="InternalServerError",e[e.NotImplemented=501]="NotImplemented",e[e.BadGateway=502]="BadGateway",e[e.ServiceUnavailable=503]="ServiceUnavailable",e[e.GatewayTimeout=504]="GatewayTimeout"}(d||(d={})),function(e){e.Accept="accept",e.ContentType="content-type"}(f||(f={})),function(e){e.ApplicationJson="application/json"}(p||(p={}))
d.MovedPermanently,d.ResourceMoved,d.SeeOther,d.TemporaryRedirect,d.PermanentRedirect,d.BadGateway,d.ServiceUnavailable,d.GatewayTimeout
Error
var m=function(e,t,A,n){return new(A||(A=Promise))(function(s,r){function o(e){try{a(n.next(e))}catch(e){r(e)}}function i(e){try{a(n.throw(e))}catch(e){r(e)}}function a(e){var t
e.done?s(e.value):(t=e.value,t instanceof A?t:new A(function(e){e(t)})).then(o,i)}a((n=n.apply(e,t||[])).next())})}
const{access:y,appendFile:w,writeFile:k}=I.promises,b="GITHUB_STEP_SUMMARY"
const D=new class{constructor(){this._buffer=""}filePath(){return m(this,void 0,void 0,function*(){if(this._filePath)return this._filePath
const e=process.env[b]
if(!e)throw new Error(`Unable to find environment variable for $${b}. Check if your runtime environment supports job summaries.`)
try{yield y(e,I.constants.R_OK|I.constants.W_OK)}catch(t){throw new Error(`Unable to access summary file: '${e}'. Check if the file has correct read/write permissions.`)}return this._filePath=e,this._filePath})}wrap(e,t,A={}){const n=Object.entries(A).map(([e,t])=>` ${e}="${t}"`).join("")
return t?`<${e}${n}>${t}</${e}>`:`<${e}${n}>`}write(e){return m(this,void 0,void 0,function*(){const t=!!(null==e?void 0:e.overwrite),A=yield this.filePath(),n=t?k:w
return yield n(A,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return m(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return 0===this._buffer.length}emptyBuffer(){return this._buffer="",this}addRaw(e,t=!1){return this._buffer+=e,t?this.addEOL():this}addEOL(){return this.addRaw(l.EOL)}addCodeBlock(e,t){const A=Object.assign({},t&&{lang:t}),n=this.wrap("pre",this.wrap("code",e),A)
return this.addRaw(n).addEOL()}addList(e,t=!1){const A=t?"ol":"ul",n=e.map(e=>this.wrap("li",e)).join(""),s=this.wrap(A,n)
return this.addRaw(s).addEOL()}addTable(e){const t=e.map(e=>{const t=e.map(e=>{if("string"==typeof e)return this.wrap("td",e)
const{header:t,data:A,colspan:n,rowspan:s}=e,r=t?"th":"td",o=Object.assign(Object.assign({},n&&{colspan:n}),s&&{rowspan:s})
return this.wrap(r,A,o)}).join("")
return this.wrap("tr",t)}).join(""),A=this.wrap("table",t)
return this.addRaw(A).addEOL()}addDetails(e,t){const A=this.wrap("details",this.wrap("summary",e)+t)
return this.addRaw(A).addEOL()}addImage(e,t,A){const{width:n,height:s}=A||{},r=Object.assign(Object.assign({},n&&{width:n}),s&&{height:s}),o=this.wrap("img",null,Object.assign({src:e,alt:t},r))
return this.addRaw(o).addEOL()}addHeading(e,t){const A=`h${t}`,n=["h1","h2","h3","h4","h5","h6"].includes(A)?A:"h1",s=this.wrap(n,e)
return this.addRaw(s).addEOL()}addSeparator(){const e=this.wrap("hr",null)
return this.addRaw(e).addEOL()}addBreak(){const e=this.wrap("br",null)
return this.addRaw(e).addEOL()}addQuote(e,t){const A=Object.assign({},t&&{cite:t}),n=this.wrap("blockquote",e,A)
return this.addRaw(n).addEOL()}addLink(e,t){const A=this.wrap("a",e,{href:t})
return this.addRaw(A).addEOL()}},S=D
n(3193)
var R=n(4434)
e(import.meta.url)("child_process")
n(2613)
const{chmod:N,copyFile:F,lstat:M,mkdir:v,open:U,readdir:L,rename:T,rm:Y,rmdir:G,stat:x,symlink:J,unlink:H}=I.promises
process.platform
I.constants.O_RDONLY
e(import.meta.url)("timers")
process.platform
R.EventEmitter
R.EventEmitter
l.platform(),l.arch()
var V,O=function(e,t,A,n){return new(A||(A=Promise))(function(s,r){function o(e){try{a(n.next(e))}catch(e){r(e)}}function i(e){try{a(n.throw(e))}catch(e){r(e)}}function a(e){var t
e.done?s(e.value):(t=e.value,t instanceof A?t:new A(function(e){e(t)})).then(o,i)}a((n=n.apply(e,t||[])).next())})}
function W(e){u("add-mask",{},e)}function P(e,t){if(process.env.GITHUB_OUTPUT||"")return function(e,t){const A=process.env[`GITHUB_${e}`]
if(!A)throw new Error(`Unable to find environment variable for file command ${e}`)
if(!I.existsSync(A))throw new Error(`Missing file at path: ${A}`)
I.appendFileSync(A,`${g(t)}${l.EOL}`,{encoding:"utf8"})}("OUTPUT",function(e,t){const A=`ghadelimiter_${C.randomUUID()}`,n=g(t)
if(e.includes(A))throw new Error(`Unexpected input: name should not contain the delimiter "${A}"`)
if(n.includes(A))throw new Error(`Unexpected input: value should not contain the delimiter "${A}"`)
return`${e}<<${A}${l.EOL}${n}${l.EOL}${A}`}(e,t))
process.stdout.write(l.EOL),u("set-output",{name:e},g(t))}function q(e,t={}){u("error",h(t),e instanceof Error?e.toString():e)}function _(e){E("group",e)}function K(){E("endgroup")}!function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"}(V||(V={}))
n(7075)
const z={"\n":"a line feed","\r":"a carriage return","\t":"a tab","\u2028":"a line separator","\u2029":"a paragraph separator"},Z={"\n":"\\n","\r":"\\r","\t":"\\t"},j=/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/,$=new RegExp(j.source,"g"),X=e=>`U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`
function ee(e){const t=j.exec(e)?.[0]
if(void 0!==t)return`${z[t]??"a control character"} (${X(t)})`}function te(e){return String(e).replace($,e=>Z[e]??`\\u${e.charCodeAt(0).toString(16).padStart(4,"0")}`).replace(/##\[/g,"##\\[").replace(/^(\s*)::/,"$1\\::")}function Ae(e){return String(e).split(/\r\n|\r|\n/).map(te).join("\n")}const ne={info:e=>function(e){process.stdout.write(e+l.EOL)}(te(e)),debug:e=>function(e){u("debug",{},e)}(Ae(e)),warning:(e,t)=>function(e,t={}){u("warning",h(t),e instanceof Error?e.toString():e)}(Ae(e),t),error:(e,t)=>q(Ae(e),t),startGroup:e=>_(te(e)),endGroup:()=>K(),group:(e,t)=>function(e,t){return O(this,void 0,void 0,function*(){let A
_(e)
try{A=yield t()}finally{K()}return A})}(te(e),t)}
const se=/User: (\S+) is not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+?))?(?: because no ([\w -]+?)(?: policy)? allows the \2 action| (with an explicit deny)(?: in (?:an? |the )?(permissions boundary|[\w -]+? policy))?)?(?=[.,;"'\]}]*(?:\s|$))/
function re(e){const t=se.exec(e??"")
if(!t)return
const A=void 0!==t[5]
return{principal:t[1],action:t[2],resource:t[3]??"",explicit:A,policyType:(A?t[6]:t[4])?.replace(/ policy$/,"")||void 0}}const oe={"identity-based":"the role's policy","permissions boundary":"the role's permissions boundary","service control":"the organization's service control policies","resource control":"the organization's resource control policies",session:"the session policy passed when assuming the role","resource-based":"the resource's policy","VPC endpoint":"the VPC endpoint's policy"}
function ie(e){const t=e.resource?` on ${A=e.resource,A.replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task-definition\/[^:/]+):\d+$/,"$1:*").replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task\/[^/]+)\/[^/]+$/,"$1/*").replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:service-(?:deployment|revision)\/[^/]+\/[^/]+)\/[^/]+$/,"$1/*")}`:""
var A
const n=e.policyType??"identity-based"
if(e.explicit){return`An explicit Deny in ${"identity-based"===n?"the role's policies":`a ${n} policy`} refuses ${e.action}${t}; remove it (see docs/iam.md)`}return`Missing IAM permission: add ${e.action}${t} to ${oe[n]??`the ${n} policy`} (see docs/iam.md)`}const ae=new Set(["AccessDeniedException","AccessDenied"])
new Set
class ce extends Error{location
constructor(e,t={},A){super(e,A),this.name="ActionError",this.location=t}}class le extends ce{constructor(e,t,A,n={}){super(`Input '${e}': ${t}${A?`. ${A}`:""}`,{...n,input:e}),this.name="InputError"}}var ge=n(7030)
function he(e,t){for(const A of[t,t.toUpperCase()]){const t=e[A]?.trim()
if(t)return{value:t,source:A}}}function ue(e,t={}){const A=/^[a-z][a-z0-9+.-]*:\/\//i.test(e)
if(!A&&t.requireScheme)return{problem:"has no scheme (http:// or https://)"}
let n
try{n=new URL(A?e:`http://${e}`)}catch{return{problem:"is not a URL"}}return"http:"!==n.protocol&&"https:"!==n.protocol?{problem:`uses the scheme ${n.protocol.slice(0,40)}, and only http:// and https:// proxies are supported`}:n.hostname?n:{problem:"has no host"}}const Ee="Give http://host:port or https://host:port (user:password@ may come before the host, percent-encoded)"
function Qe(e){const t={noProxy:[]}
for(const[A,n]of[["https","https_proxy"],["http","http_proxy"]]){const s=he(e,n)
if(!s)continue
const r=ue(s.value)
if(!(r instanceof URL))throw new ce(`The environment variable ${s.source} ${r.problem}. ${Ee}`)
t[A]={url:r,source:s.source}}const A=he(e,"no_proxy")
return A&&(t.noProxy=A.value.split(",").map(e=>e.trim().toLowerCase()).filter(Boolean),t.noProxySource=A.source),t}function Be(e,t){const A="https:"===e.protocol?t.https:"http:"===e.protocol?t.http:void 0
if(A&&!function(e,t){const A=e.hostname.toLowerCase().replace(/^\[(.*)\]$/,"$1").replace(/\.$/,""),n=e.port||Ce[e.protocol]||"",s=de(A)
for(const e of t){if("*"===e)return!0
const t=Ie(e)
if(void 0!==t.port&&t.port!==n)continue
if(t.host.includes("/")){if(s&&fe(s,t.host))return!0
continue}const r=de(t.host)
if(s||r){if(s&&r&&s.address===r.address)return!0
continue}const o=t.host.replace(/^\*\./,".").replace(/\.$/,"")
if(o.startsWith(".")?A.endsWith(o):A===o||A.endsWith(`.${o}`))return!0}return!1}(e,t.noProxy))return A}const Ce={"http:":"80","https:":"443"}
function Ie(e){const t=/^\[([^\]]+)\](?::(\d+))?$/.exec(e)
if(t)return{host:t[1],port:t[2]}
if(1===e.split(":").length-1){const[t,A]=e.split(":")
return{host:t,port:A}}return{host:e}}function de(e){const t=(0,ge.isIP)(e)
return 4===t?{address:e,family:"ipv4"}:6===t?{address:new URL(`http://[${e}]`).hostname.slice(1,-1),family:"ipv6"}:void 0}function fe(e,t){const[A,n]=t.split("/"),s=de(A),r=Number(n)
if(!s||s.family!==e.family||!/^\d+$/.test(n))return!1
if(r>("ipv4"===s.family?32:128))return!1
const o=new ge.BlockList
return o.addSubnet(s.address,r,s.family),o.check(e.address,e.family)}function pe(e){const t=e.url.username||e.url.password?", with credentials":""
return`${e.url.protocol}//${e.url.host} (${e.source}${t})`}class me{settings
handlers=new Map
configUpdates=[]
constructor(e){this.settings=e}async handle(e,t){const A=e.hostname.includes(":")&&!e.hostname.startsWith("[")?`[${e.hostname}]`:e.hostname,n=new URL(`${e.protocol}//${A}${e.port?`:${e.port}`:""}`)
return(await this.handlerFor(Be(n,this.settings))).handle(e,t)}handlerFor(e){const t=e?.url.href??"direct"
let A=this.handlers.get(t)
return A||(A=async function(e){const{NodeHttpHandler:t}=await n.e(279).then(n.t.bind(n,1279,19))
if(!e)return new t
const[{HttpProxyAgent:A},{HttpsProxyAgent:s}]=await Promise.all([Promise.all([n.e(411),n.e(947)]).then(n.bind(n,8947)),Promise.all([n.e(411),n.e(566)]).then(n.bind(n,1566))])
return new t({httpAgent:new A(e,{keepAlive:!0}),httpsAgent:new s(e,{keepAlive:!0})})}(e?.url).then(e=>{for(const[t,A]of this.configUpdates)e.updateHttpClientConfig(t,A)
return e}),this.handlers.set(t,A)),A}updateHttpClientConfig(e,t){this.configUpdates.push([e,t])
for(const A of this.handlers.values())A.then(A=>A.updateHttpClientConfig(e,t))}httpHandlerConfigs(){return{}}destroy(){for(const e of this.handlers.values())e.then(e=>e.destroy())}}const ye="1.0.0",we=new Set
function ke(e){let t=Qe(process.env)
if(e.proxy&&(t=function(e,t){return{...e,https:t,http:t}}(t,e.proxy)),!function(e){return Boolean(e.https||e.http)}(t))return{}
for(const e of function(e){const t=new Set
for(const A of[e.https,e.http]){const e=A?.url.password
if(e){t.add(e)
try{t.add(decodeURIComponent(e))}catch{}}}return[...t]}(t))W(e)
const A=function(e){const t=[e.https&&`https:// endpoints through ${pe(e.https)}`,e.http&&`http:// endpoints through ${pe(e.http)}`].filter(Boolean),A=e.noProxy.length?`; hosts in ${e.noProxySource} go direct`:""
return`AWS API requests to ${t.join(", to ")}${A}`}(t)
return we.has(A)||(we.add(A),ne.info(A)),{requestHandler:new me(t)}}function be(e){const t=Number(process.env.AWS_MAX_ATTEMPTS)
return{...ke(e),region:e.region,retryMode:"standard",maxAttempts:e.maxAttempts??(Number.isInteger(t)&&t>0?t:8),customUserAgent:[["infra-actions",ye]]}}function De(e,t){const A=e,n=A?.name??"Error",s=A?.message??String(e)
let r=""
if("CredentialsProviderError"===n||/Could not load credentials/i.test(s))return r="No AWS credentials found. Configure them before this step, e.g. with aws-actions/configure-aws-credentials (OIDC role) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY secrets",new ce(`While ${t}: ${r}`,{},{cause:e})
const o=function(e){for(let t=e,A=0;t&&"object"==typeof t&&A<5;t=t.cause,A++)if(ae.has(t.name)||403===t.$metadata?.httpStatusCode)return re("string"==typeof t.message?t.message:void 0)}(e)
return o?new ce(`While ${t}: ${ie(o)}. AWS said: ${n}: ${s}`,{},{cause:e}):("AccessDeniedException"===n||"AccessDenied"===n||403===A?.$metadata?.httpStatusCode?r=" Check that the role or user has the IAM permission for this call.":"UnrecognizedClientException"===n||"InvalidSignatureException"===n?r=" Check the AWS credentials (access key) and the region.":"ThrottlingException"!==n&&"Throttling"!==n||(r=" AWS kept throttling after all retries; try again later or raise AWS_MAX_ATTEMPTS."),new ce(`While ${t}: ${n}: ${s}${r}`,{},{cause:e}))}const Se=e=>`INPUT_${e.replace(/ /g,"_").toUpperCase()}`,Re=e=>process.env[Se(e)]
function Ne(e,t){const A=e.replace(/_/g,"-")
let n
for(const e of t){const t=Fe(A,e.toLowerCase());(!n||t<n.distance)&&(n={name:e,distance:t})}return n&&n.distance<=Math.max(2,Math.floor(A.length/4))?n.name:void 0}function Fe(e,t){let A=Array.from({length:t.length+1},(e,t)=>t)
for(let n=1;n<=e.length;n++){const s=[n]
for(let r=1;r<=t.length;r++)s[r]=Math.min(A[r]+1,s[r-1]+1,A[r-1]+(e[n-1]===t[r-1]?0:1))
A=s}return A[t.length]}class Me{source
renames
read
values
constructor(e=Re,t={},A=new Set,n={}){this.source=e,this.renames=t,this.read=A,this.values=n}static forAction(e,t=process.env){const A=function(e,t){const A=new Map(t.known.map(e=>[Se(e).slice(6),e])),n=new Map(Object.entries(t.reference?.inputs??{}).filter(([,e])=>"default"!==e.kind).map(([e,t])=>[Se(e).slice(6),{name:e,difference:t}])),s=[],r=[],o=`valid inputs are ['${t.known.join("', '")}']`
for(const[i,a]of Object.entries(e)){if(!i.startsWith("INPUT_")||void 0===a)continue
const e=i.slice(6)
if(A.has(e))continue
const c=e.toUpperCase()
if(A.has(c)){s.push(`${i} is not read: inputs are read from upper-case variables, as the runner sets them. Rename it ${Se(A.get(c))}`)
continue}const l=n.get(c)
if(l){const e=a.trim()
if(!e||l.difference.accepts?.includes(e.toLowerCase()))continue
r.push({name:l.name,why:l.difference.why})
continue}const g=e.toLowerCase(),h=Ne(g,t.known)
s.push(`Unexpected input '${g}', ${o}${h?`. Did you mean '${h}'?`:""} ${t.action} ignores it`)}if(0===r.length)return{warnings:s}
const i=r.map(({name:e,why:t})=>`'${e}' (${t})`).join(", "),a=1===r.length?`is an input of ${t.reference.repository} that ${t.action} does not support: ${r[0].why}`:`${i} are inputs of ${t.reference.repository} that ${t.action} does not support`
return{warnings:s,error:new le(r[0].name,a,'Remove it from the step, or see "Coming from aws-actions" in the README')}}(t,e)
for(const e of A.warnings)ne.warning(e)
if(A.error)throw A.error
return new Me(e=>t[Se(e)])}renamed(e){return new Me(this.source,{...this.renames,...e},this.read,this.values)}withValues(e){return new Me(this.source,this.renames,this.read,{...this.values,...e})}nameOf(e){return this.renames[e]??e}raw(e){if(Object.hasOwn(this.values,e))return this.values[e].trim()
const t=this.nameOf(e)
return this.read.add(t),(this.source(t)??"").trim()}line(e){const t=this.raw(e),A=ee(t)
if(A)throw new le(this.nameOf(e),`contains ${A}`,"Give a single line without control characters")
return t}string(e,t={}){const A=this.line(e)
if(A)return A
if(t.required)throw new le(this.nameOf(e),"is required but empty","Set it in the step's `with:` block")
return t.default??""}optional(e){return this.line(e)||void 0}boolean(e,t){const A=this.line(e)
if(!A)return t
if(/^true$/i.test(A))return!0
if(/^false$/i.test(A))return!1
throw new le(this.nameOf(e),`'${A}' is not a boolean`,"Use true or false")}integer(e,t={}){const A=this.line(e)
if(!A)return t.default
if(!/^[+-]?\d+$/.test(A))throw new le(this.nameOf(e),`'${A}' is not a whole number`,ve(t))
return this.inRange(e,Number(A),t)}number(e,t={}){const A=this.line(e)
if(!A)return t.default
if(!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(A))throw new le(this.nameOf(e),`'${A}' is not a number`,ve(t))
return this.inRange(e,Number(A),t)}choice(e,t,A){const n=this.line(e)
if(!n)return A
const s=t.find(e=>e===n.toLowerCase())
if(!s)throw new le(this.nameOf(e),`'${n}' is not one of ${t.join(", ")}`,`Use one of: ${t.join(", ")}`)
return s}list(e,t){return this.checked(e,this.lines(e).map(e=>e.text),t)}commaList(e,t){const A=this.lines(e).flatMap(e=>e.text.split(",")).map(e=>e.trim()).filter(Boolean)
return this.checked(e,A,t)}checked(e,t,A){const n=A&&t.find(e=>!A.valid(e))
if(A&&void 0!==n)throw new le(this.nameOf(e),`'${n}' is not ${A.is}`,A.hint)
return t}lines(e){const t=Le(this.raw(e))
for(const{text:A,line:n}of t){const t=ee(A)
if(t)throw new le(this.nameOf(e),`line ${n} contains ${t}`,"Write one item per line, without control characters")}return t}keyValues(e,t={}){const A=[]
for(const{text:n,line:s}of Le(this.raw(e))){const r=n.indexOf("="),o=r<0?"":n.slice(0,r).trim()
if(r<=0||!o){const t=r<0?"it has no '='":"nothing before the '='"
throw new le(this.nameOf(e),`line ${s} is not KEY=VALUE: ${t}`,"Write one KEY=VALUE per line")}const i=ee(o)??ee(n.slice(r+1).replace(/\t/g,""))
if(i){const t=ee(o)?"the key":"the value"
throw new le(this.nameOf(e),`line ${s}: ${t} contains ${i}`,"Write one KEY=VALUE per line, without control characters")}if(t.keyPattern&&!t.keyPattern.test(o))throw new le(this.nameOf(e),`line ${s}: '${Ue(o)}' ${t.keyRule??"is not a valid key"}`)
A.push({key:o,value:n.slice(r+1),line:s})}return A}region(e="aws-region",t={required:!0}){const A=this.line(e)||t.default||process.env.AWS_REGION||process.env.AWS_DEFAULT_REGION||""
if(!A){if(!1===t.required)return""
throw new le(this.nameOf(e),"no region given","Set it, or set AWS_REGION in the job (aws-actions/configure-aws-credentials does)")}if(!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(A))throw new le(this.nameOf(e),`'${A}' is not an AWS region`,"Use a region code such as eu-west-3")
return A}inRange(e,t,A){if(void 0!==A.min&&t<A.min||void 0!==A.max&&t>A.max)throw new le(this.nameOf(e),`${t} is out of range`,ve(A))
return t}}function ve(e){return void 0!==e.min&&void 0!==e.max?`Use a value from ${e.min} to ${e.max}`:void 0!==e.min?`Use a value of at least ${e.min}`:"Use a number"}function Ue(e){return e.length>40?`${e.slice(0,37)}...`:e}function Le(e){return e.split(/\r?\n/).map((e,t)=>({text:e.trim(),line:t+1})).filter(e=>""!==e.text&&!e.text.startsWith("#"))}async function Te(e){const t=new AbortController,A=e=>{t.signal.aborted&&process.exit(1),t.abort(new Ye(e))}
process.once("SIGINT",A),process.once("SIGTERM",A)
try{await e(t.signal)}catch(e){!function(e){if(process.exitCode=1,e instanceof ce){const{file:t,line:A,column:n}=e.location
ne.error(e.message,t?{file:t,startLine:A,startColumn:n}:{})}else ne.error(`Unexpected error: ${function(e){return e instanceof Error?e.message:String(e)}(e)}`),e instanceof Error&&e.stack&&ne.debug(e.stack)}(e)}finally{process.off("SIGINT",A),process.off("SIGTERM",A)}}class Ye extends ce{signal
constructor(e){super(`Cancelled (${e})`),this.signal=e,this.name="CancelledError"}}async function Ge(e){process.env.GITHUB_STEP_SUMMARY&&await S.addRaw(function(e){const t=[`### ${te(e.title)}`,"","| | |","|---|---|"]
for(const[A,n]of e.facts)t.push(`| ${xe(A)} | ${xe(n)} |`)
for(const A of e.details??[])0!==A.lines.length&&t.push("",`#### ${te(A.heading)}`,"",...A.lines.map(te))
return t.join("\n")+"\n"}(e),!0).write()}function xe(e){return Ae(e).replace(/\|/g,"\\|").replace(/\n/g,"<br>")}const Je=["taskDefinitionArn","revision","status","requiresAttributes","compatibilities","registeredAt","registeredBy","deregisteredAt"]
const He=new Set(["dockerLabels","options","driverOpts","labels"])
function Ve(e,t=new Set){const A=function(e){const t=[],A=[],n=new Set(Je)
for(const[s,r]of Object.entries(e))n.has(s)?A.push(s):t.push([s,r])
return{definition:Object.fromEntries(t),removed:A}}(e),n=Oe(A.definition,"",{field:"",itemOf:"",keepEmptyString:!1,keep:t})
return{definition:n.value??{},removed:[...A.removed,...n.removed]}}function Oe(e,t,A){if(null==e)return{value:void 0,removed:[]}
if(""===e)return{value:A.keepEmptyString?"":void 0,removed:[]}
const n=[],s=(e,t)=>(void 0===e.value?n.push(t):n.push(...e.removed),void 0!==e.value)
if(Array.isArray(e)){if(0===e.length)return{value:void 0,removed:[]}
return{value:e.map((e,s)=>{if(!qe(e))return e
const r=Oe(e,Pe(t,s),{field:A.field,itemOf:A.field,keepEmptyString:!1,keep:A.keep})
return n.push(...r.removed),void 0===r.value?{}:r.value}),removed:n}}if(qe(e)){const r=""===A.itemOf&&He.has(A.field),o="environment"===A.itemOf,i=[]
for(const[n,a]of Object.entries(e)){const e=r||o&&"value"===n,c=Oe(a,Pe(t,n),{field:n,itemOf:"",keepEmptyString:e,keep:A.keep})
void 0===c.value&&A.keep.has(n)&&void 0!==a?i.push([n,We(a)]):s(c,Pe(t,n))&&i.push([n,c.value])}return{value:i.length?Object.fromEntries(i):void 0,removed:n}}return{value:e,removed:[]}}function We(e){return Array.isArray(e)?0===e.length?[]:e:qe(e)?{}:e}function Pe(e,t){return"number"==typeof t?`${e}[${t}]`:e?`${e}.${t}`:t}function qe(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}const _e=["family","cpu","memory","taskRoleArn","executionRoleArn","networkMode","requiresCompatibilities"],Ke=new Set([...Je,"containerDefinitions"]),ze=new Set(["name","image","environment","secrets","portMappings","cpu","memory","memoryReservation"])
function Ze(e,t){const A={}
for(const n of _e){const s=rt(e[n]),r=rt(t[n])
s!==r&&(A[n]={from:s,to:r})}const n=new Set(_e),s=nt(e,t).filter(e=>!n.has(e)&&!Ke.has(e)),r=At(e),o=At(t),i=[]
for(const[e,t]of o){const A=je(e,r.get(e),t)
A&&i.push(A)}for(const[e,t]of r)o.has(e)||i.push(je(e,t,void 0))
return{task:A,otherTaskFields:s,containers:i,changed:Object.keys(A).length>0||s.length>0||i.length>0}}function je(e,t,A){const n=t??{},s=A??{},r={name:e,status:t?A?"changed":"removed":"added",environment:Xe(n.environment,s.environment,"value"),secrets:Xe(n.secrets,s.secrets,"valueFrom"),otherFields:nt(n,s).filter(e=>!ze.has(e))}
rt(n.image)!==rt(s.image)&&(r.image={from:rt(n.image),to:rt(s.image)})
for(const e of["cpu","memory","memoryReservation"])rt(n[e])!==rt(s[e])&&(r[e]={from:rt(n[e]),to:rt(s[e])})
const o=tt(n.portMappings),i=tt(s.portMappings)
o.join()===i.join()&&ot(n.portMappings,s.portMappings)||(r.ports={from:o,to:i})
return"changed"!==r.status||r.image||r.ports||r.cpu||r.memory||r.memoryReservation||r.otherFields.length>0||$e(r.environment)||$e(r.secrets)?r:void 0}function $e(e){return e.added.length+e.changed.length+e.removed.length>0}function Xe(e,t,A){const n=et(e,A),s=et(t,A),r={added:[],changed:[],removed:[]}
for(const[e,t]of s)n.has(e)?n.get(e)!==t&&r.changed.push(e):r.added.push(e)
for(const e of n.keys())s.has(e)||r.removed.push(e)
return r}function et(e,t){const A=new Map
if(!Array.isArray(e))return A
for(const n of e)n&&"object"==typeof n&&"string"==typeof n.name&&A.set(n.name,n[t]??"")
return A}function tt(e){return Array.isArray(e)?e.filter(e=>e&&"object"==typeof e).map(e=>`${void 0!==e.hostPort&&e.hostPort!==e.containerPort?`${e.hostPort}:`:""}${e.containerPort??"?"}/${e.protocol??"tcp"}`).sort():[]}function At(e){const t=new Map
return(Array.isArray(e.containerDefinitions)?e.containerDefinitions:[]).forEach((e,A)=>{e&&"object"==typeof e&&t.set(String(e.name??`#${A}`),e)}),t}function nt(e,t){return[...new Set([...Object.keys(e),...Object.keys(t)])].filter(A=>!ot(st(e,A),st(t,A))).sort()}function st(e,t){return Object.hasOwn(e,t)?e[t]:void 0}function rt(e){if(null!=e&&""!==e)return Array.isArray(e)?e.map(String).join(", "):String(e)}function ot(e,t){if(e===t)return!0
if(Array.isArray(e)||Array.isArray(t))return!(!Array.isArray(e)||!Array.isArray(t)||e.length!==t.length)&&e.every((e,A)=>ot(e,t[A]))
if(e&&t&&"object"==typeof e&&"object"==typeof t){const A=Object.keys(e).filter(t=>void 0!==e[t]),n=Object.keys(t).filter(e=>void 0!==t[e])
return A.length===n.length&&A.every(A=>ot(e[A],t[A]))}return!1}const it=e=>`${e.from??"(none)"} \u2192 ${e.to??"(none)"}`
const at="[A-Za-z0-9_-]{1,255}",ct="arn:aws[a-z-]*",lt="[a-z0-9-]+",gt="\\d{12}",ht=e=>new RegExp(`^${e}$`),ut=e=>`${ct}:ecs:(${lt}):${gt}:${e}`,Et=ht(at),Qt=(ht(ut(`cluster/${at}`)),ht(ut("service/.+")),ht(ut(`task-definition/(${at})(?::(\\d+))?`))),Bt=(ht(`${at}:\\d+`),ht(`${ct}:elasticloadbalancing:${lt}:${gt}:targetgroup/[A-Za-z0-9-]+/[0-9a-f]+`),ht(`${ct}:iam::${gt}:role/[\\w+=,.@/-]{1,512}`)),Ct=ht(`${ct}:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+`)
function It(e){return Et.test(e)}function dt(e){const t=Qt.exec(e)
if(t)return{region:t[1],family:t[2],revision:void 0===t[3]?void 0:Number(t[3])}}function ft(e){return Ct.test(e)}const pt="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",mt=`${pt}(?:\\.${pt})*`,yt=new RegExp(`^(?:${mt}|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`),wt=(new RegExp(`^(?:${mt}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`),/^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/),kt=/^\w[\w.-]{0,127}$/,bt={sha256:/^[a-f0-9]{64}$/,sha512:/^[a-f0-9]{128}$/},Dt=255,St=/[\s\p{C}]/u
function Rt(e){if("string"!=typeof e||""===e.trim())return{problem:"is empty"}
if(St.test(e))return{problem:"contains whitespace or control characters"}
const t=e.indexOf("@"),A=t>=0?e.slice(0,t):e,n=t>=0?e.slice(t+1):void 0,s=A.indexOf("/"),r=s>=0?A.slice(0,s):"",o=s>=0&&(/[.:]/.test(r)||"localhost"===r||r!==r.toLowerCase()),i=o?r:void 0
if(void 0!==i&&!yt.test(i))return{problem:`has an invalid registry host '${i}'`}
const a=o?A.slice(s+1):A,c=a.lastIndexOf("/"),l=a.indexOf(":",c+1),g=l>=0?a.slice(0,l):a,h=l>=0?a.slice(l+1):void 0
if(""===g||!g.split("/").every(e=>wt.test(e))){const e=g!==g.toLowerCase()?"; repositories are lower-case":""
return{problem:`has an invalid repository name '${g}' (lowercase letters, digits and . _ - / only${e})`}}return(i?i.length+1:0)+g.length>Dt?{problem:`has a name longer than ${Dt} characters`}:void 0===h||kt.test(h)?void 0!==n&&Nt(n)?{problem:`has an invalid digest '${n}' (${Nt(n)})`}:{reference:{registry:i,repository:g,tag:h,digest:n}}:{problem:`has an invalid tag '${h}'`}}function Nt(e){const t=e.indexOf(":"),A=t>=0?e.slice(0,t):"",n=e.slice(t+1),s=bt[A]
if(!s)return"use sha256: and 64 lower-case hex digits"
if(!s.test(n)){return`${A} takes exactly ${"sha256"===A?64:128} lower-case hex digits`}}const Ft={taskDefinition:"task-definition",taskDefinitionArn:"task-definition-arn",taskDefinitionFamily:"task-definition-family",taskDefinitionRevision:"task-definition-revision",containerName:"container-name",image:"image",images:"images",environmentVariables:"environment-variables",environmentVariablesMode:"environment-variables-mode",envFiles:"env-files",secrets:"secrets",logDriver:"log-configuration-log-driver",logOptions:"log-configuration-options",dockerLabels:"docker-labels",command:"command",taskRoleArn:"task-role-arn",executionRoleArn:"execution-role-arn",cpu:"cpu",memory:"memory",awsRegion:"aws-region"},Mt={taskDefinition:"task-definition"},vt={action:"render-task-def",known:Object.values(Ft),reference:{repository:"aws-actions/amazon-ecs-render-task-definition",inputs:{},outputs:{}}},Ut=["awslogs","fluentd","gelf","json-file","journald","logentries","splunk","syslog","awsfirelens"]
function Lt(e){const t=Ft,A=function(e){const t=Ft,A=e.optional(t.taskDefinition),n=e.optional(t.taskDefinitionArn),s=e.optional(t.taskDefinitionFamily),r=e.integer(t.taskDefinitionRevision,{min:1}),o=e.region(t.awsRegion,{required:!1})
if(void 0!==r&&!s)throw new le(e.nameOf(t.taskDefinitionRevision),"needs task-definition-family","Set task-definition-family too, or give the full revision ARN in task-definition-arn")
if(void 0!==n&&!dt(n))throw new le(e.nameOf(t.taskDefinitionArn),`'${Wt(n)}' is not a task definition ARN`,"Use arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>")
if(void 0!==s&&!It(s))throw new le(e.nameOf(t.taskDefinitionFamily),`'${Wt(s)}' is not a task definition family`,"A family has up to 255 letters, digits, hyphens and underscores; give the revision in task-definition-revision")
if(A){return{source:{kind:"file",path:A},ignored:[n&&t.taskDefinitionArn,s&&t.taskDefinitionFamily].filter(Boolean).map(t=>e.nameOf(t))}}if(!n&&!s)throw new le(e.nameOf(t.taskDefinition),"no task definition given","Set task-definition to a JSON or YAML file, or task-definition-arn or task-definition-family to start from a registered revision")
o||e.region(t.awsRegion)
return n?{source:{kind:"ecs",arn:n,region:o},ignored:s?[e.nameOf(t.taskDefinitionFamily)]:[]}:{source:{kind:"ecs",family:s,revision:r,region:o},ignored:[]}}(e),n=e.commaList(t.containerName)
for(const A of n)Tt(e,t.containerName,A)
const s=e.optional(t.image),r=function(e,t,A){const n=Ft,s=e.raw(n.images)?e.keyValues(n.images):[]
if(void 0!==A&&s.length)throw new le(e.nameOf(n.images),"is set together with image","Use either container-name + image, or images with one container=image line per container")
void 0!==A&&Yt(e,n.image,A)
const r=[]
if(void 0!==A)for(const s of t.length?t:[""])r.push({container:s,image:A,input:e.nameOf(n.containerName)})
const o=new Map
for(const{key:t,value:A,line:i}of s){if(Tt(e,n.images,t),o.has(t))throw new le(e.nameOf(n.images),`line ${i}: container '${t}' is already on line ${o.get(t)}`,"Give each container once")
o.set(t,i),Yt(e,n.images,A.trim(),i),r.push({container:t,image:A.trim(),input:e.nameOf(n.images)})}return r}(e,n,s),o=e.raw(t.environmentVariables)?e.keyValues(t.environmentVariables).map(({key:e,value:t})=>({name:e,value:t})):void 0,i=e.choice(t.environmentVariablesMode,["merge","replace"],"merge"),a=Le(e.raw(t.envFiles))
for(const{text:A,line:n}of a)if(!ft(A))throw new le(e.nameOf(t.envFiles),`line ${n} '${Wt(A)}' is not an S3 object ARN`,"Write one ARN per line, like arn:aws:s3:::my-bucket/prod.env")
const c=e.raw(t.secrets)?e.keyValues(t.secrets).map(({key:A,value:n,line:s})=>{const r=n.trim()
if(!r)throw new le(e.nameOf(t.secrets),`line ${s}: secret '${A}' has no valueFrom`,"Write NAME=<Secrets Manager or SSM Parameter Store ARN>")
return{name:A,valueFrom:r}}):void 0,l=e.optional(t.logDriver)
if(void 0!==l&&!Ut.includes(l))throw new le(e.nameOf(t.logDriver),`'${l}' is not a log driver ECS supports`,`Use one of: ${Ut.join(", ")}`)
return{source:A.source,ignoredSources:A.ignored,images:r,containers:n,containerNameInput:e.nameOf(t.containerName),environment:o,environmentMode:i,environmentFiles:a.length?a.map(e=>e.text):void 0,secrets:c,logDriver:l,logOptions:Gt(e,t.logOptions),dockerLabels:Gt(e,t.dockerLabels),command:Jt(e,t.command),taskRoleArn:xt(e,t.taskRoleArn),executionRoleArn:xt(e,t.executionRoleArn),cpu:Ot(e,t.cpu,Ht),memory:Ot(e,t.memory,Vt)}}function Tt(e,t,A){if(!It(A))throw new le(e.nameOf(t),`'${Wt(A)}' is not a container name`,"Container names have letters, digits, hyphens and underscores")}function Yt(e,t,A,n){const s=function(e){const t=Rt(e)
return"problem"in t?t.problem:void 0}(A)
if(s)throw new le(e.nameOf(t),`${n?`line ${n}: `:""}'${Wt(A)}' is not an image reference (it ${s})`,"Use repository[:tag][@sha256:digest], e.g. public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567")}function Gt(e,t){if(e.raw(t))return Object.fromEntries(e.keyValues(t).map(({key:e,value:t})=>[e,t]))}function xt(e,t){const A=e.optional(t)
if(void 0!==A&&(n=A,!Bt.test(n)))throw new le(e.nameOf(t),`'${Wt(A)}' is not an IAM role ARN`,"Use arn:aws:iam::<12-digit account>:role/<role name>")
var n
return A}function Jt(e,t){const A=e.raw(t)
if(A)try{return function(e){const t=e.trim()
if(t.startsWith("[")){let e
try{e=JSON.parse(t)}catch(e){throw new Error(`is not a valid JSON array: ${e.message}`)}if(!Array.isArray(e)||!e.every(e=>"string"==typeof e))throw new Error("is a JSON array, but not of strings only")
return e}const A=[]
let n="",s=!1
for(let e=0;e<t.length;e++){const r=t[e]
if(/\s/.test(r))s&&A.push(n),n="",s=!1
else if("'"===r){const A=t.indexOf("'",e+1)
if(A<0)throw new Error(`has an unterminated ' quote at column ${e+1}`)
n+=t.slice(e+1,A),s=!0,e=A}else if('"'===r){let A=e+1
for(;A<t.length&&'"'!==t[A];A++)"\\"!==t[A]||'"'!==t[A+1]&&"\\"!==t[A+1]||A++,n+=t[A]
if(A>=t.length)throw new Error(`has an unterminated " quote at column ${e+1}`)
s=!0,e=A}else"\\"===r&&e+1<t.length?(n+=t[++e],s=!0):(n+=r,s=!0)}return s&&A.push(n),A}(A)}catch(A){throw new le(e.nameOf(t),A.message,'Quote arguments with spaces ("a b"), or give a JSON array of strings')}}const Ht={parse:function(e){const t=/^(\d+)$/.exec(e)
if(t)return Number(t[1])>0?String(Number(t[1])):void 0
const A=/^(\d+(?:\.\d+)?|\.\d+)\s*vcpu$/i.exec(e)
if(!A)return
const n=1024*Number(A[1])
return Number.isInteger(n)&&n>0?String(n):void 0},is:"a CPU size",hint:"Use CPU units (256, 1024) or vCPU (0.25 vCPU, 1 vCPU)"},Vt={parse:function(e){const t=/^(\d+)(?:\s*mi?b)?$/i.exec(e)
if(t)return Number(t[1])>0?String(Number(t[1])):void 0
const A=/^(\d+(?:\.\d+)?|\.\d+)\s*gi?b$/i.exec(e)
if(!A)return
const n=1024*Number(A[1])
return Number.isInteger(n)&&n>0?String(n):void 0},is:"a memory size",hint:"Use MiB (512, 2048) or GB (1 GB, 0.5 GB)"}
function Ot(e,t,A){const n=e.optional(t)
if(void 0===n)return
const s=A.parse(n)
if(!s)throw new le(e.nameOf(t),`'${Wt(n)}' is not ${A.is}`,A.hint)
return s}function Wt(e){return e.length>60?`${e.slice(0,57)}...`:e}var Pt=n(8815)
const qt=1048576,_t=100
function Kt(e,t){if(c().isAbsolute(t))return c().normalize(t)
const A=c().resolve(process.env.GITHUB_WORKSPACE||process.cwd()),n=c().resolve(A,t),s=()=>new le(e,`'${t}' points outside the workspace (${A})`,"Use a path inside the repository checkout, or an absolute path")
if(!zt(A,n))throw s()
let o
try{o=(0,r.realpathSync)(n)}catch{return n}if(!zt(function(e){try{return(0,r.realpathSync)(e)}catch{return e}}(A),o))throw s()
return n}function zt(e,t){return t===e||t.startsWith(e+c().sep)}function Zt(e,t){const A=Kt(e,t)
let n
try{const s=(0,r.statSync)(A)
if(!s.isFile())throw new le(e,`'${t}' is not a file`,"Give the path of a JSON or YAML file")
n=s.size}catch(t){if(t instanceof le)throw t
throw new le(e,`file not found: ${A}`,"Check the path; relative paths are resolved under GITHUB_WORKSPACE")}if(n>qt)throw new le(e,`${A} is ${n} bytes, over the ${qt}-byte limit`,"A task definition is a few kilobytes; check that the path names the right file")
const s=(0,r.readFileSync)(A)
let o
try{o=new TextDecoder("utf-8",{fatal:!0}).decode(s)}catch{throw new le(e,`${A} is not valid UTF-8 text`,"Save the file as UTF-8",{file:A})}return function(e,t,A){const n=new Pt.HN;(/\.json$/i.test(t)||/^\s*[{[]/.test(A))&&function(e,t,A){const n=function(e){const t=e.length,A=[]
let n=0,s="value"
const r=(t,A)=>({...jt(e,t),problem:A}),o=()=>{for(;n<t&&(" "===e[n]||"\t"===e[n]||"\n"===e[n]||"\r"===e[n]);)n++},i=()=>A.length?"next":"end"
for(;;){if(o(),n>=t){if("end"===s)return
return""===e.trim()?r(0,"the file is empty"):r(e.trimEnd().length,"the file ends before the JSON value is complete")}const l=e[n]
switch(s){case"end":return r(n,"more text after the JSON value")
case"next":{const e="{"===A[A.length-1]?"}":"]"
if(","===l)s="}"===e?"key":"value",n++
else{if(l!==e)return r(n,`expected ',' or '${e}'`)
A.pop(),s=i(),n++}break}case"first-key":case"key":if("}"===l){if("key"===s)return r(n,"a comma before '}' (JSON has no trailing commas)")
A.pop(),s=i(),n++
break}if('"'!==l)return r(n,"a key that is not in double quotes")
{const e=a()
if(e)return e}s="colon"
break
case"colon":if(":"!==l)return r(n,"expected ':' after the key")
n++,s="value"
break
case"first-value":case"value":if("]"===l&&"value"===s&&"["===A[A.length-1])return r(n,"a comma before ']' (JSON has no trailing commas)")
if("]"===l&&"first-value"===s){A.pop(),s=i(),n++
break}if("{"===l||"["===l){A.push(l),s="{"===l?"first-key":"first-value",n++
break}{const e='"'===l?a():c()
if(e)return e}s=i()}}function a(){const A=n
for(n++;;){if(n>=t||"\n"===e[n]||"\r"===e[n])return r(A,"a string that is not closed on its line")
const s=e.charCodeAt(n)
if('"'===e[n])return void n++
if(s<32)return r(n,"a control character inside a string (write it as an escape)")
if("\\"===e[n]){const t=e[n+1]
if("u"===t){if(!/^[0-9a-fA-F]{4}$/.test(e.slice(n+2,n+6)))return r(n,"an invalid \\u escape")
n+=6
continue}if(void 0===t||!'"\\/bfnrt'.includes(t))return r(n,"an invalid escape in a string")
n+=2
continue}n++}}function c(){for(const t of["true","false","null"])if(e.startsWith(t,n))return void(n+=t.length)
if("'"===e[n])return r(n,"a string in single quotes (JSON takes double quotes)")
if("-"!==e[n]&&!/[0-9]/.test(e[n]))return r(n,"a value that is not JSON")
const t=/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y
t.lastIndex=n
const A=t.exec(e)
if(!A)return r("-"===e[n]?n+1:n,"a number without digits")
n+=A[0].length}}(A)
if(!n)return
throw new le(e,`${t} is not valid JSON (line ${n.line}, column ${n.column}): ${n.problem}`,void 0,{file:t,line:n.line,column:n.column})}(e,t,A)
const s=(0,Pt.Tp)(A,{lineCounter:n,prettyErrors:!1,uniqueKeys:!0}),r=s.errors[0]
if(r){const A=n.linePos(r.pos[0]),s=/\.json$/i.test(t)?"JSON":"JSON or YAML",o=r.code.toLowerCase().replace(/_/g," ")
throw new le(e,`${t} is not valid ${s} (line ${A.line}, column ${A.col}): ${o}`,void 0,{file:t,line:A.line,column:A.col})}let o
try{o=s.toJS({maxAliasCount:_t})}catch(A){throw new le(e,`${t} could not be read: ${A.message}`,"Remove the YAML aliases that expand it",{file:t})}return{data:o,file:t,lineOf(e){const t=s.getIn(e,!0)
let A=t?.range?.[0]
if(void 0===A&&e.length>0){const t=s.getIn(e.slice(0,-1),!0);(0,Pt.P3)(t)&&(A=t.range?.[0])}return void 0===A?void 0:n.linePos(A).line}}}(e,A,o)}function jt(e,t){const A=e.slice(0,t),n=Math.max(A.lastIndexOf("\n"),A.lastIndexOf("\r"))+1
return{line:A.split(/\r\n|\r|\n/).length,column:t-n+1}}function $t(e,t,A,n){const s=t.lineOf(A)
return new le(e,`${c().basename(t.file)}${s?`:${s}`:""}: ${n}`,void 0,{file:t.file,line:s})}class Xt extends le{identifier
constructor(e,t){super(e,`no task definition '${t}' is registered in this account and region`,"Check the family, the revision and aws-region (a family exists once it has been registered)"),this.identifier=t,this.name="TaskDefinitionNotFoundError"}}function eA(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}function tA(e,t){const A=Zt(e,t)
if(!eA(A.data))throw $t(e,A,[],"is not a task definition: expected an object with containerDefinitions")
const n=eA(A.data.taskDefinition)&&!("containerDefinitions"in A.data),s=n?["taskDefinition"]:[],r=n?A.data.taskDefinition:A.data,o={data:r,file:A.file,lineOf:e=>A.lineOf([...s,...e])}
if(!Array.isArray(r.containerDefinitions)){const t=void 0===r.containerDefinitions?"has no containerDefinitions array":"containerDefinitions must be an array"
throw $t(e,o,["containerDefinitions"],`${t}; a task definition lists its containers there`)}let i=[]
return n&&void 0!==A.data.tags&&null!==A.data.tags&&(i=function(e,t){if(!Array.isArray(e))throw t(void 0,"tags must be an array of { key, value }")
return e.map((e,A)=>{if(!eA(e)||"string"!=typeof e.key||"string"!=typeof(e.value??""))throw t(A,`tags[${A}] must be an object with a string key and value`)
return{key:e.key,value:e.value??""}})}(A.data.tags,(t,n)=>$t(e,A,void 0===t?["tags"]:["tags",t],n))),{definition:r,tags:i,document:o}}async function AA(e,t){const A=function(e){if(e.arn)return e.arn
if(!e.family)throw new ce("A task definition ARN or family is needed to fetch one from ECS")
return void 0===e.revision?e.family:`${e.family}:${e.revision}`}(t),{DescribeTaskDefinitionCommand:s}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
let r
try{r=await e.send(new s({taskDefinition:A,include:["TAGS"]}))}catch(e){if(function(e){if(e instanceof Xt)return!0
const t=e
return!(!t||"object"!=typeof t)&&("ResourceNotFoundException"===t.name||"ClientException"===t.name&&/unable to describe task definition|not found|does not exist|no task definition/i.test(t.message??""))}(e)){const e=t.input??(t.arn?"task-definition-arn":"task-definition-family")
throw new Xt(e,A)}throw De(e,`describing task definition ${A}`)}if(!r.taskDefinition)throw new ce(`ECS returned no task definition for '${A}'`)
return{definition:JSON.parse(JSON.stringify(r.taskDefinition)),tags:(r.tags??[]).map(e=>({key:e.key??"",value:e.value??""})),arn:r.taskDefinition.taskDefinitionArn??A}}function nA(e,t){if(!Array.isArray(e.containerDefinitions))throw new ce("The task definition has no containerDefinitions array; a task definition lists its containers there")
const A=Ve(e),n=A.definition,s=structuredClone(n)
!function(e){for(const t of["cpu","memory"])"number"==typeof e[t]&&Number.isInteger(e[t])&&(e[t]=String(e[t]))}(s)
const r=s.containerDefinitions??[]
s.containerDefinitions=r
for(const e of t.containers)sA(r,e,t.containerNameInput)
for(const{container:e,image:A,input:n}of t.images)sA(r,e,e?n:t.containerNameInput).image=A
if(function(e){return[e.environment,e.environmentFiles,e.secrets,e.logDriver,e.logOptions,e.dockerLabels,e.command].some(e=>void 0!==e)}(t)){const e=t.containers.length?t.containers:[""]
for(const A of e)rA(sA(r,A,t.containerNameInput),t)}return t.taskRoleArn&&(s.taskRoleArn=t.taskRoleArn),t.executionRoleArn&&(s.executionRoleArn=t.executionRoleArn),t.cpu&&(s.cpu=t.cpu),t.memory&&(s.memory=t.memory),{definition:s,changes:Ze(n,s),removed:A.removed}}function sA(e,t,A){const n=e.map(e=>String(e?.name))
if(!t){if(1===e.length)return e[0]
throw new le(A,`is needed: the task definition has ${e.length} containers (${n.join(", ")||"none"})`,"Name the container(s) to update, comma-separated")}const s=e.find(e=>e?.name===t)
if(!s)throw new le(A,`no container named '${t}' in the task definition`,`Its containers are: ${n.join(", ")||"(none)"}`)
return s}function rA(e,t){if(t.command&&(e.command=[...t.command]),t.environmentFiles&&(e.environmentFiles=t.environmentFiles.map(e=>({value:e,type:"s3"}))),t.environment&&(e.environment="replace"===t.environmentMode?oA([],t.environment,"value"):oA(e.environment,t.environment,"value")),t.secrets){const A=t.secrets.map(({name:e,valueFrom:t})=>({name:e,value:t}))
e.secrets=oA(e.secrets,A,"valueFrom")}if(t.logDriver||t.logOptions){const A={...e.logConfiguration??{}}
t.logDriver&&(A.logDriver=t.logDriver),t.logOptions&&(A.options={...A.options??{},...t.logOptions}),e.logConfiguration=A}t.dockerLabels&&(e.dockerLabels={...e.dockerLabels??{},...t.dockerLabels})}function oA(e,t,A){const n=Array.isArray(e)?e.map(e=>({...e})):[]
for(const{name:e,value:s}of t){const t=n.find(t=>t?.name===e)
t?t[A]=s:n.push({name:e,[A]:s})}return n}const iA={sdkVersion:"3.1164.0",root:"RegisterTaskDefinitionRequest",shapes:{ContainerDefinition:{fields:{name:"string",image:"string",repositoryCredentials:{shape:"RepositoryCredentials"},cpu:"number",memory:"number",memoryReservation:"number",links:{list:"string"},portMappings:{list:{shape:"PortMapping"}},essential:"boolean",restartPolicy:{shape:"ContainerRestartPolicy"},entryPoint:{list:"string"},command:{list:"string"},environment:{list:{shape:"KeyValuePair"}},environmentFiles:{list:{shape:"EnvironmentFile"}},mountPoints:{list:{shape:"MountPoint"}},volumesFrom:{list:{shape:"VolumeFrom"}},linuxParameters:{shape:"LinuxParameters"},secrets:{list:{shape:"Secret"}},dependsOn:{list:{shape:"ContainerDependency"}},startTimeout:"number",stopTimeout:"number",versionConsistency:{enum:["disabled","enabled"]},hostname:"string",user:"string",workingDirectory:"string",disableNetworking:"boolean",privileged:"boolean",readonlyRootFilesystem:"boolean",dnsServers:{list:"string"},dnsSearchDomains:{list:"string"},extraHosts:{list:{shape:"HostEntry"}},dockerSecurityOptions:{list:"string"},interactive:"boolean",pseudoTerminal:"boolean",dockerLabels:{map:"string"},ulimits:{list:{shape:"Ulimit"}},logConfiguration:{shape:"LogConfiguration"},healthCheck:{shape:"HealthCheck"},systemControls:{list:{shape:"SystemControl"}},resourceRequirements:{list:{shape:"ResourceRequirement"}},firelensConfiguration:{shape:"FirelensConfiguration"},credentialSpecs:{list:"string"}},required:[]},ContainerDependency:{fields:{containerName:"string",condition:{enum:["COMPLETE","HEALTHY","START","SUCCESS"]}},required:["containerName","condition"]},ContainerRestartPolicy:{fields:{enabled:"boolean",ignoredExitCodes:{list:"number"},restartAttemptPeriod:"number"},required:["enabled"]},Device:{fields:{hostPath:"string",containerPath:"string",permissions:{list:"string"}},required:["hostPath"]},DockerVolumeConfiguration:{fields:{scope:"string",autoprovision:"boolean",driver:"string",driverOpts:{map:"string"},labels:{map:"string"}},required:[]},EFSAuthorizationConfig:{fields:{accessPointId:"string",iam:"string"},required:[]},EFSVolumeConfiguration:{fields:{fileSystemId:"string",rootDirectory:"string",transitEncryption:"string",transitEncryptionPort:"number",authorizationConfig:{shape:"EFSAuthorizationConfig"}},required:["fileSystemId"]},EnvironmentFile:{fields:{value:"string",type:{enum:["s3"]}},required:["value","type"]},EphemeralStorage:{fields:{sizeInGiB:"number"},required:["sizeInGiB"]},FSxWindowsFileServerAuthorizationConfig:{fields:{credentialsParameter:"string",domain:"string"},required:["credentialsParameter","domain"]},FSxWindowsFileServerVolumeConfiguration:{fields:{fileSystemId:"string",rootDirectory:"string",authorizationConfig:{shape:"FSxWindowsFileServerAuthorizationConfig"}},required:["fileSystemId","rootDirectory","authorizationConfig"]},FirelensConfiguration:{fields:{type:{enum:["fluentbit","fluentd"]},options:{map:"string"}},required:["type"]},HealthCheck:{fields:{command:{list:"string"},interval:"number",timeout:"number",retries:"number",startPeriod:"number"},required:["command"]},HostEntry:{fields:{hostname:"string",ipAddress:"string"},required:["hostname","ipAddress"]},HostVolumeProperties:{fields:{sourcePath:"string"},required:[]},InferenceAccelerator:{fields:{deviceName:"string",deviceType:"string"},required:["deviceName","deviceType"]},KernelCapabilities:{fields:{add:{list:"string"},drop:{list:"string"}},required:[]},KeyValuePair:{fields:{name:"string",value:"string"},required:[]},LinuxParameters:{fields:{capabilities:{shape:"KernelCapabilities"},devices:{list:{shape:"Device"}},initProcessEnabled:"boolean",sharedMemorySize:"number",tmpfs:{list:{shape:"Tmpfs"}},maxSwap:"number",swappiness:"number"},required:[]},LogConfiguration:{fields:{logDriver:"string",options:{map:"string"},secretOptions:{list:{shape:"Secret"}}},required:["logDriver"]},MountPoint:{fields:{sourceVolume:"string",containerPath:"string",readOnly:"boolean"},required:[]},NvidiaMpsAllocation:{fields:{memory:"number",maxComputePercent:"number"},required:["memory"]},PortMapping:{fields:{containerPort:"number",hostPort:"number",protocol:{enum:["tcp","udp"]},name:"string",appProtocol:{enum:["grpc","http","http2"]},containerPortRange:"string"},required:[]},ProxyConfiguration:{fields:{containerName:"string",type:{enum:["APPMESH"]},properties:{list:{shape:"KeyValuePair"}}},required:["containerName"]},RegisterTaskDefinitionRequest:{fields:{family:"string",containerDefinitions:{list:{shape:"ContainerDefinition"}},taskRoleArn:"string",executionRoleArn:"string",networkMode:{enum:["awsvpc","bridge","host","none"]},volumes:{list:{shape:"Volume"}},placementConstraints:{list:{shape:"TaskDefinitionPlacementConstraint"}},requiresCompatibilities:{list:{enum:["EC2","EXTERNAL","FARGATE","MANAGED_INSTANCES"]}},cpu:"string",memory:"string",tags:{list:{shape:"Tag"}},pidMode:{enum:["host","task"]},ipcMode:{enum:["host","none","task"]},proxyConfiguration:{shape:"ProxyConfiguration"},inferenceAccelerators:{list:{shape:"InferenceAccelerator"}},ephemeralStorage:{shape:"EphemeralStorage"},runtimePlatform:{shape:"RuntimePlatform"},enableFaultInjection:"boolean"},required:["family","containerDefinitions"]},RepositoryCredentials:{fields:{credentialsParameter:"string"},required:["credentialsParameter"]},ResourceRequirement:{fields:{type:{enum:["GPU","InferenceAccelerator","NeuronDevice"]},value:"string",sharingStrategy:{shape:"SharingStrategy"}},required:["type"]},RuntimePlatform:{fields:{cpuArchitecture:{enum:["ARM64","X86_64"]},operatingSystemFamily:{enum:["LINUX","WINDOWS_SERVER_2004_CORE","WINDOWS_SERVER_2016_FULL","WINDOWS_SERVER_2019_CORE","WINDOWS_SERVER_2019_FULL","WINDOWS_SERVER_2022_CORE","WINDOWS_SERVER_2022_FULL","WINDOWS_SERVER_2025_CORE","WINDOWS_SERVER_2025_FULL","WINDOWS_SERVER_20H2_CORE"]}},required:[]},S3FilesVolumeConfiguration:{fields:{fileSystemArn:"string",rootDirectory:"string",transitEncryptionPort:"number",accessPointArn:"string"},required:["fileSystemArn"]},Secret:{fields:{name:"string",valueFrom:"string"},required:["name","valueFrom"]},SharingStrategy:{fields:{nvidiaMps:{shape:"NvidiaMpsAllocation"}},required:[]},SystemControl:{fields:{namespace:"string",value:"string"},required:[]},Tag:{fields:{key:"string",value:"string"},required:[]},TaskDefinitionPlacementConstraint:{fields:{type:{enum:["memberOf"]},expression:"string"},required:[]},Tmpfs:{fields:{containerPath:"string",size:"number",mountOptions:{list:"string"}},required:["containerPath","size"]},Ulimit:{fields:{name:{enum:["core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"]},softLimit:"number",hardLimit:"number"},required:["name","softLimit","hardLimit"]},Volume:{fields:{name:"string",host:{shape:"HostVolumeProperties"},dockerVolumeConfiguration:{shape:"DockerVolumeConfiguration"},efsVolumeConfiguration:{shape:"EFSVolumeConfiguration"},s3filesVolumeConfiguration:{shape:"S3FilesVolumeConfiguration"},fsxWindowsFileServerVolumeConfiguration:{shape:"FSxWindowsFileServerVolumeConfiguration"},configuredAtLaunch:"boolean"},required:[]},VolumeFrom:{fields:{sourceContainer:"string",readOnly:"boolean"},required:[]}}}
function aA(e){let t=""
for(const A of e)t+="number"==typeof A?`[${A}]`:t?`.${A}`:A
return t||"(the task definition)"}function cA(e,t=iA){const A=[]
return QA(e,{shape:t.root},[],t,A),0===A.length&&function(e,t){It(e.family)||t.push({path:["family"],message:`family '${e.family}' may only have letters, digits, hyphens and underscores (up to 255)`})
const A=e.containerDefinitions
0===A.length&&t.push({path:["containerDefinitions"],message:"containerDefinitions is empty; list at least one container"})
const n=new Set
A.forEach((e,A)=>{for(const n of["name","image"])"string"==typeof e[n]&&""!==e[n]||t.push({path:["containerDefinitions",A,n],message:`containerDefinitions[${A}].${n} is required`})
"string"==typeof e.name&&e.name&&(n.has(e.name)&&t.push({path:["containerDefinitions",A,"name"],message:`containerDefinitions[${A}].name '${e.name}' is used by another container; names must be unique`}),n.add(e.name))})}(e,A),A}function lA(e){return null===e?"null":Array.isArray(e)?"an array":"object"==typeof e?"an object":"string"==typeof e?`the string ${JSON.stringify(e.length>40?`${e.slice(0,37)}...`:e)}`:`${typeof e} ${String(e)}`}function gA(e){return"string"==typeof e?"any"===e?"a value":`a ${e}`:"enum"in e?`one of ${e.enum.join(", ")}`:"list"in e?"an array":"an object"}function hA(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}const uA=new Set(["name","family","containerName","sourceVolume"])
function EA(e,t){const A=ee(t)
if(A)return{path:e,message:`${aA(e)} has a key that contains ${A}`}}function QA(e,t,A,n,s){const r=t=>s.push({path:A,message:`${aA(A)} must be ${t}, not ${lA(e)}`})
if("string"==typeof t)switch(t){case"any":return
case"string":case"timestamp":{if("string"!=typeof e)return void r("a string")
const t=A[A.length-1],n="string"==typeof t&&uA.has(t)&&ee(e)
return void(n&&s.push({path:A,message:`${aA(A)} contains ${n}`}))}case"number":return void("number"==typeof e&&Number.isFinite(e)||r("a number"))
case"boolean":return void("boolean"!=typeof e&&r("a boolean (true or false)"))}if("enum"in t)return void("string"==typeof e&&t.enum.includes(e)||r(gA(t)))
if("list"in t)return Array.isArray(e)?void e.forEach((e,r)=>QA(e,t.list,[...A,r],n,s)):void r(gA(t))
if("map"in t){if(!hA(e))return void r(`an object of ${gA(t.map)} values`)
for(const[r,o]of Object.entries(e)){const e=EA(A,r)
e?s.push(e):QA(o,t.map,[...A,r],n,s)}return}const o=n.shapes[t.shape]
if(!hA(e))return void r("an object")
for(const t of o.required)Object.hasOwn(e,t)&&void 0!==e[t]&&null!==e[t]||s.push({path:[...A,t],message:`${aA([...A,t])} is required`})
const i=Object.keys(o.fields)
for(const[t,r]of Object.entries(e)){const e=EA(A,t)
if(e){s.push(e)
continue}const a=Object.hasOwn(o.fields,t)?o.fields[t]:void 0
if(!a){const e=BA(t,i)
s.push({path:[...A,t],message:`${aA([...A,t])} is not a field RegisterTaskDefinition accepts${e?`; did you mean '${e}'?`:""}`})
continue}QA(r,a,[...A,t],n,s)}}function BA(e,t){const A=e=>e.toLowerCase().replace(/[-_]/g,""),n=A(e),s=t.find(e=>A(e)===n)
if(s)return s
let r,o=1/0
for(const e of t){const t=CA(n,A(e))
t<o&&(r=e,o=t)}return o<=Math.max(1,Math.min(3,Math.floor(n.length/4)))?r:void 0}function CA(e,t){let A=Array.from({length:t.length+1},(e,t)=>t)
for(let n=1;n<=e.length;n++){const s=[n]
for(let r=1;r<=t.length;r++)s[r]=Math.min(A[r]+1,s[r-1]+1,A[r-1]+(e[n-1]===t[r-1]?0:1))
A=s}return A[t.length]}async function IA(e){const{result:t,base:A}=await async function(e){const t=Lt(e)
for(const A of t.ignoredSources)ne.warning(`Input '${A}' is ignored: ${e.nameOf(Ft.taskDefinition)} (a file) is given and a file wins`)
const A=await async function(e,t){const{source:A}=e
if("file"===A.kind){const e=tA(t.nameOf(Ft.taskDefinition),A.path)
return{...e,source:c().relative(process.env.GITHUB_WORKSPACE||process.cwd(),e.document.file)||A.path}}const s=await async function(e){const{ECSClient:t}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return new t(be(e))}({region:A.region}),r=await AA(s,{...A,input:t.nameOf(A.arn?Ft.taskDefinitionArn:Ft.taskDefinitionFamily)})
return{definition:r.definition,tags:r.tags,source:r.arn}}(t,e),s=nA(A.definition,t)
A.tags.length&&void 0===s.definition.tags&&(s.definition.tags=A.tags)
return function(e,t){const A=cA(e)
if(0===A.length)return
const[n,...s]=A
let r=n.message
if(s.length){const e=s.slice(0,3).map(e=>e.message),t=s.length>e.length?`; and ${s.length-e.length} more`:""
r+=` (also: ${e.join("; ")}${t})`}if(t.document)throw $t(t.input,t.document,n.path,r)
throw new ce(`The task definition${t.origin?` from ${t.origin}`:""} is not valid: ${r}`)}(s.definition,{input:e.nameOf(Ft.taskDefinition),document:A.document,origin:A.source}),{settings:t,base:A,result:s}}(e),o=function(e,t=process.env.RUNNER_TEMP||i().tmpdir()){const A=function(e){return`${JSON.stringify(e,null,2)}\n`}(e),n=(0,s.createHash)("sha256").update(A).digest("hex").slice(0,12),o=String(e.family??"task-definition").replace(/[^A-Za-z0-9_-]/g,"_");(0,r.mkdirSync)(t,{recursive:!0})
const a=c().join(t,`${o}-${n}.json`)
return(0,r.writeFileSync)(a,A),a}(t.definition)
P(Mt.taskDefinition,o)
const a=function(e){if(!e.changed)return["no changes"]
const t=[]
for(const[A,n]of Object.entries(e.task))t.push(`task ${A}: ${it(n)}`)
e.otherTaskFields.length&&t.push(`task fields changed: ${e.otherTaskFields.join(", ")}`)
for(const A of e.containers){const e=`container ${A.name}`
if("added"===A.status&&t.push(`${e}: added${A.image?.to?` (image ${A.image.to})`:""}`),"removed"===A.status){t.push(`${e}: removed`)
continue}A.image&&"changed"===A.status&&t.push(`${e}: image ${it(A.image)}`)
const n=(A,n)=>{const s=["added","changed","removed"].filter(e=>n[e].length).map(e=>`${e} ${n[e].join(", ")}`)
s.length&&t.push(`${e}: ${A} ${s.join("; ")}`)}
n("environment",A.environment),n("secrets",A.secrets),A.ports&&t.push(`${e}: ports ${A.ports.from.join(", ")||"(none)"} \u2192 ${A.ports.to.join(", ")||"(none)"}`)
for(const n of["cpu","memory","memoryReservation"]){const s=A[n]
s&&t.push(`${e}: ${n} ${it(s)}`)}A.otherFields.length&&t.push(`${e}: changed ${A.otherFields.join(", ")}`)}return t}(t.changes)
ne.info(`Rendered ${t.definition.family} from ${A.source} to ${o}`)
for(const e of a)ne.info(`  ${e}`)
return await Ge({title:`Task definition ${t.definition.family}`,facts:[["Base",A.source],["Rendered file",`${c().basename(o)} (in RUNNER_TEMP; the step's task-definition output)`],["Containers changed",t.changes.containers.map(e=>e.name).join(", ")||"none"],...t.removed.length?[["Removed",t.removed.join(", ")]]:[]],details:[{heading:"Changes (environment and secret values are not shown)",lines:a.map(e=>`- ${e}`)}]}),{...t,file:o,source:A.source}}function dA(){return Te(async()=>{await IA(Me.forAction(vt))})}},2613:t=>{t.exports=e(import.meta.url)("assert")},181:t=>{t.exports=e(import.meta.url)("buffer")},4434:t=>{t.exports=e(import.meta.url)("events")},8611:t=>{t.exports=e(import.meta.url)("http")},5692:t=>{t.exports=e(import.meta.url)("https")},9278:t=>{t.exports=e(import.meta.url)("net")},4589:t=>{t.exports=e(import.meta.url)("node:assert")},6698:t=>{t.exports=e(import.meta.url)("node:async_hooks")},4573:t=>{t.exports=e(import.meta.url)("node:buffer")},1421:t=>{t.exports=e(import.meta.url)("node:child_process")},7540:t=>{t.exports=e(import.meta.url)("node:console")},7598:t=>{t.exports=e(import.meta.url)("node:crypto")},3053:t=>{t.exports=e(import.meta.url)("node:diagnostics_channel")},610:t=>{t.exports=e(import.meta.url)("node:dns")},8474:t=>{t.exports=e(import.meta.url)("node:events")},3024:t=>{t.exports=e(import.meta.url)("node:fs")},1455:t=>{t.exports=e(import.meta.url)("node:fs/promises")},7067:t=>{t.exports=e(import.meta.url)("node:http")},2467:t=>{t.exports=e(import.meta.url)("node:http2")},4708:t=>{t.exports=e(import.meta.url)("node:https")},7030:t=>{t.exports=e(import.meta.url)("node:net")},8161:t=>{t.exports=e(import.meta.url)("node:os")},6760:t=>{t.exports=e(import.meta.url)("node:path")},643:t=>{t.exports=e(import.meta.url)("node:perf_hooks")},1708:t=>{t.exports=e(import.meta.url)("node:process")},1792:t=>{t.exports=e(import.meta.url)("node:querystring")},7075:t=>{t.exports=e(import.meta.url)("node:stream")},1692:t=>{t.exports=e(import.meta.url)("node:tls")},3136:t=>{t.exports=e(import.meta.url)("node:url")},7975:t=>{t.exports=e(import.meta.url)("node:util")},3429:t=>{t.exports=e(import.meta.url)("node:util/types")},5919:t=>{t.exports=e(import.meta.url)("node:worker_threads")},8522:t=>{t.exports=e(import.meta.url)("node:zlib")},857:t=>{t.exports=e(import.meta.url)("os")},932:t=>{t.exports=e(import.meta.url)("process")},3193:t=>{t.exports=e(import.meta.url)("string_decoder")},4756:t=>{t.exports=e(import.meta.url)("tls")},2018:t=>{t.exports=e(import.meta.url)("tty")},7016:t=>{t.exports=e(import.meta.url)("url")},9023:t=>{t.exports=e(import.meta.url)("util")},7349:(e,t,A)=>{var n=A(1127),s=A(3301),r=A(4454),o=A(2223),i=A(7103),a=A(334),c=A(3142)
function l(e,t,A,n,s,r){const o="block-map"===A.type?i.resolveBlockMap(e,t,A,n,r):"block-seq"===A.type?a.resolveBlockSeq(e,t,A,n,r):c.resolveFlowCollection(e,t,A,n,r),l=o.constructor
return"!"===s||s===l.tagName?(o.tag=l.tagName,o):(s&&(o.tag=s),o)}t.composeCollection=function(e,t,A,i,a){const c=i.tag,g=c?t.directives.tagName(c.source,e=>a(c,"TAG_RESOLVE_FAILED",e)):null
if("block-seq"===A.type){const{anchor:e,newlineAfterProp:t}=i,A=e&&c?e.offset>c.offset?e:c:e??c
if(A&&(!t||t.offset<A.offset)){a(A,"MISSING_CHAR","Missing newline after block sequence props")}}const h="block-map"===A.type?"map":"block-seq"===A.type?"seq":"{"===A.start.source?"map":"seq"
if(!c||!g||"!"===g||g===r.YAMLMap.tagName&&"map"===h||g===o.YAMLSeq.tagName&&"seq"===h)return l(e,t,A,a,g)
let u=t.schema.tags.find(e=>e.tag===g&&e.collection===h)
if(!u){const n=t.schema.knownTags[g]
if(n?.collection!==h)return n?a(c,"BAD_COLLECTION_TYPE",`${n.tag} used for ${h} collection, but expects ${n.collection??"scalar"}`,!0):a(c,"TAG_RESOLVE_FAILED",`Unresolved tag: ${g}`,!0),l(e,t,A,a,g)
t.schema.tags.push(Object.assign({},n,{default:!1})),u=n}const E=l(e,t,A,a,g,u),Q=u.resolve?.(E,e=>a(c,"TAG_RESOLVE_FAILED",e),t.options)??E,B=n.isNode(Q)?Q:new s.Scalar(Q)
return B.range=E.range,B.tag=g,u?.format&&(B.format=u.format),B}},3683:(e,t,A)=>{var n=A(3021),s=A(5937),r=A(7788),o=A(4631)
t.composeDoc=function(e,t,{offset:A,start:i,value:a,end:c},l){const g=Object.assign({_directives:t},e),h=new n.Document(void 0,g),u={atKey:!1,atRoot:!0,directives:h.directives,options:h.options,schema:h.schema},E=o.resolveProps(i,{indicator:"doc-start",next:a??c?.[0],offset:A,onError:l,parentIndent:0,startOnNewline:!0})
E.found&&(h.directives.docStart=!0,!a||"block-map"!==a.type&&"block-seq"!==a.type||E.hasNewline||l(E.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),h.contents=a?s.composeNode(u,a,E,l):s.composeEmptyNode(u,E.end,i,null,E,l)
const Q=h.contents.range[2],B=r.resolveEnd(c,Q,!1,l)
return B.comment&&(h.comment=B.comment),h.range=[A,Q,B.offset],h}},5937:(e,t,A)=>{var n=A(4065),s=A(1127),r=A(7349),o=A(5413),i=A(7788),a=A(2599)
const c={composeNode:l,composeEmptyNode:g}
function l(e,t,A,a){const l=e.atKey,{spaceBefore:h,comment:u,anchor:E,tag:Q}=A
let B,C=!0
switch(t.type){case"alias":B=function({options:e},{offset:t,source:A,end:s},r){const o=new n.Alias(A.substring(1))
""===o.source&&r(t,"BAD_ALIAS","Alias cannot be an empty string")
o.source.endsWith(":")&&r(t+A.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0)
const a=t+A.length,c=i.resolveEnd(s,a,e.strict,r)
o.range=[t,a,c.offset],c.comment&&(o.comment=c.comment)
return o}(e,t,a),(E||Q)&&a(t,"ALIAS_PROPS","An alias node must not specify any properties")
break
case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":B=o.composeScalar(e,t,Q,a),E&&(B.anchor=E.source.substring(1))
break
case"block-map":case"block-seq":case"flow-collection":try{B=r.composeCollection(c,e,t,A,a),E&&(B.anchor=E.source.substring(1))}catch(e){a(t,"RESOURCE_EXHAUSTION",e instanceof Error?e.message:String(e))}break
default:a(t,"UNEXPECTED_TOKEN","error"===t.type?t.message:`Unsupported token (type: ${t.type})`),C=!1}if(B??(B=g(e,t.offset,void 0,null,A,a)),E&&""===B.anchor&&a(E,"BAD_ALIAS","Anchor cannot be an empty string"),l&&e.options.stringKeys&&(!s.isScalar(B)||"string"!=typeof B.value||B.tag&&"tag:yaml.org,2002:str"!==B.tag)){a(Q??t,"NON_STRING_KEY","With stringKeys, all keys must be strings")}return h&&(B.spaceBefore=!0),u&&("scalar"===t.type&&""===t.source?B.comment=u:B.commentBefore=u),e.options.keepSourceTokens&&C&&(B.srcToken=t),B}function g(e,t,A,n,{spaceBefore:s,comment:r,anchor:i,tag:c,end:l},g){const h={type:"scalar",offset:a.emptyScalarPosition(t,A,n),indent:-1,source:""},u=o.composeScalar(e,h,c,g)
return i&&(u.anchor=i.source.substring(1),""===u.anchor&&g(i,"BAD_ALIAS","Anchor cannot be an empty string")),s&&(u.spaceBefore=!0),r&&(u.comment=r,u.range[2]=l),u}t.composeEmptyNode=g,t.composeNode=l},5413:(e,t,A)=>{var n=A(1127),s=A(3301),r=A(8913),o=A(6842)
t.composeScalar=function(e,t,A,i){const{value:a,type:c,comment:l,range:g}="block-scalar"===t.type?r.resolveBlockScalar(e,t,i):o.resolveFlowScalar(t,e.options.strict,i),h=A?e.directives.tagName(A.source,e=>i(A,"TAG_RESOLVE_FAILED",e)):null
let u,E
u=e.options.stringKeys&&e.atKey?e.schema[n.SCALAR]:h?function(e,t,A,s,r){if("!"===A)return e[n.SCALAR]
const o=[]
for(const t of e.tags)if(!t.collection&&t.tag===A){if(!t.default||!t.test)return t
o.push(t)}for(const e of o)if(e.test?.test(t))return e
const i=e.knownTags[A]
if(i&&!i.collection)return e.tags.push(Object.assign({},i,{default:!1,test:void 0})),i
return r(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${A}`,"tag:yaml.org,2002:str"!==A),e[n.SCALAR]}(e.schema,a,h,A,i):"scalar"===t.type?function({atKey:e,directives:t,schema:A},s,r,o){const i=A.tags.find(t=>(!0===t.default||e&&"key"===t.default)&&t.test?.test(s))||A[n.SCALAR]
if(A.compat){const e=A.compat.find(e=>e.default&&e.test?.test(s))??A[n.SCALAR]
if(i.tag!==e.tag){o(r,"TAG_RESOLVE_FAILED",`Value may be parsed as either ${t.tagString(i.tag)} or ${t.tagString(e.tag)}`,!0)}}return i}(e,a,t,i):e.schema[n.SCALAR]
try{const r=u.resolve(a,e=>i(A??t,"TAG_RESOLVE_FAILED",e),e.options)
E=n.isScalar(r)?r:new s.Scalar(r)}catch(e){const n=e instanceof Error?e.message:String(e)
i(A??t,"TAG_RESOLVE_FAILED",n),E=new s.Scalar(a)}return E.range=g,E.source=a,c&&(E.type=c),h&&(E.tag=h),u.format&&(E.format=u.format),l&&(E.comment=l),E}},9984:(e,t,A)=>{var n=A(932),s=A(1342),r=A(3021),o=A(1464),i=A(1127),a=A(3683),c=A(7788)
function l(e){if("number"==typeof e)return[e,e+1]
if(Array.isArray(e))return 2===e.length?e:[e[0],e[1]]
const{offset:t,source:A}=e
return[t,t+("string"==typeof A?A.length:1)]}function g(e){let t="",A=!1,n=!1
for(let s=0;s<e.length;++s){const r=e[s]
switch(r[0]){case"#":t+=(""===t?"":n?"\n\n":"\n")+(r.substring(1)||" "),A=!0,n=!1
break
case"%":"#"!==e[s+1]?.[0]&&(s+=1),A=!1
break
default:A||(n=!0),A=!1}}return{comment:t,afterEmptyLine:n}}t.Composer=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(e,t,A,n)=>{const s=l(e)
n?this.warnings.push(new o.YAMLWarning(s,t,A)):this.errors.push(new o.YAMLParseError(s,t,A))},this.directives=new s.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){const{comment:A,afterEmptyLine:n}=g(this.prelude)
if(A){const s=e.contents
if(t)e.comment=e.comment?`${e.comment}\n${A}`:A
else if(n||e.directives.docStart||!s)e.commentBefore=A
else if(i.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0]
i.isPair(e)&&(e=e.key)
const t=e.commentBefore
e.commentBefore=t?`${A}\n${t}`:A}else{const e=s.commentBefore
s.commentBefore=e?`${A}\n${e}`:A}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t])
for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else e.errors=this.errors,e.warnings=this.warnings
this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:g(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,A=-1){for(const t of e)yield*this.next(t)
yield*this.end(t,A)}*next(e){switch(n.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,A,n)=>{const s=l(e)
s[0]+=t,this.onError(s,"BAD_DIRECTIVE",A,n)}),this.prelude.push(e.source),this.atDirectives=!0
break
case"document":{const t=a.composeDoc(this.options,this.directives,e,this.onError)
this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1
break}case"byte-order-mark":case"space":break
case"comment":case"newline":this.prelude.push(e.source)
break
case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,A=new o.YAMLParseError(l(e),"UNEXPECTED_TOKEN",t)
this.atDirectives||!this.doc?this.errors.push(A):this.doc.errors.push(A)
break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document"
this.errors.push(new o.YAMLParseError(l(e),"UNEXPECTED_TOKEN",t))
break}this.doc.directives.docEnd=!0
const t=c.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError)
if(this.decorate(this.doc,!0),t.comment){const e=this.doc.comment
this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset
break}default:this.errors.push(new o.YAMLParseError(l(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null
else if(e){const e=Object.assign({_directives:this.directives},this.options),A=new r.Document(void 0,e)
this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),A.range=[0,t,t],this.decorate(A,!1),yield A}}}},7103:(e,t,A)=>{var n=A(7165),s=A(4454),r=A(4631),o=A(9499),i=A(4051),a=A(1187)
const c="All mapping items must start at the same column"
t.resolveBlockMap=function({composeNode:e,composeEmptyNode:t},A,l,g,h){const u=new(h?.nodeClass??s.YAMLMap)(A.schema)
A.atRoot&&(A.atRoot=!1)
let E=l.offset,Q=null
for(const s of l.items){const{start:h,key:B,sep:C,value:I}=s,d=r.resolveProps(h,{indicator:"explicit-key-ind",next:B??C?.[0],offset:E,onError:g,parentIndent:l.indent,startOnNewline:!0}),f=!d.found
if(f){if(B&&("block-seq"===B.type?g(E,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in B&&B.indent!==l.indent&&g(E,"BAD_INDENT",c)),!d.anchor&&!d.tag&&!C){Q=d.end,d.comment&&(u.comment?u.comment+="\n"+d.comment:u.comment=d.comment)
continue}(d.newlineAfterProp||o.containsNewline(B))&&g(B??h[h.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else d.found?.indent!==l.indent&&g(E,"BAD_INDENT",c)
A.atKey=!0
const p=d.end,m=B?e(A,B,d,g):t(A,p,h,null,d,g)
A.schema.compat&&i.flowIndentCheck(l.indent,B,g),A.atKey=!1,a.mapIncludes(A,u.items,m)&&g(p,"DUPLICATE_KEY","Map keys must be unique")
const y=r.resolveProps(C??[],{indicator:"map-value-ind",next:I,offset:m.range[2],onError:g,parentIndent:l.indent,startOnNewline:!B||"block-scalar"===B.type})
if(E=y.end,y.found){f&&("block-map"!==I?.type||y.hasNewline||g(E,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),A.options.strict&&d.start<y.found.offset-1024&&g(m.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"))
const r=I?e(A,I,y,g):t(A,E,C,null,y,g)
A.schema.compat&&i.flowIndentCheck(l.indent,I,g),E=r.range[2]
const o=new n.Pair(m,r)
A.options.keepSourceTokens&&(o.srcToken=s),u.items.push(o)}else{f&&g(m.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),y.comment&&(m.comment?m.comment+="\n"+y.comment:m.comment=y.comment)
const e=new n.Pair(m)
A.options.keepSourceTokens&&(e.srcToken=s),u.items.push(e)}}return Q&&Q<E&&g(Q,"IMPOSSIBLE","Map comment with trailing content"),u.range=[l.offset,E,Q??E],u}},8913:(e,t,A)=>{var n=A(3301)
t.resolveBlockScalar=function(e,t,A){const s=t.offset,r=function({offset:e,props:t},A,n){if("block-scalar-header"!==t[0].type)return n(t[0],"IMPOSSIBLE","Block scalar header not found"),null
const{source:s}=t[0],r=s[0]
let o=0,i="",a=-1
for(let t=1;t<s.length;++t){const A=s[t]
if(i||"-"!==A&&"+"!==A){const n=Number(A)
!o&&n?o=n:-1===a&&(a=e+t)}else i=A}-1!==a&&n(a,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`)
let c=!1,l="",g=s.length
for(let e=1;e<t.length;++e){const s=t[e]
switch(s.type){case"space":c=!0
case"newline":g+=s.source.length
break
case"comment":if(A&&!c){n(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters")}g+=s.source.length,l=s.source.substring(1)
break
case"error":n(s,"UNEXPECTED_TOKEN",s.message),g+=s.source.length
break
default:{n(s,"UNEXPECTED_TOKEN",`Unexpected token in block scalar header: ${s.type}`)
const e=s.source
e&&"string"==typeof e&&(g+=e.length)}}}return{mode:r,indent:o,chomp:i,comment:l,length:g}}(t,e.options.strict,A)
if(!r)return{value:"",type:null,comment:"",range:[s,s,s]}
const o=">"===r.mode?n.Scalar.BLOCK_FOLDED:n.Scalar.BLOCK_LITERAL,i=t.source?function(e){const t=e.split(/\n( *)/),A=t[0],n=A.match(/^( *)/),s=[n?.[1]?[n[1],A.slice(n[1].length)]:["",A]]
for(let e=1;e<t.length;e+=2)s.push([t[e],t[e+1]])
return s}(t.source):[]
let a=i.length
for(let e=i.length-1;e>=0;--e){const t=i[e][1]
if(""!==t&&"\r"!==t)break
a=e}if(0===a){const e="+"===r.chomp&&i.length>0?"\n".repeat(Math.max(1,i.length-1)):""
let A=s+r.length
return t.source&&(A+=t.source.length),{value:e,type:o,comment:r.comment,range:[s,A,A]}}let c=t.indent+r.indent,l=t.offset+r.length,g=0
for(let t=0;t<a;++t){const[n,s]=i[t]
if(""!==s&&"\r"!==s){if(n.length<c){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator"
A(l+n.length,"MISSING_CHAR",e)}if(0===r.indent&&(c=n.length),g=t,0===c&&!e.atRoot){A(l,"BAD_INDENT","Block scalar values in collections must be indented")}break}0===r.indent&&n.length>c&&(c=n.length),l+=n.length+s.length+1}for(let e=i.length-1;e>=a;--e)i[e][0].length>c&&(a=e+1)
let h="",u="",E=!1
for(let e=0;e<g;++e)h+=i[e][0].slice(c)+"\n"
for(let e=g;e<a;++e){let[t,s]=i[e]
l+=t.length+s.length+1
const a="\r"===s[s.length-1]
if(a&&(s=s.slice(0,-1)),s&&t.length<c){const e=`Block scalar lines must not be less indented than their ${r.indent?"explicit indentation indicator":"first line"}`
A(l-s.length-(a?2:1),"BAD_INDENT",e),t=""}o===n.Scalar.BLOCK_LITERAL?(h+=u+t.slice(c)+s,u="\n"):t.length>c||"\t"===s[0]?(" "===u?u="\n":E||"\n"!==u||(u="\n\n"),h+=u+t.slice(c)+s,u="\n",E=!0):""===s?"\n"===u?h+="\n":u="\n":(h+=u+s,u=" ",E=!1)}switch(r.chomp){case"-":break
case"+":for(let e=a;e<i.length;++e)h+="\n"+i[e][0].slice(c)
"\n"!==h[h.length-1]&&(h+="\n")
break
default:h+="\n"}const Q=s+r.length+t.source.length
return{value:h,type:o,comment:r.comment,range:[s,Q,Q]}}},334:(e,t,A)=>{var n=A(2223),s=A(4631),r=A(4051)
t.resolveBlockSeq=function({composeNode:e,composeEmptyNode:t},A,o,i,a){const c=new(a?.nodeClass??n.YAMLSeq)(A.schema)
A.atRoot&&(A.atRoot=!1),A.atKey&&(A.atKey=!1)
let l=o.offset,g=null
for(const{start:n,value:a}of o.items){const h=s.resolveProps(n,{indicator:"seq-item-ind",next:a,offset:l,onError:i,parentIndent:o.indent,startOnNewline:!0})
if(!h.found){if(!(h.anchor||h.tag||a)){g=h.end,h.comment&&(c.comment=h.comment)
continue}"block-seq"===a?.type?i(h.end,"BAD_INDENT","All sequence items must start at the same column"):i(l,"MISSING_CHAR","Sequence item without - indicator")}const u=a?e(A,a,h,i):t(A,h.end,n,null,h,i)
A.schema.compat&&r.flowIndentCheck(o.indent,a,i),l=u.range[2],c.items.push(u)}return c.range=[o.offset,l,g??l],c}},7788:(e,t)=>{t.resolveEnd=function(e,t,A,n){let s=""
if(e){let r=!1,o=""
for(const i of e){const{source:e,type:a}=i
switch(a){case"space":r=!0
break
case"comment":{A&&!r&&n(i,"MISSING_CHAR","Comments must be separated from other tokens by white space characters")
const t=e.substring(1)||" "
s?s+=o+t:s=t,o=""
break}case"newline":s&&(o+=e),r=!0
break
default:n(i,"UNEXPECTED_TOKEN",`Unexpected ${a} at node end`)}t+=e.length}}return{comment:s,offset:t}}},3142:(e,t,A)=>{var n=A(1127),s=A(7165),r=A(4454),o=A(2223),i=A(7788),a=A(4631),c=A(9499),l=A(1187)
const g="Block collections are not allowed within flow collections",h=e=>e&&("block-map"===e.type||"block-seq"===e.type)
t.resolveFlowCollection=function({composeNode:e,composeEmptyNode:t},A,u,E,Q){const B="{"===u.start.source,C=B?"flow map":"flow sequence",I=new(Q?.nodeClass??(B?r.YAMLMap:o.YAMLSeq))(A.schema)
I.flow=!0
const d=A.atRoot
d&&(A.atRoot=!1),A.atKey&&(A.atKey=!1)
let f=u.offset+u.start.source.length
for(let o=0;o<u.items.length;++o){const i=u.items[o],{start:Q,key:d,sep:p,value:m}=i,y=a.resolveProps(Q,{flow:C,indicator:"explicit-key-ind",next:d??p?.[0],offset:f,onError:E,parentIndent:u.indent,startOnNewline:!1})
if(!y.found){if(!(y.anchor||y.tag||p||m)){0===o&&y.comma?E(y.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${C}`):o<u.items.length-1&&E(y.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${C}`),y.comment&&(I.comment?I.comment+="\n"+y.comment:I.comment=y.comment),f=y.end
continue}!B&&A.options.strict&&c.containsNewline(d)&&E(d,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(0===o)y.comma&&E(y.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${C}`)
else if(y.comma||E(y.start,"MISSING_CHAR",`Missing , between ${C} items`),y.comment){let e=""
e:for(const t of Q)switch(t.type){case"comma":case"space":break
case"comment":e=t.source.substring(1)
break e
default:break e}if(e){let t=I.items[I.items.length-1]
n.isPair(t)&&(t=t.value??t.key),t.comment?t.comment+="\n"+e:t.comment=e,y.comment=y.comment.substring(e.length+1)}}if(B||p||y.found){A.atKey=!0
const n=y.end,o=d?e(A,d,y,E):t(A,n,Q,null,y,E)
h(d)&&E(o.range,"BLOCK_IN_FLOW",g),A.atKey=!1
const c=a.resolveProps(p??[],{flow:C,indicator:"map-value-ind",next:m,offset:o.range[2],onError:E,parentIndent:u.indent,startOnNewline:!1})
if(c.found){if(!B&&!y.found&&A.options.strict){if(p)for(const e of p){if(e===c.found)break
if("newline"===e.type){E(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")
break}}y.start<c.found.offset-1024&&E(c.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else m&&("source"in m&&":"===m.source?.[0]?E(m,"MISSING_CHAR",`Missing space after : in ${C}`):E(c.start,"MISSING_CHAR",`Missing , or : between ${C} items`))
const w=m?e(A,m,c,E):c.found?t(A,c.end,p,null,c,E):null
w?h(m)&&E(w.range,"BLOCK_IN_FLOW",g):c.comment&&(o.comment?o.comment+="\n"+c.comment:o.comment=c.comment)
const k=new s.Pair(o,w)
if(A.options.keepSourceTokens&&(k.srcToken=i),B){const e=I
l.mapIncludes(A,e.items,o)&&E(n,"DUPLICATE_KEY","Map keys must be unique"),e.items.push(k)}else{const e=new r.YAMLMap(A.schema)
e.flow=!0,e.items.push(k)
const t=(w??o).range
e.range=[o.range[0],t[1],t[2]],I.items.push(e)}f=w?w.range[2]:c.end}else{const n=m?e(A,m,y,E):t(A,y.end,p,null,y,E)
I.items.push(n),f=n.range[2],h(m)&&E(n.range,"BLOCK_IN_FLOW",g)}}const p=B?"}":"]",[m,...y]=u.end
let w=f
if(m?.source===p)w=m.offset+m.source.length
else{const e=C[0].toUpperCase()+C.substring(1)
E(f,d?"MISSING_CHAR":"BAD_INDENT",d?`${e} must end with a ${p}`:`${e} in block collection must be sufficiently indented and end with a ${p}`),m&&1!==m.source.length&&y.unshift(m)}if(y.length>0){const e=i.resolveEnd(y,w,A.options.strict,E)
e.comment&&(I.comment?I.comment+="\n"+e.comment:I.comment=e.comment),I.range=[u.offset,w,e.offset]}else I.range=[u.offset,w,w]
return I}},6842:(e,t,A)=>{var n=A(3301),s=A(7788)
function r(e){const t=/(.*?)\r?\n/sy
let A,n,s=t.exec(e)
if(!s)return e
try{A=new RegExp("(?<![ \t])[ \t]+$"),n=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{A=/[ \t]+$/,n=/^[ \t]+|[ \t]+$/g}let r=s[1].replace(A,""),o=" ",i=t.lastIndex
for(;s=t.exec(e);){const e=s[1].replace(n,"")
""===e?"\n"===o?r+=o:o="\n":(r+=o+e,o=" "),i=t.lastIndex}const a=/[ \t]*(.*)/sy
return a.lastIndex=i,s=a.exec(e),r+o+(s?.[1]??"")}function o(e,t){let A="",n=e[t+1]
for(;!(" "!==n&&"\t"!==n&&"\n"!==n&&"\r"!==n||"\r"===n&&"\n"!==e[t+2]);)"\n"===n&&(A+="\n"),n=e[(t+=1)+1]
return A||(A=" "),{fold:A,offset:t}}const i={0:"\0",a:"\x07",b:"\b",e:"\x1b",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"\x85",_:"\xa0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"}
function a(e,t,A,n){const s=e.substr(t,A),r=s.length===A&&/^[0-9a-fA-F]+$/.test(s)?parseInt(s,16):NaN
try{return String.fromCodePoint(r)}catch{const s=e.substr(t-2,A+2)
return n(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`),s}}t.resolveFlowScalar=function(e,t,A){const{offset:c,type:l,source:g,end:h}=e
let u,E
const Q=(e,t,n)=>A(c+e,t,n)
switch(l){case"scalar":u=n.Scalar.PLAIN,E=function(e,t){let A=""
switch(e[0]){case"\t":A="a tab character"
break
case",":A="flow indicator character ,"
break
case"%":A="directive indicator character %"
break
case"|":case">":A=`block scalar indicator ${e[0]}`
break
case"@":case"`":A=`reserved character ${e[0]}`}A&&t(0,"BAD_SCALAR_START",`Plain value cannot start with ${A}`)
return r(e)}(g,Q)
break
case"single-quoted-scalar":u=n.Scalar.QUOTE_SINGLE,E=function(e,t){"'"===e[e.length-1]&&1!==e.length||t(e.length,"MISSING_CHAR","Missing closing 'quote")
return r(e.slice(1,-1)).replace(/''/g,"'")}(g,Q)
break
case"double-quoted-scalar":u=n.Scalar.QUOTE_DOUBLE,E=function(e,t){let A=""
for(let n=1;n<e.length-1;++n){const s=e[n]
if("\r"!==s||"\n"!==e[n+1])if("\n"===s){const{fold:t,offset:s}=o(e,n)
A+=t,n=s}else if("\\"===s){let s=e[++n]
const r=i[s]
if(r)A+=r
else if("\n"===s)for(s=e[n+1];" "===s||"\t"===s;)s=e[1+ ++n]
else if("\r"===s&&"\n"===e[n+1])for(s=e[1+ ++n];" "===s||"\t"===s;)s=e[1+ ++n]
else if("x"===s||"u"===s||"U"===s){const r="x"===s?2:"u"===s?4:8
A+=a(e,n+1,r,t),n+=r}else{const s=e.substr(n-1,2)
t(n-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`),A+=s}}else if(" "===s||"\t"===s){const t=n
let r=e[n+1]
for(;" "===r||"\t"===r;)r=e[1+ ++n]
"\n"===r||"\r"===r&&"\n"===e[n+2]||(A+=n>t?e.slice(t,n+1):s)}else A+=s}'"'===e[e.length-1]&&1!==e.length||t(e.length,"MISSING_CHAR",'Missing closing "quote')
return A}(g,Q)
break
default:return A(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${l}`),{value:"",type:null,comment:"",range:[c,c+g.length,c+g.length]}}const B=c+g.length,C=s.resolveEnd(h,B,t,A)
return{value:E,type:u,comment:C.comment,range:[c,B,C.offset]}}},4631:(e,t)=>{t.resolveProps=function(e,{flow:t,indicator:A,next:n,offset:s,onError:r,parentIndent:o,startOnNewline:i}){let a=!1,c=i,l=i,g="",h="",u=!1,E=!1,Q=null,B=null,C=null,I=null,d=null,f=null,p=null
for(const s of e)switch(E&&("space"!==s.type&&"newline"!==s.type&&"comma"!==s.type&&r(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),E=!1),Q&&(c&&"comment"!==s.type&&"newline"!==s.type&&r(Q,"TAB_AS_INDENT","Tabs are not allowed as indentation"),Q=null),s.type){case"space":t||"doc-start"===A&&"flow-collection"===n?.type||!s.source.includes("\t")||(Q=s),l=!0
break
case"comment":{l||r(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters")
const e=s.source.substring(1)||" "
g?g+=h+e:g=e,h="",c=!1
break}case"newline":c?g?g+=s.source:f&&"seq-item-ind"===A||(a=!0):h+=s.source,c=!0,u=!0,(B||C)&&(I=s),l=!0
break
case"anchor":B&&r(s,"MULTIPLE_ANCHORS","A node can have at most one anchor"),s.source.endsWith(":")&&r(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),B=s,p??(p=s.offset),c=!1,l=!1,E=!0
break
case"tag":C&&r(s,"MULTIPLE_TAGS","A node can have at most one tag"),C=s,p??(p=s.offset),c=!1,l=!1,E=!0
break
case A:(B||C)&&r(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`),f&&r(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`),f=s,c="seq-item-ind"===A||"explicit-key-ind"===A,l=!1
break
case"comma":if(t){d&&r(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`),d=s,c=!1,l=!1
break}default:r(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`),c=!1,l=!1}const m=e[e.length-1],y=m?m.offset+m.source.length:s
return E&&n&&"space"!==n.type&&"newline"!==n.type&&"comma"!==n.type&&("scalar"!==n.type||""!==n.source)&&r(n.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),Q&&(c&&Q.indent<=o||"block-map"===n?.type||"block-seq"===n?.type)&&r(Q,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:d,found:f,spaceBefore:a,comment:g,hasNewline:u,anchor:B,tag:C,newlineAfterProp:I,end:y,start:p??y}}},9499:(e,t)=>{t.containsNewline=function e(t){if(!t)return null
switch(t.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(t.source.includes("\n"))return!0
if(t.end)for(const e of t.end)if("newline"===e.type)return!0
return!1
case"flow-collection":for(const A of t.items){for(const e of A.start)if("newline"===e.type)return!0
if(A.sep)for(const e of A.sep)if("newline"===e.type)return!0
if(e(A.key)||e(A.value))return!0}return!1
default:return!0}}},2599:(e,t)=>{t.emptyScalarPosition=function(e,t,A){if(t){A??(A=t.length)
for(let n=A-1;n>=0;--n){let A=t[n]
switch(A.type){case"space":case"comment":case"newline":e-=A.source.length
continue}for(A=t[++n];"space"===A?.type;)e+=A.source.length,A=t[++n]
break}}return e}},4051:(e,t,A)=>{var n=A(9499)
t.flowIndentCheck=function(e,t,A){if("flow-collection"===t?.type){const s=t.end[0]
if(s.indent===e&&("]"===s.source||"}"===s.source)&&n.containsNewline(t)){A(s,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}}},1187:(e,t,A)=>{var n=A(1127)
t.mapIncludes=function(e,t,A){const{uniqueKeys:s}=e.options
if(!1===s)return!1
const r="function"==typeof s?s:(e,t)=>e===t||n.isScalar(e)&&n.isScalar(t)&&e.value===t.value
return t.some(e=>r(e.key,A))}},3021:(e,t,A)=>{var n=A(4065),s=A(101),r=A(1127),o=A(7165),i=A(6424),a=A(5840),c=A(6829),l=A(1596),g=A(3661),h=A(2404),u=A(1342)
class E{constructor(e,t,A){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,r.NODE_TYPE,{value:r.DOC})
let n=null
"function"==typeof t||Array.isArray(t)?n=t:void 0===A&&t&&(A=t,t=void 0)
const s=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},A)
this.options=s
let{version:o}=s
A?._directives?(this.directives=A._directives.atDocument(),this.directives.yaml.explicit&&(o=this.directives.yaml.version)):this.directives=new u.Directives({version:o}),this.setSchema(o,A),this.contents=void 0===e?null:this.createNode(e,n,A)}clone(){const e=Object.create(E.prototype,{[r.NODE_TYPE]:{value:r.DOC}})
return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=r.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){Q(this.contents)&&this.contents.add(e)}addIn(e,t){Q(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const A=l.anchorNames(this)
e.anchor=!t||A.has(t)?l.findNewAnchor(t||"a",A):t}return new n.Alias(e.anchor)}createNode(e,t,A){let n
if("function"==typeof t)e=t.call({"":e},"",e),n=t
else if(Array.isArray(t)){const e=e=>"number"==typeof e||e instanceof String||e instanceof Number,A=t.filter(e).map(String)
A.length>0&&(t=t.concat(A)),n=t}else void 0===A&&t&&(A=t,t=void 0)
const{aliasDuplicateObjects:s,anchorPrefix:o,flow:i,keepUndefined:a,onTagObj:c,tag:g}=A??{},{onAnchor:u,setAnchors:E,sourceObjects:Q}=l.createNodeAnchors(this,o||"a"),B={aliasDuplicateObjects:s??!0,keepUndefined:a??!1,onAnchor:u,onTagObj:c,replacer:n,schema:this.schema,sourceObjects:Q},C=h.createNode(e,g,B)
return i&&r.isCollection(C)&&(C.flow=!0),E(),C}createPair(e,t,A={}){const n=this.createNode(e,null,A),s=this.createNode(t,null,A)
return new o.Pair(n,s)}delete(e){return!!Q(this.contents)&&this.contents.delete(e)}deleteIn(e){return s.isEmptyPath(e)?null!=this.contents&&(this.contents=null,!0):!!Q(this.contents)&&this.contents.deleteIn(e)}get(e,t){return r.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return s.isEmptyPath(e)?!t&&r.isScalar(this.contents)?this.contents.value:this.contents:r.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return!!r.isCollection(this.contents)&&this.contents.has(e)}hasIn(e){return s.isEmptyPath(e)?void 0!==this.contents:!!r.isCollection(this.contents)&&this.contents.hasIn(e)}set(e,t){null==this.contents?this.contents=s.collectionFromPath(this.schema,[e],t):Q(this.contents)&&this.contents.set(e,t)}setIn(e,t){s.isEmptyPath(e)?this.contents=t:null==this.contents?this.contents=s.collectionFromPath(this.schema,Array.from(e),t):Q(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){let A
switch("number"==typeof e&&(e=String(e)),e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new u.Directives({version:"1.1"}),A={resolveKnownTags:!1,schema:"yaml-1.1"}
break
case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new u.Directives({version:e}),A={resolveKnownTags:!0,schema:"core"}
break
case null:this.directives&&delete this.directives,A=null
break
default:{const t=JSON.stringify(e)
throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema
else{if(!A)throw new Error("With a null YAML version, the { schema: Schema } option is required")
this.schema=new a.Schema(Object.assign(A,t))}}toJS({json:e,jsonArg:t,mapAsMap:A,maxAliasCount:n,onAnchor:s,reviver:r}={}){const o={anchors:new Map,doc:this,keep:!e,mapAsMap:!0===A,mapKeyWarned:!1,maxAliasCount:"number"==typeof n?n:100},a=i.toJS(this.contents,t??"",o)
if("function"==typeof s)for(const{count:e,res:t}of o.anchors.values())s(t,e)
return"function"==typeof r?g.applyReviver(r,{"":a},"",a):a}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified")
if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent)
throw new Error(`"indent" option must be a positive integer, not ${t}`)}return c.stringifyDocument(this,e)}}function Q(e){if(r.isCollection(e))return!0
throw new Error("Expected a YAML collection as document contents")}t.Document=E},1596:(e,t,A)=>{var n=A(1127),s=A(204)
function r(e){const t=new Set
return s.visit(e,{Value(e,A){A.anchor&&t.add(A.anchor)}}),t}function o(e,t){for(let A=1;;++A){const n=`${e}${A}`
if(!t.has(n))return n}}t.anchorIsValid=function(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e)
throw new Error(`Anchor must not contain whitespace or control characters: ${t}`)}return!0},t.anchorNames=r,t.createNodeAnchors=function(e,t){const A=[],s=new Map
let i=null
return{onAnchor:n=>{A.push(n),i??(i=r(e))
const s=o(t,i)
return i.add(s),s},setAnchors:()=>{for(const e of A){const t=s.get(e)
if("object"!=typeof t||!t.anchor||!n.isScalar(t.node)&&!n.isCollection(t.node)){const t=new Error("Failed to resolve repeated object (this should not happen)")
throw t.source=e,t}t.node.anchor=t.anchor}},sourceObjects:s}},t.findNewAnchor=o},3661:(e,t)=>{t.applyReviver=function e(t,A,n,s){if(s&&"object"==typeof s)if(Array.isArray(s))for(let A=0,n=s.length;A<n;++A){const n=s[A],r=e(t,s,String(A),n)
void 0===r?delete s[A]:r!==n&&(s[A]=r)}else if(s instanceof Map)for(const A of Array.from(s.keys())){const n=s.get(A),r=e(t,s,A,n)
void 0===r?s.delete(A):r!==n&&s.set(A,r)}else if(s instanceof Set)for(const A of Array.from(s)){const n=e(t,s,A,A)
void 0===n?s.delete(A):n!==A&&(s.delete(A),s.add(n))}else for(const[A,n]of Object.entries(s)){const r=e(t,s,A,n)
void 0===r?delete s[A]:r!==n&&(s[A]=r)}return t.call(A,n,s)}},2404:(e,t,A)=>{var n=A(4065),s=A(1127),r=A(3301)
t.createNode=function(e,t,A){if(s.isDocument(e)&&(e=e.contents),s.isNode(e))return e
if(s.isPair(e)){const t=A.schema[s.MAP].createNode?.(A.schema,null,A)
return t.items.push(e),t}(e instanceof String||e instanceof Number||e instanceof Boolean||"undefined"!=typeof BigInt&&e instanceof BigInt)&&(e=e.valueOf())
const{aliasDuplicateObjects:o,onAnchor:i,onTagObj:a,schema:c,sourceObjects:l}=A
let g
if(o&&e&&"object"==typeof e){if(g=l.get(e),g)return g.anchor??(g.anchor=i(e)),new n.Alias(g.anchor)
g={anchor:null,node:null},l.set(e,g)}t?.startsWith("!!")&&(t="tag:yaml.org,2002:"+t.slice(2))
let h=function(e,t,A){if(t){const e=A.filter(e=>e.tag===t),n=e.find(e=>!e.format)??e[0]
if(!n)throw new Error(`Tag ${t} not found`)
return n}return A.find(t=>t.identify?.(e)&&!t.format)}(e,t,c.tags)
if(!h){if(e&&"function"==typeof e.toJSON&&(e=e.toJSON()),!e||"object"!=typeof e){const t=new r.Scalar(e)
return g&&(g.node=t),t}h=e instanceof Map?c[s.MAP]:Symbol.iterator in Object(e)?c[s.SEQ]:c[s.MAP]}a&&(a(h),delete A.onTagObj)
const u=h?.createNode?h.createNode(A.schema,e,A):"function"==typeof h?.nodeClass?.from?h.nodeClass.from(A.schema,e,A):new r.Scalar(e)
return t?u.tag=t:h.default||(u.tag=h.tag),g&&(g.node=u),u}},1342:(e,t,A)=>{var n=A(1127),s=A(204)
const r={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},o=e=>e.replace(/[!,[\]{}]/g,e=>r[e])
class i{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},i.defaultYaml,e),this.tags=Object.assign({},i.defaultTags,t)}clone(){const e=new i(this.yaml,this.tags)
return e.docStart=this.docStart,e}atDocument(){const e=new i(this.yaml,this.tags)
switch(this.yaml.version){case"1.1":this.atNextDocument=!0
break
case"1.2":this.atNextDocument=!1,this.yaml={explicit:i.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},i.defaultTags)}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:i.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},i.defaultTags),this.atNextDocument=!1)
const A=e.trim().split(/[ \t]+/),n=A.shift()
switch(n){case"%TAG":{if(2!==A.length&&(t(0,"%TAG directive should contain exactly two parts"),A.length<2))return!1
const[e,n]=A
return this.tags[e]=n,!0}case"%YAML":{if(this.yaml.explicit=!0,1!==A.length)return t(0,"%YAML directive should contain exactly one part"),!1
const[e]=A
if("1.1"===e||"1.2"===e)return this.yaml.version=e,!0
return t(6,`Unsupported YAML version ${e}`,/^\d+\.\d+$/.test(e)),!1}default:return t(0,`Unknown directive ${n}`,!0),!1}}tagName(e,t){if("!"===e)return"!"
if("!"!==e[0])return t(`Not a valid tag: ${e}`),null
if("<"===e[1]){const A=e.slice(2,-1)
return"!"===A||"!!"===A?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(">"!==e[e.length-1]&&t("Verbatim tags must end with a >"),A)}const[,A,n]=e.match(/^(.*!)([^!]*)$/s)
n||t(`The ${e} tag has no suffix`)
const s=this.tags[A]
if(s)try{return s+decodeURIComponent(n)}catch(e){return t(String(e)),null}return"!"===A?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(const[t,A]of Object.entries(this.tags))if(e.startsWith(A))return t+o(e.substring(A.length))
return"!"===e[0]?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],A=Object.entries(this.tags)
let r
if(e&&A.length>0&&n.isNode(e.contents)){const t={}
s.visit(e.contents,(e,A)=>{n.isNode(A)&&A.tag&&(t[A.tag]=!0)}),r=Object.keys(t)}else r=[]
for(const[n,s]of A)"!!"===n&&"tag:yaml.org,2002:"===s||e&&!r.some(e=>e.startsWith(s))||t.push(`%TAG ${n} ${s}`)
return t.join("\n")}}i.defaultYaml={explicit:!1,version:"1.2"},i.defaultTags={"!!":"tag:yaml.org,2002:"},t.Directives=i},1464:(e,t)=>{class A extends Error{constructor(e,t,A,n){super(),this.name=e,this.code=A,this.message=n,this.pos=t}}t.YAMLError=A,t.YAMLParseError=class extends A{constructor(e,t,A){super("YAMLParseError",e,t,A)}},t.YAMLWarning=class extends A{constructor(e,t,A){super("YAMLWarning",e,t,A)}},t.prettifyError=(e,t)=>A=>{if(-1===A.pos[0])return
A.linePos=A.pos.map(e=>t.linePos(e))
const{line:n,col:s}=A.linePos[0]
A.message+=` at line ${n}, column ${s}`
let r=s-1,o=e.substring(t.lineStarts[n-1],t.lineStarts[n]).replace(/[\n\r]+$/,"")
if(r>=60&&o.length>80){const e=Math.min(r-39,o.length-79)
o="\u2026"+o.substring(e),r-=e-1}if(o.length>80&&(o=o.substring(0,79)+"\u2026"),n>1&&/^ *$/.test(o.substring(0,r))){let A=e.substring(t.lineStarts[n-2],t.lineStarts[n-1])
A.length>80&&(A=A.substring(0,79)+"\u2026\n"),o=A+o}if(/[^ ]/.test(o)){let e=1
const t=A.linePos[1]
t?.line===n&&t.col>s&&(e=Math.max(1,Math.min(t.col-s,80-r)))
const i=" ".repeat(r)+"^".repeat(e)
A.message+=`:\n\n${o}\n${i}\n`}}},8815:(e,t,A)=>{var n=A(9984),s=A(3021),r=A(5840),o=A(1464),i=A(4065),a=A(1127),c=A(7165),l=A(3301),g=A(4454),h=A(2223),u=A(3461),E=A(361),Q=A(6628),B=A(3456),C=A(4047),I=A(204)
n.Composer,s.Document,r.Schema,o.YAMLError,o.YAMLParseError,o.YAMLWarning,i.Alias,a.isAlias,t.P3=a.isCollection,a.isDocument,a.isMap,a.isNode,a.isPair,a.isScalar,a.isSeq,c.Pair,l.Scalar,g.YAMLMap,h.YAMLSeq,E.Lexer,t.HN=Q.LineCounter,B.Parser,C.parse,C.parseAllDocuments,t.Tp=C.parseDocument,C.stringify,I.visit,I.visitAsync},7249:(e,t,A)=>{var n=A(932)
t.debug=function(e,...t){"debug"===e&&console.log(...t)},t.warn=function(e,t){"debug"!==e&&"warn"!==e||("function"==typeof n.emitWarning?n.emitWarning(t):console.warn(t))}},4065:(e,t,A)=>{var n=A(1596),s=A(204),r=A(1127),o=A(6673),i=A(6424)
class a extends o.NodeBase{constructor(e){super(r.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(0===t?.maxAliasCount)throw new ReferenceError("Alias resolution is disabled")
let A,n
t?.aliasResolveCache?A=t.aliasResolveCache:(A=[],s.visit(e,{Node:(e,t)=>{(r.isAlias(t)||r.hasAnchor(t))&&A.push(t)}}),t&&(t.aliasResolveCache=A))
for(const e of A){if(e===this)break
e.anchor===this.source&&(n=e)}if(n&&t){const{anchors:e,doc:A,maxAliasCount:s}=t
let r=e.get(n)
if(r||(i.toJS(n,null,t),r=e.get(n)),void 0===r?.res){throw new ReferenceError("This should not happen: Alias anchor was not resolved?")}if(s>=0&&(r.count+=1,0===r.aliasCount&&(r.aliasCount=c(A,n,e)),r.count*r.aliasCount>s)){throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack")}}return n}toJSON(e,t){if(!t)return{source:this.source}
const A=this.resolve(t.doc,t)
if(!A){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`
throw new ReferenceError(e)}return t.anchors.get(A).res}toString(e,t,A){const s=`*${this.source}`
if(e){if(n.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`
throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function c(e,t,A){if(r.isAlias(t)){const n=t.resolve(e),s=A&&n&&A.get(n)
return s?s.count*s.aliasCount:0}if(r.isCollection(t)){let n=0
for(const s of t.items){const t=c(e,s,A)
t>n&&(n=t)}return n}if(r.isPair(t)){const n=c(e,t.key,A),s=c(e,t.value,A)
return Math.max(n,s)}return 1}t.Alias=a},101:(e,t,A)=>{var n=A(2404),s=A(1127),r=A(6673)
function o(e,t,A){let s=A
for(let e=t.length-1;e>=0;--e){const A=t[e]
if("number"==typeof A&&Number.isInteger(A)&&A>=0){const e=[]
e[A]=s,s=e}else s=new Map([[A,s]])}return n.createNode(s,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const i=e=>null==e||"object"==typeof e&&!!e[Symbol.iterator]().next().done
class a extends r.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this))
return e&&(t.schema=e),t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(i(e))this.add(t)
else{const[A,...n]=e,r=this.get(A,!0)
if(s.isCollection(r))r.addIn(n,t)
else{if(void 0!==r||!this.schema)throw new Error(`Expected YAML collection at ${A}. Remaining path: ${n}`)
this.set(A,o(this.schema,n,t))}}}deleteIn(e){const[t,...A]=e
if(0===A.length)return this.delete(t)
const n=this.get(t,!0)
if(s.isCollection(n))return n.deleteIn(A)
throw new Error(`Expected YAML collection at ${t}. Remaining path: ${A}`)}getIn(e,t){const[A,...n]=e,r=this.get(A,!0)
return 0===n.length?!t&&s.isScalar(r)?r.value:r:s.isCollection(r)?r.getIn(n,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return!1
const A=t.value
return null==A||e&&s.isScalar(A)&&null==A.value&&!A.commentBefore&&!A.comment&&!A.tag})}hasIn(e){const[t,...A]=e
if(0===A.length)return this.has(t)
const n=this.get(t,!0)
return!!s.isCollection(n)&&n.hasIn(A)}setIn(e,t){const[A,...n]=e
if(0===n.length)this.set(A,t)
else{const e=this.get(A,!0)
if(s.isCollection(e))e.setIn(n,t)
else{if(void 0!==e||!this.schema)throw new Error(`Expected YAML collection at ${A}. Remaining path: ${n}`)
this.set(A,o(this.schema,n,t))}}}}t.Collection=a,t.collectionFromPath=o,t.isEmptyPath=i},6673:(e,t,A)=>{var n=A(3661),s=A(1127),r=A(6424)
t.NodeBase=class{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this))
return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:A,onAnchor:o,reviver:i}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required")
const a={anchors:new Map,doc:e,keep:!0,mapAsMap:!0===t,mapKeyWarned:!1,maxAliasCount:"number"==typeof A?A:100},c=r.toJS(this,"",a)
if("function"==typeof o)for(const{count:e,res:t}of a.anchors.values())o(t,e)
return"function"==typeof i?n.applyReviver(i,{"":c},"",c):c}}},7165:(e,t,A)=>{var n=A(2404),s=A(9748),r=A(7104),o=A(1127)
class i{constructor(e,t=null){Object.defineProperty(this,o.NODE_TYPE,{value:o.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:A}=this
return o.isNode(t)&&(t=t.clone(e)),o.isNode(A)&&(A=A.clone(e)),new i(t,A)}toJSON(e,t){const A=t?.mapAsMap?new Map:{}
return r.addPairToJSMap(t,A,this)}toString(e,t,A){return e?.doc?s.stringifyPair(this,e,t,A):JSON.stringify(this)}}t.Pair=i,t.createPair=function(e,t,A){const s=n.createNode(e,void 0,A),r=n.createNode(t,void 0,A)
return new i(s,r)}},3301:(e,t,A)=>{var n=A(1127),s=A(6673),r=A(6424)
class o extends s.NodeBase{constructor(e){super(n.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:r.toJS(this.value,e,t)}toString(){return String(this.value)}}o.BLOCK_FOLDED="BLOCK_FOLDED",o.BLOCK_LITERAL="BLOCK_LITERAL",o.PLAIN="PLAIN",o.QUOTE_DOUBLE="QUOTE_DOUBLE",o.QUOTE_SINGLE="QUOTE_SINGLE",t.Scalar=o,t.isScalarValue=e=>!e||"function"!=typeof e&&"object"!=typeof e},4454:(e,t,A)=>{var n=A(1212),s=A(7104),r=A(101),o=A(1127),i=A(7165),a=A(3301)
function c(e,t){const A=o.isScalar(t)?t.value:t
for(const n of e)if(o.isPair(n)){if(n.key===t||n.key===A)return n
if(o.isScalar(n.key)&&n.key.value===A)return n}}class l extends r.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(o.MAP,e),this.items=[]}static from(e,t,A){const{keepUndefined:n,replacer:s}=A,r=new this(e),o=(e,o)=>{if("function"==typeof s)o=s.call(t,e,o)
else if(Array.isArray(s)&&!s.includes(e))return;(void 0!==o||n)&&r.items.push(i.createPair(e,o,A))}
if(t instanceof Map)for(const[e,A]of t)o(e,A)
else if(t&&"object"==typeof t)for(const e of Object.keys(t))o(e,t[e])
return"function"==typeof e.sortMapEntries&&r.items.sort(e.sortMapEntries),r}add(e,t){let A
A=o.isPair(e)?e:e&&"object"==typeof e&&"key"in e?new i.Pair(e.key,e.value):new i.Pair(e,e?.value)
const n=c(this.items,A.key),s=this.schema?.sortMapEntries
if(n){if(!t)throw new Error(`Key ${A.key} already set`)
o.isScalar(n.value)&&a.isScalarValue(A.value)?n.value.value=A.value:n.value=A.value}else if(s){const e=this.items.findIndex(e=>s(A,e)<0);-1===e?this.items.push(A):this.items.splice(e,0,A)}else this.items.push(A)}delete(e){const t=c(this.items,e)
if(!t)return!1
return this.items.splice(this.items.indexOf(t),1).length>0}get(e,t){const A=c(this.items,e),n=A?.value
return(!t&&o.isScalar(n)?n.value:n)??void 0}has(e){return!!c(this.items,e)}set(e,t){this.add(new i.Pair(e,t),!0)}toJSON(e,t,A){const n=A?new A:t?.mapAsMap?new Map:{}
t?.onCreate&&t.onCreate(n)
for(const e of this.items)s.addPairToJSMap(t,n,e)
return n}toString(e,t,A){if(!e)return JSON.stringify(this)
for(const e of this.items)if(!o.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)
return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),n.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:A,onComment:t})}}t.YAMLMap=l,t.findPair=c},2223:(e,t,A)=>{var n=A(2404),s=A(1212),r=A(101),o=A(1127),i=A(3301),a=A(6424)
class c extends r.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(o.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){const t=l(e)
if("number"!=typeof t)return!1
return this.items.splice(t,1).length>0}get(e,t){const A=l(e)
if("number"!=typeof A)return
const n=this.items[A]
return!t&&o.isScalar(n)?n.value:n}has(e){const t=l(e)
return"number"==typeof t&&t<this.items.length}set(e,t){const A=l(e)
if("number"!=typeof A)throw new Error(`Expected a valid index, not ${e}.`)
const n=this.items[A]
o.isScalar(n)&&i.isScalarValue(t)?n.value=t:this.items[A]=t}toJSON(e,t){const A=[]
t?.onCreate&&t.onCreate(A)
let n=0
for(const e of this.items)A.push(a.toJS(e,String(n++),t))
return A}toString(e,t,A){return e?s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:A,onComment:t}):JSON.stringify(this)}static from(e,t,A){const{replacer:s}=A,r=new this(e)
if(t&&Symbol.iterator in Object(t)){let e=0
for(let o of t){if("function"==typeof s){const A=t instanceof Set?o:String(e++)
o=s.call(t,A,o)}r.items.push(n.createNode(o,void 0,A))}}return r}}function l(e){let t=o.isScalar(e)?e.value:e
return t&&"string"==typeof t&&(t=Number(t)),"number"==typeof t&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=c},7104:(e,t,A)=>{var n=A(7249),s=A(452),r=A(2148),o=A(1127),i=A(6424)
t.addPairToJSMap=function(e,t,{key:A,value:a}){if(o.isNode(A)&&A.addToJSMap)A.addToJSMap(e,t,a)
else if(s.isMergeKey(e,A))s.addMergeToJSMap(e,t,a)
else{const s=i.toJS(A,"",e)
if(t instanceof Map)t.set(s,i.toJS(a,s,e))
else if(t instanceof Set)t.add(s)
else{const c=function(e,t,A){if(null===t)return""
if("object"!=typeof t)return String(t)
if(o.isNode(e)&&A?.doc){const t=r.createStringifyContext(A.doc,{})
t.anchors=new Set
for(const e of A.anchors.keys())t.anchors.add(e.anchor)
t.inFlow=!0,t.inStringifyKey=!0
const s=e.toString(t)
if(!A.mapKeyWarned){let e=JSON.stringify(s)
e.length>40&&(e=e.substring(0,36)+'..."'),n.warn(A.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`),A.mapKeyWarned=!0}return s}return JSON.stringify(t)}(A,s,e),l=i.toJS(a,c,e)
c in t?Object.defineProperty(t,c,{value:l,writable:!0,enumerable:!0,configurable:!0}):t[c]=l}}return t}},1127:(e,t)=>{const A=Symbol.for("yaml.alias"),n=Symbol.for("yaml.document"),s=Symbol.for("yaml.map"),r=Symbol.for("yaml.pair"),o=Symbol.for("yaml.scalar"),i=Symbol.for("yaml.seq"),a=Symbol.for("yaml.node.type"),c=e=>!!e&&"object"==typeof e&&e[a]===o
function l(e){if(e&&"object"==typeof e)switch(e[a]){case s:case i:return!0}return!1}t.ALIAS=A,t.DOC=n,t.MAP=s,t.NODE_TYPE=a,t.PAIR=r,t.SCALAR=o,t.SEQ=i,t.hasAnchor=e=>(c(e)||l(e))&&!!e.anchor,t.isAlias=e=>!!e&&"object"==typeof e&&e[a]===A,t.isCollection=l,t.isDocument=e=>!!e&&"object"==typeof e&&e[a]===n,t.isMap=e=>!!e&&"object"==typeof e&&e[a]===s,t.isNode=function(e){if(e&&"object"==typeof e)switch(e[a]){case A:case s:case o:case i:return!0}return!1},t.isPair=e=>!!e&&"object"==typeof e&&e[a]===r,t.isScalar=c,t.isSeq=e=>!!e&&"object"==typeof e&&e[a]===i},6424:(e,t,A)=>{var n=A(1127)
t.toJS=function e(t,A,s){if(Array.isArray(t))return t.map((t,A)=>e(t,String(A),s))
if(t&&"function"==typeof t.toJSON){if(!s||!n.hasAnchor(t))return t.toJSON(A,s)
const e={aliasCount:0,count:1,res:void 0}
s.anchors.set(t,e),s.onCreate=t=>{e.res=t,delete s.onCreate}
const r=t.toJSON(A,s)
return s.onCreate&&s.onCreate(r),r}return"bigint"!=typeof t||s?.keep?t:Number(t)}},110:(e,t,A)=>{var n=A(8913),s=A(6842),r=A(1464),o=A(3069)
function i(e,t){if(t)for(const A of t)switch(A.type){case"space":case"comment":e.push(A)
break
case"newline":return e.push(A),!0}return!1}function a(e,t,A){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=A,e.source=t
break
case"block-scalar":{const n=e.props.slice(1)
let s=t.length
"block-scalar-header"===e.props[0].type&&(s-=e.props[0].source.length)
for(const e of n)e.offset+=s
delete e.props,Object.assign(e,{type:A,source:t,end:n})
break}case"block-map":case"block-seq":{const n={type:"newline",offset:e.offset+t.length,indent:e.indent,source:"\n"}
delete e.items,Object.assign(e,{type:A,source:t,end:[n]})
break}default:{const n="indent"in e?e.indent:-1,s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>"space"===e.type||"comment"===e.type||"newline"===e.type):[]
for(const t of Object.keys(e))"type"!==t&&"offset"!==t&&delete e[t]
Object.assign(e,{type:A,indent:n,source:t,end:s})}}}t.createScalarToken=function(e,t){const{implicitKey:A=!1,indent:n,inFlow:s=!1,offset:r=-1,type:a="PLAIN"}=t,c=o.stringifyString({type:a,value:e},{implicitKey:A,indent:n>0?" ".repeat(n):"",inFlow:s,options:{blockQuote:!0,lineWidth:-1}}),l=t.end??[{type:"newline",offset:-1,indent:n,source:"\n"}]
switch(c[0]){case"|":case">":{const e=c.indexOf("\n"),t=c.substring(0,e),A=c.substring(e+1)+"\n",s=[{type:"block-scalar-header",offset:r,indent:n,source:t}]
return i(s,l)||s.push({type:"newline",offset:-1,indent:n,source:"\n"}),{type:"block-scalar",offset:r,indent:n,props:s,source:A}}case'"':return{type:"double-quoted-scalar",offset:r,indent:n,source:c,end:l}
case"'":return{type:"single-quoted-scalar",offset:r,indent:n,source:c,end:l}
default:return{type:"scalar",offset:r,indent:n,source:c,end:l}}},t.resolveAsScalar=function(e,t=!0,A){if(e){const o=(e,t,n)=>{const s="number"==typeof e?e:Array.isArray(e)?e[0]:e.offset
if(!A)throw new r.YAMLParseError([s,s+1],t,n)
A(s,t,n)}
switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,o)
case"block-scalar":return n.resolveBlockScalar({options:{strict:t}},e,o)}}return null},t.setScalarValue=function(e,t,A={}){let{afterKey:n=!1,implicitKey:s=!1,inFlow:r=!1,type:c}=A,l="indent"in e?e.indent:null
if(n&&"number"==typeof l&&(l+=2),!c)switch(e.type){case"single-quoted-scalar":c="QUOTE_SINGLE"
break
case"double-quoted-scalar":c="QUOTE_DOUBLE"
break
case"block-scalar":{const t=e.props[0]
if("block-scalar-header"!==t.type)throw new Error("Invalid block scalar header")
c=">"===t.source[0]?"BLOCK_FOLDED":"BLOCK_LITERAL"
break}default:c="PLAIN"}const g=o.stringifyString({type:c,value:t},{implicitKey:s||null===l,indent:null!==l&&l>0?" ".repeat(l):"",inFlow:r,options:{blockQuote:!0,lineWidth:-1}})
switch(g[0]){case"|":case">":!function(e,t){const A=t.indexOf("\n"),n=t.substring(0,A),s=t.substring(A+1)+"\n"
if("block-scalar"===e.type){const t=e.props[0]
if("block-scalar-header"!==t.type)throw new Error("Invalid block scalar header")
t.source=n,e.source=s}else{const{offset:t}=e,A="indent"in e?e.indent:-1,r=[{type:"block-scalar-header",offset:t,indent:A,source:n}]
i(r,"end"in e?e.end:void 0)||r.push({type:"newline",offset:-1,indent:A,source:"\n"})
for(const t of Object.keys(e))"type"!==t&&"offset"!==t&&delete e[t]
Object.assign(e,{type:"block-scalar",indent:A,props:r,source:s})}}(e,g)
break
case'"':a(e,g,"double-quoted-scalar")
break
case"'":a(e,g,"single-quoted-scalar")
break
default:a(e,g,"scalar")}}},1733:(e,t)=>{function A(e){switch(e.type){case"block-scalar":{let t=""
for(const n of e.props)t+=A(n)
return t+e.source}case"block-map":case"block-seq":{let t=""
for(const A of e.items)t+=n(A)
return t}case"flow-collection":{let t=e.start.source
for(const A of e.items)t+=n(A)
for(const A of e.end)t+=A.source
return t}case"document":{let t=n(e)
if(e.end)for(const A of e.end)t+=A.source
return t}default:{let t=e.source
if("end"in e&&e.end)for(const A of e.end)t+=A.source
return t}}}function n({start:e,key:t,sep:n,value:s}){let r=""
for(const t of e)r+=t.source
if(t&&(r+=A(t)),n)for(const e of n)r+=e.source
return s&&(r+=A(s)),r}t.stringify=e=>"type"in e?A(e):n(e)},7715:(e,t)=>{const A=Symbol("break visit"),n=Symbol("skip children"),s=Symbol("remove item")
function r(e,t){"type"in e&&"document"===e.type&&(e={start:e.start,value:e.value}),o(Object.freeze([]),e,t)}function o(e,t,n){let r=n(t,e)
if("symbol"==typeof r)return r
for(const i of["key","value"]){const a=t[i]
if(a&&"items"in a){for(let t=0;t<a.items.length;++t){const r=o(Object.freeze(e.concat([[i,t]])),a.items[t],n)
if("number"==typeof r)t=r-1
else{if(r===A)return A
r===s&&(a.items.splice(t,1),t-=1)}}"function"==typeof r&&"key"===i&&(r=r(t,e))}}return"function"==typeof r?r(t,e):r}r.BREAK=A,r.SKIP=n,r.REMOVE=s,r.itemAtPath=(e,t)=>{let A=e
for(const[e,n]of t){const t=A?.[e]
if(!t||!("items"in t))return
A=t.items[n]}return A},r.parentCollection=(e,t)=>{const A=r.itemAtPath(e,t.slice(0,-1)),n=t[t.length-1][0],s=A?.[n]
if(s&&"items"in s)return s
throw new Error("Parent collection not found")},t.visit=r},3461:(e,t,A)=>{var n=A(110),s=A(1733),r=A(7715)
t.createScalarToken=n.createScalarToken,t.resolveAsScalar=n.resolveAsScalar,t.setScalarValue=n.setScalarValue,t.stringify=s.stringify,t.visit=r.visit,t.BOM="\ufeff",t.DOCUMENT="\x02",t.FLOW_END="\x18",t.SCALAR="\x1f",t.isCollection=e=>!!e&&"items"in e,t.isScalar=e=>!!e&&("scalar"===e.type||"single-quoted-scalar"===e.type||"double-quoted-scalar"===e.type||"block-scalar"===e.type),t.prettyToken=function(e){switch(e){case"\ufeff":return"<BOM>"
case"\x02":return"<DOC>"
case"\x18":return"<FLOW_END>"
case"\x1f":return"<SCALAR>"
default:return JSON.stringify(e)}},t.tokenType=function(e){switch(e){case"\ufeff":return"byte-order-mark"
case"\x02":return"doc-mode"
case"\x18":return"flow-error-end"
case"\x1f":return"scalar"
case"---":return"doc-start"
case"...":return"doc-end"
case"":case"\n":case"\r\n":return"newline"
case"-":return"seq-item-ind"
case"?":return"explicit-key-ind"
case":":return"map-value-ind"
case"{":return"flow-map-start"
case"}":return"flow-map-end"
case"[":return"flow-seq-start"
case"]":return"flow-seq-end"
case",":return"comma"}switch(e[0]){case" ":case"\t":return"space"
case"#":return"comment"
case"%":return"directive-line"
case"*":return"alias"
case"&":return"anchor"
case"!":return"tag"
case"'":return"single-quoted-scalar"
case'"':return"double-quoted-scalar"
case"|":case">":return"block-scalar-header"}return null}},361:(e,t,A)=>{var n=A(3461)
function s(e){switch(e){case void 0:case" ":case"\n":case"\r":case"\t":return!0
default:return!1}}const r=new Set("0123456789ABCDEFabcdef"),o=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),i=new Set(",[]{}"),a=new Set(" ,[]{}\n\r\t"),c=e=>!e||a.has(e)
t.Lexer=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if("string"!=typeof e)throw TypeError("source is not a string")
this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t
let A=this.next??"stream"
for(;A&&(t||this.hasChars(1));)A=yield*this.parseNext(A)}atLineEnd(){let e=this.pos,t=this.buffer[e]
for(;" "===t||"\t"===t;)t=this.buffer[++e]
return!t||"#"===t||"\n"===t||"\r"===t&&"\n"===this.buffer[e+1]}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e]
if(this.indentNext>0){let A=0
for(;" "===t;)t=this.buffer[++A+e]
if("\r"===t){const t=this.buffer[A+e+1]
if("\n"===t||!t&&!this.atEnd)return e+A+1}return"\n"===t||A>=this.indentNext||!t&&!this.atEnd?e+A:-1}if("-"===t||"."===t){const t=this.buffer.substr(e,3)
if(("---"===t||"..."===t)&&s(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos
return("number"!=typeof e||-1!==e&&e<this.pos)&&(e=this.buffer.indexOf("\n",this.pos),this.lineEndPos=e),-1===e?this.atEnd?this.buffer.substring(this.pos):null:("\r"===this.buffer[e-1]&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream()
case"line-start":return yield*this.parseLineStart()
case"block-start":return yield*this.parseBlockStart()
case"doc":return yield*this.parseDocument()
case"flow":return yield*this.parseFlowCollection()
case"quoted-scalar":return yield*this.parseQuotedScalar()
case"block-scalar":return yield*this.parseBlockScalar()
case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine()
if(null===e)return this.setNext("stream")
if(e[0]===n.BOM&&(yield*this.pushCount(1),e=e.substring(1)),"%"===e[0]){let t=e.length,A=e.indexOf("#")
for(;-1!==A;){const n=e[A-1]
if(" "===n||"\t"===n){t=A-1
break}A=e.indexOf("#",A+1)}for(;;){const A=e[t-1]
if(" "!==A&&"\t"!==A)break
t-=1}const n=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0))
return yield*this.pushCount(e.length-n),this.pushNewline(),"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(!0)
return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield n.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0)
if(!e&&!this.atEnd)return this.setNext("line-start")
if("-"===e||"."===e){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start")
const e=this.peek(3)
if(("---"===e||"..."===e)&&s(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,"---"===e?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!s(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2)
if(!t&&!this.atEnd)return this.setNext("block-start")
if(("-"===e||"?"===e||":"===e)&&s(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0))
return this.indentNext=this.indentValue+1,this.indentValue+=e,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0)
const e=this.getLine()
if(null===e)return this.setNext("doc")
let t=yield*this.pushIndicators()
switch(e[t]){case"#":yield*this.pushCount(e.length-t)
case void 0:return yield*this.pushNewline(),yield*this.parseLineStart()
case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow"
case"}":case"]":return yield*this.pushCount(1),"doc"
case"*":return yield*this.pushUntil(c),"doc"
case'"':case"'":return yield*this.parseQuotedScalar()
case"|":case">":return t+=(yield*this.parseBlockScalarHeader()),t+=(yield*this.pushSpaces(!0)),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar()
default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,A=-1
do{e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=A=t):t=0,t+=(yield*this.pushSpaces(!0))}while(e+t>0)
const r=this.getLine()
if(null===r)return this.setNext("flow")
if(-1!==A&&A<this.indentNext&&"#"!==r[0]||0===A&&(r.startsWith("---")||r.startsWith("..."))&&s(r[3])){if(!(A===this.indentNext-1&&1===this.flowLevel&&("]"===r[0]||"}"===r[0])))return this.flowLevel=0,yield n.FLOW_END,yield*this.parseLineStart()}let o=0
for(;","===r[o];)o+=(yield*this.pushCount(1)),o+=(yield*this.pushSpaces(!0)),this.flowKey=!1
switch(o+=(yield*this.pushIndicators()),r[o]){case void 0:return"flow"
case"#":return yield*this.pushCount(r.length-o),"flow"
case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow"
case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc"
case"*":return yield*this.pushUntil(c),"flow"
case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar()
case":":{const e=this.charAt(1)
if(this.flowKey||s(e)||","===e)return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0)
let t=this.buffer.indexOf(e,this.pos+1)
if("'"===e)for(;-1!==t&&"'"===this.buffer[t+1];)t=this.buffer.indexOf("'",t+2)
else for(;-1!==t;){let e=0
for(;"\\"===this.buffer[t-1-e];)e+=1
if(e%2==0)break
t=this.buffer.indexOf('"',t+1)}const A=this.buffer.substring(0,t)
let n=A.indexOf("\n",this.pos)
if(-1!==n){for(;-1!==n;){const e=this.continueScalar(n+1)
if(-1===e)break
n=A.indexOf("\n",e)}-1!==n&&(t=n-("\r"===A[n-1]?2:1))}if(-1===t){if(!this.atEnd)return this.setNext("quoted-scalar")
t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1
let e=this.pos
for(;;){const t=this.buffer[++e]
if("+"===t)this.blockScalarKeep=!0
else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1
else if("-"!==t)break}return yield*this.pushUntil(e=>s(e)||"#"===e)}*parseBlockScalar(){let e,t=this.pos-1,A=0
e:for(let n=this.pos;e=this.buffer[n];++n)switch(e){case" ":A+=1
break
case"\n":t=n,A=0
break
case"\r":{const e=this.buffer[n+1]
if(!e&&!this.atEnd)return this.setNext("block-scalar")
if("\n"===e)break}default:break e}if(!e&&!this.atEnd)return this.setNext("block-scalar")
if(A>=this.indentNext){-1===this.blockScalarIndent?this.indentNext=A:this.indentNext=this.blockScalarIndent+(0===this.indentNext?1:this.indentNext)
do{const e=this.continueScalar(t+1)
if(-1===e)break
t=this.buffer.indexOf("\n",e)}while(-1!==t)
if(-1===t){if(!this.atEnd)return this.setNext("block-scalar")
t=this.buffer.length}}let s=t+1
for(e=this.buffer[s];" "===e;)e=this.buffer[++s]
if("\t"===e){for(;"\t"===e||" "===e||"\r"===e||"\n"===e;)e=this.buffer[++s]
t=s-1}else if(!this.blockScalarKeep)for(;;){let e=t-1,n=this.buffer[e]
"\r"===n&&(n=this.buffer[--e])
const s=e
for(;" "===n;)n=this.buffer[--e]
if(!("\n"===n&&e>=this.pos&&e+1+A>s))break
t=e}return yield n.SCALAR,yield*this.pushToIndex(t+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0
let t,A=this.pos-1,r=this.pos-1
for(;t=this.buffer[++r];)if(":"===t){const t=this.buffer[r+1]
if(s(t)||e&&i.has(t))break
A=r}else if(s(t)){let n=this.buffer[r+1]
if("\r"===t&&("\n"===n?(r+=1,t="\n",n=this.buffer[r+1]):A=r),"#"===n||e&&i.has(n))break
if("\n"===t){const e=this.continueScalar(r+1)
if(-1===e)break
r=Math.max(r,e-2)}}else{if(e&&i.has(t))break
A=r}return t||this.atEnd?(yield n.SCALAR,yield*this.pushToIndex(A+1,!0),e?"flow":"doc"):this.setNext("plain-scalar")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){const A=this.buffer.slice(this.pos,e)
return A?(yield A,this.pos+=A.length,A.length):(t&&(yield""),0)}*pushIndicators(){let e=0
e:for(;;){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag()),e+=(yield*this.pushSpaces(!0))
continue e
case"&":e+=(yield*this.pushUntil(c)),e+=(yield*this.pushSpaces(!0))
continue e
case"-":case"?":case":":{const t=this.flowLevel>0,A=this.charAt(1)
if(s(A)||t&&i.has(A)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=(yield*this.pushCount(1)),e+=(yield*this.pushSpaces(!0))
continue e}}}break e}return e}*pushTag(){if("<"===this.charAt(1)){let e=this.pos+2,t=this.buffer[e]
for(;!s(t)&&">"!==t;)t=this.buffer[++e]
return yield*this.pushToIndex(">"===t?e+1:e,!1)}{let e=this.pos+1,t=this.buffer[e]
for(;t;)if(o.has(t))t=this.buffer[++e]
else{if("%"!==t||!r.has(this.buffer[e+1])||!r.has(this.buffer[e+2]))break
t=this.buffer[e+=3]}return yield*this.pushToIndex(e,!1)}}*pushNewline(){const e=this.buffer[this.pos]
return"\n"===e?yield*this.pushCount(1):"\r"===e&&"\n"===this.charAt(1)?yield*this.pushCount(2):0}*pushSpaces(e){let t,A=this.pos-1
do{t=this.buffer[++A]}while(" "===t||e&&"\t"===t)
const n=A-this.pos
return n>0&&(yield this.buffer.substr(this.pos,n),this.pos=A),n}*pushUntil(e){let t=this.pos,A=this.buffer[t]
for(;!e(A);)A=this.buffer[++t]
return yield*this.pushToIndex(t,!1)}}},6628:(e,t)=>{t.LineCounter=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,A=this.lineStarts.length
for(;t<A;){const n=t+A>>1
this.lineStarts[n]<e?t=n+1:A=n}if(this.lineStarts[t]===e)return{line:t+1,col:1}
if(0===t)return{line:0,col:e}
return{line:t,col:e-this.lineStarts[t-1]+1}}}}},3456:(e,t,A)=>{var n=A(932),s=A(3461),r=A(361)
function o(e,t){for(let A=0;A<e.length;++A)if(e[A].type===t)return!0
return!1}function i(e){for(let t=0;t<e.length;++t)switch(e[t].type){case"space":case"comment":case"newline":break
default:return t}return-1}function a(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0
default:return!1}}function c(e){switch(e.type){case"document":return e.start
case"block-map":{const t=e.items[e.items.length-1]
return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start
default:return[]}}function l(e){if(0===e.length)return[]
let t=e.length
e:for(;--t>=0;)switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;"space"===e[++t]?.type;);return e.splice(t,e.length)}function g(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t)
else for(let A=0;A<t.length;++A)e.push(t[A])}function h(e){if("flow-seq-start"===e.start.type)for(const t of e.items)!t.sep||t.value||o(t.start,"explicit-key-ind")||o(t.sep,"map-value-ind")||(t.key&&(t.value=t.key),delete t.key,a(t.value)?t.value.end?g(t.value.end,t.sep):t.value.end=t.sep:g(t.start,t.sep),delete t.sep)}t.Parser=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new r.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&0===this.offset&&this.onNewLine(0)
for(const A of this.lexer.lex(e,t))yield*this.next(A)
t||(yield*this.end())}*next(e){if(this.source=e,n.env.LOG_TOKENS&&console.log("|",s.prettyToken(e)),this.atScalar)return this.atScalar=!1,yield*this.step(),void(this.offset+=e.length)
const t=s.tokenType(e)
if(t)if("scalar"===t)this.atNewLine=!1,this.atScalar=!0,this.type="scalar"
else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length)
break
case"space":this.atNewLine&&" "===e[0]&&(this.indent+=e.length)
break
case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length)
break
case"doc-mode":case"flow-error-end":return
default:this.atNewLine=!1}this.offset+=e.length}else{const t=`Not a YAML token: ${e}`
yield*this.pop({type:"error",offset:this.offset,message:t,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){const e=this.peek(1)
if("doc-end"!==this.type||"doc-end"===e?.type){if(!e)return yield*this.stream()
switch(e.type){case"document":return yield*this.document(e)
case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e)
case"block-scalar":return yield*this.blockScalar(e)
case"block-map":return yield*this.blockMap(e)
case"block-seq":return yield*this.blockSequence(e)
case"flow-collection":return yield*this.flowCollection(e)
case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}else{for(;this.stack.length>0;)yield*this.pop()
this.stack.push({type:"doc-end",offset:this.offset,source:this.source})}}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop()
if(t)if(0===this.stack.length)yield t
else{const e=this.peek(1)
switch("block-scalar"===t.type?t.indent="indent"in e?e.indent:0:"flow-collection"===t.type&&"document"===e.type&&(t.indent=0),"flow-collection"===t.type&&h(t),e.type){case"document":e.value=t
break
case"block-scalar":e.props.push(t)
break
case"block-map":{const A=e.items[e.items.length-1]
if(A.value)return e.items.push({start:[],key:t,sep:[]}),void(this.onKeyLine=!0)
if(!A.sep)return Object.assign(A,{key:t,sep:[]}),void(this.onKeyLine=!A.explicitKey)
A.value=t
break}case"block-seq":{const A=e.items[e.items.length-1]
A.value?e.items.push({start:[],value:t}):A.value=t
break}case"flow-collection":{const A=e.items[e.items.length-1]
return void(!A||A.value?e.items.push({start:[],key:t,sep:[]}):A.sep?A.value=t:Object.assign(A,{key:t,sep:[]}))}default:yield*this.pop(),yield*this.pop(t)}if(!("document"!==e.type&&"block-map"!==e.type&&"block-seq"!==e.type||"block-map"!==t.type&&"block-seq"!==t.type)){const A=t.items[t.items.length-1]
A&&!A.sep&&!A.value&&A.start.length>0&&-1===i(A.start)&&(0===t.indent||A.start.every(e=>"comment"!==e.type||e.indent<t.indent))&&("document"===e.type?e.end=A.start:e.items.push({start:A.start}),t.items.splice(-1,1))}}else{const e="Tried to pop an empty stack"
yield{type:"error",offset:this.offset,source:"",message:e}}}*stream(){switch(this.type){case"directive-line":return void(yield{type:"directive",offset:this.offset,source:this.source})
case"byte-order-mark":case"space":case"comment":case"newline":return void(yield this.sourceToken)
case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]}
return"doc-start"===this.type&&e.start.push(this.sourceToken),void this.stack.push(e)}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e)
switch(this.type){case"doc-start":return void(-1!==i(e.start)?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken))
case"anchor":case"tag":case"space":case"comment":case"newline":return void e.start.push(this.sourceToken)}const t=this.startBlockValue(e)
t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if("map-value-ind"===this.type){const t=l(c(this.peek(2)))
let A
e.end?(A=e.end,A.push(this.sourceToken),delete e.end):A=[this.sourceToken]
const n={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:t,key:e,sep:A}]}
this.onKeyLine=!0,this.stack[this.stack.length-1]=n}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":return void e.props.push(this.sourceToken)
case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let e=this.source.indexOf("\n")+1
for(;0!==e;)this.onNewLine(this.offset+e),e=this.source.indexOf("\n",e)+1}yield*this.pop()
break
default:yield*this.pop(),yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1]
switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){const A="end"in t.value?t.value.end:void 0,n=Array.isArray(A)?A[A.length-1]:void 0
"comment"===n?.type?A?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken)
return
case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]})
else if(t.sep)t.sep.push(this.sourceToken)
else{if(this.atIndentedComment(t.start,e.indent)){const A=e.items[e.items.length-2],n=A?.value?.end
if(Array.isArray(n))return g(n,t.start),n.push(this.sourceToken),void e.items.pop()}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const A=!this.onKeyLine&&this.indent===e.indent,n=A&&(t.sep||t.explicitKey)&&"seq-item-ind"!==this.type
let s=[]
if(n&&t.sep&&!t.value){const A=[]
for(let n=0;n<t.sep.length;++n){const s=t.sep[n]
switch(s.type){case"newline":A.push(n)
break
case"space":break
case"comment":s.indent>e.indent&&(A.length=0)
break
default:A.length=0}}A.length>=2&&(s=t.sep.splice(A[1]))}switch(this.type){case"anchor":case"tag":return void(n||t.value?(s.push(this.sourceToken),e.items.push({start:s}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken))
case"explicit-key-ind":return t.sep||t.explicitKey?n||t.value?(s.push(this.sourceToken),e.items.push({start:s,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}):(t.start.push(this.sourceToken),t.explicitKey=!0),void(this.onKeyLine=!0)
case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]})
else if(o(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})
else if(a(t.key)&&!o(t.sep,"newline")){const e=l(t.start),A=t.key,n=t.sep
n.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:A,sep:n}]})}else s.length>0?t.sep=t.sep.concat(s,this.sourceToken):t.sep.push(this.sourceToken)
else if(o(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]})
else{const e=l(t.start)
this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||n?e.items.push({start:s,key:null,sep:[this.sourceToken]}):o(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]})
return void(this.onKeyLine=!0)
case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const A=this.flowScalar(this.type)
return void(n||t.value?(e.items.push({start:s,key:A,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(A):(Object.assign(t,{key:A,sep:[]}),this.onKeyLine=!0))}default:{const n=this.startBlockValue(e)
if(n){if("block-seq"===n.type){if(!t.explicitKey&&t.sep&&!o(t.sep,"newline"))return void(yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source}))}else A&&e.items.push({start:s})
return void this.stack.push(n)}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1]
switch(this.type){case"newline":if(t.value){const A="end"in t.value?t.value.end:void 0,n=Array.isArray(A)?A[A.length-1]:void 0
"comment"===n?.type?A?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken)
return
case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]})
else{if(this.atIndentedComment(t.start,e.indent)){const A=e.items[e.items.length-2],n=A?.value?.end
if(Array.isArray(n))return g(n,t.start),n.push(this.sourceToken),void e.items.pop()}t.start.push(this.sourceToken)}return
case"anchor":case"tag":if(t.value||this.indent<=e.indent)break
return void t.start.push(this.sourceToken)
case"seq-item-ind":if(this.indent!==e.indent)break
return void(t.value||o(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken))}if(this.indent>e.indent){const t=this.startBlockValue(e)
if(t)return void this.stack.push(t)}yield*this.pop(),yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1]
if("flow-error-end"===this.type){let e
do{yield*this.pop(),e=this.peek(1)}while("flow-collection"===e?.type)}else if(0===e.end.length){switch(this.type){case"comma":case"explicit-key-ind":return void(!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken))
case"map-value-ind":return void(!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]}))
case"space":case"comment":case"newline":case"anchor":case"tag":return void(!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken))
case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const A=this.flowScalar(this.type)
return void(!t||t.value?e.items.push({start:[],key:A,sep:[]}):t.sep?this.stack.push(A):Object.assign(t,{key:A,sep:[]}))}case"flow-map-end":case"flow-seq-end":return void e.end.push(this.sourceToken)}const A=this.startBlockValue(e)
A?this.stack.push(A):(yield*this.pop(),yield*this.step())}else{const t=this.peek(2)
if("block-map"===t.type&&("map-value-ind"===this.type&&t.indent===e.indent||"newline"===this.type&&!t.items[t.items.length-1].sep))yield*this.pop(),yield*this.step()
else if("map-value-ind"===this.type&&"flow-collection"!==t.type){const A=l(c(t))
h(e)
const n=e.end.splice(1,e.end.length)
n.push(this.sourceToken)
const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:A,key:e,sep:n}]}
this.onKeyLine=!0,this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1
for(;0!==e;)this.onNewLine(this.offset+e),e=this.source.indexOf("\n",e)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type)
case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""}
case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]}
case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]}
case"explicit-key-ind":{this.onKeyLine=!0
const t=l(c(e))
return t.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:t,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0
const t=l(c(e))
return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:t,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return"comment"===this.type&&(!(this.indent<=t)&&e.every(e=>"newline"===e.type||"space"===e.type))}*documentEnd(e){"doc-mode"!==this.type&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],"newline"===this.type&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step()
break
case"newline":this.onKeyLine=!1
default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],"newline"===this.type&&(yield*this.pop())}}}},4047:(e,t,A)=>{var n=A(9984),s=A(3021),r=A(1464),o=A(7249),i=A(1127),a=A(6628),c=A(3456)
function l(e){const t=!1!==e.prettyErrors
return{lineCounter:e.lineCounter||t&&new a.LineCounter||null,prettyErrors:t}}function g(e,t={}){const{lineCounter:A,prettyErrors:s}=l(t),o=new c.Parser(A?.addNewLine),i=new n.Composer(t)
let a=null
for(const t of i.compose(o.parse(e),!0,e.length))if(a){if("silent"!==a.options.logLevel){a.errors.push(new r.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"))
break}}else a=t
return s&&A&&(a.errors.forEach(r.prettifyError(e,A)),a.warnings.forEach(r.prettifyError(e,A))),a}t.parse=function(e,t,A){let n
"function"==typeof t?n=t:void 0===A&&t&&"object"==typeof t&&(A=t)
const s=g(e,A)
if(!s)return null
if(s.warnings.forEach(e=>o.warn(s.options.logLevel,e)),s.errors.length>0){if("silent"!==s.options.logLevel)throw s.errors[0]
s.errors=[]}return s.toJS(Object.assign({reviver:n},A))},t.parseAllDocuments=function(e,t={}){const{lineCounter:A,prettyErrors:s}=l(t),o=new c.Parser(A?.addNewLine),i=new n.Composer(t),a=Array.from(i.compose(o.parse(e)))
if(s&&A)for(const t of a)t.errors.forEach(r.prettifyError(e,A)),t.warnings.forEach(r.prettifyError(e,A))
return a.length>0?a:Object.assign([],{empty:!0},i.streamInfo())},t.parseDocument=g,t.stringify=function(e,t,A){let n=null
if("function"==typeof t||Array.isArray(t)?n=t:void 0===A&&t&&(A=t),"string"==typeof A&&(A=A.length),"number"==typeof A){const e=Math.round(A)
A=e<1?void 0:e>8?{indent:8}:{indent:e}}if(void 0===e){const{keepUndefined:e}=A??t??{}
if(!e)return}return i.isDocument(e)&&!n?e.toString(A):new s.Document(e,n,A).toString(A)}},5840:(e,t,A)=>{var n=A(1127),s=A(7451),r=A(1706),o=A(6464),i=A(18)
const a=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0
class c{constructor({compat:e,customTags:t,merge:A,resolveKnownTags:c,schema:l,sortMapEntries:g,toStringDefaults:h}){this.compat=Array.isArray(e)?i.getTags(e,"compat"):e?i.getTags(null,e):null,this.name="string"==typeof l&&l||"core",this.knownTags=c?i.coreKnownTags:{},this.tags=i.getTags(t,this.name,A),this.toStringOptions=h??null,Object.defineProperty(this,n.MAP,{value:s.map}),Object.defineProperty(this,n.SCALAR,{value:o.string}),Object.defineProperty(this,n.SEQ,{value:r.seq}),this.sortMapEntries="function"==typeof g?g:!0===g?a:null}clone(){const e=Object.create(c.prototype,Object.getOwnPropertyDescriptors(this))
return e.tags=this.tags.slice(),e}}t.Schema=c},7451:(e,t,A)=>{var n=A(1127),s=A(4454)
const r={collection:"map",default:!0,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve:(e,t)=>(n.isMap(e)||t("Expected a mapping for this tag"),e),createNode:(e,t,A)=>s.YAMLMap.from(e,t,A)}
t.map=r},3632:(e,t,A)=>{var n=A(3301)
const s={identify:e=>null==e,createNode:()=>new n.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new n.Scalar(null),stringify:({source:e},t)=>"string"==typeof e&&s.test.test(e)?e:t.options.nullStr}
t.nullTag=s},1706:(e,t,A)=>{var n=A(1127),s=A(2223)
const r={collection:"seq",default:!0,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve:(e,t)=>(n.isSeq(e)||t("Expected a sequence for this tag"),e),createNode:(e,t,A)=>s.YAMLSeq.from(e,t,A)}
t.seq=r},6464:(e,t,A)=>{var n=A(3069)
const s={identify:e=>"string"==typeof e,default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:(e,t,A,s)=>(t=Object.assign({actualString:!0},t),n.stringifyString(e,t,A,s))}
t.string=s},3959:(e,t,A)=>{var n=A(3301)
const s={identify:e=>"boolean"==typeof e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new n.Scalar("t"===e[0]||"T"===e[0]),stringify({source:e,value:t},A){if(e&&s.test.test(e)){if(t===("t"===e[0]||"T"===e[0]))return e}return t?A.options.trueStr:A.options.falseStr}}
t.boolTag=s},8405:(e,t,A)=>{var n=A(3301),s=A(8689)
const r={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>"nan"===e.slice(-3).toLowerCase()?NaN:"-"===e[0]?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber},o={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value)
return isFinite(t)?t.toExponential():s.stringifyNumber(e)}},i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new n.Scalar(parseFloat(e)),A=e.indexOf(".")
return-1!==A&&"0"===e[e.length-1]&&(t.minFractionDigits=e.length-A-1),t},stringify:s.stringifyNumber}
t.float=i,t.floatExp=o,t.floatNaN=r},9874:(e,t,A)=>{var n=A(8689)
const s=e=>"bigint"==typeof e||Number.isInteger(e),r=(e,t,A,{intAsBigInt:n})=>n?BigInt(e):parseInt(e.substring(t),A)
function o(e,t,A){const{value:r}=e
return s(r)&&r>=0?A+r.toString(t):n.stringifyNumber(e)}const i={identify:e=>s(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,A)=>r(e,2,8,A),stringify:e=>o(e,8,"0o")},a={identify:s,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,A)=>r(e,0,10,A),stringify:n.stringifyNumber},c={identify:e=>s(e)&&e>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,A)=>r(e,2,16,A),stringify:e=>o(e,16,"0x")}
t.int=a,t.intHex=c,t.intOct=i},896:(e,t,A)=>{var n=A(7451),s=A(3632),r=A(1706),o=A(6464),i=A(3959),a=A(8405),c=A(9874)
const l=[n.map,r.seq,o.string,s.nullTag,i.boolTag,c.intOct,c.int,c.intHex,a.floatNaN,a.floatExp,a.float]
t.schema=l},3559:(e,t,A)=>{var n=A(3301),s=A(7451),r=A(1706)
function o(e){return"bigint"==typeof e||Number.isInteger(e)}const i=({value:e})=>JSON.stringify(e),a=[{identify:e=>"string"==typeof e,default:!0,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:i},{identify:e=>null==e,createNode:()=>new n.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:i},{identify:e=>"boolean"==typeof e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>"true"===e,stringify:i},{identify:o,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:A})=>A?BigInt(e):parseInt(e,10),stringify:({value:e})=>o(e)?e.toString():JSON.stringify(e)},{identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:i}],c={default:!0,tag:"",test:/^/,resolve:(e,t)=>(t(`Unresolved plain scalar ${JSON.stringify(e)}`),e)},l=[s.map,r.seq].concat(a,c)
t.schema=l},18:(e,t,A)=>{var n=A(7451),s=A(3632),r=A(1706),o=A(6464),i=A(3959),a=A(8405),c=A(9874),l=A(896),g=A(3559),h=A(6083),u=A(452),E=A(303),Q=A(8385),B=A(5913),C=A(1528),I=A(4371)
const d=new Map([["core",l.schema],["failsafe",[n.map,r.seq,o.string]],["json",g.schema],["yaml11",B.schema],["yaml-1.1",B.schema]]),f={binary:h.binary,bool:i.boolTag,float:a.float,floatExp:a.floatExp,floatNaN:a.floatNaN,floatTime:I.floatTime,int:c.int,intHex:c.intHex,intOct:c.intOct,intTime:I.intTime,map:n.map,merge:u.merge,null:s.nullTag,omap:E.omap,pairs:Q.pairs,seq:r.seq,set:C.set,timestamp:I.timestamp},p={"tag:yaml.org,2002:binary":h.binary,"tag:yaml.org,2002:merge":u.merge,"tag:yaml.org,2002:omap":E.omap,"tag:yaml.org,2002:pairs":Q.pairs,"tag:yaml.org,2002:set":C.set,"tag:yaml.org,2002:timestamp":I.timestamp}
t.coreKnownTags=p,t.getTags=function(e,t,A){const n=d.get(t)
if(n&&!e)return A&&!n.includes(u.merge)?n.concat(u.merge):n.slice()
let s=n
if(!s){if(!Array.isArray(e)){const e=Array.from(d.keys()).filter(e=>"yaml11"!==e).map(e=>JSON.stringify(e)).join(", ")
throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}s=[]}if(Array.isArray(e))for(const t of e)s=s.concat(t)
else"function"==typeof e&&(s=e(s.slice()))
return A&&(s=s.concat(u.merge)),s.reduce((e,t)=>{const A="string"==typeof t?f[t]:t
if(!A){const e=JSON.stringify(t),A=Object.keys(f).map(e=>JSON.stringify(e)).join(", ")
throw new Error(`Unknown custom tag ${e}; use one of ${A}`)}return e.includes(A)||e.push(A),e},[])}},6083:(e,t,A)=>{var n=A(181),s=A(3301),r=A(3069)
const o={identify:e=>e instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(e,t){if("function"==typeof n.Buffer)return n.Buffer.from(e,"base64")
if("function"==typeof atob){const t=atob(e.replace(/[\n\r]/g,"")),A=new Uint8Array(t.length)
for(let e=0;e<t.length;++e)A[e]=t.charCodeAt(e)
return A}return t("This environment does not support reading binary tags; either Buffer or atob is required"),e},stringify({comment:e,type:t,value:A},o,i,a){if(!A)return""
const c=A
let l
if("function"==typeof n.Buffer)l=c instanceof n.Buffer?c.toString("base64"):n.Buffer.from(c.buffer).toString("base64")
else{if("function"!=typeof btoa)throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")
{let e=""
for(let t=0;t<c.length;++t)e+=String.fromCharCode(c[t])
l=btoa(e)}}if(t??(t=s.Scalar.BLOCK_LITERAL),t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(o.options.lineWidth-o.indent.length,o.options.minContentWidth),A=Math.ceil(l.length/e),n=new Array(A)
for(let t=0,s=0;t<A;++t,s+=e)n[t]=l.substr(s,e)
l=n.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return r.stringifyString({comment:e,type:t,value:l},o,i,a)}}
t.binary=o},8398:(e,t,A)=>{var n=A(3301)
function s({value:e,source:t},A){return t&&(e?r:o).test.test(t)?t:e?A.options.trueStr:A.options.falseStr}const r={identify:e=>!0===e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new n.Scalar(!0),stringify:s},o={identify:e=>!1===e,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new n.Scalar(!1),stringify:s}
t.falseTag=o,t.trueTag=r},5782:(e,t,A)=>{var n=A(3301),s=A(8689)
const r={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>"nan"===e.slice(-3).toLowerCase()?NaN:"-"===e[0]?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber},o={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value)
return isFinite(t)?t.toExponential():s.stringifyNumber(e)}},i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new n.Scalar(parseFloat(e.replace(/_/g,""))),A=e.indexOf(".")
if(-1!==A){const n=e.substring(A+1).replace(/_/g,"")
"0"===n[n.length-1]&&(t.minFractionDigits=n.length)}return t},stringify:s.stringifyNumber}
t.float=i,t.floatExp=o,t.floatNaN=r},873:(e,t,A)=>{var n=A(8689)
const s=e=>"bigint"==typeof e||Number.isInteger(e)
function r(e,t,A,{intAsBigInt:n}){const s=e[0]
if("-"!==s&&"+"!==s||(t+=1),e=e.substring(t).replace(/_/g,""),n){switch(A){case 2:e=`0b${e}`
break
case 8:e=`0o${e}`
break
case 16:e=`0x${e}`}const t=BigInt(e)
return"-"===s?BigInt(-1)*t:t}const r=parseInt(e,A)
return"-"===s?-1*r:r}function o(e,t,A){const{value:r}=e
if(s(r)){const e=r.toString(t)
return r<0?"-"+A+e.substr(1):A+e}return n.stringifyNumber(e)}const i={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,A)=>r(e,2,2,A),stringify:e=>o(e,2,"0b")},a={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,A)=>r(e,1,8,A),stringify:e=>o(e,8,"0")},c={identify:s,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,A)=>r(e,0,10,A),stringify:n.stringifyNumber},l={identify:s,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,A)=>r(e,2,16,A),stringify:e=>o(e,16,"0x")}
t.int=c,t.intBin=i,t.intHex=l,t.intOct=a},452:(e,t,A)=>{var n=A(1127),s=A(3301)
const r="<<",o={identify:e=>e===r||"symbol"==typeof e&&e.description===r,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(r)),{addToJSMap:i}),stringify:()=>r}
function i(e,t,A){const s=c(e,A)
if(n.isSeq(s))for(const A of s.items)a(e,t,A)
else if(Array.isArray(s))for(const A of s)a(e,t,A)
else a(e,t,s)}function a(e,t,A){const s=c(e,A)
if(!n.isMap(s))throw new Error("Merge sources must be maps or map aliases")
const r=s.toJSON(null,e,Map)
for(const[e,A]of r)t instanceof Map?t.has(e)||t.set(e,A):t instanceof Set?t.add(e):Object.prototype.hasOwnProperty.call(t,e)||Object.defineProperty(t,e,{value:A,writable:!0,enumerable:!0,configurable:!0})
return t}function c(e,t){return e&&n.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=i,t.isMergeKey=(e,t)=>(o.identify(t)||n.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&o.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===o.tag&&e.default),t.merge=o},303:(e,t,A)=>{var n=A(1127),s=A(6424),r=A(4454),o=A(2223),i=A(8385)
class a extends o.YAMLSeq{constructor(){super(),this.add=r.YAMLMap.prototype.add.bind(this),this.delete=r.YAMLMap.prototype.delete.bind(this),this.get=r.YAMLMap.prototype.get.bind(this),this.has=r.YAMLMap.prototype.has.bind(this),this.set=r.YAMLMap.prototype.set.bind(this),this.tag=a.tag}toJSON(e,t){if(!t)return super.toJSON(e)
const A=new Map
t?.onCreate&&t.onCreate(A)
for(const e of this.items){let r,o
if(n.isPair(e)?(r=s.toJS(e.key,"",t),o=s.toJS(e.value,r,t)):r=s.toJS(e,"",t),A.has(r))throw new Error("Ordered maps must not include duplicate keys")
A.set(r,o)}return A}static from(e,t,A){const n=i.createPairs(e,t,A),s=new this
return s.items=n.items,s}}a.tag="tag:yaml.org,2002:omap"
const c={collection:"seq",identify:e=>e instanceof Map,nodeClass:a,default:!1,tag:"tag:yaml.org,2002:omap",resolve(e,t){const A=i.resolvePairs(e,t),s=[]
for(const{key:e}of A.items)n.isScalar(e)&&(s.includes(e.value)?t(`Ordered maps must not include duplicate keys: ${e.value}`):s.push(e.value))
return Object.assign(new a,A)},createNode:(e,t,A)=>a.from(e,t,A)}
t.YAMLOMap=a,t.omap=c},8385:(e,t,A)=>{var n=A(1127),s=A(7165),r=A(3301),o=A(2223)
function i(e,t){if(n.isSeq(e))for(let A=0;A<e.items.length;++A){let o=e.items[A]
if(!n.isPair(o)){if(n.isMap(o)){o.items.length>1&&t("Each pair must have its own sequence indicator")
const e=o.items[0]||new s.Pair(new r.Scalar(null))
if(o.commentBefore&&(e.key.commentBefore=e.key.commentBefore?`${o.commentBefore}\n${e.key.commentBefore}`:o.commentBefore),o.comment){const t=e.value??e.key
t.comment=t.comment?`${o.comment}\n${t.comment}`:o.comment}o=e}e.items[A]=n.isPair(o)?o:new s.Pair(o)}}else t("Expected a sequence for this tag")
return e}function a(e,t,A){const{replacer:n}=A,r=new o.YAMLSeq(e)
r.tag="tag:yaml.org,2002:pairs"
let i=0
if(t&&Symbol.iterator in Object(t))for(let e of t){let o,a
if("function"==typeof n&&(e=n.call(t,String(i++),e)),Array.isArray(e)){if(2!==e.length)throw new TypeError(`Expected [key, value] tuple: ${e}`)
o=e[0],a=e[1]}else if(e&&e instanceof Object){const t=Object.keys(e)
if(1!==t.length)throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)
o=t[0],a=e[o]}else o=e
r.items.push(s.createPair(o,a,A))}return r}const c={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:i,createNode:a}
t.createPairs=a,t.pairs=c,t.resolvePairs=i},5913:(e,t,A)=>{var n=A(7451),s=A(3632),r=A(1706),o=A(6464),i=A(6083),a=A(8398),c=A(5782),l=A(873),g=A(452),h=A(303),u=A(8385),E=A(1528),Q=A(4371)
const B=[n.map,r.seq,o.string,s.nullTag,a.trueTag,a.falseTag,l.intBin,l.intOct,l.int,l.intHex,c.floatNaN,c.floatExp,c.float,i.binary,g.merge,h.omap,u.pairs,E.set,Q.intTime,Q.floatTime,Q.timestamp]
t.schema=B},1528:(e,t,A)=>{var n=A(1127),s=A(7165),r=A(4454)
class o extends r.YAMLMap{constructor(e){super(e),this.tag=o.tag}add(e){let t
t=n.isPair(e)?e:e&&"object"==typeof e&&"key"in e&&"value"in e&&null===e.value?new s.Pair(e.key,null):new s.Pair(e,null)
r.findPair(this.items,t.key)||this.items.push(t)}get(e,t){const A=r.findPair(this.items,e)
return!t&&n.isPair(A)?n.isScalar(A.key)?A.key.value:A.key:A}set(e,t){if("boolean"!=typeof t)throw new Error("Expected boolean value for set(key, value) in a YAML set, not "+typeof t)
const A=r.findPair(this.items,e)
A&&!t?this.items.splice(this.items.indexOf(A),1):!A&&t&&this.items.push(new s.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,A){if(!e)return JSON.stringify(this)
if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,A)
throw new Error("Set items must all have null values")}static from(e,t,A){const{replacer:n}=A,r=new this(e)
if(t&&Symbol.iterator in Object(t))for(let e of t)"function"==typeof n&&(e=n.call(t,e,e)),r.items.push(s.createPair(e,null,A))
return r}}o.tag="tag:yaml.org,2002:set"
const i={collection:"map",identify:e=>e instanceof Set,nodeClass:o,default:!1,tag:"tag:yaml.org,2002:set",createNode:(e,t,A)=>o.from(e,t,A),resolve(e,t){if(n.isMap(e)){if(e.hasAllNullValues(!0))return Object.assign(new o,e)
t("Set items must all have null values")}else t("Expected a mapping for this tag")
return e}}
t.YAMLSet=o,t.set=i},4371:(e,t,A)=>{var n=A(8689)
function s(e,t){const A=e[0],n="-"===A||"+"===A?e.substring(1):e,s=e=>t?BigInt(e):Number(e),r=n.replace(/_/g,"").split(":").reduce((e,t)=>e*s(60)+s(t),s(0))
return"-"===A?s(-1)*r:r}function r(e){let{value:t}=e,A=e=>e
if("bigint"==typeof t)A=e=>BigInt(e)
else if(isNaN(t)||!isFinite(t))return n.stringifyNumber(e)
let s=""
t<0&&(s="-",t*=A(-1))
const r=A(60),o=[t%r]
return t<60?o.unshift(0):(t=(t-o[0])/r,o.unshift(t%r),t>=60&&(t=(t-o[0])/r,o.unshift(t))),s+o.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const o={identify:e=>"bigint"==typeof e||Number.isInteger(e),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:A})=>s(e,A),stringify:r},i={identify:e=>"number"==typeof e,default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>s(e,!1),stringify:r},a={identify:e=>e instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(e){const t=e.match(a.test)
if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd")
const[,A,n,r,o,i,c]=t.map(Number),l=t[7]?Number((t[7]+"00").substr(1,3)):0
let g=Date.UTC(A,n-1,r,o||0,i||0,c||0,l)
const h=t[8]
if(h&&"Z"!==h){let e=s(h,!1)
Math.abs(e)<30&&(e*=60),g-=6e4*e}return new Date(g)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""}
t.floatTime=i,t.intTime=o,t.timestamp=a},4475:(e,t)=>{const A="block",n="quoted"
function s(e,t,A){let n=t,s=t+1,r=e[s]
for(;" "===r||"\t"===r;)if(t<s+A)r=e[++t]
else{do{r=e[++t]}while(r&&"\n"!==r)
n=t,s=t+1,r=e[s]}return n}t.FOLD_BLOCK=A,t.FOLD_FLOW="flow",t.FOLD_QUOTED=n,t.foldFlowLines=function(e,t,r="flow",{indentAtStart:o,lineWidth:i=80,minContentWidth:a=20,onFold:c,onOverflow:l}={}){if(!i||i<0)return e
i<a&&(a=0)
const g=Math.max(1+a,1+i-t.length)
if(e.length<=g)return e
const h=[],u={}
let E,Q,B=i-t.length
"number"==typeof o&&(o>i-Math.max(2,a)?h.push(0):B=i-o)
let C=!1,I=-1,d=-1,f=-1
r===A&&(I=s(e,I,t.length),-1!==I&&(B=I+g))
for(let o;o=e[I+=1];){if(r===n&&"\\"===o){switch(d=I,e[I+1]){case"x":I+=3
break
case"u":I+=5
break
case"U":I+=9
break
default:I+=1}f=I}if("\n"===o)r===A&&(I=s(e,I,t.length)),B=I+t.length+g,E=void 0
else{if(" "===o&&Q&&" "!==Q&&"\n"!==Q&&"\t"!==Q){const t=e[I+1]
t&&" "!==t&&"\n"!==t&&"\t"!==t&&(E=I)}if(I>=B)if(E)h.push(E),B=E+g,E=void 0
else if(r===n){for(;" "===Q||"\t"===Q;)Q=o,o=e[I+=1],C=!0
const t=I>f+1?I-2:d-1
if(u[t])return e
h.push(t),u[t]=!0,B=t+g,E=void 0}else C=!0}Q=o}if(C&&l&&l(),0===h.length)return e
c&&c()
let p=e.slice(0,h[0])
for(let A=0;A<h.length;++A){const s=h[A],o=h[A+1]||e.length
0===s?p=`\n${t}${e.slice(0,o)}`:(r===n&&u[s]&&(p+=`${e[s]}\\`),p+=`\n${t}${e.slice(s+1,o)}`)}return p}},2148:(e,t,A)=>{var n=A(1596),s=A(1127),r=A(9799),o=A(3069)
t.createStringifyContext=function(e,t){const A=Object.assign({blockQuote:!0,commentString:r.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},e.schema.toStringOptions,t)
let n
switch(A.collectionStyle){case"block":n=!1
break
case"flow":n=!0
break
default:n=null}return{anchors:new Set,doc:e,flowCollectionPadding:A.flowCollectionPadding?" ":"",indent:"",indentStep:"number"==typeof A.indent?" ".repeat(A.indent):"  ",inFlow:n,options:A}},t.stringify=function(e,t,A,r){if(s.isPair(e))return e.toString(t,A,r)
if(s.isAlias(e)){if(t.doc.directives)return e.toString(t)
if(t.resolvedAliases?.has(e))throw new TypeError("Cannot stringify circular structure without alias nodes")
t.resolvedAliases?t.resolvedAliases.add(e):t.resolvedAliases=new Set([e]),e=e.resolve(t.doc)}let i
const a=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>i=e})
i??(i=function(e,t){if(t.tag){const A=e.filter(e=>e.tag===t.tag)
if(A.length>0)return A.find(e=>e.format===t.format)??A[0]}let A,n
if(s.isScalar(t)){n=t.value
let s=e.filter(e=>e.identify?.(n))
if(s.length>1){const e=s.filter(e=>e.test)
e.length>0&&(s=e)}A=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else n=t,A=e.find(e=>e.nodeClass&&n instanceof e.nodeClass)
if(!A)throw new Error(`Tag not resolved for ${n?.constructor?.name??(null===n?"null":typeof n)} value`)
return A}(t.doc.schema.tags,a))
const c=function(e,t,{anchors:A,doc:r}){if(!r.directives)return""
const o=[],i=(s.isScalar(e)||s.isCollection(e))&&e.anchor
i&&n.anchorIsValid(i)&&(A.add(i),o.push(`&${i}`))
const a=e.tag??(t.default?null:t.tag)
return a&&o.push(r.directives.tagString(a)),o.join(" ")}(a,i,t)
c.length>0&&(t.indentAtStart=(t.indentAtStart??0)+c.length+1)
const l="function"==typeof i.stringify?i.stringify(a,t,A,r):s.isScalar(a)?o.stringifyString(a,t,A,r):a.toString(t,A,r)
return c?s.isScalar(a)||"{"===l[0]||"["===l[0]?`${c} ${l}`:`${c}\n${t.indent}${l}`:l}},1212:(e,t,A)=>{var n=A(1127),s=A(2148),r=A(9799)
function o({comment:e,items:t},A,{blockItemPrefix:o,flowChars:i,itemIndent:c,onChompKeep:l,onComment:g}){const{indent:h,options:{commentString:u}}=A,E=Object.assign({},A,{indent:c,type:null})
let Q=!1
const B=[]
for(let e=0;e<t.length;++e){const i=t[e]
let l=null
if(n.isNode(i))!Q&&i.spaceBefore&&B.push(""),a(A,B,i.commentBefore,Q),i.comment&&(l=i.comment)
else if(n.isPair(i)){const e=n.isNode(i.key)?i.key:null
e&&(!Q&&e.spaceBefore&&B.push(""),a(A,B,e.commentBefore,Q))}Q=!1
let g=s.stringify(i,E,()=>l=null,()=>Q=!0)
l&&(g+=r.lineComment(g,c,u(l))),Q&&l&&(Q=!1),B.push(o+g)}let C
if(0===B.length)C=i.start+i.end
else{C=B[0]
for(let e=1;e<B.length;++e){const t=B[e]
C+=t?`\n${h}${t}`:"\n"}}return e?(C+="\n"+r.indentComment(u(e),h),g&&g()):Q&&l&&l(),C}function i({items:e},t,{flowChars:A,itemIndent:o}){const{indent:i,indentStep:c,flowCollectionPadding:l,options:{commentString:g}}=t
o+=c
const h=Object.assign({},t,{indent:o,inFlow:!0,type:null})
let u=!1,E=0
const Q=[]
for(let A=0;A<e.length;++A){const i=e[A]
let c=null
if(n.isNode(i))i.spaceBefore&&Q.push(""),a(t,Q,i.commentBefore,!1),i.comment&&(c=i.comment)
else if(n.isPair(i)){const e=n.isNode(i.key)?i.key:null
e&&(e.spaceBefore&&Q.push(""),a(t,Q,e.commentBefore,!1),e.comment&&(u=!0))
const A=n.isNode(i.value)?i.value:null
A?(A.comment&&(c=A.comment),A.commentBefore&&(u=!0)):null==i.value&&e?.comment&&(c=e.comment)}c&&(u=!0)
let l=s.stringify(i,h,()=>c=null)
u||(u=Q.length>E||l.includes("\n")),A<e.length-1?l+=",":t.options.trailingComma&&(t.options.lineWidth>0&&(u||(u=Q.reduce((e,t)=>e+t.length+2,2)+(l.length+2)>t.options.lineWidth)),u&&(l+=",")),c&&(l+=r.lineComment(l,o,g(c))),Q.push(l),E=Q.length}const{start:B,end:C}=A
if(0===Q.length)return B+C
if(!u){const e=Q.reduce((e,t)=>e+t.length+2,2)
u=t.options.lineWidth>0&&e>t.options.lineWidth}if(u){let e=B
for(const t of Q)e+=t?`\n${c}${i}${t}`:"\n"
return`${e}\n${i}${C}`}return`${B}${l}${Q.join(" ")}${l}${C}`}function a({indent:e,options:{commentString:t}},A,n,s){if(n&&s&&(n=n.replace(/^\n+/,"")),n){const s=r.indentComment(t(n),e)
A.push(s.trimStart())}}t.stringifyCollection=function(e,t,A){return(t.inFlow??e.flow?i:o)(e,t,A)}},9799:(e,t)=>{function A(e,t){return/^\n+$/.test(e)?e.substring(1):t?e.replace(/^(?! *$)/gm,t):e}t.indentComment=A,t.lineComment=(e,t,n)=>e.endsWith("\n")?A(n,t):n.includes("\n")?"\n"+A(n,t):(e.endsWith(" ")?"":" ")+n,t.stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#")},6829:(e,t,A)=>{var n=A(1127),s=A(2148),r=A(9799)
t.stringifyDocument=function(e,t){const A=[]
let o=!0===t.directives
if(!1!==t.directives&&e.directives){const t=e.directives.toString(e)
t?(A.push(t),o=!0):e.directives.docStart&&(o=!0)}o&&A.push("---")
const i=s.createStringifyContext(e,t),{commentString:a}=i.options
if(e.commentBefore){1!==A.length&&A.unshift("")
const t=a(e.commentBefore)
A.unshift(r.indentComment(t,""))}let c=!1,l=null
if(e.contents){if(n.isNode(e.contents)){if(e.contents.spaceBefore&&o&&A.push(""),e.contents.commentBefore){const t=a(e.contents.commentBefore)
A.push(r.indentComment(t,""))}i.forceBlockIndent=!!e.comment,l=e.contents.comment}const t=l?void 0:()=>c=!0
let g=s.stringify(e.contents,i,()=>l=null,t)
l&&(g+=r.lineComment(g,"",a(l))),"|"!==g[0]&&">"!==g[0]||"---"!==A[A.length-1]?A.push(g):A[A.length-1]=`--- ${g}`}else A.push(s.stringify(e.contents,i))
if(e.directives?.docEnd)if(e.comment){const t=a(e.comment)
t.includes("\n")?(A.push("..."),A.push(r.indentComment(t,""))):A.push(`... ${t}`)}else A.push("...")
else{let t=e.comment
t&&c&&(t=t.replace(/^\n+/,"")),t&&(c&&!l||""===A[A.length-1]||A.push(""),A.push(r.indentComment(a(t),"")))}return A.join("\n")+"\n"}},8689:(e,t)=>{t.stringifyNumber=function({format:e,minFractionDigits:t,tag:A,value:n}){if("bigint"==typeof n)return String(n)
const s="number"==typeof n?n:Number(n)
if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf"
let r=Object.is(n,-0)?"-0":JSON.stringify(n)
if(!e&&t&&(!A||"tag:yaml.org,2002:float"===A)&&/^-?\d/.test(r)&&!r.includes("e")){let e=r.indexOf(".")
e<0&&(e=r.length,r+=".")
let A=t-(r.length-e-1)
for(;A-- >0;)r+="0"}return r}},9748:(e,t,A)=>{var n=A(1127),s=A(3301),r=A(2148),o=A(9799)
t.stringifyPair=function({key:e,value:t},A,i,a){const{allNullValues:c,doc:l,indent:g,indentStep:h,options:{commentString:u,indentSeq:E,simpleKeys:Q}}=A
let B=n.isNode(e)&&e.comment||null
if(Q){if(B)throw new Error("With simple keys, key nodes cannot have comments")
if(n.isCollection(e)||!n.isNode(e)&&"object"==typeof e){throw new Error("With simple keys, collection cannot be used as a key value")}}let C=!Q&&(!e||B&&null==t&&!A.inFlow||n.isCollection(e)||(n.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:"object"==typeof e))
A=Object.assign({},A,{allNullValues:!1,implicitKey:!C&&(Q||!c),indent:g+h})
let I,d,f,p=!1,m=!1,y=r.stringify(e,A,()=>p=!0,()=>m=!0)
if(!C&&!A.inFlow&&y.length>1024){if(Q)throw new Error("With simple keys, single line scalar must not span more than 1024 characters")
C=!0}if(A.inFlow){if(c||null==t)return p&&i&&i(),""===y?"?":C?`? ${y}`:y}else if(c&&!Q||null==t&&C)return y=`? ${y}`,B&&!p?y+=o.lineComment(y,A.indent,u(B)):m&&a&&a(),y
p&&(B=null),C?(B&&(y+=o.lineComment(y,A.indent,u(B))),y=`? ${y}\n${g}:`):(y=`${y}:`,B&&(y+=o.lineComment(y,A.indent,u(B)))),n.isNode(t)?(I=!!t.spaceBefore,d=t.commentBefore,f=t.comment):(I=!1,d=null,f=null,t&&"object"==typeof t&&(t=l.createNode(t))),A.implicitKey=!1,C||B||!n.isScalar(t)||(A.indentAtStart=y.length+1),m=!1,E||!(h.length>=2)||A.inFlow||C||!n.isSeq(t)||t.flow||t.tag||t.anchor||(A.indent=A.indent.substring(2))
let w=!1
const k=r.stringify(t,A,()=>w=!0,()=>m=!0)
let b=" "
if(B||I||d){if(b=I?"\n":"",d){const e=u(d)
b+=`\n${o.indentComment(e,A.indent)}`}""!==k||A.inFlow?b+=`\n${A.indent}`:"\n"===b&&f&&(b="\n\n")}else if(!C&&n.isCollection(t)){const e=k[0],n=k.indexOf("\n"),s=-1!==n,r=A.inFlow??t.flow??0===t.items.length
if(s||!r){let t=!1
if(s&&("&"===e||"!"===e)){let A=k.indexOf(" ")
"&"===e&&-1!==A&&A<n&&"!"===k[A+1]&&(A=k.indexOf(" ",A+1)),(-1===A||n<A)&&(t=!0)}t||(b=`\n${A.indent}`)}}else""!==k&&"\n"!==k[0]||(b="")
return y+=b+k,A.inFlow?w&&i&&i():f&&!w?y+=o.lineComment(y,A.indent,u(f)):m&&a&&a(),y}},3069:(e,t,A)=>{var n=A(3301),s=A(4475)
const r=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),o=e=>/^(%|---|\.\.\.)/m.test(e)
function i(e,t){const A=JSON.stringify(e)
if(t.options.doubleQuotedAsJSON)return A
const{implicitKey:n}=t,i=t.options.doubleQuotedMinMultiLineLength,a=t.indent||(o(e)?"  ":"")
let c="",l=0
for(let e=0,t=A[e];t;t=A[++e])if(" "===t&&"\\"===A[e+1]&&"n"===A[e+2]&&(c+=A.slice(l,e)+"\\ ",e+=1,l=e,t="\\"),"\\"===t)switch(A[e+1]){case"u":{c+=A.slice(l,e)
const t=A.substr(e+2,4)
switch(t){case"0000":c+="\\0"
break
case"0007":c+="\\a"
break
case"000b":c+="\\v"
break
case"001b":c+="\\e"
break
case"0085":c+="\\N"
break
case"00a0":c+="\\_"
break
case"2028":c+="\\L"
break
case"2029":c+="\\P"
break
default:"00"===t.substr(0,2)?c+="\\x"+t.substr(2):c+=A.substr(e,6)}e+=5,l=e+1}break
case"n":if(n||'"'===A[e+2]||A.length<i)e+=1
else{for(c+=A.slice(l,e)+"\n\n";"\\"===A[e+2]&&"n"===A[e+3]&&'"'!==A[e+4];)c+="\n",e+=2
c+=a," "===A[e+2]&&(c+="\\"),e+=1,l=e+1}break
default:e+=1}return c=l?c+A.slice(l):A,n?c:s.foldFlowLines(c,a,s.FOLD_QUOTED,r(t,!1))}function a(e,t){if(!1===t.options.singleQuote||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return i(e,t)
const A=t.indent||(o(e)?"  ":""),n="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${A}`)+"'"
return t.implicitKey?n:s.foldFlowLines(n,A,s.FOLD_FLOW,r(t,!1))}function c(e,t){const{singleQuote:A}=t.options
let n
if(!1===A)n=i
else{const t=e.includes('"'),s=e.includes("'")
n=t&&!s?a:s&&!t?i:A?a:i}return n(e,t)}let l
try{l=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{l=/\n+(?!\n|$)/g}function g({comment:e,type:t,value:A},i,a,g){const{blockQuote:h,commentString:u,lineWidth:E}=i.options
if(!h||/\n[\t ]+$/.test(A))return c(A,i)
const Q=i.indent||(i.forceBlockIndent||o(A)?"  ":""),B="literal"===h||"folded"!==h&&t!==n.Scalar.BLOCK_FOLDED&&(t===n.Scalar.BLOCK_LITERAL||!function(e,t,A){if(!t||t<0)return!1
const n=t-A,s=e.length
if(s<=n)return!1
for(let t=0,A=0;t<s;++t)if("\n"===e[t]){if(t-A>n)return!0
if(A=t+1,s-A<=n)return!1}return!0}(A,E,Q.length))
if(!A)return B?"|\n":">\n"
let C,I
for(I=A.length;I>0;--I){const e=A[I-1]
if("\n"!==e&&"\t"!==e&&" "!==e)break}let d=A.substring(I)
const f=d.indexOf("\n");-1===f?C="-":A===d||f!==d.length-1?(C="+",g&&g()):C="",d&&(A=A.slice(0,-d.length),"\n"===d[d.length-1]&&(d=d.slice(0,-1)),d=d.replace(l,`$&${Q}`))
let p,m=!1,y=-1
for(p=0;p<A.length;++p){const e=A[p]
if(" "===e)m=!0
else{if("\n"!==e)break
y=p}}let w=A.substring(0,y<p?y+1:p)
w&&(A=A.substring(w.length),w=w.replace(/\n+/g,`$&${Q}`))
let k=(m?Q?"2":"1":"")+C
if(e&&(k+=" "+u(e.replace(/ ?[\r\n]+/g," ")),a&&a()),!B){const e=A.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${Q}`)
let o=!1
const a=r(i,!0)
"folded"!==h&&t!==n.Scalar.BLOCK_FOLDED&&(a.onOverflow=()=>{o=!0})
const c=s.foldFlowLines(`${w}${e}${d}`,Q,s.FOLD_BLOCK,a)
if(!o)return`>${k}\n${Q}${c}`}return`|${k}\n${Q}${w}${A=A.replace(/\n+/g,`$&${Q}`)}${d}`}t.stringifyString=function(e,t,A,l){const{implicitKey:h,inFlow:u}=t,E="string"==typeof e.value?e:Object.assign({},e,{value:String(e.value)})
let{type:Q}=e
Q!==n.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(E.value)&&(Q=n.Scalar.QUOTE_DOUBLE)
const B=e=>{switch(e){case n.Scalar.BLOCK_FOLDED:case n.Scalar.BLOCK_LITERAL:return h||u?c(E.value,t):g(E,t,A,l)
case n.Scalar.QUOTE_DOUBLE:return i(E.value,t)
case n.Scalar.QUOTE_SINGLE:return a(E.value,t)
case n.Scalar.PLAIN:return function(e,t,A,i){const{type:a,value:l}=e,{actualString:h,implicitKey:u,indent:E,indentStep:Q,inFlow:B}=t
if(u&&l.includes("\n")||B&&/[[\]{},]/.test(l))return c(l,t)
if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(l))return u||B||!l.includes("\n")?c(l,t):g(e,t,A,i)
if(!u&&!B&&a!==n.Scalar.PLAIN&&l.includes("\n"))return g(e,t,A,i)
if(o(l)){if(""===E)return t.forceBlockIndent=!0,g(e,t,A,i)
if(u&&E===Q)return c(l,t)}const C=l.replace(/\n+/g,`$&\n${E}`)
if(h){const e=e=>e.default&&"tag:yaml.org,2002:str"!==e.tag&&e.test?.test(C),{compat:A,tags:n}=t.doc.schema
if(n.some(e)||A?.some(e))return c(l,t)}return u?C:s.foldFlowLines(C,E,s.FOLD_FLOW,r(t,!1))}(E,t,A,l)
default:return null}}
let C=B(Q)
if(null===C){const{defaultKeyType:e,defaultStringType:A}=t.options,n=h&&e||A
if(C=B(n),null===C)throw new Error(`Unsupported default string type ${n}`)}return C}},204:(e,t,A)=>{var n=A(1127)
const s=Symbol("break visit"),r=Symbol("skip children"),o=Symbol("remove node")
function i(e,t){const A=g(t)
if(n.isDocument(e)){a(null,e.contents,A,Object.freeze([e]))===o&&(e.contents=null)}else a(null,e,A,Object.freeze([]))}function a(e,t,A,r){const i=h(e,t,A,r)
if(n.isNode(i)||n.isPair(i))return u(e,r,i),a(e,i,A,r)
if("symbol"!=typeof i)if(n.isCollection(t)){r=Object.freeze(r.concat(t))
for(let e=0;e<t.items.length;++e){const n=a(e,t.items[e],A,r)
if("number"==typeof n)e=n-1
else{if(n===s)return s
n===o&&(t.items.splice(e,1),e-=1)}}}else if(n.isPair(t)){r=Object.freeze(r.concat(t))
const e=a("key",t.key,A,r)
if(e===s)return s
e===o&&(t.key=null)
const n=a("value",t.value,A,r)
if(n===s)return s
n===o&&(t.value=null)}return i}async function c(e,t){const A=g(t)
if(n.isDocument(e)){await l(null,e.contents,A,Object.freeze([e]))===o&&(e.contents=null)}else await l(null,e,A,Object.freeze([]))}async function l(e,t,A,r){const i=await h(e,t,A,r)
if(n.isNode(i)||n.isPair(i))return u(e,r,i),l(e,i,A,r)
if("symbol"!=typeof i)if(n.isCollection(t)){r=Object.freeze(r.concat(t))
for(let e=0;e<t.items.length;++e){const n=await l(e,t.items[e],A,r)
if("number"==typeof n)e=n-1
else{if(n===s)return s
n===o&&(t.items.splice(e,1),e-=1)}}}else if(n.isPair(t)){r=Object.freeze(r.concat(t))
const e=await l("key",t.key,A,r)
if(e===s)return s
e===o&&(t.key=null)
const n=await l("value",t.value,A,r)
if(n===s)return s
n===o&&(t.value=null)}return i}function g(e){return"object"==typeof e&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function h(e,t,A,s){return"function"==typeof A?A(e,t,s):n.isMap(t)?A.Map?.(e,t,s):n.isSeq(t)?A.Seq?.(e,t,s):n.isPair(t)?A.Pair?.(e,t,s):n.isScalar(t)?A.Scalar?.(e,t,s):n.isAlias(t)?A.Alias?.(e,t,s):void 0}function u(e,t,A){const s=t[t.length-1]
if(n.isCollection(s))s.items[e]=A
else if(n.isPair(s))"key"===e?s.key=A:s.value=A
else{if(!n.isDocument(s)){const e=n.isAlias(s)?"alias":"scalar"
throw new Error(`Cannot replace node with ${e} parent`)}s.contents=A}}i.BREAK=s,i.SKIP=r,i.REMOVE=o,c.BREAK=s,c.SKIP=r,c.REMOVE=o,t.visit=i,t.visitAsync=c}},l={}
function g(e){var t=l[e]
if(void 0!==t)return t.exports
var A=l[e]={exports:{}},n=!0
try{c[e].call(A.exports,A,A.exports,g),n=!1}finally{n&&delete l[e]}return A.exports}g.m=c,void 0!==g&&(g.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/"),t="function"==typeof Symbol?Symbol("webpack queues"):"__webpack_queues__",A="function"==typeof Symbol?Symbol("webpack exports"):"__webpack_exports__",n="function"==typeof Symbol?Symbol("webpack error"):"__webpack_error__",s=e=>{e&&e.d<1&&(e.d=1,e.forEach(e=>e.r--),e.forEach(e=>e.r--?e.r++:e()))},g.a=(e,r,o)=>{var i
o&&((i=[]).d=-1)
var a,c,l,g=new Set,h=e.exports,u=new Promise((e,t)=>{l=t,c=e})
u[A]=h,u[t]=e=>(i&&e(i),g.forEach(e),u.catch(e=>{})),e.exports=u,r(e=>{var r
a=(e=>e.map(e=>{if(null!==e&&"object"==typeof e){if(e[t])return e
if(e.then){var r=[]
r.d=0,e.then(e=>{o[A]=e,s(r)},e=>{o[n]=e,s(r)})
var o={}
return o[t]=e=>e(r),o}}var i={}
return i[t]=e=>{},i[A]=e,i}))(e)
var o=()=>a.map(e=>{if(e[n])throw e[n]
return e[A]}),c=new Promise(e=>{(r=()=>e(o)).r=0
var A=e=>e!==i&&!g.has(e)&&(g.add(e),e&&!e.d&&(r.r++,e.push(r)))
a.map(e=>e[t](A))})
return r.r?c:o()},e=>(e?l(u[n]=e):c(h),s(i))),i&&i.d<0&&(i.d=0)},g.n=e=>{var t=e&&e.__esModule?()=>e.default:()=>e
return g.d(t,{a:t}),t},o=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__,g.t=function(e,t){if(1&t&&(e=this(e)),8&t)return e
if("object"==typeof e&&e){if(4&t&&e.__esModule)return e
if(16&t&&"function"==typeof e.then)return e}var A=Object.create(null)
g.r(A)
var n={}
r=r||[null,o({}),o([]),o(o)]
for(var s=2&t&&e;"object"==typeof s&&!~r.indexOf(s);s=o(s))Object.getOwnPropertyNames(s).forEach(t=>n[t]=()=>e[t])
return n.default=()=>e,g.d(A,n),A},g.d=(e,t)=>{for(var A in t)g.o(t,A)&&!g.o(e,A)&&Object.defineProperty(e,A,{enumerable:!0,get:t[A]})},g.f={},g.e=e=>Promise.all(Object.keys(g.f).reduce((t,A)=>(g.f[A](e,t),t),[])),g.u=e=>e+".index.js",g.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),g.r=e=>{"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(e,"__esModule",{value:!0})},i={792:0},a=e=>{var t,A,{ids:n,modules:s,runtime:r}=e,o=0
for(t in s)g.o(s,t)&&(g.m[t]=s[t])
for(r&&r(g);o<n.length;o++)A=n[o],g.o(i,A)&&i[A]&&i[A][0](),i[n[o]]=0},g.f.j=(e,t)=>{var A=g.o(i,e)?i[e]:void 0
if(0!==A)if(A)t.push(A[1])
else{var n=import("./"+g.u(e)).then(a,t=>{throw 0!==i[e]&&(i[e]=void 0),t})
n=Promise.race([n,new Promise(t=>A=i[e]=[t])]),t.push(A[1]=n)}}
var h=g(1932)
h=await h

