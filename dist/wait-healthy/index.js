import{createRequire as A}from"module"
var e,t,r,n,s,o,i,a,c={770:(A,e,t)=>{t(218)},218:(A,e,t)=>{t(9278)
var r,n=t(4756),s=t(8611),o=t(5692),i=t(4434)
t(2613)
function a(A){var e=this
e.options=A||{},e.proxyOptions=e.options.proxy||{},e.maxSockets=e.options.maxSockets||s.Agent.defaultMaxSockets,e.requests=[],e.sockets=[],e.on("free",function(A,t,r,n){for(var s=g(t,r,n),o=0,i=e.requests.length;o<i;++o){var a=e.requests[o]
if(a.host===s.host&&a.port===s.port)return e.requests.splice(o,1),void a.request.onSocket(A)}A.destroy(),e.removeSocket(A)})}function c(A,e){var t=this
a.prototype.createSocket.call(t,A,function(r){var s=A.request.getHeader("host"),o=Q({},t.options,{socket:r,servername:s?s.replace(/:.*$/,""):A.host}),i=n.connect(0,o)
t.sockets[t.sockets.indexOf(r)]=i,e(i)})}function g(A,e,t){return"string"==typeof A?{host:A,port:e,localAddress:t}:A}function Q(A){for(var e=1,t=arguments.length;e<t;++e){var r=arguments[e]
if("object"==typeof r)for(var n=Object.keys(r),s=0,o=n.length;s<o;++s){var i=n[s]
void 0!==r[i]&&(A[i]=r[i])}}return A}t(9023).inherits(a,i.EventEmitter),a.prototype.addRequest=function(A,e,t,r){var n=this,s=Q({request:A},n.options,g(e,t,r))
n.sockets.length>=this.maxSockets?n.requests.push(s):n.createSocket(s,function(e){function t(){n.emit("free",e,s)}function r(A){n.removeSocket(e),e.removeListener("free",t),e.removeListener("close",r),e.removeListener("agentRemove",r)}e.on("free",t),e.on("close",r),e.on("agentRemove",r),A.onSocket(e)})},a.prototype.createSocket=function(A,e){var t=this,n={}
t.sockets.push(n)
var s=Q({},t.proxyOptions,{method:"CONNECT",path:A.host+":"+A.port,agent:!1,headers:{host:A.host+":"+A.port}})
A.localAddress&&(s.localAddress=A.localAddress),s.proxyAuth&&(s.headers=s.headers||{},s.headers["Proxy-Authorization"]="Basic "+new Buffer(s.proxyAuth).toString("base64")),r("making CONNECT request")
var o=t.request(s)
function i(s,i,a){var c
return o.removeAllListeners(),i.removeAllListeners(),200!==s.statusCode?(r("tunneling socket could not be established, statusCode=%d",s.statusCode),i.destroy(),(c=new Error("tunneling socket could not be established, statusCode="+s.statusCode)).code="ECONNRESET",A.request.emit("error",c),void t.removeSocket(n)):a.length>0?(r("got illegal response body from proxy"),i.destroy(),(c=new Error("got illegal response body from proxy")).code="ECONNRESET",A.request.emit("error",c),void t.removeSocket(n)):(r("tunneling connection has established"),t.sockets[t.sockets.indexOf(n)]=i,e(i))}o.useChunkedEncodingByDefault=!1,o.once("response",function(A){A.upgrade=!0}),o.once("upgrade",function(A,e,t){process.nextTick(function(){i(A,e,t)})}),o.once("connect",i),o.once("error",function(e){o.removeAllListeners(),r("tunneling socket could not be established, cause=%s\n",e.message,e.stack)
var s=new Error("tunneling socket could not be established, cause="+e.message)
s.code="ECONNRESET",A.request.emit("error",s),t.removeSocket(n)}),o.end()},a.prototype.removeSocket=function(A){var e=this.sockets.indexOf(A)
if(-1!==e){this.sockets.splice(e,1)
var t=this.requests.shift()
t&&this.createSocket(t,function(A){t.request.onSocket(A)})}},r=process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?function(){var A=Array.prototype.slice.call(arguments)
"string"==typeof A[0]?A[0]="TUNNEL: "+A[0]:A.unshift("TUNNEL:"),console.error.apply(console,A)}:function(){}},6752:(A,e,t)=>{const r=t(3701),n=t(883),s=t(628),o=t(837),i=t(7405),a=t(6672),c=t(3137),g=t(50),Q=t(8707),E=t(3440),{InvalidArgumentError:B}=Q,I=t(6615),C=t(9136),h=t(7365),l=t(7501),u=t(4004),d=t(2429),f=t(7816),{getGlobalDispatcher:p,setGlobalDispatcher:w}=t(2581),y=t(8155),D=t(8754),m=t(5092)
function k(A){return(e,t,r)=>{if("function"==typeof t&&(r=t,t=null),!e||"string"!=typeof e&&"object"!=typeof e&&!(e instanceof URL))throw new B("invalid url")
if(null!=t&&"object"!=typeof t)throw new B("invalid opts")
if(t&&null!=t.path){if("string"!=typeof t.path)throw new B("invalid opts.path")
let A=t.path
t.path.startsWith("/")||(A=`/${A}`),e=new URL(E.parseOrigin(e).origin+A)}else t||(t="object"==typeof e?e:{}),e=E.parseURL(e)
const{agent:n,dispatcher:s=p()}=t
if(n)throw new B("unsupported opts.agent. Did you mean opts.client?")
return A.call(s,{...t,origin:e.origin,path:e.search?`${e.pathname}${e.search}`:e.pathname,method:t.method||(t.body?"PUT":"GET")},r)}}Object.assign(n.prototype,I),t(1514),t(2026),t(8060),t(379),E.parseHeaders,E.headerNameToString
const R=t(4398).fetch
t(660).Headers,t(9051).Response,t(9967).Request,t(5910).FormData,globalThis.File??t(4573).File,t(8355).FileReader
const{setGlobalOrigin:F,getGlobalOrigin:b}=t(1059)
const{CacheStorage:S}=t(3245),{kConstruct:N}=t(109)
new S(N)
const{deleteCookie:M,getCookies:U,getSetCookies:L,setCookie:T}=t(9061)
const{parseMIMEType:v,serializeAMimeType:Y}=t(1900)
const{CloseEvent:G,ErrorEvent:J,MessageEvent:H}=t(5188)
t(3726).WebSocket,k(I.request),k(I.stream),k(I.pipeline),k(I.connect),k(I.upgrade)
const{EventSource:x}=t(1238)},158:(A,e,t)=>{const{addAbortListener:r}=t(3440),{RequestAbortedError:n}=t(8707),s=Symbol("kListener"),o=Symbol("kSignal")
function i(A){A.abort?A.abort(A[o]?.reason):A.reason=A[o]?.reason??new n,a(A)}function a(A){A[o]&&("removeEventListener"in A[o]?A[o].removeEventListener("abort",A[s]):A[o].removeListener("abort",A[s]),A[o]=null,A[s]=null)}A.exports={addSignal:function(A,e){A.reason=null,A[o]=null,A[s]=null,e&&(e.aborted?i(A):(A[o]=e,A[s]=()=>{i(A)},r(A[o],A[s])))},removeSignal:a}},2279:(A,e,t)=>{const r=t(4589),{AsyncResource:n}=t(6698),{InvalidArgumentError:s,SocketError:o}=t(8707),i=t(3440),{addSignal:a,removeSignal:c}=t(158)
class g extends n{constructor(A,e){if(!A||"object"!=typeof A)throw new s("invalid opts")
if("function"!=typeof e)throw new s("invalid callback")
const{signal:t,opaque:r,responseHeaders:n}=A
if(t&&"function"!=typeof t.on&&"function"!=typeof t.addEventListener)throw new s("signal must be an EventEmitter or EventTarget")
super("UNDICI_CONNECT"),this.opaque=r||null,this.responseHeaders=n||null,this.callback=e,this.abort=null,a(this,t)}onConnect(A,e){this.reason?A(this.reason):(r(this.callback),this.abort=A,this.context=e)}onHeaders(){throw new o("bad connect",null)}onUpgrade(A,e,t){const{callback:r,opaque:n,context:s}=this
c(this),this.callback=null
let o=e
null!=o&&(o="raw"===this.responseHeaders?i.parseRawHeaders(e):i.parseHeaders(e)),this.runInAsyncScope(r,null,null,{statusCode:A,headers:o,socket:t,opaque:n,context:s})}onError(A){const{callback:e,opaque:t}=this
c(this),e&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(e,null,A,{opaque:t})}))}}A.exports=function A(e,t){if(void 0===t)return new Promise((t,r)=>{A.call(this,e,(A,e)=>A?r(A):t(e))})
try{const A=new g(e,t)
this.dispatch({...e,method:"CONNECT"},A)}catch(A){if("function"!=typeof t)throw A
const r=e?.opaque
queueMicrotask(()=>t(A,{opaque:r}))}}},6862:(A,e,t)=>{const{Readable:r,Duplex:n,PassThrough:s}=t(7075),{InvalidArgumentError:o,InvalidReturnValueError:i,RequestAbortedError:a}=t(8707),c=t(3440),{AsyncResource:g}=t(6698),{addSignal:Q,removeSignal:E}=t(158),B=t(4589),I=Symbol("resume")
class C extends r{constructor(){super({autoDestroy:!0}),this[I]=null}_read(){const{[I]:A}=this
A&&(this[I]=null,A())}_destroy(A,e){this._read(),e(A)}}class h extends r{constructor(A){super({autoDestroy:!0}),this[I]=A}_read(){this[I]()}_destroy(A,e){A||this._readableState.endEmitted||(A=new a),e(A)}}class l extends g{constructor(A,e){if(!A||"object"!=typeof A)throw new o("invalid opts")
if("function"!=typeof e)throw new o("invalid handler")
const{signal:t,method:r,opaque:s,onInfo:i,responseHeaders:g}=A
if(t&&"function"!=typeof t.on&&"function"!=typeof t.addEventListener)throw new o("signal must be an EventEmitter or EventTarget")
if("CONNECT"===r)throw new o("invalid method")
if(i&&"function"!=typeof i)throw new o("invalid onInfo callback")
super("UNDICI_PIPELINE"),this.opaque=s||null,this.responseHeaders=g||null,this.handler=e,this.abort=null,this.context=null,this.onInfo=i||null,this.req=(new C).on("error",c.nop),this.ret=new n({readableObjectMode:A.objectMode,autoDestroy:!0,read:()=>{const{body:A}=this
A?.resume&&A.resume()},write:(A,e,t)=>{const{req:r}=this
r.push(A,e)||r._readableState.destroyed?t():r[I]=t},destroy:(A,e)=>{const{body:t,req:r,res:n,ret:s,abort:o}=this
A||s._readableState.endEmitted||(A=new a),o&&A&&o(),c.destroy(t,A),c.destroy(r,A),c.destroy(n,A),E(this),e(A)}}).on("prefinish",()=>{const{req:A}=this
A.push(null)}),this.res=null,Q(this,t)}onConnect(A,e){const{ret:t,res:r}=this
this.reason?A(this.reason):(B(!r,"pipeline cannot be retried"),B(!t.destroyed),this.abort=A,this.context=e)}onHeaders(A,e,t){const{opaque:r,handler:n,context:s}=this
if(A<200){if(this.onInfo){const t="raw"===this.responseHeaders?c.parseRawHeaders(e):c.parseHeaders(e)
this.onInfo({statusCode:A,headers:t})}return}let o
this.res=new h(t)
try{this.handler=null
const t="raw"===this.responseHeaders?c.parseRawHeaders(e):c.parseHeaders(e)
o=this.runInAsyncScope(n,null,{statusCode:A,headers:t,opaque:r,body:this.res,context:s})}catch(A){throw this.res.on("error",c.nop),A}if(!o||"function"!=typeof o.on)throw new i("expected Readable")
o.on("data",A=>{const{ret:e,body:t}=this
!e.push(A)&&t.pause&&t.pause()}).on("error",A=>{const{ret:e}=this
c.destroy(e,A)}).on("end",()=>{const{ret:A}=this
A.push(null)}).on("close",()=>{const{ret:A}=this
A._readableState.ended||c.destroy(A,new a)}),this.body=o}onData(A){const{res:e}=this
return e.push(A)}onComplete(A){const{res:e}=this
e.push(null)}onError(A){const{ret:e}=this
this.handler=null,c.destroy(e,A)}}A.exports=function(A,e){try{const t=new l(A,e)
return this.dispatch({...A,body:t.req},t),t.ret}catch(A){return(new s).destroy(A)}}},4043:(A,e,t)=>{const r=t(4589),{Readable:n}=t(9927),{InvalidArgumentError:s,RequestAbortedError:o}=t(8707),i=t(3440),{getResolveErrorBodyCallback:a}=t(7655),{AsyncResource:c}=t(6698)
class g extends c{constructor(A,e){if(!A||"object"!=typeof A)throw new s("invalid opts")
const{signal:t,method:r,opaque:n,body:a,onInfo:c,responseHeaders:g,throwOnError:Q,highWaterMark:E}=A
try{if("function"!=typeof e)throw new s("invalid callback")
if(E&&("number"!=typeof E||E<0))throw new s("invalid highWaterMark")
if(t&&"function"!=typeof t.on&&"function"!=typeof t.addEventListener)throw new s("signal must be an EventEmitter or EventTarget")
if("CONNECT"===r)throw new s("invalid method")
if(c&&"function"!=typeof c)throw new s("invalid onInfo callback")
super("UNDICI_REQUEST")}catch(A){throw i.isStream(a)&&i.destroy(a.on("error",i.nop),A),A}this.method=r,this.responseHeaders=g||null,this.opaque=n||null,this.callback=e,this.res=null,this.abort=null,this.body=a,this.trailers={},this.context=null,this.onInfo=c||null,this.throwOnError=Q,this.highWaterMark=E,this.signal=t,this.reason=null,this.removeAbortListener=null,i.isStream(a)&&a.on("error",A=>{this.onError(A)}),this.signal&&(this.signal.aborted?this.reason=this.signal.reason??new o:this.removeAbortListener=i.addAbortListener(this.signal,()=>{this.reason=this.signal.reason??new o,this.res?i.destroy(this.res.on("error",i.nop),this.reason):this.abort&&this.abort(this.reason),this.removeAbortListener&&(this.res?.off("close",this.removeAbortListener),this.removeAbortListener(),this.removeAbortListener=null)}))}onConnect(A,e){this.reason?A(this.reason):(r(this.callback),this.abort=A,this.context=e)}onHeaders(A,e,t,r){const{callback:s,opaque:o,abort:c,context:g,responseHeaders:Q,highWaterMark:E}=this,B="raw"===Q?i.parseRawHeaders(e):i.parseHeaders(e)
if(A<200)return void(this.onInfo&&this.onInfo({statusCode:A,headers:B}))
const I="raw"===Q?i.parseHeaders(e):B,C=I["content-type"],h=I["content-length"],l=new n({resume:t,abort:c,contentType:C,contentLength:"HEAD"!==this.method&&h?Number(h):null,highWaterMark:E})
this.removeAbortListener&&l.on("close",this.removeAbortListener),this.callback=null,this.res=l,null!==s&&(this.throwOnError&&A>=400?this.runInAsyncScope(a,null,{callback:s,body:l,contentType:C,statusCode:A,statusMessage:r,headers:B}):this.runInAsyncScope(s,null,null,{statusCode:A,headers:B,trailers:this.trailers,opaque:o,body:l,context:g}))}onData(A){return this.res.push(A)}onComplete(A){i.parseHeaders(A,this.trailers),this.res.push(null)}onError(A){const{res:e,callback:t,body:r,opaque:n}=this
t&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(t,null,A,{opaque:n})})),e&&(this.res=null,queueMicrotask(()=>{i.destroy(e,A)})),r&&(this.body=null,i.destroy(r,A)),this.removeAbortListener&&(e?.off("close",this.removeAbortListener),this.removeAbortListener(),this.removeAbortListener=null)}}A.exports=function A(e,t){if(void 0===t)return new Promise((t,r)=>{A.call(this,e,(A,e)=>A?r(A):t(e))})
try{this.dispatch(e,new g(e,t))}catch(A){if("function"!=typeof t)throw A
const r=e?.opaque
queueMicrotask(()=>t(A,{opaque:r}))}},A.exports.RequestHandler=g},3560:(A,e,t)=>{const r=t(4589),{finished:n,PassThrough:s}=t(7075),{InvalidArgumentError:o,InvalidReturnValueError:i}=t(8707),a=t(3440),{getResolveErrorBodyCallback:c}=t(7655),{AsyncResource:g}=t(6698),{addSignal:Q,removeSignal:E}=t(158)
class B extends g{constructor(A,e,t){if(!A||"object"!=typeof A)throw new o("invalid opts")
const{signal:r,method:n,opaque:s,body:i,onInfo:c,responseHeaders:g,throwOnError:E}=A
try{if("function"!=typeof t)throw new o("invalid callback")
if("function"!=typeof e)throw new o("invalid factory")
if(r&&"function"!=typeof r.on&&"function"!=typeof r.addEventListener)throw new o("signal must be an EventEmitter or EventTarget")
if("CONNECT"===n)throw new o("invalid method")
if(c&&"function"!=typeof c)throw new o("invalid onInfo callback")
super("UNDICI_STREAM")}catch(A){throw a.isStream(i)&&a.destroy(i.on("error",a.nop),A),A}this.responseHeaders=g||null,this.opaque=s||null,this.factory=e,this.callback=t,this.res=null,this.abort=null,this.context=null,this.trailers=null,this.body=i,this.onInfo=c||null,this.throwOnError=E||!1,a.isStream(i)&&i.on("error",A=>{this.onError(A)}),Q(this,r)}onConnect(A,e){this.reason?A(this.reason):(r(this.callback),this.abort=A,this.context=e)}onHeaders(A,e,t,r){const{factory:o,opaque:g,context:Q,callback:E,responseHeaders:B}=this,I="raw"===B?a.parseRawHeaders(e):a.parseHeaders(e)
if(A<200)return void(this.onInfo&&this.onInfo({statusCode:A,headers:I}))
let C
if(this.factory=null,this.throwOnError&&A>=400){const t=("raw"===B?a.parseHeaders(e):I)["content-type"]
C=new s,this.callback=null,this.runInAsyncScope(c,null,{callback:E,body:C,contentType:t,statusCode:A,statusMessage:r,headers:I})}else{if(null===o)return
if(C=this.runInAsyncScope(o,null,{statusCode:A,headers:I,opaque:g,context:Q}),!C||"function"!=typeof C.write||"function"!=typeof C.end||"function"!=typeof C.on)throw new i("expected Writable")
n(C,{readable:!1},A=>{const{callback:e,res:t,opaque:r,trailers:n,abort:s}=this
this.res=null,!A&&t.readable||a.destroy(t,A),this.callback=null,this.runInAsyncScope(e,null,A||null,{opaque:r,trailers:n}),A&&s()})}C.on("drain",t),this.res=C
return!0!==(void 0!==C.writableNeedDrain?C.writableNeedDrain:C._writableState?.needDrain)}onData(A){const{res:e}=this
return!e||e.write(A)}onComplete(A){const{res:e}=this
E(this),e&&(this.trailers=a.parseHeaders(A),e.end())}onError(A){const{res:e,callback:t,opaque:r,body:n}=this
E(this),this.factory=null,e?(this.res=null,a.destroy(e,A)):t&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(t,null,A,{opaque:r})})),n&&(this.body=null,a.destroy(n,A))}}A.exports=function A(e,t,r){if(void 0===r)return new Promise((r,n)=>{A.call(this,e,t,(A,e)=>A?n(A):r(e))})
try{this.dispatch(e,new B(e,t,r))}catch(A){if("function"!=typeof r)throw A
const t=e?.opaque
queueMicrotask(()=>r(A,{opaque:t}))}}},1882:(A,e,t)=>{const{InvalidArgumentError:r,SocketError:n}=t(8707),{AsyncResource:s}=t(6698),o=t(3440),{addSignal:i,removeSignal:a}=t(158),c=t(4589)
class g extends s{constructor(A,e){if(!A||"object"!=typeof A)throw new r("invalid opts")
if("function"!=typeof e)throw new r("invalid callback")
const{signal:t,opaque:n,responseHeaders:s}=A
if(t&&"function"!=typeof t.on&&"function"!=typeof t.addEventListener)throw new r("signal must be an EventEmitter or EventTarget")
super("UNDICI_UPGRADE"),this.responseHeaders=s||null,this.opaque=n||null,this.callback=e,this.abort=null,this.context=null,i(this,t)}onConnect(A,e){this.reason?A(this.reason):(c(this.callback),this.abort=A,this.context=null)}onHeaders(){throw new n("bad upgrade",null)}onUpgrade(A,e,t){c(101===A)
const{callback:r,opaque:n,context:s}=this
a(this),this.callback=null
const i="raw"===this.responseHeaders?o.parseRawHeaders(e):o.parseHeaders(e)
this.runInAsyncScope(r,null,null,{headers:i,socket:t,opaque:n,context:s})}onError(A){const{callback:e,opaque:t}=this
a(this),e&&(this.callback=null,queueMicrotask(()=>{this.runInAsyncScope(e,null,A,{opaque:t})}))}}A.exports=function A(e,t){if(void 0===t)return new Promise((t,r)=>{A.call(this,e,(A,e)=>A?r(A):t(e))})
try{const A=new g(e,t)
this.dispatch({...e,method:e.method||"GET",upgrade:e.protocol||"Websocket"},A)}catch(A){if("function"!=typeof t)throw A
const r=e?.opaque
queueMicrotask(()=>t(A,{opaque:r}))}}},6615:(A,e,t)=>{A.exports.request=t(4043),A.exports.stream=t(3560),A.exports.pipeline=t(6862),A.exports.upgrade=t(1882),A.exports.connect=t(2279)},9927:(A,e,t)=>{const r=t(4589),{Readable:n}=t(7075),{RequestAbortedError:s,NotSupportedError:o,InvalidArgumentError:i,AbortError:a}=t(8707),c=t(3440),{ReadableStreamFrom:g}=t(3440),Q=Symbol("kConsume"),E=Symbol("kReading"),B=Symbol("kBody"),I=Symbol("kAbort"),C=Symbol("kContentType"),h=Symbol("kContentLength"),l=()=>{}
function u(A){return c.isDisturbed(A)||function(A){return A[B]&&!0===A[B].locked||A[Q]}(A)}async function d(A,e){return r(!A[Q]),new Promise((t,r)=>{if(u(A)){const e=A._readableState
e.destroyed&&!1===e.closeEmitted?A.on("error",A=>{r(A)}).on("close",()=>{r(new TypeError("unusable"))}):r(e.errored??new TypeError("unusable"))}else queueMicrotask(()=>{A[Q]={type:e,stream:A,resolve:t,reject:r,length:0,body:[]},A.on("error",function(A){D(this[Q],A)}).on("close",function(){null!==this[Q].body&&D(this[Q],new s)}),function(A){if(null===A.body)return
const{_readableState:e}=A.stream
if(e.bufferIndex){const t=e.bufferIndex,r=e.buffer.length
for(let n=t;n<r;n++)y(A,e.buffer[n])}else for(const t of e.buffer)y(A,t)
e.endEmitted?w(this[Q]):A.stream.on("end",function(){w(this[Q])})
A.stream.resume()
for(;null!=A.stream.read(););}(A[Q])})})}function f(A,e){if(0===A.length||0===e)return""
const t=1===A.length?A[0]:Buffer.concat(A,e),r=t.length,n=r>2&&239===t[0]&&187===t[1]&&191===t[2]?3:0
return t.utf8Slice(n,r)}function p(A,e){if(0===A.length||0===e)return new Uint8Array(0)
if(1===A.length)return new Uint8Array(A[0])
const t=new Uint8Array(Buffer.allocUnsafeSlow(e).buffer)
let r=0
for(let e=0;e<A.length;++e){const n=A[e]
t.set(n,r),r+=n.length}return t}function w(A){const{type:e,body:t,resolve:r,stream:n,length:s}=A
try{"text"===e?r(f(t,s)):"json"===e?r(JSON.parse(f(t,s))):"arrayBuffer"===e?r(p(t,s).buffer):"blob"===e?r(new Blob(t,{type:n[C]})):"bytes"===e&&r(p(t,s)),D(A)}catch(A){n.destroy(A)}}function y(A,e){A.length+=e.length,A.body.push(e)}function D(A,e){null!==A.body&&(e?A.reject(e):A.resolve(),A.type=null,A.stream=null,A.resolve=null,A.reject=null,A.length=0,A.body=null)}A.exports={Readable:class extends n{constructor({resume:A,abort:e,contentType:t="",contentLength:r,highWaterMark:n=65536}){super({autoDestroy:!0,read:A,highWaterMark:n}),this._readableState.dataEmitted=!1,this[I]=e,this[Q]=null,this[B]=null,this[C]=t,this[h]=r,this[E]=!1}destroy(A){return A||this._readableState.endEmitted||(A=new s),A&&this[I](),super.destroy(A)}_destroy(A,e){this[E]?e(A):setImmediate(()=>{e(A)})}on(A,...e){return"data"!==A&&"readable"!==A||(this[E]=!0),super.on(A,...e)}addListener(A,...e){return this.on(A,...e)}off(A,...e){const t=super.off(A,...e)
return"data"!==A&&"readable"!==A||(this[E]=this.listenerCount("data")>0||this.listenerCount("readable")>0),t}removeListener(A,...e){return this.off(A,...e)}push(A){return this[Q]&&null!==A?(y(this[Q],A),!this[E]||super.push(A)):super.push(A)}async text(){return d(this,"text")}async json(){return d(this,"json")}async blob(){return d(this,"blob")}async bytes(){return d(this,"bytes")}async arrayBuffer(){return d(this,"arrayBuffer")}async formData(){throw new o}get bodyUsed(){return c.isDisturbed(this)}get body(){return this[B]||(this[B]=g(this),this[Q]&&(this[B].getReader(),r(this[B].locked))),this[B]}async dump(A){let e=Number.isFinite(A?.limit)?A.limit:131072
const t=A?.signal
if(null!=t&&("object"!=typeof t||!("aborted"in t)))throw new i("signal must be an AbortSignal")
return t?.throwIfAborted(),this._readableState.closeEmitted?null:await new Promise((A,r)=>{this[h]>e&&this.destroy(new a)
const n=()=>{this.destroy(t.reason??new a)}
t?.addEventListener("abort",n),this.on("close",function(){t?.removeEventListener("abort",n),t?.aborted?r(t.reason??new a):A(null)}).on("error",l).on("data",function(A){e-=A.length,e<=0&&this.destroy()}).resume()})}},chunksDecode:f}},7655:(A,e,t)=>{const r=t(4589),{ResponseStatusCodeError:n}=t(8707),{chunksDecode:s}=t(9927)
const o=A=>A.length>15&&"/"===A[11]&&"a"===A[0]&&"p"===A[1]&&"p"===A[2]&&"l"===A[3]&&"i"===A[4]&&"c"===A[5]&&"a"===A[6]&&"t"===A[7]&&"i"===A[8]&&"o"===A[9]&&"n"===A[10]&&"j"===A[12]&&"s"===A[13]&&"o"===A[14]&&"n"===A[15],i=A=>A.length>4&&"/"===A[4]&&"t"===A[0]&&"e"===A[1]&&"x"===A[2]&&"t"===A[3]
A.exports={getResolveErrorBodyCallback:async function({callback:A,body:e,contentType:t,statusCode:a,statusMessage:c,headers:g}){r(e)
let Q=[],E=0
try{for await(const A of e)if(Q.push(A),E+=A.length,E>131072){Q=[],E=0
break}}catch{Q=[],E=0}const B=`Response status code ${a}${c?`: ${c}`:""}`
if(204===a||!t||!E)return void queueMicrotask(()=>A(new n(B,a,g)))
const I=Error.stackTraceLimit
let C
Error.stackTraceLimit=0
try{o(t)?C=JSON.parse(s(Q,E)):i(t)&&(C=s(Q,E))}catch{}finally{Error.stackTraceLimit=I}queueMicrotask(()=>A(new n(B,a,g,C)))},isContentTypeApplicationJson:o,isContentTypeText:i}},9136:(A,e,t)=>{const r=t(7030),n=t(4589),s=t(3440),{InvalidArgumentError:o,ConnectTimeoutError:i}=t(8707),a=t(6603)
function c(){}let g,Q
Q=!global.FinalizationRegistry||process.env.NODE_V8_COVERAGE||process.env.UNDICI_NO_FG?class{constructor(A){this._maxCachedSessions=A,this._sessionCache=new Map}get(A){return this._sessionCache.get(A)}set(A,e){if(0!==this._maxCachedSessions){if(this._sessionCache.size>=this._maxCachedSessions){const{value:A}=this._sessionCache.keys().next()
this._sessionCache.delete(A)}this._sessionCache.set(A,e)}}}:class{constructor(A){this._maxCachedSessions=A,this._sessionCache=new Map,this._sessionRegistry=new global.FinalizationRegistry(A=>{if(this._sessionCache.size<this._maxCachedSessions)return
const e=this._sessionCache.get(A)
void 0!==e&&void 0===e.deref()&&this._sessionCache.delete(A)})}get(A){const e=this._sessionCache.get(A)
return e?e.deref():null}set(A,e){0!==this._maxCachedSessions&&(this._sessionCache.set(A,new WeakRef(e)),this._sessionRegistry.register(e,A))}}
const E="win32"===process.platform?(A,e)=>{if(!e.timeout)return c
let t=null,r=null
const n=a.setFastTimeout(()=>{t=setImmediate(()=>{r=setImmediate(()=>B(A.deref(),e))})},e.timeout)
return()=>{a.clearFastTimeout(n),clearImmediate(t),clearImmediate(r)}}:(A,e)=>{if(!e.timeout)return c
let t=null
const r=a.setFastTimeout(()=>{t=setImmediate(()=>{B(A.deref(),e)})},e.timeout)
return()=>{a.clearFastTimeout(r),clearImmediate(t)}}
function B(A,e){if(null==A)return
let t="Connect Timeout Error"
Array.isArray(A.autoSelectFamilyAttemptedAddresses)?t+=` (attempted addresses: ${A.autoSelectFamilyAttemptedAddresses.join(", ")},`:t+=` (attempted address: ${e.hostname}:${e.port},`,t+=` timeout: ${e.timeout}ms)`,s.destroy(A,new i(t))}A.exports=function({allowH2:A,maxCachedSessions:e,socketPath:i,timeout:a,session:c,...B}){if(null!=e&&(!Number.isInteger(e)||e<0))throw new o("maxCachedSessions must be a positive integer or zero")
const I={path:i,...B},C=new Q(null==e?100:e)
return a=null==a?1e4:a,A=null!=A&&A,function({hostname:e,host:o,protocol:i,port:Q,servername:B,localAddress:h,httpSocket:l},u){let d
if("https:"===i){g||(g=t(1692))
const r=(B=B||I.servername||s.getServerName(o)||null)||e
n(r)
const i=c||C.get(r)||null
Q=Q||443,d=g.connect({highWaterMark:16384,...I,servername:B,session:i,localAddress:h,ALPNProtocols:A?["http/1.1","h2"]:["http/1.1"],socket:l,port:Q,host:e}),d.on("session",function(A){C.set(r,A)})}else n(!l,"httpSocket can only be sent on TLS update"),Q=Q||80,d=r.connect({highWaterMark:65536,...I,localAddress:h,port:Q,host:e})
if(null==I.keepAlive||I.keepAlive){const A=void 0===I.keepAliveInitialDelay?6e4:I.keepAliveInitialDelay
d.setKeepAlive(!0,A)}const f=E(new WeakRef(d),{timeout:a,hostname:e,port:Q})
return d.setNoDelay(!0).once("https:"===i?"secureConnect":"connect",function(){if(queueMicrotask(f),u){const A=u
u=null,A(null,this)}}).on("error",function(A){if(queueMicrotask(f),u){const e=u
u=null,e(A)}}),d}}},735:A=>{const e={},t=["Accept","Accept-Encoding","Accept-Language","Accept-Ranges","Access-Control-Allow-Credentials","Access-Control-Allow-Headers","Access-Control-Allow-Methods","Access-Control-Allow-Origin","Access-Control-Expose-Headers","Access-Control-Max-Age","Access-Control-Request-Headers","Access-Control-Request-Method","Age","Allow","Alt-Svc","Alt-Used","Authorization","Cache-Control","Clear-Site-Data","Connection","Content-Disposition","Content-Encoding","Content-Language","Content-Length","Content-Location","Content-Range","Content-Security-Policy","Content-Security-Policy-Report-Only","Content-Type","Cookie","Cross-Origin-Embedder-Policy","Cross-Origin-Opener-Policy","Cross-Origin-Resource-Policy","Date","Device-Memory","Downlink","ECT","ETag","Expect","Expect-CT","Expires","Forwarded","From","Host","If-Match","If-Modified-Since","If-None-Match","If-Range","If-Unmodified-Since","Keep-Alive","Last-Modified","Link","Location","Max-Forwards","Origin","Permissions-Policy","Pragma","Proxy-Authenticate","Proxy-Authorization","RTT","Range","Referer","Referrer-Policy","Refresh","Retry-After","Sec-WebSocket-Accept","Sec-WebSocket-Extensions","Sec-WebSocket-Key","Sec-WebSocket-Protocol","Sec-WebSocket-Version","Server","Server-Timing","Service-Worker-Allowed","Service-Worker-Navigation-Preload","Set-Cookie","SourceMap","Strict-Transport-Security","Supports-Loading-Mode","TE","Timing-Allow-Origin","Trailer","Transfer-Encoding","Upgrade","Upgrade-Insecure-Requests","User-Agent","Vary","Via","WWW-Authenticate","X-Content-Type-Options","X-DNS-Prefetch-Control","X-Frame-Options","X-Permitted-Cross-Domain-Policies","X-Powered-By","X-Requested-With","X-XSS-Protection"]
for(let A=0;A<t.length;++A){const r=t[A],n=r.toLowerCase()
e[r]=e[n]=n}Object.setPrototypeOf(e,null),A.exports={wellknownHeaderNames:t,headerNameLowerCasedRecord:e}},2414:(A,e,t)=>{const r=t(3053),n=t(7975),s=n.debuglog("undici"),o=n.debuglog("fetch"),i=n.debuglog("websocket")
let a=!1
const c={beforeConnect:r.channel("undici:client:beforeConnect"),connected:r.channel("undici:client:connected"),connectError:r.channel("undici:client:connectError"),sendHeaders:r.channel("undici:client:sendHeaders"),create:r.channel("undici:request:create"),bodySent:r.channel("undici:request:bodySent"),headers:r.channel("undici:request:headers"),trailers:r.channel("undici:request:trailers"),error:r.channel("undici:request:error"),open:r.channel("undici:websocket:open"),close:r.channel("undici:websocket:close"),socketError:r.channel("undici:websocket:socket_error"),ping:r.channel("undici:websocket:ping"),pong:r.channel("undici:websocket:pong")}
if(s.enabled||o.enabled){const A=o.enabled?o:s
r.channel("undici:client:beforeConnect").subscribe(e=>{const{connectParams:{version:t,protocol:r,port:n,host:s}}=e
A("connecting to %s using %s%s",`${s}${n?`:${n}`:""}`,r,t)}),r.channel("undici:client:connected").subscribe(e=>{const{connectParams:{version:t,protocol:r,port:n,host:s}}=e
A("connected to %s using %s%s",`${s}${n?`:${n}`:""}`,r,t)}),r.channel("undici:client:connectError").subscribe(e=>{const{connectParams:{version:t,protocol:r,port:n,host:s},error:o}=e
A("connection to %s using %s%s errored - %s",`${s}${n?`:${n}`:""}`,r,t,o.message)}),r.channel("undici:client:sendHeaders").subscribe(e=>{const{request:{method:t,path:r,origin:n}}=e
A("sending request to %s %s/%s",t,n,r)}),r.channel("undici:request:headers").subscribe(e=>{const{request:{method:t,path:r,origin:n},response:{statusCode:s}}=e
A("received response to %s %s/%s - HTTP %d",t,n,r,s)}),r.channel("undici:request:trailers").subscribe(e=>{const{request:{method:t,path:r,origin:n}}=e
A("trailers received from %s %s/%s",t,n,r)}),r.channel("undici:request:error").subscribe(e=>{const{request:{method:t,path:r,origin:n},error:s}=e
A("request to %s %s/%s errored - %s",t,n,r,s.message)}),a=!0}if(i.enabled){if(!a){const A=s.enabled?s:i
r.channel("undici:client:beforeConnect").subscribe(e=>{const{connectParams:{version:t,protocol:r,port:n,host:s}}=e
A("connecting to %s%s using %s%s",s,n?`:${n}`:"",r,t)}),r.channel("undici:client:connected").subscribe(e=>{const{connectParams:{version:t,protocol:r,port:n,host:s}}=e
A("connected to %s%s using %s%s",s,n?`:${n}`:"",r,t)}),r.channel("undici:client:connectError").subscribe(e=>{const{connectParams:{version:t,protocol:r,port:n,host:s},error:o}=e
A("connection to %s%s using %s%s errored - %s",s,n?`:${n}`:"",r,t,o.message)}),r.channel("undici:client:sendHeaders").subscribe(e=>{const{request:{method:t,path:r,origin:n}}=e
A("sending request to %s %s/%s",t,n,r)})}r.channel("undici:websocket:open").subscribe(A=>{const{address:{address:e,port:t}}=A
i("connection opened %s%s",e,t?`:${t}`:"")}),r.channel("undici:websocket:close").subscribe(A=>{const{websocket:e,code:t,reason:r}=A
i("closed connection to %s - %s %s",e.url,t,r)}),r.channel("undici:websocket:socket_error").subscribe(A=>{i("connection errored - %s",A.message)}),r.channel("undici:websocket:ping").subscribe(A=>{i("ping received")}),r.channel("undici:websocket:pong").subscribe(A=>{i("pong received")})}A.exports={channels:c}},8707:A=>{const e=Symbol.for("undici.error.UND_ERR")
class t extends Error{constructor(A){super(A),this.name="UndiciError",this.code="UND_ERR"}static[Symbol.hasInstance](A){return A&&!0===A[e]}[e]=!0}const r=Symbol.for("undici.error.UND_ERR_CONNECT_TIMEOUT")
class n extends t{constructor(A){super(A),this.name="ConnectTimeoutError",this.message=A||"Connect Timeout Error",this.code="UND_ERR_CONNECT_TIMEOUT"}static[Symbol.hasInstance](A){return A&&!0===A[r]}[r]=!0}const s=Symbol.for("undici.error.UND_ERR_HEADERS_TIMEOUT")
class o extends t{constructor(A){super(A),this.name="HeadersTimeoutError",this.message=A||"Headers Timeout Error",this.code="UND_ERR_HEADERS_TIMEOUT"}static[Symbol.hasInstance](A){return A&&!0===A[s]}[s]=!0}const i=Symbol.for("undici.error.UND_ERR_HEADERS_OVERFLOW")
class a extends t{constructor(A){super(A),this.name="HeadersOverflowError",this.message=A||"Headers Overflow Error",this.code="UND_ERR_HEADERS_OVERFLOW"}static[Symbol.hasInstance](A){return A&&!0===A[i]}[i]=!0}const c=Symbol.for("undici.error.UND_ERR_BODY_TIMEOUT")
class g extends t{constructor(A){super(A),this.name="BodyTimeoutError",this.message=A||"Body Timeout Error",this.code="UND_ERR_BODY_TIMEOUT"}static[Symbol.hasInstance](A){return A&&!0===A[c]}[c]=!0}const Q=Symbol.for("undici.error.UND_ERR_RESPONSE_STATUS_CODE")
class E extends t{constructor(A,e,t,r){super(A),this.name="ResponseStatusCodeError",this.message=A||"Response Status Code Error",this.code="UND_ERR_RESPONSE_STATUS_CODE",this.body=r,this.status=e,this.statusCode=e,this.headers=t}static[Symbol.hasInstance](A){return A&&!0===A[Q]}[Q]=!0}const B=Symbol.for("undici.error.UND_ERR_INVALID_ARG")
class I extends t{constructor(A){super(A),this.name="InvalidArgumentError",this.message=A||"Invalid Argument Error",this.code="UND_ERR_INVALID_ARG"}static[Symbol.hasInstance](A){return A&&!0===A[B]}[B]=!0}const C=Symbol.for("undici.error.UND_ERR_INVALID_RETURN_VALUE")
class h extends t{constructor(A){super(A),this.name="InvalidReturnValueError",this.message=A||"Invalid Return Value Error",this.code="UND_ERR_INVALID_RETURN_VALUE"}static[Symbol.hasInstance](A){return A&&!0===A[C]}[C]=!0}const l=Symbol.for("undici.error.UND_ERR_ABORT")
class u extends t{constructor(A){super(A),this.name="AbortError",this.message=A||"The operation was aborted",this.code="UND_ERR_ABORT"}static[Symbol.hasInstance](A){return A&&!0===A[l]}[l]=!0}const d=Symbol.for("undici.error.UND_ERR_ABORTED")
class f extends u{constructor(A){super(A),this.name="AbortError",this.message=A||"Request aborted",this.code="UND_ERR_ABORTED"}static[Symbol.hasInstance](A){return A&&!0===A[d]}[d]=!0}const p=Symbol.for("undici.error.UND_ERR_INFO")
class w extends t{constructor(A){super(A),this.name="InformationalError",this.message=A||"Request information",this.code="UND_ERR_INFO"}static[Symbol.hasInstance](A){return A&&!0===A[p]}[p]=!0}const y=Symbol.for("undici.error.UND_ERR_REQ_CONTENT_LENGTH_MISMATCH")
class D extends t{constructor(A){super(A),this.name="RequestContentLengthMismatchError",this.message=A||"Request body length does not match content-length header",this.code="UND_ERR_REQ_CONTENT_LENGTH_MISMATCH"}static[Symbol.hasInstance](A){return A&&!0===A[y]}[y]=!0}const m=Symbol.for("undici.error.UND_ERR_RES_CONTENT_LENGTH_MISMATCH")
class k extends t{constructor(A){super(A),this.name="ResponseContentLengthMismatchError",this.message=A||"Response body length does not match content-length header",this.code="UND_ERR_RES_CONTENT_LENGTH_MISMATCH"}static[Symbol.hasInstance](A){return A&&!0===A[m]}[m]=!0}const R=Symbol.for("undici.error.UND_ERR_DESTROYED")
class F extends t{constructor(A){super(A),this.name="ClientDestroyedError",this.message=A||"The client is destroyed",this.code="UND_ERR_DESTROYED"}static[Symbol.hasInstance](A){return A&&!0===A[R]}[R]=!0}const b=Symbol.for("undici.error.UND_ERR_CLOSED")
class S extends t{constructor(A){super(A),this.name="ClientClosedError",this.message=A||"The client is closed",this.code="UND_ERR_CLOSED"}static[Symbol.hasInstance](A){return A&&!0===A[b]}[b]=!0}const N=Symbol.for("undici.error.UND_ERR_SOCKET")
class M extends t{constructor(A,e){super(A),this.name="SocketError",this.message=A||"Socket error",this.code="UND_ERR_SOCKET",this.socket=e}static[Symbol.hasInstance](A){return A&&!0===A[N]}[N]=!0}const U=Symbol.for("undici.error.UND_ERR_NOT_SUPPORTED")
class L extends t{constructor(A){super(A),this.name="NotSupportedError",this.message=A||"Not supported error",this.code="UND_ERR_NOT_SUPPORTED"}static[Symbol.hasInstance](A){return A&&!0===A[U]}[U]=!0}const T=Symbol.for("undici.error.UND_ERR_BPL_MISSING_UPSTREAM")
class v extends t{constructor(A){super(A),this.name="MissingUpstreamError",this.message=A||"No upstream has been added to the BalancedPool",this.code="UND_ERR_BPL_MISSING_UPSTREAM"}static[Symbol.hasInstance](A){return A&&!0===A[T]}[T]=!0}const Y=Symbol.for("undici.error.UND_ERR_HTTP_PARSER")
class G extends Error{constructor(A,e,t){super(A),this.name="HTTPParserError",this.code=e?`HPE_${e}`:void 0,this.data=t?t.toString():void 0}static[Symbol.hasInstance](A){return A&&!0===A[Y]}[Y]=!0}const J=Symbol.for("undici.error.UND_ERR_RES_EXCEEDED_MAX_SIZE")
class H extends t{constructor(A){super(A),this.name="ResponseExceededMaxSizeError",this.message=A||"Response content exceeded max size",this.code="UND_ERR_RES_EXCEEDED_MAX_SIZE"}static[Symbol.hasInstance](A){return A&&!0===A[J]}[J]=!0}const x=Symbol.for("undici.error.UND_ERR_REQ_RETRY")
class V extends t{constructor(A,e,{headers:t,data:r}){super(A),this.name="RequestRetryError",this.message=A||"Request retry error",this.code="UND_ERR_REQ_RETRY",this.statusCode=e,this.data=r,this.headers=t}static[Symbol.hasInstance](A){return A&&!0===A[x]}[x]=!0}const W=Symbol.for("undici.error.UND_ERR_RESPONSE")
class O extends t{constructor(A,e,{headers:t,data:r}){super(A),this.name="ResponseError",this.message=A||"Response error",this.code="UND_ERR_RESPONSE",this.statusCode=e,this.data=r,this.headers=t}static[Symbol.hasInstance](A){return A&&!0===A[W]}[W]=!0}const P=Symbol.for("undici.error.UND_ERR_PRX_TLS")
class q extends t{constructor(A,e,t){super(e,{cause:A,...t??{}}),this.name="SecureProxyConnectionError",this.message=e||"Secure Proxy Connection failed",this.code="UND_ERR_PRX_TLS",this.cause=A}static[Symbol.hasInstance](A){return A&&!0===A[P]}[P]=!0}const Z=Symbol.for("undici.error.UND_ERR_WS_MESSAGE_SIZE_EXCEEDED")
class z extends t{constructor(A){super(A),this.name="MessageSizeExceededError",this.message=A||"Max decompressed message size exceeded",this.code="UND_ERR_WS_MESSAGE_SIZE_EXCEEDED"}static[Symbol.hasInstance](A){return A&&!0===A[Z]}get[Z](){return!0}}A.exports={AbortError:u,HTTPParserError:G,UndiciError:t,HeadersTimeoutError:o,HeadersOverflowError:a,BodyTimeoutError:g,RequestContentLengthMismatchError:D,ConnectTimeoutError:n,ResponseStatusCodeError:E,InvalidArgumentError:I,InvalidReturnValueError:h,RequestAbortedError:f,ClientDestroyedError:F,ClientClosedError:S,InformationalError:w,SocketError:M,NotSupportedError:L,ResponseContentLengthMismatchError:k,BalancedPoolMissingUpstreamError:v,ResponseExceededMaxSizeError:H,RequestRetryError:V,ResponseError:O,SecureProxyConnectionError:q,MessageSizeExceededError:z}},4655:(A,e,t)=>{const{InvalidArgumentError:r,NotSupportedError:n}=t(8707),s=t(4589),{isValidHTTPToken:o,isValidHeaderValue:i,isStream:a,destroy:c,isBuffer:g,isFormDataLike:Q,isIterable:E,isBlobLike:B,buildURL:I,validateHandler:C,getServerName:h,normalizedMethodRecords:l}=t(3440),{channels:u}=t(2414),{headerNameLowerCasedRecord:d}=t(735),f=/[^\u0021-\u00ff]/,p=Symbol("handler")
function w(A,e,t){if(t&&"object"==typeof t&&!Array.isArray(t))throw new r(`invalid ${e} header`)
if(void 0===t)return
let s=d[e]
if(void 0===s&&(s=e.toLowerCase(),void 0===d[s]&&!o(s)))throw new r("invalid header key")
if(Array.isArray(t)){const A=[]
for(let n=0;n<t.length;n++)if("string"==typeof t[n]){if(!i(t[n]))throw new r(`invalid ${e} header`)
A.push(t[n])}else if(null===t[n])A.push("")
else{if("object"==typeof t[n])throw new r(`invalid ${e} header`)
{const s=`${t[n]}`
if(!i(s))throw new r(`invalid ${e} header`)
A.push(s)}}t=A}else if("string"==typeof t){if(!i(t))throw new r(`invalid ${e} header`)}else if(null===t)t=""
else if(!i(t=`${t}`))throw new r(`invalid ${e} header`)
if("host"===s){if(null!==A.host)throw new r("duplicate host header")
if("string"!=typeof t)throw new r("invalid host header")
A.host=t}else if("content-length"===s){if(null!==A.contentLength)throw new r("duplicate content-length header")
if(A.contentLength=parseInt(t,10),!Number.isFinite(A.contentLength))throw new r("invalid content-length header")}else if(null===A.contentType&&"content-type"===s)A.contentType=t,A.headers.push(e,t)
else{if("transfer-encoding"===s||"keep-alive"===s||"upgrade"===s)throw new r(`invalid ${s} header`)
if("connection"===s){const e="string"==typeof t?t.toLowerCase():null
if("close"!==e&&"keep-alive"!==e)throw new r("invalid connection header")
"close"===e&&(A.reset=!0)}else{if("expect"===s)throw new n("expect header not supported")
A.headers.push(e,t)}}}A.exports=class{constructor(A,{path:e,method:t,body:n,headers:s,query:d,idempotent:y,blocking:D,upgrade:m,headersTimeout:k,bodyTimeout:R,reset:F,throwOnError:b,expectContinue:S,servername:N},M){if("string"!=typeof e)throw new r("path must be a string")
if("/"!==e[0]&&!e.startsWith("http://")&&!e.startsWith("https://")&&"CONNECT"!==t)throw new r("path must be an absolute URL or start with a slash")
if(f.test(e))throw new r("invalid request path")
if("string"!=typeof t)throw new r("method must be a string")
if(void 0===l[t]&&!o(t))throw new r("invalid request method")
if(m&&"string"!=typeof m)throw new r("upgrade must be a string")
if(m&&!i(m))throw new r("invalid upgrade header")
if(null!=k&&(!Number.isFinite(k)||k<0))throw new r("invalid headersTimeout")
if(null!=R&&(!Number.isFinite(R)||R<0))throw new r("invalid bodyTimeout")
if(null!=F&&"boolean"!=typeof F)throw new r("invalid reset")
if(null!=S&&"boolean"!=typeof S)throw new r("invalid expectContinue")
if(this.headersTimeout=k,this.bodyTimeout=R,this.throwOnError=!0===b,this.method=t,this.abort=null,null==n)this.body=null
else if(a(n)){this.body=n
const A=this.body._readableState
A&&A.autoDestroy||(this.endHandler=function(){c(this)},this.body.on("end",this.endHandler)),this.errorHandler=A=>{this.abort?this.abort(A):this.error=A},this.body.on("error",this.errorHandler)}else if(g(n))this.body=n.byteLength?n:null
else if(ArrayBuffer.isView(n))this.body=n.buffer.byteLength?Buffer.from(n.buffer,n.byteOffset,n.byteLength):null
else if(n instanceof ArrayBuffer)this.body=n.byteLength?Buffer.from(n):null
else if("string"==typeof n)this.body=n.length?Buffer.from(n):null
else{if(!(Q(n)||E(n)||B(n)))throw new r("body must be a string, a Buffer, a Readable stream, an iterable, or an async iterable")
this.body=n}if(this.completed=!1,this.aborted=!1,this.upgrade=m||null,this.path=d?I(e,d):e,this.origin=A,this.idempotent=null==y?"HEAD"===t||"GET"===t:y,this.blocking=null!=D&&D,this.reset=null==F?null:F,this.host=null,this.contentLength=null,this.contentType=null,this.headers=[],this.expectContinue=null!=S&&S,Array.isArray(s)){if(s.length%2!=0)throw new r("headers array must be even")
for(let A=0;A<s.length;A+=2)w(this,s[A],s[A+1])}else if(s&&"object"==typeof s)if(s[Symbol.iterator])for(const A of s){if(!Array.isArray(A)||2!==A.length)throw new r("headers must be in key-value pair format")
w(this,A[0],A[1])}else{const A=Object.keys(s)
for(let e=0;e<A.length;++e)w(this,A[e],s[A[e]])}else if(null!=s)throw new r("headers must be an object or an array")
C(M,t,m),this.servername=N||h(this.host),this[p]=M,u.create.hasSubscribers&&u.create.publish({request:this})}onBodySent(A){if(this[p].onBodySent)try{return this[p].onBodySent(A)}catch(A){this.abort(A)}}onRequestSent(){if(u.bodySent.hasSubscribers&&u.bodySent.publish({request:this}),this[p].onRequestSent)try{return this[p].onRequestSent()}catch(A){this.abort(A)}}onConnect(A){if(s(!this.aborted),s(!this.completed),!this.error)return this.abort=A,this[p].onConnect(A)
A(this.error)}onResponseStarted(){return this[p].onResponseStarted?.()}onHeaders(A,e,t,r){s(!this.aborted),s(!this.completed),u.headers.hasSubscribers&&u.headers.publish({request:this,response:{statusCode:A,headers:e,statusText:r}})
try{return this[p].onHeaders(A,e,t,r)}catch(A){this.abort(A)}}onData(A){s(!this.aborted),s(!this.completed)
try{return this[p].onData(A)}catch(A){return this.abort(A),!1}}onUpgrade(A,e,t,r=""){this.onFinally(),s(!this.aborted),s(!this.completed),null!==A&&this.#A(A,e,r)
const n=this[p].onUpgrade(A,e,t)
return this.aborted||(this.completed=!0,null!==A&&this.#e()),n}onUpgradeResponse(A,e,t,r=""){s(!this.aborted),s(this.completed),u.headers.hasSubscribers&&this.#A(A,t(e),r),this.#e()}onUpgradeError(A){s(!this.aborted),s(this.completed),u.error.hasSubscribers&&u.error.publish({request:this,error:A})}#A(A,e,t){u.headers.hasSubscribers&&u.headers.publish({request:this,response:{statusCode:A,headers:e,statusText:t}})}#e(){u.trailers.hasSubscribers&&u.trailers.publish({request:this,trailers:[]})}onComplete(A){this.onFinally(),s(!this.aborted),this.completed=!0,u.trailers.hasSubscribers&&u.trailers.publish({request:this,trailers:A})
try{return this[p].onComplete(A)}catch(A){this.onError(A)}}onError(A){if(this.onFinally(),u.error.hasSubscribers&&u.error.publish({request:this,error:A}),!this.aborted)return this.aborted=!0,this[p].onError(A)}onFinally(){this.errorHandler&&(this.body.off("error",this.errorHandler),this.errorHandler=null),this.endHandler&&(this.body.off("end",this.endHandler),this.endHandler=null)}addHeader(A,e){return w(this,A,e),this}}},6443:A=>{A.exports={kClose:Symbol("close"),kDestroy:Symbol("destroy"),kDispatch:Symbol("dispatch"),kUrl:Symbol("url"),kWriting:Symbol("writing"),kResuming:Symbol("resuming"),kQueue:Symbol("queue"),kConnect:Symbol("connect"),kConnecting:Symbol("connecting"),kKeepAliveDefaultTimeout:Symbol("default keep alive timeout"),kKeepAliveMaxTimeout:Symbol("max keep alive timeout"),kKeepAliveTimeoutThreshold:Symbol("keep alive timeout threshold"),kKeepAliveTimeoutValue:Symbol("keep alive timeout"),kKeepAlive:Symbol("keep alive"),kHeadersTimeout:Symbol("headers timeout"),kBodyTimeout:Symbol("body timeout"),kServerName:Symbol("server name"),kLocalAddress:Symbol("local address"),kHost:Symbol("host"),kNoRef:Symbol("no ref"),kBodyUsed:Symbol("used"),kBody:Symbol("abstracted request body"),kRunning:Symbol("running"),kBlocking:Symbol("blocking"),kPending:Symbol("pending"),kSize:Symbol("size"),kBusy:Symbol("busy"),kQueued:Symbol("queued"),kFree:Symbol("free"),kConnected:Symbol("connected"),kClosed:Symbol("closed"),kNeedDrain:Symbol("need drain"),kReset:Symbol("reset"),kDestroyed:Symbol.for("nodejs.stream.destroyed"),kResume:Symbol("resume"),kOnError:Symbol("on error"),kMaxHeadersSize:Symbol("max headers size"),kRunningIdx:Symbol("running index"),kPendingIdx:Symbol("pending index"),kError:Symbol("error"),kClients:Symbol("clients"),kClient:Symbol("client"),kParser:Symbol("parser"),kOnDestroyed:Symbol("destroy callbacks"),kPipelining:Symbol("pipelining"),kSocket:Symbol("socket"),kHostHeader:Symbol("host header"),kConnector:Symbol("connector"),kStrictContentLength:Symbol("strict content length"),kMaxRedirections:Symbol("maxRedirections"),kMaxRequests:Symbol("maxRequestsPerClient"),kProxy:Symbol("proxy agent options"),kCounter:Symbol("socket request counter"),kInterceptors:Symbol("dispatch interceptors"),kMaxResponseSize:Symbol("max response size"),kHTTP2Session:Symbol("http2Session"),kHTTP2SessionState:Symbol("http2Session state"),kRetryHandlerDefaultRetry:Symbol("retry agent default retry"),kConstruct:Symbol("constructable"),kListeners:Symbol("listeners"),kHTTPContext:Symbol("http context"),kMaxConcurrentStreams:Symbol("max concurrent streams"),kNoProxyAgent:Symbol("no proxy agent"),kHttpProxyAgent:Symbol("http proxy agent"),kHttpsProxyAgent:Symbol("https proxy agent")}},7752:(A,e,t)=>{const{wellknownHeaderNames:r,headerNameLowerCasedRecord:n}=t(735)
class s{value=null
left=null
middle=null
right=null
code
constructor(A,e,t){if(void 0===t||t>=A.length)throw new TypeError("Unreachable")
if((this.code=A.charCodeAt(t))>127)throw new TypeError("key must be ascii string")
A.length!==++t?this.middle=new s(A,e,t):this.value=e}add(A,e){const t=A.length
if(0===t)throw new TypeError("Unreachable")
let r=0,n=this
for(;;){const o=A.charCodeAt(r)
if(o>127)throw new TypeError("key must be ascii string")
if(n.code===o){if(t===++r){n.value=e
break}if(null===n.middle){n.middle=new s(A,e,r)
break}n=n.middle}else if(n.code<o){if(null===n.left){n.left=new s(A,e,r)
break}n=n.left}else{if(null===n.right){n.right=new s(A,e,r)
break}n=n.right}}}search(A){const e=A.length
let t=0,r=this
for(;null!==r&&t<e;){let n=A[t]
for(n<=90&&n>=65&&(n|=32);null!==r;){if(n===r.code){if(e===++t)return r
r=r.middle
break}r=r.code<n?r.left:r.right}}return null}}class o{node=null
insert(A,e){null===this.node?this.node=new s(A,e,0):this.node.add(A,e)}lookup(A){return this.node?.search(A)?.value??null}}const i=new o
for(let A=0;A<r.length;++A){const e=n[r[A]]
i.insert(e,e)}A.exports={TernarySearchTree:o,tree:i}},3440:(A,e,t)=>{const r=t(4589),{kDestroyed:n,kBodyUsed:s,kListeners:o,kBody:i}=t(6443),{IncomingMessage:a}=t(7067),c=t(7075),g=t(7030),{Blob:Q}=t(4573),E=t(7975),{stringify:B}=t(1792),{EventEmitter:I}=t(8474),{InvalidArgumentError:C}=t(8707),{headerNameLowerCasedRecord:h}=t(735),{tree:l}=t(7752),[u,d]=process.versions.node.split(".").map(A=>Number(A))
class f{constructor(A){this[i]=A,this[s]=!1}async*[Symbol.asyncIterator](){r(!this[s],"disturbed"),this[s]=!0,yield*this[i]}}function p(A){return A&&"object"==typeof A&&"function"==typeof A.pipe&&"function"==typeof A.on}function w(A){if(null===A)return!1
if(A instanceof Q)return!0
if("object"!=typeof A)return!1
{const e=A[Symbol.toStringTag]
return("Blob"===e||"File"===e)&&("stream"in A&&"function"==typeof A.stream||"arrayBuffer"in A&&"function"==typeof A.arrayBuffer)}}function y(A){const e=parseInt(A,10)
return e===Number(A)&&e>=0&&e<=65535}function D(A){return null!=A&&"h"===A[0]&&"t"===A[1]&&"t"===A[2]&&"p"===A[3]&&(":"===A[4]||"s"===A[4]&&":"===A[5])}function m(A){if("string"==typeof A){if(!D((A=new URL(A)).origin||A.protocol))throw new C("Invalid URL protocol: the URL must start with `http:` or `https:`.")
return A}if(!A||"object"!=typeof A)throw new C("Invalid URL: The URL argument must be a non-null object.")
if(!(A instanceof URL)){if(null!=A.port&&""!==A.port&&!1===y(A.port))throw new C("Invalid URL: port must be a valid integer or a string representation of an integer.")
if(null!=A.path&&"string"!=typeof A.path)throw new C("Invalid URL path: the path must be a string or null/undefined.")
if(null!=A.pathname&&"string"!=typeof A.pathname)throw new C("Invalid URL pathname: the pathname must be a string or null/undefined.")
if(null!=A.hostname&&"string"!=typeof A.hostname)throw new C("Invalid URL hostname: the hostname must be a string or null/undefined.")
if(null!=A.origin&&"string"!=typeof A.origin)throw new C("Invalid URL origin: the origin must be a string or null/undefined.")
if(!D(A.origin||A.protocol))throw new C("Invalid URL protocol: the URL must start with `http:` or `https:`.")
const e=null!=A.port?A.port:"https:"===A.protocol?443:80
let t=null!=A.origin?A.origin:`${A.protocol||""}//${A.hostname||""}:${e}`,r=null!=A.path?A.path:`${A.pathname||""}${A.search||""}`
return"/"===t[t.length-1]&&(t=t.slice(0,t.length-1)),r&&"/"!==r[0]&&(r=`/${r}`),new URL(`${t}${r}`)}if(!D(A.origin||A.protocol))throw new C("Invalid URL protocol: the URL must start with `http:` or `https:`.")
return A}function k(A){return!(null==A||"function"!=typeof A[Symbol.iterator]&&"function"!=typeof A[Symbol.asyncIterator])}function R(A){if(null==A)return 0
if(p(A)){const e=A._readableState
return e&&!1===e.objectMode&&!0===e.ended&&Number.isFinite(e.length)?e.length:null}return w(A)?null!=A.size?A.size:null:N(A)?A.byteLength:null}function F(A){return A&&!!(A.destroyed||A[n]||c.isDestroyed?.(A))}const b=/timeout=(\d+)/
function S(A){return"string"==typeof A?h[A]??A.toLowerCase():l.lookup(A)??A.toString("latin1").toLowerCase()}function N(A){return A instanceof Uint8Array||Buffer.isBuffer(A)}const M="function"==typeof String.prototype.toWellFormed,U="function"==typeof String.prototype.isWellFormed
function L(A){return M?`${A}`.toWellFormed():E.toUSVString(A)}function T(A){switch(A){case 34:case 40:case 41:case 44:case 47:case 58:case 59:case 60:case 61:case 62:case 63:case 64:case 91:case 92:case 93:case 123:case 125:return!1
default:return A>=33&&A<=126}}const v=/[^\t\x20-\x7e\x80-\xff]/
const Y=Object.create(null)
Y.enumerable=!0
const G={delete:"DELETE",DELETE:"DELETE",get:"GET",GET:"GET",head:"HEAD",HEAD:"HEAD",options:"OPTIONS",OPTIONS:"OPTIONS",post:"POST",POST:"POST",put:"PUT",PUT:"PUT"},J={...G,patch:"patch",PATCH:"PATCH"}
Object.setPrototypeOf(G,null),Object.setPrototypeOf(J,null),A.exports={kEnumerableProperty:Y,nop:function(){},isDisturbed:function(A){return!(!A||!c.isDisturbed(A)&&!A[s])},isErrored:function(A){return!(!A||!c.isErrored(A))},isReadable:function(A){return!(!A||!c.isReadable(A))},toUSVString:L,isUSVString:function(A){return U?`${A}`.isWellFormed():L(A)===`${A}`},isBlobLike:w,parseOrigin:function(A){if("/"!==(A=m(A)).pathname||A.search||A.hash)throw new C("invalid url")
return A},parseURL:m,getServerName:function(A){if(!A)return null
r("string"==typeof A)
const e=function(A){if("["===A[0]){const e=A.indexOf("]")
return r(-1!==e),A.substring(1,e)}const e=A.indexOf(":")
return-1===e?A:A.substring(0,e)}(A)
return g.isIP(e)?"":e},isStream:p,isIterable:k,isAsyncIterable:function(A){return!(null==A||"function"!=typeof A[Symbol.asyncIterator])},isDestroyed:F,headerNameToString:S,bufferToLowerCasedHeaderName:function(A){return l.lookup(A)??A.toString("latin1").toLowerCase()},addListener:function(A,e,t){return(A[o]??=[]).push([e,t]),A.on(e,t),A},removeAllListeners:function(A){for(const[e,t]of A[o]??[])A.removeListener(e,t)
A[o]=null},errorRequest:function(A,e,t){try{e.onError(t),r(e.aborted)}catch(t){A.emit("error",t)}},parseRawHeaders:function(A){const e=A.length,t=new Array(e)
let r,n,s=!1,o=-1,i=0
for(let e=0;e<A.length;e+=2)r=A[e],n=A[e+1],"string"!=typeof r&&(r=r.toString()),"string"!=typeof n&&(n=n.toString("utf8")),i=r.length,14!==i||"-"!==r[7]||"content-length"!==r&&"content-length"!==r.toLowerCase()?19!==i||"-"!==r[7]||"content-disposition"!==r&&"content-disposition"!==r.toLowerCase()||(o=e+1):s=!0,t[e]=r,t[e+1]=n
return s&&-1!==o&&(t[o]=Buffer.from(t[o]).toString("latin1")),t},parseHeaders:function(A,e){void 0===e&&(e={})
for(let t=0;t<A.length;t+=2){const r=S(A[t])
let n=e[r]
if(n)"string"==typeof n&&(n=[n],e[r]=n),n.push(A[t+1].toString("utf8"))
else{const n=A[t+1]
e[r]="string"==typeof n?n:Array.isArray(n)?n.map(A=>A.toString("utf8")):n.toString("utf8")}}return"content-length"in e&&"content-disposition"in e&&(e["content-disposition"]=Buffer.from(e["content-disposition"]).toString("latin1")),e},parseKeepAliveTimeout:function(A){const e=A.toString().match(b)
return e?1e3*parseInt(e[1],10):null},destroy:function(A,e){null!=A&&p(A)&&!F(A)&&("function"==typeof A.destroy?(Object.getPrototypeOf(A).constructor===a&&(A.socket=null),A.destroy(e)):e&&queueMicrotask(()=>{A.emit("error",e)}),!0!==A.destroyed&&(A[n]=!0))},bodyLength:R,deepClone:function(A){return JSON.parse(JSON.stringify(A))},ReadableStreamFrom:function(A){let e
return new ReadableStream({async start(){e=A[Symbol.asyncIterator]()},async pull(A){const{done:t,value:r}=await e.next()
if(t)queueMicrotask(()=>{A.close(),A.byobRequest?.respond(0)})
else{const e=Buffer.isBuffer(r)?r:Buffer.from(r)
e.byteLength&&A.enqueue(new Uint8Array(e))}return A.desiredSize>0},async cancel(A){await e.return()},type:"bytes"})},isBuffer:N,validateHandler:function(A,e,t){if(!A||"object"!=typeof A)throw new C("handler must be an object")
if("function"!=typeof A.onConnect)throw new C("invalid onConnect method")
if("function"!=typeof A.onError)throw new C("invalid onError method")
if("function"!=typeof A.onBodySent&&void 0!==A.onBodySent)throw new C("invalid onBodySent method")
if(t||"CONNECT"===e){if("function"!=typeof A.onUpgrade)throw new C("invalid onUpgrade method")}else{if("function"!=typeof A.onHeaders)throw new C("invalid onHeaders method")
if("function"!=typeof A.onData)throw new C("invalid onData method")
if("function"!=typeof A.onComplete)throw new C("invalid onComplete method")}},getSocketInfo:function(A){return{localAddress:A.localAddress,localPort:A.localPort,remoteAddress:A.remoteAddress,remotePort:A.remotePort,remoteFamily:A.remoteFamily,timeout:A.timeout,bytesWritten:A.bytesWritten,bytesRead:A.bytesRead}},isFormDataLike:function(A){return A&&"object"==typeof A&&"function"==typeof A.append&&"function"==typeof A.delete&&"function"==typeof A.get&&"function"==typeof A.getAll&&"function"==typeof A.has&&"function"==typeof A.set&&"FormData"===A[Symbol.toStringTag]},buildURL:function(A,e){if(A.includes("?")||A.includes("#"))throw new Error('Query params cannot be passed when url already contains "?" or "#".')
const t=B(e)
return t&&(A+="?"+t),A},addAbortListener:function(A,e){return"addEventListener"in A?(A.addEventListener("abort",e,{once:!0}),()=>A.removeEventListener("abort",e)):(A.addListener("abort",e),()=>A.removeListener("abort",e))},isValidHTTPToken:function(A){if(0===A.length)return!1
for(let e=0;e<A.length;++e)if(!T(A.charCodeAt(e)))return!1
return!0},isValidHeaderValue:function(A){return!v.test(A)},isTokenCharCode:T,parseRangeHeader:function(A){if(null==A||""===A)return{start:0,end:null,size:null}
const e=A?A.match(/^bytes (\d+)-(\d+)\/(\d+)?$/):null
return e?{start:parseInt(e[1]),end:e[2]?parseInt(e[2]):null,size:e[3]?parseInt(e[3]):null}:null},normalizedMethodRecordsBase:G,normalizedMethodRecords:J,isValidPort:y,isHttpOrHttpsPrefixed:D,nodeMajor:u,nodeMinor:d,safeHTTPMethods:["GET","HEAD","OPTIONS","TRACE"],wrapRequestBody:function(A){return p(A)?(0===R(A)&&A.on("data",function(){r(!1)}),"boolean"!=typeof A.readableDidRead&&(A[s]=!1,I.prototype.on.call(A,"data",function(){this[s]=!0})),A):A&&"function"==typeof A.pipeTo||A&&"string"!=typeof A&&!ArrayBuffer.isView(A)&&k(A)?new f(A):A}}},7405:(A,e,t)=>{const{InvalidArgumentError:r}=t(8707),{kClients:n,kRunning:s,kClose:o,kDestroy:i,kDispatch:a,kInterceptors:c}=t(6443),g=t(1841),Q=t(628),E=t(3701),B=t(3440),I=t(5092),C=Symbol("onConnect"),h=Symbol("onDisconnect"),l=Symbol("onConnectionError"),u=Symbol("maxRedirections"),d=Symbol("onDrain"),f=Symbol("factory"),p=Symbol("options")
function w(A,e){return e&&1===e.connections?new E(A,e):new Q(A,e)}A.exports=class extends g{constructor({factory:A=w,maxRedirections:e=0,connect:t,tls:s,...o}={}){if("function"!=typeof A)throw new r("factory must be a function.")
if(null!=t&&"function"!=typeof t&&"object"!=typeof t)throw new r("connect must be a function or an object")
if(!Number.isInteger(e)||e<0)throw new r("maxRedirections must be a positive number")
super(o),t&&"function"!=typeof t&&(t={...t}),s&&"function"!=typeof s&&(s={...s}),this[c]=o.interceptors?.Agent&&Array.isArray(o.interceptors.Agent)?o.interceptors.Agent:[I({maxRedirections:e})],this[p]={...B.deepClone(o),connect:t,tls:s},this[p].interceptors=o.interceptors?{...o.interceptors}:void 0,this[u]=e,this[f]=A,this[n]=new Map,this[d]=(A,e)=>{this.emit("drain",A,[this,...e])},this[C]=(A,e)=>{this.emit("connect",A,[this,...e])},this[h]=(A,e,t)=>{this.emit("disconnect",A,[this,...e],t)},this[l]=(A,e,t)=>{this.emit("connectionError",A,[this,...e],t)}}get[s](){let A=0
for(const e of this[n].values())A+=e[s]
return A}[a](A,e){let t
if(!A.origin||!("string"==typeof A.origin||A.origin instanceof URL))throw new r("opts.origin must be a non-empty string or URL.")
t=String(A.origin)
let s=this[n].get(t)
return s||(s=this[f](A.origin,this[p]).on("drain",this[d]).on("connect",this[C]).on("disconnect",this[h]).on("connectionError",this[l]),this[n].set(t,s)),s.dispatch(A,e)}async[o](){const A=[]
for(const e of this[n].values())A.push(e.close())
this[n].clear(),await Promise.all(A)}async[i](A){const e=[]
for(const t of this[n].values())e.push(t.destroy(A))
this[n].clear(),await Promise.all(e)}}},837:(A,e,t)=>{const{BalancedPoolMissingUpstreamError:r,InvalidArgumentError:n}=t(8707),{PoolBase:s,kClients:o,kNeedDrain:i,kAddClient:a,kRemoveClient:c,kGetDispatcher:g}=t(2128),Q=t(628),{kUrl:E,kInterceptors:B}=t(6443),{parseOrigin:I}=t(3440),C=Symbol("factory"),h=Symbol("options"),l=Symbol("kGreatestCommonDivisor"),u=Symbol("kCurrentWeight"),d=Symbol("kIndex"),f=Symbol("kWeight"),p=Symbol("kMaxWeightPerServer"),w=Symbol("kErrorPenalty")
function y(A,e){if(0===A)return e
for(;0!==e;){const t=e
e=A%e,A=t}return A}function D(A,e){return new Q(A,e)}A.exports=class extends s{constructor(A=[],{factory:e=D,...t}={}){if(super(),this[h]=t,this[d]=-1,this[u]=0,this[p]=this[h].maxWeightPerServer||100,this[w]=this[h].errorPenalty||15,Array.isArray(A)||(A=[A]),"function"!=typeof e)throw new n("factory must be a function.")
this[B]=t.interceptors?.BalancedPool&&Array.isArray(t.interceptors.BalancedPool)?t.interceptors.BalancedPool:[],this[C]=e
for(const e of A)this.addUpstream(e)
this._updateBalancedPoolStats()}addUpstream(A){const e=I(A).origin
if(this[o].find(A=>A[E].origin===e&&!0!==A.closed&&!0!==A.destroyed))return this
const t=this[C](e,Object.assign({},this[h]))
this[a](t),t.on("connect",()=>{t[f]=Math.min(this[p],t[f]+this[w])}),t.on("connectionError",()=>{t[f]=Math.max(1,t[f]-this[w]),this._updateBalancedPoolStats()}),t.on("disconnect",(...A)=>{const e=A[2]
e&&"UND_ERR_SOCKET"===e.code&&(t[f]=Math.max(1,t[f]-this[w]),this._updateBalancedPoolStats())})
for(const A of this[o])A[f]=this[p]
return this._updateBalancedPoolStats(),this}_updateBalancedPoolStats(){let A=0
for(let e=0;e<this[o].length;e++)A=y(this[o][e][f],A)
this[l]=A}removeUpstream(A){const e=I(A).origin,t=this[o].find(A=>A[E].origin===e&&!0!==A.closed&&!0!==A.destroyed)
return t&&this[c](t),this}get upstreams(){return this[o].filter(A=>!0!==A.closed&&!0!==A.destroyed).map(A=>A[E].origin)}[g](){if(0===this[o].length)throw new r
if(!this[o].find(A=>!A[i]&&!0!==A.closed&&!0!==A.destroyed))return
if(this[o].map(A=>A[i]).reduce((A,e)=>A&&e,!0))return
let A=0,e=this[o].findIndex(A=>!A[i])
for(;A++<this[o].length;){this[d]=(this[d]+1)%this[o].length
const A=this[o][this[d]]
if(A[f]>this[o][e][f]&&!A[i]&&(e=this[d]),0===this[d]&&(this[u]=this[u]-this[l],this[u]<=0&&(this[u]=this[p])),A[f]>=this[u]&&!A[i])return A}return this[u]=this[o][e][f],this[d]=e,this[o][e]}}},637:(A,e,t)=>{const r=t(4589),n=t(3440),{channels:s}=t(2414),o=t(6603),{RequestContentLengthMismatchError:i,ResponseContentLengthMismatchError:a,RequestAbortedError:c,InvalidArgumentError:g,HeadersTimeoutError:Q,HeadersOverflowError:E,SocketError:B,InformationalError:I,BodyTimeoutError:C,HTTPParserError:h,ResponseExceededMaxSizeError:l}=t(8707),{kUrl:u,kReset:d,kClient:f,kParser:p,kBlocking:w,kRunning:y,kPending:D,kSize:m,kWriting:k,kQueue:R,kNoRef:F,kKeepAliveDefaultTimeout:b,kHostHeader:S,kPendingIdx:N,kRunningIdx:M,kError:U,kPipelining:L,kSocket:T,kKeepAliveTimeoutValue:v,kMaxHeadersSize:Y,kKeepAliveMaxTimeout:G,kKeepAliveTimeoutThreshold:J,kHeadersTimeout:H,kBodyTimeout:x,kStrictContentLength:V,kMaxRequests:W,kCounter:O,kMaxResponseSize:P,kOnError:q,kResume:Z,kHTTPContext:z}=t(6443),K=t(2824),_=Buffer.alloc(0),X=Buffer[Symbol.species],j=n.addListener,$=n.removeAllListeners,AA=Symbol("kIdleSocketValidation"),eA=Symbol("kIdleSocketValidationTimeout"),tA=Symbol("kSocketUsed")
let rA
let nA=null,sA=async function(){const A=process.env.JEST_WORKER_ID?t(3870):void 0
let e
try{e=await WebAssembly.compile(t(3434))}catch(r){e=await WebAssembly.compile(A||t(3870))}return await WebAssembly.instantiate(e,{env:{wasm_on_url:(A,e,t)=>0,wasm_on_status:(A,e,t)=>{r(oA.ptr===A)
const n=e-cA+iA.byteOffset
return oA.onStatus(new X(iA.buffer,n,t))||0},wasm_on_message_begin:A=>(r(oA.ptr===A),oA.onMessageBegin()||0),wasm_on_header_field:(A,e,t)=>{r(oA.ptr===A)
const n=e-cA+iA.byteOffset
return oA.onHeaderField(new X(iA.buffer,n,t))||0},wasm_on_header_value:(A,e,t)=>{r(oA.ptr===A)
const n=e-cA+iA.byteOffset
return oA.onHeaderValue(new X(iA.buffer,n,t))||0},wasm_on_headers_complete:(A,e,t,n)=>(r(oA.ptr===A),oA.onHeadersComplete(e,Boolean(t),Boolean(n))||0),wasm_on_body:(A,e,t)=>{r(oA.ptr===A)
const n=e-cA+iA.byteOffset
return oA.onBody(new X(iA.buffer,n,t))||0},wasm_on_message_complete:A=>(r(oA.ptr===A),oA.onMessageComplete()||0)}})}()
sA.catch()
let oA=null,iA=null,aA=0,cA=null
class gA{constructor(A,e,{exports:t}){r(Number.isFinite(A[Y])&&A[Y]>0),this.llhttp=t,this.ptr=this.llhttp.llhttp_alloc(K.TYPE.RESPONSE),this.client=A,this.socket=e,this.timeout=null,this.timeoutValue=null,this.timeoutType=null,this.statusCode=null,this.statusText="",this.upgrade=!1,this.headers=[],this.headersSize=0,this.headersMaxSize=A[Y],this.shouldKeepAlive=!1,this.paused=!1,this.resume=this.resume.bind(this),this.bytesRead=0,this.keepAlive="",this.contentLength="",this.connection="",this.maxResponseSize=A[P]}setTimeout(A,e){A!==this.timeoutValue||1&e^1&this.timeoutType?(this.timeout&&(o.clearTimeout(this.timeout),this.timeout=null),A&&(1&e?this.timeout=o.setFastTimeout(QA,A,new WeakRef(this)):(this.timeout=setTimeout(QA,A,new WeakRef(this)),this.timeout.unref())),this.timeoutValue=A):this.timeout&&this.timeout.refresh&&this.timeout.refresh(),this.timeoutType=e}resume(){!this.socket.destroyed&&this.paused&&(r(null!=this.ptr),r(null==oA),this.llhttp.llhttp_resume(this.ptr),r(5===this.timeoutType),this.timeout&&this.timeout.refresh&&this.timeout.refresh(),this.paused=!1,this.execute(this.socket.read()||_),this.readMore())}readMore(){for(;!this.paused&&this.ptr;){const A=this.socket.read()
if(null===A)break
this.execute(A)}}execute(A){r(null!=this.ptr),r(null==oA),r(!this.paused)
const{socket:e,llhttp:t}=this
A.length>aA&&(cA&&t.free(cA),aA=4096*Math.ceil(A.length/4096),cA=t.malloc(aA)),new Uint8Array(t.memory.buffer,cA,aA).set(A)
try{let r
try{iA=A,oA=this,r=t.llhttp_execute(this.ptr,cA,A.length)}catch(A){throw A}finally{oA=null,iA=null}const n=t.llhttp_get_error_pos(this.ptr)-cA
if(r!==K.ERROR.OK){const t=A.subarray(n)
if(r===K.ERROR.PAUSED_UPGRADE)this.onUpgrade(t)
else{if(r!==K.ERROR.PAUSED)throw this.createError(r,t)
this.paused=!0,e.unshift(t)}}}catch(A){n.destroy(e,A)}}finish(){r(null===oA),r(null!=this.ptr),r(!this.paused)
const{llhttp:A}=this
let e
try{oA=this,e=A.llhttp_finish(this.ptr)}finally{oA=null}return e===K.ERROR.OK?null:e===K.ERROR.PAUSED||e===K.ERROR.PAUSED_UPGRADE?(this.paused=!0,null):this.createError(e,_)}createError(A,e){const{llhttp:t,contentLength:r,bytesRead:n}=this
if(r&&n!==parseInt(r,10))return new a
const s=t.llhttp_get_error_reason(this.ptr)
let o=""
if(s){const A=new Uint8Array(t.memory.buffer,s).indexOf(0)
o="Response does not match the HTTP/1.1 protocol ("+Buffer.from(t.memory.buffer,s,A).toString()+")"}return new h(o,K.ERROR[A],e)}destroy(){r(null!=this.ptr),r(null==oA),this.llhttp.llhttp_free(this.ptr),this.ptr=null,this.timeout&&o.clearTimeout(this.timeout),this.timeout=null,this.timeoutValue=null,this.timeoutType=null,this.paused=!1}onStatus(A){this.statusText=A.toString()}onMessageBegin(){const{socket:A,client:e}=this
if(A.destroyed)return-1
if(0===e[y])return n.destroy(A,new B("bad response",n.getSocketInfo(A))),-1
const t=e[R][e[M]]
if(!t)return-1
t.onResponseStarted()}onHeaderField(A){const e=this.headers.length
1&e?this.headers[e-1]=Buffer.concat([this.headers[e-1],A]):this.headers.push(A),this.trackHeader(A.length)}onHeaderValue(A){let e=this.headers.length
1&~e?this.headers[e-1]=Buffer.concat([this.headers[e-1],A]):(this.headers.push(A),e+=1)
const t=this.headers[e-2]
if(10===t.length){const e=n.bufferToLowerCasedHeaderName(t)
"keep-alive"===e?this.keepAlive+=A.toString():"connection"===e&&(this.connection+=A.toString())}else 14===t.length&&"content-length"===n.bufferToLowerCasedHeaderName(t)&&(this.contentLength+=A.toString())
this.trackHeader(A.length)}trackHeader(A){this.headersSize+=A,this.headersSize>=this.headersMaxSize&&n.destroy(this.socket,new E)}onUpgrade(A){const{upgrade:e,client:t,socket:s,headers:o,statusCode:i,statusText:a}=this
r(e),r(t[T]===s),r(!s.destroyed),r(!this.paused),r(!(1&o.length))
const c=t[R][t[M]]
r(c),r(c.upgrade||"CONNECT"===c.method),this.statusCode=null,this.statusText="",this.shouldKeepAlive=null,this.headers=[],this.headersSize=0,s.unshift(A),s[p].destroy(),s[p]=null,s[f]=null,s[U]=null,$(s),t[T]=null,t[z]=null,t[R][t[M]++]=null,t.emit("disconnect",t[u],[t],new I("upgrade"))
try{c.onUpgrade(i,o,s,a)}catch(A){n.errorRequest(t,c,A),n.destroy(s,A)}t[Z]()}onHeadersComplete(A,e,t){const{client:s,socket:o,headers:i,statusText:a}=this
if(o.destroyed)return-1
if(0===s[y])return n.destroy(o,new B("bad response",n.getSocketInfo(o))),-1
const c=s[R][s[M]]
if(!c)return-1
if(r(!this.upgrade),r(this.statusCode<200),100===A)return n.destroy(o,new B("bad response",n.getSocketInfo(o))),-1
if(e&&!c.upgrade)return n.destroy(o,new B("bad upgrade",n.getSocketInfo(o))),-1
if(r(3===this.timeoutType),this.statusCode=A,this.shouldKeepAlive=t||"HEAD"===c.method&&!o[d]&&"keep-alive"===this.connection.toLowerCase(),this.statusCode>=200){const A=null!=c.bodyTimeout?c.bodyTimeout:s[x]
this.setTimeout(A,5)}else this.timeout&&this.timeout.refresh&&this.timeout.refresh()
if("CONNECT"===c.method)return r(1===s[y]),this.upgrade=!0,2
if(e)return r(1===s[y]),this.upgrade=!0,2
if(r(!(1&this.headers.length)),this.headers=[],this.headersSize=0,this.shouldKeepAlive&&s[L]){const A=this.keepAlive?n.parseKeepAliveTimeout(this.keepAlive):null
if(null!=A){const e=Math.min(A-s[J],s[G])
e<=0?o[d]=!0:s[v]=e}else s[v]=s[b]}else o[d]=!0
const g=!1===c.onHeaders(A,i,this.resume,a)
return c.aborted?-1:"HEAD"===c.method||A<200?1:(o[w]&&(o[w]=!1,s[Z]()),g?K.ERROR.PAUSED:0)}onBody(A){const{client:e,socket:t,statusCode:s,maxResponseSize:o}=this
if(t.destroyed)return-1
const i=e[R][e[M]]
return r(i),r(5===this.timeoutType),this.timeout&&this.timeout.refresh&&this.timeout.refresh(),r(s>=200),o>-1&&this.bytesRead+A.length>o?(n.destroy(t,new l),-1):(this.bytesRead+=A.length,!1===i.onData(A)?K.ERROR.PAUSED:void 0)}onMessageComplete(){const{client:A,socket:e,statusCode:t,upgrade:s,headers:o,contentLength:i,bytesRead:c,shouldKeepAlive:g}=this
if(e.destroyed&&(!t||g))return-1
if(s)return
r(t>=100),r(!(1&this.headers.length))
const Q=A[R][A[M]]
return r(Q),this.statusCode=null,this.statusText="",this.bytesRead=0,this.contentLength="",this.keepAlive="",this.connection="",this.headers=[],this.headersSize=0,t<200?void 0:"HEAD"!==Q.method&&i&&c!==parseInt(i,10)?(n.destroy(e,new a),-1):(Q.onComplete(o),A[R][A[M]++]=null,e[tA]=!0,e[k]?(r(0===A[y]),n.destroy(e,new I("reset")),K.ERROR.PAUSED):g?e[d]&&0===A[y]?(n.destroy(e,new I("reset")),K.ERROR.PAUSED):void(null==A[L]||1===A[L]?setImmediate(()=>A[Z]()):A[Z]()):(n.destroy(e,new I("reset")),K.ERROR.PAUSED))}}function QA(A){const{socket:e,timeoutType:t,client:s,paused:o}=A.deref()
3===t?(!e[k]||e.writableNeedDrain||s[y]>1)&&(r(!o,"cannot be paused while waiting for headers"),n.destroy(e,new Q)):5===t?o||n.destroy(e,new C):8===t&&(r(0===s[y]&&s[v]),n.destroy(e,new I("socket idle timeout")))}function EA(A){A[eA]&&(clearImmediate(A[eA]),A[eA]=null),A[AA]=0}function BA(A,e,t,s,o,i,a,c){try{e?n.isBuffer(e)&&(r(i===e.byteLength,"buffer body must have content length"),o.cork(),o.write(`${a}content-length: ${i}\r\n\r\n`,"latin1"),o.write(e),o.uncork(),s.onBodySent(e),c||!1===s.reset||(o[d]=!0)):0===i?o.write(`${a}content-length: 0\r\n\r\n`,"latin1"):(r(null===i,"no body must not have content length"),o.write(`${a}\r\n`,"latin1")),s.onRequestSent(),t[Z]()}catch(e){A(e)}}async function IA(A,e,t,n,s,o,i,a){r(0!==o||0===t[y],"iterator body cannot be pipelined")
let c=null
function g(){if(c){const A=c
c=null,A()}}const Q=()=>new Promise((A,e)=>{r(null===c),s[U]?e(s[U]):c=A})
s.on("close",g).on("drain",g)
const E=new CA({abort:A,socket:s,request:n,contentLength:o,client:t,expectsPayload:a,header:i})
try{for await(const A of e){if(s[U])throw s[U]
E.write(A)||await Q()}E.end()}catch(A){E.destroy(A)}finally{s.off("close",g).off("drain",g)}}class CA{constructor({abort:A,socket:e,request:t,contentLength:r,client:n,expectsPayload:s,header:o}){this.socket=e,this.request=t,this.contentLength=r,this.client=n,this.bytesWritten=0,this.expectsPayload=s,this.header=o,this.abort=A,e[k]=!0}write(A){const{socket:e,request:t,contentLength:r,client:n,bytesWritten:s,expectsPayload:o,header:a}=this
if(e[U])throw e[U]
if(e.destroyed)return!1
const c=Buffer.byteLength(A)
if(!c)return!0
if(null!==r&&s+c>r){if(n[V])throw new i
process.emitWarning(new i)}e.cork(),0===s&&(o||!1===t.reset||(e[d]=!0),null===r?e.write(`${a}transfer-encoding: chunked\r\n`,"latin1"):e.write(`${a}content-length: ${r}\r\n\r\n`,"latin1")),null===r&&e.write(`\r\n${c.toString(16)}\r\n`,"latin1"),this.bytesWritten+=c
const g=e.write(A)
return e.uncork(),t.onBodySent(A),g||e[p].timeout&&3===e[p].timeoutType&&e[p].timeout.refresh&&e[p].timeout.refresh(),g}end(){const{socket:A,contentLength:e,client:t,bytesWritten:r,expectsPayload:n,header:s,request:o}=this
if(o.onRequestSent(),A[k]=!1,A[U])throw A[U]
if(!A.destroyed){if(0===r?n?A.write(`${s}content-length: 0\r\n\r\n`,"latin1"):A.write(`${s}\r\n`,"latin1"):null===e&&A.write("\r\n0\r\n\r\n","latin1"),null!==e&&r!==e){if(t[V])throw new i
process.emitWarning(new i)}A[p].timeout&&3===A[p].timeoutType&&A[p].timeout.refresh&&A[p].timeout.refresh(),t[Z]()}}destroy(A){const{socket:e,client:t,abort:n}=this
e[k]=!1,A&&(r(t[y]<=1,"pipeline should only contain this request"),n(A))}}A.exports=async function(A,e){A[T]=e,nA||(nA=await sA,sA=null),e[F]=!1,e[k]=!1,e[d]=!1,e[w]=!1,e[AA]=0,e[eA]=null,e[tA]=!1,e[p]=new gA(A,e,nA),j(e,"error",function(A){const e=this[p]
if("ECONNRESET"===A.code&&e.statusCode&&!e.shouldKeepAlive){const A=e.finish()
return void(A&&(this[U]=A,this[f][q](A)))}this[U]=A,this[f][q](A)}),j(e,"readable",function(){const A=this[p]
A&&A.readMore()}),j(e,"end",function(){const A=this[p]
if(A.statusCode&&!A.shouldKeepAlive){const e=A.finish()
return void(e&&n.destroy(this,e))}n.destroy(this,new B("other side closed",n.getSocketInfo(this)))}),j(e,"close",function(){const A=this[f],e=this[p]
EA(this),e&&(this[U]||!e.statusCode||e.shouldKeepAlive||(this[U]=e.finish()||this[U]),this[p].destroy(),this[p]=null)
const t=this[U]||new B("closed",n.getSocketInfo(this))
if(A[T]=null,A[z]=null,A.destroyed){r(0===A[D])
const e=A[R].splice(A[M])
for(let r=0;r<e.length;r++){const s=e[r]
n.errorRequest(A,s,t)}}else if(A[y]>0&&"UND_ERR_INFO"!==t.code){const e=A[R][A[M]]
A[R][A[M]++]=null,n.errorRequest(A,e,t)}A[N]=A[M],r(0===A[y]),A.emit("disconnect",A[u],[A],t),A[Z]()})
let o=!1
return e.on("close",()=>{o=!0}),{version:"h1",defaultPipelining:1,write:(...e)=>function(A,e){const{method:o,path:a,host:Q,upgrade:E,blocking:B,reset:C}=e
let{body:h,headers:l,contentLength:u}=e
const f="PUT"===o||"POST"===o||"PATCH"===o||"QUERY"===o||"PROPFIND"===o||"PROPPATCH"===o
if(n.isFormDataLike(h)){rA||(rA=t(4492).extractBody)
const[A,r]=rA(h)
null==e.contentType&&l.push("content-type",r),h=A.stream,u=A.length}else if(n.isBlobLike(h)&&null==e.contentType){const t=h.type
if(t){const r=`${t}`
if(!n.isValidHeaderValue(r))return n.errorRequest(A,e,new g("invalid content-type header")),!1
l.push("content-type",r)}}h&&"function"==typeof h.read&&h.read(0)
const p=n.bodyLength(h)
u=p??u,null===u&&(u=e.contentLength)
0!==u||f||(u=null)
if(function(A){return"GET"!==A&&"HEAD"!==A&&"OPTIONS"!==A&&"TRACE"!==A&&"CONNECT"!==A}(o)&&u>0&&null!==e.contentLength&&e.contentLength!==u){if(A[V])return n.errorRequest(A,e,new i),!1
process.emitWarning(new i)}const D=A[T]
EA(D)
const m=t=>{e.aborted||(e.completed?(e.upgrade||"CONNECT"===e.method)&&n.destroy(D,new I("aborted")):(n.errorRequest(A,e,t||new c),n.destroy(h),n.destroy(D,new I("aborted"))))}
try{e.onConnect(m)}catch(t){n.errorRequest(A,e,t)}if(e.aborted)return!1
"HEAD"===o&&(D[d]=!0);(E||"CONNECT"===o)&&(D[d]=!0)
null!=C&&(D[d]=C)
A[W]&&D[O]++>=A[W]&&(D[d]=!0)
B&&(D[w]=!0)
let R=`${o} ${a} HTTP/1.1\r\n`
R+="string"==typeof Q?`host: ${Q}\r\n`:A[S]
E?R+=`connection: upgrade\r\nupgrade: ${E}\r\n`:A[L]&&!D[d]?R+="connection: keep-alive\r\n":R+="connection: close\r\n"
if(Array.isArray(l))for(let A=0;A<l.length;A+=2){const e=l[A+0],t=l[A+1]
if(Array.isArray(t))for(let A=0;A<t.length;A++)R+=`${e}: ${t[A]}\r\n`
else R+=`${e}: ${t}\r\n`}s.sendHeaders.hasSubscribers&&s.sendHeaders.publish({request:e,headers:R,socket:D})
h&&0!==p?n.isBuffer(h)?BA(m,h,A,e,D,u,R,f):n.isBlobLike(h)?"function"==typeof h.stream?IA(m,h.stream(),A,e,D,u,R,f):async function(A,e,t,n,s,o,a,c){r(o===e.size,"blob body must have content length")
try{if(null!=o&&o!==e.size)throw new i
const A=Buffer.from(await e.arrayBuffer())
s.cork(),s.write(`${a}content-length: ${o}\r\n\r\n`,"latin1"),s.write(A),s.uncork(),n.onBodySent(A),n.onRequestSent(),c||!1===n.reset||(s[d]=!0),t[Z]()}catch(e){A(e)}}(m,h,A,e,D,u,R,f):n.isStream(h)?function(A,e,t,s,o,i,a,g){r(0!==i||0===t[y],"stream body cannot be pipelined")
let Q=!1
const E=new CA({abort:A,socket:o,request:s,contentLength:i,client:t,expectsPayload:g,header:a}),B=function(A){if(!Q)try{!E.write(A)&&this.pause&&this.pause()}catch(A){n.destroy(this,A)}},I=function(){Q||e.resume&&e.resume()},C=function(){if(queueMicrotask(()=>{e.removeListener("error",h)}),!Q){const A=new c
queueMicrotask(()=>h(A))}},h=function(A){if(!Q){if(Q=!0,r(o.destroyed||o[k]&&t[y]<=1),o.off("drain",I).off("error",h),e.removeListener("data",B).removeListener("end",h).removeListener("close",C),!A)try{E.end()}catch(e){A=e}E.destroy(A),!A||"UND_ERR_INFO"===A.code&&"reset"===A.message?n.destroy(e):n.destroy(e,A)}}
e.on("data",B).on("end",h).on("error",h).on("close",C),e.resume&&e.resume()
o.on("drain",I).on("error",h),e.errorEmitted??e.errored?setImmediate(()=>h(e.errored)):(e.endEmitted??e.readableEnded)&&setImmediate(()=>h(null));(e.closeEmitted??e.closed)&&setImmediate(C)}(m,h,A,e,D,u,R,f):n.isIterable(h)?IA(m,h,A,e,D,u,R,f):r(!1):BA(m,null,A,e,D,u,R,f)
return!0}(A,...e),resume(){!function(A){const e=A[T]
if(e&&!e.destroyed){if(0===A[m]?!e[F]&&e.unref&&(e.unref(),e[F]=!0):e[F]&&e.ref&&(e.ref(),e[F]=!1),0===A[y]&&A[D]>0&&e[tA]){if(0===e[AA])return function(A,e){e[AA]=1,e[eA]=setImmediate(()=>{e[eA]=null,e[AA]=2,A[T]!==e||e.destroyed||A[Z]()})}(A,e),e[p].readMore(),void e.destroyed
if(1===e[AA])return e[p].readMore(),void e.destroyed}if(0===A[y]&&(e[p].readMore(),e.destroyed))return
if(0===A[m])8!==e[p].timeoutType&&e[p].setTimeout(A[v],8)
else if(A[y]>0&&e[p].statusCode<200&&3!==e[p].timeoutType){const t=A[R][A[M]],r=null!=t.headersTimeout?t.headersTimeout:A[H]
e[p].setTimeout(r,3)}}}(A)},destroy(A,t){o?queueMicrotask(t):e.destroy(A).on("close",t)},get destroyed(){return e.destroyed},busy(t){if(e[k]||e[d]||e[w]||1===e[AA])return!0
if(t){if(A[y]>0&&!t.idempotent)return!0
if(A[y]>0&&(t.upgrade||"CONNECT"===t.method))return!0
if(A[y]>0&&0!==n.bodyLength(t.body)&&(n.isStream(t.body)||n.isAsyncIterable(t.body)||n.isFormDataLike(t.body)))return!0}return!1}}}},8788:(A,e,t)=>{const r=t(4589),{errorMonitor:n}=t(8474),{pipeline:s}=t(7075),o=t(3440),{RequestContentLengthMismatchError:i,RequestAbortedError:a,SocketError:c,InformationalError:g}=t(8707),{kUrl:Q,kReset:E,kClient:B,kRunning:I,kPending:C,kQueue:h,kPendingIdx:l,kRunningIdx:u,kError:d,kSocket:f,kStrictContentLength:p,kOnError:w,kMaxConcurrentStreams:y,kHTTP2Session:D,kResume:m,kSize:k,kHTTPContext:R}=t(6443),F=Symbol("open streams")
let b,S,N=!1
try{S=t(2467)}catch{S={constants:{}}}const{constants:{HTTP2_HEADER_AUTHORITY:M,HTTP2_HEADER_METHOD:U,HTTP2_HEADER_PATH:L,HTTP2_HEADER_SCHEME:T,HTTP2_HEADER_CONTENT_LENGTH:v,HTTP2_HEADER_EXPECT:Y,HTTP2_HEADER_STATUS:G}}=S
function J(A){const e=[]
for(const[t,r]of Object.entries(A))if(Array.isArray(r))for(const A of r)e.push(Buffer.from(t),Buffer.from(A))
else e.push(Buffer.from(t),Buffer.from(r))
return e}function H(A){const{[G]:e,...t}=A
return J(t)}function x(A){this[f][d]=A,this[B][w](A)}function V(A,e,t){if(0===t){const t=new g(`HTTP/2: "frameError" received - type ${A}, code ${e}`)
this[f][d]=t,this[B][w](t)}}function W(){const A=new c("other side closed",o.getSocketInfo(this[f]))
this.destroy(A),o.destroy(this[f],A)}function O(A){const e=this[d]||new c(`HTTP/2: "GOAWAY" frame received with code ${A}`,o.getSocketInfo(this)),t=this[B]
if(t[f]=null,t[R]=null,null!=this[D]&&(this[D].destroy(e),this[D]=null),o.destroy(this[f],e),t[u]<t[h].length){const A=t[h][t[u]]
t[h][t[u]++]=null,o.errorRequest(t,A,e),t[l]=t[u]}r(0===t[I]),t.emit("disconnect",t[Q],[t],e),t[m]()}function P(A,e,t,n,s,i,a,c){try{null!=t&&o.isBuffer(t)&&(r(a===t.byteLength,"buffer body must have content length"),e.cork(),e.write(t),e.uncork(),e.end(),s.onBodySent(t)),c||(i[E]=!0),s.onRequestSent(),n[m]()}catch(e){A(e)}}async function q(A,e,t,n,s,o,i,a){r(0!==i||0===n[I],"iterator body cannot be pipelined")
let c=null
function g(){if(c){const A=c
c=null,A()}}const Q=()=>new Promise((A,e)=>{r(null===c),o[d]?e(o[d]):c=A})
e.on("close",g).on("drain",g)
try{for await(const A of t){if(o[d])throw o[d]
const t=e.write(A)
s.onBodySent(A),t||await Q()}e.end(),s.onRequestSent(),a||(o[E]=!0),n[m]()}catch(e){A(e)}finally{e.off("close",g).off("drain",g)}}A.exports=async function(A,e){A[f]=e,N||(N=!0,process.emitWarning("H2 support is experimental, expect them to change at any time.",{code:"UNDICI-H2"}))
const R=S.connect(A[Q],{createConnection:()=>e,peerMaxConcurrentStreams:A[y]})
R[F]=0,R[B]=A,R[f]=e,o.addListener(R,"error",x),o.addListener(R,"frameError",V),o.addListener(R,"end",W),o.addListener(R,"goaway",O),o.addListener(R,"close",function(){const{[B]:A}=this,{[f]:e}=A,t=this[f][d]||this[d]||new c("closed",o.getSocketInfo(e))
if(A[D]=null,A.destroyed){r(0===A[C])
const e=A[h].splice(A[u])
for(let r=0;r<e.length;r++){const n=e[r]
o.errorRequest(A,n,t)}}}),R.unref(),A[D]=R,e[D]=R,o.addListener(e,"error",function(A){this[d]=A,this[B][w](A)}),o.addListener(e,"end",function(){o.destroy(this,new c("other side closed",o.getSocketInfo(this)))}),o.addListener(e,"close",function(){const e=this[d]||new c("closed",o.getSocketInfo(this))
A[f]=null,null!=this[D]&&this[D].destroy(e),A[l]=A[u],r(0===A[I]),A.emit("disconnect",A[Q],[A],e),A[m]()})
let Z=!1
return e.on("close",()=>{Z=!0}),{version:"h2",defaultPipelining:1/0,write:(...e)=>function(A,e){const c=A[D],{method:B,path:C,host:d,upgrade:w,expectContinue:y,signal:k,headers:R}=e
let{body:S}=e
if(w)return o.errorRequest(A,e,new Error("Upgrade not supported for H2")),!1
const N={}
for(let A=0;A<R.length;A+=2){const e=R[A+0],t=R[A+1]
if(Array.isArray(t))for(let A=0;A<t.length;A++)N[e]?N[e]+=`,${t[A]}`:N[e]=t[A]
else N[e]=t}let x
const{hostname:V,port:W}=A[Q]
N[M]=d||`${V}${W?`:${W}`:""}`,N[U]=B
const O=t=>{e.aborted||(e.completed?"CONNECT"===B&&null!=x&&o.destroy(x,t||new a):(t=t||new a,o.errorRequest(A,e,t),null!=x&&o.destroy(x,t),o.destroy(S,t),A[h][A[u]++]=null,A[m]()))}
try{e.onConnect(O)}catch(t){o.errorRequest(A,e,t)}if(e.aborted)return!1
if("CONNECT"===B){c.ref(),x=c.request(N,{endStream:!1,signal:k})
let t=!1
const r=A=>{t=!0,x.off(n,s),e.onUpgradeResponse(Number(A[G]),A,H)},s=A=>{t=!0,x.off("response",r),e.onUpgradeError(A)},o=()=>{try{e.onUpgrade(null,null,x)}catch(A){return x.off("response",r),void O(A)}e.aborted||(x.off("error",O),x.once(n,s),A[h][A[u]++]=null)}
return x.once("response",r),x.once("error",O),++c[F],o(),x.once("close",()=>{!t&&e.completed&&(x.off("response",r),x.off(n,s),e.onUpgradeError(new g(`HTTP/2: "stream error" received - code ${x.rstCode}`))),c[F]-=1,0===c[F]&&c.unref()}),!0}N[L]=C,N[T]="https"
const Z="PUT"===B||"POST"===B||"PATCH"===B
S&&"function"==typeof S.read&&S.read(0)
let z=o.bodyLength(S)
if(o.isFormDataLike(S)){b??=t(4492).extractBody
const[A,e]=b(S)
N["content-type"]=e,S=A.stream,z=A.length}null==z&&(z=e.contentLength)
0!==z&&Z||(z=null)
if(function(A){return"GET"!==A&&"HEAD"!==A&&"OPTIONS"!==A&&"TRACE"!==A&&"CONNECT"!==A}(B)&&z>0&&null!=e.contentLength&&e.contentLength!==z){if(A[p])return o.errorRequest(A,e,new i),!1
process.emitWarning(new i)}null!=z&&(r(S,"no body must not have content length"),N[v]=`${z}`)
c.ref()
const K="GET"===B||"HEAD"===B||null===S
y?(N[Y]="100-continue",x=c.request(N,{endStream:K,signal:k}),x.once("continue",_)):(x=c.request(N,{endStream:K,signal:k}),_())
return++c[F],x.once("response",t=>{const{[G]:r,...n}=t
if(e.onResponseStarted(),e.aborted){const t=new a
return o.errorRequest(A,e,t),void o.destroy(x,t)}!1===e.onHeaders(Number(r),J(n),x.resume.bind(x),"")&&x.pause(),x.on("data",A=>{!1===e.onData(A)&&x.pause()})}),x.once("end",()=>{(null==x.state?.state||x.state.state<6)&&e.onComplete([]),0===c[F]&&c.unref(),O(new g("HTTP/2: stream half-closed (remote)")),A[h][A[u]++]=null,A[l]=A[u],A[m]()}),x.once("close",()=>{c[F]-=1,0===c[F]&&c.unref()}),x.once("error",function(A){O(A)}),x.once("frameError",(A,e)=>{O(new g(`HTTP/2: "frameError" received - type ${A}, code ${e}`))}),!0
function _(){S&&0!==z?o.isBuffer(S)?P(O,x,S,A,e,A[f],z,Z):o.isBlobLike(S)?"function"==typeof S.stream?q(O,x,S.stream(),A,e,A[f],z,Z):async function(A,e,t,n,s,o,a,c){r(a===t.size,"blob body must have content length")
try{if(null!=a&&a!==t.size)throw new i
const A=Buffer.from(await t.arrayBuffer())
e.cork(),e.write(A),e.uncork(),e.end(),s.onBodySent(A),s.onRequestSent(),c||(o[E]=!0),n[m]()}catch(e){A(e)}}(O,x,S,A,e,A[f],z,Z):o.isStream(S)?function(A,e,t,n,i,a,c,g){r(0!==g||0===a[I],"stream body cannot be pipelined")
const Q=s(i,n,r=>{r?(o.destroy(Q,r),A(r)):(o.removeAllListeners(Q),c.onRequestSent(),t||(e[E]=!0),a[m]())})
function B(A){c.onBodySent(A)}o.addListener(Q,"data",B)}(O,A[f],Z,x,S,A,e,z):o.isIterable(S)?q(O,x,S,A,e,A[f],z,Z):r(!1):P(O,x,null,A,e,A[f],z,Z)}}(A,...e),resume(){!function(A){const e=A[f]
!1===e?.destroyed&&(0===A[k]&&0===A[y]?(e.unref(),A[D].unref()):(e.ref(),A[D].ref()))}(A)},destroy(A,t){Z?queueMicrotask(t):e.destroy(A).on("close",t)},get destroyed(){return e.destroyed},busy:()=>!1}}},3701:(A,e,t)=>{const r=t(4589),n=t(7030),s=t(7067),o=t(3440),{channels:i}=t(2414),a=t(4655),c=t(1841),{InvalidArgumentError:g,InformationalError:Q,ClientDestroyedError:E}=t(8707),B=t(9136),{kUrl:I,kServerName:C,kClient:h,kBusy:l,kConnect:u,kResuming:d,kRunning:f,kPending:p,kSize:w,kQueue:y,kConnected:D,kConnecting:m,kNeedDrain:k,kKeepAliveDefaultTimeout:R,kHostHeader:F,kPendingIdx:b,kRunningIdx:S,kError:N,kPipelining:M,kKeepAliveTimeoutValue:U,kMaxHeadersSize:L,kKeepAliveMaxTimeout:T,kKeepAliveTimeoutThreshold:v,kHeadersTimeout:Y,kBodyTimeout:G,kStrictContentLength:J,kConnector:H,kMaxRedirections:x,kMaxRequests:V,kCounter:W,kClose:O,kDestroy:P,kDispatch:q,kInterceptors:Z,kLocalAddress:z,kMaxResponseSize:K,kOnError:_,kHTTPContext:X,kMaxConcurrentStreams:j,kResume:$}=t(6443),AA=t(637),eA=t(8788)
let tA=!1
const rA=Symbol("kClosedResolve"),nA=()=>{}
function sA(A){return A[M]??A[X]?.defaultPipelining??1}const oA=t(5092)
function iA(A,e){if(0===A[f]&&"UND_ERR_INFO"!==e.code&&"UND_ERR_SOCKET"!==e.code){r(A[b]===A[S])
const t=A[y].splice(A[S])
for(let r=0;r<t.length;r++){const n=t[r]
o.errorRequest(A,n,e)}r(0===A[w])}}async function aA(A){r(!A[m]),r(!A[X])
let{host:e,hostname:t,protocol:s,port:a}=A[I]
if("["===t[0]){const A=t.indexOf("]")
r(-1!==A)
const e=t.substring(1,A)
r(n.isIP(e)),t=e}A[m]=!0,i.beforeConnect.hasSubscribers&&i.beforeConnect.publish({connectParams:{host:e,hostname:t,protocol:s,port:a,version:A[X]?.version,servername:A[C],localAddress:A[z]},connector:A[H]})
try{const n=await new Promise((r,n)=>{A[H]({host:e,hostname:t,protocol:s,port:a,servername:A[C],localAddress:A[z]},(A,e)=>{A?n(A):r(e)})})
if(A.destroyed)return void o.destroy(n.on("error",nA),new E)
r(n)
try{A[X]="h2"===n.alpnProtocol?await eA(A,n):await AA(A,n)}catch(A){throw n.destroy().on("error",nA),A}A[m]=!1,n[W]=0,n[V]=A[V],n[h]=A,n[N]=null,i.connected.hasSubscribers&&i.connected.publish({connectParams:{host:e,hostname:t,protocol:s,port:a,version:A[X]?.version,servername:A[C],localAddress:A[z]},connector:A[H],socket:n}),A.emit("connect",A[I],[A])}catch(n){if(A.destroyed)return
if(A[m]=!1,i.connectError.hasSubscribers&&i.connectError.publish({connectParams:{host:e,hostname:t,protocol:s,port:a,version:A[X]?.version,servername:A[C],localAddress:A[z]},connector:A[H],error:n}),"ERR_TLS_CERT_ALTNAME_INVALID"===n.code)for(r(0===A[f]);A[p]>0&&A[y][A[b]].servername===A[C];){const e=A[y][A[b]++]
o.errorRequest(A,e,n)}else iA(A,n)
A.emit("connectionError",A[I],[A],n)}A[$]()}function cA(A){A[k]=0,A.emit("drain",A[I],[A])}function gA(A,e){2!==A[d]&&(A[d]=2,function(A,e){for(;;){if(A.destroyed)return void r(0===A[p])
if(A[rA]&&!A[w])return A[rA](),void(A[rA]=null)
if(A[X]&&A[X].resume(),A[l])A[k]=2
else if(2===A[k]){e?(A[k]=1,queueMicrotask(()=>cA(A))):cA(A)
continue}if(0===A[p])return
if(A[f]>=(sA(A)||1))return
const t=A[y][A[b]]
if("https:"===A[I].protocol&&A[C]!==t.servername){if(A[f]>0)return
A[C]=t.servername,A[X]?.destroy(new Q("servername changed"),()=>{A[X]=null,gA(A)})}if(A[m])return
if(!A[X])return void aA(A)
if(A[X].destroyed)return
if(A[X].busy(t))return
!t.aborted&&A[X].write(t)?A[b]++:A[y].splice(A[b],1)}}(A,e),A[d]=0,A[S]>256&&(A[y].splice(0,A[S]),A[b]-=A[S],A[S]=0))}A.exports=class extends c{constructor(A,{interceptors:e,maxHeaderSize:t,headersTimeout:r,socketTimeout:i,requestTimeout:a,connectTimeout:c,bodyTimeout:Q,idleTimeout:E,keepAlive:h,keepAliveTimeout:l,maxKeepAliveTimeout:u,keepAliveMaxTimeout:f,keepAliveTimeoutThreshold:p,socketPath:w,pipelining:D,tls:m,strictContentLength:N,maxCachedSessions:W,maxRedirections:O,connect:P,maxRequestsPerClient:q,localAddress:AA,maxResponseSize:eA,autoSelectFamily:nA,autoSelectFamilyAttemptTimeout:sA,maxConcurrentStreams:aA,allowH2:cA,webSocket:QA,eventSource:EA}={}){if(super({webSocket:QA,eventSource:EA}),void 0!==h)throw new g("unsupported keepAlive, use pipelining=0 instead")
if(void 0!==i)throw new g("unsupported socketTimeout, use headersTimeout & bodyTimeout instead")
if(void 0!==a)throw new g("unsupported requestTimeout, use headersTimeout & bodyTimeout instead")
if(void 0!==E)throw new g("unsupported idleTimeout, use keepAliveTimeout instead")
if(void 0!==u)throw new g("unsupported maxKeepAliveTimeout, use keepAliveMaxTimeout instead")
if(null!=t&&!Number.isFinite(t))throw new g("invalid maxHeaderSize")
if(null!=w&&"string"!=typeof w)throw new g("invalid socketPath")
if(null!=c&&(!Number.isFinite(c)||c<0))throw new g("invalid connectTimeout")
if(null!=l&&(!Number.isFinite(l)||l<=0))throw new g("invalid keepAliveTimeout")
if(null!=f&&(!Number.isFinite(f)||f<=0))throw new g("invalid keepAliveMaxTimeout")
if(null!=p&&!Number.isFinite(p))throw new g("invalid keepAliveTimeoutThreshold")
if(null!=r&&(!Number.isInteger(r)||r<0))throw new g("headersTimeout must be a positive integer or zero")
if(null!=Q&&(!Number.isInteger(Q)||Q<0))throw new g("bodyTimeout must be a positive integer or zero")
if(null!=P&&"function"!=typeof P&&"object"!=typeof P)throw new g("connect must be a function or an object")
if(null!=O&&(!Number.isInteger(O)||O<0))throw new g("maxRedirections must be a positive number")
if(null!=q&&(!Number.isInteger(q)||q<0))throw new g("maxRequestsPerClient must be a positive number")
if(null!=AA&&("string"!=typeof AA||0===n.isIP(AA)))throw new g("localAddress must be valid string IP address")
if(null!=eA&&(!Number.isInteger(eA)||eA<-1))throw new g("maxResponseSize must be a positive number")
if(null!=sA&&(!Number.isInteger(sA)||sA<-1))throw new g("autoSelectFamilyAttemptTimeout must be a positive number")
if(null!=cA&&"boolean"!=typeof cA)throw new g("allowH2 must be a valid boolean value")
if(null!=aA&&("number"!=typeof aA||aA<1))throw new g("maxConcurrentStreams must be a positive integer, greater than 0")
"function"!=typeof P&&(P=B({...m,maxCachedSessions:W,allowH2:cA,socketPath:w,timeout:c,...nA?{autoSelectFamily:nA,autoSelectFamilyAttemptTimeout:sA}:void 0,...P})),e?.Client&&Array.isArray(e.Client)?(this[Z]=e.Client,tA||(tA=!0,process.emitWarning("Client.Options#interceptor is deprecated. Use Dispatcher#compose instead.",{code:"UNDICI-CLIENT-INTERCEPTOR-DEPRECATED"}))):this[Z]=[oA({maxRedirections:O})],this[I]=o.parseOrigin(A),this[H]=P,this[M]=null!=D?D:1,this[L]=t||s.maxHeaderSize,this[R]=null==l?4e3:l,this[T]=null==f?6e5:f,this[v]=null==p?2e3:p,this[U]=this[R],this[C]=null,this[z]=null!=AA?AA:null,this[d]=0,this[k]=0,this[F]=`host: ${this[I].hostname}${this[I].port?`:${this[I].port}`:""}\r\n`,this[G]=null!=Q?Q:3e5,this[Y]=null!=r?r:3e5,this[J]=null==N||N,this[x]=O,this[V]=q,this[rA]=null,this[K]=eA>-1?eA:-1,this[j]=null!=aA?aA:100,this[X]=null,this[y]=[],this[S]=0,this[b]=0,this[$]=A=>gA(this,A),this[_]=A=>iA(this,A)}get pipelining(){return this[M]}set pipelining(A){this[M]=A,this[$](!0)}get[p](){return this[y].length-this[b]}get[f](){return this[b]-this[S]}get[w](){return this[y].length-this[S]}get[D](){return!!this[X]&&!this[m]&&!this[X].destroyed}get[l](){return Boolean(this[X]?.busy(null)||this[w]>=(sA(this)||1)||this[p]>0)}[u](A){aA(this),this.once("connect",A)}[q](A,e){const t=A.origin||this[I].origin,r=new a(t,A,e)
return this[y].push(r),this[d]||(null==o.bodyLength(r.body)&&o.isIterable(r.body)?(this[d]=1,queueMicrotask(()=>gA(this))):this[$](!0)),this[d]&&2!==this[k]&&this[l]&&(this[k]=2),this[k]<2}async[O](){return new Promise(A=>{this[w]?this[rA]=A:A(null)})}async[P](A){return new Promise(e=>{const t=this[y].splice(this[b])
for(let e=0;e<t.length;e++){const r=t[e]
o.errorRequest(this,r,A)}const r=()=>{this[rA]&&(this[rA](),this[rA]=null),e(null)}
this[X]?(this[X].destroy(A,r),this[X]=null):queueMicrotask(r),this[$]()})}}},1841:(A,e,t)=>{const r=t(4573),n=t(883),{ClientDestroyedError:s,ClientClosedError:o,InvalidArgumentError:i}=t(8707),{kDestroy:a,kClose:c,kClosed:g,kDestroyed:Q,kDispatch:E,kInterceptors:B}=t(6443),I=Symbol("onDestroyed"),C=Symbol("onClosed"),h=Symbol("Intercepted Dispatch"),l=Symbol("webSocketOptions"),u=Symbol("eventSourceOptions")
A.exports=class extends n{constructor(A){super(),this[Q]=!1,this[I]=null,this[g]=!1,this[C]=[],this[l]=A?.webSocket??{},this[u]=A?.eventSource??{}}get webSocketOptions(){return{maxFragments:this[l].maxFragments??131072,maxPayloadSize:this[l].maxPayloadSize??134217728}}get eventSourceOptions(){return{maxEventSize:this[u].maxEventSize??r.kStringMaxLength}}get destroyed(){return this[Q]}get closed(){return this[g]}get interceptors(){return this[B]}set interceptors(A){if(A)for(let e=A.length-1;e>=0;e--){if("function"!=typeof this[B][e])throw new i("interceptor must be an function")}this[B]=A}close(A){if(void 0===A)return new Promise((A,e)=>{this.close((t,r)=>t?e(t):A(r))})
if("function"!=typeof A)throw new i("invalid callback")
if(this[Q])return void queueMicrotask(()=>A(new s,null))
if(this[g])return void(this[C]?this[C].push(A):queueMicrotask(()=>A(null,null)))
this[g]=!0,this[C].push(A)
const e=()=>{const A=this[C]
this[C]=null
for(let e=0;e<A.length;e++)A[e](null,null)}
this[c]().then(()=>this.destroy()).then(()=>{queueMicrotask(e)})}destroy(A,e){if("function"==typeof A&&(e=A,A=null),void 0===e)return new Promise((e,t)=>{this.destroy(A,(A,r)=>A?t(A):e(r))})
if("function"!=typeof e)throw new i("invalid callback")
if(this[Q])return void(this[I]?this[I].push(e):queueMicrotask(()=>e(null,null)))
A||(A=new s),this[Q]=!0,this[I]=this[I]||[],this[I].push(e)
const t=()=>{const A=this[I]
this[I]=null
for(let e=0;e<A.length;e++)A[e](null,null)}
this[a](A).then(()=>{queueMicrotask(t)})}[h](A,e){if(!this[B]||0===this[B].length)return this[h]=this[E],this[E](A,e)
let t=this[E].bind(this)
for(let A=this[B].length-1;A>=0;A--)t=this[B][A](t)
return this[h]=t,t(A,e)}dispatch(A,e){if(!e||"object"!=typeof e)throw new i("handler must be an object")
try{if(!A||"object"!=typeof A)throw new i("opts must be an object.")
if(this[Q]||this[I])throw new s
if(this[g])throw new o
return this[h](A,e)}catch(A){if("function"!=typeof e.onError)throw new i("invalid onError method")
return e.onError(A),!1}}}},883:(A,e,t)=>{const r=t(8474)
class n extends r{dispatch(){throw new Error("not implemented")}close(){throw new Error("not implemented")}destroy(){throw new Error("not implemented")}compose(...A){const e=Array.isArray(A[0])?A[0]:A
let t=this.dispatch.bind(this)
for(const A of e)if(null!=A){if("function"!=typeof A)throw new TypeError("invalid interceptor, expected function received "+typeof A)
if(t=A(t),null==t||"function"!=typeof t||2!==t.length)throw new TypeError("invalid interceptor")}return new s(this,t)}}class s extends n{#t=null
#r=null
constructor(A,e){super(),this.#t=A,this.#r=e}dispatch(...A){this.#r(...A)}close(...A){return this.#t.close(...A)}destroy(...A){return this.#t.destroy(...A)}}A.exports=n},3137:(A,e,t)=>{const r=t(1841),{kClose:n,kDestroy:s,kClosed:o,kDestroyed:i,kDispatch:a,kNoProxyAgent:c,kHttpProxyAgent:g,kHttpsProxyAgent:Q}=t(6443),E=t(6672),B=t(7405),I={"http:":80,"https:":443}
let C=!1
A.exports=class extends r{#n=null
#s=null
#o=null
constructor(A={}){super(),this.#o=A,C||(C=!0,process.emitWarning("EnvHttpProxyAgent is experimental, expect them to change at any time.",{code:"UNDICI-EHPA"}))
const{httpProxy:e,httpsProxy:t,noProxy:r,...n}=A
this[c]=new B(n)
const s=e??process.env.http_proxy??process.env.HTTP_PROXY
this[g]=s?new E({...n,uri:s}):this[c]
const o=t??process.env.https_proxy??process.env.HTTPS_PROXY
this[Q]=o?new E({...n,uri:o}):this[g],this.#i()}[a](A,e){const t=new URL(A.origin)
return this.#a(t).dispatch(A,e)}async[n](){await this[c].close(),this[g][o]||await this[g].close(),this[Q][o]||await this[Q].close()}async[s](A){await this[c].destroy(A),this[g][i]||await this[g].destroy(A),this[Q][i]||await this[Q].destroy(A)}#a(A){let{protocol:e,host:t,port:r}=A
return t=t.replace(/:\d*$/,"").toLowerCase(),r=Number.parseInt(r,10)||I[e]||0,this.#c(t,r)?"https:"===e?this[Q]:this[g]:this[c]}#c(A,e){if(this.#g&&this.#i(),0===this.#s.length)return!0
if("*"===this.#n)return!1
for(let t=0;t<this.#s.length;t++){const r=this.#s[t]
if(!r.port||r.port===e)if(/^[.*]/.test(r.hostname)){if(A.endsWith(r.hostname.replace(/^\*/,"")))return!1}else if(A===r.hostname)return!1}return!0}#i(){const A=this.#o.noProxy??this.#Q,e=A.split(/[,\s]/),t=[]
for(let A=0;A<e.length;A++){const r=e[A]
if(!r)continue
const n=r.match(/^(.+):(\d+)$/)
t.push({hostname:(n?n[1]:r).toLowerCase(),port:n?Number.parseInt(n[2],10):0})}this.#n=A,this.#s=t}get#g(){return void 0===this.#o.noProxy&&this.#n!==this.#Q}get#Q(){return process.env.no_proxy??process.env.NO_PROXY??""}}},4660:A=>{const e=2047
class t{constructor(){this.bottom=0,this.top=0,this.list=new Array(2048),this.next=null}isEmpty(){return this.top===this.bottom}isFull(){return(this.top+1&e)===this.bottom}push(A){this.list[this.top]=A,this.top=this.top+1&e}shift(){const A=this.list[this.bottom]
return void 0===A?null:(this.list[this.bottom]=void 0,this.bottom=this.bottom+1&e,A)}}A.exports=class{constructor(){this.head=this.tail=new t}isEmpty(){return this.head.isEmpty()}push(A){this.head.isFull()&&(this.head=this.head.next=new t),this.head.push(A)}shift(){const A=this.tail,e=A.shift()
return A.isEmpty()&&null!==A.next&&(this.tail=A.next),e}}},2128:(A,e,t)=>{const r=t(1841),n=t(4660),{kConnected:s,kSize:o,kRunning:i,kPending:a,kQueued:c,kBusy:g,kFree:Q,kUrl:E,kClose:B,kDestroy:I,kDispatch:C}=t(6443),h=t(3246),l=Symbol("clients"),u=Symbol("needDrain"),d=Symbol("queue"),f=Symbol("closed resolve"),p=Symbol("onDrain"),w=Symbol("onConnect"),y=Symbol("onDisconnect"),D=Symbol("onConnectionError"),m=Symbol("get dispatcher"),k=Symbol("add client"),R=Symbol("remove client"),F=Symbol("stats")
A.exports={PoolBase:class extends r{constructor(A){super(A),this[d]=new n,this[l]=[],this[c]=0
const e=this
this[p]=function(A,t){const r=e[d]
let n=!1
for(;!n;){const A=r.shift()
if(!A)break
e[c]--,n=!this.dispatch(A.opts,A.handler)}this[u]=n,!this[u]&&e[u]&&(e[u]=!1,e.emit("drain",A,[e,...t])),e[f]&&r.isEmpty()&&Promise.all(e[l].map(A=>A.close())).then(e[f])},this[w]=(A,t)=>{e.emit("connect",A,[e,...t])},this[y]=(A,t,r)=>{e.emit("disconnect",A,[e,...t],r)},this[D]=(A,t,r)=>{e.emit("connectionError",A,[e,...t],r)},this[F]=new h(this)}get[g](){return this[u]}get[s](){return this[l].filter(A=>A[s]).length}get[Q](){return this[l].filter(A=>A[s]&&!A[u]).length}get[a](){let A=this[c]
for(const{[a]:e}of this[l])A+=e
return A}get[i](){let A=0
for(const{[i]:e}of this[l])A+=e
return A}get[o](){let A=this[c]
for(const{[o]:e}of this[l])A+=e
return A}get stats(){return this[F]}async[B](){this[d].isEmpty()?await Promise.all(this[l].map(A=>A.close())):await new Promise(A=>{this[f]=A})}async[I](A){for(;;){const e=this[d].shift()
if(!e)break
e.handler.onError(A)}await Promise.all(this[l].map(e=>e.destroy(A)))}[C](A,e){const t=this[m]()
return t?t.dispatch(A,e)||(t[u]=!0,this[u]=!this[m]()):(this[u]=!0,this[d].push({opts:A,handler:e}),this[c]++),!this[u]}[k](A){return A.on("drain",this[p]).on("connect",this[w]).on("disconnect",this[y]).on("connectionError",this[D]),this[l].push(A),this[u]&&queueMicrotask(()=>{this[u]&&this[p](A[E],[this,A])}),this}[R](A){A.close(()=>{const e=this[l].indexOf(A);-1!==e&&this[l].splice(e,1)}),this[u]=this[l].some(A=>!A[u]&&!0!==A.closed&&!0!==A.destroyed)}},kClients:l,kNeedDrain:u,kAddClient:k,kRemoveClient:R,kGetDispatcher:m}},3246:(A,e,t)=>{const{kFree:r,kConnected:n,kPending:s,kQueued:o,kRunning:i,kSize:a}=t(6443),c=Symbol("pool")
A.exports=class{constructor(A){this[c]=A}get connected(){return this[c][n]}get free(){return this[c][r]}get pending(){return this[c][s]}get queued(){return this[c][o]}get running(){return this[c][i]}get size(){return this[c][a]}}},628:(A,e,t)=>{const{PoolBase:r,kClients:n,kNeedDrain:s,kAddClient:o,kGetDispatcher:i}=t(2128),a=t(3701),{InvalidArgumentError:c}=t(8707),g=t(3440),{kUrl:Q,kInterceptors:E}=t(6443),B=t(9136),I=Symbol("options"),C=Symbol("connections"),h=Symbol("factory")
function l(A,e){return new a(A,e)}A.exports=class extends r{constructor(A,{connections:e,factory:t=l,connect:r,connectTimeout:s,tls:o,maxCachedSessions:i,socketPath:a,autoSelectFamily:u,autoSelectFamilyAttemptTimeout:d,allowH2:f,...p}={}){if(null!=e&&(!Number.isFinite(e)||e<0))throw new c("invalid connections")
if("function"!=typeof t)throw new c("factory must be a function.")
if(null!=r&&"function"!=typeof r&&"object"!=typeof r)throw new c("connect must be a function or an object")
"function"!=typeof r&&(r=B({...o,maxCachedSessions:i,allowH2:f,socketPath:a,timeout:s,...u?{autoSelectFamily:u,autoSelectFamilyAttemptTimeout:d}:void 0,...r})),super(p),this[E]=p.interceptors?.Pool&&Array.isArray(p.interceptors.Pool)?p.interceptors.Pool:[],this[C]=e||null,this[Q]=g.parseOrigin(A),this[I]={...g.deepClone(p),connect:r,allowH2:f},this[I].interceptors=p.interceptors?{...p.interceptors}:void 0,this[h]=t,this.on("connectionError",(A,e,t)=>{for(const A of e){const e=this[n].indexOf(A);-1!==e&&this[n].splice(e,1)}})}[i](){for(const A of this[n])if(!A[s])return A
if(!this[C]||this[n].length<this[C]){const A=this[h](this[Q],this[I])
return this[o](A),A}}}},6672:(A,e,t)=>{const{kProxy:r,kClose:n,kDestroy:s,kDispatch:o,kInterceptors:i}=t(6443),{URL:a}=t(3136),c=t(7405),g=t(628),Q=t(1841),{InvalidArgumentError:E,RequestAbortedError:B,SecureProxyConnectionError:I}=t(8707),C=t(9136),h=t(3701),l=Symbol("proxy agent"),u=Symbol("proxy client"),d=Symbol("proxy headers"),f=Symbol("request tls settings"),p=Symbol("proxy tls settings"),w=Symbol("connect endpoint function"),y=Symbol("tunnel proxy")
function D(A,e){return new g(A,e)}const m=()=>{}
function k(A,e){return 1===e.connections?new h(A,e):new g(A,e)}class R extends Q{#E
constructor(A,{headers:e={},connect:t,factory:r}){if(super(),!A)throw new E("Proxy URL is mandatory")
this[d]=e,this.#E=r?r(A,{connect:t}):new h(A,{connect:t})}[o](A,e){const t=e.onHeaders
e.onHeaders=function(A,r,n){407!==A?t&&t.call(this,A,r,n):"function"==typeof e.onError&&e.onError(new E("Proxy Authentication Required (407)"))}
const{origin:r,path:n="/",headers:s={}}=A
if(A.path=r+n,!("host"in s)&&!("Host"in s)){const{host:A}=new a(r)
s.host=A}return A.headers={...this[d],...s},this.#E[o](A,e)}async[n](){return this.#E.close()}async[s](A){return this.#E.destroy(A)}}A.exports=class extends Q{constructor(A){if(super(),!A||"object"==typeof A&&!(A instanceof a)&&!A.uri)throw new E("Proxy uri is mandatory")
const{clientFactory:e=D}=A
if("function"!=typeof e)throw new E("Proxy opts.clientFactory must be a function.")
const{proxyTunnel:t=!0}=A,n=this.#B(A),{href:s,origin:o,port:g,protocol:Q,username:h,password:F,hostname:b}=n
if(this[r]={uri:s,protocol:Q},this[i]=A.interceptors?.ProxyAgent&&Array.isArray(A.interceptors.ProxyAgent)?A.interceptors.ProxyAgent:[],this[f]=A.requestTls,this[p]=A.proxyTls,this[d]=A.headers||{},this[y]=t,A.auth&&A.token)throw new E("opts.auth cannot be used in combination with opts.token")
A.auth?this[d]["proxy-authorization"]=`Basic ${A.auth}`:A.token?this[d]["proxy-authorization"]=A.token:h&&F&&(this[d]["proxy-authorization"]=`Basic ${Buffer.from(`${decodeURIComponent(h)}:${decodeURIComponent(F)}`).toString("base64")}`)
const S=C({...A.proxyTls})
this[w]=C({...A.requestTls})
const N=A.factory||k
this[u]=e(n,{connect:S}),this[l]=new c({...A,factory:(A,e)=>{const{protocol:t}=new a(A)
return this[y]||"http:"!==t||"http:"!==this[r].protocol?N(A,e):new R(this[r].uri,{headers:this[d],connect:S,factory:N})},connect:async(A,e)=>{let t=A.host
A.port||(t+=`:${function(A){return"https:"===A?443:80}(A.protocol)}`)
try{const{socket:r,statusCode:n}=await this[u].connect({origin:o,port:g,path:t,signal:A.signal,headers:{...this[d],host:A.host},servername:this[p]?.servername||b})
if(200!==n&&(r.on("error",m).destroy(),e(new B(`Proxy response (${n}) !== 200 when HTTP Tunneling`))),"https:"!==A.protocol)return void e(null,r)
let s
s=this[f]?this[f].servername:A.servername,this[w]({...A,servername:s,httpSocket:r},e)}catch(A){"ERR_TLS_CERT_ALTNAME_INVALID"===A.code?e(new I(A)):e(A)}}})}dispatch(A,e){const t=function(A){if(Array.isArray(A)){const e={}
for(let t=0;t<A.length;t+=2)e[A[t]]=A[t+1]
return e}return A}(A.headers)
if(function(A){const e=A&&Object.keys(A).find(A=>"proxy-authorization"===A.toLowerCase())
if(e)throw new E("Proxy-Authorization should be sent in ProxyAgent constructor")}(t),t&&!("host"in t)&&!("Host"in t)){const{host:e}=new a(A.origin)
t.host=e}return this[l].dispatch({...A,headers:t},e)}#B(A){return"string"==typeof A?new a(A):A instanceof a?A:new a(A.uri)}async[n](){await this[l].close(),await this[u].close()}async[s](){await this[l].destroy(),await this[u].destroy()}}},50:(A,e,t)=>{const r=t(883),n=t(7816)
A.exports=class extends r{#I=null
#C=null
constructor(A,e={}){super(e),this.#I=A,this.#C=e}dispatch(A,e){const t=new n({...A,retryOptions:this.#C},{dispatch:this.#I.dispatch.bind(this.#I),handler:e})
return this.#I.dispatch(A,t)}close(){return this.#I.close()}destroy(){return this.#I.destroy()}}},2581:(A,e,t)=>{const r=Symbol.for("undici.globalDispatcher.1"),{InvalidArgumentError:n}=t(8707),s=t(7405)
function o(A){if(!A||"function"!=typeof A.dispatch)throw new n("Argument agent must implement Agent")
Object.defineProperty(globalThis,r,{value:A,writable:!0,enumerable:!1,configurable:!1})}function i(){return globalThis[r]}void 0===i()&&o(new s),A.exports={setGlobalDispatcher:o,getGlobalDispatcher:i}},8155:A=>{A.exports=class{#h
constructor(A){if("object"!=typeof A||null===A)throw new TypeError("handler must be an object")
this.#h=A}onConnect(...A){return this.#h.onConnect?.(...A)}onError(...A){return this.#h.onError?.(...A)}onUpgrade(...A){return this.#h.onUpgrade?.(...A)}onResponseStarted(...A){return this.#h.onResponseStarted?.(...A)}onHeaders(...A){return this.#h.onHeaders?.(...A)}onData(...A){return this.#h.onData?.(...A)}onComplete(...A){return this.#h.onComplete?.(...A)}onBodySent(...A){return this.#h.onBodySent?.(...A)}}},8754:(A,e,t)=>{const r=t(3440),{kBodyUsed:n}=t(6443),s=t(4589),{InvalidArgumentError:o}=t(8707),i=t(8474),a=[300,301,302,303,307,308],c=Symbol("body")
class g{constructor(A){this[c]=A,this[n]=!1}async*[Symbol.asyncIterator](){s(!this[n],"disturbed"),this[n]=!0,yield*this[c]}}function Q(A,e,t){if(4===A.length)return"host"===r.headerNameToString(A)
if(e&&r.headerNameToString(A).startsWith("content-"))return!0
if(t&&(13===A.length||6===A.length||19===A.length)){const e=r.headerNameToString(A)
return"authorization"===e||"cookie"===e||"proxy-authorization"===e}return!1}A.exports=class{constructor(A,e,t,a){if(null!=e&&(!Number.isInteger(e)||e<0))throw new o("maxRedirections must be a positive number")
r.validateHandler(a,t.method,t.upgrade),this.dispatch=A,this.location=null,this.abort=null,this.opts={...t,maxRedirections:0},this.maxRedirections=e,this.handler=a,this.history=[],this.redirectionLimitReached=!1,r.isStream(this.opts.body)?(0===r.bodyLength(this.opts.body)&&this.opts.body.on("data",function(){s(!1)}),"boolean"!=typeof this.opts.body.readableDidRead&&(this.opts.body[n]=!1,i.prototype.on.call(this.opts.body,"data",function(){this[n]=!0}))):(this.opts.body&&"function"==typeof this.opts.body.pipeTo||this.opts.body&&"string"!=typeof this.opts.body&&!ArrayBuffer.isView(this.opts.body)&&r.isIterable(this.opts.body))&&(this.opts.body=new g(this.opts.body))}onConnect(A){this.abort=A,this.handler.onConnect(A,{history:this.history})}onUpgrade(A,e,t){this.handler.onUpgrade(A,e,t)}onError(A){this.handler.onError(A)}onHeaders(A,e,t,n){if(this.location=this.history.length>=this.maxRedirections||r.isDisturbed(this.opts.body)?null:function(A,e){if(-1===a.indexOf(A))return null
for(let A=0;A<e.length;A+=2)if(8===e[A].length&&"location"===r.headerNameToString(e[A]))return e[A+1]}(A,e),this.opts.throwOnMaxRedirect&&this.history.length>=this.maxRedirections)return this.request&&this.request.abort(new Error("max redirects")),this.redirectionLimitReached=!0,void this.abort(new Error("max redirects"))
if(this.opts.origin&&this.history.push(new URL(this.opts.path,this.opts.origin)),!this.location)return this.handler.onHeaders(A,e,t,n)
const{origin:o,pathname:i,search:c}=r.parseURL(new URL(this.location,this.opts.origin&&new URL(this.opts.path,this.opts.origin))),g=c?`${i}${c}`:i
this.opts.headers=function(A,e,t){const r=[]
if(Array.isArray(A))for(let n=0;n<A.length;n+=2)Q(A[n],e,t)||r.push(A[n],A[n+1])
else if(A&&"object"==typeof A)for(const n of Object.keys(A))Q(n,e,t)||r.push(n,A[n])
else s(null==A,"headers must be an object or an array")
return r}(this.opts.headers,303===A,this.opts.origin!==o),this.opts.path=g,this.opts.origin=o,this.opts.maxRedirections=0,this.opts.query=null,303===A&&"HEAD"!==this.opts.method&&(this.opts.method="GET",this.opts.body=null)}onData(A){if(!this.location)return this.handler.onData(A)}onComplete(A){this.location?(this.location=null,this.abort=null,this.dispatch(this.opts,this)):this.handler.onComplete(A)}onBodySent(A){this.handler.onBodySent&&this.handler.onBodySent(A)}}},7816:(A,e,t)=>{const r=t(4589),{kRetryHandlerDefaultRetry:n}=t(6443),{RequestRetryError:s}=t(8707),{isDisturbed:o,parseHeaders:i,parseRangeHeader:a,wrapRequestBody:c}=t(3440)
function g(A,e,t,r){const n=A["content-length"]
if(null==n)return null
if(!Number.isFinite(e.start)||!Number.isFinite(e.end))return null
const o=Number(n),i=e.end-e.start+1
return Number.isFinite(o)&&o===i?null:new s("Content-Length mismatch",t,{headers:A,data:{count:r}})}class Q{constructor(A,e){const{retryOptions:t,...r}=A,{retry:s,maxRetries:o,maxTimeout:i,minTimeout:a,timeoutFactor:g,methods:E,errorCodes:B,retryAfter:I,statusCodes:C}=t??{}
this.dispatch=e.dispatch,this.handler=e.handler,this.opts={...r,body:c(A.body)},this.abort=null,this.aborted=!1,this.retryOpts={retry:s??Q[n],retryAfter:I??!0,maxTimeout:i??3e4,minTimeout:a??500,timeoutFactor:g??2,maxRetries:o??5,methods:E??["GET","HEAD","OPTIONS","PUT","DELETE","TRACE"],statusCodes:C??[500,502,503,504,429],errorCodes:B??["ECONNRESET","ECONNREFUSED","ENOTFOUND","ENETDOWN","ENETUNREACH","EHOSTDOWN","EHOSTUNREACH","EPIPE","UND_ERR_SOCKET"]},this.retryCount=0,this.retryCountCheckpoint=0,this.start=0,this.end=null,this.etag=null,this.resume=null,this.headersSent=!1,this.handler.onConnect(A=>{this.aborted=!0,this.abort?this.abort(A):this.reason=A})}checkpointResponseEnd(A,e){if(null==this.end&&"HEAD"!==this.opts.method){const e=A["content-length"]
this.end=null!=e?Number(e)-1:null,r(null==this.end||Number.isFinite(this.end),"invalid content-length")}this.resume=null!=this.end?e:null}onRequestSent(){this.handler.onRequestSent&&this.handler.onRequestSent()}onUpgrade(A,e,t){this.handler.onUpgrade&&this.handler.onUpgrade(A,e,t)}onConnect(A){this.aborted?A(this.reason):this.abort=A}onBodySent(A){if(this.handler.onBodySent)return this.handler.onBodySent(A)}static[n](A,{state:e,opts:t},r){const{statusCode:n,code:s,headers:o}=A,{method:i,retryOptions:a}=t,{maxRetries:c,minTimeout:g,maxTimeout:Q,timeoutFactor:E,statusCodes:B,errorCodes:I,methods:C}=a,{counter:h}=e
if(s&&"UND_ERR_REQ_RETRY"!==s&&!I.includes(s))return void r(A)
if(Array.isArray(C)&&!C.includes(i))return void r(A)
if(null!=n&&Array.isArray(B)&&!B.includes(n))return void r(A)
if(h>c)return void r(A)
let l=o?.["retry-after"]
l&&(l=Number(l),l=Number.isNaN(l)?function(A){const e=Date.now()
return new Date(A).getTime()-e}(l):1e3*l)
const u=l>0?Math.min(l,Q):Math.min(g*E**(h-1),Q)
setTimeout(()=>r(null),u)}onHeaders(A,e,t,n){const o=i(e)
if(this.retryCount+=1,A>=300)return this.headersSent||!1!==this.retryOpts.statusCodes.includes(A)?(this.abort(new s("Request failed",A,{headers:o,data:{count:this.retryCount}})),!1):(this.headersSent=!0,this.checkpointResponseEnd(o,t),this.handler.onHeaders(A,e,t,n))
if(null!=this.resume){if(this.resume=null,206!==A&&(this.start>0||200!==A))return this.abort(new s("server does not support the range header and the payload was partially consumed",A,{headers:o,data:{count:this.retryCount}})),!1
const e=a(o["content-range"])
if(!e)return this.abort(new s("Content-Range mismatch",A,{headers:o,data:{count:this.retryCount}})),!1
if(null!=this.etag&&this.etag!==o.etag)return this.abort(new s("ETag mismatch",A,{headers:o,data:{count:this.retryCount}})),!1
const r=g(o,e,A,this.retryCount)
if(null!=r)return this.abort(r),!1
const{start:n,size:i,end:c=i-1}=e
return this.start!==n||null!=this.end&&this.end!==c?(this.abort(new s("Content-Range mismatch",A,{headers:o,data:{count:this.retryCount}})),!1):(this.resume=t,!0)}if(null==this.end){if(206===A){const s=a(o["content-range"])
if(null==s)return this.headersSent=!0,this.handler.onHeaders(A,e,t,n)
const i=g(o,s,A,this.retryCount)
if(null!=i)return this.abort(i),!1
const{start:c,size:Q,end:E=Q-1}=s
r(null!=c&&Number.isFinite(c),"content-range mismatch"),r(null!=E&&Number.isFinite(E),"invalid content-length"),this.start=c,this.end=E}if(null==this.end){const A=o["content-length"]
this.end=null!=A?Number(A)-1:null}return r(Number.isFinite(this.start)),r(null==this.end||Number.isFinite(this.end),"invalid content-length"),this.resume=t,this.headersSent=!0,this.etag=null!=o.etag?o.etag:null,null!=this.etag&&this.etag.startsWith("W/")&&(this.etag=null),this.handler.onHeaders(A,e,t,n)}const c=new s("Request failed",A,{headers:o,data:{count:this.retryCount}})
return this.abort(c),!1}onData(A){return this.start+=A.length,this.handler.onData(A)}onComplete(A){return this.retryCount=0,this.handler.onComplete(A)}onError(A){if(this.aborted||o(this.opts.body)||this.headersSent&&null==this.resume)return this.handler.onError(A)
this.retryCount-this.retryCountCheckpoint>0?this.retryCount=this.retryCountCheckpoint+(this.retryCount-this.retryCountCheckpoint):this.retryCount+=1,this.retryOpts.retry(A,{state:{counter:this.retryCount},opts:{retryOptions:this.retryOpts,...this.opts}},function(A){if(null!=A||this.aborted||o(this.opts.body))return this.handler.onError(A)
if(0!==this.start){const A={range:`bytes=${this.start}-${this.end??""}`}
null!=this.etag&&(A["if-match"]=this.etag),this.opts={...this.opts,headers:{...this.opts.headers,...A}}}try{this.retryCountCheckpoint=this.retryCount,this.dispatch(this.opts,this)}catch(A){this.handler.onError(A)}}.bind(this))}}A.exports=Q},379:(A,e,t)=>{const{isIP:r}=t(7030),{lookup:n}=t(610),s=t(8155),{InvalidArgumentError:o,InformationalError:i}=t(8707),a=Math.pow(2,31)-1
class c{#l=0
#u=0
#d=new Map
dualStack=!0
affinity=null
lookup=null
pick=null
constructor(A){this.#l=A.maxTTL,this.#u=A.maxItems,this.dualStack=A.dualStack,this.affinity=A.affinity,this.lookup=A.lookup??this.#f,this.pick=A.pick??this.#p}get full(){return this.#d.size===this.#u}runLookup(A,e,t){const r=this.#d.get(A.hostname)
if(null==r&&this.full)return void t(null,A.origin)
const n={affinity:this.affinity,dualStack:this.dualStack,lookup:this.lookup,pick:this.pick,...e.dns,maxTTL:this.#l,maxItems:this.#u}
if(null==r)this.lookup(A,n,(e,r)=>{if(e||null==r||0===r.length)return void t(e??new i("No DNS entries found"))
this.setRecords(A,r)
const s=this.#d.get(A.hostname),o=this.pick(A,s,n.affinity)
let a
a="number"==typeof o.port?`:${o.port}`:""!==A.port?`:${A.port}`:"",t(null,`${A.protocol}//${6===o.family?`[${o.address}]`:o.address}${a}`)})
else{const s=this.pick(A,r,n.affinity)
if(null==s)return this.#d.delete(A.hostname),void this.runLookup(A,e,t)
let o
o="number"==typeof s.port?`:${s.port}`:""!==A.port?`:${A.port}`:"",t(null,`${A.protocol}//${6===s.family?`[${s.address}]`:s.address}${o}`)}}#f(A,e,t){n(A.hostname,{all:!0,family:!1===this.dualStack?this.affinity:0,order:"ipv4first"},(A,e)=>{if(A)return t(A)
const r=new Map
for(const A of e)r.set(`${A.address}:${A.family}`,A)
t(null,r.values())})}#p(A,e,t){let r=null
const{records:n,offset:s}=e
let o
if(this.dualStack?(null==t&&(null==s||s===a?(e.offset=0,t=4):(e.offset++,t=1&~e.offset?4:6)),o=null!=n[t]&&n[t].ips.length>0?n[t]:n[4===t?6:4]):o=n[t],null==o||0===o.ips.length)return r
null==o.offset||o.offset===a?o.offset=0:o.offset++
const i=o.offset%o.ips.length
return r=o.ips[i]??null,null==r?r:Date.now()-r.timestamp>r.ttl?(o.ips.splice(i,1),this.pick(A,e,t)):r}setRecords(A,e){const t=Date.now(),r={records:{4:null,6:null}}
for(const A of e){A.timestamp=t,"number"==typeof A.ttl?A.ttl=Math.min(A.ttl,this.#l):A.ttl=this.#l
const e=r.records[A.family]??{ips:[]}
e.ips.push(A),r.records[A.family]=e}this.#d.set(A.hostname,r)}getHandler(A,e){return new g(this,A,e)}}class g extends s{#w=null
#o=null
#r=null
#h=null
#y=null
constructor(A,{origin:e,handler:t,dispatch:r},n){super(t),this.#y=e,this.#h=t,this.#o={...n},this.#w=A,this.#r=r}onError(A){switch(A.code){case"ETIMEDOUT":case"ECONNREFUSED":return this.#w.dualStack?void this.#w.runLookup(this.#y,this.#o,(A,e)=>{if(A)return this.#h.onError(A)
const t={...this.#o,origin:e}
this.#r(t,this)}):void this.#h.onError(A)
case"ENOTFOUND":this.#w.deleteRecord(this.#y)
default:this.#h.onError(A)}}}A.exports=A=>{if(null!=A?.maxTTL&&("number"!=typeof A?.maxTTL||A?.maxTTL<0))throw new o("Invalid maxTTL. Must be a positive number")
if(null!=A?.maxItems&&("number"!=typeof A?.maxItems||A?.maxItems<1))throw new o("Invalid maxItems. Must be a positive number and greater than zero")
if(null!=A?.affinity&&4!==A?.affinity&&6!==A?.affinity)throw new o("Invalid affinity. Must be either 4 or 6")
if(null!=A?.dualStack&&"boolean"!=typeof A?.dualStack)throw new o("Invalid dualStack. Must be a boolean")
if(null!=A?.lookup&&"function"!=typeof A?.lookup)throw new o("Invalid lookup. Must be a function")
if(null!=A?.pick&&"function"!=typeof A?.pick)throw new o("Invalid pick. Must be a function")
const e=A?.dualStack??!0
let t
t=e?A?.affinity??null:A?.affinity??4
const n=new c({maxTTL:A?.maxTTL??1e4,lookup:A?.lookup??null,pick:A?.pick??null,dualStack:e,affinity:t,maxItems:A?.maxItems??1/0})
return A=>function(e,t){const s=e.origin.constructor===URL?e.origin:new URL(e.origin)
return 0!==r(s.hostname)?A(e,t):(n.runLookup(s,e,(r,o)=>{if(r)return t.onError(r)
let i=null
i={...e,servername:s.hostname,origin:o,headers:{host:s.hostname,...e.headers}},A(i,n.getHandler({origin:s,dispatch:A,handler:t},e))}),!0)}}},8060:(A,e,t)=>{const r=t(3440),{InvalidArgumentError:n,RequestAbortedError:s}=t(8707),o=t(8155)
class i extends o{#D=1048576
#m=null
#k=!1
#R=!1
#F=0
#b=null
#h=null
constructor({maxSize:A},e){if(super(e),null!=A&&(!Number.isFinite(A)||A<1))throw new n("maxSize must be a number greater than 0")
this.#D=A??this.#D,this.#h=e}onConnect(A){this.#m=A,this.#h.onConnect(this.#S.bind(this))}#S(A){this.#R=!0,this.#b=A}onHeaders(A,e,t,n){const o=r.parseHeaders(e)["content-length"]
if(null!=o&&o>this.#D)throw new s(`Response size (${o}) larger than maxSize (${this.#D})`)
return!!this.#R||this.#h.onHeaders(A,e,t,n)}onError(A){this.#k||(A=this.#b??A,this.#h.onError(A))}onData(A){return this.#F=this.#F+A.length,this.#F>=this.#D&&(this.#k=!0,this.#R?this.#h.onError(this.#b):this.#h.onComplete([])),!0}onComplete(A){this.#k||(this.#R?this.#h.onError(this.reason):this.#h.onComplete(A))}}A.exports=function({maxSize:A}={maxSize:1048576}){return e=>function(t,r){const{dumpMaxSize:n=A}=t,s=new i({maxSize:n},r)
return e(t,s)}}},5092:(A,e,t)=>{const r=t(8754)
A.exports=function({maxRedirections:A}){return e=>function(t,n){const{maxRedirections:s=A}=t
if(!s)return e(t,n)
const o=new r(e,s,t,n)
return t={...t,maxRedirections:0},e(t,o)}}},1514:(A,e,t)=>{const r=t(8754)
A.exports=A=>{const e=A?.maxRedirections
return A=>function(t,n){const{maxRedirections:s=e,...o}=t
if(!s)return A(t,n)
const i=new r(A,s,t,n)
return A(o,i)}}},2026:(A,e,t)=>{const r=t(7816)
A.exports=A=>e=>function(t,n){return e(t,new r({...t,retryOptions:{...A,...t.retryOptions}},{handler:n,dispatch:e}))}},2824:(A,e,t)=>{Object.defineProperty(e,"__esModule",{value:!0}),e.SPECIAL_HEADERS=e.HEADER_STATE=e.MINOR=e.MAJOR=e.CONNECTION_TOKEN_CHARS=e.HEADER_CHARS=e.TOKEN=e.STRICT_TOKEN=e.HEX=e.URL_CHAR=e.STRICT_URL_CHAR=e.USERINFO_CHARS=e.MARK=e.ALPHANUM=e.NUM=e.HEX_MAP=e.NUM_MAP=e.ALPHA=e.FINISH=e.H_METHOD_MAP=e.METHOD_MAP=e.METHODS_RTSP=e.METHODS_ICE=e.METHODS_HTTP=e.METHODS=e.LENIENT_FLAGS=e.FLAGS=e.TYPE=e.ERROR=void 0
const r=t(172)
var n,s
!function(A){A[A.OK=0]="OK",A[A.INTERNAL=1]="INTERNAL",A[A.STRICT=2]="STRICT",A[A.LF_EXPECTED=3]="LF_EXPECTED",A[A.UNEXPECTED_CONTENT_LENGTH=4]="UNEXPECTED_CONTENT_LENGTH",A[A.CLOSED_CONNECTION=5]="CLOSED_CONNECTION",A[A.INVALID_METHOD=6]="INVALID_METHOD",A[A.INVALID_URL=7]="INVALID_URL",A[A.INVALID_CONSTANT=8]="INVALID_CONSTANT",A[A.INVALID_VERSION=9]="INVALID_VERSION",A[A.INVALID_HEADER_TOKEN=10]="INVALID_HEADER_TOKEN",A[A.INVALID_CONTENT_LENGTH=11]="INVALID_CONTENT_LENGTH",A[A.INVALID_CHUNK_SIZE=12]="INVALID_CHUNK_SIZE",A[A.INVALID_STATUS=13]="INVALID_STATUS",A[A.INVALID_EOF_STATE=14]="INVALID_EOF_STATE",A[A.INVALID_TRANSFER_ENCODING=15]="INVALID_TRANSFER_ENCODING",A[A.CB_MESSAGE_BEGIN=16]="CB_MESSAGE_BEGIN",A[A.CB_HEADERS_COMPLETE=17]="CB_HEADERS_COMPLETE",A[A.CB_MESSAGE_COMPLETE=18]="CB_MESSAGE_COMPLETE",A[A.CB_CHUNK_HEADER=19]="CB_CHUNK_HEADER",A[A.CB_CHUNK_COMPLETE=20]="CB_CHUNK_COMPLETE",A[A.PAUSED=21]="PAUSED",A[A.PAUSED_UPGRADE=22]="PAUSED_UPGRADE",A[A.PAUSED_H2_UPGRADE=23]="PAUSED_H2_UPGRADE",A[A.USER=24]="USER"}(e.ERROR||(e.ERROR={})),function(A){A[A.BOTH=0]="BOTH",A[A.REQUEST=1]="REQUEST",A[A.RESPONSE=2]="RESPONSE"}(e.TYPE||(e.TYPE={})),function(A){A[A.CONNECTION_KEEP_ALIVE=1]="CONNECTION_KEEP_ALIVE",A[A.CONNECTION_CLOSE=2]="CONNECTION_CLOSE",A[A.CONNECTION_UPGRADE=4]="CONNECTION_UPGRADE",A[A.CHUNKED=8]="CHUNKED",A[A.UPGRADE=16]="UPGRADE",A[A.CONTENT_LENGTH=32]="CONTENT_LENGTH",A[A.SKIPBODY=64]="SKIPBODY",A[A.TRAILING=128]="TRAILING",A[A.TRANSFER_ENCODING=512]="TRANSFER_ENCODING"}(e.FLAGS||(e.FLAGS={})),function(A){A[A.HEADERS=1]="HEADERS",A[A.CHUNKED_LENGTH=2]="CHUNKED_LENGTH",A[A.KEEP_ALIVE=4]="KEEP_ALIVE"}(e.LENIENT_FLAGS||(e.LENIENT_FLAGS={})),function(A){A[A.DELETE=0]="DELETE",A[A.GET=1]="GET",A[A.HEAD=2]="HEAD",A[A.POST=3]="POST",A[A.PUT=4]="PUT",A[A.CONNECT=5]="CONNECT",A[A.OPTIONS=6]="OPTIONS",A[A.TRACE=7]="TRACE",A[A.COPY=8]="COPY",A[A.LOCK=9]="LOCK",A[A.MKCOL=10]="MKCOL",A[A.MOVE=11]="MOVE",A[A.PROPFIND=12]="PROPFIND",A[A.PROPPATCH=13]="PROPPATCH",A[A.SEARCH=14]="SEARCH",A[A.UNLOCK=15]="UNLOCK",A[A.BIND=16]="BIND",A[A.REBIND=17]="REBIND",A[A.UNBIND=18]="UNBIND",A[A.ACL=19]="ACL",A[A.REPORT=20]="REPORT",A[A.MKACTIVITY=21]="MKACTIVITY",A[A.CHECKOUT=22]="CHECKOUT",A[A.MERGE=23]="MERGE",A[A["M-SEARCH"]=24]="M-SEARCH",A[A.NOTIFY=25]="NOTIFY",A[A.SUBSCRIBE=26]="SUBSCRIBE",A[A.UNSUBSCRIBE=27]="UNSUBSCRIBE",A[A.PATCH=28]="PATCH",A[A.PURGE=29]="PURGE",A[A.MKCALENDAR=30]="MKCALENDAR",A[A.LINK=31]="LINK",A[A.UNLINK=32]="UNLINK",A[A.SOURCE=33]="SOURCE",A[A.PRI=34]="PRI",A[A.DESCRIBE=35]="DESCRIBE",A[A.ANNOUNCE=36]="ANNOUNCE",A[A.SETUP=37]="SETUP",A[A.PLAY=38]="PLAY",A[A.PAUSE=39]="PAUSE",A[A.TEARDOWN=40]="TEARDOWN",A[A.GET_PARAMETER=41]="GET_PARAMETER",A[A.SET_PARAMETER=42]="SET_PARAMETER",A[A.REDIRECT=43]="REDIRECT",A[A.RECORD=44]="RECORD",A[A.FLUSH=45]="FLUSH"}(n=e.METHODS||(e.METHODS={})),e.METHODS_HTTP=[n.DELETE,n.GET,n.HEAD,n.POST,n.PUT,n.CONNECT,n.OPTIONS,n.TRACE,n.COPY,n.LOCK,n.MKCOL,n.MOVE,n.PROPFIND,n.PROPPATCH,n.SEARCH,n.UNLOCK,n.BIND,n.REBIND,n.UNBIND,n.ACL,n.REPORT,n.MKACTIVITY,n.CHECKOUT,n.MERGE,n["M-SEARCH"],n.NOTIFY,n.SUBSCRIBE,n.UNSUBSCRIBE,n.PATCH,n.PURGE,n.MKCALENDAR,n.LINK,n.UNLINK,n.PRI,n.SOURCE],e.METHODS_ICE=[n.SOURCE],e.METHODS_RTSP=[n.OPTIONS,n.DESCRIBE,n.ANNOUNCE,n.SETUP,n.PLAY,n.PAUSE,n.TEARDOWN,n.GET_PARAMETER,n.SET_PARAMETER,n.REDIRECT,n.RECORD,n.FLUSH,n.GET,n.POST],e.METHOD_MAP=r.enumToMap(n),e.H_METHOD_MAP={},Object.keys(e.METHOD_MAP).forEach(A=>{/^H/.test(A)&&(e.H_METHOD_MAP[A]=e.METHOD_MAP[A])}),function(A){A[A.SAFE=0]="SAFE",A[A.SAFE_WITH_CB=1]="SAFE_WITH_CB",A[A.UNSAFE=2]="UNSAFE"}(e.FINISH||(e.FINISH={})),e.ALPHA=[]
for(let A="A".charCodeAt(0);A<="Z".charCodeAt(0);A++)e.ALPHA.push(String.fromCharCode(A)),e.ALPHA.push(String.fromCharCode(A+32))
e.NUM_MAP={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9},e.HEX_MAP={0:0,1:1,2:2,3:3,4:4,5:5,6:6,7:7,8:8,9:9,A:10,B:11,C:12,D:13,E:14,F:15,a:10,b:11,c:12,d:13,e:14,f:15},e.NUM=["0","1","2","3","4","5","6","7","8","9"],e.ALPHANUM=e.ALPHA.concat(e.NUM),e.MARK=["-","_",".","!","~","*","'","(",")"],e.USERINFO_CHARS=e.ALPHANUM.concat(e.MARK).concat(["%",";",":","&","=","+","$",","]),e.STRICT_URL_CHAR=["!",'"',"$","%","&","'","(",")","*","+",",","-",".","/",":",";","<","=",">","@","[","\\","]","^","_","`","{","|","}","~"].concat(e.ALPHANUM),e.URL_CHAR=e.STRICT_URL_CHAR.concat(["\t","\f"])
for(let A=128;A<=255;A++)e.URL_CHAR.push(A)
e.HEX=e.NUM.concat(["a","b","c","d","e","f","A","B","C","D","E","F"]),e.STRICT_TOKEN=["!","#","$","%","&","'","*","+","-",".","^","_","`","|","~"].concat(e.ALPHANUM),e.TOKEN=e.STRICT_TOKEN.concat([" "]),e.HEADER_CHARS=["\t"]
for(let A=32;A<=255;A++)127!==A&&e.HEADER_CHARS.push(A)
e.CONNECTION_TOKEN_CHARS=e.HEADER_CHARS.filter(A=>44!==A),e.MAJOR=e.NUM_MAP,e.MINOR=e.MAJOR,function(A){A[A.GENERAL=0]="GENERAL",A[A.CONNECTION=1]="CONNECTION",A[A.CONTENT_LENGTH=2]="CONTENT_LENGTH",A[A.TRANSFER_ENCODING=3]="TRANSFER_ENCODING",A[A.UPGRADE=4]="UPGRADE",A[A.CONNECTION_KEEP_ALIVE=5]="CONNECTION_KEEP_ALIVE",A[A.CONNECTION_CLOSE=6]="CONNECTION_CLOSE",A[A.CONNECTION_UPGRADE=7]="CONNECTION_UPGRADE",A[A.TRANSFER_ENCODING_CHUNKED=8]="TRANSFER_ENCODING_CHUNKED"}(s=e.HEADER_STATE||(e.HEADER_STATE={})),e.SPECIAL_HEADERS={connection:s.CONNECTION,"content-length":s.CONTENT_LENGTH,"proxy-connection":s.CONNECTION,"transfer-encoding":s.TRANSFER_ENCODING,upgrade:s.UPGRADE}},3870:(A,e,t)=>{const{Buffer:r}=t(4573)
A.exports=r.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK07MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtXACAAQRhqQgA3AwAgAEIANwMAIABBOGpCADcDACAAQTBqQgA3AwAgAEEoakIANwMAIABBIGpCADcDACAAQRBqQgA3AwAgAEEIakIANwMAIABB3QE2AhwLBgAgABAyC5otAQt/IwBBEGsiCiQAQaTQACgCACIJRQRAQeTTACgCACIFRQRAQfDTAEJ/NwIAQejTAEKAgISAgIDAADcCAEHk0wAgCkEIakFwcUHYqtWqBXMiBTYCAEH40wBBADYCAEHI0wBBADYCAAtBzNMAQYDUBDYCAEGc0ABBgNQENgIAQbDQACAFNgIAQazQAEF/NgIAQdDTAEGArAM2AgADQCABQcjQAGogAUG80ABqIgI2AgAgAiABQbTQAGoiAzYCACABQcDQAGogAzYCACABQdDQAGogAUHE0ABqIgM2AgAgAyACNgIAIAFB2NAAaiABQczQAGoiAjYCACACIAM2AgAgAUHU0ABqIAI2AgAgAUEgaiIBQYACRw0AC0GM1ARBwasDNgIAQajQAEH00wAoAgA2AgBBmNAAQcCrAzYCAEGk0ABBiNQENgIAQcz/B0E4NgIAQYjUBCEJCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB7AFNBEBBjNAAKAIAIgZBECAAQRNqQXBxIABBC0kbIgRBA3YiAHYiAUEDcQRAAkAgAUEBcSAAckEBcyICQQN0IgBBtNAAaiIBIABBvNAAaigCACIAKAIIIgNGBEBBjNAAIAZBfiACd3E2AgAMAQsgASADNgIIIAMgATYCDAsgAEEIaiEBIAAgAkEDdCICQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDBELQZTQACgCACIIIARPDQEgAQRAAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIAQQN0IgJBtNAAaiIBIAJBvNAAaigCACICKAIIIgNGBEBBjNAAIAZBfiAAd3EiBjYCAAwBCyABIAM2AgggAyABNgIMCyACIARBA3I2AgQgAEEDdCIAIARrIQUgACACaiAFNgIAIAIgBGoiBCAFQQFyNgIEIAgEQCAIQXhxQbTQAGohAEGg0AAoAgAhAwJ/QQEgCEEDdnQiASAGcUUEQEGM0AAgASAGcjYCACAADAELIAAoAggLIgEgAzYCDCAAIAM2AgggAyAANgIMIAMgATYCCAsgAkEIaiEBQaDQACAENgIAQZTQACAFNgIADBELQZDQACgCACILRQ0BIAtoQQJ0QbzSAGooAgAiACgCBEF4cSAEayEFIAAhAgNAAkAgAigCECIBRQRAIAJBFGooAgAiAUUNAQsgASgCBEF4cSAEayIDIAVJIQIgAyAFIAIbIQUgASAAIAIbIQAgASECDAELCyAAKAIYIQkgACgCDCIDIABHBEBBnNAAKAIAGiADIAAoAggiATYCCCABIAM2AgwMEAsgAEEUaiICKAIAIgFFBEAgACgCECIBRQ0DIABBEGohAgsDQCACIQcgASIDQRRqIgIoAgAiAQ0AIANBEGohAiADKAIQIgENAAsgB0EANgIADA8LQX8hBCAAQb9/Sw0AIABBE2oiAUFwcSEEQZDQACgCACIIRQ0AQQAgBGshBQJAAkACQAJ/QQAgBEGAAkkNABpBHyAEQf///wdLDQAaIARBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmoLIgZBAnRBvNIAaigCACICRQRAQQAhAUEAIQMMAQtBACEBIARBGSAGQQF2a0EAIAZBH0cbdCEAQQAhAwNAAkAgAigCBEF4cSAEayIHIAVPDQAgAiEDIAciBQ0AQQAhBSACIQEMAwsgASACQRRqKAIAIgcgByACIABBHXZBBHFqQRBqKAIAIgJGGyABIAcbIQEgAEEBdCEAIAINAAsLIAEgA3JFBEBBACEDQQIgBnQiAEEAIABrciAIcSIARQ0DIABoQQJ0QbzSAGooAgAhAQsgAUUNAQsDQCABKAIEQXhxIARrIgIgBUkhACACIAUgABshBSABIAMgABshAyABKAIQIgAEfyAABSABQRRqKAIACyIBDQALCyADRQ0AIAVBlNAAKAIAIARrTw0AIAMoAhghByADIAMoAgwiAEcEQEGc0AAoAgAaIAAgAygCCCIBNgIIIAEgADYCDAwOCyADQRRqIgIoAgAiAUUEQCADKAIQIgFFDQMgA0EQaiECCwNAIAIhBiABIgBBFGoiAigCACIBDQAgAEEQaiECIAAoAhAiAQ0ACyAGQQA2AgAMDQtBlNAAKAIAIgMgBE8EQEGg0AAoAgAhAQJAIAMgBGsiAkEQTwRAIAEgBGoiACACQQFyNgIEIAEgA2ogAjYCACABIARBA3I2AgQMAQsgASADQQNyNgIEIAEgA2oiACAAKAIEQQFyNgIEQQAhAEEAIQILQZTQACACNgIAQaDQACAANgIAIAFBCGohAQwPC0GY0AAoAgAiAyAESwRAIAQgCWoiACADIARrIgFBAXI2AgRBpNAAIAA2AgBBmNAAIAE2AgAgCSAEQQNyNgIEIAlBCGohAQwPC0EAIQEgBAJ/QeTTACgCAARAQezTACgCAAwBC0Hw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBDGpBcHFB2KrVqgVzNgIAQfjTAEEANgIAQcjTAEEANgIAQYCABAsiACAEQccAaiIFaiIGQQAgAGsiB3EiAk8EQEH80wBBMDYCAAwPCwJAQcTTACgCACIBRQ0AQbzTACgCACIIIAJqIQAgACABTSAAIAhLcQ0AQQAhAUH80wBBMDYCAAwPC0HI0wAtAABBBHENBAJAAkAgCQRAQczTACEBA0AgASgCACIAIAlNBEAgACABKAIEaiAJSw0DCyABKAIIIgENAAsLQQAQMyIAQX9GDQUgAiEGQejTACgCACIBQQFrIgMgAHEEQCACIABrIAAgA2pBACABa3FqIQYLIAQgBk8NBSAGQf7///8HSw0FQcTTACgCACIDBEBBvNMAKAIAIgcgBmohASABIAdNDQYgASADSw0GCyAGEDMiASAARw0BDAcLIAYgA2sgB3EiBkH+////B0sNBCAGEDMhACAAIAEoAgAgASgCBGpGDQMgACEBCwJAIAYgBEHIAGpPDQAgAUF/Rg0AQezTACgCACIAIAUgBmtqQQAgAGtxIgBB/v///wdLBEAgASEADAcLIAAQM0F/RwRAIAAgBmohBiABIQAMBwtBACAGaxAzGgwECyABIgBBf0cNBQwDC0EAIQMMDAtBACEADAoLIABBf0cNAgtByNMAQcjTACgCAEEEcjYCAAsgAkH+////B0sNASACEDMhAEEAEDMhASAAQX9GDQEgAUF/Rg0BIAAgAU8NASABIABrIgYgBEE4ak0NAQtBvNMAQbzTACgCACAGaiIBNgIAQcDTACgCACABSQRAQcDTACABNgIACwJAAkACQEGk0AAoAgAiAgRAQczTACEBA0AgACABKAIAIgMgASgCBCIFakYNAiABKAIIIgENAAsMAgtBnNAAKAIAIgFBAEcgACABT3FFBEBBnNAAIAA2AgALQQAhAUHQ0wAgBjYCAEHM0wAgADYCAEGs0ABBfzYCAEGw0ABB5NMAKAIANgIAQdjTAEEANgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBeCAAa0EPcSIBIABqIgIgBkE4ayIDIAFrIgFBAXI2AgRBqNAAQfTTACgCADYCAEGY0AAgATYCAEGk0AAgAjYCACAAIANqQTg2AgQMAgsgACACTQ0AIAIgA0kNACABKAIMQQhxDQBBeCACa0EPcSIAIAJqIgNBmNAAKAIAIAZqIgcgAGsiAEEBcjYCBCABIAUgBmo2AgRBqNAAQfTTACgCADYCAEGY0AAgADYCAEGk0AAgAzYCACACIAdqQTg2AgQMAQsgAEGc0AAoAgBJBEBBnNAAIAA2AgALIAAgBmohA0HM0wAhAQJAAkACQANAIAMgASgCAEcEQCABKAIIIgENAQwCCwsgAS0ADEEIcUUNAQtBzNMAIQEDQCABKAIAIgMgAk0EQCADIAEoAgRqIgUgAksNAwsgASgCCCEBDAALAAsgASAANgIAIAEgASgCBCAGajYCBCAAQXggAGtBD3FqIgkgBEEDcjYCBCADQXggA2tBD3FqIgYgBCAJaiIEayEBIAIgBkYEQEGk0AAgBDYCAEGY0ABBmNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEDAgLQaDQACgCACAGRgRAQaDQACAENgIAQZTQAEGU0AAoAgAgAWoiADYCACAEIABBAXI2AgQgACAEaiAANgIADAgLIAYoAgQiBUEDcUEBRw0GIAVBeHEhCCAFQf8BTQRAIAVBA3YhAyAGKAIIIgAgBigCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBwsgAiAANgIIIAAgAjYCDAwGCyAGKAIYIQcgBiAGKAIMIgBHBEAgACAGKAIIIgI2AgggAiAANgIMDAULIAZBFGoiAigCACIFRQRAIAYoAhAiBUUNBCAGQRBqIQILA0AgAiEDIAUiAEEUaiICKAIAIgUNACAAQRBqIQIgACgCECIFDQALIANBADYCAAwEC0F4IABrQQ9xIgEgAGoiByAGQThrIgMgAWsiAUEBcjYCBCAAIANqQTg2AgQgAiAFQTcgBWtBD3FqQT9rIgMgAyACQRBqSRsiA0EjNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAc2AgAgA0EQakHU0wApAgA3AgAgA0HM0wApAgA3AghB1NMAIANBCGo2AgBB0NMAIAY2AgBBzNMAIAA2AgBB2NMAQQA2AgAgA0EkaiEBA0AgAUEHNgIAIAUgAUEEaiIBSw0ACyACIANGDQAgAyADKAIEQX5xNgIEIAMgAyACayIFNgIAIAIgBUEBcjYCBCAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIDcUUEQEGM0AAgASADcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEGQ0AAoAgAiA0EBIAF0IgZxRQRAIAAgAjYCAEGQ0AAgAyAGcjYCACACIAA2AhggAiACNgIIIAIgAjYCDAwBCyAFQRkgAUEBdmtBACABQR9HG3QhASAAKAIAIQMCQANAIAMiACgCBEF4cSAFRg0BIAFBHXYhAyABQQF0IQEgACADQQRxakEQaiIGKAIAIgMNAAsgBiACNgIAIAIgADYCGCACIAI2AgwgAiACNgIIDAELIAAoAggiASACNgIMIAAgAjYCCCACQQA2AhggAiAANgIMIAIgATYCCAtBmNAAKAIAIgEgBE0NAEGk0AAoAgAiACAEaiICIAEgBGsiAUEBcjYCBEGY0AAgATYCAEGk0AAgAjYCACAAIARBA3I2AgQgAEEIaiEBDAgLQQAhAUH80wBBMDYCAAwHC0EAIQALIAdFDQACQCAGKAIcIgJBAnRBvNIAaiIDKAIAIAZGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAdBEEEUIAcoAhAgBkYbaiAANgIAIABFDQELIAAgBzYCGCAGKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAGQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAIaiEBIAYgCGoiBigCBCEFCyAGIAVBfnE2AgQgASAEaiABNgIAIAQgAUEBcjYCBCABQf8BTQRAIAFBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASABQQN2dCIBcUUEQEGM0AAgASACcjYCACAADAELIAAoAggLIgEgBDYCDCAAIAQ2AgggBCAANgIMIAQgATYCCAwBC0EfIQUgAUH///8HTQRAIAFBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBQsgBCAFNgIcIARCADcCECAFQQJ0QbzSAGohAEGQ0AAoAgAiAkEBIAV0IgNxRQRAIAAgBDYCAEGQ0AAgAiADcjYCACAEIAA2AhggBCAENgIIIAQgBDYCDAwBCyABQRkgBUEBdmtBACAFQR9HG3QhBSAAKAIAIQACQANAIAAiAigCBEF4cSABRg0BIAVBHXYhACAFQQF0IQUgAiAAQQRxakEQaiIDKAIAIgANAAsgAyAENgIAIAQgAjYCGCAEIAQ2AgwgBCAENgIIDAELIAIoAggiACAENgIMIAIgBDYCCCAEQQA2AhggBCACNgIMIAQgADYCCAsgCUEIaiEBDAILAkAgB0UNAAJAIAMoAhwiAUECdEG80gBqIgIoAgAgA0YEQCACIAA2AgAgAA0BQZDQACAIQX4gAXdxIgg2AgAMAgsgB0EQQRQgBygCECADRhtqIAA2AgAgAEUNAQsgACAHNgIYIAMoAhAiAQRAIAAgATYCECABIAA2AhgLIANBFGooAgAiAUUNACAAQRRqIAE2AgAgASAANgIYCwJAIAVBD00EQCADIAQgBWoiAEEDcjYCBCAAIANqIgAgACgCBEEBcjYCBAwBCyADIARqIgIgBUEBcjYCBCADIARBA3I2AgQgAiAFaiAFNgIAIAVB/wFNBEAgBUF4cUG00ABqIQACf0GM0AAoAgAiAUEBIAVBA3Z0IgVxRQRAQYzQACABIAVyNgIAIAAMAQsgACgCCAsiASACNgIMIAAgAjYCCCACIAA2AgwgAiABNgIIDAELQR8hASAFQf///wdNBEAgBUEmIAVBCHZnIgBrdkEBcSAAQQF0a0E+aiEBCyACIAE2AhwgAkIANwIQIAFBAnRBvNIAaiEAQQEgAXQiBCAIcUUEQCAAIAI2AgBBkNAAIAQgCHI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEEAkADQCAEIgAoAgRBeHEgBUYNASABQR12IQQgAUEBdCEBIAAgBEEEcWpBEGoiBigCACIEDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLIANBCGohAQwBCwJAIAlFDQACQCAAKAIcIgFBAnRBvNIAaiICKAIAIABGBEAgAiADNgIAIAMNAUGQ0AAgC0F+IAF3cTYCAAwCCyAJQRBBFCAJKAIQIABGG2ogAzYCACADRQ0BCyADIAk2AhggACgCECIBBEAgAyABNgIQIAEgAzYCGAsgAEEUaigCACIBRQ0AIANBFGogATYCACABIAM2AhgLAkAgBUEPTQRAIAAgBCAFaiIBQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELIAAgBGoiByAFQQFyNgIEIAAgBEEDcjYCBCAFIAdqIAU2AgAgCARAIAhBeHFBtNAAaiEBQaDQACgCACEDAn9BASAIQQN2dCICIAZxRQRAQYzQACACIAZyNgIAIAEMAQsgASgCCAsiAiADNgIMIAEgAzYCCCADIAE2AgwgAyACNgIIC0Gg0AAgBzYCAEGU0AAgBTYCAAsgAEEIaiEBCyAKQRBqJAAgAQtDACAARQRAPwBBEHQPCwJAIABB//8DcQ0AIABBAEgNACAAQRB2QAAiAEF/RgRAQfzTAEEwNgIAQX8PCyAAQRB0DwsACwvcPyIAQYAICwkBAAAAAgAAAAMAQZQICwUEAAAABQBBpAgLCQYAAAAHAAAACABB3AgLii1JbnZhbGlkIGNoYXIgaW4gdXJsIHF1ZXJ5AFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fYm9keQBDb250ZW50LUxlbmd0aCBvdmVyZmxvdwBDaHVuayBzaXplIG92ZXJmbG93AFJlc3BvbnNlIG92ZXJmbG93AEludmFsaWQgbWV0aG9kIGZvciBIVFRQL3gueCByZXF1ZXN0AEludmFsaWQgbWV0aG9kIGZvciBSVFNQL3gueCByZXF1ZXN0AEV4cGVjdGVkIFNPVVJDRSBtZXRob2QgZm9yIElDRS94LnggcmVxdWVzdABJbnZhbGlkIGNoYXIgaW4gdXJsIGZyYWdtZW50IHN0YXJ0AEV4cGVjdGVkIGRvdABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3N0YXR1cwBJbnZhbGlkIHJlc3BvbnNlIHN0YXR1cwBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zAFVzZXIgY2FsbGJhY2sgZXJyb3IAYG9uX3Jlc2V0YCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfaGVhZGVyYCBjYWxsYmFjayBlcnJvcgBgb25fbWVzc2FnZV9iZWdpbmAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3N0YXR1c19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX3ZlcnNpb25fY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl91cmxfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZWAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXRob2RfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfZmllbGRfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fbmFtZWAgY2FsbGJhY2sgZXJyb3IAVW5leHBlY3RlZCBjaGFyIGluIHVybCBzZXJ2ZXIASW52YWxpZCBoZWFkZXIgdmFsdWUgY2hhcgBJbnZhbGlkIGhlYWRlciBmaWVsZCBjaGFyAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdmVyc2lvbgBJbnZhbGlkIG1pbm9yIHZlcnNpb24ASW52YWxpZCBtYWpvciB2ZXJzaW9uAEV4cGVjdGVkIHNwYWNlIGFmdGVyIHZlcnNpb24ARXhwZWN0ZWQgQ1JMRiBhZnRlciB2ZXJzaW9uAEludmFsaWQgSFRUUCB2ZXJzaW9uAEludmFsaWQgaGVhZGVyIHRva2VuAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fdXJsAEludmFsaWQgY2hhcmFjdGVycyBpbiB1cmwAVW5leHBlY3RlZCBzdGFydCBjaGFyIGluIHVybABEb3VibGUgQCBpbiB1cmwARW1wdHkgQ29udGVudC1MZW5ndGgASW52YWxpZCBjaGFyYWN0ZXIgaW4gQ29udGVudC1MZW5ndGgARHVwbGljYXRlIENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhciBpbiB1cmwgcGF0aABDb250ZW50LUxlbmd0aCBjYW4ndCBiZSBwcmVzZW50IHdpdGggVHJhbnNmZXItRW5jb2RpbmcASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgc2l6ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl92YWx1ZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl92YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHZhbHVlAE1pc3NpbmcgZXhwZWN0ZWQgTEYgYWZ0ZXIgaGVhZGVyIHZhbHVlAEludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYCBoZWFkZXIgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZSB2YWx1ZQBJbnZhbGlkIGNoYXJhY3RlciBpbiBjaHVuayBleHRlbnNpb25zIHF1b3RlZCB2YWx1ZQBQYXVzZWQgYnkgb25faGVhZGVyc19jb21wbGV0ZQBJbnZhbGlkIEVPRiBzdGF0ZQBvbl9yZXNldCBwYXVzZQBvbl9jaHVua19oZWFkZXIgcGF1c2UAb25fbWVzc2FnZV9iZWdpbiBwYXVzZQBvbl9jaHVua19leHRlbnNpb25fdmFsdWUgcGF1c2UAb25fc3RhdHVzX2NvbXBsZXRlIHBhdXNlAG9uX3ZlcnNpb25fY29tcGxldGUgcGF1c2UAb25fdXJsX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2NvbXBsZXRlIHBhdXNlAG9uX2hlYWRlcl92YWx1ZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXNzYWdlX2NvbXBsZXRlIHBhdXNlAG9uX21ldGhvZF9jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfZmllbGRfY29tcGxldGUgcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUgcGF1c2UAVW5leHBlY3RlZCBzcGFjZSBhZnRlciBzdGFydCBsaW5lAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fY2h1bmtfZXh0ZW5zaW9uX25hbWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBuYW1lAFBhdXNlIG9uIENPTk5FQ1QvVXBncmFkZQBQYXVzZSBvbiBQUkkvVXBncmFkZQBFeHBlY3RlZCBIVFRQLzIgQ29ubmVjdGlvbiBQcmVmYWNlAFNwYW4gY2FsbGJhY2sgZXJyb3IgaW4gb25fbWV0aG9kAEV4cGVjdGVkIHNwYWNlIGFmdGVyIG1ldGhvZABTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2hlYWRlcl9maWVsZABQYXVzZWQASW52YWxpZCB3b3JkIGVuY291bnRlcmVkAEludmFsaWQgbWV0aG9kIGVuY291bnRlcmVkAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2NoZW1hAFJlcXVlc3QgaGFzIGludmFsaWQgYFRyYW5zZmVyLUVuY29kaW5nYABTV0lUQ0hfUFJPWFkAVVNFX1BST1hZAE1LQUNUSVZJVFkAVU5QUk9DRVNTQUJMRV9FTlRJVFkAQ09QWQBNT1ZFRF9QRVJNQU5FTlRMWQBUT09fRUFSTFkATk9USUZZAEZBSUxFRF9ERVBFTkRFTkNZAEJBRF9HQVRFV0FZAFBMQVkAUFVUAENIRUNLT1VUAEdBVEVXQVlfVElNRU9VVABSRVFVRVNUX1RJTUVPVVQATkVUV09SS19DT05ORUNUX1RJTUVPVVQAQ09OTkVDVElPTl9USU1FT1VUAExPR0lOX1RJTUVPVVQATkVUV09SS19SRUFEX1RJTUVPVVQAUE9TVABNSVNESVJFQ1RFRF9SRVFVRVNUAENMSUVOVF9DTE9TRURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX0xPQURfQkFMQU5DRURfUkVRVUVTVABCQURfUkVRVUVTVABIVFRQX1JFUVVFU1RfU0VOVF9UT19IVFRQU19QT1JUAFJFUE9SVABJTV9BX1RFQVBPVABSRVNFVF9DT05URU5UAE5PX0NPTlRFTlQAUEFSVElBTF9DT05URU5UAEhQRV9JTlZBTElEX0NPTlNUQU5UAEhQRV9DQl9SRVNFVABHRVQASFBFX1NUUklDVABDT05GTElDVABURU1QT1JBUllfUkVESVJFQ1QAUEVSTUFORU5UX1JFRElSRUNUAENPTk5FQ1QATVVMVElfU1RBVFVTAEhQRV9JTlZBTElEX1NUQVRVUwBUT09fTUFOWV9SRVFVRVNUUwBFQVJMWV9ISU5UUwBVTkFWQUlMQUJMRV9GT1JfTEVHQUxfUkVBU09OUwBPUFRJT05TAFNXSVRDSElOR19QUk9UT0NPTFMAVkFSSUFOVF9BTFNPX05FR09USUFURVMATVVMVElQTEVfQ0hPSUNFUwBJTlRFUk5BTF9TRVJWRVJfRVJST1IAV0VCX1NFUlZFUl9VTktOT1dOX0VSUk9SAFJBSUxHVU5fRVJST1IASURFTlRJVFlfUFJPVklERVJfQVVUSEVOVElDQVRJT05fRVJST1IAU1NMX0NFUlRJRklDQVRFX0VSUk9SAElOVkFMSURfWF9GT1JXQVJERURfRk9SAFNFVF9QQVJBTUVURVIAR0VUX1BBUkFNRVRFUgBIUEVfVVNFUgBTRUVfT1RIRVIASFBFX0NCX0NIVU5LX0hFQURFUgBNS0NBTEVOREFSAFNFVFVQAFdFQl9TRVJWRVJfSVNfRE9XTgBURUFSRE9XTgBIUEVfQ0xPU0VEX0NPTk5FQ1RJT04ASEVVUklTVElDX0VYUElSQVRJT04ARElTQ09OTkVDVEVEX09QRVJBVElPTgBOT05fQVVUSE9SSVRBVElWRV9JTkZPUk1BVElPTgBIUEVfSU5WQUxJRF9WRVJTSU9OAEhQRV9DQl9NRVNTQUdFX0JFR0lOAFNJVEVfSVNfRlJPWkVOAEhQRV9JTlZBTElEX0hFQURFUl9UT0tFTgBJTlZBTElEX1RPS0VOAEZPUkJJRERFTgBFTkhBTkNFX1lPVVJfQ0FMTQBIUEVfSU5WQUxJRF9VUkwAQkxPQ0tFRF9CWV9QQVJFTlRBTF9DT05UUk9MAE1LQ09MAEFDTABIUEVfSU5URVJOQUwAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRV9VTk9GRklDSUFMAEhQRV9PSwBVTkxJTksAVU5MT0NLAFBSSQBSRVRSWV9XSVRIAEhQRV9JTlZBTElEX0NPTlRFTlRfTEVOR1RIAEhQRV9VTkVYUEVDVEVEX0NPTlRFTlRfTEVOR1RIAEZMVVNIAFBST1BQQVRDSABNLVNFQVJDSABVUklfVE9PX0xPTkcAUFJPQ0VTU0lORwBNSVNDRUxMQU5FT1VTX1BFUlNJU1RFTlRfV0FSTklORwBNSVNDRUxMQU5FT1VTX1dBUk5JTkcASFBFX0lOVkFMSURfVFJBTlNGRVJfRU5DT0RJTkcARXhwZWN0ZWQgQ1JMRgBIUEVfSU5WQUxJRF9DSFVOS19TSVpFAE1PVkUAQ09OVElOVUUASFBFX0NCX1NUQVRVU19DT01QTEVURQBIUEVfQ0JfSEVBREVSU19DT01QTEVURQBIUEVfQ0JfVkVSU0lPTl9DT01QTEVURQBIUEVfQ0JfVVJMX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19DT01QTEVURQBIUEVfQ0JfSEVBREVSX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fVkFMVUVfQ09NUExFVEUASFBFX0NCX0NIVU5LX0VYVEVOU0lPTl9OQU1FX0NPTVBMRVRFAEhQRV9DQl9NRVNTQUdFX0NPTVBMRVRFAEhQRV9DQl9NRVRIT0RfQ09NUExFVEUASFBFX0NCX0hFQURFUl9GSUVMRF9DT01QTEVURQBERUxFVEUASFBFX0lOVkFMSURfRU9GX1NUQVRFAElOVkFMSURfU1NMX0NFUlRJRklDQVRFAFBBVVNFAE5PX1JFU1BPTlNFAFVOU1VQUE9SVEVEX01FRElBX1RZUEUAR09ORQBOT1RfQUNDRVBUQUJMRQBTRVJWSUNFX1VOQVZBSUxBQkxFAFJBTkdFX05PVF9TQVRJU0ZJQUJMRQBPUklHSU5fSVNfVU5SRUFDSEFCTEUAUkVTUE9OU0VfSVNfU1RBTEUAUFVSR0UATUVSR0UAUkVRVUVTVF9IRUFERVJfRklFTERTX1RPT19MQVJHRQBSRVFVRVNUX0hFQURFUl9UT09fTEFSR0UAUEFZTE9BRF9UT09fTEFSR0UASU5TVUZGSUNJRU5UX1NUT1JBR0UASFBFX1BBVVNFRF9VUEdSQURFAEhQRV9QQVVTRURfSDJfVVBHUkFERQBTT1VSQ0UAQU5OT1VOQ0UAVFJBQ0UASFBFX1VORVhQRUNURURfU1BBQ0UAREVTQ1JJQkUAVU5TVUJTQ1JJQkUAUkVDT1JEAEhQRV9JTlZBTElEX01FVEhPRABOT1RfRk9VTkQAUFJPUEZJTkQAVU5CSU5EAFJFQklORABVTkFVVEhPUklaRUQATUVUSE9EX05PVF9BTExPV0VEAEhUVFBfVkVSU0lPTl9OT1RfU1VQUE9SVEVEAEFMUkVBRFlfUkVQT1JURUQAQUNDRVBURUQATk9UX0lNUExFTUVOVEVEAExPT1BfREVURUNURUQASFBFX0NSX0VYUEVDVEVEAEhQRV9MRl9FWFBFQ1RFRABDUkVBVEVEAElNX1VTRUQASFBFX1BBVVNFRABUSU1FT1VUX09DQ1VSRUQAUEFZTUVOVF9SRVFVSVJFRABQUkVDT05ESVRJT05fUkVRVUlSRUQAUFJPWFlfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATkVUV09SS19BVVRIRU5USUNBVElPTl9SRVFVSVJFRABMRU5HVEhfUkVRVUlSRUQAU1NMX0NFUlRJRklDQVRFX1JFUVVJUkVEAFVQR1JBREVfUkVRVUlSRUQAUEFHRV9FWFBJUkVEAFBSRUNPTkRJVElPTl9GQUlMRUQARVhQRUNUQVRJT05fRkFJTEVEAFJFVkFMSURBVElPTl9GQUlMRUQAU1NMX0hBTkRTSEFLRV9GQUlMRUQATE9DS0VEAFRSQU5TRk9STUFUSU9OX0FQUExJRUQATk9UX01PRElGSUVEAE5PVF9FWFRFTkRFRABCQU5EV0lEVEhfTElNSVRfRVhDRUVERUQAU0lURV9JU19PVkVSTE9BREVEAEhFQUQARXhwZWN0ZWQgSFRUUC8AAF4TAAAmEwAAMBAAAPAXAACdEwAAFRIAADkXAADwEgAAChAAAHUSAACtEgAAghMAAE8UAAB/EAAAoBUAACMUAACJEgAAixQAAE0VAADUEQAAzxQAABAYAADJFgAA3BYAAMERAADgFwAAuxQAAHQUAAB8FQAA5RQAAAgXAAAfEAAAZRUAAKMUAAAoFQAAAhUAAJkVAAAsEAAAixkAAE8PAADUDgAAahAAAM4QAAACFwAAiQ4AAG4TAAAcEwAAZhQAAFYXAADBEwAAzRMAAGwTAABoFwAAZhcAAF8XAAAiEwAAzg8AAGkOAADYDgAAYxYAAMsTAACqDgAAKBcAACYXAADFEwAAXRYAAOgRAABnEwAAZRMAAPIWAABzEwAAHRcAAPkWAADzEQAAzw4AAM4VAAAMEgAAsxEAAKURAABhEAAAMhcAALsTAEH5NQsBAQBBkDYL4AEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB/TcLAQEAQZE4C14CAwICAgICAAACAgACAgACAgICAgICAgICAAQAAAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEH9OQsBAQBBkToLXgIAAgICAgIAAAICAAICAAICAgICAgICAgIAAwAEAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgIAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgACAAIAQfA7Cw1sb3NlZWVwLWFsaXZlAEGJPAsBAQBBoDwL4AEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBiT4LAQEAQaA+C+cBAQEBAQEBAQEBAQEBAgEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFjaHVua2VkAEGwwAALXwEBAAEBAQEBAAABAQABAQABAQEBAQEBAQEBAAAAAAAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAEGQwgALIWVjdGlvbmVudC1sZW5ndGhvbnJveHktY29ubmVjdGlvbgBBwMIACy1yYW5zZmVyLWVuY29kaW5ncGdyYWRlDQoNCg0KU00NCg0KVFRQL0NFL1RTUC8AQfnCAAsFAQIAAQMAQZDDAAvgAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH5xAALBQECAAEDAEGQxQAL4AEEAQEFAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cYACwQBAAABAEGRxwAL3wEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH6yAALBAEAAAIAQZDJAAtfAwQAAAQEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBAAEAAYHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQABAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAQAQfrKAAsEAQAAAQBBkMsACwEBAEGqywALQQIAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwAAAAAAAAMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAEH6zAALBAEAAAEAQZDNAAsBAQBBms0ACwYCAAAAAAIAQbHNAAs6AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB8M4AC5YBTk9VTkNFRUNLT1VUTkVDVEVURUNSSUJFTFVTSEVURUFEU0VBUkNIUkdFQ1RJVklUWUxFTkRBUlZFT1RJRllQVElPTlNDSFNFQVlTVEFUQ0hHRU9SRElSRUNUT1JUUkNIUEFSQU1FVEVSVVJDRUJTQ1JJQkVBUkRPV05BQ0VJTkROS0NLVUJTQ1JJQkVIVFRQL0FEVFAv","base64")},3434:(A,e,t)=>{const{Buffer:r}=t(4573)
A.exports=r.from("AGFzbQEAAAABJwdgAX8Bf2ADf39/AX9gAX8AYAJ/fwBgBH9/f38Bf2AAAGADf39/AALLAQgDZW52GHdhc21fb25faGVhZGVyc19jb21wbGV0ZQAEA2VudhV3YXNtX29uX21lc3NhZ2VfYmVnaW4AAANlbnYLd2FzbV9vbl91cmwAAQNlbnYOd2FzbV9vbl9zdGF0dXMAAQNlbnYUd2FzbV9vbl9oZWFkZXJfZmllbGQAAQNlbnYUd2FzbV9vbl9oZWFkZXJfdmFsdWUAAQNlbnYMd2FzbV9vbl9ib2R5AAEDZW52GHdhc21fb25fbWVzc2FnZV9jb21wbGV0ZQAAAy0sBQYAAAIAAAAAAAACAQIAAgICAAADAAAAAAMDAwMBAQEBAQEBAQEAAAIAAAAEBQFwARISBQMBAAIGCAF/AUGA1AQLB9EFIgZtZW1vcnkCAAtfaW5pdGlhbGl6ZQAIGV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBAAtsbGh0dHBfaW5pdAAJGGxsaHR0cF9zaG91bGRfa2VlcF9hbGl2ZQAvDGxsaHR0cF9hbGxvYwALBm1hbGxvYwAxC2xsaHR0cF9mcmVlAAwEZnJlZQAMD2xsaHR0cF9nZXRfdHlwZQANFWxsaHR0cF9nZXRfaHR0cF9tYWpvcgAOFWxsaHR0cF9nZXRfaHR0cF9taW5vcgAPEWxsaHR0cF9nZXRfbWV0aG9kABAWbGxodHRwX2dldF9zdGF0dXNfY29kZQAREmxsaHR0cF9nZXRfdXBncmFkZQASDGxsaHR0cF9yZXNldAATDmxsaHR0cF9leGVjdXRlABQUbGxodHRwX3NldHRpbmdzX2luaXQAFQ1sbGh0dHBfZmluaXNoABYMbGxodHRwX3BhdXNlABcNbGxodHRwX3Jlc3VtZQAYG2xsaHR0cF9yZXN1bWVfYWZ0ZXJfdXBncmFkZQAZEGxsaHR0cF9nZXRfZXJybm8AGhdsbGh0dHBfZ2V0X2Vycm9yX3JlYXNvbgAbF2xsaHR0cF9zZXRfZXJyb3JfcmVhc29uABwUbGxodHRwX2dldF9lcnJvcl9wb3MAHRFsbGh0dHBfZXJybm9fbmFtZQAeEmxsaHR0cF9tZXRob2RfbmFtZQAfEmxsaHR0cF9zdGF0dXNfbmFtZQAgGmxsaHR0cF9zZXRfbGVuaWVudF9oZWFkZXJzACEhbGxodHRwX3NldF9sZW5pZW50X2NodW5rZWRfbGVuZ3RoACIdbGxodHRwX3NldF9sZW5pZW50X2tlZXBfYWxpdmUAIyRsbGh0dHBfc2V0X2xlbmllbnRfdHJhbnNmZXJfZW5jb2RpbmcAJBhsbGh0dHBfbWVzc2FnZV9uZWVkc19lb2YALgkXAQBBAQsRAQIDBAUKBgcrLSwqKSglJyYK77MCLBYAQYjQACgCAARAAAtBiNAAQQE2AgALFAAgABAwIAAgAjYCOCAAIAE6ACgLFAAgACAALwEyIAAtAC4gABAvEAALHgEBf0HAABAyIgEQMCABQYAINgI4IAEgADoAKCABC48MAQd/AkAgAEUNACAAQQhrIgEgAEEEaygCACIAQXhxIgRqIQUCQCAAQQFxDQAgAEEDcUUNASABIAEoAgAiAGsiAUGc0AAoAgBJDQEgACAEaiEEAkACQEGg0AAoAgAgAUcEQCAAQf8BTQRAIABBA3YhAyABKAIIIgAgASgCDCICRgRAQYzQAEGM0AAoAgBBfiADd3E2AgAMBQsgAiAANgIIIAAgAjYCDAwECyABKAIYIQYgASABKAIMIgBHBEAgACABKAIIIgI2AgggAiAANgIMDAMLIAFBFGoiAygCACICRQRAIAEoAhAiAkUNAiABQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFKAIEIgBBA3FBA0cNAiAFIABBfnE2AgRBlNAAIAQ2AgAgBSAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCABKAIcIgJBAnRBvNIAaiIDKAIAIAFGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgAUYbaiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAFTw0AIAUoAgQiAEEBcUUNAAJAAkACQAJAIABBAnFFBEBBpNAAKAIAIAVGBEBBpNAAIAE2AgBBmNAAQZjQACgCACAEaiIANgIAIAEgAEEBcjYCBCABQaDQACgCAEcNBkGU0ABBADYCAEGg0ABBADYCAAwGC0Gg0AAoAgAgBUYEQEGg0AAgATYCAEGU0ABBlNAAKAIAIARqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAAwGCyAAQXhxIARqIQQgAEH/AU0EQCAAQQN2IQMgBSgCCCIAIAUoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAULIAIgADYCCCAAIAI2AgwMBAsgBSgCGCEGIAUgBSgCDCIARwRAQZzQACgCABogACAFKAIIIgI2AgggAiAANgIMDAMLIAVBFGoiAygCACICRQRAIAUoAhAiAkUNAiAFQRBqIQMLA0AgAyEHIAIiAEEUaiIDKAIAIgINACAAQRBqIQMgACgCECICDQALIAdBADYCAAwCCyAFIABBfnE2AgQgASAEaiAENgIAIAEgBEEBcjYCBAwDC0EAIQALIAZFDQACQCAFKAIcIgJBAnRBvNIAaiIDKAIAIAVGBEAgAyAANgIAIAANAUGQ0ABBkNAAKAIAQX4gAndxNgIADAILIAZBEEEUIAYoAhAgBUYbaiAANgIAIABFDQELIAAgBjYCGCAFKAIQIgIEQCAAIAI2AhAgAiAANgIYCyAFQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsgASAEaiAENgIAIAEgBEEBcjYCBCABQaDQACgCAEcNAEGU0AAgBDYCAAwBCyAEQf8BTQRAIARBeHFBtNAAaiEAAn9BjNAAKAIAIgJBASAEQQN2dCIDcUUEQEGM0AAgAiADcjYCACAADAELIAAoAggLIgIgATYCDCAAIAE2AgggASAANgIMIAEgAjYCCAwBC0EfIQIgBEH///8HTQRAIARBJiAEQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAgsgASACNgIcIAFCADcCECACQQJ0QbzSAGohAAJAQZDQACgCACIDQQEgAnQiB3FFBEAgACABNgIAQZDQACADIAdyNgIAIAEgADYCGCABIAE2AgggASABNgIMDAELIARBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAAJAA0AgACIDKAIEQXhxIARGDQEgAkEddiEAIAJBAXQhAiADIABBBHFqQRBqIgcoAgAiAA0ACyAHIAE2AgAgASADNgIYIAEgATYCDCABIAE2AggMAQsgAygCCCIAIAE2AgwgAyABNgIIIAFBADYCGCABIAM2AgwgASAANgIIC0Gs0ABBrNAAKAIAQQFrIgBBfyAAGzYCAAsLBwAgAC0AKAsHACAALQAqCwcAIAAtACsLBwAgAC0AKQsHACAALwEyCwcAIAAtAC4LQAEEfyAAKAIYIQEgAC0ALSECIAAtACghAyAAKAI4IQQgABAwIAAgBDYCOCAAIAM6ACggACACOgAtIAAgATYCGAu74gECB38DfiABIAJqIQQCQCAAIgIoAgwiAA0AIAIoAgQEQCACIAE2AgQLIwBBEGsiCCQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIoAhwiA0EBaw7dAdoBAdkBAgMEBQYHCAkKCwwNDtgBDxDXARES1gETFBUWFxgZGhvgAd8BHB0e1QEfICEiIyQl1AEmJygpKiss0wHSAS0u0QHQAS8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRtsBR0hJSs8BzgFLzQFMzAFNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AAYEBggGDAYQBhQGGAYcBiAGJAYoBiwGMAY0BjgGPAZABkQGSAZMBlAGVAZYBlwGYAZkBmgGbAZwBnQGeAZ8BoAGhAaIBowGkAaUBpgGnAagBqQGqAasBrAGtAa4BrwGwAbEBsgGzAbQBtQG2AbcBywHKAbgByQG5AcgBugG7AbwBvQG+Ab8BwAHBAcIBwwHEAcUBxgEA3AELQQAMxgELQQ4MxQELQQ0MxAELQQ8MwwELQRAMwgELQRMMwQELQRQMwAELQRUMvwELQRYMvgELQRgMvQELQRkMvAELQRoMuwELQRsMugELQRwMuQELQR0MuAELQQgMtwELQR4MtgELQSAMtQELQR8MtAELQQcMswELQSEMsgELQSIMsQELQSMMsAELQSQMrwELQRIMrgELQREMrQELQSUMrAELQSYMqwELQScMqgELQSgMqQELQcMBDKgBC0EqDKcBC0ErDKYBC0EsDKUBC0EtDKQBC0EuDKMBC0EvDKIBC0HEAQyhAQtBMAygAQtBNAyfAQtBDAyeAQtBMQydAQtBMgycAQtBMwybAQtBOQyaAQtBNQyZAQtBxQEMmAELQQsMlwELQToMlgELQTYMlQELQQoMlAELQTcMkwELQTgMkgELQTwMkQELQTsMkAELQT0MjwELQQkMjgELQSkMjQELQT4MjAELQT8MiwELQcAADIoBC0HBAAyJAQtBwgAMiAELQcMADIcBC0HEAAyGAQtBxQAMhQELQcYADIQBC0EXDIMBC0HHAAyCAQtByAAMgQELQckADIABC0HKAAx/C0HLAAx+C0HNAAx9C0HMAAx8C0HOAAx7C0HPAAx6C0HQAAx5C0HRAAx4C0HSAAx3C0HTAAx2C0HUAAx1C0HWAAx0C0HVAAxzC0EGDHILQdcADHELQQUMcAtB2AAMbwtBBAxuC0HZAAxtC0HaAAxsC0HbAAxrC0HcAAxqC0EDDGkLQd0ADGgLQd4ADGcLQd8ADGYLQeEADGULQeAADGQLQeIADGMLQeMADGILQQIMYQtB5AAMYAtB5QAMXwtB5gAMXgtB5wAMXQtB6AAMXAtB6QAMWwtB6gAMWgtB6wAMWQtB7AAMWAtB7QAMVwtB7gAMVgtB7wAMVQtB8AAMVAtB8QAMUwtB8gAMUgtB8wAMUQtB9AAMUAtB9QAMTwtB9gAMTgtB9wAMTQtB+AAMTAtB+QAMSwtB+gAMSgtB+wAMSQtB/AAMSAtB/QAMRwtB/gAMRgtB/wAMRQtBgAEMRAtBgQEMQwtBggEMQgtBgwEMQQtBhAEMQAtBhQEMPwtBhgEMPgtBhwEMPQtBiAEMPAtBiQEMOwtBigEMOgtBiwEMOQtBjAEMOAtBjQEMNwtBjgEMNgtBjwEMNQtBkAEMNAtBkQEMMwtBkgEMMgtBkwEMMQtBlAEMMAtBlQEMLwtBlgEMLgtBlwEMLQtBmAEMLAtBmQEMKwtBmgEMKgtBmwEMKQtBnAEMKAtBnQEMJwtBngEMJgtBnwEMJQtBoAEMJAtBoQEMIwtBogEMIgtBowEMIQtBpAEMIAtBpQEMHwtBpgEMHgtBpwEMHQtBqAEMHAtBqQEMGwtBqgEMGgtBqwEMGQtBrAEMGAtBrQEMFwtBrgEMFgtBAQwVC0GvAQwUC0GwAQwTC0GxAQwSC0GzAQwRC0GyAQwQC0G0AQwPC0G1AQwOC0G2AQwNC0G3AQwMC0G4AQwLC0G5AQwKC0G6AQwJC0G7AQwIC0HGAQwHC0G8AQwGC0G9AQwFC0G+AQwEC0G/AQwDC0HAAQwCC0HCAQwBC0HBAQshAwNAAkACQAJAAkACQAJAAkACQAJAIAICfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAgJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCADDsYBAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHyAhIyUmKCorLC8wMTIzNDU2Nzk6Ozw9lANAQkRFRklLTk9QUVJTVFVWWFpbXF1eX2BhYmNkZWZnaGpsb3Bxc3V2eHl6e3x/gAGBAYIBgwGEAYUBhgGHAYgBiQGKAYsBjAGNAY4BjwGQAZEBkgGTAZQBlQGWAZcBmAGZAZoBmwGcAZ0BngGfAaABoQGiAaMBpAGlAaYBpwGoAakBqgGrAawBrQGuAa8BsAGxAbIBswG0AbUBtgG3AbgBuQG6AbsBvAG9Ab4BvwHAAcEBwgHDAcQBxQHGAccByAHJAcsBzAHNAc4BzwGKA4kDiAOHA4QDgwOAA/sC+gL5AvgC9wL0AvMC8gLLAsECsALZAQsgASAERw3wAkHdASEDDLMDCyABIARHDcgBQcMBIQMMsgMLIAEgBEcNe0H3ACEDDLEDCyABIARHDXBB7wAhAwywAwsgASAERw1pQeoAIQMMrwMLIAEgBEcNZUHoACEDDK4DCyABIARHDWJB5gAhAwytAwsgASAERw0aQRghAwysAwsgASAERw0VQRIhAwyrAwsgASAERw1CQcUAIQMMqgMLIAEgBEcNNEE/IQMMqQMLIAEgBEcNMkE8IQMMqAMLIAEgBEcNK0ExIQMMpwMLIAItAC5BAUYNnwMMwQILQQAhAAJAAkACQCACLQAqRQ0AIAItACtFDQAgAi8BMCIDQQJxRQ0BDAILIAIvATAiA0EBcUUNAQtBASEAIAItAChBAUYNACACLwEyIgVB5ABrQeQASQ0AIAVBzAFGDQAgBUGwAkYNACADQcAAcQ0AQQAhACADQYgEcUGABEYNACADQShxQQBHIQALIAJBADsBMCACQQA6AC8gAEUN3wIgAkIANwMgDOACC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAARQ3MASAAQRVHDd0CIAJBBDYCHCACIAE2AhQgAkGwGDYCECACQRU2AgxBACEDDKQDCyABIARGBEBBBiEDDKQDCyABQQFqIQFBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAA3ZAgwcCyACQgA3AyBBEiEDDIkDCyABIARHDRZBHSEDDKEDCyABIARHBEAgAUEBaiEBQRAhAwyIAwtBByEDDKADCyACIAIpAyAiCiAEIAFrrSILfSIMQgAgCiAMWhs3AyAgCiALWA3UAkEIIQMMnwMLIAEgBEcEQCACQQk2AgggAiABNgIEQRQhAwyGAwtBCSEDDJ4DCyACKQMgQgBSDccBIAIgAi8BMEGAAXI7ATAMQgsgASAERw0/QdAAIQMMnAMLIAEgBEYEQEELIQMMnAMLIAFBAWohAUEAIQACQCACKAI4IgNFDQAgAygCUCIDRQ0AIAIgAxEAACEACyAADc8CDMYBC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ3GASAAQRVHDc0CIAJBCzYCHCACIAE2AhQgAkGCGTYCECACQRU2AgxBACEDDJoDC0EAIQACQCACKAI4IgNFDQAgAygCSCIDRQ0AIAIgAxEAACEACyAARQ0MIABBFUcNygIgAkEaNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMmQMLQQAhAAJAIAIoAjgiA0UNACADKAJMIgNFDQAgAiADEQAAIQALIABFDcQBIABBFUcNxwIgAkELNgIcIAIgATYCFCACQZEXNgIQIAJBFTYCDEEAIQMMmAMLIAEgBEYEQEEPIQMMmAMLIAEtAAAiAEE7Rg0HIABBDUcNxAIgAUEBaiEBDMMBC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3DASAAQRVHDcICIAJBDzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJYDCwNAIAEtAABB8DVqLQAAIgBBAUcEQCAAQQJHDcECIAIoAgQhAEEAIQMgAkEANgIEIAIgACABQQFqIgEQLSIADcICDMUBCyAEIAFBAWoiAUcNAAtBEiEDDJUDC0EAIQACQCACKAI4IgNFDQAgAygCTCIDRQ0AIAIgAxEAACEACyAARQ3FASAAQRVHDb0CIAJBGzYCHCACIAE2AhQgAkGRFzYCECACQRU2AgxBACEDDJQDCyABIARGBEBBFiEDDJQDCyACQQo2AgggAiABNgIEQQAhAAJAIAIoAjgiA0UNACADKAJIIgNFDQAgAiADEQAAIQALIABFDcIBIABBFUcNuQIgAkEVNgIcIAIgATYCFCACQYIZNgIQIAJBFTYCDEEAIQMMkwMLIAEgBEcEQANAIAEtAABB8DdqLQAAIgBBAkcEQAJAIABBAWsOBMQCvQIAvgK9AgsgAUEBaiEBQQghAwz8AgsgBCABQQFqIgFHDQALQRUhAwyTAwtBFSEDDJIDCwNAIAEtAABB8DlqLQAAIgBBAkcEQCAAQQFrDgTFArcCwwK4ArcCCyAEIAFBAWoiAUcNAAtBGCEDDJEDCyABIARHBEAgAkELNgIIIAIgATYCBEEHIQMM+AILQRkhAwyQAwsgAUEBaiEBDAILIAEgBEYEQEEaIQMMjwMLAkAgAS0AAEENaw4UtQG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwG/Ab8BvwEAvwELQQAhAyACQQA2AhwgAkGvCzYCECACQQI2AgwgAiABQQFqNgIUDI4DCyABIARGBEBBGyEDDI4DCyABLQAAIgBBO0cEQCAAQQ1HDbECIAFBAWohAQy6AQsgAUEBaiEBC0EiIQMM8wILIAEgBEYEQEEcIQMMjAMLQgAhCgJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AAEEwaw43wQLAAgABAgMEBQYH0AHQAdAB0AHQAdAB0AEICQoLDA3QAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdAB0AHQAdABDg8QERIT0AELQgIhCgzAAgtCAyEKDL8CC0IEIQoMvgILQgUhCgy9AgtCBiEKDLwCC0IHIQoMuwILQgghCgy6AgtCCSEKDLkCC0IKIQoMuAILQgshCgy3AgtCDCEKDLYCC0INIQoMtQILQg4hCgy0AgtCDyEKDLMCC0IKIQoMsgILQgshCgyxAgtCDCEKDLACC0INIQoMrwILQg4hCgyuAgtCDyEKDK0CC0IAIQoCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEtAABBMGsON8ACvwIAAQIDBAUGB74CvgK+Ar4CvgK+Ar4CCAkKCwwNvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ar4CvgK+Ag4PEBESE74CC0ICIQoMvwILQgMhCgy+AgtCBCEKDL0CC0IFIQoMvAILQgYhCgy7AgtCByEKDLoCC0IIIQoMuQILQgkhCgy4AgtCCiEKDLcCC0ILIQoMtgILQgwhCgy1AgtCDSEKDLQCC0IOIQoMswILQg8hCgyyAgtCCiEKDLECC0ILIQoMsAILQgwhCgyvAgtCDSEKDK4CC0IOIQoMrQILQg8hCgysAgsgAiACKQMgIgogBCABa60iC30iDEIAIAogDFobNwMgIAogC1gNpwJBHyEDDIkDCyABIARHBEAgAkEJNgIIIAIgATYCBEElIQMM8AILQSAhAwyIAwtBASEFIAIvATAiA0EIcUUEQCACKQMgQgBSIQULAkAgAi0ALgRAQQEhACACLQApQQVGDQEgA0HAAHFFIAVxRQ0BC0EAIQAgA0HAAHENAEECIQAgA0EIcQ0AIANBgARxBEACQCACLQAoQQFHDQAgAi0ALUEKcQ0AQQUhAAwCC0EEIQAMAQsgA0EgcUUEQAJAIAItAChBAUYNACACLwEyIgBB5ABrQeQASQ0AIABBzAFGDQAgAEGwAkYNAEEEIQAgA0EocUUNAiADQYgEcUGABEYNAgtBACEADAELQQBBAyACKQMgUBshAAsgAEEBaw4FvgIAsAEBpAKhAgtBESEDDO0CCyACQQE6AC8MhAMLIAEgBEcNnQJBJCEDDIQDCyABIARHDRxBxgAhAwyDAwtBACEAAkAgAigCOCIDRQ0AIAMoAkQiA0UNACACIAMRAAAhAAsgAEUNJyAAQRVHDZgCIAJB0AA2AhwgAiABNgIUIAJBkRg2AhAgAkEVNgIMQQAhAwyCAwsgASAERgRAQSghAwyCAwtBACEDIAJBADYCBCACQQw2AgggAiABIAEQKiIARQ2UAiACQSc2AhwgAiABNgIUIAIgADYCDAyBAwsgASAERgRAQSkhAwyBAwsgAS0AACIAQSBGDRMgAEEJRw2VAiABQQFqIQEMFAsgASAERwRAIAFBAWohAQwWC0EqIQMM/wILIAEgBEYEQEErIQMM/wILIAEtAAAiAEEJRyAAQSBHcQ2QAiACLQAsQQhHDd0CIAJBADoALAzdAgsgASAERgRAQSwhAwz+AgsgAS0AAEEKRw2OAiABQQFqIQEMsAELIAEgBEcNigJBLyEDDPwCCwNAIAEtAAAiAEEgRwRAIABBCmsOBIQCiAKIAoQChgILIAQgAUEBaiIBRw0AC0ExIQMM+wILQTIhAyABIARGDfoCIAIoAgAiACAEIAFraiEHIAEgAGtBA2ohBgJAA0AgAEHwO2otAAAgAS0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDQEgAEEDRgRAQQYhAQziAgsgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAc2AgAM+wILIAJBADYCAAyGAgtBMyEDIAQgASIARg35AiAEIAFrIAIoAgAiAWohByAAIAFrQQhqIQYCQANAIAFB9DtqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBCEYEQEEFIQEM4QILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPoCCyACQQA2AgAgACEBDIUCC0E0IQMgBCABIgBGDfgCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgJAA0AgAUHQwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw0BIAFBBUYEQEEHIQEM4AILIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADPkCCyACQQA2AgAgACEBDIQCCyABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRg0JDIECCyAEIAFBAWoiAUcNAAtBMCEDDPgCC0EwIQMM9wILIAEgBEcEQANAIAEtAAAiAEEgRwRAIABBCmsOBP8B/gH+Af8B/gELIAQgAUEBaiIBRw0AC0E4IQMM9wILQTghAwz2AgsDQCABLQAAIgBBIEcgAEEJR3EN9gEgBCABQQFqIgFHDQALQTwhAwz1AgsDQCABLQAAIgBBIEcEQAJAIABBCmsOBPkBBAT5AQALIABBLEYN9QEMAwsgBCABQQFqIgFHDQALQT8hAwz0AgtBwAAhAyABIARGDfMCIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAEGAQGstAAAgAS0AAEEgckcNASAAQQZGDdsCIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPQCCyACQQA2AgALQTYhAwzZAgsgASAERgRAQcEAIQMM8gILIAJBDDYCCCACIAE2AgQgAi0ALEEBaw4E+wHuAewB6wHUAgsgAUEBaiEBDPoBCyABIARHBEADQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxIgBBCUYNACAAQSBGDQACQAJAAkACQCAAQeMAaw4TAAMDAwMDAwMBAwMDAwMDAwMDAgMLIAFBAWohAUExIQMM3AILIAFBAWohAUEyIQMM2wILIAFBAWohAUEzIQMM2gILDP4BCyAEIAFBAWoiAUcNAAtBNSEDDPACC0E1IQMM7wILIAEgBEcEQANAIAEtAABBgDxqLQAAQQFHDfcBIAQgAUEBaiIBRw0AC0E9IQMM7wILQT0hAwzuAgtBACEAAkAgAigCOCIDRQ0AIAMoAkAiA0UNACACIAMRAAAhAAsgAEUNASAAQRVHDeYBIAJBwgA2AhwgAiABNgIUIAJB4xg2AhAgAkEVNgIMQQAhAwztAgsgAUEBaiEBC0E8IQMM0gILIAEgBEYEQEHCACEDDOsCCwJAA0ACQCABLQAAQQlrDhgAAswCzALRAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAswCzALMAgDMAgsgBCABQQFqIgFHDQALQcIAIQMM6wILIAFBAWohASACLQAtQQFxRQ3+AQtBLCEDDNACCyABIARHDd4BQcQAIQMM6AILA0AgAS0AAEGQwABqLQAAQQFHDZwBIAQgAUEBaiIBRw0AC0HFACEDDOcCCyABLQAAIgBBIEYN/gEgAEE6Rw3AAiACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgAN3gEM3QELQccAIQMgBCABIgBGDeUCIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFBkMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvwIgAUEFRg3CAiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzlAgtByAAhAyAEIAEiAEYN5AIgBCABayACKAIAIgFqIQcgACABa0EJaiEGA0AgAUGWwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw2+AkECIAFBCUYNwgIaIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOQCCyABIARGBEBByQAhAwzkAgsCQAJAIAEtAAAiAEEgciAAIABBwQBrQf8BcUEaSRtB/wFxQe4Aaw4HAL8CvwK/Ar8CvwIBvwILIAFBAWohAUE+IQMMywILIAFBAWohAUE/IQMMygILQcoAIQMgBCABIgBGDeICIAQgAWsgAigCACIBaiEGIAAgAWtBAWohBwNAIAFBoMIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNvAIgAUEBRg2+AiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBjYCAAziAgtBywAhAyAEIAEiAEYN4QIgBCABayACKAIAIgFqIQcgACABa0EOaiEGA0AgAUGiwgBqLQAAIAAtAAAiBUEgciAFIAVBwQBrQf8BcUEaSRtB/wFxRw27AiABQQ5GDb4CIAFBAWohASAEIABBAWoiAEcNAAsgAiAHNgIADOECC0HMACEDIAQgASIARg3gAiAEIAFrIAIoAgAiAWohByAAIAFrQQ9qIQYDQCABQcDCAGotAAAgAC0AACIFQSByIAUgBUHBAGtB/wFxQRpJG0H/AXFHDboCQQMgAUEPRg2+AhogAUEBaiEBIAQgAEEBaiIARw0ACyACIAc2AgAM4AILQc0AIQMgBCABIgBGDd8CIAQgAWsgAigCACIBaiEHIAAgAWtBBWohBgNAIAFB0MIAai0AACAALQAAIgVBIHIgBSAFQcEAa0H/AXFBGkkbQf8BcUcNuQJBBCABQQVGDb0CGiABQQFqIQEgBCAAQQFqIgBHDQALIAIgBzYCAAzfAgsgASAERgRAQc4AIQMM3wILAkACQAJAAkAgAS0AACIAQSByIAAgAEHBAGtB/wFxQRpJG0H/AXFB4wBrDhMAvAK8ArwCvAK8ArwCvAK8ArwCvAK8ArwCAbwCvAK8AgIDvAILIAFBAWohAUHBACEDDMgCCyABQQFqIQFBwgAhAwzHAgsgAUEBaiEBQcMAIQMMxgILIAFBAWohAUHEACEDDMUCCyABIARHBEAgAkENNgIIIAIgATYCBEHFACEDDMUCC0HPACEDDN0CCwJAAkAgAS0AAEEKaw4EAZABkAEAkAELIAFBAWohAQtBKCEDDMMCCyABIARGBEBB0QAhAwzcAgsgAS0AAEEgRw0AIAFBAWohASACLQAtQQFxRQ3QAQtBFyEDDMECCyABIARHDcsBQdIAIQMM2QILQdMAIQMgASAERg3YAiACKAIAIgAgBCABa2ohBiABIABrQQFqIQUDQCABLQAAIABB1sIAai0AAEcNxwEgAEEBRg3KASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBjYCAAzYAgsgASAERgRAQdUAIQMM2AILIAEtAABBCkcNwgEgAUEBaiEBDMoBCyABIARGBEBB1gAhAwzXAgsCQAJAIAEtAABBCmsOBADDAcMBAcMBCyABQQFqIQEMygELIAFBAWohAUHKACEDDL0CC0EAIQACQCACKAI4IgNFDQAgAygCPCIDRQ0AIAIgAxEAACEACyAADb8BQc0AIQMMvAILIAItAClBIkYNzwIMiQELIAQgASIFRgRAQdsAIQMM1AILQQAhAEEBIQFBASEGQQAhAwJAAn8CQAJAAkACQAJAAkACQCAFLQAAQTBrDgrFAcQBAAECAwQFBgjDAQtBAgwGC0EDDAULQQQMBAtBBQwDC0EGDAILQQcMAQtBCAshA0EAIQFBACEGDL0BC0EJIQNBASEAQQAhAUEAIQYMvAELIAEgBEYEQEHdACEDDNMCCyABLQAAQS5HDbgBIAFBAWohAQyIAQsgASAERw22AUHfACEDDNECCyABIARHBEAgAkEONgIIIAIgATYCBEHQACEDDLgCC0HgACEDDNACC0HhACEDIAEgBEYNzwIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGA0AgAS0AACAAQeLCAGotAABHDbEBIABBA0YNswEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMzwILQeIAIQMgASAERg3OAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYDQCABLQAAIABB5sIAai0AAEcNsAEgAEECRg2vASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAzOAgtB4wAhAyABIARGDc0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgNAIAEtAAAgAEHpwgBqLQAARw2vASAAQQNGDa0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADM0CCyABIARGBEBB5QAhAwzNAgsgAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANqgFB1gAhAwyzAgsgASAERwRAA0AgAS0AACIAQSBHBEACQAJAAkAgAEHIAGsOCwABswGzAbMBswGzAbMBswGzAQKzAQsgAUEBaiEBQdIAIQMMtwILIAFBAWohAUHTACEDDLYCCyABQQFqIQFB1AAhAwy1AgsgBCABQQFqIgFHDQALQeQAIQMMzAILQeQAIQMMywILA0AgAS0AAEHwwgBqLQAAIgBBAUcEQCAAQQJrDgOnAaYBpQGkAQsgBCABQQFqIgFHDQALQeYAIQMMygILIAFBAWogASAERw0CGkHnACEDDMkCCwNAIAEtAABB8MQAai0AACIAQQFHBEACQCAAQQJrDgSiAaEBoAEAnwELQdcAIQMMsQILIAQgAUEBaiIBRw0AC0HoACEDDMgCCyABIARGBEBB6QAhAwzIAgsCQCABLQAAIgBBCmsOGrcBmwGbAbQBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBmwGbAZsBpAGbAZsBAJkBCyABQQFqCyEBQQYhAwytAgsDQCABLQAAQfDGAGotAABBAUcNfSAEIAFBAWoiAUcNAAtB6gAhAwzFAgsgAUEBaiABIARHDQIaQesAIQMMxAILIAEgBEYEQEHsACEDDMQCCyABQQFqDAELIAEgBEYEQEHtACEDDMMCCyABQQFqCyEBQQQhAwyoAgsgASAERgRAQe4AIQMMwQILAkACQAJAIAEtAABB8MgAai0AAEEBaw4HkAGPAY4BAHwBAo0BCyABQQFqIQEMCwsgAUEBagyTAQtBACEDIAJBADYCHCACQZsSNgIQIAJBBzYCDCACIAFBAWo2AhQMwAILAkADQCABLQAAQfDIAGotAAAiAEEERwRAAkACQCAAQQFrDgeUAZMBkgGNAQAEAY0BC0HaACEDDKoCCyABQQFqIQFB3AAhAwypAgsgBCABQQFqIgFHDQALQe8AIQMMwAILIAFBAWoMkQELIAQgASIARgRAQfAAIQMMvwILIAAtAABBL0cNASAAQQFqIQEMBwsgBCABIgBGBEBB8QAhAwy+AgsgAC0AACIBQS9GBEAgAEEBaiEBQd0AIQMMpQILIAFBCmsiA0EWSw0AIAAhAUEBIAN0QYmAgAJxDfkBC0EAIQMgAkEANgIcIAIgADYCFCACQYwcNgIQIAJBBzYCDAy8AgsgASAERwRAIAFBAWohAUHeACEDDKMCC0HyACEDDLsCCyABIARGBEBB9AAhAwy7AgsCQCABLQAAQfDMAGotAABBAWsOA/cBcwCCAQtB4QAhAwyhAgsgASAERwRAA0AgAS0AAEHwygBqLQAAIgBBA0cEQAJAIABBAWsOAvkBAIUBC0HfACEDDKMCCyAEIAFBAWoiAUcNAAtB8wAhAwy6AgtB8wAhAwy5AgsgASAERwRAIAJBDzYCCCACIAE2AgRB4AAhAwygAgtB9QAhAwy4AgsgASAERgRAQfYAIQMMuAILIAJBDzYCCCACIAE2AgQLQQMhAwydAgsDQCABLQAAQSBHDY4CIAQgAUEBaiIBRw0AC0H3ACEDDLUCCyABIARGBEBB+AAhAwy1AgsgAS0AAEEgRw16IAFBAWohAQxbC0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAADXgMgAILIAEgBEYEQEH6ACEDDLMCCyABLQAAQcwARw10IAFBAWohAUETDHYLQfsAIQMgASAERg2xAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYDQCABLQAAIABB8M4Aai0AAEcNcyAAQQVGDXUgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMsQILIAEgBEYEQEH8ACEDDLECCwJAAkAgAS0AAEHDAGsODAB0dHR0dHR0dHR0AXQLIAFBAWohAUHmACEDDJgCCyABQQFqIQFB5wAhAwyXAgtB/QAhAyABIARGDa8CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDXIgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADLACCyACQQA2AgAgBkEBaiEBQRAMcwtB/gAhAyABIARGDa4CIAIoAgAiACAEIAFraiEFIAEgAGtBBWohBgJAA0AgAS0AACAAQfbOAGotAABHDXEgAEEFRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK8CCyACQQA2AgAgBkEBaiEBQRYMcgtB/wAhAyABIARGDa0CIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQfzOAGotAABHDXAgAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADK4CCyACQQA2AgAgBkEBaiEBQQUMcQsgASAERgRAQYABIQMMrQILIAEtAABB2QBHDW4gAUEBaiEBQQgMcAsgASAERgRAQYEBIQMMrAILAkACQCABLQAAQc4Aaw4DAG8BbwsgAUEBaiEBQesAIQMMkwILIAFBAWohAUHsACEDDJICCyABIARGBEBBggEhAwyrAgsCQAJAIAEtAABByABrDggAbm5ubm5uAW4LIAFBAWohAUHqACEDDJICCyABQQFqIQFB7QAhAwyRAgtBgwEhAyABIARGDakCIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQYDPAGotAABHDWwgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKoCCyACQQA2AgAgBkEBaiEBQQAMbQtBhAEhAyABIARGDagCIAIoAgAiACAEIAFraiEFIAEgAGtBBGohBgJAA0AgAS0AACAAQYPPAGotAABHDWsgAEEERg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADKkCCyACQQA2AgAgBkEBaiEBQSMMbAsgASAERgRAQYUBIQMMqAILAkACQCABLQAAQcwAaw4IAGtra2trawFrCyABQQFqIQFB7wAhAwyPAgsgAUEBaiEBQfAAIQMMjgILIAEgBEYEQEGGASEDDKcCCyABLQAAQcUARw1oIAFBAWohAQxgC0GHASEDIAEgBEYNpQIgAigCACIAIAQgAWtqIQUgASAAa0EDaiEGAkADQCABLQAAIABBiM8Aai0AAEcNaCAAQQNGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpgILIAJBADYCACAGQQFqIQFBLQxpC0GIASEDIAEgBEYNpAIgAigCACIAIAQgAWtqIQUgASAAa0EIaiEGAkADQCABLQAAIABB0M8Aai0AAEcNZyAAQQhGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMpQILIAJBADYCACAGQQFqIQFBKQxoCyABIARGBEBBiQEhAwykAgtBASABLQAAQd8ARw1nGiABQQFqIQEMXgtBigEhAyABIARGDaICIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgNAIAEtAAAgAEGMzwBqLQAARw1kIABBAUYN+gEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMogILQYsBIQMgASAERg2hAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGOzwBqLQAARw1kIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyiAgsgAkEANgIAIAZBAWohAUECDGULQYwBIQMgASAERg2gAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHwzwBqLQAARw1jIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyhAgsgAkEANgIAIAZBAWohAUEfDGQLQY0BIQMgASAERg2fAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHyzwBqLQAARw1iIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAygAgsgAkEANgIAIAZBAWohAUEJDGMLIAEgBEYEQEGOASEDDJ8CCwJAAkAgAS0AAEHJAGsOBwBiYmJiYgFiCyABQQFqIQFB+AAhAwyGAgsgAUEBaiEBQfkAIQMMhQILQY8BIQMgASAERg2dAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGRzwBqLQAARw1gIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyeAgsgAkEANgIAIAZBAWohAUEYDGELQZABIQMgASAERg2cAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGXzwBqLQAARw1fIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAydAgsgAkEANgIAIAZBAWohAUEXDGALQZEBIQMgASAERg2bAiACKAIAIgAgBCABa2ohBSABIABrQQZqIQYCQANAIAEtAAAgAEGazwBqLQAARw1eIABBBkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAycAgsgAkEANgIAIAZBAWohAUEVDF8LQZIBIQMgASAERg2aAiACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEGhzwBqLQAARw1dIABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAybAgsgAkEANgIAIAZBAWohAUEeDF4LIAEgBEYEQEGTASEDDJoCCyABLQAAQcwARw1bIAFBAWohAUEKDF0LIAEgBEYEQEGUASEDDJkCCwJAAkAgAS0AAEHBAGsODwBcXFxcXFxcXFxcXFxcAVwLIAFBAWohAUH+ACEDDIACCyABQQFqIQFB/wAhAwz/AQsgASAERgRAQZUBIQMMmAILAkACQCABLQAAQcEAaw4DAFsBWwsgAUEBaiEBQf0AIQMM/wELIAFBAWohAUGAASEDDP4BC0GWASEDIAEgBEYNlgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBp88Aai0AAEcNWSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlwILIAJBADYCACAGQQFqIQFBCwxaCyABIARGBEBBlwEhAwyWAgsCQAJAAkACQCABLQAAQS1rDiMAW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1sBW1tbW1sCW1tbA1sLIAFBAWohAUH7ACEDDP8BCyABQQFqIQFB/AAhAwz+AQsgAUEBaiEBQYEBIQMM/QELIAFBAWohAUGCASEDDPwBC0GYASEDIAEgBEYNlAIgAigCACIAIAQgAWtqIQUgASAAa0EEaiEGAkADQCABLQAAIABBqc8Aai0AAEcNVyAAQQRGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlQILIAJBADYCACAGQQFqIQFBGQxYC0GZASEDIAEgBEYNkwIgAigCACIAIAQgAWtqIQUgASAAa0EFaiEGAkADQCABLQAAIABBrs8Aai0AAEcNViAAQQVGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMlAILIAJBADYCACAGQQFqIQFBBgxXC0GaASEDIAEgBEYNkgIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBtM8Aai0AAEcNVSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkwILIAJBADYCACAGQQFqIQFBHAxWC0GbASEDIAEgBEYNkQIgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABBts8Aai0AAEcNVCAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAMkgILIAJBADYCACAGQQFqIQFBJwxVCyABIARGBEBBnAEhAwyRAgsCQAJAIAEtAABB1ABrDgIAAVQLIAFBAWohAUGGASEDDPgBCyABQQFqIQFBhwEhAwz3AQtBnQEhAyABIARGDY8CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbjPAGotAABHDVIgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADJACCyACQQA2AgAgBkEBaiEBQSYMUwtBngEhAyABIARGDY4CIAIoAgAiACAEIAFraiEFIAEgAGtBAWohBgJAA0AgAS0AACAAQbrPAGotAABHDVEgAEEBRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI8CCyACQQA2AgAgBkEBaiEBQQMMUgtBnwEhAyABIARGDY0CIAIoAgAiACAEIAFraiEFIAEgAGtBAmohBgJAA0AgAS0AACAAQe3PAGotAABHDVAgAEECRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI4CCyACQQA2AgAgBkEBaiEBQQwMUQtBoAEhAyABIARGDYwCIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQbzPAGotAABHDU8gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADI0CCyACQQA2AgAgBkEBaiEBQQ0MUAsgASAERgRAQaEBIQMMjAILAkACQCABLQAAQcYAaw4LAE9PT09PT09PTwFPCyABQQFqIQFBiwEhAwzzAQsgAUEBaiEBQYwBIQMM8gELIAEgBEYEQEGiASEDDIsCCyABLQAAQdAARw1MIAFBAWohAQxGCyABIARGBEBBowEhAwyKAgsCQAJAIAEtAABByQBrDgcBTU1NTU0ATQsgAUEBaiEBQY4BIQMM8QELIAFBAWohAUEiDE0LQaQBIQMgASAERg2IAiACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEHAzwBqLQAARw1LIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyJAgsgAkEANgIAIAZBAWohAUEdDEwLIAEgBEYEQEGlASEDDIgCCwJAAkAgAS0AAEHSAGsOAwBLAUsLIAFBAWohAUGQASEDDO8BCyABQQFqIQFBBAxLCyABIARGBEBBpgEhAwyHAgsCQAJAAkACQAJAIAEtAABBwQBrDhUATU1NTU1NTU1NTQFNTQJNTQNNTQRNCyABQQFqIQFBiAEhAwzxAQsgAUEBaiEBQYkBIQMM8AELIAFBAWohAUGKASEDDO8BCyABQQFqIQFBjwEhAwzuAQsgAUEBaiEBQZEBIQMM7QELQacBIQMgASAERg2FAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHtzwBqLQAARw1IIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyGAgsgAkEANgIAIAZBAWohAUERDEkLQagBIQMgASAERg2EAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHCzwBqLQAARw1HIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyFAgsgAkEANgIAIAZBAWohAUEsDEgLQakBIQMgASAERg2DAiACKAIAIgAgBCABa2ohBSABIABrQQRqIQYCQANAIAEtAAAgAEHFzwBqLQAARw1GIABBBEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyEAgsgAkEANgIAIAZBAWohAUErDEcLQaoBIQMgASAERg2CAiACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHKzwBqLQAARw1FIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyDAgsgAkEANgIAIAZBAWohAUEUDEYLIAEgBEYEQEGrASEDDIICCwJAAkACQAJAIAEtAABBwgBrDg8AAQJHR0dHR0dHR0dHRwNHCyABQQFqIQFBkwEhAwzrAQsgAUEBaiEBQZQBIQMM6gELIAFBAWohAUGVASEDDOkBCyABQQFqIQFBlgEhAwzoAQsgASAERgRAQawBIQMMgQILIAEtAABBxQBHDUIgAUEBaiEBDD0LQa0BIQMgASAERg3/ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHNzwBqLQAARw1CIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAyAAgsgAkEANgIAIAZBAWohAUEODEMLIAEgBEYEQEGuASEDDP8BCyABLQAAQdAARw1AIAFBAWohAUElDEILQa8BIQMgASAERg39ASACKAIAIgAgBCABa2ohBSABIABrQQhqIQYCQANAIAEtAAAgAEHQzwBqLQAARw1AIABBCEYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz+AQsgAkEANgIAIAZBAWohAUEqDEELIAEgBEYEQEGwASEDDP0BCwJAAkAgAS0AAEHVAGsOCwBAQEBAQEBAQEABQAsgAUEBaiEBQZoBIQMM5AELIAFBAWohAUGbASEDDOMBCyABIARGBEBBsQEhAwz8AQsCQAJAIAEtAABBwQBrDhQAPz8/Pz8/Pz8/Pz8/Pz8/Pz8/AT8LIAFBAWohAUGZASEDDOMBCyABQQFqIQFBnAEhAwziAQtBsgEhAyABIARGDfoBIAIoAgAiACAEIAFraiEFIAEgAGtBA2ohBgJAA0AgAS0AACAAQdnPAGotAABHDT0gAEEDRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPsBCyACQQA2AgAgBkEBaiEBQSEMPgtBswEhAyABIARGDfkBIAIoAgAiACAEIAFraiEFIAEgAGtBBmohBgJAA0AgAS0AACAAQd3PAGotAABHDTwgAEEGRg0BIABBAWohACAEIAFBAWoiAUcNAAsgAiAFNgIADPoBCyACQQA2AgAgBkEBaiEBQRoMPQsgASAERgRAQbQBIQMM+QELAkACQAJAIAEtAABBxQBrDhEAPT09PT09PT09AT09PT09Aj0LIAFBAWohAUGdASEDDOEBCyABQQFqIQFBngEhAwzgAQsgAUEBaiEBQZ8BIQMM3wELQbUBIQMgASAERg33ASACKAIAIgAgBCABa2ohBSABIABrQQVqIQYCQANAIAEtAAAgAEHkzwBqLQAARw06IABBBUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz4AQsgAkEANgIAIAZBAWohAUEoDDsLQbYBIQMgASAERg32ASACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEHqzwBqLQAARw05IABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAz3AQsgAkEANgIAIAZBAWohAUEHDDoLIAEgBEYEQEG3ASEDDPYBCwJAAkAgAS0AAEHFAGsODgA5OTk5OTk5OTk5OTkBOQsgAUEBaiEBQaEBIQMM3QELIAFBAWohAUGiASEDDNwBC0G4ASEDIAEgBEYN9AEgAigCACIAIAQgAWtqIQUgASAAa0ECaiEGAkADQCABLQAAIABB7c8Aai0AAEcNNyAAQQJGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9QELIAJBADYCACAGQQFqIQFBEgw4C0G5ASEDIAEgBEYN8wEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8M8Aai0AAEcNNiAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM9AELIAJBADYCACAGQQFqIQFBIAw3C0G6ASEDIAEgBEYN8gEgAigCACIAIAQgAWtqIQUgASAAa0EBaiEGAkADQCABLQAAIABB8s8Aai0AAEcNNSAAQQFGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8wELIAJBADYCACAGQQFqIQFBDww2CyABIARGBEBBuwEhAwzyAQsCQAJAIAEtAABByQBrDgcANTU1NTUBNQsgAUEBaiEBQaUBIQMM2QELIAFBAWohAUGmASEDDNgBC0G8ASEDIAEgBEYN8AEgAigCACIAIAQgAWtqIQUgASAAa0EHaiEGAkADQCABLQAAIABB9M8Aai0AAEcNMyAAQQdGDQEgAEEBaiEAIAQgAUEBaiIBRw0ACyACIAU2AgAM8QELIAJBADYCACAGQQFqIQFBGww0CyABIARGBEBBvQEhAwzwAQsCQAJAAkAgAS0AAEHCAGsOEgA0NDQ0NDQ0NDQBNDQ0NDQ0AjQLIAFBAWohAUGkASEDDNgBCyABQQFqIQFBpwEhAwzXAQsgAUEBaiEBQagBIQMM1gELIAEgBEYEQEG+ASEDDO8BCyABLQAAQc4ARw0wIAFBAWohAQwsCyABIARGBEBBvwEhAwzuAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQAAQcEAaw4VAAECAz8EBQY/Pz8HCAkKCz8MDQ4PPwsgAUEBaiEBQegAIQMM4wELIAFBAWohAUHpACEDDOIBCyABQQFqIQFB7gAhAwzhAQsgAUEBaiEBQfIAIQMM4AELIAFBAWohAUHzACEDDN8BCyABQQFqIQFB9gAhAwzeAQsgAUEBaiEBQfcAIQMM3QELIAFBAWohAUH6ACEDDNwBCyABQQFqIQFBgwEhAwzbAQsgAUEBaiEBQYQBIQMM2gELIAFBAWohAUGFASEDDNkBCyABQQFqIQFBkgEhAwzYAQsgAUEBaiEBQZgBIQMM1wELIAFBAWohAUGgASEDDNYBCyABQQFqIQFBowEhAwzVAQsgAUEBaiEBQaoBIQMM1AELIAEgBEcEQCACQRA2AgggAiABNgIEQasBIQMM1AELQcABIQMM7AELQQAhAAJAIAIoAjgiA0UNACADKAI0IgNFDQAgAiADEQAAIQALIABFDV4gAEEVRw0HIAJB0QA2AhwgAiABNgIUIAJBsBc2AhAgAkEVNgIMQQAhAwzrAQsgAUEBaiABIARHDQgaQcIBIQMM6gELA0ACQCABLQAAQQprDgQIAAALAAsgBCABQQFqIgFHDQALQcMBIQMM6QELIAEgBEcEQCACQRE2AgggAiABNgIEQQEhAwzQAQtBxAEhAwzoAQsgASAERgRAQcUBIQMM6AELAkACQCABLQAAQQprDgQBKCgAKAsgAUEBagwJCyABQQFqDAULIAEgBEYEQEHGASEDDOcBCwJAAkAgAS0AAEEKaw4XAQsLAQsLCwsLCwsLCwsLCwsLCwsLCwALCyABQQFqIQELQbABIQMMzQELIAEgBEYEQEHIASEDDOYBCyABLQAAQSBHDQkgAkEAOwEyIAFBAWohAUGzASEDDMwBCwNAIAEhAAJAIAEgBEcEQCABLQAAQTBrQf8BcSIDQQpJDQEMJwtBxwEhAwzmAQsCQCACLwEyIgFBmTNLDQAgAiABQQpsIgU7ATIgBUH+/wNxIANB//8Dc0sNACAAQQFqIQEgAiADIAVqIgM7ATIgA0H//wNxQegHSQ0BCwtBACEDIAJBADYCHCACQcEJNgIQIAJBDTYCDCACIABBAWo2AhQM5AELIAJBADYCHCACIAE2AhQgAkHwDDYCECACQRs2AgxBACEDDOMBCyACKAIEIQAgAkEANgIEIAIgACABECYiAA0BIAFBAWoLIQFBrQEhAwzIAQsgAkHBATYCHCACIAA2AgwgAiABQQFqNgIUQQAhAwzgAQsgAigCBCEAIAJBADYCBCACIAAgARAmIgANASABQQFqCyEBQa4BIQMMxQELIAJBwgE2AhwgAiAANgIMIAIgAUEBajYCFEEAIQMM3QELIAJBADYCHCACIAE2AhQgAkGXCzYCECACQQ02AgxBACEDDNwBCyACQQA2AhwgAiABNgIUIAJB4xA2AhAgAkEJNgIMQQAhAwzbAQsgAkECOgAoDKwBC0EAIQMgAkEANgIcIAJBrws2AhAgAkECNgIMIAIgAUEBajYCFAzZAQtBAiEDDL8BC0ENIQMMvgELQSYhAwy9AQtBFSEDDLwBC0EWIQMMuwELQRghAwy6AQtBHCEDDLkBC0EdIQMMuAELQSAhAwy3AQtBISEDDLYBC0EjIQMMtQELQcYAIQMMtAELQS4hAwyzAQtBPSEDDLIBC0HLACEDDLEBC0HOACEDDLABC0HYACEDDK8BC0HZACEDDK4BC0HbACEDDK0BC0HxACEDDKwBC0H0ACEDDKsBC0GNASEDDKoBC0GXASEDDKkBC0GpASEDDKgBC0GvASEDDKcBC0GxASEDDKYBCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB8Rs2AhAgAkEGNgIMDL0BCyACQQA2AgAgBkEBaiEBQSQLOgApIAIoAgQhACACQQA2AgQgAiAAIAEQJyIARQRAQeUAIQMMowELIAJB+QA2AhwgAiABNgIUIAIgADYCDEEAIQMMuwELIABBFUcEQCACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwy7AQsgAkH4ADYCHCACIAE2AhQgAkHKGDYCECACQRU2AgxBACEDDLoBCyACQQA2AhwgAiABNgIUIAJBjhs2AhAgAkEGNgIMQQAhAwy5AQsgAkEANgIcIAIgATYCFCACQf4RNgIQIAJBBzYCDEEAIQMMuAELIAJBADYCHCACIAE2AhQgAkGMHDYCECACQQc2AgxBACEDDLcBCyACQQA2AhwgAiABNgIUIAJBww82AhAgAkEHNgIMQQAhAwy2AQsgAkEANgIcIAIgATYCFCACQcMPNgIQIAJBBzYCDEEAIQMMtQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0RIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMtAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0gIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMswELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0iIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMsgELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0OIAJB5QA2AhwgAiABNgIUIAIgADYCDEEAIQMMsQELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0dIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMsAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0fIAJB0gA2AhwgAiABNgIUIAIgADYCDEEAIQMMrwELIABBP0cNASABQQFqCyEBQQUhAwyUAQtBACEDIAJBADYCHCACIAE2AhQgAkH9EjYCECACQQc2AgwMrAELIAJBADYCHCACIAE2AhQgAkHcCDYCECACQQc2AgxBACEDDKsBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNByACQeUANgIcIAIgATYCFCACIAA2AgxBACEDDKoBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNFiACQdMANgIcIAIgATYCFCACIAA2AgxBACEDDKkBCyACKAIEIQAgAkEANgIEIAIgACABECUiAEUNGCACQdIANgIcIAIgATYCFCACIAA2AgxBACEDDKgBCyACQQA2AhwgAiABNgIUIAJBxgo2AhAgAkEHNgIMQQAhAwynAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQMgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwymAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRIgAkHTADYCHCACIAE2AhQgAiAANgIMQQAhAwylAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDRQgAkHSADYCHCACIAE2AhQgAiAANgIMQQAhAwykAQsgAigCBCEAIAJBADYCBCACIAAgARAlIgBFDQAgAkHlADYCHCACIAE2AhQgAiAANgIMQQAhAwyjAQtB1QAhAwyJAQsgAEEVRwRAIAJBADYCHCACIAE2AhQgAkG5DTYCECACQRo2AgxBACEDDKIBCyACQeQANgIcIAIgATYCFCACQeMXNgIQIAJBFTYCDEEAIQMMoQELIAJBADYCACAGQQFqIQEgAi0AKSIAQSNrQQtJDQQCQCAAQQZLDQBBASAAdEHKAHFFDQAMBQtBACEDIAJBADYCHCACIAE2AhQgAkH3CTYCECACQQg2AgwMoAELIAJBADYCACAGQQFqIQEgAi0AKUEhRg0DIAJBADYCHCACIAE2AhQgAkGbCjYCECACQQg2AgxBACEDDJ8BCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJBkDM2AhAgAkEINgIMDJ0BCyACQQA2AgAgBkEBaiEBIAItAClBI0kNACACQQA2AhwgAiABNgIUIAJB0wk2AhAgAkEINgIMQQAhAwycAQtB0QAhAwyCAQsgAS0AAEEwayIAQf8BcUEKSQRAIAIgADoAKiABQQFqIQFBzwAhAwyCAQsgAigCBCEAIAJBADYCBCACIAAgARAoIgBFDYYBIAJB3gA2AhwgAiABNgIUIAIgADYCDEEAIQMMmgELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ2GASACQdwANgIcIAIgATYCFCACIAA2AgxBACEDDJkBCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMhwELIAJB2gA2AhwgAiAFNgIUIAIgADYCDAyYAQtBACEBQQEhAwsgAiADOgArIAVBAWohAwJAAkACQCACLQAtQRBxDQACQAJAAkAgAi0AKg4DAQACBAsgBkUNAwwCCyAADQEMAgsgAUUNAQsgAigCBCEAIAJBADYCBCACIAAgAxAoIgBFBEAgAyEBDAILIAJB2AA2AhwgAiADNgIUIAIgADYCDEEAIQMMmAELIAIoAgQhACACQQA2AgQgAiAAIAMQKCIARQRAIAMhAQyHAQsgAkHZADYCHCACIAM2AhQgAiAANgIMQQAhAwyXAQtBzAAhAwx9CyAAQRVHBEAgAkEANgIcIAIgATYCFCACQZQNNgIQIAJBITYCDEEAIQMMlgELIAJB1wA2AhwgAiABNgIUIAJByRc2AhAgAkEVNgIMQQAhAwyVAQtBACEDIAJBADYCHCACIAE2AhQgAkGAETYCECACQQk2AgwMlAELIAIoAgQhACACQQA2AgQgAiAAIAEQJSIARQ0AIAJB0wA2AhwgAiABNgIUIAIgADYCDEEAIQMMkwELQckAIQMMeQsgAkEANgIcIAIgATYCFCACQcEoNgIQIAJBBzYCDCACQQA2AgBBACEDDJEBCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAlIgBFDQAgAkHSADYCHCACIAE2AhQgAiAANgIMDJABC0HIACEDDHYLIAJBADYCACAFIQELIAJBgBI7ASogAUEBaiEBQQAhAAJAIAIoAjgiA0UNACADKAIwIgNFDQAgAiADEQAAIQALIAANAQtBxwAhAwxzCyAAQRVGBEAgAkHRADYCHCACIAE2AhQgAkHjFzYCECACQRU2AgxBACEDDIwBC0EAIQMgAkEANgIcIAIgATYCFCACQbkNNgIQIAJBGjYCDAyLAQtBACEDIAJBADYCHCACIAE2AhQgAkGgGTYCECACQR42AgwMigELIAEtAABBOkYEQCACKAIEIQBBACEDIAJBADYCBCACIAAgARApIgBFDQEgAkHDADYCHCACIAA2AgwgAiABQQFqNgIUDIoBC0EAIQMgAkEANgIcIAIgATYCFCACQbERNgIQIAJBCjYCDAyJAQsgAUEBaiEBQTshAwxvCyACQcMANgIcIAIgADYCDCACIAFBAWo2AhQMhwELQQAhAyACQQA2AhwgAiABNgIUIAJB8A42AhAgAkEcNgIMDIYBCyACIAIvATBBEHI7ATAMZgsCQCACLwEwIgBBCHFFDQAgAi0AKEEBRw0AIAItAC1BCHFFDQMLIAIgAEH3+wNxQYAEcjsBMAwECyABIARHBEACQANAIAEtAABBMGsiAEH/AXFBCk8EQEE1IQMMbgsgAikDICIKQpmz5syZs+bMGVYNASACIApCCn4iCjcDICAKIACtQv8BgyILQn+FVg0BIAIgCiALfDcDICAEIAFBAWoiAUcNAAtBOSEDDIUBCyACKAIEIQBBACEDIAJBADYCBCACIAAgAUEBaiIBECoiAA0MDHcLQTkhAwyDAQsgAi0AMEEgcQ0GQcUBIQMMaQtBACEDIAJBADYCBCACIAEgARAqIgBFDQQgAkE6NgIcIAIgADYCDCACIAFBAWo2AhQMgQELIAItAChBAUcNACACLQAtQQhxRQ0BC0E3IQMMZgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIABEAgAkE7NgIcIAIgADYCDCACIAFBAWo2AhQMfwsgAUEBaiEBDG4LIAJBCDoALAwECyABQQFqIQEMbQtBACEDIAJBADYCHCACIAE2AhQgAkHkEjYCECACQQQ2AgwMewsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ1sIAJBNzYCHCACIAE2AhQgAiAANgIMDHoLIAIgAi8BMEEgcjsBMAtBMCEDDF8LIAJBNjYCHCACIAE2AhQgAiAANgIMDHcLIABBLEcNASABQQFqIQBBASEBAkACQAJAAkACQCACLQAsQQVrDgQDAQIEAAsgACEBDAQLQQIhAQwBC0EEIQELIAJBAToALCACIAIvATAgAXI7ATAgACEBDAELIAIgAi8BMEEIcjsBMCAAIQELQTkhAwxcCyACQQA6ACwLQTQhAwxaCyABIARGBEBBLSEDDHMLAkACQANAAkAgAS0AAEEKaw4EAgAAAwALIAQgAUEBaiIBRw0AC0EtIQMMdAsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIARQ0CIAJBLDYCHCACIAE2AhQgAiAANgIMDHMLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAS0AAEENRgRAIAIoAgQhAEEAIQMgAkEANgIEIAIgACABECoiAEUEQCABQQFqIQEMAgsgAkEsNgIcIAIgADYCDCACIAFBAWo2AhQMcgsgAi0ALUEBcQRAQcQBIQMMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKiIADQEMZQtBLyEDDFcLIAJBLjYCHCACIAE2AhQgAiAANgIMDG8LQQAhAyACQQA2AhwgAiABNgIUIAJB8BQ2AhAgAkEDNgIMDG4LQQEhAwJAAkACQAJAIAItACxBBWsOBAMBAgAECyACIAIvATBBCHI7ATAMAwtBAiEDDAELQQQhAwsgAkEBOgAsIAIgAi8BMCADcjsBMAtBKiEDDFMLQQAhAyACQQA2AhwgAiABNgIUIAJB4Q82AhAgAkEKNgIMDGsLQQEhAwJAAkACQAJAAkACQCACLQAsQQJrDgcFBAQDAQIABAsgAiACLwEwQQhyOwEwDAMLQQIhAwwBC0EEIQMLIAJBAToALCACIAIvATAgA3I7ATALQSshAwxSC0EAIQMgAkEANgIcIAIgATYCFCACQasSNgIQIAJBCzYCDAxqC0EAIQMgAkEANgIcIAIgATYCFCACQf0NNgIQIAJBHTYCDAxpCyABIARHBEADQCABLQAAQSBHDUggBCABQQFqIgFHDQALQSUhAwxpC0ElIQMMaAsgAi0ALUEBcQRAQcMBIQMMTwsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQKSIABEAgAkEmNgIcIAIgADYCDCACIAFBAWo2AhQMaAsgAUEBaiEBDFwLIAFBAWohASACLwEwIgBBgAFxBEBBACEAAkAgAigCOCIDRQ0AIAMoAlQiA0UNACACIAMRAAAhAAsgAEUNBiAAQRVHDR8gAkEFNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMZwsCQCAAQaAEcUGgBEcNACACLQAtQQJxDQBBACEDIAJBADYCHCACIAE2AhQgAkGWEzYCECACQQQ2AgwMZwsgAgJ/IAIvATBBFHFBFEYEQEEBIAItAChBAUYNARogAi8BMkHlAEYMAQsgAi0AKUEFRgs6AC5BACEAAkAgAigCOCIDRQ0AIAMoAiQiA0UNACACIAMRAAAhAAsCQAJAAkACQAJAIAAOFgIBAAQEBAQEBAQEBAQEBAQEBAQEBAMECyACQQE6AC4LIAIgAi8BMEHAAHI7ATALQSchAwxPCyACQSM2AhwgAiABNgIUIAJBpRY2AhAgAkEVNgIMQQAhAwxnC0EAIQMgAkEANgIcIAIgATYCFCACQdULNgIQIAJBETYCDAxmC0EAIQACQCACKAI4IgNFDQAgAygCLCIDRQ0AIAIgAxEAACEACyAADQELQQ4hAwxLCyAAQRVGBEAgAkECNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMZAtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMYwtBACEDIAJBADYCHCACIAE2AhQgAkGqHDYCECACQQ82AgwMYgsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEgCqdqIgEQKyIARQ0AIAJBBTYCHCACIAE2AhQgAiAANgIMDGELQQ8hAwxHC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxfC0IBIQoLIAFBAWohAQJAIAIpAyAiC0L//////////w9YBEAgAiALQgSGIAqENwMgDAELQQAhAyACQQA2AhwgAiABNgIUIAJBrQk2AhAgAkEMNgIMDF4LQSQhAwxEC0EAIQMgAkEANgIcIAIgATYCFCACQc0TNgIQIAJBDDYCDAxcCyACKAIEIQBBACEDIAJBADYCBCACIAAgARAsIgBFBEAgAUEBaiEBDFILIAJBFzYCHCACIAA2AgwgAiABQQFqNgIUDFsLIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQRY2AhwgAiAANgIMIAIgAUEBajYCFAxbC0EfIQMMQQtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMWQsgAigCBCEAQQAhAyACQQA2AgQgAiAAIAEQLSIARQRAIAFBAWohAQxQCyACQRQ2AhwgAiAANgIMIAIgAUEBajYCFAxYCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABEC0iAEUEQCABQQFqIQEMAQsgAkETNgIcIAIgADYCDCACIAFBAWo2AhQMWAtBHiEDDD4LQQAhAyACQQA2AhwgAiABNgIUIAJBxgw2AhAgAkEjNgIMDFYLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABEC0iAEUEQCABQQFqIQEMTgsgAkERNgIcIAIgADYCDCACIAFBAWo2AhQMVQsgAkEQNgIcIAIgATYCFCACIAA2AgwMVAtBACEDIAJBADYCHCACIAE2AhQgAkHGDDYCECACQSM2AgwMUwtBACEDIAJBADYCHCACIAE2AhQgAkHAFTYCECACQQI2AgwMUgsgAigCBCEAQQAhAyACQQA2AgQCQCACIAAgARAtIgBFBEAgAUEBaiEBDAELIAJBDjYCHCACIAA2AgwgAiABQQFqNgIUDFILQRshAww4C0EAIQMgAkEANgIcIAIgATYCFCACQcYMNgIQIAJBIzYCDAxQCyACKAIEIQBBACEDIAJBADYCBAJAIAIgACABECwiAEUEQCABQQFqIQEMAQsgAkENNgIcIAIgADYCDCACIAFBAWo2AhQMUAtBGiEDDDYLQQAhAyACQQA2AhwgAiABNgIUIAJBmg82AhAgAkEiNgIMDE4LIAIoAgQhAEEAIQMgAkEANgIEAkAgAiAAIAEQLCIARQRAIAFBAWohAQwBCyACQQw2AhwgAiAANgIMIAIgAUEBajYCFAxOC0EZIQMMNAtBACEDIAJBADYCHCACIAE2AhQgAkGaDzYCECACQSI2AgwMTAsgAEEVRwRAQQAhAyACQQA2AhwgAiABNgIUIAJBgww2AhAgAkETNgIMDEwLIAJBCjYCHCACIAE2AhQgAkHkFjYCECACQRU2AgxBACEDDEsLIAIoAgQhAEEAIQMgAkEANgIEIAIgACABIAqnaiIBECsiAARAIAJBBzYCHCACIAE2AhQgAiAANgIMDEsLQRMhAwwxCyAAQRVHBEBBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMSgsgAkEeNgIcIAIgATYCFCACQfkXNgIQIAJBFTYCDEEAIQMMSQtBACEAAkAgAigCOCIDRQ0AIAMoAiwiA0UNACACIAMRAAAhAAsgAEUNQSAAQRVGBEAgAkEDNgIcIAIgATYCFCACQbAYNgIQIAJBFTYCDEEAIQMMSQtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMSAtBACEDIAJBADYCHCACIAE2AhQgAkHaDTYCECACQRQ2AgwMRwtBACEDIAJBADYCHCACIAE2AhQgAkGnDjYCECACQRI2AgwMRgsgAkEAOgAvIAItAC1BBHFFDT8LIAJBADoALyACQQE6ADRBACEDDCsLQQAhAyACQQA2AhwgAkHkETYCECACQQc2AgwgAiABQQFqNgIUDEMLAkADQAJAIAEtAABBCmsOBAACAgACCyAEIAFBAWoiAUcNAAtB3QEhAwxDCwJAAkAgAi0ANEEBRw0AQQAhAAJAIAIoAjgiA0UNACADKAJYIgNFDQAgAiADEQAAIQALIABFDQAgAEEVRw0BIAJB3AE2AhwgAiABNgIUIAJB1RY2AhAgAkEVNgIMQQAhAwxEC0HBASEDDCoLIAJBADYCHCACIAE2AhQgAkHpCzYCECACQR82AgxBACEDDEILAkACQCACLQAoQQFrDgIEAQALQcABIQMMKQtBuQEhAwwoCyACQQI6AC9BACEAAkAgAigCOCIDRQ0AIAMoAgAiA0UNACACIAMRAAAhAAsgAEUEQEHCASEDDCgLIABBFUcEQCACQQA2AhwgAiABNgIUIAJBpAw2AhAgAkEQNgIMQQAhAwxBCyACQdsBNgIcIAIgATYCFCACQfoWNgIQIAJBFTYCDEEAIQMMQAsgASAERgRAQdoBIQMMQAsgAS0AAEHIAEYNASACQQE6ACgLQawBIQMMJQtBvwEhAwwkCyABIARHBEAgAkEQNgIIIAIgATYCBEG+ASEDDCQLQdkBIQMMPAsgASAERgRAQdgBIQMMPAsgAS0AAEHIAEcNBCABQQFqIQFBvQEhAwwiCyABIARGBEBB1wEhAww7CwJAAkAgAS0AAEHFAGsOEAAFBQUFBQUFBQUFBQUFBQEFCyABQQFqIQFBuwEhAwwiCyABQQFqIQFBvAEhAwwhC0HWASEDIAEgBEYNOSACKAIAIgAgBCABa2ohBSABIABrQQJqIQYCQANAIAEtAAAgAEGD0ABqLQAARw0DIABBAkYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw6CyACKAIEIQAgAkIANwMAIAIgACAGQQFqIgEQJyIARQRAQcYBIQMMIQsgAkHVATYCHCACIAE2AhQgAiAANgIMQQAhAww5C0HUASEDIAEgBEYNOCACKAIAIgAgBCABa2ohBSABIABrQQFqIQYCQANAIAEtAAAgAEGB0ABqLQAARw0CIABBAUYNASAAQQFqIQAgBCABQQFqIgFHDQALIAIgBTYCAAw5CyACQYEEOwEoIAIoAgQhACACQgA3AwAgAiAAIAZBAWoiARAnIgANAwwCCyACQQA2AgALQQAhAyACQQA2AhwgAiABNgIUIAJB2Bs2AhAgAkEINgIMDDYLQboBIQMMHAsgAkHTATYCHCACIAE2AhQgAiAANgIMQQAhAww0C0EAIQACQCACKAI4IgNFDQAgAygCOCIDRQ0AIAIgAxEAACEACyAARQ0AIABBFUYNASACQQA2AhwgAiABNgIUIAJBzA42AhAgAkEgNgIMQQAhAwwzC0HkACEDDBkLIAJB+AA2AhwgAiABNgIUIAJByhg2AhAgAkEVNgIMQQAhAwwxC0HSASEDIAQgASIARg0wIAQgAWsgAigCACIBaiEFIAAgAWtBBGohBgJAA0AgAC0AACABQfzPAGotAABHDQEgAUEERg0DIAFBAWohASAEIABBAWoiAEcNAAsgAiAFNgIADDELIAJBADYCHCACIAA2AhQgAkGQMzYCECACQQg2AgwgAkEANgIAQQAhAwwwCyABIARHBEAgAkEONgIIIAIgATYCBEG3ASEDDBcLQdEBIQMMLwsgAkEANgIAIAZBAWohAQtBuAEhAwwUCyABIARGBEBB0AEhAwwtCyABLQAAQTBrIgBB/wFxQQpJBEAgAiAAOgAqIAFBAWohAUG2ASEDDBQLIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0UIAJBzwE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAsgASAERgRAQc4BIQMMLAsCQCABLQAAQS5GBEAgAUEBaiEBDAELIAIoAgQhACACQQA2AgQgAiAAIAEQKCIARQ0VIAJBzQE2AhwgAiABNgIUIAIgADYCDEEAIQMMLAtBtQEhAwwSCyAEIAEiBUYEQEHMASEDDCsLQQAhAEEBIQFBASEGQQAhAwJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAIAUtAABBMGsOCgoJAAECAwQFBggLC0ECDAYLQQMMBQtBBAwEC0EFDAMLQQYMAgtBBwwBC0EICyEDQQAhAUEAIQYMAgtBCSEDQQEhAEEAIQFBACEGDAELQQAhAUEBIQMLIAIgAzoAKyAFQQFqIQMCQAJAIAItAC1BEHENAAJAAkACQCACLQAqDgMBAAIECyAGRQ0DDAILIAANAQwCCyABRQ0BCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMAwsgAkHJATYCHCACIAM2AhQgAiAANgIMQQAhAwwtCyACKAIEIQAgAkEANgIEIAIgACADECgiAEUEQCADIQEMGAsgAkHKATYCHCACIAM2AhQgAiAANgIMQQAhAwwsCyACKAIEIQAgAkEANgIEIAIgACAFECgiAEUEQCAFIQEMFgsgAkHLATYCHCACIAU2AhQgAiAANgIMDCsLQbQBIQMMEQtBACEAAkAgAigCOCIDRQ0AIAMoAjwiA0UNACACIAMRAAAhAAsCQCAABEAgAEEVRg0BIAJBADYCHCACIAE2AhQgAkGUDTYCECACQSE2AgxBACEDDCsLQbIBIQMMEQsgAkHIATYCHCACIAE2AhQgAkHJFzYCECACQRU2AgxBACEDDCkLIAJBADYCACAGQQFqIQFB9QAhAwwPCyACLQApQQVGBEBB4wAhAwwPC0HiACEDDA4LIAAhASACQQA2AgALIAJBADoALEEJIQMMDAsgAkEANgIAIAdBAWohAUHAACEDDAsLQQELOgAsIAJBADYCACAGQQFqIQELQSkhAwwIC0E4IQMMBwsCQCABIARHBEADQCABLQAAQYA+ai0AACIAQQFHBEAgAEECRw0DIAFBAWohAQwFCyAEIAFBAWoiAUcNAAtBPiEDDCELQT4hAwwgCwsgAkEAOgAsDAELQQshAwwEC0E6IQMMAwsgAUEBaiEBQS0hAwwCCyACIAE6ACwgAkEANgIAIAZBAWohAUEMIQMMAQsgAkEANgIAIAZBAWohAUEKIQMMAAsAC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwXC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwWC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwVC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwUC0EAIQMgAkEANgIcIAIgATYCFCACQc0QNgIQIAJBCTYCDAwTC0EAIQMgAkEANgIcIAIgATYCFCACQekKNgIQIAJBCTYCDAwSC0EAIQMgAkEANgIcIAIgATYCFCACQbcQNgIQIAJBCTYCDAwRC0EAIQMgAkEANgIcIAIgATYCFCACQZwRNgIQIAJBCTYCDAwQC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwPC0EAIQMgAkEANgIcIAIgATYCFCACQZcVNgIQIAJBDzYCDAwOC0EAIQMgAkEANgIcIAIgATYCFCACQcASNgIQIAJBCzYCDAwNC0EAIQMgAkEANgIcIAIgATYCFCACQZUJNgIQIAJBCzYCDAwMC0EAIQMgAkEANgIcIAIgATYCFCACQeEPNgIQIAJBCjYCDAwLC0EAIQMgAkEANgIcIAIgATYCFCACQfsPNgIQIAJBCjYCDAwKC0EAIQMgAkEANgIcIAIgATYCFCACQfEZNgIQIAJBAjYCDAwJC0EAIQMgAkEANgIcIAIgATYCFCACQcQUNgIQIAJBAjYCDAwIC0EAIQMgAkEANgIcIAIgATYCFCACQfIVNgIQIAJBAjYCDAwHCyACQQI2AhwgAiABNgIUIAJBnBo2AhAgAkEWNgIMQQAhAwwGC0EBIQMMBQtB1AAhAyABIARGDQQgCEEIaiEJIAIoAgAhBQJAAkAgASAERwRAIAVB2MIAaiEHIAQgBWogAWshACAFQX9zQQpqIgUgAWohBgNAIAEtAAAgBy0AAEcEQEECIQcMAwsgBUUEQEEAIQcgBiEBDAMLIAVBAWshBSAHQQFqIQcgBCABQQFqIgFHDQALIAAhBSAEIQELIAlBATYCACACIAU2AgAMAQsgAkEANgIAIAkgBzYCAAsgCSABNgIEIAgoAgwhACAIKAIIDgMBBAIACwALIAJBADYCHCACQbUaNgIQIAJBFzYCDCACIABBAWo2AhRBACEDDAILIAJBADYCHCACIAA2AhQgAkHKGjYCECACQQk2AgxBACEDDAELIAEgBEYEQEEiIQMMAQsgAkEJNgIIIAIgATYCBEEhIQMLIAhBEGokACADRQRAIAIoAgwhAAwBCyACIAM2AhxBACEAIAIoAgQiAUUNACACIAEgBCACKAIIEQEAIgFFDQAgAiAENgIUIAIgATYCDCABIQALIAALvgIBAn8gAEEAOgAAIABB3ABqIgFBAWtBADoAACAAQQA6AAIgAEEAOgABIAFBA2tBADoAACABQQJrQQA6AAAgAEEAOgADIAFBBGtBADoAAEEAIABrQQNxIgEgAGoiAEEANgIAQdwAIAFrQXxxIgIgAGoiAUEEa0EANgIAAkAgAkEJSQ0AIABBADYCCCAAQQA2AgQgAUEIa0EANgIAIAFBDGtBADYCACACQRlJDQAgAEEANgIYIABBADYCFCAAQQA2AhAgAEEANgIMIAFBEGtBADYCACABQRRrQQA2AgAgAUEYa0EANgIAIAFBHGtBADYCACACIABBBHFBGHIiAmsiAUEgSQ0AIAAgAmohAANAIABCADcDGCAAQgA3AxAgAEIANwMIIABCADcDACAAQSBqIQAgAUEgayIBQR9LDQALCwtWAQF/AkAgACgCDA0AAkACQAJAAkAgAC0ALw4DAQADAgsgACgCOCIBRQ0AIAEoAiwiAUUNACAAIAERAAAiAQ0DC0EADwsACyAAQcMWNgIQQQ4hAQsgAQsaACAAKAIMRQRAIABB0Rs2AhAgAEEVNgIMCwsUACAAKAIMQRVGBEAgAEEANgIMCwsUACAAKAIMQRZGBEAgAEEANgIMCwsHACAAKAIMCwcAIAAoAhALCQAgACABNgIQCwcAIAAoAhQLFwAgAEEkTwRAAAsgAEECdEGgM2ooAgALFwAgAEEuTwRAAAsgAEECdEGwNGooAgALvwkBAX9B6yghAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB5ABrDvQDY2IAAWFhYWFhYQIDBAVhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhBgcICQoLDA0OD2FhYWFhEGFhYWFhYWFhYWFhEWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYRITFBUWFxgZGhthYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2YTc4OTphYWFhYWFhYTthYWE8YWFhYT0+P2FhYWFhYWFhQGFhQWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYUJDREVGR0hJSktMTU5PUFFSU2FhYWFhYWFhVFVWV1hZWlthXF1hYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFeYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhX2BhC0HhJw8LQaQhDwtByywPC0H+MQ8LQcAkDwtBqyQPC0GNKA8LQeImDwtBgDAPC0G5Lw8LQdckDwtB7x8PC0HhHw8LQfofDwtB8iAPC0GoLw8LQa4yDwtBiDAPC0HsJw8LQYIiDwtBjh0PC0HQLg8LQcojDwtBxTIPC0HfHA8LQdIcDwtBxCAPC0HXIA8LQaIfDwtB7S4PC0GrMA8LQdQlDwtBzC4PC0H6Lg8LQfwrDwtB0jAPC0HxHQ8LQbsgDwtB9ysPC0GQMQ8LQdcxDwtBoi0PC0HUJw8LQeArDwtBnywPC0HrMQ8LQdUfDwtByjEPC0HeJQ8LQdQeDwtB9BwPC0GnMg8LQbEdDwtBoB0PC0G5MQ8LQbwwDwtBkiEPC0GzJg8LQeksDwtBrB4PC0HUKw8LQfcmDwtBgCYPC0GwIQ8LQf4eDwtBjSMPC0GJLQ8LQfciDwtBoDEPC0GuHw8LQcYlDwtB6B4PC0GTIg8LQcIvDwtBwx0PC0GLLA8LQeEdDwtBjS8PC0HqIQ8LQbQtDwtB0i8PC0HfMg8LQdIyDwtB8DAPC0GpIg8LQfkjDwtBmR4PC0G1LA8LQZswDwtBkjIPC0G2Kw8LQcIiDwtB+DIPC0GeJQ8LQdAiDwtBuh4PC0GBHg8LAAtB1iEhAQsgAQsWACAAIAAtAC1B/gFxIAFBAEdyOgAtCxkAIAAgAC0ALUH9AXEgAUEAR0EBdHI6AC0LGQAgACAALQAtQfsBcSABQQBHQQJ0cjoALQsZACAAIAAtAC1B9wFxIAFBAEdBA3RyOgAtCz4BAn8CQCAAKAI4IgNFDQAgAygCBCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBxhE2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCCCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9go2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCDCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7Ro2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCECIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlRA2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCFCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBqhs2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCGCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB7RM2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCKCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABB9gg2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCHCIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBwhk2AhBBGCEECyAECz4BAn8CQCAAKAI4IgNFDQAgAygCICIDRQ0AIAAgASACIAFrIAMRAQAiBEF/Rw0AIABBlBQ2AhBBGCEECyAEC1kBAn8CQCAALQAoQQFGDQAgAC8BMiIBQeQAa0HkAEkNACABQcwBRg0AIAFBsAJGDQAgAC8BMCIAQcAAcQ0AQQEhAiAAQYgEcUGABEYNACAAQShxRSECCyACC4wBAQJ/AkACQAJAIAAtACpFDQAgAC0AK0UNACAALwEwIgFBAnFFDQEMAgsgAC8BMCIBQQFxRQ0BC0EBIQIgAC0AKEEBRg0AIAAvATIiAEHkAGtB5ABJDQAgAEHMAUYNACAAQbACRg0AIAFBwABxDQBBACECIAFBiARxQYAERg0AIAFBKHFBAEchAgsgAgtzACAAQRBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAA/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQTBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQSBq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAAQd0BNgIcCwYAIAAQMguaLQELfyMAQRBrIgokAEGk0AAoAgAiCUUEQEHk0wAoAgAiBUUEQEHw0wBCfzcCAEHo0wBCgICEgICAwAA3AgBB5NMAIApBCGpBcHFB2KrVqgVzIgU2AgBB+NMAQQA2AgBByNMAQQA2AgALQczTAEGA1AQ2AgBBnNAAQYDUBDYCAEGw0AAgBTYCAEGs0ABBfzYCAEHQ0wBBgKwDNgIAA0AgAUHI0ABqIAFBvNAAaiICNgIAIAIgAUG00ABqIgM2AgAgAUHA0ABqIAM2AgAgAUHQ0ABqIAFBxNAAaiIDNgIAIAMgAjYCACABQdjQAGogAUHM0ABqIgI2AgAgAiADNgIAIAFB1NAAaiACNgIAIAFBIGoiAUGAAkcNAAtBjNQEQcGrAzYCAEGo0ABB9NMAKAIANgIAQZjQAEHAqwM2AgBBpNAAQYjUBDYCAEHM/wdBODYCAEGI1AQhCQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQewBTQRAQYzQACgCACIGQRAgAEETakFwcSAAQQtJGyIEQQN2IgB2IgFBA3EEQAJAIAFBAXEgAHJBAXMiAkEDdCIAQbTQAGoiASAAQbzQAGooAgAiACgCCCIDRgRAQYzQACAGQX4gAndxNgIADAELIAEgAzYCCCADIAE2AgwLIABBCGohASAAIAJBA3QiAkEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwRC0GU0AAoAgAiCCAETw0BIAEEQAJAQQIgAHQiAkEAIAJrciABIAB0cWgiAEEDdCICQbTQAGoiASACQbzQAGooAgAiAigCCCIDRgRAQYzQACAGQX4gAHdxIgY2AgAMAQsgASADNgIIIAMgATYCDAsgAiAEQQNyNgIEIABBA3QiACAEayEFIAAgAmogBTYCACACIARqIgQgBUEBcjYCBCAIBEAgCEF4cUG00ABqIQBBoNAAKAIAIQMCf0EBIAhBA3Z0IgEgBnFFBEBBjNAAIAEgBnI2AgAgAAwBCyAAKAIICyIBIAM2AgwgACADNgIIIAMgADYCDCADIAE2AggLIAJBCGohAUGg0AAgBDYCAEGU0AAgBTYCAAwRC0GQ0AAoAgAiC0UNASALaEECdEG80gBqKAIAIgAoAgRBeHEgBGshBSAAIQIDQAJAIAIoAhAiAUUEQCACQRRqKAIAIgFFDQELIAEoAgRBeHEgBGsiAyAFSSECIAMgBSACGyEFIAEgACACGyEAIAEhAgwBCwsgACgCGCEJIAAoAgwiAyAARwRAQZzQACgCABogAyAAKAIIIgE2AgggASADNgIMDBALIABBFGoiAigCACIBRQRAIAAoAhAiAUUNAyAAQRBqIQILA0AgAiEHIAEiA0EUaiICKAIAIgENACADQRBqIQIgAygCECIBDQALIAdBADYCAAwPC0F/IQQgAEG/f0sNACAAQRNqIgFBcHEhBEGQ0AAoAgAiCEUNAEEAIARrIQUCQAJAAkACf0EAIARBgAJJDQAaQR8gBEH///8HSw0AGiAEQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qCyIGQQJ0QbzSAGooAgAiAkUEQEEAIQFBACEDDAELQQAhASAEQRkgBkEBdmtBACAGQR9HG3QhAEEAIQMDQAJAIAIoAgRBeHEgBGsiByAFTw0AIAIhAyAHIgUNAEEAIQUgAiEBDAMLIAEgAkEUaigCACIHIAcgAiAAQR12QQRxakEQaigCACICRhsgASAHGyEBIABBAXQhACACDQALCyABIANyRQRAQQAhA0ECIAZ0IgBBACAAa3IgCHEiAEUNAyAAaEECdEG80gBqKAIAIQELIAFFDQELA0AgASgCBEF4cSAEayICIAVJIQAgAiAFIAAbIQUgASADIAAbIQMgASgCECIABH8gAAUgAUEUaigCAAsiAQ0ACwsgA0UNACAFQZTQACgCACAEa08NACADKAIYIQcgAyADKAIMIgBHBEBBnNAAKAIAGiAAIAMoAggiATYCCCABIAA2AgwMDgsgA0EUaiICKAIAIgFFBEAgAygCECIBRQ0DIANBEGohAgsDQCACIQYgASIAQRRqIgIoAgAiAQ0AIABBEGohAiAAKAIQIgENAAsgBkEANgIADA0LQZTQACgCACIDIARPBEBBoNAAKAIAIQECQCADIARrIgJBEE8EQCABIARqIgAgAkEBcjYCBCABIANqIAI2AgAgASAEQQNyNgIEDAELIAEgA0EDcjYCBCABIANqIgAgACgCBEEBcjYCBEEAIQBBACECC0GU0AAgAjYCAEGg0AAgADYCACABQQhqIQEMDwtBmNAAKAIAIgMgBEsEQCAEIAlqIgAgAyAEayIBQQFyNgIEQaTQACAANgIAQZjQACABNgIAIAkgBEEDcjYCBCAJQQhqIQEMDwtBACEBIAQCf0Hk0wAoAgAEQEHs0wAoAgAMAQtB8NMAQn83AgBB6NMAQoCAhICAgMAANwIAQeTTACAKQQxqQXBxQdiq1aoFczYCAEH40wBBADYCAEHI0wBBADYCAEGAgAQLIgAgBEHHAGoiBWoiBkEAIABrIgdxIgJPBEBB/NMAQTA2AgAMDwsCQEHE0wAoAgAiAUUNAEG80wAoAgAiCCACaiEAIAAgAU0gACAIS3ENAEEAIQFB/NMAQTA2AgAMDwtByNMALQAAQQRxDQQCQAJAIAkEQEHM0wAhAQNAIAEoAgAiACAJTQRAIAAgASgCBGogCUsNAwsgASgCCCIBDQALC0EAEDMiAEF/Rg0FIAIhBkHo0wAoAgAiAUEBayIDIABxBEAgAiAAayAAIANqQQAgAWtxaiEGCyAEIAZPDQUgBkH+////B0sNBUHE0wAoAgAiAwRAQbzTACgCACIHIAZqIQEgASAHTQ0GIAEgA0sNBgsgBhAzIgEgAEcNAQwHCyAGIANrIAdxIgZB/v///wdLDQQgBhAzIQAgACABKAIAIAEoAgRqRg0DIAAhAQsCQCAGIARByABqTw0AIAFBf0YNAEHs0wAoAgAiACAFIAZrakEAIABrcSIAQf7///8HSwRAIAEhAAwHCyAAEDNBf0cEQCAAIAZqIQYgASEADAcLQQAgBmsQMxoMBAsgASIAQX9HDQUMAwtBACEDDAwLQQAhAAwKCyAAQX9HDQILQcjTAEHI0wAoAgBBBHI2AgALIAJB/v///wdLDQEgAhAzIQBBABAzIQEgAEF/Rg0BIAFBf0YNASAAIAFPDQEgASAAayIGIARBOGpNDQELQbzTAEG80wAoAgAgBmoiATYCAEHA0wAoAgAgAUkEQEHA0wAgATYCAAsCQAJAAkBBpNAAKAIAIgIEQEHM0wAhAQNAIAAgASgCACIDIAEoAgQiBWpGDQIgASgCCCIBDQALDAILQZzQACgCACIBQQBHIAAgAU9xRQRAQZzQACAANgIAC0EAIQFB0NMAIAY2AgBBzNMAIAA2AgBBrNAAQX82AgBBsNAAQeTTACgCADYCAEHY0wBBADYCAANAIAFByNAAaiABQbzQAGoiAjYCACACIAFBtNAAaiIDNgIAIAFBwNAAaiADNgIAIAFB0NAAaiABQcTQAGoiAzYCACADIAI2AgAgAUHY0ABqIAFBzNAAaiICNgIAIAIgAzYCACABQdTQAGogAjYCACABQSBqIgFBgAJHDQALQXggAGtBD3EiASAAaiICIAZBOGsiAyABayIBQQFyNgIEQajQAEH00wAoAgA2AgBBmNAAIAE2AgBBpNAAIAI2AgAgACADakE4NgIEDAILIAAgAk0NACACIANJDQAgASgCDEEIcQ0AQXggAmtBD3EiACACaiIDQZjQACgCACAGaiIHIABrIgBBAXI2AgQgASAFIAZqNgIEQajQAEH00wAoAgA2AgBBmNAAIAA2AgBBpNAAIAM2AgAgAiAHakE4NgIEDAELIABBnNAAKAIASQRAQZzQACAANgIACyAAIAZqIQNBzNMAIQECQAJAAkADQCADIAEoAgBHBEAgASgCCCIBDQEMAgsLIAEtAAxBCHFFDQELQczTACEBA0AgASgCACIDIAJNBEAgAyABKAIEaiIFIAJLDQMLIAEoAgghAQwACwALIAEgADYCACABIAEoAgQgBmo2AgQgAEF4IABrQQ9xaiIJIARBA3I2AgQgA0F4IANrQQ9xaiIGIAQgCWoiBGshASACIAZGBEBBpNAAIAQ2AgBBmNAAQZjQACgCACABaiIANgIAIAQgAEEBcjYCBAwIC0Gg0AAoAgAgBkYEQEGg0AAgBDYCAEGU0ABBlNAAKAIAIAFqIgA2AgAgBCAAQQFyNgIEIAAgBGogADYCAAwICyAGKAIEIgVBA3FBAUcNBiAFQXhxIQggBUH/AU0EQCAFQQN2IQMgBigCCCIAIAYoAgwiAkYEQEGM0ABBjNAAKAIAQX4gA3dxNgIADAcLIAIgADYCCCAAIAI2AgwMBgsgBigCGCEHIAYgBigCDCIARwRAIAAgBigCCCICNgIIIAIgADYCDAwFCyAGQRRqIgIoAgAiBUUEQCAGKAIQIgVFDQQgBkEQaiECCwNAIAIhAyAFIgBBFGoiAigCACIFDQAgAEEQaiECIAAoAhAiBQ0ACyADQQA2AgAMBAtBeCAAa0EPcSIBIABqIgcgBkE4ayIDIAFrIgFBAXI2AgQgACADakE4NgIEIAIgBUE3IAVrQQ9xakE/ayIDIAMgAkEQakkbIgNBIzYCBEGo0ABB9NMAKAIANgIAQZjQACABNgIAQaTQACAHNgIAIANBEGpB1NMAKQIANwIAIANBzNMAKQIANwIIQdTTACADQQhqNgIAQdDTACAGNgIAQczTACAANgIAQdjTAEEANgIAIANBJGohAQNAIAFBBzYCACAFIAFBBGoiAUsNAAsgAiADRg0AIAMgAygCBEF+cTYCBCADIAMgAmsiBTYCACACIAVBAXI2AgQgBUH/AU0EQCAFQXhxQbTQAGohAAJ/QYzQACgCACIBQQEgBUEDdnQiA3FFBEBBjNAAIAEgA3I2AgAgAAwBCyAAKAIICyIBIAI2AgwgACACNgIIIAIgADYCDCACIAE2AggMAQtBHyEBIAVB////B00EQCAFQSYgBUEIdmciAGt2QQFxIABBAXRrQT5qIQELIAIgATYCHCACQgA3AhAgAUECdEG80gBqIQBBkNAAKAIAIgNBASABdCIGcUUEQCAAIAI2AgBBkNAAIAMgBnI2AgAgAiAANgIYIAIgAjYCCCACIAI2AgwMAQsgBUEZIAFBAXZrQQAgAUEfRxt0IQEgACgCACEDAkADQCADIgAoAgRBeHEgBUYNASABQR12IQMgAUEBdCEBIAAgA0EEcWpBEGoiBigCACIDDQALIAYgAjYCACACIAA2AhggAiACNgIMIAIgAjYCCAwBCyAAKAIIIgEgAjYCDCAAIAI2AgggAkEANgIYIAIgADYCDCACIAE2AggLQZjQACgCACIBIARNDQBBpNAAKAIAIgAgBGoiAiABIARrIgFBAXI2AgRBmNAAIAE2AgBBpNAAIAI2AgAgACAEQQNyNgIEIABBCGohAQwIC0EAIQFB/NMAQTA2AgAMBwtBACEACyAHRQ0AAkAgBigCHCICQQJ0QbzSAGoiAygCACAGRgRAIAMgADYCACAADQFBkNAAQZDQACgCAEF+IAJ3cTYCAAwCCyAHQRBBFCAHKAIQIAZGG2ogADYCACAARQ0BCyAAIAc2AhggBigCECICBEAgACACNgIQIAIgADYCGAsgBkEUaigCACICRQ0AIABBFGogAjYCACACIAA2AhgLIAEgCGohASAGIAhqIgYoAgQhBQsgBiAFQX5xNgIEIAEgBGogATYCACAEIAFBAXI2AgQgAUH/AU0EQCABQXhxQbTQAGohAAJ/QYzQACgCACICQQEgAUEDdnQiAXFFBEBBjNAAIAEgAnI2AgAgAAwBCyAAKAIICyIBIAQ2AgwgACAENgIIIAQgADYCDCAEIAE2AggMAQtBHyEFIAFB////B00EQCABQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAgBUECdEG80gBqIQBBkNAAKAIAIgJBASAFdCIDcUUEQCAAIAQ2AgBBkNAAIAIgA3I2AgAgBCAANgIYIAQgBDYCCCAEIAQ2AgwMAQsgAUEZIAVBAXZrQQAgBUEfRxt0IQUgACgCACEAAkADQCAAIgIoAgRBeHEgAUYNASAFQR12IQAgBUEBdCEFIAIgAEEEcWpBEGoiAygCACIADQALIAMgBDYCACAEIAI2AhggBCAENgIMIAQgBDYCCAwBCyACKAIIIgAgBDYCDCACIAQ2AgggBEEANgIYIAQgAjYCDCAEIAA2AggLIAlBCGohAQwCCwJAIAdFDQACQCADKAIcIgFBAnRBvNIAaiICKAIAIANGBEAgAiAANgIAIAANAUGQ0AAgCEF+IAF3cSIINgIADAILIAdBEEEUIAcoAhAgA0YbaiAANgIAIABFDQELIAAgBzYCGCADKAIQIgEEQCAAIAE2AhAgASAANgIYCyADQRRqKAIAIgFFDQAgAEEUaiABNgIAIAEgADYCGAsCQCAFQQ9NBEAgAyAEIAVqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAEaiICIAVBAXI2AgQgAyAEQQNyNgIEIAIgBWogBTYCACAFQf8BTQRAIAVBeHFBtNAAaiEAAn9BjNAAKAIAIgFBASAFQQN2dCIFcUUEQEGM0AAgASAFcjYCACAADAELIAAoAggLIgEgAjYCDCAAIAI2AgggAiAANgIMIAIgATYCCAwBC0EfIQEgBUH///8HTQRAIAVBJiAFQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAQsgAiABNgIcIAJCADcCECABQQJ0QbzSAGohAEEBIAF0IgQgCHFFBEAgACACNgIAQZDQACAEIAhyNgIAIAIgADYCGCACIAI2AgggAiACNgIMDAELIAVBGSABQQF2a0EAIAFBH0cbdCEBIAAoAgAhBAJAA0AgBCIAKAIEQXhxIAVGDQEgAUEddiEEIAFBAXQhASAAIARBBHFqQRBqIgYoAgAiBA0ACyAGIAI2AgAgAiAANgIYIAIgAjYCDCACIAI2AggMAQsgACgCCCIBIAI2AgwgACACNgIIIAJBADYCGCACIAA2AgwgAiABNgIICyADQQhqIQEMAQsCQCAJRQ0AAkAgACgCHCIBQQJ0QbzSAGoiAigCACAARgRAIAIgAzYCACADDQFBkNAAIAtBfiABd3E2AgAMAgsgCUEQQRQgCSgCECAARhtqIAM2AgAgA0UNAQsgAyAJNgIYIAAoAhAiAQRAIAMgATYCECABIAM2AhgLIABBFGooAgAiAUUNACADQRRqIAE2AgAgASADNgIYCwJAIAVBD00EQCAAIAQgBWoiAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBCyAAIARqIgcgBUEBcjYCBCAAIARBA3I2AgQgBSAHaiAFNgIAIAgEQCAIQXhxQbTQAGohAUGg0AAoAgAhAwJ/QQEgCEEDdnQiAiAGcUUEQEGM0AAgAiAGcjYCACABDAELIAEoAggLIgIgAzYCDCABIAM2AgggAyABNgIMIAMgAjYCCAtBoNAAIAc2AgBBlNAAIAU2AgALIABBCGohAQsgCkEQaiQAIAELQwAgAEUEQD8AQRB0DwsCQCAAQf//A3ENACAAQQBIDQAgAEEQdkAAIgBBf0YEQEH80wBBMDYCAEF/DwsgAEEQdA8LAAsL3D8iAEGACAsJAQAAAAIAAAADAEGUCAsFBAAAAAUAQaQICwkGAAAABwAAAAgAQdwIC4otSW52YWxpZCBjaGFyIGluIHVybCBxdWVyeQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2JvZHkAQ29udGVudC1MZW5ndGggb3ZlcmZsb3cAQ2h1bmsgc2l6ZSBvdmVyZmxvdwBSZXNwb25zZSBvdmVyZmxvdwBJbnZhbGlkIG1ldGhvZCBmb3IgSFRUUC94LnggcmVxdWVzdABJbnZhbGlkIG1ldGhvZCBmb3IgUlRTUC94LnggcmVxdWVzdABFeHBlY3RlZCBTT1VSQ0UgbWV0aG9kIGZvciBJQ0UveC54IHJlcXVlc3QASW52YWxpZCBjaGFyIGluIHVybCBmcmFnbWVudCBzdGFydABFeHBlY3RlZCBkb3QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9zdGF0dXMASW52YWxpZCByZXNwb25zZSBzdGF0dXMASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucwBVc2VyIGNhbGxiYWNrIGVycm9yAGBvbl9yZXNldGAgY2FsbGJhY2sgZXJyb3IAYG9uX2NodW5rX2hlYWRlcmAgY2FsbGJhY2sgZXJyb3IAYG9uX21lc3NhZ2VfYmVnaW5gIGNhbGxiYWNrIGVycm9yAGBvbl9jaHVua19leHRlbnNpb25fdmFsdWVgIGNhbGxiYWNrIGVycm9yAGBvbl9zdGF0dXNfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl92ZXJzaW9uX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fdXJsX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGVgIGNhbGxiYWNrIGVycm9yAGBvbl9tZXNzYWdlX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fbWV0aG9kX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlYCBjYWxsYmFjayBlcnJvcgBgb25fY2h1bmtfZXh0ZW5zaW9uX25hbWVgIGNhbGxiYWNrIGVycm9yAFVuZXhwZWN0ZWQgY2hhciBpbiB1cmwgc2VydmVyAEludmFsaWQgaGVhZGVyIHZhbHVlIGNoYXIASW52YWxpZCBoZWFkZXIgZmllbGQgY2hhcgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3ZlcnNpb24ASW52YWxpZCBtaW5vciB2ZXJzaW9uAEludmFsaWQgbWFqb3IgdmVyc2lvbgBFeHBlY3RlZCBzcGFjZSBhZnRlciB2ZXJzaW9uAEV4cGVjdGVkIENSTEYgYWZ0ZXIgdmVyc2lvbgBJbnZhbGlkIEhUVFAgdmVyc2lvbgBJbnZhbGlkIGhlYWRlciB0b2tlbgBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX3VybABJbnZhbGlkIGNoYXJhY3RlcnMgaW4gdXJsAFVuZXhwZWN0ZWQgc3RhcnQgY2hhciBpbiB1cmwARG91YmxlIEAgaW4gdXJsAEVtcHR5IENvbnRlbnQtTGVuZ3RoAEludmFsaWQgY2hhcmFjdGVyIGluIENvbnRlbnQtTGVuZ3RoAER1cGxpY2F0ZSBDb250ZW50LUxlbmd0aABJbnZhbGlkIGNoYXIgaW4gdXJsIHBhdGgAQ29udGVudC1MZW5ndGggY2FuJ3QgYmUgcHJlc2VudCB3aXRoIFRyYW5zZmVyLUVuY29kaW5nAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIHNpemUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfdmFsdWUAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9jaHVua19leHRlbnNpb25fdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyB2YWx1ZQBNaXNzaW5nIGV4cGVjdGVkIExGIGFmdGVyIGhlYWRlciB2YWx1ZQBJbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AgaGVhZGVyIHZhbHVlAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgcXVvdGUgdmFsdWUASW52YWxpZCBjaGFyYWN0ZXIgaW4gY2h1bmsgZXh0ZW5zaW9ucyBxdW90ZWQgdmFsdWUAUGF1c2VkIGJ5IG9uX2hlYWRlcnNfY29tcGxldGUASW52YWxpZCBFT0Ygc3RhdGUAb25fcmVzZXQgcGF1c2UAb25fY2h1bmtfaGVhZGVyIHBhdXNlAG9uX21lc3NhZ2VfYmVnaW4gcGF1c2UAb25fY2h1bmtfZXh0ZW5zaW9uX3ZhbHVlIHBhdXNlAG9uX3N0YXR1c19jb21wbGV0ZSBwYXVzZQBvbl92ZXJzaW9uX2NvbXBsZXRlIHBhdXNlAG9uX3VybF9jb21wbGV0ZSBwYXVzZQBvbl9jaHVua19jb21wbGV0ZSBwYXVzZQBvbl9oZWFkZXJfdmFsdWVfY29tcGxldGUgcGF1c2UAb25fbWVzc2FnZV9jb21wbGV0ZSBwYXVzZQBvbl9tZXRob2RfY29tcGxldGUgcGF1c2UAb25faGVhZGVyX2ZpZWxkX2NvbXBsZXRlIHBhdXNlAG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lIHBhdXNlAFVuZXhwZWN0ZWQgc3BhY2UgYWZ0ZXIgc3RhcnQgbGluZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX2NodW5rX2V4dGVuc2lvbl9uYW1lAEludmFsaWQgY2hhcmFjdGVyIGluIGNodW5rIGV4dGVuc2lvbnMgbmFtZQBQYXVzZSBvbiBDT05ORUNUL1VwZ3JhZGUAUGF1c2Ugb24gUFJJL1VwZ3JhZGUARXhwZWN0ZWQgSFRUUC8yIENvbm5lY3Rpb24gUHJlZmFjZQBTcGFuIGNhbGxiYWNrIGVycm9yIGluIG9uX21ldGhvZABFeHBlY3RlZCBzcGFjZSBhZnRlciBtZXRob2QAU3BhbiBjYWxsYmFjayBlcnJvciBpbiBvbl9oZWFkZXJfZmllbGQAUGF1c2VkAEludmFsaWQgd29yZCBlbmNvdW50ZXJlZABJbnZhbGlkIG1ldGhvZCBlbmNvdW50ZXJlZABVbmV4cGVjdGVkIGNoYXIgaW4gdXJsIHNjaGVtYQBSZXF1ZXN0IGhhcyBpbnZhbGlkIGBUcmFuc2Zlci1FbmNvZGluZ2AAU1dJVENIX1BST1hZAFVTRV9QUk9YWQBNS0FDVElWSVRZAFVOUFJPQ0VTU0FCTEVfRU5USVRZAENPUFkATU9WRURfUEVSTUFORU5UTFkAVE9PX0VBUkxZAE5PVElGWQBGQUlMRURfREVQRU5ERU5DWQBCQURfR0FURVdBWQBQTEFZAFBVVABDSEVDS09VVABHQVRFV0FZX1RJTUVPVVQAUkVRVUVTVF9USU1FT1VUAE5FVFdPUktfQ09OTkVDVF9USU1FT1VUAENPTk5FQ1RJT05fVElNRU9VVABMT0dJTl9USU1FT1VUAE5FVFdPUktfUkVBRF9USU1FT1VUAFBPU1QATUlTRElSRUNURURfUkVRVUVTVABDTElFTlRfQ0xPU0VEX1JFUVVFU1QAQ0xJRU5UX0NMT1NFRF9MT0FEX0JBTEFOQ0VEX1JFUVVFU1QAQkFEX1JFUVVFU1QASFRUUF9SRVFVRVNUX1NFTlRfVE9fSFRUUFNfUE9SVABSRVBPUlQASU1fQV9URUFQT1QAUkVTRVRfQ09OVEVOVABOT19DT05URU5UAFBBUlRJQUxfQ09OVEVOVABIUEVfSU5WQUxJRF9DT05TVEFOVABIUEVfQ0JfUkVTRVQAR0VUAEhQRV9TVFJJQ1QAQ09ORkxJQ1QAVEVNUE9SQVJZX1JFRElSRUNUAFBFUk1BTkVOVF9SRURJUkVDVABDT05ORUNUAE1VTFRJX1NUQVRVUwBIUEVfSU5WQUxJRF9TVEFUVVMAVE9PX01BTllfUkVRVUVTVFMARUFSTFlfSElOVFMAVU5BVkFJTEFCTEVfRk9SX0xFR0FMX1JFQVNPTlMAT1BUSU9OUwBTV0lUQ0hJTkdfUFJPVE9DT0xTAFZBUklBTlRfQUxTT19ORUdPVElBVEVTAE1VTFRJUExFX0NIT0lDRVMASU5URVJOQUxfU0VSVkVSX0VSUk9SAFdFQl9TRVJWRVJfVU5LTk9XTl9FUlJPUgBSQUlMR1VOX0VSUk9SAElERU5USVRZX1BST1ZJREVSX0FVVEhFTlRJQ0FUSU9OX0VSUk9SAFNTTF9DRVJUSUZJQ0FURV9FUlJPUgBJTlZBTElEX1hfRk9SV0FSREVEX0ZPUgBTRVRfUEFSQU1FVEVSAEdFVF9QQVJBTUVURVIASFBFX1VTRVIAU0VFX09USEVSAEhQRV9DQl9DSFVOS19IRUFERVIATUtDQUxFTkRBUgBTRVRVUABXRUJfU0VSVkVSX0lTX0RPV04AVEVBUkRPV04ASFBFX0NMT1NFRF9DT05ORUNUSU9OAEhFVVJJU1RJQ19FWFBJUkFUSU9OAERJU0NPTk5FQ1RFRF9PUEVSQVRJT04ATk9OX0FVVEhPUklUQVRJVkVfSU5GT1JNQVRJT04ASFBFX0lOVkFMSURfVkVSU0lPTgBIUEVfQ0JfTUVTU0FHRV9CRUdJTgBTSVRFX0lTX0ZST1pFTgBIUEVfSU5WQUxJRF9IRUFERVJfVE9LRU4ASU5WQUxJRF9UT0tFTgBGT1JCSURERU4ARU5IQU5DRV9ZT1VSX0NBTE0ASFBFX0lOVkFMSURfVVJMAEJMT0NLRURfQllfUEFSRU5UQUxfQ09OVFJPTABNS0NPTABBQ0wASFBFX0lOVEVSTkFMAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0VfVU5PRkZJQ0lBTABIUEVfT0sAVU5MSU5LAFVOTE9DSwBQUkkAUkVUUllfV0lUSABIUEVfSU5WQUxJRF9DT05URU5UX0xFTkdUSABIUEVfVU5FWFBFQ1RFRF9DT05URU5UX0xFTkdUSABGTFVTSABQUk9QUEFUQ0gATS1TRUFSQ0gAVVJJX1RPT19MT05HAFBST0NFU1NJTkcATUlTQ0VMTEFORU9VU19QRVJTSVNURU5UX1dBUk5JTkcATUlTQ0VMTEFORU9VU19XQVJOSU5HAEhQRV9JTlZBTElEX1RSQU5TRkVSX0VOQ09ESU5HAEV4cGVjdGVkIENSTEYASFBFX0lOVkFMSURfQ0hVTktfU0laRQBNT1ZFAENPTlRJTlVFAEhQRV9DQl9TVEFUVVNfQ09NUExFVEUASFBFX0NCX0hFQURFUlNfQ09NUExFVEUASFBFX0NCX1ZFUlNJT05fQ09NUExFVEUASFBFX0NCX1VSTF9DT01QTEVURQBIUEVfQ0JfQ0hVTktfQ09NUExFVEUASFBFX0NCX0hFQURFUl9WQUxVRV9DT01QTEVURQBIUEVfQ0JfQ0hVTktfRVhURU5TSU9OX1ZBTFVFX0NPTVBMRVRFAEhQRV9DQl9DSFVOS19FWFRFTlNJT05fTkFNRV9DT01QTEVURQBIUEVfQ0JfTUVTU0FHRV9DT01QTEVURQBIUEVfQ0JfTUVUSE9EX0NPTVBMRVRFAEhQRV9DQl9IRUFERVJfRklFTERfQ09NUExFVEUAREVMRVRFAEhQRV9JTlZBTElEX0VPRl9TVEFURQBJTlZBTElEX1NTTF9DRVJUSUZJQ0FURQBQQVVTRQBOT19SRVNQT05TRQBVTlNVUFBPUlRFRF9NRURJQV9UWVBFAEdPTkUATk9UX0FDQ0VQVEFCTEUAU0VSVklDRV9VTkFWQUlMQUJMRQBSQU5HRV9OT1RfU0FUSVNGSUFCTEUAT1JJR0lOX0lTX1VOUkVBQ0hBQkxFAFJFU1BPTlNFX0lTX1NUQUxFAFBVUkdFAE1FUkdFAFJFUVVFU1RfSEVBREVSX0ZJRUxEU19UT09fTEFSR0UAUkVRVUVTVF9IRUFERVJfVE9PX0xBUkdFAFBBWUxPQURfVE9PX0xBUkdFAElOU1VGRklDSUVOVF9TVE9SQUdFAEhQRV9QQVVTRURfVVBHUkFERQBIUEVfUEFVU0VEX0gyX1VQR1JBREUAU09VUkNFAEFOTk9VTkNFAFRSQUNFAEhQRV9VTkVYUEVDVEVEX1NQQUNFAERFU0NSSUJFAFVOU1VCU0NSSUJFAFJFQ09SRABIUEVfSU5WQUxJRF9NRVRIT0QATk9UX0ZPVU5EAFBST1BGSU5EAFVOQklORABSRUJJTkQAVU5BVVRIT1JJWkVEAE1FVEhPRF9OT1RfQUxMT1dFRABIVFRQX1ZFUlNJT05fTk9UX1NVUFBPUlRFRABBTFJFQURZX1JFUE9SVEVEAEFDQ0VQVEVEAE5PVF9JTVBMRU1FTlRFRABMT09QX0RFVEVDVEVEAEhQRV9DUl9FWFBFQ1RFRABIUEVfTEZfRVhQRUNURUQAQ1JFQVRFRABJTV9VU0VEAEhQRV9QQVVTRUQAVElNRU9VVF9PQ0NVUkVEAFBBWU1FTlRfUkVRVUlSRUQAUFJFQ09ORElUSU9OX1JFUVVJUkVEAFBST1hZX0FVVEhFTlRJQ0FUSU9OX1JFUVVJUkVEAE5FVFdPUktfQVVUSEVOVElDQVRJT05fUkVRVUlSRUQATEVOR1RIX1JFUVVJUkVEAFNTTF9DRVJUSUZJQ0FURV9SRVFVSVJFRABVUEdSQURFX1JFUVVJUkVEAFBBR0VfRVhQSVJFRABQUkVDT05ESVRJT05fRkFJTEVEAEVYUEVDVEFUSU9OX0ZBSUxFRABSRVZBTElEQVRJT05fRkFJTEVEAFNTTF9IQU5EU0hBS0VfRkFJTEVEAExPQ0tFRABUUkFOU0ZPUk1BVElPTl9BUFBMSUVEAE5PVF9NT0RJRklFRABOT1RfRVhURU5ERUQAQkFORFdJRFRIX0xJTUlUX0VYQ0VFREVEAFNJVEVfSVNfT1ZFUkxPQURFRABIRUFEAEV4cGVjdGVkIEhUVFAvAABeEwAAJhMAADAQAADwFwAAnRMAABUSAAA5FwAA8BIAAAoQAAB1EgAArRIAAIITAABPFAAAfxAAAKAVAAAjFAAAiRIAAIsUAABNFQAA1BEAAM8UAAAQGAAAyRYAANwWAADBEQAA4BcAALsUAAB0FAAAfBUAAOUUAAAIFwAAHxAAAGUVAACjFAAAKBUAAAIVAACZFQAALBAAAIsZAABPDwAA1A4AAGoQAADOEAAAAhcAAIkOAABuEwAAHBMAAGYUAABWFwAAwRMAAM0TAABsEwAAaBcAAGYXAABfFwAAIhMAAM4PAABpDgAA2A4AAGMWAADLEwAAqg4AACgXAAAmFwAAxRMAAF0WAADoEQAAZxMAAGUTAADyFgAAcxMAAB0XAAD5FgAA8xEAAM8OAADOFQAADBIAALMRAAClEQAAYRAAADIXAAC7EwBB+TULAQEAQZA2C+ABAQECAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQf03CwEBAEGROAteAgMCAgICAgAAAgIAAgIAAgICAgICAgICAgAEAAAAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAgICAAIAAgBB/TkLAQEAQZE6C14CAAICAgICAAACAgACAgACAgICAgICAgICAAMABAAAAAICAgICAgICAgICAgICAgICAgICAgICAgICAAAAAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAAgACAEHwOwsNbG9zZWVlcC1hbGl2ZQBBiTwLAQEAQaA8C+ABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYk+CwEBAEGgPgvnAQEBAQEBAQEBAQEBAQIBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBY2h1bmtlZABBsMAAC18BAQABAQEBAQAAAQEAAQEAAQEBAQEBAQEBAQAAAAAAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQBBkMIACyFlY3Rpb25lbnQtbGVuZ3Rob25yb3h5LWNvbm5lY3Rpb24AQcDCAAstcmFuc2Zlci1lbmNvZGluZ3BncmFkZQ0KDQoNClNNDQoNClRUUC9DRS9UU1AvAEH5wgALBQECAAEDAEGQwwAL4AEEAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+cQACwUBAgABAwBBkMUAC+ABBAEBBQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQfnGAAsEAQAAAQBBkccAC98BAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+sgACwQBAAACAEGQyQALXwMEAAAEBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAQABAAGBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEAAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQAAAAEAEH6ygALBAEAAAEAQZDLAAsBAQBBqssAC0ECAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAAAAAAAADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwBB+swACwQBAAABAEGQzQALAQEAQZrNAAsGAgAAAAACAEGxzQALOgMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAAAAAAAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMAQfDOAAuWAU5PVU5DRUVDS09VVE5FQ1RFVEVDUklCRUxVU0hFVEVBRFNFQVJDSFJHRUNUSVZJVFlMRU5EQVJWRU9USUZZUFRJT05TQ0hTRUFZU1RBVENIR0VPUkRJUkVDVE9SVFJDSFBBUkFNRVRFUlVSQ0VCU0NSSUJFQVJET1dOQUNFSU5ETktDS1VCU0NSSUJFSFRUUC9BRFRQLw==","base64")},172:(A,e)=>{Object.defineProperty(e,"__esModule",{value:!0}),e.enumToMap=void 0,e.enumToMap=function(A){const e={}
return Object.keys(A).forEach(t=>{const r=A[t]
"number"==typeof r&&(e[t]=r)}),e}},7501:(A,e,t)=>{const{kClients:r}=t(6443),n=t(7405),{kAgent:s,kMockAgentSet:o,kMockAgentGet:i,kDispatches:a,kIsMockActive:c,kNetConnect:g,kGetNetConnect:Q,kOptions:E,kFactory:B}=t(1117),I=t(7365),C=t(4004),{matchValue:h,buildMockOptions:l}=t(3397),{InvalidArgumentError:u,UndiciError:d}=t(8707),f=t(883),p=t(1529),w=t(6142)
A.exports=class extends f{constructor(A){if(super(A),this[g]=!0,this[c]=!0,A?.agent&&"function"!=typeof A.agent.dispatch)throw new u("Argument opts.agent must implement Agent")
const e=A?.agent?A.agent:new n(A)
this[s]=e,this[r]=e[r],this[E]=l(A)}get(A){let e=this[i](A)
return e||(e=this[B](A),this[o](A,e)),e}dispatch(A,e){return this.get(A.origin),this[s].dispatch(A,e)}async close(){await this[s].close(),this[r].clear()}deactivate(){this[c]=!1}activate(){this[c]=!0}enableNetConnect(A){if("string"==typeof A||"function"==typeof A||A instanceof RegExp)Array.isArray(this[g])?this[g].push(A):this[g]=[A]
else{if(void 0!==A)throw new u("Unsupported matcher. Must be one of String|Function|RegExp.")
this[g]=!0}}disableNetConnect(){this[g]=!1}get isMockActive(){return this[c]}[o](A,e){this[r].set(A,e)}[B](A){const e=Object.assign({agent:this},this[E])
return this[E]&&1===this[E].connections?new I(A,e):new C(A,e)}[i](A){const e=this[r].get(A)
if(e)return e
if("string"!=typeof A){const e=this[B]("http://localhost:9999")
return this[o](A,e),e}for(const[e,t]of Array.from(this[r]))if(t&&"string"!=typeof e&&h(e,A)){const e=this[B](A)
return this[o](A,e),e[a]=t[a],e}}[Q](){return this[g]}pendingInterceptors(){const A=this[r]
return Array.from(A.entries()).flatMap(([A,e])=>e[a].map(e=>({...e,origin:A}))).filter(({pending:A})=>A)}assertNoPendingInterceptors({pendingInterceptorsFormatter:A=new w}={}){const e=this.pendingInterceptors()
if(0===e.length)return
const t=new p("interceptor","interceptors").pluralize(e.length)
throw new d(`\n${t.count} ${t.noun} ${t.is} pending:\n\n${A.format(e)}\n`.trim())}}},7365:(A,e,t)=>{const{promisify:r}=t(7975),n=t(3701),{buildMockDispatch:s}=t(3397),{kDispatches:o,kMockAgent:i,kClose:a,kOriginalClose:c,kOrigin:g,kOriginalDispatch:Q,kConnected:E}=t(1117),{MockInterceptor:B}=t(1511),I=t(6443),{InvalidArgumentError:C}=t(8707)
class h extends n{constructor(A,e){if(super(A,e),!e||!e.agent||"function"!=typeof e.agent.dispatch)throw new C("Argument opts.agent must implement Agent")
this[i]=e.agent,this[g]=A,this[o]=[],this[E]=1,this[Q]=this.dispatch,this[c]=this.close.bind(this),this.dispatch=s.call(this),this.close=this[a]}get[I.kConnected](){return this[E]}intercept(A){return new B(A,this[o])}async[a](){await r(this[c])(),this[E]=0,this[i][I.kClients].delete(this[g])}}A.exports=h},2429:(A,e,t)=>{const{UndiciError:r}=t(8707),n=Symbol.for("undici.error.UND_MOCK_ERR_MOCK_NOT_MATCHED")
class s extends r{constructor(A){super(A),Error.captureStackTrace(this,s),this.name="MockNotMatchedError",this.message=A||"The request does not match any registered mock dispatches",this.code="UND_MOCK_ERR_MOCK_NOT_MATCHED"}static[Symbol.hasInstance](A){return A&&!0===A[n]}[n]=!0}A.exports={MockNotMatchedError:s}},1511:(A,e,t)=>{const{getResponseData:r,buildKey:n,addMockDispatch:s}=t(3397),{kDispatches:o,kDispatchKey:i,kDefaultHeaders:a,kDefaultTrailers:c,kContentLength:g,kMockDispatch:Q}=t(1117),{InvalidArgumentError:E}=t(8707),{buildURL:B}=t(3440)
class I{constructor(A){this[Q]=A}delay(A){if("number"!=typeof A||!Number.isInteger(A)||A<=0)throw new E("waitInMs must be a valid integer > 0")
return this[Q].delay=A,this}persist(){return this[Q].persist=!0,this}times(A){if("number"!=typeof A||!Number.isInteger(A)||A<=0)throw new E("repeatTimes must be a valid integer > 0")
return this[Q].times=A,this}}A.exports.MockInterceptor=class{constructor(A,e){if("object"!=typeof A)throw new E("opts must be an object")
if(void 0===A.path)throw new E("opts.path must be defined")
if(void 0===A.method&&(A.method="GET"),"string"==typeof A.path)if(A.query)A.path=B(A.path,A.query)
else{const e=new URL(A.path,"data://")
A.path=e.pathname+e.search}"string"==typeof A.method&&(A.method=A.method.toUpperCase()),this[i]=n(A),this[o]=e,this[a]={},this[c]={},this[g]=!1}createMockScopeDispatchData({statusCode:A,data:e,responseOptions:t}){const n=r(e),s=this[g]?{"content-length":n.length}:{}
return{statusCode:A,data:e,headers:{...this[a],...s,...t.headers},trailers:{...this[c],...t.trailers}}}validateReplyParameters(A){if(void 0===A.statusCode)throw new E("statusCode must be defined")
if("object"!=typeof A.responseOptions||null===A.responseOptions)throw new E("responseOptions must be an object")}reply(A){if("function"==typeof A){const e=e=>{const t=A(e)
if("object"!=typeof t||null===t)throw new E("reply options callback must return an object")
const r={data:"",responseOptions:{},...t}
return this.validateReplyParameters(r),{...this.createMockScopeDispatchData(r)}},t=s(this[o],this[i],e)
return new I(t)}const e={statusCode:A,data:void 0===arguments[1]?"":arguments[1],responseOptions:void 0===arguments[2]?{}:arguments[2]}
this.validateReplyParameters(e)
const t=this.createMockScopeDispatchData(e),r=s(this[o],this[i],t)
return new I(r)}replyWithError(A){if(void 0===A)throw new E("error must be defined")
const e=s(this[o],this[i],{error:A})
return new I(e)}defaultReplyHeaders(A){if(void 0===A)throw new E("headers must be defined")
return this[a]=A,this}defaultReplyTrailers(A){if(void 0===A)throw new E("trailers must be defined")
return this[c]=A,this}replyContentLength(){return this[g]=!0,this}},A.exports.MockScope=I},4004:(A,e,t)=>{const{promisify:r}=t(7975),n=t(628),{buildMockDispatch:s}=t(3397),{kDispatches:o,kMockAgent:i,kClose:a,kOriginalClose:c,kOrigin:g,kOriginalDispatch:Q,kConnected:E}=t(1117),{MockInterceptor:B}=t(1511),I=t(6443),{InvalidArgumentError:C}=t(8707)
class h extends n{constructor(A,e){if(super(A,e),!e||!e.agent||"function"!=typeof e.agent.dispatch)throw new C("Argument opts.agent must implement Agent")
this[i]=e.agent,this[g]=A,this[o]=[],this[E]=1,this[Q]=this.dispatch,this[c]=this.close.bind(this),this.dispatch=s.call(this),this.close=this[a]}get[I.kConnected](){return this[E]}intercept(A){return new B(A,this[o])}async[a](){await r(this[c])(),this[E]=0,this[i][I.kClients].delete(this[g])}}A.exports=h},1117:A=>{A.exports={kAgent:Symbol("agent"),kOptions:Symbol("options"),kFactory:Symbol("factory"),kDispatches:Symbol("dispatches"),kDispatchKey:Symbol("dispatch key"),kDefaultHeaders:Symbol("default headers"),kDefaultTrailers:Symbol("default trailers"),kContentLength:Symbol("content length"),kMockAgent:Symbol("mock agent"),kMockAgentSet:Symbol("mock agent set"),kMockAgentGet:Symbol("mock agent get"),kMockDispatch:Symbol("mock dispatch"),kClose:Symbol("close"),kOriginalClose:Symbol("original agent close"),kOrigin:Symbol("origin"),kIsMockActive:Symbol("is mock active"),kNetConnect:Symbol("net connect"),kGetNetConnect:Symbol("get net connect"),kConnected:Symbol("connected")}},3397:(A,e,t)=>{const{MockNotMatchedError:r}=t(2429),{kDispatches:n,kMockAgent:s,kOriginalDispatch:o,kOrigin:i,kGetNetConnect:a}=t(1117),{buildURL:c}=t(3440),{STATUS_CODES:g}=t(7067),{types:{isPromise:Q}}=t(7975)
function E(A,e){return"string"==typeof A?A===e:A instanceof RegExp?A.test(e):"function"==typeof A&&!0===A(e)}function B(A){return Object.fromEntries(Object.entries(A).map(([A,e])=>[A.toLocaleLowerCase(),e]))}function I(A,e){if(!Array.isArray(A))return"function"==typeof A.get?A.get(e):B(A)[e.toLocaleLowerCase()]
for(let t=0;t<A.length;t+=2)if(A[t].toLocaleLowerCase()===e.toLocaleLowerCase())return A[t+1]}function C(A){const e=A.slice(),t=[]
for(let A=0;A<e.length;A+=2)t.push([e[A],e[A+1]])
return Object.fromEntries(t)}function h(A,e){if("function"==typeof A.headers)return Array.isArray(e)&&(e=C(e)),A.headers(e?B(e):{})
if(void 0===A.headers)return!0
if("object"!=typeof e||"object"!=typeof A.headers)return!1
for(const[t,r]of Object.entries(A.headers)){if(!E(r,I(e,t)))return!1}return!0}function l(A){if("string"!=typeof A)return A
const e=A.split("?")
if(2!==e.length)return A
const t=new URLSearchParams(e.pop())
return t.sort(),[...e,t.toString()].join("?")}function u(A){return Buffer.isBuffer(A)||A instanceof Uint8Array||A instanceof ArrayBuffer?A:"object"==typeof A?JSON.stringify(A):A.toString()}function d(A,e){const t=e.query?c(e.path,e.query):e.path,n="string"==typeof t?l(t):t
let s=A.filter(({consumed:A})=>!A).filter(({path:A})=>E(l(A),n))
if(0===s.length)throw new r(`Mock dispatch not matched for path '${n}'`)
if(s=s.filter(({method:A})=>E(A,e.method)),0===s.length)throw new r(`Mock dispatch not matched for method '${e.method}' on path '${n}'`)
if(s=s.filter(({body:A})=>void 0===A||E(A,e.body)),0===s.length)throw new r(`Mock dispatch not matched for body '${e.body}' on path '${n}'`)
if(s=s.filter(A=>h(A,e.headers)),0===s.length){const A="object"==typeof e.headers?JSON.stringify(e.headers):e.headers
throw new r(`Mock dispatch not matched for headers '${A}' on path '${n}'`)}return s[0]}function f(A,e){const t=A.findIndex(A=>!!A.consumed&&function(A,{path:e,method:t,body:r,headers:n}){const s=E(A.path,e),o=E(A.method,t),i=void 0===A.body||E(A.body,r),a=h(A,n)
return s&&o&&i&&a}(A,e));-1!==t&&A.splice(t,1)}function p(A){const{path:e,method:t,body:r,headers:n,query:s}=A
return{path:e,method:t,body:r,headers:n,query:s}}function w(A){const e=Object.keys(A),t=[]
for(let r=0;r<e.length;++r){const n=e[r],s=A[n],o=Buffer.from(`${n}`)
if(Array.isArray(s))for(let A=0;A<s.length;++A)t.push(o,Buffer.from(`${s[A]}`))
else t.push(o,Buffer.from(`${s}`))}return t}function y(A){return g[A]||"unknown"}function D(A,e){const t=p(A),r=d(this[n],t)
r.timesInvoked++,r.data.callback&&(r.data={...r.data,...r.data.callback(A)})
const{data:{statusCode:s,data:o,headers:i,trailers:a,error:c},delay:g,persist:E}=r,{timesInvoked:B,times:I}=r
if(r.consumed=!E&&B>=I,r.pending=B<I,null!==c)return f(this[n],t),e.onError(c),!0
function h(r,n=o){const c=Array.isArray(A.headers)?C(A.headers):A.headers,g="function"==typeof n?n({...A,headers:c}):n
if(Q(g))return void g.then(A=>h(r,A))
const E=u(g),B=w(i),I=w(a)
e.onConnect?.(A=>e.onError(A),null),e.onHeaders?.(s,B,l,y(s)),e.onData?.(Buffer.from(E)),e.onComplete?.(I),f(r,t)}function l(){}return"number"==typeof g&&g>0?setTimeout(()=>{h(this[n])},g):h(this[n]),!0}function m(A,e){const t=new URL(e)
return!0===A||!(!Array.isArray(A)||!A.some(A=>E(A,t.host)))}A.exports={getResponseData:u,getMockDispatch:d,addMockDispatch:function(A,e,t){const r={timesInvoked:0,times:1,persist:!1,consumed:!1,...e,pending:!0,data:{error:null,..."function"==typeof t?{callback:t}:{...t}}}
return A.push(r),r},deleteMockDispatch:f,buildKey:p,generateKeyValues:w,matchValue:E,getResponse:async function(A){const e=[]
for await(const t of A)e.push(t)
return Buffer.concat(e).toString("utf8")},getStatusText:y,mockDispatch:D,buildMockDispatch:function(){const A=this[s],e=this[i],t=this[o]
return function(n,s){if(A.isMockActive)try{D.call(this,n,s)}catch(o){if(!(o instanceof r))throw o
{const i=A[a]()
if(!1===i)throw new r(`${o.message}: subsequent request to origin ${e} was not allowed (net.connect disabled)`)
if(!m(i,e))throw new r(`${o.message}: subsequent request to origin ${e} was not allowed (net.connect is not enabled for this origin)`)
t.call(this,n,s)}}else t.call(this,n,s)}},checkNetConnect:m,buildMockOptions:function(A){if(A){const{agent:e,...t}=A
return t}},getHeaderByName:I,buildHeadersFromArray:C}},6142:(A,e,t)=>{const{Transform:r}=t(7075),{Console:n}=t(7540),s=process.versions.icu?"\u2705":"Y ",o=process.versions.icu?"\u274c":"N "
A.exports=class{constructor({disableColors:A}={}){this.transform=new r({transform(A,e,t){t(null,A)}}),this.logger=new n({stdout:this.transform,inspectOptions:{colors:!A&&!process.env.CI}})}format(A){const e=A.map(({method:A,path:e,data:{statusCode:t},persist:r,times:n,timesInvoked:i,origin:a})=>({Method:A,Origin:a,Path:e,"Status code":t,Persistent:r?s:o,Invocations:i,Remaining:r?1/0:n-i}))
return this.logger.table(e),this.transform.read().toString()}}},1529:A=>{const e={pronoun:"it",is:"is",was:"was",this:"this"},t={pronoun:"they",is:"are",was:"were",this:"these"}
A.exports=class{constructor(A,e){this.singular=A,this.plural=e}pluralize(A){const r=1===A
return{...r?e:t,count:A,noun:r?this.singular:this.plural}}}},6603:A=>{let e=0
const t=1e3
let r
const n=Symbol("kFastTimer"),s=[]
function o(){e+=499
let A=0,t=s.length
for(;A<t;){const r=s[A]
0===r._state?(r._idleStart=e-499,r._state=1):1===r._state&&e>=r._idleStart+r._idleTimeout&&(r._state=-1,r._idleStart=-1,r._onTimeout(r._timerArg)),-1===r._state?(r._state=-2,0!==--t&&(s[A]=s[t])):++A}s.length=t,0!==s.length&&i()}function i(){r?r.refresh():(clearTimeout(r),r=setTimeout(o,499),r.unref&&r.unref())}class a{[n]=!0
_state=-2
_idleTimeout=-1
_idleStart=-1
_onTimeout
_timerArg
constructor(A,e,t){this._onTimeout=A,this._idleTimeout=e,this._timerArg=t,this.refresh()}refresh(){-2===this._state&&s.push(this),r&&1!==s.length||i(),this._state=0}clear(){this._state=-1,this._idleStart=-1}}A.exports={setTimeout:(A,e,r)=>e<=t?setTimeout(A,e,r):new a(A,e,r),clearTimeout(A){A[n]?A.clear():clearTimeout(A)},setFastTimeout:(A,e,t)=>new a(A,e,t),clearFastTimeout(A){A.clear()},now:()=>e,tick(A=0){e+=A-t+1,o(),o()},reset(){e=0,s.length=0,clearTimeout(r),r=null},kFastTimer:n}},9634:(A,e,t)=>{const{kConstruct:r}=t(109),{urlEquals:n,getFieldValues:s}=t(6798),{kEnumerableProperty:o,isDisturbed:i}=t(3440),{webidl:a}=t(5893),{Response:c,cloneResponse:g,fromInnerResponse:Q}=t(9051),{Request:E,fromInnerRequest:B}=t(9967),{kState:I}=t(3627),{fetching:C}=t(4398),{urlIsHttpHttpsScheme:h,createDeferredPromise:l,readAllBytes:u}=t(3168),d=t(4589)
class f{#N
constructor(){arguments[0]!==r&&a.illegalConstructor(),a.util.markAsUncloneable(this),this.#N=arguments[1]}async match(A,e={}){a.brandCheck(this,f)
const t="Cache.match"
a.argumentLengthCheck(arguments,1,t),A=a.converters.RequestInfo(A,t,"request"),e=a.converters.CacheQueryOptions(e,t,"options")
const r=this.#M(A,e,1)
if(0!==r.length)return r[0]}async matchAll(A=void 0,e={}){a.brandCheck(this,f)
const t="Cache.matchAll"
return void 0!==A&&(A=a.converters.RequestInfo(A,t,"request")),e=a.converters.CacheQueryOptions(e,t,"options"),this.#M(A,e)}async add(A){a.brandCheck(this,f)
const e="Cache.add"
a.argumentLengthCheck(arguments,1,e)
const t=[A=a.converters.RequestInfo(A,e,"request")],r=this.addAll(t)
return await r}async addAll(A){a.brandCheck(this,f)
const e="Cache.addAll"
a.argumentLengthCheck(arguments,1,e)
const t=[],r=[]
for(let t of A){if(void 0===t)throw a.errors.conversionFailed({prefix:e,argument:"Argument 1",types:["undefined is not allowed"]})
if(t=a.converters.RequestInfo(t),"string"==typeof t)continue
const A=t[I]
if(!h(A.url)||"GET"!==A.method)throw a.errors.exception({header:e,message:"Expected http/s scheme when method is not GET."})}const n=[]
for(const o of A){const A=new E(o)[I]
if(!h(A.url))throw a.errors.exception({header:e,message:"Expected http/s scheme."})
A.initiator="fetch",A.destination="subresource",r.push(A)
const i=l()
n.push(C({request:A,processResponse(A){if("error"===A.type||206===A.status||A.status<200||A.status>299)i.reject(a.errors.exception({header:"Cache.addAll",message:"Received an invalid status code or the request failed."}))
else if(A.headersList.contains("vary")){const e=s(A.headersList.get("vary"))
for(const A of e)if("*"===A){i.reject(a.errors.exception({header:"Cache.addAll",message:"invalid vary field value"}))
for(const A of n)A.abort()
return}}},processResponseEndOfBody(A){A.aborted?i.reject(new DOMException("aborted","AbortError")):i.resolve(A)}})),t.push(i.promise)}const o=Promise.all(t),i=await o,c=[]
let g=0
for(const A of i){const e={type:"put",request:r[g],response:A}
c.push(e),g++}const Q=l()
let B=null
try{this.#U(c)}catch(A){B=A}return queueMicrotask(()=>{null===B?Q.resolve(void 0):Q.reject(B)}),Q.promise}async put(A,e){a.brandCheck(this,f)
const t="Cache.put"
a.argumentLengthCheck(arguments,2,t),A=a.converters.RequestInfo(A,t,"request"),e=a.converters.Response(e,t,"response")
let r=null
if(r=A instanceof E?A[I]:new E(A)[I],!h(r.url)||"GET"!==r.method)throw a.errors.exception({header:t,message:"Expected an http/s scheme when method is not GET"})
const n=e[I]
if(206===n.status)throw a.errors.exception({header:t,message:"Got 206 status"})
if(n.headersList.contains("vary")){const A=s(n.headersList.get("vary"))
for(const e of A)if("*"===e)throw a.errors.exception({header:t,message:"Got * vary field value"})}if(n.body&&(i(n.body.stream)||n.body.stream.locked))throw a.errors.exception({header:t,message:"Response body is locked or disturbed"})
const o=g(n),c=l()
if(null!=n.body){const A=n.body.stream.getReader()
u(A).then(c.resolve,c.reject)}else c.resolve(void 0)
const Q=[],B={type:"put",request:r,response:o}
Q.push(B)
const C=await c.promise
null!=o.body&&(o.body.source=C)
const d=l()
let p=null
try{this.#U(Q)}catch(A){p=A}return queueMicrotask(()=>{null===p?d.resolve():d.reject(p)}),d.promise}async delete(A,e={}){a.brandCheck(this,f)
const t="Cache.delete"
a.argumentLengthCheck(arguments,1,t),A=a.converters.RequestInfo(A,t,"request"),e=a.converters.CacheQueryOptions(e,t,"options")
let r=null
if(A instanceof E){if(r=A[I],"GET"!==r.method&&!e.ignoreMethod)return!1}else d("string"==typeof A),r=new E(A)[I]
const n=[],s={type:"delete",request:r,options:e}
n.push(s)
const o=l()
let i,c=null
try{i=this.#U(n)}catch(A){c=A}return queueMicrotask(()=>{null===c?o.resolve(!!i?.length):o.reject(c)}),o.promise}async keys(A=void 0,e={}){a.brandCheck(this,f)
const t="Cache.keys"
void 0!==A&&(A=a.converters.RequestInfo(A,t,"request")),e=a.converters.CacheQueryOptions(e,t,"options")
let r=null
if(void 0!==A)if(A instanceof E){if(r=A[I],"GET"!==r.method&&!e.ignoreMethod)return[]}else"string"==typeof A&&(r=new E(A)[I])
const n=l(),s=[]
if(void 0===A)for(const A of this.#N)s.push(A[0])
else{const A=this.#L(r,e)
for(const e of A)s.push(e[0])}return queueMicrotask(()=>{const A=[]
for(const e of s){const t=B(e,(new AbortController).signal,"immutable")
A.push(t)}n.resolve(Object.freeze(A))}),n.promise}#U(A){const e=this.#N,t=[...e],r=[],n=[]
try{for(const t of A){if("delete"!==t.type&&"put"!==t.type)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:'operation type does not match "delete" or "put"'})
if("delete"===t.type&&null!=t.response)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"delete operation should not have an associated response"})
if(this.#L(t.request,t.options,r).length)throw new DOMException("???","InvalidStateError")
let A
if("delete"===t.type){if(A=this.#L(t.request,t.options),0===A.length)return[]
for(const t of A){const A=e.indexOf(t)
d(-1!==A),e.splice(A,1)}}else if("put"===t.type){if(null==t.response)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"put operation should have an associated response"})
const n=t.request
if(!h(n.url))throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"expected http or https scheme"})
if("GET"!==n.method)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"not get method"})
if(null!=t.options)throw a.errors.exception({header:"Cache.#batchCacheOperations",message:"options must not be defined"})
A=this.#L(t.request)
for(const t of A){const A=e.indexOf(t)
d(-1!==A),e.splice(A,1)}e.push([t.request,t.response]),r.push([t.request,t.response])}n.push([t.request,t.response])}return n}catch(A){throw this.#N.length=0,this.#N=t,A}}#L(A,e,t){const r=[],n=t??this.#N
for(const t of n){const[n,s]=t
this.#T(A,n,s,e)&&r.push(t)}return r}#T(A,e,t=null,r){const o=new URL(A.url),i=new URL(e.url)
if(r?.ignoreSearch&&(i.search="",o.search=""),!n(o,i,!0))return!1
if(null==t||r?.ignoreVary||!t.headersList.contains("vary"))return!0
const a=s(t.headersList.get("vary"))
for(const t of a){if("*"===t)return!1
if(e.headersList.get(t)!==A.headersList.get(t))return!1}return!0}#M(A,e,t=1/0){let r=null
if(void 0!==A)if(A instanceof E){if(r=A[I],"GET"!==r.method&&!e.ignoreMethod)return[]}else"string"==typeof A&&(r=new E(A)[I])
const n=[]
if(void 0===A)for(const A of this.#N)n.push(A[1])
else{const A=this.#L(r,e)
for(const e of A)n.push(e[1])}const s=[]
for(const A of n){const e=Q(A,"immutable")
if(s.push(e.clone()),s.length>=t)break}return Object.freeze(s)}}Object.defineProperties(f.prototype,{[Symbol.toStringTag]:{value:"Cache",configurable:!0},match:o,matchAll:o,add:o,addAll:o,put:o,delete:o,keys:o})
const p=[{key:"ignoreSearch",converter:a.converters.boolean,defaultValue:()=>!1},{key:"ignoreMethod",converter:a.converters.boolean,defaultValue:()=>!1},{key:"ignoreVary",converter:a.converters.boolean,defaultValue:()=>!1}]
a.converters.CacheQueryOptions=a.dictionaryConverter(p),a.converters.MultiCacheQueryOptions=a.dictionaryConverter([...p,{key:"cacheName",converter:a.converters.DOMString}]),a.converters.Response=a.interfaceConverter(c),a.converters["sequence<RequestInfo>"]=a.sequenceConverter(a.converters.RequestInfo),A.exports={Cache:f}},3245:(A,e,t)=>{const{kConstruct:r}=t(109),{Cache:n}=t(9634),{webidl:s}=t(5893),{kEnumerableProperty:o}=t(3440)
class i{#v=new Map
constructor(){arguments[0]!==r&&s.illegalConstructor(),s.util.markAsUncloneable(this)}async match(A,e={}){if(s.brandCheck(this,i),s.argumentLengthCheck(arguments,1,"CacheStorage.match"),A=s.converters.RequestInfo(A),null!=(e=s.converters.MultiCacheQueryOptions(e)).cacheName){if(this.#v.has(e.cacheName)){const t=this.#v.get(e.cacheName),s=new n(r,t)
return await s.match(A,e)}}else for(const t of this.#v.values()){const s=new n(r,t),o=await s.match(A,e)
if(void 0!==o)return o}}async has(A){s.brandCheck(this,i)
const e="CacheStorage.has"
return s.argumentLengthCheck(arguments,1,e),A=s.converters.DOMString(A,e,"cacheName"),this.#v.has(A)}async open(A){s.brandCheck(this,i)
const e="CacheStorage.open"
if(s.argumentLengthCheck(arguments,1,e),A=s.converters.DOMString(A,e,"cacheName"),this.#v.has(A)){const e=this.#v.get(A)
return new n(r,e)}const t=[]
return this.#v.set(A,t),new n(r,t)}async delete(A){s.brandCheck(this,i)
const e="CacheStorage.delete"
return s.argumentLengthCheck(arguments,1,e),A=s.converters.DOMString(A,e,"cacheName"),this.#v.delete(A)}async keys(){s.brandCheck(this,i)
return[...this.#v.keys()]}}Object.defineProperties(i.prototype,{[Symbol.toStringTag]:{value:"CacheStorage",configurable:!0},match:o,has:o,open:o,delete:o,keys:o}),A.exports={CacheStorage:i}},109:(A,e,t)=>{A.exports={kConstruct:t(6443).kConstruct}},6798:(A,e,t)=>{const r=t(4589),{URLSerializer:n}=t(1900),{isValidHeaderName:s}=t(3168)
A.exports={urlEquals:function(A,e,t=!1){return n(A,t)===n(e,t)},getFieldValues:function(A){r(null!==A)
const e=[]
for(let t of A.split(","))t=t.trim(),s(t)&&e.push(t)
return e}}},1276:A=>{A.exports={maxAttributeValueSize:1024,maxNameValuePairSize:4096}},9061:(A,e,t)=>{const{parseSetCookie:r}=t(1978),{stringify:n}=t(7797),{webidl:s}=t(5893),{Headers:o}=t(660)
function i(A,e){s.argumentLengthCheck(arguments,2,"setCookie"),s.brandCheck(A,o,{strict:!1}),e=s.converters.Cookie(e)
const t=n(e)
t&&A.append("Set-Cookie",t)}s.converters.DeleteCookieAttributes=s.dictionaryConverter([{converter:s.nullableConverter(s.converters.DOMString),key:"path",defaultValue:()=>null},{converter:s.nullableConverter(s.converters.DOMString),key:"domain",defaultValue:()=>null}]),s.converters.Cookie=s.dictionaryConverter([{converter:s.converters.DOMString,key:"name"},{converter:s.converters.DOMString,key:"value"},{converter:s.nullableConverter(A=>"number"==typeof A?s.converters["unsigned long long"](A):new Date(A)),key:"expires",defaultValue:()=>null},{converter:s.nullableConverter(s.converters["long long"]),key:"maxAge",defaultValue:()=>null},{converter:s.nullableConverter(s.converters.DOMString),key:"domain",defaultValue:()=>null},{converter:s.nullableConverter(s.converters.DOMString),key:"path",defaultValue:()=>null},{converter:s.nullableConverter(s.converters.boolean),key:"secure",defaultValue:()=>null},{converter:s.nullableConverter(s.converters.boolean),key:"httpOnly",defaultValue:()=>null},{converter:s.converters.USVString,key:"sameSite",allowedValues:["Strict","Lax","None"]},{converter:s.sequenceConverter(s.converters.DOMString),key:"unparsed",defaultValue:()=>new Array(0)}]),A.exports={getCookies:function(A){s.argumentLengthCheck(arguments,1,"getCookies"),s.brandCheck(A,o,{strict:!1})
const e=A.get("cookie"),t={}
if(!e)return t
for(const A of e.split(";")){const[e,...r]=A.split("=")
t[e.trim()]=r.join("=")}return t},deleteCookie:function(A,e,t){s.brandCheck(A,o,{strict:!1})
const r="deleteCookie"
s.argumentLengthCheck(arguments,2,r),e=s.converters.DOMString(e,r,"name"),t=s.converters.DeleteCookieAttributes(t),i(A,{name:e,value:"",expires:new Date(0),...t})},getSetCookies:function(A){s.argumentLengthCheck(arguments,1,"getSetCookies"),s.brandCheck(A,o,{strict:!1})
const e=A.getSetCookie()
return e?e.map(A=>r(A)):[]},setCookie:i}},1978:(A,e,t)=>{const{maxNameValuePairSize:r,maxAttributeValueSize:n}=t(1276),{isCTLExcludingHtab:s}=t(7797),{collectASequenceOfCodePointsFast:o}=t(1900),i=t(4589)
function a(A,e={}){if(0===A.length)return e
i(";"===A[0])
let t="";(A=A.slice(1)).includes(";")?(t=o(";",A,{position:0}),A=A.slice(t.length)):(t=A,A="")
let r="",s=""
if(t.includes("=")){const A={position:0}
r=o("=",t,A),s=t.slice(A.position+1)}else r=t
if(r=r.trim(),s=s.trim(),s.length>n)return a(A,e)
const c=r.toLowerCase()
if("expires"===c){const A=new Date(s)
e.expires=A}else if("max-age"===c){const t=s.charCodeAt(0)
if((t<48||t>57)&&"-"!==s[0])return a(A,e)
if(!/^\d+$/.test(s))return a(A,e)
const r=Number(s)
e.maxAge=r}else if("domain"===c){let A=s
"."===A[0]&&(A=A.slice(1)),A=A.toLowerCase(),e.domain=A}else if("path"===c){let A=""
A=0===s.length||"/"!==s[0]?"/":s,e.path=A}else if("secure"===c)e.secure=!0
else if("httponly"===c)e.httpOnly=!0
else if("samesite"===c){const A=s.toLowerCase()
"none"===A?e.sameSite="None":"strict"===A?e.sameSite="Strict":"lax"===A&&(e.sameSite="Lax")}else e.unparsed??=[],e.unparsed.push(`${r}=${s}`)
return a(A,e)}A.exports={parseSetCookie:function(A){if(s(A))return null
let e="",t="",n="",i=""
if(A.includes(";")){const r={position:0}
e=o(";",A,r),t=A.slice(r.position)}else e=A
if(e.includes("=")){const A={position:0}
n=o("=",e,A),i=e.slice(A.position+1)}else i=e
return n=n.trim(),i=i.trim(),n.length+i.length>r?null:{name:n,value:i,...a(t)}},parseUnparsedAttributes:a}},7797:A=>{function e(A){for(let e=0;e<A.length;++e){const t=A.charCodeAt(e)
if(t<33||t>126||34===t||40===t||41===t||60===t||62===t||64===t||44===t||59===t||58===t||92===t||47===t||91===t||93===t||63===t||61===t||123===t||125===t)throw new Error("Invalid cookie name")}}function t(A){let e=A.length,t=0
if('"'===A[0]){if(1===e||'"'!==A[e-1])throw new Error("Invalid cookie value");--e,++t}for(;t<e;){const e=A.charCodeAt(t++)
if(e<33||e>126||34===e||44===e||59===e||92===e)throw new Error("Invalid cookie value")}}function r(A){for(let e=0;e<A.length;++e){const t=A.charCodeAt(e)
if(t<32||t>126||59===t)throw new Error("Invalid cookie path")}}function n(A){return A>=48&&A<=57||A>=65&&A<=90||A>=97&&A<=122}const s=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],o=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],i=Array(61).fill(0).map((A,e)=>e.toString().padStart(2,"0"))
function a(A){return"number"==typeof A&&(A=new Date(A)),`${s[A.getUTCDay()]}, ${i[A.getUTCDate()]} ${o[A.getUTCMonth()]} ${A.getUTCFullYear()} ${i[A.getUTCHours()]}:${i[A.getUTCMinutes()]}:${i[A.getUTCSeconds()]} GMT`}A.exports={isCTLExcludingHtab:function(A){for(let e=0;e<A.length;++e){const t=A.charCodeAt(e)
if(t>=0&&t<=8||t>=10&&t<=31||127===t)return!0}return!1},validateCookieName:e,validateCookiePath:r,validateCookieValue:t,toIMFDate:a,stringify:function(A){if(0===A.name.length)return null
e(A.name),t(A.value)
const s=[`${A.name}=${A.value}`]
A.name.startsWith("__Secure-")&&(A.secure=!0),A.name.startsWith("__Host-")&&(A.secure=!0,A.domain=null,A.path="/"),A.secure&&s.push("Secure"),A.httpOnly&&s.push("HttpOnly"),"number"==typeof A.maxAge&&(!function(A){if(A<0)throw new Error("Invalid cookie max-age")}(A.maxAge),s.push(`Max-Age=${A.maxAge}`)),A.domain&&(!function(A){if(" "===A)return
if(A.length>255)throw new Error("Invalid cookie domain")
let e=0
for(let t=0;t<A.length;++t){const r=A.charCodeAt(t)
if(46!==r){if(0===e&&!n(r))throw new Error("Invalid cookie domain")
if(!n(r)&&45!==r)throw new Error("Invalid cookie domain")
if(++e>63)throw new Error("Invalid cookie domain")}else{if(0===e)throw new Error("Invalid cookie domain")
if(45===A.charCodeAt(t-1))throw new Error("Invalid cookie domain")
e=0}}if(0===e||45===A.charCodeAt(A.length-1))throw new Error("Invalid cookie domain")}(A.domain),s.push(`Domain=${A.domain}`)),A.path&&(r(A.path),s.push(`Path=${A.path}`)),A.expires&&"Invalid Date"!==A.expires.toString()&&s.push(`Expires=${a(A.expires)}`),A.sameSite&&s.push(`SameSite=${A.sameSite}`)
for(const r of A.unparsed){if(!r.includes("="))throw new Error("Invalid unparsed")
const[A,...n]=r.split("="),o=A.trim(),i=n.join("=")
e(o),t(i),s.push(`${o}=${i}`)}return s.join("; ")}}},4031:(A,e,t)=>{const r=t(4573),{Transform:n}=t(7075),{isASCIINumber:s,isValidLastEventId:o}=t(4811),i=[239,187,191],a=r.kStringMaxLength,c=Buffer.from("data"),g=Buffer.from("event"),Q=Buffer.from("id"),E=Buffer.from("retry")
function B(A,e,t){if(e!==t.length)return!1
for(let r=0;r<e;r++)if(A[r]!==t[r])return!1
return!0}function I(){const A=new Error("EventSource message size exceeded")
return A.aborted=!1,A}A.exports={EventSourceStream:class extends n{state=null
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
constructor(A={}){A.readableObjectMode=!0,super(A),this.state=A.eventSourceSettings||{},this.maxEventSize=A.maxEventSize??a
const e=this.maxEventSize>0?Math.min(131072,Math.max(1024,Math.floor(this.maxEventSize/128))):0
this.maxDataLines=e,this.maxBufferedChunks=e,A.push&&(this.push=A.push)}_transform(A,e,t){if(0!==A.length)if(this.maxEventSize>0&&this.chunks.length>=this.maxBufferedChunks&&10!==A[0]&&13!==A[0])t(I())
else if(this.chunks.push(A),this.checkBOM&&this.handleBOM())t()
else{for(;this.hasCurrentByte();){const A=this.currentByte()
if(this.eventEndCheck){if(this.crlfCheck){if(10===A){this.crlfCheck=!1,this.consumeCurrentByte()
continue}this.crlfCheck=!1}if(10===A||13===A){13===A&&(this.crlfCheck=!0),this.consumeCurrentByte(),this.hasPendingEvent()&&this.processEvent(this.event),this.clearEvent()
continue}this.eventEndCheck=!1}else if(10!==A&&13!==A){if(this.maxEventSize>0&&++this.lineLength>this.maxEventSize+7)return void t(I())
this.advanceCursor()}else{13===A&&(this.crlfCheck=!0)
try{this.parseLine(this.readLine(),this.event)}catch(A){return void t(A)}this.consumeCurrentByte(),this.eventEndCheck=!0}}t()}else t()}_destroy(A,e){this.chunks.length=0,this.clearEvent(),super._destroy(A,e)}parseLine(A,e){if(0===A.length)return
const t=A.indexOf(58)
if(0===t)return
let r=A.length,n=A.length
if(-1!==t&&(r=t,n=t+1,32===A[n]&&++n),B(A,r,c)){if(this.maxEventSize>0&&this.dataLineCount>=this.maxDataLines)throw I()
const t=A.length-n,r=this.eventFieldSizes.data+(void 0===e.data?0:1)+t
this.setEventFieldSize("data",r)
const s=A.toString("utf8",n)
return void 0===e.data?e.data=s:e.data+=`\n${s}`,void this.dataLineCount++}B(A,r,E)?function(A,e){if(e>=A.length)return!1
for(let t=e;t<A.length;t++)if(A[t]<48||A[t]>57)return!1
return!0}(A,n)&&(this.setEventFieldSize("retry",A.length-n),e.retry=A.toString("utf8",n)):B(A,r,Q)?function(A,e){for(let t=e;t<A.length;t++)if(0===A[t])return!1
return!0}(A,n)&&(this.setEventFieldSize("id",A.length-n),e.id=A.toString("utf8",n)):B(A,r,g)&&n<A.length&&(this.setEventFieldSize("event",A.length-n),e.event=A.toString("utf8",n))}setEventFieldSize(A,e){const t=this.eventSize-this.eventFieldSizes[A]+e
if(this.maxEventSize>0&&t>this.maxEventSize)throw I()
this.eventSize=t,this.eventFieldSizes[A]=e}processEvent(A){A.retry&&s(A.retry)&&(this.state.reconnectionTime=parseInt(A.retry,10)),A.id&&o(A.id)&&(this.state.lastEventId=A.id),void 0!==A.data&&this.push({type:A.event||"message",options:{data:A.data,lastEventId:this.state.lastEventId,origin:this.state.origin}})}clearEvent(){this.event.data=void 0,this.event.event=void 0,this.event.id=void 0,this.event.retry=void 0,this.eventSize=0,this.dataLineCount=0,this.eventFieldSizes.data=0,this.eventFieldSizes.event=0,this.eventFieldSizes.id=0,this.eventFieldSizes.retry=0}hasPendingEvent(){return void 0!==this.event.data||void 0!==this.event.event||void 0!==this.event.id||void 0!==this.event.retry}hasCurrentByte(){return this.chunkIndex<this.chunks.length&&this.pos<this.chunks[this.chunkIndex].length}currentByte(){return this.chunks[this.chunkIndex][this.pos]}consumeCurrentByte(){this.advanceCursor(),this.syncLineStartToCursor()}advanceCursor(){for(this.pos++;this.chunkIndex<this.chunks.length&&this.pos>=this.chunks[this.chunkIndex].length;)this.chunkIndex++,this.pos=0}syncLineStartToCursor(){this.lineChunkIndex=this.chunkIndex,this.linePos=this.pos,this.lineLength=0,this.dropConsumedChunks()}dropConsumedChunks(){if(this.lineChunkIndex>0){const A=this.lineChunkIndex
this.chunks.splice(0,A),this.lineChunkIndex=0,this.chunkIndex-=A}this.chunkIndex===this.chunks.length&&(this.chunks.length=0,this.chunkIndex=0,this.pos=0,this.lineChunkIndex=0,this.linePos=0)}readLine(){if(this.lineChunkIndex===this.chunkIndex)return this.chunks[this.chunkIndex].subarray(this.linePos,this.pos)
const A=[]
let e=0
for(let t=this.lineChunkIndex;t<=this.chunkIndex;t++){const r=this.chunks[t],n=t===this.lineChunkIndex?this.linePos:0,s=t===this.chunkIndex?this.pos:r.length,o=r.subarray(n,s)
e+=o.length,A.push(o)}return Buffer.concat(A,e)}peekBufferedByte(A){let e=this.lineChunkIndex,t=this.linePos
for(;e<this.chunks.length;){const r=this.chunks[e],n=r.length-t
if(A<n)return r[t+A]
A-=n,e++,t=0}}discardLeadingBytes(A){for(;A>0&&this.lineChunkIndex<this.chunks.length;){const e=this.chunks[this.lineChunkIndex].length-this.linePos
A<e?(this.linePos+=A,A=0):(A-=e,this.lineChunkIndex++,this.linePos=0)}this.chunkIndex=this.lineChunkIndex,this.pos=this.linePos,this.dropConsumedChunks()}handleBOM(){const A=this.peekBufferedByte(0),e=this.peekBufferedByte(1),t=this.peekBufferedByte(2)
return void 0===e?(A===i[0]||(this.checkBOM=!1),!0):void 0===t?A===i[0]&&e===i[1]||(this.checkBOM=!1,!1):(A===i[0]&&e===i[1]&&t===i[2]&&this.discardLeadingBytes(3),this.checkBOM=!1,!this.hasCurrentByte())}}}},1238:(A,e,t)=>{const{pipeline:r}=t(7075),{fetching:n}=t(4398),{makeRequest:s}=t(9967),{webidl:o}=t(5893),{EventSourceStream:i}=t(4031),{parseMIMEType:a}=t(1900),{createFastMessageEvent:c}=t(5188),{isNetworkError:g}=t(9051),{delay:Q}=t(4811),{kEnumerableProperty:E}=t(3440),{environmentSettingsObject:B}=t(3168),{getGlobalDispatcher:I}=t(2581)
let C=!1
class h extends EventTarget{#Y={open:null,error:null,message:null}
#G=null
#J=!1
#H=0
#x=null
#V=null
#t
#w
constructor(A,e={}){super(),o.util.markAsUncloneable(this)
const t="EventSource constructor"
o.argumentLengthCheck(arguments,1,t),C||(C=!0,process.emitWarning("EventSource is experimental, expect them to change at any time.",{code:"UNDICI-ES"})),A=o.converters.USVString(A,t,"url"),e=o.converters.EventSourceInitDict(e,t,"eventSourceInitDict"),this.#t=e.dispatcher,this.#w={lastEventId:"",reconnectionTime:3e3}
const r=B
let n
try{n=new URL(A,r.settingsObject.baseUrl),this.#w.origin=n.origin}catch(A){throw new DOMException(A,"SyntaxError")}this.#G=n.href
let i="anonymous"
e.withCredentials&&(i="use-credentials",this.#J=!0)
const a={redirect:"follow",keepalive:!0,mode:"cors",credentials:"anonymous"===i?"same-origin":"omit",referrer:"no-referrer"}
a.client=B.settingsObject,a.headersList=[["accept",{name:"accept",value:"text/event-stream"}]],a.cache="no-store",a.initiator="other",a.urlList=[new URL(this.#G)],this.#x=s(a),this.#W()}get readyState(){return this.#H}get url(){return this.#G}get withCredentials(){return this.#J}#W(){if(2===this.#H)return
this.#H=0
const A={request:this.#x,dispatcher:this.#t}
A.processResponseEndOfBody=A=>{g(A)&&(this.dispatchEvent(new Event("error")),this.close()),this.#O()},A.processResponse=A=>{if(g(A))return A.aborted?(this.close(),void this.dispatchEvent(new Event("error"))):void this.#O()
const e=A.headersList.get("content-type",!0),t=null!==e?a(e):"failure",n="failure"!==t&&"text/event-stream"===t.essence
if(200!==A.status||!1===n)return this.close(),void this.dispatchEvent(new Event("error"))
this.#H=1,this.dispatchEvent(new Event("open")),this.#w.origin=A.urlList[A.urlList.length-1].origin
const s=new i({eventSourceSettings:this.#w,maxEventSize:this.#t.eventSourceOptions?.maxEventSize,push:A=>{this.dispatchEvent(c(A.type,A.options))}})
r(A.body.stream,s,A=>{!1===A?.aborted&&(this.close(),this.dispatchEvent(new Event("error")))})},this.#V=n(A)}async#O(){2!==this.#H&&(this.#H=0,this.dispatchEvent(new Event("error")),await Q(this.#w.reconnectionTime),0===this.#H&&(this.#w.lastEventId.length&&this.#x.headersList.set("last-event-id",this.#w.lastEventId,!0),this.#W()))}close(){o.brandCheck(this,h),2!==this.#H&&(this.#H=2,this.#V.abort(),this.#x=null)}get onopen(){return this.#Y.open}set onopen(A){this.#Y.open&&this.removeEventListener("open",this.#Y.open),"function"==typeof A?(this.#Y.open=A,this.addEventListener("open",A)):this.#Y.open=null}get onmessage(){return this.#Y.message}set onmessage(A){this.#Y.message&&this.removeEventListener("message",this.#Y.message),"function"==typeof A?(this.#Y.message=A,this.addEventListener("message",A)):this.#Y.message=null}get onerror(){return this.#Y.error}set onerror(A){this.#Y.error&&this.removeEventListener("error",this.#Y.error),"function"==typeof A?(this.#Y.error=A,this.addEventListener("error",A)):this.#Y.error=null}}const l={CONNECTING:{__proto__:null,configurable:!1,enumerable:!0,value:0,writable:!1},OPEN:{__proto__:null,configurable:!1,enumerable:!0,value:1,writable:!1},CLOSED:{__proto__:null,configurable:!1,enumerable:!0,value:2,writable:!1}}
Object.defineProperties(h,l),Object.defineProperties(h.prototype,l),Object.defineProperties(h.prototype,{close:E,onerror:E,onmessage:E,onopen:E,readyState:E,url:E,withCredentials:E}),o.converters.EventSourceInitDict=o.dictionaryConverter([{key:"withCredentials",converter:o.converters.boolean,defaultValue:()=>!1},{key:"dispatcher",converter:o.converters.any,defaultValue:()=>I()}]),A.exports={EventSource:h,defaultReconnectionTime:3e3}},4811:A=>{A.exports={isValidLastEventId:function(A){return-1===A.indexOf("\0")},isASCIINumber:function(A){if(0===A.length)return!1
for(let e=0;e<A.length;e++)if(A.charCodeAt(e)<48||A.charCodeAt(e)>57)return!1
return!0},delay:function(A){return new Promise(e=>{setTimeout(e,A).unref()})}}},4492:(A,e,t)=>{const r=t(3440),{ReadableStreamFrom:n,isBlobLike:s,isReadableStreamLike:o,readableStreamClose:i,createDeferredPromise:a,fullyReadBody:c,extractMimeType:g,utf8DecodeBytes:Q}=t(3168),{FormData:E}=t(5910),{kState:B}=t(3627),{webidl:I}=t(5893),{Blob:C}=t(4573),h=t(4589),{isErrored:l,isDisturbed:u}=t(7075),{isArrayBuffer:d}=t(3429),{serializeAMimeType:f}=t(1900),{multipartFormDataParser:p}=t(116)
let w
try{const A=t(7598)
w=e=>A.randomInt(0,e)}catch{w=A=>Math.floor(Math.random(A))}const y=new TextEncoder
function D(){}const m=globalThis.FinalizationRegistry&&0!==process.version.indexOf("v18")
let k
function R(A,e=!1){let t=null
t=A instanceof ReadableStream?A:s(A)?A.stream():new ReadableStream({async pull(A){const e="string"==typeof c?y.encode(c):c
e.byteLength&&A.enqueue(e),queueMicrotask(()=>i(A))},start(){},type:"bytes"}),h(o(t))
let a=null,c=null,g=null,Q=null
if("string"==typeof A)c=A,Q="text/plain;charset=UTF-8"
else if(A instanceof URLSearchParams)c=A.toString(),Q="application/x-www-form-urlencoded;charset=UTF-8"
else if(d(A))c=new Uint8Array(A.slice())
else if(ArrayBuffer.isView(A))c=new Uint8Array(A.buffer.slice(A.byteOffset,A.byteOffset+A.byteLength))
else if(r.isFormDataLike(A)){const e=`----formdata-undici-0${`${w(1e11)}`.padStart(11,"0")}`,t=`--${e}\r\nContent-Disposition: form-data`,r=A=>A.replace(/\n/g,"%0A").replace(/\r/g,"%0D").replace(/"/g,"%22"),n=A=>A.replace(/\r?\n|\r/g,"\r\n"),s=[],o=new Uint8Array([13,10])
g=0
let i=!1
for(const[e,a]of A)if("string"==typeof a){const A=y.encode(t+`; name="${r(n(e))}"`+`\r\n\r\n${n(a)}\r\n`)
s.push(A),g+=A.byteLength}else{const A=y.encode(`${t}; name="${r(n(e))}"`+(a.name?`; filename="${r(a.name)}"`:"")+"\r\n"+`Content-Type: ${a.type||"application/octet-stream"}\r\n\r\n`)
s.push(A,a,o),"number"==typeof a.size?g+=A.byteLength+a.size+o.byteLength:i=!0}const E=y.encode(`--${e}--\r\n`)
s.push(E),g+=E.byteLength,i&&(g=null),c=A,a=async function*(){for(const A of s)A.stream?yield*A.stream():yield A},Q=`multipart/form-data; boundary=${e}`}else if(s(A))c=A,g=A.size,A.type&&(Q=A.type)
else if("function"==typeof A[Symbol.asyncIterator]){if(e)throw new TypeError("keepalive")
if(r.isDisturbed(A)||A.locked)throw new TypeError("Response body object should not be disturbed or locked")
t=A instanceof ReadableStream?A:n(A)}if(("string"==typeof c||r.isBuffer(c))&&(g=Buffer.byteLength(c)),null!=a){let e
t=new ReadableStream({async start(){e=a(A)[Symbol.asyncIterator]()},async pull(A){const{value:r,done:n}=await e.next()
if(n)queueMicrotask(()=>{A.close(),A.byobRequest?.respond(0)})
else if(!l(t)){const e=new Uint8Array(r)
e.byteLength&&A.enqueue(e)}return A.desiredSize>0},async cancel(A){await e.return()},type:"bytes"})}return[{stream:t,source:c,length:g},Q]}async function F(A,e,t){if(I.brandCheck(A,t),b(A))throw new TypeError("Body is unusable: Body has already been read")
!function(A){if(A.aborted)throw new DOMException("The operation was aborted.","AbortError")}(A[B])
const r=a(),n=A=>r.reject(A),s=A=>{try{r.resolve(e(A))}catch(A){n(A)}}
return null==A[B].body?(s(Buffer.allocUnsafe(0)),r.promise):(await c(A[B].body,s,n),r.promise)}function b(A){const e=A[B].body
return null!=e&&(e.stream.locked||r.isDisturbed(e.stream))}function S(A){return JSON.parse(Q(A))}function N(A){const e=A[B].headersList,t=g(e)
return"failure"===t?null:t}m&&(k=new FinalizationRegistry(A=>{const e=A.deref()
!e||e.locked||u(e)||l(e)||e.cancel("Response object has been garbage collected").catch(D)})),A.exports={extractBody:R,safelyExtractBody:function(A,e=!1){return A instanceof ReadableStream&&(h(!r.isDisturbed(A),"The body has already been consumed."),h(!A.locked,"The stream is locked.")),R(A,e)},cloneBody:function(A,e){const[t,r]=e.stream.tee()
return e.stream=t,{stream:r,length:e.length,source:e.source}},mixinBody:function(A){var e
Object.assign(A.prototype,(e=A,{blob(){return F(this,A=>{let e=N(this)
return null===e?e="":e&&(e=f(e)),new C([A],{type:e})},e)},arrayBuffer(){return F(this,A=>new Uint8Array(A).buffer,e)},text(){return F(this,Q,e)},json(){return F(this,S,e)},formData(){return F(this,A=>{const e=N(this)
if(null!==e)switch(e.essence){case"multipart/form-data":{const t=p(A,e)
if("failure"===t)throw new TypeError("Failed to parse body as FormData.")
const r=new E
return r[B]=t,r}case"application/x-www-form-urlencoded":{const e=new URLSearchParams(A.toString()),t=new E
for(const[A,r]of e)t.append(A,r)
return t}}throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".')},e)},bytes(){return F(this,A=>new Uint8Array(A),e)}}))},streamRegistry:k,hasFinalizationRegistry:m,bodyUnusable:b}},4495:A=>{const e=["GET","HEAD","POST"],t=new Set(e),r=[301,302,303,307,308],n=new Set(r),s=["1","7","9","11","13","15","17","19","20","21","22","23","25","37","42","43","53","69","77","79","87","95","101","102","103","104","109","110","111","113","115","117","119","123","135","137","139","143","161","179","389","427","465","512","513","514","515","526","530","531","532","540","548","554","556","563","587","601","636","989","990","993","995","1719","1720","1723","2049","3659","4045","4190","5060","5061","6000","6566","6665","6666","6667","6668","6669","6679","6697","10080"],o=new Set(s),i=["","no-referrer","no-referrer-when-downgrade","same-origin","origin","strict-origin","origin-when-cross-origin","strict-origin-when-cross-origin","unsafe-url"],a=new Set(i),c=["GET","HEAD","OPTIONS","TRACE"],g=new Set(c),Q=["CONNECT","TRACE","TRACK"],E=new Set(Q),B=["audio","audioworklet","font","image","manifest","paintworklet","script","style","track","video","xslt",""],I=new Set(B)
A.exports={subresource:B,forbiddenMethods:Q,requestBodyHeader:["content-encoding","content-language","content-location","content-type","content-length"],referrerPolicy:i,requestRedirect:["follow","manual","error"],requestMode:["navigate","same-origin","no-cors","cors"],requestCredentials:["omit","same-origin","include"],requestCache:["default","no-store","reload","no-cache","force-cache","only-if-cached"],redirectStatus:r,corsSafeListedMethods:e,nullBodyStatus:[101,204,205,304],safeMethods:c,badPorts:s,requestDuplex:["half"],subresourceSet:I,badPortsSet:o,redirectStatusSet:n,corsSafeListedMethodsSet:t,safeMethodsSet:g,forbiddenMethodsSet:E,referrerPolicySet:a}},1900:(A,e,t)=>{const r=t(4589),n=new TextEncoder,s=/^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/,o=/[\u000A\u000D\u0009\u0020]/,i=/[\u0009\u000A\u000C\u000D\u0020]/g,a=/^[\u0009\u0020-\u007E\u0080-\u00FF]+$/
function c(A,e=!1){if(!e)return A.href
const t=A.href,r=A.hash.length,n=0===r?t:t.substring(0,t.length-r)
return!r&&t.endsWith("#")?n.slice(0,-1):n}function g(A,e,t){let r=""
for(;t.position<e.length&&A(e[t.position]);)r+=e[t.position],t.position++
return r}function Q(A,e,t){const r=e.indexOf(A,t.position),n=t.position
return-1===r?(t.position=e.length,e.slice(n)):(t.position=r,e.slice(n,t.position))}function E(A){return function(A){const e=A.length,t=new Uint8Array(e)
let r=0
for(let n=0;n<e;++n){const e=A[n]
37!==e?t[r++]=e:37!==e||B(A[n+1])&&B(A[n+2])?(t[r++]=I(A[n+1])<<4|I(A[n+2]),n+=2):t[r++]=37}return e===r?t:t.subarray(0,r)}(n.encode(A))}function B(A){return A>=48&&A<=57||A>=65&&A<=70||A>=97&&A<=102}function I(A){return A>=48&&A<=57?A-48:(223&A)-55}function C(A){const e={position:0},t=Q("/",A=u(A,!0,!0),e)
if(0===t.length||!s.test(t))return"failure"
if(e.position>A.length)return"failure"
e.position++
let r=Q(";",A,e)
if(r=u(r,!1,!0),0===r.length||!s.test(r))return"failure"
const n=t.toLowerCase(),i=r.toLowerCase(),c={type:n,subtype:i,parameters:new Map,essence:`${n}/${i}`}
for(;e.position<A.length;){e.position++,g(A=>o.test(A),A,e)
let t=g(A=>";"!==A&&"="!==A,A,e)
if(t=t.toLowerCase(),e.position<A.length){if(";"===A[e.position])continue
e.position++}if(e.position>A.length)break
let r=null
if('"'===A[e.position])r=h(A,e,!0),Q(";",A,e)
else if(r=Q(";",A,e),r=u(r,!1,!0),0===r.length)continue
0===t.length||!s.test(t)||0!==r.length&&!a.test(r)||c.parameters.has(t)||c.parameters.set(t,r)}return c}function h(A,e,t){const n=e.position
let s=""
for(r('"'===A[e.position]),e.position++;s+=g(A=>'"'!==A&&"\\"!==A,A,e),!(e.position>=A.length);){const t=A[e.position]
if(e.position++,"\\"!==t){r('"'===t)
break}if(e.position>=A.length){s+="\\"
break}s+=A[e.position],e.position++}return t?s:A.slice(n,e.position)}function l(A){return 13===A||10===A||9===A||32===A}function u(A,e=!0,t=!0){return f(A,e,t,l)}function d(A){return 13===A||10===A||9===A||12===A||32===A}function f(A,e,t,r){let n=0,s=A.length-1
if(e)for(;n<A.length&&r(A.charCodeAt(n));)n++
if(t)for(;s>0&&r(A.charCodeAt(s));)s--
return 0===n&&s===A.length-1?A:A.slice(n,s+1)}function p(A){const e=A.length
if(65535>e)return String.fromCharCode.apply(null,A)
let t="",r=0,n=65535
for(;r<e;)r+n>e&&(n=e-r),t+=String.fromCharCode.apply(null,A.subarray(r,r+=n))
return t}A.exports={dataURLProcessor:function(A){r("data:"===A.protocol)
let e=c(A,!0)
e=e.slice(5)
const t={position:0}
let n=Q(",",e,t)
const s=n.length
if(n=function(A,e=!0,t=!0){return f(A,e,t,d)}(n,!0,!0),t.position>=e.length)return"failure"
t.position++
let o=E(e.slice(s+1))
if(/;(\u0020){0,}base64$/i.test(n)){if(o=function(A){let e=(A=A.replace(i,"")).length
e%4==0&&61===A.charCodeAt(e-1)&&(--e,61===A.charCodeAt(e-1)&&--e)
if(e%4==1)return"failure"
if(/[^+/0-9A-Za-z]/.test(A.length===e?A:A.substring(0,e)))return"failure"
const t=Buffer.from(A,"base64")
return new Uint8Array(t.buffer,t.byteOffset,t.byteLength)}(p(o)),"failure"===o)return"failure"
n=n.slice(0,-6),n=n.replace(/(\u0020)+$/,""),n=n.slice(0,-1)}n.startsWith(";")&&(n="text/plain"+n)
let a=C(n)
return"failure"===a&&(a=C("text/plain;charset=US-ASCII")),{mimeType:a,body:o}},URLSerializer:c,collectASequenceOfCodePoints:g,collectASequenceOfCodePointsFast:Q,stringPercentDecode:E,parseMIMEType:C,collectAnHTTPQuotedString:h,serializeAMimeType:function(A){r("failure"!==A)
const{parameters:e,essence:t}=A
let n=t
for(let[A,t]of e.entries())n+=";",n+=A,n+="=",s.test(t)||(t=t.replace(/(\\|")/g,"\\$1"),t='"'+t,t+='"'),n+=t
return n},removeChars:f,removeHTTPWhitespace:u,minimizeSupportedMimeType:function(A){switch(A.essence){case"application/ecmascript":case"application/javascript":case"application/x-ecmascript":case"application/x-javascript":case"text/ecmascript":case"text/javascript":case"text/javascript1.0":case"text/javascript1.1":case"text/javascript1.2":case"text/javascript1.3":case"text/javascript1.4":case"text/javascript1.5":case"text/jscript":case"text/livescript":case"text/x-ecmascript":case"text/x-javascript":return"text/javascript"
case"application/json":case"text/json":return"application/json"
case"image/svg+xml":return"image/svg+xml"
case"text/xml":case"application/xml":return"application/xml"}return A.subtype.endsWith("+json")?"application/json":A.subtype.endsWith("+xml")?"application/xml":""},HTTP_TOKEN_CODEPOINTS:s,isomorphicDecode:p}},6653:(A,e,t)=>{const{kConnected:r,kSize:n}=t(6443)
class s{constructor(A){this.value=A}deref(){return 0===this.value[r]&&0===this.value[n]?void 0:this.value}}class o{constructor(A){this.finalizer=A}register(A,e){A.on&&A.on("disconnect",()=>{0===A[r]&&0===A[n]&&this.finalizer(e)})}unregister(A){}}A.exports=function(){return process.env.NODE_V8_COVERAGE&&process.version.startsWith("v18")?(process._rawDebug("Using compatibility WeakRef and FinalizationRegistry"),{WeakRef:s,FinalizationRegistry:o}):{WeakRef:WeakRef,FinalizationRegistry:FinalizationRegistry}}},7114:(A,e,t)=>{const{Blob:r,File:n}=t(4573),{kState:s}=t(3627),{webidl:o}=t(5893)
class i{constructor(A,e,t={}){const r=e,n=t.type,o=t.lastModified??Date.now()
this[s]={blobLike:A,name:r,type:n,lastModified:o}}stream(...A){return o.brandCheck(this,i),this[s].blobLike.stream(...A)}arrayBuffer(...A){return o.brandCheck(this,i),this[s].blobLike.arrayBuffer(...A)}slice(...A){return o.brandCheck(this,i),this[s].blobLike.slice(...A)}text(...A){return o.brandCheck(this,i),this[s].blobLike.text(...A)}get size(){return o.brandCheck(this,i),this[s].blobLike.size}get type(){return o.brandCheck(this,i),this[s].blobLike.type}get name(){return o.brandCheck(this,i),this[s].name}get lastModified(){return o.brandCheck(this,i),this[s].lastModified}get[Symbol.toStringTag](){return"File"}}o.converters.Blob=o.interfaceConverter(r),A.exports={FileLike:i,isFileLike:function(A){return A instanceof n||A&&("function"==typeof A.stream||"function"==typeof A.arrayBuffer)&&"File"===A[Symbol.toStringTag]}}},116:(A,e,t)=>{const{isUSVString:r,bufferToLowerCasedHeaderName:n}=t(3440),{utf8DecodeBytes:s}=t(3168),{HTTP_TOKEN_CODEPOINTS:o,isomorphicDecode:i}=t(1900),{isFileLike:a}=t(7114),{makeEntry:c}=t(5910),g=t(4589),{File:Q}=t(4573),E=globalThis.File??Q,B=Buffer.from('form-data; name="'),I=Buffer.from("; filename"),C=Buffer.from("--"),h=Buffer.from("--\r\n")
function l(A){for(let e=0;e<A.length;++e)if(-128&A.charCodeAt(e))return!1
return!0}function u(A,e){let t=null,r=null,s=null,a=null
for(;;){if(13===A[e.position]&&10===A[e.position+1])return null===t?"failure":{name:t,filename:r,contentType:s,encoding:a}
let c=f(A=>10!==A&&13!==A&&58!==A,A,e)
if(c=p(c,!0,!0,A=>9===A||32===A),!o.test(c.toString()))return"failure"
if(58!==A[e.position])return"failure"
switch(e.position++,f(A=>32===A||9===A,A,e),n(c)){case"content-disposition":if(t=r=null,!w(A,B,e))return"failure"
if(e.position+=17,t=d(A,e),null===t)return"failure"
if(w(A,I,e)){let t=e.position+I.length
if(42===A[t]&&(e.position+=1,t+=1),61!==A[t]||34!==A[t+1])return"failure"
if(e.position+=12,r=d(A,e),null===r)return"failure"}break
case"content-type":{let t=f(A=>10!==A&&13!==A,A,e)
t=p(t,!1,!0,A=>9===A||32===A),s=i(t)
break}case"content-transfer-encoding":{let t=f(A=>10!==A&&13!==A,A,e)
t=p(t,!1,!0,A=>9===A||32===A),a=i(t)
break}default:f(A=>10!==A&&13!==A,A,e)}if(13!==A[e.position]&&10!==A[e.position+1])return"failure"
e.position+=2}}function d(A,e){g(34===A[e.position-1])
let t=f(A=>10!==A&&13!==A&&34!==A,A,e)
return 34!==A[e.position]?null:(e.position++,t=(new TextDecoder).decode(t).replace(/%0A/gi,"\n").replace(/%0D/gi,"\r").replace(/%22/g,'"'),t)}function f(A,e,t){let r=t.position
for(;r<e.length&&A(e[r]);)++r
return e.subarray(t.position,t.position=r)}function p(A,e,t,r){let n=0,s=A.length-1
if(e)for(;n<A.length&&r(A[n]);)n++
if(t)for(;s>0&&r(A[s]);)s--
return 0===n&&s===A.length-1?A:A.subarray(n,s+1)}function w(A,e,t){if(A.length<e.length)return!1
for(let r=0;r<e.length;r++)if(e[r]!==A[t.position+r])return!1
return!0}A.exports={multipartFormDataParser:function(A,e){g("failure"!==e&&"multipart/form-data"===e.essence)
const t=e.parameters.get("boundary")
if(void 0===t)return"failure"
const n=Buffer.from(`--${t}`,"utf8"),o=[],i={position:0}
for(;13===A[i.position]&&10===A[i.position+1];)i.position+=2
let Q=A.length
for(;10===A[Q-1]&&13===A[Q-2];)Q-=2
for(Q!==A.length&&(A=A.subarray(0,Q));;){if(!A.subarray(i.position,i.position+n.length).equals(n))return"failure"
if(i.position+=n.length,i.position===A.length-2&&w(A,C,i)||i.position===A.length-4&&w(A,h,i))return o
if(13!==A[i.position]||10!==A[i.position+1])return"failure"
i.position+=2
const e=u(A,i)
if("failure"===e)return"failure"
let t,Q,{name:B,filename:I,contentType:d,encoding:f}=e
i.position+=2
{const e=A.indexOf(n.subarray(2),i.position)
if(-1===e)return"failure"
t=A.subarray(i.position,e-4),i.position+=t.length,"base64"===f&&(t=Buffer.from(t.toString(),"base64"))}if(13!==A[i.position]||10!==A[i.position+1])return"failure"
i.position+=2,null!==I?(d??="text/plain",l(d)||(d=""),Q=new E([t],I,{type:d})):Q=s(Buffer.from(t)),g(r(B)),g("string"==typeof Q&&r(Q)||a(Q)),o.push(c(B,Q,I))}},validateBoundary:function(A){const e=A.length
if(e<27||e>70)return!1
for(let t=0;t<e;++t){const e=A.charCodeAt(t)
if(!(e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122||39===e||45===e||95===e))return!1}return!0}}},5910:(A,e,t)=>{const{isBlobLike:r,iteratorMixin:n}=t(3168),{kState:s}=t(3627),{kEnumerableProperty:o}=t(3440),{FileLike:i,isFileLike:a}=t(7114),{webidl:c}=t(5893),{File:g}=t(4573),Q=t(7975),E=globalThis.File??g
class B{constructor(A){if(c.util.markAsUncloneable(this),void 0!==A)throw c.errors.conversionFailed({prefix:"FormData constructor",argument:"Argument 1",types:["undefined"]})
this[s]=[]}append(A,e,t=void 0){c.brandCheck(this,B)
const n="FormData.append"
if(c.argumentLengthCheck(arguments,2,n),3===arguments.length&&!r(e))throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'")
const o=I(A=c.converters.USVString(A,n,"name"),e=r(e)?c.converters.Blob(e,n,"value",{strict:!1}):c.converters.USVString(e,n,"value"),t=3===arguments.length?c.converters.USVString(t,n,"filename"):void 0)
this[s].push(o)}delete(A){c.brandCheck(this,B)
const e="FormData.delete"
c.argumentLengthCheck(arguments,1,e),A=c.converters.USVString(A,e,"name"),this[s]=this[s].filter(e=>e.name!==A)}get(A){c.brandCheck(this,B)
const e="FormData.get"
c.argumentLengthCheck(arguments,1,e),A=c.converters.USVString(A,e,"name")
const t=this[s].findIndex(e=>e.name===A)
return-1===t?null:this[s][t].value}getAll(A){c.brandCheck(this,B)
const e="FormData.getAll"
return c.argumentLengthCheck(arguments,1,e),A=c.converters.USVString(A,e,"name"),this[s].filter(e=>e.name===A).map(A=>A.value)}has(A){c.brandCheck(this,B)
const e="FormData.has"
return c.argumentLengthCheck(arguments,1,e),A=c.converters.USVString(A,e,"name"),-1!==this[s].findIndex(e=>e.name===A)}set(A,e,t=void 0){c.brandCheck(this,B)
const n="FormData.set"
if(c.argumentLengthCheck(arguments,2,n),3===arguments.length&&!r(e))throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'")
A=c.converters.USVString(A,n,"name"),e=r(e)?c.converters.Blob(e,n,"name",{strict:!1}):c.converters.USVString(e,n,"name"),t=3===arguments.length?c.converters.USVString(t,n,"name"):void 0
const o=I(A,e,t),i=this[s].findIndex(e=>e.name===A);-1!==i?this[s]=[...this[s].slice(0,i),o,...this[s].slice(i+1).filter(e=>e.name!==A)]:this[s].push(o)}[Q.inspect.custom](A,e){const t=this[s].reduce((A,e)=>(A[e.name]?Array.isArray(A[e.name])?A[e.name].push(e.value):A[e.name]=[A[e.name],e.value]:A[e.name]=e.value,A),{__proto__:null})
e.depth??=A,e.colors??=!0
const r=Q.formatWithOptions(e,t)
return`FormData ${r.slice(r.indexOf("]")+2)}`}}function I(A,e,t){if("string"==typeof e);else if(a(e)||(e=e instanceof Blob?new E([e],"blob",{type:e.type}):new i(e,"blob",{type:e.type})),void 0!==t){const A={type:e.type,lastModified:e.lastModified}
e=e instanceof g?new E([e],t,A):new i(e,t,A)}return{name:A,value:e}}n("FormData",B,s,"name","value"),Object.defineProperties(B.prototype,{append:o,delete:o,get:o,getAll:o,has:o,set:o,[Symbol.toStringTag]:{value:"FormData",configurable:!0}}),A.exports={FormData:B,makeEntry:I}},1059:A=>{const e=Symbol.for("undici.globalOrigin.1")
A.exports={getGlobalOrigin:function(){return globalThis[e]},setGlobalOrigin:function(A){if(void 0===A)return void Object.defineProperty(globalThis,e,{value:void 0,writable:!0,enumerable:!1,configurable:!1})
const t=new URL(A)
if("http:"!==t.protocol&&"https:"!==t.protocol)throw new TypeError(`Only http & https urls are allowed, received ${t.protocol}`)
Object.defineProperty(globalThis,e,{value:t,writable:!0,enumerable:!1,configurable:!1})}}},660:(A,e,t)=>{const{kConstruct:r}=t(6443),{kEnumerableProperty:n}=t(3440),{iteratorMixin:s,isValidHeaderName:o,isValidHeaderValue:i}=t(3168),{webidl:a}=t(5893),c=t(4589),g=t(7975),Q=Symbol("headers map"),E=Symbol("headers map sorted")
function B(A){return 10===A||13===A||9===A||32===A}function I(A){let e=0,t=A.length
for(;t>e&&B(A.charCodeAt(t-1));)--t
for(;t>e&&B(A.charCodeAt(e));)++e
return 0===e&&t===A.length?A:A.substring(e,t)}function C(A,e){if(Array.isArray(e))for(let t=0;t<e.length;++t){const r=e[t]
if(2!==r.length)throw a.errors.exception({header:"Headers constructor",message:`expected name/value pair to be length 2, found ${r.length}.`})
h(A,r[0],r[1])}else{if("object"!=typeof e||null===e)throw a.errors.conversionFailed({prefix:"Headers constructor",argument:"Argument 1",types:["sequence<sequence<ByteString>>","record<ByteString, ByteString>"]})
{const t=Object.keys(e)
for(let r=0;r<t.length;++r)h(A,t[r],e[t[r]])}}}function h(A,e,t){if(t=I(t),!o(e))throw a.errors.invalidArgument({prefix:"Headers.append",value:e,type:"header name"})
if(!i(t))throw a.errors.invalidArgument({prefix:"Headers.append",value:t,type:"header value"})
if("immutable"===f(A))throw new TypeError("immutable")
return w(A).append(e,t,!1)}function l(A,e){return A[0]<e[0]?-1:1}class u{cookies=null
constructor(A){A instanceof u?(this[Q]=new Map(A[Q]),this[E]=A[E],this.cookies=null===A.cookies?null:[...A.cookies]):(this[Q]=new Map(A),this[E]=null)}contains(A,e){return this[Q].has(e?A:A.toLowerCase())}clear(){this[Q].clear(),this[E]=null,this.cookies=null}append(A,e,t){this[E]=null
const r=t?A:A.toLowerCase(),n=this[Q].get(r)
if(n){const A="cookie"===r?"; ":", "
this[Q].set(r,{name:n.name,value:`${n.value}${A}${e}`})}else this[Q].set(r,{name:A,value:e})
"set-cookie"===r&&(this.cookies??=[]).push(e)}set(A,e,t){this[E]=null
const r=t?A:A.toLowerCase()
"set-cookie"===r&&(this.cookies=[e]),this[Q].set(r,{name:A,value:e})}delete(A,e){this[E]=null,e||(A=A.toLowerCase()),"set-cookie"===A&&(this.cookies=null),this[Q].delete(A)}get(A,e){return this[Q].get(e?A:A.toLowerCase())?.value??null}*[Symbol.iterator](){for(const{0:A,1:{value:e}}of this[Q])yield[A,e]}get entries(){const A={}
if(0!==this[Q].size)for(const{name:e,value:t}of this[Q].values())A[e]=t
return A}rawValues(){return this[Q].values()}get entriesList(){const A=[]
if(0!==this[Q].size)for(const{0:e,1:{name:t,value:r}}of this[Q])if("set-cookie"===e)for(const e of this.cookies)A.push([t,e])
else A.push([t,r])
return A}toSortedArray(){const A=this[Q].size,e=new Array(A)
if(A<=32){if(0===A)return e
const t=this[Q][Symbol.iterator](),r=t.next().value
e[0]=[r[0],r[1].value],c(null!==r[1].value)
for(let r,n,s=1,o=0,i=0,a=0,g=0;s<A;++s){for(n=t.next().value,r=e[s]=[n[0],n[1].value],c(null!==r[1]),a=0,i=s;a<i;)g=a+(i-a>>1),e[g][0]<=r[0]?a=g+1:i=g
if(s!==g){for(o=s;o>a;)e[o]=e[--o]
e[a]=r}}if(!t.next().done)throw new TypeError("Unreachable")
return e}{let A=0
for(const{0:t,1:{value:r}}of this[Q])e[A++]=[t,r],c(null!==r)
return e.sort(l)}}}class d{#P
#q
constructor(A=void 0){a.util.markAsUncloneable(this),A!==r&&(this.#q=new u,this.#P="none",void 0!==A&&C(this,A=a.converters.HeadersInit(A,"Headers contructor","init")))}append(A,e){a.brandCheck(this,d),a.argumentLengthCheck(arguments,2,"Headers.append")
const t="Headers.append"
return h(this,A=a.converters.ByteString(A,t,"name"),e=a.converters.ByteString(e,t,"value"))}delete(A){a.brandCheck(this,d),a.argumentLengthCheck(arguments,1,"Headers.delete")
if(A=a.converters.ByteString(A,"Headers.delete","name"),!o(A))throw a.errors.invalidArgument({prefix:"Headers.delete",value:A,type:"header name"})
if("immutable"===this.#P)throw new TypeError("immutable")
this.#q.contains(A,!1)&&this.#q.delete(A,!1)}get(A){a.brandCheck(this,d),a.argumentLengthCheck(arguments,1,"Headers.get")
const e="Headers.get"
if(A=a.converters.ByteString(A,e,"name"),!o(A))throw a.errors.invalidArgument({prefix:e,value:A,type:"header name"})
return this.#q.get(A,!1)}has(A){a.brandCheck(this,d),a.argumentLengthCheck(arguments,1,"Headers.has")
const e="Headers.has"
if(A=a.converters.ByteString(A,e,"name"),!o(A))throw a.errors.invalidArgument({prefix:e,value:A,type:"header name"})
return this.#q.contains(A,!1)}set(A,e){a.brandCheck(this,d),a.argumentLengthCheck(arguments,2,"Headers.set")
const t="Headers.set"
if(A=a.converters.ByteString(A,t,"name"),e=I(e=a.converters.ByteString(e,t,"value")),!o(A))throw a.errors.invalidArgument({prefix:t,value:A,type:"header name"})
if(!i(e))throw a.errors.invalidArgument({prefix:t,value:e,type:"header value"})
if("immutable"===this.#P)throw new TypeError("immutable")
this.#q.set(A,e,!1)}getSetCookie(){a.brandCheck(this,d)
const A=this.#q.cookies
return A?[...A]:[]}get[E](){if(this.#q[E])return this.#q[E]
const A=[],e=this.#q.toSortedArray(),t=this.#q.cookies
if(null===t||1===t.length)return this.#q[E]=e
for(let r=0;r<e.length;++r){const{0:n,1:s}=e[r]
if("set-cookie"===n)for(let e=0;e<t.length;++e)A.push([n,t[e]])
else A.push([n,s])}return this.#q[E]=A}[g.inspect.custom](A,e){return e.depth??=A,`Headers ${g.formatWithOptions(e,this.#q.entries)}`}static getHeadersGuard(A){return A.#P}static setHeadersGuard(A,e){A.#P=e}static getHeadersList(A){return A.#q}static setHeadersList(A,e){A.#q=e}}const{getHeadersGuard:f,setHeadersGuard:p,getHeadersList:w,setHeadersList:y}=d
Reflect.deleteProperty(d,"getHeadersGuard"),Reflect.deleteProperty(d,"setHeadersGuard"),Reflect.deleteProperty(d,"getHeadersList"),Reflect.deleteProperty(d,"setHeadersList"),s("Headers",d,E,0,1),Object.defineProperties(d.prototype,{append:n,delete:n,get:n,has:n,set:n,getSetCookie:n,[Symbol.toStringTag]:{value:"Headers",configurable:!0},[g.inspect.custom]:{enumerable:!1}}),a.converters.HeadersInit=function(A,e,t){if("Object"===a.util.Type(A)){const r=Reflect.get(A,Symbol.iterator)
if(!g.types.isProxy(A)&&r===d.prototype.entries)try{return w(A).entriesList}catch{}return"function"==typeof r?a.converters["sequence<sequence<ByteString>>"](A,e,t,r.bind(A)):a.converters["record<ByteString, ByteString>"](A,e,t)}throw a.errors.conversionFailed({prefix:"Headers constructor",argument:"Argument 1",types:["sequence<sequence<ByteString>>","record<ByteString, ByteString>"]})},A.exports={fill:C,compareHeaderName:l,Headers:d,HeadersList:u,getHeadersGuard:f,setHeadersGuard:p,setHeadersList:y,getHeadersList:w}},4398:(A,e,t)=>{const{makeNetworkError:r,makeAppropriateNetworkError:n,filterResponse:s,makeResponse:o,fromInnerResponse:i}=t(9051),{HeadersList:a}=t(660),{Request:c,cloneRequest:g}=t(9967),Q=t(8522),{bytesMatch:E,makePolicyContainer:B,clonePolicyContainer:I,requestBadPort:C,TAOCheck:h,appendRequestOriginHeader:l,responseLocationURL:u,requestCurrentURL:d,setRequestReferrerPolicyOnRedirect:f,tryUpgradeRequestToAPotentiallyTrustworthyURL:p,createOpaqueTimingInfo:w,appendFetchMetadata:y,corsCheck:D,crossOriginResourcePolicyCheck:m,determineRequestsReferrer:k,coarsenedSharedCurrentTime:R,createDeferredPromise:F,isBlobLike:b,sameOrigin:S,isCancelled:N,isAborted:M,isErrorLike:U,fullyReadBody:L,readableStreamClose:T,isomorphicEncode:v,urlIsLocal:Y,urlIsHttpHttpsScheme:G,urlHasHttpsScheme:J,clampAndCoarsenConnectionTimingInfo:H,simpleRangeHeaderValue:x,buildContentRange:V,createInflate:W,extractMimeType:O}=t(3168),{kState:P,kDispatcher:q}=t(3627),Z=t(4589),{safelyExtractBody:z,extractBody:K}=t(4492),{redirectStatusSet:_,nullBodyStatus:X,safeMethodsSet:j,requestBodyHeader:$,subresourceSet:AA}=t(4495),eA=t(8474),{Readable:tA,pipeline:rA,finished:nA}=t(7075),{addAbortListener:sA,isErrored:oA,isReadable:iA,bufferToLowerCasedHeaderName:aA}=t(3440),{dataURLProcessor:cA,serializeAMimeType:gA,minimizeSupportedMimeType:QA}=t(1900),{getGlobalDispatcher:EA}=t(2581),{webidl:BA}=t(5893),{STATUS_CODES:IA}=t(7067),CA=["GET","HEAD"],hA="undefined"!=typeof __UNDICI_IS_NODE__||"undefined"!=typeof esbuildDetection?"node":"undici"
let lA
class uA extends eA{constructor(A){super(),this.dispatcher=A,this.connection=null,this.dump=!1,this.state="ongoing"}terminate(A){"ongoing"===this.state&&(this.state="terminated",this.connection?.destroy(A),this.emit("terminated",A))}abort(A){"ongoing"===this.state&&(this.state="aborted",A||(A=new DOMException("The operation was aborted.","AbortError")),this.serializedAbortReason=A,this.connection?.destroy(A),this.emit("terminated",A))}}function dA(A){fA(A,"fetch")}function fA(A,e="other"){if("error"===A.type&&A.aborted)return
if(!A.urlList?.length)return
const t=A.urlList[0]
let r=A.timingInfo,n=A.cacheState
G(t)&&null!==r&&(A.timingAllowPassed||(r=w({startTime:r.startTime}),n=""),r.endTime=R(),A.timingInfo=r,pA(r,t.href,e,globalThis,n))}const pA=performance.markResourceTiming
function wA(A,e,t,r){if(A&&A.reject(r),null!=e.body&&iA(e.body?.stream)&&e.body.stream.cancel(r).catch(A=>{if("ERR_INVALID_STATE"!==A.code)throw A}),null==t)return
const n=t[P]
null!=n.body&&iA(n.body?.stream)&&n.body.stream.cancel(r).catch(A=>{if("ERR_INVALID_STATE"!==A.code)throw A})}function yA({request:A,processRequestBodyChunkLength:e,processRequestEndOfBody:t,processResponse:r,processResponseEndOfBody:n,processResponseConsumeBody:s,useParallelQueue:o=!1,dispatcher:i=EA()}){Z(i)
let a=null,c=!1
null!=A.client&&(a=A.client.globalObject,c=A.client.crossOriginIsolatedCapability)
const g=R(c),Q=w({startTime:g}),E={controller:new uA(i),request:A,timingInfo:Q,processRequestBodyChunkLength:e,processRequestEndOfBody:t,processResponse:r,processResponseConsumeBody:s,processResponseEndOfBody:n,taskDestination:a,crossOriginIsolatedCapability:c}
if(Z(!A.body||A.body.stream),"client"===A.window&&(A.window="Window"===A.client?.globalObject?.constructor?.name?A.client:"no-window"),"client"===A.origin&&(A.origin=A.client.origin),"client"===A.policyContainer&&(null!=A.client?A.policyContainer=I(A.client.policyContainer):A.policyContainer=B()),!A.headersList.contains("accept",!0)){const e="*/*"
A.headersList.append("accept",e,!0)}return A.headersList.contains("accept-language",!0)||A.headersList.append("accept-language","*",!0),A.priority,AA.has(A.destination),DA(E).catch(A=>{E.controller.terminate(A)}),E.controller}async function DA(A,e=!1){const t=A.request
let n=null
if(t.localURLsOnly&&!Y(d(t))&&(n=r("local URLs only")),p(t),"blocked"===C(t)&&(n=r("bad port")),""===t.referrerPolicy&&(t.referrerPolicy=t.policyContainer.referrerPolicy),"no-referrer"!==t.referrer&&(t.referrer=k(t)),null===n&&(n=await(async()=>{const e=d(t)
return S(e,t.url)&&"basic"===t.responseTainting||"data:"===e.protocol||"navigate"===t.mode||"websocket"===t.mode?(t.responseTainting="basic",await mA(A)):"same-origin"===t.mode?r('request mode cannot be "same-origin"'):"no-cors"===t.mode?"follow"!==t.redirect?r('redirect mode cannot be "follow" for "no-cors" request'):(t.responseTainting="opaque",await mA(A)):G(d(t))?(t.responseTainting="cors",await FA(A)):r("URL scheme must be a HTTP(S) scheme")})()),e)return n
0===n.status||n.internalResponse||(t.responseTainting,"basic"===t.responseTainting?n=s(n,"basic"):"cors"===t.responseTainting?n=s(n,"cors"):"opaque"===t.responseTainting?n=s(n,"opaque"):Z(!1))
let o=0===n.status?n:n.internalResponse
if(0===o.urlList.length&&o.urlList.push(...t.urlList),t.timingAllowFailed||(n.timingAllowPassed=!0),"opaque"===n.type&&206===o.status&&o.rangeRequested&&!t.headers.contains("range",!0)&&(n=o=r()),0===n.status||"HEAD"!==t.method&&"CONNECT"!==t.method&&!X.includes(o.status)||(o.body=null,A.controller.dump=!0),t.integrity){const e=e=>RA(A,r(e))
if("opaque"===t.responseTainting||null==n.body)return void e(n.error)
const s=r=>{E(r,t.integrity)?(n.body=z(r)[0],RA(A,n)):e("integrity mismatch")}
await L(n.body,s,e)}else RA(A,n)}function mA(A){if(N(A)&&0===A.request.redirectCount)return Promise.resolve(n(A))
const{request:e}=A,{protocol:s}=d(e)
switch(s){case"about:":return Promise.resolve(r("about scheme is not supported"))
case"blob:":{lA||(lA=t(4573).resolveObjectURL)
const A=d(e)
if(0!==A.search.length)return Promise.resolve(r("NetworkError when attempting to fetch resource."))
const n=lA(A.toString())
if("GET"!==e.method||!b(n))return Promise.resolve(r("invalid method"))
const s=o(),i=n.size,a=v(`${i}`),c=n.type
if(e.headersList.contains("range",!0)){s.rangeRequested=!0
const A=e.headersList.get("range",!0),t=x(A,!0)
if("failure"===t)return Promise.resolve(r("failed to fetch the data URL"))
let{rangeStartValue:o,rangeEndValue:a}=t
if(null===o)o=i-a,a=o+a-1
else{if(o>=i)return Promise.resolve(r("Range start is greater than the blob's size."));(null===a||a>=i)&&(a=i-1)}const g=n.slice(o,a,c),Q=K(g)
s.body=Q[0]
const E=v(`${g.size}`),B=V(o,a,i)
s.status=206,s.statusText="Partial Content",s.headersList.set("content-length",E,!0),s.headersList.set("content-type",c,!0),s.headersList.set("content-range",B,!0)}else{const A=K(n)
s.statusText="OK",s.body=A[0],s.headersList.set("content-length",a,!0),s.headersList.set("content-type",c,!0)}return Promise.resolve(s)}case"data:":{const A=d(e),t=cA(A)
if("failure"===t)return Promise.resolve(r("failed to fetch the data URL"))
const n=gA(t.mimeType)
return Promise.resolve(o({statusText:"OK",headersList:[["content-type",{name:"Content-Type",value:n}]],body:z(t.body)[0]}))}case"file:":return Promise.resolve(r("not implemented... yet..."))
case"http:":case"https:":return FA(A).catch(A=>r(A))
default:return Promise.resolve(r("unknown scheme"))}}function kA(A,e){A.request.done=!0,null!=A.processResponseDone&&queueMicrotask(()=>A.processResponseDone(e))}function RA(A,e){let t=A.timingInfo
const r=()=>{const r=Date.now()
"document"===A.request.destination&&(A.controller.fullTimingInfo=t),A.controller.reportTimingSteps=()=>{if("https:"!==A.request.url.protocol)return
t.endTime=r
let n=e.cacheState
const s=e.bodyInfo
e.timingAllowPassed||(t=w(t),n="")
let o=0
if("navigator"!==A.request.mode||!e.hasCrossOriginRedirects){o=e.status
const A=O(e.headersList)
"failure"!==A&&(s.contentType=QA(A))}null!=A.request.initiatorType&&pA(t,A.request.url.href,A.request.initiatorType,globalThis,n,s,o)}
queueMicrotask(()=>(A.request.done=!0,null!=A.processResponseEndOfBody&&queueMicrotask(()=>A.processResponseEndOfBody(e)),void(null!=A.request.initiatorType&&A.controller.reportTimingSteps())))}
null!=A.processResponse&&queueMicrotask(()=>{A.processResponse(e),A.processResponse=null})
const n="error"===e.type?e:e.internalResponse??e
null==n.body?r():nA(n.body.stream,()=>{r()})}async function FA(A){const e=A.request
let t=null,n=null
const s=A.timingInfo
if(e.serviceWorkers,null===t){if("follow"===e.redirect&&(e.serviceWorkers="none"),n=t=await bA(A),"cors"===e.responseTainting&&"failure"===D(e,t))return r("cors failure")
"failure"===h(e,t)&&(e.timingAllowFailed=!0)}return"opaque"!==e.responseTainting&&"opaque"!==t.type||"blocked"!==m(e.origin,e.client,e.destination,n)?(_.has(n.status)&&("manual"!==e.redirect&&A.controller.connection.destroy(void 0,!1),"error"===e.redirect?t=r("unexpected redirect"):"manual"===e.redirect?t=n:"follow"===e.redirect?t=await function(A,e){const t=A.request,n=e.internalResponse?e.internalResponse:e
let s
try{if(s=u(n,d(t).hash),null==s)return e}catch(A){return Promise.resolve(r(A))}if(!G(s))return Promise.resolve(r("URL scheme must be a HTTP(S) scheme"))
if(20===t.redirectCount)return Promise.resolve(r("redirect count exceeded"))
if(t.redirectCount+=1,"cors"===t.mode&&(s.username||s.password)&&!S(t,s))return Promise.resolve(r('cross origin not allowed for request mode "cors"'))
if("cors"===t.responseTainting&&(s.username||s.password))return Promise.resolve(r('URL cannot contain credentials for request mode "cors"'))
if(303!==n.status&&null!=t.body&&null==t.body.source)return Promise.resolve(r())
if([301,302].includes(n.status)&&"POST"===t.method||303===n.status&&!CA.includes(t.method)){t.method="GET",t.body=null
for(const A of $)t.headersList.delete(A)}S(d(t),s)||(t.headersList.delete("authorization",!0),t.headersList.delete("proxy-authorization",!0),t.headersList.delete("cookie",!0),t.headersList.delete("host",!0))
null!=t.body&&(Z(null!=t.body.source),t.body=z(t.body.source)[0])
const o=A.timingInfo
o.redirectEndTime=o.postRedirectStartTime=R(A.crossOriginIsolatedCapability),0===o.redirectStartTime&&(o.redirectStartTime=o.startTime)
return t.urlList.push(s),f(t,n),DA(A,!0)}(A,t):Z(!1)),t.timingInfo=s,t):r("blocked")}async function bA(A,e=!1,t=!1){const s=A.request
let i=null,c=null,E=null
"no-window"===s.window&&"error"===s.redirect?(i=A,c=s):(c=g(s),i={...A},i.request=c)
const B="include"===s.credentials||"same-origin"===s.credentials&&"basic"===s.responseTainting,I=c.body?c.body.length:null
let C=null
if(null==c.body&&["POST","PUT"].includes(c.method)&&(C="0"),null!=I&&(C=v(`${I}`)),null!=C&&c.headersList.append("content-length",C,!0),null!=I&&c.keepalive,c.referrer instanceof URL&&c.headersList.append("referer",v(c.referrer.href),!0),l(c),y(c),c.headersList.contains("user-agent",!0)||c.headersList.append("user-agent",hA),"default"===c.cache&&(c.headersList.contains("if-modified-since",!0)||c.headersList.contains("if-none-match",!0)||c.headersList.contains("if-unmodified-since",!0)||c.headersList.contains("if-match",!0)||c.headersList.contains("if-range",!0))&&(c.cache="no-store"),"no-cache"!==c.cache||c.preventNoCacheCacheControlHeaderModification||c.headersList.contains("cache-control",!0)||c.headersList.append("cache-control","max-age=0",!0),"no-store"!==c.cache&&"reload"!==c.cache||(c.headersList.contains("pragma",!0)||c.headersList.append("pragma","no-cache",!0),c.headersList.contains("cache-control",!0)||c.headersList.append("cache-control","no-cache",!0)),c.headersList.contains("range",!0)&&c.headersList.append("accept-encoding","identity",!0),c.headersList.contains("accept-encoding",!0)||(J(d(c))?c.headersList.append("accept-encoding","br, gzip, deflate",!0):c.headersList.append("accept-encoding","gzip, deflate",!0)),c.headersList.delete("host",!0),c.cache="no-store","no-store"!==c.cache&&c.cache,null==E){if("only-if-cached"===c.cache)return r("only if cached")
const A=await async function(A){Z(!A.controller.connection||A.controller.connection.destroyed),A.controller.connection={abort:null,destroyed:!1,destroy(A,e=!0){this.destroyed||(this.destroyed=!0,e&&this.abort?.(A??new DOMException("The operation was aborted.","AbortError")))}}
const e=A.request
let t=null
const s=A.timingInfo,i=null
null==i&&(e.cache="no-store")
e.mode
let c=null
if(null==e.body&&A.processRequestEndOfBody)queueMicrotask(()=>A.processRequestEndOfBody())
else if(null!=e.body){const t=async function*(e){N(A)||(yield e,A.processRequestBodyChunkLength?.(e.byteLength))},r=()=>{N(A)||A.processRequestEndOfBody&&A.processRequestEndOfBody()},n=e=>{N(A)||("AbortError"===e.name?A.controller.abort():A.controller.terminate(e))}
c=async function*(){try{for await(const A of e.body.stream)yield*t(A)
r()}catch(A){n(A)}}()}try{const{body:e,status:r,statusText:n,headersList:s,socket:i}=await C({body:c})
if(i)t=o({status:r,statusText:n,headersList:s,socket:i})
else{const i=e[Symbol.asyncIterator]()
A.controller.next=()=>i.next(),t=o({status:r,statusText:n,headersList:s})}}catch(e){return"AbortError"===e.name?(A.controller.connection.destroy(),n(A,e)):r(e)}const g=async()=>{await A.controller.resume()},E=e=>{N(A)||A.controller.abort(e)},B=new ReadableStream({async start(e){A.controller.controller=e},async pull(A){await g(A)},async cancel(A){await E(A)},type:"bytes"})
t.body={stream:B,source:null,length:null},A.controller.resume||A.controller.on("terminated",I)
function I(e){M(A)?(t.aborted=!0,iA(B)&&A.controller.controller.error(A.controller.serializedAbortReason)):iA(B)&&A.controller.controller.error(new TypeError("terminated",{cause:U(e)?e:void 0})),A.controller.connection.destroy()}return A.controller.resume=async()=>{for(;;){let e,r
try{const{done:t,value:r}=await A.controller.next()
if(M(A))break
e=t?void 0:r}catch(t){A.controller.ended&&!s.encodedBodySize?e=void 0:(e=t,r=!0)}if(void 0===e)return T(A.controller.controller),void kA(A,t)
if(s.decodedBodySize+=e?.byteLength??0,r)return void A.controller.terminate(e)
const n=new Uint8Array(e)
if(n.byteLength&&A.controller.controller.enqueue(n),oA(B))return void A.controller.terminate()
if(A.controller.controller.desiredSize<=0)return}},t
function C({body:t}){const r=d(e),n=A.controller.dispatcher
return new Promise((o,i)=>n.dispatch({path:r.pathname+r.search,origin:r.origin,method:e.method,body:n.isMockActive?e.body&&(e.body.source||e.body.stream):t,headers:e.headersList.entries,maxRedirections:0,upgrade:"websocket"===e.mode?"websocket":void 0},{body:null,abort:null,onConnect(e){const{connection:t}=A.controller
s.finalConnectionTimingInfo=H(void 0,s.postRedirectStartTime,A.crossOriginIsolatedCapability),t.destroyed?e(new DOMException("The operation was aborted.","AbortError")):(A.controller.on("terminated",e),this.abort=t.abort=e),s.finalNetworkRequestStartTime=R(A.crossOriginIsolatedCapability)},onResponseStarted(){s.finalNetworkResponseStartTime=R(A.crossOriginIsolatedCapability)},onHeaders(A,t,r,n){if(A<200)return
let s=""
const i=new a
for(let A=0;A<t.length;A+=2)i.append(aA(t[A]),t[A+1].toString("latin1"),!0)
s=i.get("location",!0)
const c=[],g=s&&"follow"===e.redirect&&_.has(A)
if("HEAD"!==e.method&&"CONNECT"!==e.method&&!X.includes(A)&&!g){const A=i.get("content-encoding",!0),e=A?A.toLowerCase().split(","):[],t=5
if(e.length>t)return this.abort(new Error(`too many content-encodings in response: ${e.length}, maximum allowed is ${t}`)),!0
for(let A=e.length-1;A>=0;--A){const t=e[A].trim()
if("x-gzip"===t||"gzip"===t)c.push(Q.createGunzip({flush:Q.constants.Z_SYNC_FLUSH,finishFlush:Q.constants.Z_SYNC_FLUSH}))
else if("deflate"===t)c.push(W({flush:Q.constants.Z_SYNC_FLUSH,finishFlush:Q.constants.Z_SYNC_FLUSH}))
else{if("br"!==t){c.length=0
break}c.push(Q.createBrotliDecompress({flush:Q.constants.BROTLI_OPERATION_FLUSH,finishFlush:Q.constants.BROTLI_OPERATION_FLUSH}))}}}this.body=new tA({read:r})
const E=this.onError.bind(this)
return o({status:A,statusText:n,headersList:i,body:c.length?rA(this.body,...c,A=>{A&&this.onError(A)}).on("error",E):this.body.on("error",E)}),!0},onData(e){if(A.controller.dump)return
const t=e
return s.encodedBodySize+=t.byteLength,this.body.push(t)},onComplete(){this.abort&&A.controller.off("terminated",this.abort),A.controller.ended=!0,this.body.push(null)},onError(e){this.abort&&A.controller.off("terminated",this.abort),this.body?.destroy(e),A.controller.terminate(e),i(e)},onUpgrade(A,e,t){if(101!==A)return
const r=new a
for(let A=0;A<e.length;A+=2)r.append(aA(e[A]),e[A+1].toString("latin1"),!0)
return o({status:A,statusText:IA[A],headersList:r,socket:t}),!0}}))}}(i,B,t)
!j.has(c.method)&&A.status>=200&&A.status,null==E&&(E=A)}if(E.urlList=[...c.urlList],c.headersList.contains("range",!0)&&(E.rangeRequested=!0),E.requestIncludesCredentials=B,407===E.status)return"no-window"===s.window?r():N(A)?n(A):r("proxy authentication required")
if(421===E.status&&!t&&(null==s.body||null!=s.body.source)){if(N(A))return n(A)
A.controller.connection.destroy(),E=await bA(A,e,!0)}return E}A.exports={fetch:function(A,e=void 0){BA.argumentLengthCheck(arguments,1,"globalThis.fetch")
let t,r=F()
try{t=new c(A,e)}catch(A){return r.reject(A),r.promise}const n=t[P]
if(t.signal.aborted)return wA(r,n,null,t.signal.reason),r.promise
const s=n.client.globalObject
"ServiceWorkerGlobalScope"===s?.constructor?.name&&(n.serviceWorkers="none")
let o=null,a=!1,g=null
return sA(t.signal,()=>{a=!0,Z(null!=g),g.abort(t.signal.reason)
const A=o?.deref()
wA(r,n,A,t.signal.reason)}),g=yA({request:n,processResponseEndOfBody:dA,processResponse:A=>{a||(A.aborted?wA(r,n,o,g.serializedAbortReason):"error"!==A.type?(o=new WeakRef(i(A,"immutable")),r.resolve(o.deref()),r=null):r.reject(new TypeError("fetch failed",{cause:A.error})))},dispatcher:t[q]}),r.promise},Fetch:uA,fetching:yA,finalizeAndReportTiming:fA}},9967:(A,e,t)=>{const{extractBody:r,mixinBody:n,cloneBody:s,bodyUnusable:o}=t(4492),{Headers:i,fill:a,HeadersList:c,setHeadersGuard:g,getHeadersGuard:Q,setHeadersList:E,getHeadersList:B}=t(660),{FinalizationRegistry:I}=t(6653)(),C=t(3440),h=t(7975),{isValidHTTPToken:l,sameOrigin:u,environmentSettingsObject:d}=t(3168),{forbiddenMethodsSet:f,corsSafeListedMethodsSet:p,referrerPolicy:w,requestRedirect:y,requestMode:D,requestCredentials:m,requestCache:k,requestDuplex:R}=t(4495),{kEnumerableProperty:F,normalizedMethodRecordsBase:b,normalizedMethodRecords:S}=C,{kHeaders:N,kSignal:M,kState:U,kDispatcher:L}=t(3627),{webidl:T}=t(5893),{URLSerializer:v}=t(1900),{kConstruct:Y}=t(6443),G=t(4589),{getMaxListeners:J,setMaxListeners:H,getEventListeners:x,defaultMaxListeners:V}=t(8474),W=Symbol("abortController"),O=new I(({signal:A,abort:e})=>{A.removeEventListener("abort",e)}),P=new WeakMap
function q(A){return function e(){const t=A.deref()
if(void 0!==t){O.unregister(e),this.removeEventListener("abort",e),t.abort(this.reason)
const A=P.get(t.signal)
if(void 0!==A){if(0!==A.size){for(const e of A){const A=e.deref()
void 0!==A&&A.abort(this.reason)}A.clear()}P.delete(t.signal)}}}}let Z=!1
class z{constructor(A,e={}){if(T.util.markAsUncloneable(this),A===Y)return
const t="Request constructor"
T.argumentLengthCheck(arguments,1,t),A=T.converters.RequestInfo(A,t,"input"),e=T.converters.RequestInit(e,t,"init")
let n=null,s=null
const Q=d.settingsObject.baseUrl
let I=null
if("string"==typeof A){let t
this[L]=e.dispatcher
try{t=new URL(A,Q)}catch(e){throw new TypeError("Failed to parse URL from "+A,{cause:e})}if(t.username||t.password)throw new TypeError("Request cannot be constructed from a URL that includes credentials: "+A)
n=K({urlList:[t]}),s="cors"}else this[L]=e.dispatcher||A[L],G(A instanceof z),n=A[U],I=A[M]
const h=d.settingsObject.origin
let w="client"
if("EnvironmentSettingsObject"===n.window?.constructor?.name&&u(n.window,h)&&(w=n.window),null!=e.window)throw new TypeError(`'window' option '${w}' must be null`)
"window"in e&&(w="no-window"),n=K({method:n.method,headersList:n.headersList,unsafeRequest:n.unsafeRequest,client:d.settingsObject,window:w,priority:n.priority,origin:n.origin,referrer:n.referrer,referrerPolicy:n.referrerPolicy,mode:n.mode,credentials:n.credentials,cache:n.cache,redirect:n.redirect,integrity:n.integrity,keepalive:n.keepalive,reloadNavigation:n.reloadNavigation,historyNavigation:n.historyNavigation,urlList:[...n.urlList]})
const y=0!==Object.keys(e).length
if(y&&("navigate"===n.mode&&(n.mode="same-origin"),n.reloadNavigation=!1,n.historyNavigation=!1,n.origin="client",n.referrer="client",n.referrerPolicy="",n.url=n.urlList[n.urlList.length-1],n.urlList=[n.url]),void 0!==e.referrer){const A=e.referrer
if(""===A)n.referrer="no-referrer"
else{let e
try{e=new URL(A,Q)}catch(e){throw new TypeError(`Referrer "${A}" is not a valid URL.`,{cause:e})}"about:"===e.protocol&&"client"===e.hostname||h&&!u(e,d.settingsObject.baseUrl)?n.referrer="client":n.referrer=e}}let D
if(void 0!==e.referrerPolicy&&(n.referrerPolicy=e.referrerPolicy),D=void 0!==e.mode?e.mode:s,"navigate"===D)throw T.errors.exception({header:"Request constructor",message:"invalid request mode navigate."})
if(null!=D&&(n.mode=D),void 0!==e.credentials&&(n.credentials=e.credentials),void 0!==e.cache&&(n.cache=e.cache),"only-if-cached"===n.cache&&"same-origin"!==n.mode)throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode")
if(void 0!==e.redirect&&(n.redirect=e.redirect),null!=e.integrity&&(n.integrity=String(e.integrity)),void 0!==e.keepalive&&(n.keepalive=Boolean(e.keepalive)),void 0!==e.method){let A=e.method
const t=S[A]
if(void 0!==t)n.method=t
else{if(!l(A))throw new TypeError(`'${A}' is not a valid HTTP method.`)
const e=A.toUpperCase()
if(f.has(e))throw new TypeError(`'${A}' HTTP method is unsupported.`)
A=b[e]??A,n.method=A}Z||"patch"!==n.method||(process.emitWarning("Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.",{code:"UNDICI-FETCH-patch"}),Z=!0)}void 0!==e.signal&&(I=e.signal),this[U]=n
const m=new AbortController
if(this[M]=m.signal,null!=I){if(!I||"boolean"!=typeof I.aborted||"function"!=typeof I.addEventListener)throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.")
if(I.aborted)m.abort(I.reason)
else{this[W]=m
const A=q(new WeakRef(m))
try{("function"==typeof J&&J(I)===V||x(I,"abort").length>=V)&&H(1500,I)}catch{}C.addAbortListener(I,A),O.register(m,{signal:I,abort:A},A)}}if(this[N]=new i(Y),E(this[N],n.headersList),g(this[N],"request"),"no-cors"===D){if(!p.has(n.method))throw new TypeError(`'${n.method} is unsupported in no-cors mode.`)
g(this[N],"request-no-cors")}if(y){const A=B(this[N]),t=void 0!==e.headers?e.headers:new c(A)
if(A.clear(),t instanceof c){for(const{name:e,value:r}of t.rawValues())A.append(e,r,!1)
A.cookies=t.cookies}else a(this[N],t)}const k=A instanceof z?A[U].body:null
if(!(null==e.body&&null==k||"GET"!==n.method&&"HEAD"!==n.method))throw new TypeError("Request with GET/HEAD method cannot have body.")
let R=null
if(null!=e.body){const[A,t]=r(e.body,n.keepalive)
R=A,t&&!B(this[N]).contains("content-type",!0)&&this[N].append("content-type",t)}const F=R??k
if(null!=F&&null==F.source){if(null!=R&&null==e.duplex)throw new TypeError("RequestInit: duplex option is required when sending a body.")
if("same-origin"!==n.mode&&"cors"!==n.mode)throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"')
n.useCORSPreflightFlag=!0}let v=F
if(null==R&&null!=k){if(o(A))throw new TypeError("Cannot construct a Request with a Request object that has already been used.")
const e=new TransformStream
k.stream.pipeThrough(e),v={source:k.source,length:k.length,stream:e.readable}}this[U].body=v}get method(){return T.brandCheck(this,z),this[U].method}get url(){return T.brandCheck(this,z),v(this[U].url)}get headers(){return T.brandCheck(this,z),this[N]}get destination(){return T.brandCheck(this,z),this[U].destination}get referrer(){return T.brandCheck(this,z),"no-referrer"===this[U].referrer?"":"client"===this[U].referrer?"about:client":this[U].referrer.toString()}get referrerPolicy(){return T.brandCheck(this,z),this[U].referrerPolicy}get mode(){return T.brandCheck(this,z),this[U].mode}get credentials(){return this[U].credentials}get cache(){return T.brandCheck(this,z),this[U].cache}get redirect(){return T.brandCheck(this,z),this[U].redirect}get integrity(){return T.brandCheck(this,z),this[U].integrity}get keepalive(){return T.brandCheck(this,z),this[U].keepalive}get isReloadNavigation(){return T.brandCheck(this,z),this[U].reloadNavigation}get isHistoryNavigation(){return T.brandCheck(this,z),this[U].historyNavigation}get signal(){return T.brandCheck(this,z),this[M]}get body(){return T.brandCheck(this,z),this[U].body?this[U].body.stream:null}get bodyUsed(){return T.brandCheck(this,z),!!this[U].body&&C.isDisturbed(this[U].body.stream)}get duplex(){return T.brandCheck(this,z),"half"}clone(){if(T.brandCheck(this,z),o(this))throw new TypeError("unusable")
const A=_(this[U]),e=new AbortController
if(this.signal.aborted)e.abort(this.signal.reason)
else{let A=P.get(this.signal)
void 0===A&&(A=new Set,P.set(this.signal,A))
const t=new WeakRef(e)
A.add(t),C.addAbortListener(e.signal,q(t))}return X(A,e.signal,Q(this[N]))}[h.inspect.custom](A,e){null===e.depth&&(e.depth=2),e.colors??=!0
const t={method:this.method,url:this.url,headers:this.headers,destination:this.destination,referrer:this.referrer,referrerPolicy:this.referrerPolicy,mode:this.mode,credentials:this.credentials,cache:this.cache,redirect:this.redirect,integrity:this.integrity,keepalive:this.keepalive,isReloadNavigation:this.isReloadNavigation,isHistoryNavigation:this.isHistoryNavigation,signal:this.signal}
return`Request ${h.formatWithOptions(e,t)}`}}function K(A){return{method:A.method??"GET",localURLsOnly:A.localURLsOnly??!1,unsafeRequest:A.unsafeRequest??!1,body:A.body??null,client:A.client??null,reservedClient:A.reservedClient??null,replacesClientId:A.replacesClientId??"",window:A.window??"client",keepalive:A.keepalive??!1,serviceWorkers:A.serviceWorkers??"all",initiator:A.initiator??"",destination:A.destination??"",priority:A.priority??null,origin:A.origin??"client",policyContainer:A.policyContainer??"client",referrer:A.referrer??"client",referrerPolicy:A.referrerPolicy??"",mode:A.mode??"no-cors",useCORSPreflightFlag:A.useCORSPreflightFlag??!1,credentials:A.credentials??"same-origin",useCredentials:A.useCredentials??!1,cache:A.cache??"default",redirect:A.redirect??"follow",integrity:A.integrity??"",cryptoGraphicsNonceMetadata:A.cryptoGraphicsNonceMetadata??"",parserMetadata:A.parserMetadata??"",reloadNavigation:A.reloadNavigation??!1,historyNavigation:A.historyNavigation??!1,userActivation:A.userActivation??!1,taintedOrigin:A.taintedOrigin??!1,redirectCount:A.redirectCount??0,responseTainting:A.responseTainting??"basic",preventNoCacheCacheControlHeaderModification:A.preventNoCacheCacheControlHeaderModification??!1,done:A.done??!1,timingAllowFailed:A.timingAllowFailed??!1,urlList:A.urlList,url:A.urlList[0],headersList:A.headersList?new c(A.headersList):new c}}function _(A){const e=K({...A,body:null})
return null!=A.body&&(e.body=s(e,A.body)),e}function X(A,e,t){const r=new z(Y)
return r[U]=A,r[M]=e,r[N]=new i(Y),E(r[N],A.headersList),g(r[N],t),r}n(z),Object.defineProperties(z.prototype,{method:F,url:F,headers:F,redirect:F,clone:F,signal:F,duplex:F,destination:F,body:F,bodyUsed:F,isHistoryNavigation:F,isReloadNavigation:F,keepalive:F,integrity:F,cache:F,credentials:F,attribute:F,referrerPolicy:F,referrer:F,mode:F,[Symbol.toStringTag]:{value:"Request",configurable:!0}}),T.converters.Request=T.interfaceConverter(z),T.converters.RequestInfo=function(A,e,t){return"string"==typeof A?T.converters.USVString(A,e,t):A instanceof z?T.converters.Request(A,e,t):T.converters.USVString(A,e,t)},T.converters.AbortSignal=T.interfaceConverter(AbortSignal),T.converters.RequestInit=T.dictionaryConverter([{key:"method",converter:T.converters.ByteString},{key:"headers",converter:T.converters.HeadersInit},{key:"body",converter:T.nullableConverter(T.converters.BodyInit)},{key:"referrer",converter:T.converters.USVString},{key:"referrerPolicy",converter:T.converters.DOMString,allowedValues:w},{key:"mode",converter:T.converters.DOMString,allowedValues:D},{key:"credentials",converter:T.converters.DOMString,allowedValues:m},{key:"cache",converter:T.converters.DOMString,allowedValues:k},{key:"redirect",converter:T.converters.DOMString,allowedValues:y},{key:"integrity",converter:T.converters.DOMString},{key:"keepalive",converter:T.converters.boolean},{key:"signal",converter:T.nullableConverter(A=>T.converters.AbortSignal(A,"RequestInit","signal",{strict:!1}))},{key:"window",converter:T.converters.any},{key:"duplex",converter:T.converters.DOMString,allowedValues:R},{key:"dispatcher",converter:T.converters.any}]),A.exports={Request:z,makeRequest:K,fromInnerRequest:X,cloneRequest:_}},9051:(A,e,t)=>{const{Headers:r,HeadersList:n,fill:s,getHeadersGuard:o,setHeadersGuard:i,setHeadersList:a}=t(660),{extractBody:c,cloneBody:g,mixinBody:Q,hasFinalizationRegistry:E,streamRegistry:B,bodyUnusable:I}=t(4492),C=t(3440),h=t(7975),{kEnumerableProperty:l}=C,{isValidReasonPhrase:u,isCancelled:d,isAborted:f,isBlobLike:p,serializeJavascriptValueToJSONString:w,isErrorLike:y,isomorphicEncode:D,environmentSettingsObject:m}=t(3168),{redirectStatusSet:k,nullBodyStatus:R}=t(4495),{kState:F,kHeaders:b}=t(3627),{webidl:S}=t(5893),{FormData:N}=t(5910),{URLSerializer:M}=t(1900),{kConstruct:U}=t(6443),L=t(4589),{types:T}=t(7975),v=new TextEncoder("utf-8")
class Y{static error(){return O(H(),"immutable")}static json(A,e={}){S.argumentLengthCheck(arguments,1,"Response.json"),null!==e&&(e=S.converters.ResponseInit(e))
const t=v.encode(w(A)),r=c(t),n=O(J({}),"response")
return W(n,e,{body:r[0],type:"application/json"}),n}static redirect(A,e=302){let t
S.argumentLengthCheck(arguments,1,"Response.redirect"),A=S.converters.USVString(A),e=S.converters["unsigned short"](e)
try{t=new URL(A,m.settingsObject.baseUrl)}catch(e){throw new TypeError(`Failed to parse URL from ${A}`,{cause:e})}if(!k.has(e))throw new RangeError(`Invalid status code ${e}`)
const r=O(J({}),"immutable")
r[F].status=e
const n=D(M(t))
return r[F].headersList.append("location",n,!0),r}constructor(A=null,e={}){if(S.util.markAsUncloneable(this),A===U)return
null!==A&&(A=S.converters.BodyInit(A)),e=S.converters.ResponseInit(e),this[F]=J({}),this[b]=new r(U),i(this[b],"response"),a(this[b],this[F].headersList)
let t=null
if(null!=A){const[e,r]=c(A)
t={body:e,type:r}}W(this,e,t)}get type(){return S.brandCheck(this,Y),this[F].type}get url(){S.brandCheck(this,Y)
const A=this[F].urlList,e=A[A.length-1]??null
return null===e?"":M(e,!0)}get redirected(){return S.brandCheck(this,Y),this[F].urlList.length>1}get status(){return S.brandCheck(this,Y),this[F].status}get ok(){return S.brandCheck(this,Y),this[F].status>=200&&this[F].status<=299}get statusText(){return S.brandCheck(this,Y),this[F].statusText}get headers(){return S.brandCheck(this,Y),this[b]}get body(){return S.brandCheck(this,Y),this[F].body?this[F].body.stream:null}get bodyUsed(){return S.brandCheck(this,Y),!!this[F].body&&C.isDisturbed(this[F].body.stream)}clone(){if(S.brandCheck(this,Y),I(this))throw S.errors.exception({header:"Response.clone",message:"Body has already been consumed."})
const A=G(this[F])
return E&&this[F].body?.stream&&B.register(this,new WeakRef(this[F].body.stream)),O(A,o(this[b]))}[h.inspect.custom](A,e){null===e.depth&&(e.depth=2),e.colors??=!0
const t={status:this.status,statusText:this.statusText,headers:this.headers,body:this.body,bodyUsed:this.bodyUsed,ok:this.ok,redirected:this.redirected,type:this.type,url:this.url}
return`Response ${h.formatWithOptions(e,t)}`}}function G(A){if(A.internalResponse)return V(G(A.internalResponse),A.type)
const e=J({...A,body:null})
return null!=A.body&&(e.body=g(e,A.body)),e}function J(A){return{aborted:!1,rangeRequested:!1,timingAllowPassed:!1,requestIncludesCredentials:!1,type:"default",status:200,timingInfo:null,cacheState:"",statusText:"",...A,headersList:A?.headersList?new n(A?.headersList):new n,urlList:A?.urlList?[...A.urlList]:[]}}function H(A){return J({type:"error",status:0,error:y(A)?A:new Error(A?String(A):A),aborted:A&&"AbortError"===A.name})}function x(A,e){return e={internalResponse:A,...e},new Proxy(A,{get:(A,t)=>t in e?e[t]:A[t],set:(A,t,r)=>(L(!(t in e)),A[t]=r,!0)})}function V(A,e){return"basic"===e?x(A,{type:"basic",headersList:A.headersList}):"cors"===e?x(A,{type:"cors",headersList:A.headersList}):"opaque"===e?x(A,{type:"opaque",urlList:Object.freeze([]),status:0,statusText:"",body:null}):"opaqueredirect"===e?x(A,{type:"opaqueredirect",status:0,statusText:"",headersList:[],body:null}):void L(!1)}function W(A,e,t){if(null!==e.status&&(e.status<200||e.status>599))throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.')
if("statusText"in e&&null!=e.statusText&&!u(String(e.statusText)))throw new TypeError("Invalid statusText")
if("status"in e&&null!=e.status&&(A[F].status=e.status),"statusText"in e&&null!=e.statusText&&(A[F].statusText=e.statusText),"headers"in e&&null!=e.headers&&s(A[b],e.headers),t){if(R.includes(A.status))throw S.errors.exception({header:"Response constructor",message:`Invalid response status code ${A.status}`})
A[F].body=t.body,null==t.type||A[F].headersList.contains("content-type",!0)||A[F].headersList.append("content-type",t.type,!0)}}function O(A,e){const t=new Y(U)
return t[F]=A,t[b]=new r(U),a(t[b],A.headersList),i(t[b],e),E&&A.body?.stream&&B.register(t,new WeakRef(A.body.stream)),t}Q(Y),Object.defineProperties(Y.prototype,{type:l,url:l,status:l,ok:l,redirected:l,statusText:l,headers:l,clone:l,body:l,bodyUsed:l,[Symbol.toStringTag]:{value:"Response",configurable:!0}}),Object.defineProperties(Y,{json:l,redirect:l,error:l}),S.converters.ReadableStream=S.interfaceConverter(ReadableStream),S.converters.FormData=S.interfaceConverter(N),S.converters.URLSearchParams=S.interfaceConverter(URLSearchParams),S.converters.XMLHttpRequestBodyInit=function(A,e,t){return"string"==typeof A?S.converters.USVString(A,e,t):p(A)?S.converters.Blob(A,e,t,{strict:!1}):ArrayBuffer.isView(A)||T.isArrayBuffer(A)?S.converters.BufferSource(A,e,t):C.isFormDataLike(A)?S.converters.FormData(A,e,t,{strict:!1}):A instanceof URLSearchParams?S.converters.URLSearchParams(A,e,t):S.converters.DOMString(A,e,t)},S.converters.BodyInit=function(A,e,t){return A instanceof ReadableStream?S.converters.ReadableStream(A,e,t):A?.[Symbol.asyncIterator]?A:S.converters.XMLHttpRequestBodyInit(A,e,t)},S.converters.ResponseInit=S.dictionaryConverter([{key:"status",converter:S.converters["unsigned short"],defaultValue:()=>200},{key:"statusText",converter:S.converters.ByteString,defaultValue:()=>""},{key:"headers",converter:S.converters.HeadersInit}]),A.exports={isNetworkError:function(A){return"error"===A.type&&0===A.status},makeNetworkError:H,makeResponse:J,makeAppropriateNetworkError:function(A,e=null){return L(d(A)),f(A)?H(Object.assign(new DOMException("The operation was aborted.","AbortError"),{cause:e})):H(Object.assign(new DOMException("Request was cancelled."),{cause:e}))},filterResponse:V,Response:Y,cloneResponse:G,fromInnerResponse:O}},3627:A=>{A.exports={kUrl:Symbol("url"),kHeaders:Symbol("headers"),kSignal:Symbol("signal"),kState:Symbol("state"),kDispatcher:Symbol("dispatcher")}},3168:(A,e,t)=>{const{Transform:r}=t(7075),n=t(8522),{redirectStatusSet:s,referrerPolicySet:o,badPortsSet:i}=t(4495),{getGlobalOrigin:a}=t(1059),{collectASequenceOfCodePoints:c,collectAnHTTPQuotedString:g,removeChars:Q,parseMIMEType:E}=t(1900),{performance:B}=t(643),{isBlobLike:I,ReadableStreamFrom:C,isValidHTTPToken:h,normalizedMethodRecordsBase:l}=t(3440),u=t(4589),{isUint8Array:d}=t(3429),{webidl:f}=t(5893)
let p,w=[]
try{p=t(7598)
const A=["sha256","sha384","sha512"]
w=p.getHashes().filter(e=>A.includes(e))}catch{}function y(A){const e=A.urlList,t=e.length
return 0===t?null:e[t-1].toString()}function D(A){for(let e=0;e<A.length;++e){const t=A.charCodeAt(e)
if(t>126||t<32)return!1}return!0}function m(A){return A.urlList[A.urlList.length-1]}const k=h
function R(A){return!1===("\t"===A[0]||" "===A[0]||"\t"===A[A.length-1]||" "===A[A.length-1]||A.includes("\n")||A.includes("\r")||A.includes("\0"))}function F(A,e){return A}function b(){return{referrerPolicy:"strict-origin-when-cross-origin"}}function S(A,e){return u(A instanceof URL),"file:"===(A=new URL(A)).protocol||"about:"===A.protocol||"blank:"===A.protocol?"no-referrer":(A.username="",A.password="",A.hash="",e&&(A.pathname="",A.search=""),A)}function N(A){return A instanceof URL&&("about:blank"===A.href||"about:srcdoc"===A.href||("data:"===A.protocol||("file:"===A.protocol||function(A){if(null==A||"null"===A)return!1
const e=new URL(A)
if("https:"===e.protocol||"wss:"===e.protocol)return!0
if(/^127(?:\.[0-9]+){0,2}\.[0-9]+$|^\[(?:0*:)*?:?0*1\]$/.test(e.hostname)||"localhost"===e.hostname||e.hostname.includes("localhost.")||e.hostname.endsWith(".localhost"))return!0
return!1}(A.origin))))}const M=/(?<algo>sha256|sha384|sha512)-((?<hash>[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}(?:\s|$)( +[!-~]*)?)?/i
function U(A){const e=[]
let t=!0
for(const r of A.split(" ")){t=!1
const A=M.exec(r)
if(null===A||void 0===A.groups||void 0===A.groups.algo)continue
const n=A.groups.algo.toLowerCase()
w.includes(n)&&e.push(A.groups)}return!0===t?"no metadata":e}function L(A,e){if(A.length!==e.length)return!1
for(let t=0;t<A.length;++t)if(A[t]!==e[t]){if("+"===A[t]&&"-"===e[t]||"/"===A[t]&&"_"===e[t])continue
return!1}return!0}function T(A,e){return A.origin===e.origin&&"null"===A.origin||A.protocol===e.protocol&&A.hostname===e.hostname&&A.port===e.port}const v=Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))
function Y(A,e,t=0,r=1){class n{#Z
#z
#K
constructor(A,e){this.#Z=A,this.#z=e,this.#K=0}next(){if("object"!=typeof this||null===this||!(#Z in this))throw new TypeError(`'next' called on an object that does not implement interface ${A} Iterator.`)
const n=this.#K,s=this.#Z[e]
if(n>=s.length)return{value:void 0,done:!0}
const{[t]:o,[r]:i}=s[n]
let a
switch(this.#K=n+1,this.#z){case"key":a=o
break
case"value":a=i
break
case"key+value":a=[o,i]}return{value:a,done:!1}}}return delete n.prototype.constructor,Object.setPrototypeOf(n.prototype,v),Object.defineProperties(n.prototype,{[Symbol.toStringTag]:{writable:!1,enumerable:!1,configurable:!0,value:`${A} Iterator`},next:{writable:!0,enumerable:!0,configurable:!0}}),function(A,e){return new n(A,e)}}const G=/[^\x00-\xFF]/
function J(A){return u(!G.test(A)),A}async function H(A){const e=[]
let t=0
for(;;){const{done:r,value:n}=await A.read()
if(r)return Buffer.concat(e,t)
if(!d(n))throw new TypeError("Received non-Uint8Array chunk")
e.push(n),t+=n.length}}function x(A){return"string"==typeof A&&":"===A[5]&&"h"===A[0]&&"t"===A[1]&&"t"===A[2]&&"p"===A[3]&&"s"===A[4]||"https:"===A.protocol}function V(A){u("protocol"in A)
const e=A.protocol
return"http:"===e||"https:"===e}class W extends r{#_
constructor(A){super(),this.#_=A}_transform(A,e,t){if(!this._inflateStream){if(0===A.length)return void t()
this._inflateStream=8==(15&A[0])?n.createInflate(this.#_):n.createInflateRaw(this.#_),this._inflateStream.on("data",this.push.bind(this)),this._inflateStream.on("end",()=>this.push(null)),this._inflateStream.on("error",A=>this.destroy(A))}this._inflateStream.write(A,e,t)}_final(A){this._inflateStream&&(this._inflateStream.end(),this._inflateStream=null),A()}}function O(A,e){const t=e.get(A,!0)
return null===t?null:function(A){const e=A,t={position:0},r=[]
let n=""
for(;t.position<e.length;){if(n+=c(A=>'"'!==A&&","!==A,e,t),t.position<e.length)if(34===e.charCodeAt(t.position)){if(n+=g(e,t),t.position<e.length)continue}else u(44===e.charCodeAt(t.position)),t.position++
n=Q(n,!0,!0,A=>9===A||32===A),r.push(n),n=""}return r}(t)}const P=new TextDecoder
class q{get baseUrl(){return a()}get origin(){return this.baseUrl?.origin}policyContainer={referrerPolicy:"strict-origin-when-cross-origin"}}const Z=new class{settingsObject=new q}
A.exports={isAborted:function(A){return"aborted"===A.controller.state},isCancelled:function(A){return"aborted"===A.controller.state||"terminated"===A.controller.state},isValidEncodedURL:D,createDeferredPromise:function(){let A,e
return{promise:new Promise((t,r)=>{A=t,e=r}),resolve:A,reject:e}},ReadableStreamFrom:C,tryUpgradeRequestToAPotentiallyTrustworthyURL:function(A){},clampAndCoarsenConnectionTimingInfo:function(A,e,t){return!A?.startTime||A.startTime<e?{domainLookupStartTime:e,domainLookupEndTime:e,connectionStartTime:e,connectionEndTime:e,secureConnectionStartTime:e,ALPNNegotiatedProtocol:A?.ALPNNegotiatedProtocol}:{domainLookupStartTime:F(A.domainLookupStartTime),domainLookupEndTime:F(A.domainLookupEndTime),connectionStartTime:F(A.connectionStartTime),connectionEndTime:F(A.connectionEndTime),secureConnectionStartTime:F(A.secureConnectionStartTime),ALPNNegotiatedProtocol:A.ALPNNegotiatedProtocol}},coarsenedSharedCurrentTime:function(A){return F(B.now())},determineRequestsReferrer:function(A){const e=A.referrerPolicy
u(e)
let t=null
if("client"===A.referrer){const A=a()
if(!A||"null"===A.origin)return"no-referrer"
t=new URL(A)}else A.referrer instanceof URL&&(t=A.referrer)
let r=S(t)
const n=S(t,!0)
r.toString().length>4096&&(r=n)
const s=T(A,r),o=N(r)&&!N(A.url)
switch(e){case"origin":return null!=n?n:S(t,!0)
case"unsafe-url":return r
case"same-origin":return s?n:"no-referrer"
case"origin-when-cross-origin":return s?r:n
case"strict-origin-when-cross-origin":{const e=m(A)
return T(r,e)?r:N(r)&&!N(e)?"no-referrer":n}default:return o?"no-referrer":n}},makePolicyContainer:b,clonePolicyContainer:function(A){return{referrerPolicy:A.referrerPolicy}},appendFetchMetadata:function(A){let e=null
e=A.mode,A.headersList.set("sec-fetch-mode",e,!0)},appendRequestOriginHeader:function(A){let e=A.origin
if("client"!==e&&void 0!==e)if("cors"===A.responseTainting||"websocket"===A.mode)A.headersList.append("origin",e,!0)
else if("GET"!==A.method&&"HEAD"!==A.method){switch(A.referrerPolicy){case"no-referrer":e=null
break
case"no-referrer-when-downgrade":case"strict-origin":case"strict-origin-when-cross-origin":A.origin&&x(A.origin)&&!x(m(A))&&(e=null)
break
case"same-origin":T(A,m(A))||(e=null)}A.headersList.append("origin",e,!0)}},TAOCheck:function(){return"success"},corsCheck:function(){return"success"},crossOriginResourcePolicyCheck:function(){return"allowed"},createOpaqueTimingInfo:function(A){return{startTime:A.startTime??0,redirectStartTime:0,redirectEndTime:0,postRedirectStartTime:A.startTime??0,finalServiceWorkerStartTime:0,finalNetworkResponseStartTime:0,finalNetworkRequestStartTime:0,endTime:0,encodedBodySize:0,decodedBodySize:0,finalConnectionTimingInfo:null}},setRequestReferrerPolicyOnRedirect:function(A,e){const{headersList:t}=e,r=(t.get("referrer-policy",!0)??"").split(",")
let n=""
if(r.length>0)for(let A=r.length;0!==A;A--){const e=r[A-1].trim()
if(o.has(e)){n=e
break}}""!==n&&(A.referrerPolicy=n)},isValidHTTPToken:h,requestBadPort:function(A){const e=m(A)
return V(e)&&i.has(e.port)?"blocked":"allowed"},requestCurrentURL:m,responseURL:y,responseLocationURL:function(A,e){if(!s.has(A.status))return null
let t=A.headersList.get("location",!0)
var r
return null!==t&&R(t)&&(D(t)||(r=t,t=Buffer.from(r,"binary").toString("utf8")),t=new URL(t,y(A))),t&&!t.hash&&(t.hash=e),t},isBlobLike:I,isURLPotentiallyTrustworthy:N,isValidReasonPhrase:function(A){for(let e=0;e<A.length;++e){const t=A.charCodeAt(e)
if(!(9===t||t>=32&&t<=126||t>=128&&t<=255))return!1}return!0},sameOrigin:T,normalizeMethod:function(A){return l[A.toLowerCase()]??A},serializeJavascriptValueToJSONString:function(A){const e=JSON.stringify(A)
if(void 0===e)throw new TypeError("Value is not JSON serializable")
return u("string"==typeof e),e},iteratorMixin:function(A,e,t,r=0,n=1){const s=Y(A,t,r,n),o={keys:{writable:!0,enumerable:!0,configurable:!0,value:function(){return f.brandCheck(this,e),s(this,"key")}},values:{writable:!0,enumerable:!0,configurable:!0,value:function(){return f.brandCheck(this,e),s(this,"value")}},entries:{writable:!0,enumerable:!0,configurable:!0,value:function(){return f.brandCheck(this,e),s(this,"key+value")}},forEach:{writable:!0,enumerable:!0,configurable:!0,value:function(t,r=globalThis){if(f.brandCheck(this,e),f.argumentLengthCheck(arguments,1,`${A}.forEach`),"function"!=typeof t)throw new TypeError(`Failed to execute 'forEach' on '${A}': parameter 1 is not of type 'Function'.`)
for(const{0:A,1:e}of s(this,"key+value"))t.call(r,e,A,this)}}}
return Object.defineProperties(e.prototype,{...o,[Symbol.iterator]:{writable:!0,enumerable:!1,configurable:!0,value:o.entries.value}})},createIterator:Y,isValidHeaderName:k,isValidHeaderValue:R,isErrorLike:function(A){return A instanceof Error||"Error"===A?.constructor?.name||"DOMException"===A?.constructor?.name},fullyReadBody:async function(A,e,t){const r=e,n=t
let s
try{s=A.stream.getReader()}catch(A){return void n(A)}try{r(await H(s))}catch(A){n(A)}},bytesMatch:function(A,e){if(void 0===p)return!0
const t=U(e)
if("no metadata"===t)return!0
if(0===t.length)return!0
const r=function(A){let e=A[0].algo
if("5"===e[3])return e
for(let t=1;t<A.length;++t){const r=A[t]
if("5"===r.algo[3]){e="sha512"
break}"3"!==e[3]&&("3"===r.algo[3]&&(e="sha384"))}return e}(t),n=function(A,e){if(1===A.length)return A
let t=0
for(let r=0;r<A.length;++r)A[r].algo===e&&(A[t++]=A[r])
return A.length=t,A}(t,r)
for(const e of n){const t=e.algo,r=e.hash
let n=p.createHash(t).update(A).digest("base64")
if("="===n[n.length-1]&&(n="="===n[n.length-2]?n.slice(0,-2):n.slice(0,-1)),L(n,r))return!0}return!1},isReadableStreamLike:function(A){return A instanceof ReadableStream||"ReadableStream"===A[Symbol.toStringTag]&&"function"==typeof A.tee},readableStreamClose:function(A){try{A.close(),A.byobRequest?.respond(0)}catch(A){if(!A.message.includes("Controller is already closed")&&!A.message.includes("ReadableStream is already closed"))throw A}},isomorphicEncode:J,urlIsLocal:function(A){u("protocol"in A)
const e=A.protocol
return"about:"===e||"blob:"===e||"data:"===e},urlHasHttpsScheme:x,urlIsHttpHttpsScheme:V,readAllBytes:H,simpleRangeHeaderValue:function(A,e){const t=A
if(!t.startsWith("bytes"))return"failure"
const r={position:5}
if(e&&c(A=>"\t"===A||" "===A,t,r),61!==t.charCodeAt(r.position))return"failure"
r.position++,e&&c(A=>"\t"===A||" "===A,t,r)
const n=c(A=>{const e=A.charCodeAt(0)
return e>=48&&e<=57},t,r),s=n.length?Number(n):null
if(e&&c(A=>"\t"===A||" "===A,t,r),45!==t.charCodeAt(r.position))return"failure"
r.position++,e&&c(A=>"\t"===A||" "===A,t,r)
const o=c(A=>{const e=A.charCodeAt(0)
return e>=48&&e<=57},t,r),i=o.length?Number(o):null
return r.position<t.length||null===i&&null===s||s>i?"failure":{rangeStartValue:s,rangeEndValue:i}},buildContentRange:function(A,e,t){let r="bytes "
return r+=J(`${A}`),r+="-",r+=J(`${e}`),r+="/",r+=J(`${t}`),r},parseMetadata:U,createInflate:function(A){return new W(A)},extractMimeType:function(A){let e=null,t=null,r=null
const n=O("content-type",A)
if(null===n)return"failure"
for(const A of n){const n=E(A)
"failure"!==n&&"*/*"!==n.essence&&(r=n,r.essence!==t?(e=null,r.parameters.has("charset")&&(e=r.parameters.get("charset")),t=r.essence):r.parameters.has("charset")||null===e||r.parameters.set("charset",e))}return null==r?"failure":r},getDecodeSplit:O,utf8DecodeBytes:function(A){return 0===A.length?"":(239===A[0]&&187===A[1]&&191===A[2]&&(A=A.subarray(3)),P.decode(A))},environmentSettingsObject:Z}},5893:(A,e,t)=>{const{types:r,inspect:n}=t(7975),{markAsUncloneable:s}=t(5919),{toUSVString:o}=t(3440),i={converters:{},util:{},errors:{}}
i.errors.exception=function(A){return new TypeError(`${A.header}: ${A.message}`)},i.errors.conversionFailed=function(A){const e=1===A.types.length?"":" one of",t=`${A.argument} could not be converted to${e}: ${A.types.join(", ")}.`
return i.errors.exception({header:A.prefix,message:t})},i.errors.invalidArgument=function(A){return i.errors.exception({header:A.prefix,message:`"${A.value}" is an invalid ${A.type}.`})},i.brandCheck=function(A,e,t){if(!1!==t?.strict){if(!(A instanceof e)){const A=new TypeError("Illegal invocation")
throw A.code="ERR_INVALID_THIS",A}}else if(A?.[Symbol.toStringTag]!==e.prototype[Symbol.toStringTag]){const A=new TypeError("Illegal invocation")
throw A.code="ERR_INVALID_THIS",A}},i.argumentLengthCheck=function({length:A},e,t){if(A<e)throw i.errors.exception({message:`${e} argument${1!==e?"s":""} required, but${A?" only":""} ${A} found.`,header:t})},i.illegalConstructor=function(){throw i.errors.exception({header:"TypeError",message:"Illegal constructor"})},i.util.Type=function(A){switch(typeof A){case"undefined":return"Undefined"
case"boolean":return"Boolean"
case"string":return"String"
case"symbol":return"Symbol"
case"number":return"Number"
case"bigint":return"BigInt"
case"function":case"object":return null===A?"Null":"Object"}},i.util.markAsUncloneable=s||(()=>{}),i.util.ConvertToInt=function(A,e,t,r){let n,s
64===e?(n=Math.pow(2,53)-1,s="unsigned"===t?0:Math.pow(-2,53)+1):"unsigned"===t?(s=0,n=Math.pow(2,e)-1):(s=Math.pow(-2,e)-1,n=Math.pow(2,e-1)-1)
let o=Number(A)
if(0===o&&(o=0),!0===r?.enforceRange){if(Number.isNaN(o)||o===Number.POSITIVE_INFINITY||o===Number.NEGATIVE_INFINITY)throw i.errors.exception({header:"Integer conversion",message:`Could not convert ${i.util.Stringify(A)} to an integer.`})
if(o=i.util.IntegerPart(o),o<s||o>n)throw i.errors.exception({header:"Integer conversion",message:`Value must be between ${s}-${n}, got ${o}.`})
return o}return Number.isNaN(o)||!0!==r?.clamp?Number.isNaN(o)||0===o&&Object.is(0,o)||o===Number.POSITIVE_INFINITY||o===Number.NEGATIVE_INFINITY?0:(o=i.util.IntegerPart(o),o%=Math.pow(2,e),"signed"===t&&o>=Math.pow(2,e)-1?o-Math.pow(2,e):o):(o=Math.min(Math.max(o,s),n),o=Math.floor(o)%2==0?Math.floor(o):Math.ceil(o),o)},i.util.IntegerPart=function(A){const e=Math.floor(Math.abs(A))
return A<0?-1*e:e},i.util.Stringify=function(A){switch(i.util.Type(A)){case"Symbol":return`Symbol(${A.description})`
case"Object":return n(A)
case"String":return`"${A}"`
default:return`${A}`}},i.sequenceConverter=function(A){return(e,t,r,n)=>{if("Object"!==i.util.Type(e))throw i.errors.exception({header:t,message:`${r} (${i.util.Stringify(e)}) is not iterable.`})
const s="function"==typeof n?n():e?.[Symbol.iterator]?.(),o=[]
let a=0
if(void 0===s||"function"!=typeof s.next)throw i.errors.exception({header:t,message:`${r} is not iterable.`})
for(;;){const{done:e,value:n}=s.next()
if(e)break
o.push(A(n,t,`${r}[${a++}]`))}return o}},i.recordConverter=function(A,e){return(t,n,s)=>{if("Object"!==i.util.Type(t))throw i.errors.exception({header:n,message:`${s} ("${i.util.Type(t)}") is not an Object.`})
const o={}
if(!r.isProxy(t)){const r=[...Object.getOwnPropertyNames(t),...Object.getOwnPropertySymbols(t)]
for(const i of r){const r=A(i,n,s),a=e(t[i],n,s)
o[r]=a}return o}const a=Reflect.ownKeys(t)
for(const r of a){const i=Reflect.getOwnPropertyDescriptor(t,r)
if(i?.enumerable){const i=A(r,n,s),a=e(t[r],n,s)
o[i]=a}}return o}},i.interfaceConverter=function(A){return(e,t,r,n)=>{if(!1!==n?.strict&&!(e instanceof A))throw i.errors.exception({header:t,message:`Expected ${r} ("${i.util.Stringify(e)}") to be an instance of ${A.name}.`})
return e}},i.dictionaryConverter=function(A){return(e,t,r)=>{const n=i.util.Type(e),s={}
if("Null"===n||"Undefined"===n)return s
if("Object"!==n)throw i.errors.exception({header:t,message:`Expected ${e} to be one of: Null, Undefined, Object.`})
for(const n of A){const{key:A,defaultValue:o,required:a,converter:c}=n
if(!0===a&&!Object.hasOwn(e,A))throw i.errors.exception({header:t,message:`Missing required key "${A}".`})
let g=e[A]
const Q=Object.hasOwn(n,"defaultValue")
if(Q&&null!==g&&(g??=o()),a||Q||void 0!==g){if(g=c(g,t,`${r}.${A}`),n.allowedValues&&!n.allowedValues.includes(g))throw i.errors.exception({header:t,message:`${g} is not an accepted type. Expected one of ${n.allowedValues.join(", ")}.`})
s[A]=g}}return s}},i.nullableConverter=function(A){return(e,t,r)=>null===e?e:A(e,t,r)},i.converters.DOMString=function(A,e,t,r){if(null===A&&r?.legacyNullToEmptyString)return""
if("symbol"==typeof A)throw i.errors.exception({header:e,message:`${t} is a symbol, which cannot be converted to a DOMString.`})
return String(A)},i.converters.ByteString=function(A,e,t){const r=i.converters.DOMString(A,e,t)
for(let A=0;A<r.length;A++)if(r.charCodeAt(A)>255)throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${A} has a value of ${r.charCodeAt(A)} which is greater than 255.`)
return r},i.converters.USVString=o,i.converters.boolean=function(A){return Boolean(A)},i.converters.any=function(A){return A},i.converters["long long"]=function(A,e,t){return i.util.ConvertToInt(A,64,"signed",void 0,e,t)},i.converters["unsigned long long"]=function(A,e,t){return i.util.ConvertToInt(A,64,"unsigned",void 0,e,t)},i.converters["unsigned long"]=function(A,e,t){return i.util.ConvertToInt(A,32,"unsigned",void 0,e,t)},i.converters["unsigned short"]=function(A,e,t,r){return i.util.ConvertToInt(A,16,"unsigned",r,e,t)},i.converters.ArrayBuffer=function(A,e,t,n){if("Object"!==i.util.Type(A)||!r.isAnyArrayBuffer(A))throw i.errors.conversionFailed({prefix:e,argument:`${t} ("${i.util.Stringify(A)}")`,types:["ArrayBuffer"]})
if(!1===n?.allowShared&&r.isSharedArrayBuffer(A))throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})
if(A.resizable||A.growable)throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})
return A},i.converters.TypedArray=function(A,e,t,n,s){if("Object"!==i.util.Type(A)||!r.isTypedArray(A)||A.constructor.name!==e.name)throw i.errors.conversionFailed({prefix:t,argument:`${n} ("${i.util.Stringify(A)}")`,types:[e.name]})
if(!1===s?.allowShared&&r.isSharedArrayBuffer(A.buffer))throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})
if(A.buffer.resizable||A.buffer.growable)throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})
return A},i.converters.DataView=function(A,e,t,n){if("Object"!==i.util.Type(A)||!r.isDataView(A))throw i.errors.exception({header:e,message:`${t} is not a DataView.`})
if(!1===n?.allowShared&&r.isSharedArrayBuffer(A.buffer))throw i.errors.exception({header:"ArrayBuffer",message:"SharedArrayBuffer is not allowed."})
if(A.buffer.resizable||A.buffer.growable)throw i.errors.exception({header:"ArrayBuffer",message:"Received a resizable ArrayBuffer."})
return A},i.converters.BufferSource=function(A,e,t,n){if(r.isAnyArrayBuffer(A))return i.converters.ArrayBuffer(A,e,t,{...n,allowShared:!1})
if(r.isTypedArray(A))return i.converters.TypedArray(A,A.constructor,e,t,{...n,allowShared:!1})
if(r.isDataView(A))return i.converters.DataView(A,e,t,{...n,allowShared:!1})
throw i.errors.conversionFailed({prefix:e,argument:`${t} ("${i.util.Stringify(A)}")`,types:["BufferSource"]})},i.converters["sequence<ByteString>"]=i.sequenceConverter(i.converters.ByteString),i.converters["sequence<sequence<ByteString>>"]=i.sequenceConverter(i.converters["sequence<ByteString>"]),i.converters["record<ByteString, ByteString>"]=i.recordConverter(i.converters.ByteString,i.converters.ByteString),A.exports={webidl:i}},2607:A=>{A.exports={getEncoding:function(A){if(!A)return"failure"
switch(A.trim().toLowerCase()){case"unicode-1-1-utf-8":case"unicode11utf8":case"unicode20utf8":case"utf-8":case"utf8":case"x-unicode20utf8":return"UTF-8"
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
default:return"failure"}}}},8355:(A,e,t)=>{const{staticPropertyDescriptors:r,readOperation:n,fireAProgressEvent:s}=t(3610),{kState:o,kError:i,kResult:a,kEvents:c,kAborted:g}=t(961),{webidl:Q}=t(5893),{kEnumerableProperty:E}=t(3440)
class B extends EventTarget{constructor(){super(),this[o]="empty",this[a]=null,this[i]=null,this[c]={loadend:null,error:null,abort:null,load:null,progress:null,loadstart:null}}readAsArrayBuffer(A){Q.brandCheck(this,B),Q.argumentLengthCheck(arguments,1,"FileReader.readAsArrayBuffer"),A=Q.converters.Blob(A,{strict:!1}),n(this,A,"ArrayBuffer")}readAsBinaryString(A){Q.brandCheck(this,B),Q.argumentLengthCheck(arguments,1,"FileReader.readAsBinaryString"),A=Q.converters.Blob(A,{strict:!1}),n(this,A,"BinaryString")}readAsText(A,e=void 0){Q.brandCheck(this,B),Q.argumentLengthCheck(arguments,1,"FileReader.readAsText"),A=Q.converters.Blob(A,{strict:!1}),void 0!==e&&(e=Q.converters.DOMString(e,"FileReader.readAsText","encoding")),n(this,A,"Text",e)}readAsDataURL(A){Q.brandCheck(this,B),Q.argumentLengthCheck(arguments,1,"FileReader.readAsDataURL"),A=Q.converters.Blob(A,{strict:!1}),n(this,A,"DataURL")}abort(){"empty"!==this[o]&&"done"!==this[o]?("loading"===this[o]&&(this[o]="done",this[a]=null),this[g]=!0,s("abort",this),"loading"!==this[o]&&s("loadend",this)):this[a]=null}get readyState(){switch(Q.brandCheck(this,B),this[o]){case"empty":return this.EMPTY
case"loading":return this.LOADING
case"done":return this.DONE}}get result(){return Q.brandCheck(this,B),this[a]}get error(){return Q.brandCheck(this,B),this[i]}get onloadend(){return Q.brandCheck(this,B),this[c].loadend}set onloadend(A){Q.brandCheck(this,B),this[c].loadend&&this.removeEventListener("loadend",this[c].loadend),"function"==typeof A?(this[c].loadend=A,this.addEventListener("loadend",A)):this[c].loadend=null}get onerror(){return Q.brandCheck(this,B),this[c].error}set onerror(A){Q.brandCheck(this,B),this[c].error&&this.removeEventListener("error",this[c].error),"function"==typeof A?(this[c].error=A,this.addEventListener("error",A)):this[c].error=null}get onloadstart(){return Q.brandCheck(this,B),this[c].loadstart}set onloadstart(A){Q.brandCheck(this,B),this[c].loadstart&&this.removeEventListener("loadstart",this[c].loadstart),"function"==typeof A?(this[c].loadstart=A,this.addEventListener("loadstart",A)):this[c].loadstart=null}get onprogress(){return Q.brandCheck(this,B),this[c].progress}set onprogress(A){Q.brandCheck(this,B),this[c].progress&&this.removeEventListener("progress",this[c].progress),"function"==typeof A?(this[c].progress=A,this.addEventListener("progress",A)):this[c].progress=null}get onload(){return Q.brandCheck(this,B),this[c].load}set onload(A){Q.brandCheck(this,B),this[c].load&&this.removeEventListener("load",this[c].load),"function"==typeof A?(this[c].load=A,this.addEventListener("load",A)):this[c].load=null}get onabort(){return Q.brandCheck(this,B),this[c].abort}set onabort(A){Q.brandCheck(this,B),this[c].abort&&this.removeEventListener("abort",this[c].abort),"function"==typeof A?(this[c].abort=A,this.addEventListener("abort",A)):this[c].abort=null}}B.EMPTY=B.prototype.EMPTY=0,B.LOADING=B.prototype.LOADING=1,B.DONE=B.prototype.DONE=2,Object.defineProperties(B.prototype,{EMPTY:r,LOADING:r,DONE:r,readAsArrayBuffer:E,readAsBinaryString:E,readAsText:E,readAsDataURL:E,abort:E,readyState:E,result:E,error:E,onloadstart:E,onprogress:E,onload:E,onabort:E,onerror:E,onloadend:E,[Symbol.toStringTag]:{value:"FileReader",writable:!1,enumerable:!1,configurable:!0}}),Object.defineProperties(B,{EMPTY:r,LOADING:r,DONE:r}),A.exports={FileReader:B}},8573:(A,e,t)=>{const{webidl:r}=t(5893),n=Symbol("ProgressEvent state")
class s extends Event{constructor(A,e={}){super(A=r.converters.DOMString(A,"ProgressEvent constructor","type"),e=r.converters.ProgressEventInit(e??{})),this[n]={lengthComputable:e.lengthComputable,loaded:e.loaded,total:e.total}}get lengthComputable(){return r.brandCheck(this,s),this[n].lengthComputable}get loaded(){return r.brandCheck(this,s),this[n].loaded}get total(){return r.brandCheck(this,s),this[n].total}}r.converters.ProgressEventInit=r.dictionaryConverter([{key:"lengthComputable",converter:r.converters.boolean,defaultValue:()=>!1},{key:"loaded",converter:r.converters["unsigned long long"],defaultValue:()=>0},{key:"total",converter:r.converters["unsigned long long"],defaultValue:()=>0},{key:"bubbles",converter:r.converters.boolean,defaultValue:()=>!1},{key:"cancelable",converter:r.converters.boolean,defaultValue:()=>!1},{key:"composed",converter:r.converters.boolean,defaultValue:()=>!1}]),A.exports={ProgressEvent:s}},961:A=>{A.exports={kState:Symbol("FileReader state"),kResult:Symbol("FileReader result"),kError:Symbol("FileReader error"),kLastProgressEventFired:Symbol("FileReader last progress event fired timestamp"),kEvents:Symbol("FileReader events"),kAborted:Symbol("FileReader aborted")}},3610:(A,e,t)=>{const{kState:r,kError:n,kResult:s,kAborted:o,kLastProgressEventFired:i}=t(961),{ProgressEvent:a}=t(8573),{getEncoding:c}=t(2607),{serializeAMimeType:g,parseMIMEType:Q}=t(1900),{types:E}=t(7975),{StringDecoder:B}=t(3193),{btoa:I}=t(4573)
function C(A,e){const t=new a(A,{bubbles:!1,cancelable:!1})
e.dispatchEvent(t)}function h(A,e,t,r){switch(e){case"DataURL":{let e="data:"
const r=Q(t||"application/octet-stream")
"failure"!==r&&(e+=g(r)),e+=";base64,"
const n=new B("latin1")
for(const t of A)e+=I(n.write(t))
return e+=I(n.end()),e}case"Text":{let e="failure"
if(r&&(e=c(r)),"failure"===e&&t){const A=Q(t)
"failure"!==A&&(e=c(A.parameters.get("charset")))}return"failure"===e&&(e="UTF-8"),function(A,e){const t=l(A),r=function(A){const[e,t,r]=A
if(239===e&&187===t&&191===r)return"UTF-8"
if(254===e&&255===t)return"UTF-16BE"
if(255===e&&254===t)return"UTF-16LE"
return null}(t)
let n=0
null!==r&&(e=r,n="UTF-8"===r?3:2)
const s=t.slice(n)
return new TextDecoder(e).decode(s)}(A,e)}case"ArrayBuffer":return l(A).buffer
case"BinaryString":{let e=""
const t=new B("latin1")
for(const r of A)e+=t.write(r)
return e+=t.end(),e}}}function l(A){const e=A.reduce((A,e)=>A+e.byteLength,0)
let t=0
return A.reduce((A,e)=>(A.set(e,t),t+=e.byteLength,A),new Uint8Array(e))}A.exports={staticPropertyDescriptors:{enumerable:!0,writable:!1,configurable:!1},readOperation:function(A,e,t,a){if("loading"===A[r])throw new DOMException("Invalid state","InvalidStateError")
A[r]="loading",A[s]=null,A[n]=null
const c=e.stream().getReader(),g=[]
let Q=c.read(),B=!0;(async()=>{for(;!A[o];)try{const{done:I,value:l}=await Q
if(B&&!A[o]&&queueMicrotask(()=>{C("loadstart",A)}),B=!1,!I&&E.isUint8Array(l))g.push(l),(void 0===A[i]||Date.now()-A[i]>=50)&&!A[o]&&(A[i]=Date.now(),queueMicrotask(()=>{C("progress",A)})),Q=c.read()
else if(I){queueMicrotask(()=>{A[r]="done"
try{const r=h(g,t,e.type,a)
if(A[o])return
A[s]=r,C("load",A)}catch(e){A[n]=e,C("error",A)}"loading"!==A[r]&&C("loadend",A)})
break}}catch(e){if(A[o])return
queueMicrotask(()=>{A[r]="done",A[n]=e,C("error",A),"loading"!==A[r]&&C("loadend",A)})
break}})()},fireAProgressEvent:C}},6897:(A,e,t)=>{const{uid:r,states:n,sentCloseFrameState:s,emptyBuffer:o,opcodes:i}=t(736),{kReadyState:a,kSentClose:c,kByteParser:g,kReceivedClose:Q,kResponse:E}=t(1216),{fireEvent:B,failWebsocketConnection:I,isClosing:C,isClosed:h,isEstablished:l,parseExtensions:u}=t(8625),{channels:d}=t(2414),{CloseEvent:f}=t(5188),{makeRequest:p}=t(9967),{fetching:w}=t(4398),{Headers:y,getHeadersList:D}=t(660),{getDecodeSplit:m}=t(3168),{WebsocketFrameSend:k}=t(3264)
let R
try{R=t(7598)}catch{}function F(A){this.ws[g].write(A)||this.pause()}function b(){const{ws:A}=this,{[E]:e}=A
e.socket.off("data",F),e.socket.off("close",b),e.socket.off("error",S)
const t=A[c]===s.SENT&&A[Q]
let r=1005,o=""
const i=A[g].closingInfo
i&&!i.error?(r=i.code??1005,o=i.reason):A[Q]||(r=1006),A[a]=n.CLOSED,B("close",A,(A,e)=>new f(A,e),{wasClean:t,code:r,reason:o}),d.close.hasSubscribers&&d.close.publish({websocket:A,code:r,reason:o})}function S(A){const{ws:e}=this
e[a]=n.CLOSING,d.socketError.hasSubscribers&&d.socketError.publish(A),this.destroy()}A.exports={establishWebSocketConnection:function(A,e,t,n,s,o){const i=A
i.protocol="ws:"===A.protocol?"http:":"https:"
const a=p({urlList:[i],client:t,serviceWorkers:"none",referrer:"no-referrer",mode:"websocket",credentials:"include",cache:"no-store",redirect:"error"})
if(o.headers){const A=D(new y(o.headers))
a.headersList=A}const c=R.randomBytes(16).toString("base64")
a.headersList.append("sec-websocket-key",c),a.headersList.append("sec-websocket-version","13")
for(const A of e)a.headersList.append("sec-websocket-protocol",A)
return a.headersList.append("sec-websocket-extensions","permessage-deflate; client_max_window_bits"),w({request:a,useParallelQueue:!0,dispatcher:o.dispatcher,processResponse(A){if("error"===A.type||101!==A.status)return void I(n,"Received network error or non-101 status code.")
if(0!==e.length&&!A.headersList.get("Sec-WebSocket-Protocol"))return void I(n,"Server did not respond with sent protocols.")
if("websocket"!==A.headersList.get("Upgrade")?.toLowerCase())return void I(n,'Server did not set Upgrade header to "websocket".')
if("upgrade"!==A.headersList.get("Connection")?.toLowerCase())return void I(n,'Server did not set Connection header to "upgrade".')
if(A.headersList.get("Sec-WebSocket-Accept")!==R.createHash("sha1").update(c+r).digest("base64"))return void I(n,"Incorrect hash received in Sec-WebSocket-Accept header.")
const t=A.headersList.get("Sec-WebSocket-Extensions")
let o
if(null!==t&&(o=u(t),!o.has("permessage-deflate")))return void I(n,"Sec-WebSocket-Extensions header does not match.")
const i=A.headersList.get("Sec-WebSocket-Protocol")
if(null!==i){const A=m("sec-websocket-protocol",a.headersList)
if(null===A||!A.includes(i))return void I(n,"Protocol was not set in the opening handshake.")}A.socket.on("data",F),A.socket.on("close",b),A.socket.on("error",S),d.open.hasSubscribers&&d.open.publish({address:A.socket.address(),protocol:i,extensions:t}),s(A,o)}})},closeWebSocketConnection:function(A,e,t,r){if(C(A)||h(A));else if(l(A))if(A[c]===s.NOT_SENT){A[c]=s.PROCESSING
const g=new k
void 0!==e&&void 0===t?(g.frameData=Buffer.allocUnsafe(2),g.frameData.writeUInt16BE(e,0)):void 0!==e&&void 0!==t?(g.frameData=Buffer.allocUnsafe(2+r),g.frameData.writeUInt16BE(e,0),g.frameData.write(t,2,"utf-8")):g.frameData=o
A[E].socket.write(g.createFrame(i.CLOSE)),A[c]=s.SENT,A[a]=n.CLOSING}else A[a]=n.CLOSING
else I(A,"Connection was closed before it was established."),A[a]=n.CLOSING}}},736:A=>{const e=Buffer.allocUnsafe(0)
A.exports={uid:"258EAFA5-E914-47DA-95CA-C5AB0DC85B11",sentCloseFrameState:{NOT_SENT:0,PROCESSING:1,SENT:2},staticPropertyDescriptors:{enumerable:!0,writable:!1,configurable:!1},states:{CONNECTING:0,OPEN:1,CLOSING:2,CLOSED:3},opcodes:{CONTINUATION:0,TEXT:1,BINARY:2,CLOSE:8,PING:9,PONG:10},maxUnsigned16Bit:65535,parserStates:{INFO:0,PAYLOADLENGTH_16:2,PAYLOADLENGTH_64:3,READ_DATA:4},emptyBuffer:e,sendHints:{string:1,typedArray:2,arrayBuffer:3,blob:4}}},5188:(A,e,t)=>{const{webidl:r}=t(5893),{kEnumerableProperty:n}=t(3440),{kConstruct:s}=t(6443),{MessagePort:o}=t(5919)
class i extends Event{#X
constructor(A,e={}){if(A===s)return super(arguments[1],arguments[2]),void r.util.markAsUncloneable(this)
const t="MessageEvent constructor"
r.argumentLengthCheck(arguments,1,t),super(A=r.converters.DOMString(A,t,"type"),e=r.converters.MessageEventInit(e,t,"eventInitDict")),this.#X=e,r.util.markAsUncloneable(this)}get data(){return r.brandCheck(this,i),this.#X.data}get origin(){return r.brandCheck(this,i),this.#X.origin}get lastEventId(){return r.brandCheck(this,i),this.#X.lastEventId}get source(){return r.brandCheck(this,i),this.#X.source}get ports(){return r.brandCheck(this,i),Object.isFrozen(this.#X.ports)||Object.freeze(this.#X.ports),this.#X.ports}initMessageEvent(A,e=!1,t=!1,n=null,s="",o="",a=null,c=[]){return r.brandCheck(this,i),r.argumentLengthCheck(arguments,1,"MessageEvent.initMessageEvent"),new i(A,{bubbles:e,cancelable:t,data:n,origin:s,lastEventId:o,source:a,ports:c})}static createFastMessageEvent(A,e){const t=new i(s,A,e)
return t.#X=e,t.#X.data??=null,t.#X.origin??="",t.#X.lastEventId??="",t.#X.source??=null,t.#X.ports??=[],t}}const{createFastMessageEvent:a}=i
delete i.createFastMessageEvent
class c extends Event{#X
constructor(A,e={}){const t="CloseEvent constructor"
r.argumentLengthCheck(arguments,1,t),super(A=r.converters.DOMString(A,t,"type"),e=r.converters.CloseEventInit(e)),this.#X=e,r.util.markAsUncloneable(this)}get wasClean(){return r.brandCheck(this,c),this.#X.wasClean}get code(){return r.brandCheck(this,c),this.#X.code}get reason(){return r.brandCheck(this,c),this.#X.reason}}class g extends Event{#X
constructor(A,e){const t="ErrorEvent constructor"
r.argumentLengthCheck(arguments,1,t),super(A,e),r.util.markAsUncloneable(this),A=r.converters.DOMString(A,t,"type"),e=r.converters.ErrorEventInit(e??{}),this.#X=e}get message(){return r.brandCheck(this,g),this.#X.message}get filename(){return r.brandCheck(this,g),this.#X.filename}get lineno(){return r.brandCheck(this,g),this.#X.lineno}get colno(){return r.brandCheck(this,g),this.#X.colno}get error(){return r.brandCheck(this,g),this.#X.error}}Object.defineProperties(i.prototype,{[Symbol.toStringTag]:{value:"MessageEvent",configurable:!0},data:n,origin:n,lastEventId:n,source:n,ports:n,initMessageEvent:n}),Object.defineProperties(c.prototype,{[Symbol.toStringTag]:{value:"CloseEvent",configurable:!0},reason:n,code:n,wasClean:n}),Object.defineProperties(g.prototype,{[Symbol.toStringTag]:{value:"ErrorEvent",configurable:!0},message:n,filename:n,lineno:n,colno:n,error:n}),r.converters.MessagePort=r.interfaceConverter(o),r.converters["sequence<MessagePort>"]=r.sequenceConverter(r.converters.MessagePort)
const Q=[{key:"bubbles",converter:r.converters.boolean,defaultValue:()=>!1},{key:"cancelable",converter:r.converters.boolean,defaultValue:()=>!1},{key:"composed",converter:r.converters.boolean,defaultValue:()=>!1}]
r.converters.MessageEventInit=r.dictionaryConverter([...Q,{key:"data",converter:r.converters.any,defaultValue:()=>null},{key:"origin",converter:r.converters.USVString,defaultValue:()=>""},{key:"lastEventId",converter:r.converters.DOMString,defaultValue:()=>""},{key:"source",converter:r.nullableConverter(r.converters.MessagePort),defaultValue:()=>null},{key:"ports",converter:r.converters["sequence<MessagePort>"],defaultValue:()=>new Array(0)}]),r.converters.CloseEventInit=r.dictionaryConverter([...Q,{key:"wasClean",converter:r.converters.boolean,defaultValue:()=>!1},{key:"code",converter:r.converters["unsigned short"],defaultValue:()=>0},{key:"reason",converter:r.converters.USVString,defaultValue:()=>""}]),r.converters.ErrorEventInit=r.dictionaryConverter([...Q,{key:"message",converter:r.converters.DOMString,defaultValue:()=>""},{key:"filename",converter:r.converters.USVString,defaultValue:()=>""},{key:"lineno",converter:r.converters["unsigned long"],defaultValue:()=>0},{key:"colno",converter:r.converters["unsigned long"],defaultValue:()=>0},{key:"error",converter:r.converters.any}]),A.exports={MessageEvent:i,CloseEvent:c,ErrorEvent:g,createFastMessageEvent:a}},3264:(A,e,t)=>{const{maxUnsigned16Bit:r}=t(736),n=16386
let s,o=null,i=n
try{s=t(7598)}catch{s={randomFillSync:function(A,e,t){for(let e=0;e<A.length;++e)A[e]=255*Math.random()|0
return A}}}function a(){return i===n&&(i=0,s.randomFillSync(o??=Buffer.allocUnsafe(n),0,n)),[o[i++],o[i++],o[i++],o[i++]]}A.exports={WebsocketFrameSend:class{constructor(A){this.frameData=A}createFrame(A){const e=this.frameData,t=a(),n=e?.byteLength??0
let s=n,o=6
n>r?(o+=8,s=127):n>125&&(o+=2,s=126)
const i=Buffer.allocUnsafe(n+o)
i[0]=i[1]=0,i[0]|=128,i[0]=(240&i[0])+A,i[o-4]=t[0],i[o-3]=t[1],i[o-2]=t[2],i[o-1]=t[3],i[1]=s,126===s?i.writeUInt16BE(n,2):127===s&&(i[2]=i[3]=0,i.writeUIntBE(n,4,6)),i[1]|=128
for(let A=0;A<n;++A)i[o+A]=e[A]^t[3&A]
return i}}}},9469:(A,e,t)=>{const{createInflateRaw:r,Z_DEFAULT_WINDOWBITS:n}=t(8522),{isValidClientWindowBits:s}=t(8625),{MessageSizeExceededError:o}=t(8707),i=Buffer.from([0,0,255,255]),a=Symbol("kBuffer"),c=Symbol("kLength")
A.exports={PerMessageDeflate:class{#j
#C={}
#$=0
constructor(A,e){this.#C.serverNoContextTakeover=A.has("server_no_context_takeover"),this.#C.serverMaxWindowBits=A.get("server_max_window_bits"),this.#$=e.maxPayloadSize}decompress(A,e,t){if(!this.#j){let A=n
if(this.#C.serverMaxWindowBits){if(!s(this.#C.serverMaxWindowBits))return void t(new Error("Invalid server_max_window_bits"))
A=Number.parseInt(this.#C.serverMaxWindowBits)}try{this.#j=r({windowBits:A})}catch(A){return void t(A)}this.#j[a]=[],this.#j[c]=0,this.#j.on("data",A=>{if(this.#j[c]+=A.length,this.#$>0&&this.#j[c]>this.#$)return t(new o),this.#j.removeAllListeners(),this.#j.destroy(),void(this.#j=null)
this.#j[a].push(A)}),this.#j.on("error",A=>{this.#j=null,t(A)})}this.#j.write(A),e&&this.#j.write(i),this.#j.flush(()=>{if(!this.#j)return
const A=Buffer.concat(this.#j[a],this.#j[c])
this.#j[a].length=0,this.#j[c]=0,t(null,A)})}}}},1652:(A,e,t)=>{const{Writable:r}=t(7075),n=t(4589),{parserStates:s,opcodes:o,states:i,emptyBuffer:a,sentCloseFrameState:c}=t(736),{kReadyState:g,kSentClose:Q,kResponse:E,kReceivedClose:B}=t(1216),{channels:I}=t(2414),{isValidStatusCode:C,isValidOpcode:h,failWebsocketConnection:l,websocketMessageReceived:u,utf8Decode:d,isControlFrame:f,isTextBinaryFrame:p,isContinuationFrame:w}=t(8625),{WebsocketFrameSend:y}=t(3264),{closeWebSocketConnection:D}=t(6897),{PerMessageDeflate:m}=t(9469),{MessageSizeExceededError:k}=t(8707)
function R(A,e,t){D(A,e,t,Buffer.byteLength(t)),l(A,t)}A.exports={ByteParser:class extends r{#AA=[]
#eA=0
#tA=0
#rA=!1
#w=s.INFO
#nA={}
#sA=[]
#oA
#iA
#$
constructor(A,e,t={}){super(),this.ws=A,this.#oA=null==e?new Map:e,this.#iA=t.maxFragments??0,this.#$=t.maxPayloadSize??0,this.#oA.has("permessage-deflate")&&this.#oA.set("permessage-deflate",new m(e,t))}_write(A,e,t){this.#AA.push(A),this.#tA+=A.length,this.#rA=!0,this.run(t)}#aA(){return!(this.#$>0&&!f(this.#nA.opcode)&&this.#nA.payloadLength+this.#eA>this.#$)||(R(this.ws,1009,"Payload size exceeds maximum allowed size"),!1)}run(A){for(;this.#rA;)if(this.#w===s.INFO){if(this.#tA<2)return A()
const e=this.consume(2),t=!!(128&e[0]),r=15&e[0],n=!(128&~e[1]),i=!t&&r!==o.CONTINUATION,a=127&e[1],c=64&e[0],g=32&e[0],Q=16&e[0]
if(!h(r))return l(this.ws,"Invalid opcode received"),A()
if(n)return l(this.ws,"Frame cannot be masked"),A()
if(0!==c&&!this.#oA.has("permessage-deflate"))return void l(this.ws,"Expected RSV1 to be clear.")
if(0!==g||0!==Q)return void l(this.ws,"RSV1, RSV2, RSV3 must be clear")
if(i&&!p(r))return void l(this.ws,"Invalid frame type was fragmented.")
if(p(r)&&this.#sA.length>0)return void l(this.ws,"Expected continuation frame")
if(this.#nA.fragmented&&i)return void l(this.ws,"Fragmented frame exceeded 125 bytes.")
if((a>125||i)&&f(r))return void l(this.ws,"Control frame either too large or fragmented")
if(w(r)&&0===this.#sA.length&&!this.#nA.compressed)return void l(this.ws,"Unexpected continuation frame")
if(a<=125){if(this.#nA.payloadLength=a,this.#w=s.READ_DATA,!this.#aA())return}else 126===a?this.#w=s.PAYLOADLENGTH_16:127===a&&(this.#w=s.PAYLOADLENGTH_64)
p(r)&&(this.#nA.binaryType=r,this.#nA.compressed=0!==c),this.#nA.opcode=r,this.#nA.masked=n,this.#nA.fin=t,this.#nA.fragmented=i}else if(this.#w===s.PAYLOADLENGTH_16){if(this.#tA<2)return A()
const e=this.consume(2)
if(this.#nA.payloadLength=e.readUInt16BE(0),this.#w=s.READ_DATA,!this.#aA())return}else if(this.#w===s.PAYLOADLENGTH_64){if(this.#tA<8)return A()
const e=this.consume(8),t=e.readUInt32BE(0),r=e.readUInt32BE(4)
if(0!==t||r>2**31-1)return void l(this.ws,"Received payload length > 2^31 bytes.")
if(this.#nA.payloadLength=r,this.#w=s.READ_DATA,!this.#aA())return}else if(this.#w===s.READ_DATA){if(this.#tA<this.#nA.payloadLength)return A()
const e=this.consume(this.#nA.payloadLength)
if(f(this.#nA.opcode)){this.#rA=this.parseControlFrame(e),this.#w=s.INFO
const t=this.ws[E].socket
if(this.#rA&&t.writableNeedDrain)return this.#rA=!1,void t.once("drain",()=>{this.destroyed||(this.#rA=!0,this.run(A))})}else{if(this.#nA.compressed){this.#oA.get("permessage-deflate").decompress(e,this.#nA.fin,(e,t)=>{if(e){const A=e instanceof k?1009:1007
return void R(this.ws,A,e.message)}if(this.writeFragments(t))if(this.#$>0&&this.#eA>this.#$)R(this.ws,1009,(new k).message)
else{if(!this.#nA.fin)return this.#w=s.INFO,this.#rA=!0,void this.run(A)
u(this.ws,this.#nA.binaryType,this.consumeFragments()),this.#rA=!0,this.#w=s.INFO,this.run(A)}}),this.#rA=!1
break}if(!this.writeFragments(e))return
if(this.#$>0&&this.#eA>this.#$)return void R(this.ws,1009,(new k).message)
!this.#nA.fragmented&&this.#nA.fin&&u(this.ws,this.#nA.binaryType,this.consumeFragments()),this.#w=s.INFO}}}consume(A){if(A>this.#tA)throw new Error("Called consume() before buffers satiated.")
if(0===A)return a
if(this.#AA[0].length===A)return this.#tA-=this.#AA[0].length,this.#AA.shift()
const e=Buffer.allocUnsafe(A)
let t=0
for(;t!==A;){const r=this.#AA[0],{length:n}=r
if(n+t===A){e.set(this.#AA.shift(),t)
break}if(n+t>A){e.set(r.subarray(0,A-t),t),this.#AA[0]=r.subarray(A-t)
break}e.set(this.#AA.shift(),t),t+=r.length}return this.#tA-=A,e}writeFragments(A){return this.#iA>0&&this.#sA.length===this.#iA?(R(this.ws,1008,"Too many message fragments"),!1):(this.#eA+=A.length,this.#sA.push(A),!0)}consumeFragments(){const A=this.#sA
if(1===A.length)return this.#eA=0,A.shift()
const e=Buffer.concat(A,this.#eA)
return this.#sA=[],this.#eA=0,e}parseCloseBody(A){let e
if(n(1!==A.length),A.length>=2&&(e=A.readUInt16BE(0)),void 0!==e&&!C(e))return{code:1002,reason:"Invalid status code",error:!0}
let t=A.subarray(2)
239===t[0]&&187===t[1]&&191===t[2]&&(t=t.subarray(3))
try{t=d(t)}catch{return{code:1007,reason:"Invalid UTF-8",error:!0}}return{code:e,reason:t,error:!1}}parseControlFrame(A){const{opcode:e,payloadLength:t}=this.#nA
if(e===o.CLOSE){if(1===t)return l(this.ws,"Received close frame with a 1-byte body."),!1
if(this.#nA.closeInfo=this.parseCloseBody(A),this.#nA.closeInfo.error){const{code:A,reason:e}=this.#nA.closeInfo
return D(this.ws,A,e,e.length),l(this.ws,e),!1}if(this.ws[Q]!==c.SENT){let A=a
this.#nA.closeInfo.code&&(A=Buffer.allocUnsafe(2),A.writeUInt16BE(this.#nA.closeInfo.code,0))
const e=new y(A)
this.ws[E].socket.write(e.createFrame(o.CLOSE),A=>{A||(this.ws[Q]=c.SENT)})}return this.ws[g]=i.CLOSING,this.ws[B]=!0,!1}if(e===o.PING){if(!this.ws[B]){const e=new y(A)
this.ws[E].socket.write(e.createFrame(o.PONG)),I.ping.hasSubscribers&&I.ping.publish({payload:A})}}else e===o.PONG&&I.pong.hasSubscribers&&I.pong.publish({payload:A})
return!0}get closingInfo(){return this.#nA.closeInfo}}}},3900:(A,e,t)=>{const{WebsocketFrameSend:r}=t(3264),{opcodes:n,sendHints:s}=t(736),o=t(4660),i=Buffer[Symbol.species]
function a(A,e){return new r(function(A,e){switch(e){case s.string:return Buffer.from(A)
case s.arrayBuffer:case s.blob:return new i(A)
case s.typedArray:return new i(A.buffer,A.byteOffset,A.byteLength)}}(A,e)).createFrame(e===s.string?n.TEXT:n.BINARY)}A.exports={SendQueue:class{#cA=new o
#gA=!1
#QA
constructor(A){this.#QA=A}add(A,e,t){if(t!==s.blob){const r=a(A,t)
if(this.#gA){const A={promise:null,callback:e,frame:r}
this.#cA.push(A)}else this.#QA.write(r,e)
return}const r={promise:A.arrayBuffer().then(A=>{r.promise=null,r.frame=a(A,t)}),callback:e,frame:null}
this.#cA.push(r),this.#gA||this.#EA()}async#EA(){this.#gA=!0
const A=this.#cA
for(;!A.isEmpty();){const e=A.shift()
null!==e.promise&&await e.promise,this.#QA.write(e.frame,e.callback),e.callback=e.frame=null}this.#gA=!1}}}},1216:A=>{A.exports={kWebSocketURL:Symbol("url"),kReadyState:Symbol("ready state"),kController:Symbol("controller"),kResponse:Symbol("response"),kBinaryType:Symbol("binary type"),kSentClose:Symbol("sent close"),kReceivedClose:Symbol("received close"),kByteParser:Symbol("byte parser")}},8625:(A,e,t)=>{const{kReadyState:r,kController:n,kResponse:s,kBinaryType:o,kWebSocketURL:i}=t(1216),{states:a,opcodes:c}=t(736),{ErrorEvent:g,createFastMessageEvent:Q}=t(5188),{isUtf8:E}=t(4573),{collectASequenceOfCodePointsFast:B,removeHTTPWhitespace:I}=t(1900)
function C(A,e,t=(A,e)=>new Event(A,e),r={}){const n=t(A,r)
e.dispatchEvent(n)}function h(A,e){const{[n]:t,[s]:r}=A
t.abort(),r?.socket&&!r.socket.destroyed&&r.socket.destroy(),e&&C("error",A,(A,e)=>new g(A,e),{error:new Error(e),message:e})}function l(A){return A===c.CLOSE||A===c.PING||A===c.PONG}function u(A){return A===c.CONTINUATION}function d(A){return A===c.TEXT||A===c.BINARY}const f="string"==typeof process.versions.icu,p=f?new TextDecoder("utf-8",{fatal:!0}):void 0,w=f?p.decode.bind(p):function(A){if(E(A))return A.toString("utf-8")
throw new TypeError("Invalid utf-8 received.")}
A.exports={isConnecting:function(A){return A[r]===a.CONNECTING},isEstablished:function(A){return A[r]===a.OPEN},isClosing:function(A){return A[r]===a.CLOSING},isClosed:function(A){return A[r]===a.CLOSED},fireEvent:C,isValidSubprotocol:function(A){if(0===A.length)return!1
for(let e=0;e<A.length;++e){const t=A.charCodeAt(e)
if(t<33||t>126||34===t||40===t||41===t||44===t||47===t||58===t||59===t||60===t||61===t||62===t||63===t||64===t||91===t||92===t||93===t||123===t||125===t)return!1}return!0},isValidStatusCode:function(A){return A>=1e3&&A<1015?1004!==A&&1005!==A&&1006!==A:A>=3e3&&A<=4999},failWebsocketConnection:h,websocketMessageReceived:function(A,e,t){if(A[r]!==a.OPEN)return
let n
if(e===c.TEXT)try{n=w(t)}catch{return void h(A,"Received invalid UTF-8 in text frame.")}else e===c.BINARY&&(n="blob"===A[o]?new Blob([t]):function(A){if(A.byteLength===A.buffer.byteLength)return A.buffer
return A.buffer.slice(A.byteOffset,A.byteOffset+A.byteLength)}(t))
C("message",A,Q,{origin:A[i].origin,data:n})},utf8Decode:w,isControlFrame:l,isContinuationFrame:u,isTextBinaryFrame:d,isValidOpcode:function(A){return d(A)||u(A)||l(A)},parseExtensions:function(A){const e={position:0},t=new Map
for(;e.position<A.length;){const r=B(";",A,e),[n,s=""]=r.split("=")
t.set(I(n,!0,!1),I(s,!1,!0)),e.position++}return t},isValidClientWindowBits:function(A){if(0===A.length)return!1
for(let e=0;e<A.length;e++){const t=A.charCodeAt(e)
if(t<48||t>57)return!1}const e=Number.parseInt(A,10)
return e>=8&&e<=15}}},3726:(A,e,t)=>{const{webidl:r}=t(5893),{URLSerializer:n}=t(1900),{environmentSettingsObject:s}=t(3168),{staticPropertyDescriptors:o,states:i,sentCloseFrameState:a,sendHints:c}=t(736),{kWebSocketURL:g,kReadyState:Q,kController:E,kBinaryType:B,kResponse:I,kSentClose:C,kByteParser:h}=t(1216),{isConnecting:l,isEstablished:u,isClosing:d,isValidSubprotocol:f,fireEvent:p}=t(8625),{establishWebSocketConnection:w,closeWebSocketConnection:y}=t(6897),{ByteParser:D}=t(1652),{kEnumerableProperty:m,isBlobLike:k}=t(3440),{getGlobalDispatcher:R}=t(2581),{types:F}=t(7975),{ErrorEvent:b,CloseEvent:S}=t(5188),{SendQueue:N}=t(3900)
class M extends EventTarget{#Y={open:null,error:null,close:null,message:null}
#BA=0
#IA=""
#oA=""
#CA
constructor(A,e=[]){super(),r.util.markAsUncloneable(this)
const t="WebSocket constructor"
r.argumentLengthCheck(arguments,1,t)
const n=r.converters["DOMString or sequence<DOMString> or WebSocketInit"](e,t,"options")
A=r.converters.USVString(A,t,"url"),e=n.protocols
const o=s.settingsObject.baseUrl
let i
try{i=new URL(A,o)}catch(A){throw new DOMException(A,"SyntaxError")}if("http:"===i.protocol?i.protocol="ws:":"https:"===i.protocol&&(i.protocol="wss:"),"ws:"!==i.protocol&&"wss:"!==i.protocol)throw new DOMException(`Expected a ws: or wss: protocol, got ${i.protocol}`,"SyntaxError")
if(i.hash||i.href.endsWith("#"))throw new DOMException("Got fragment","SyntaxError")
if("string"==typeof e&&(e=[e]),e.length!==new Set(e.map(A=>A.toLowerCase())).size)throw new DOMException("Invalid Sec-WebSocket-Protocol value","SyntaxError")
if(e.length>0&&!e.every(A=>f(A)))throw new DOMException("Invalid Sec-WebSocket-Protocol value","SyntaxError")
this[g]=new URL(i.href)
const c=s.settingsObject
this[E]=w(i,e,c,this,(A,e)=>this.#hA(A,e),n),this[Q]=M.CONNECTING,this[C]=a.NOT_SENT,this[B]="blob"}close(A=void 0,e=void 0){r.brandCheck(this,M)
const t="WebSocket.close"
if(void 0!==A&&(A=r.converters["unsigned short"](A,t,"code",{clamp:!0})),void 0!==e&&(e=r.converters.USVString(e,t,"reason")),void 0!==A&&1e3!==A&&(A<3e3||A>4999))throw new DOMException("invalid code","InvalidAccessError")
let n=0
if(void 0!==e&&(n=Buffer.byteLength(e),n>123))throw new DOMException(`Reason must be less than 123 bytes; received ${n}`,"SyntaxError")
y(this,A,e,n)}send(A){r.brandCheck(this,M)
const e="WebSocket.send"
if(r.argumentLengthCheck(arguments,1,e),A=r.converters.WebSocketSendData(A,e,"data"),l(this))throw new DOMException("Sent before connected.","InvalidStateError")
if(u(this)&&!d(this))if("string"==typeof A){const e=Buffer.byteLength(A)
this.#BA+=e,this.#CA.add(A,()=>{this.#BA-=e},c.string)}else F.isArrayBuffer(A)?(this.#BA+=A.byteLength,this.#CA.add(A,()=>{this.#BA-=A.byteLength},c.arrayBuffer)):ArrayBuffer.isView(A)?(this.#BA+=A.byteLength,this.#CA.add(A,()=>{this.#BA-=A.byteLength},c.typedArray)):k(A)&&(this.#BA+=A.size,this.#CA.add(A,()=>{this.#BA-=A.size},c.blob))}get readyState(){return r.brandCheck(this,M),this[Q]}get bufferedAmount(){return r.brandCheck(this,M),this.#BA}get url(){return r.brandCheck(this,M),n(this[g])}get extensions(){return r.brandCheck(this,M),this.#oA}get protocol(){return r.brandCheck(this,M),this.#IA}get onopen(){return r.brandCheck(this,M),this.#Y.open}set onopen(A){r.brandCheck(this,M),this.#Y.open&&this.removeEventListener("open",this.#Y.open),"function"==typeof A?(this.#Y.open=A,this.addEventListener("open",A)):this.#Y.open=null}get onerror(){return r.brandCheck(this,M),this.#Y.error}set onerror(A){r.brandCheck(this,M),this.#Y.error&&this.removeEventListener("error",this.#Y.error),"function"==typeof A?(this.#Y.error=A,this.addEventListener("error",A)):this.#Y.error=null}get onclose(){return r.brandCheck(this,M),this.#Y.close}set onclose(A){r.brandCheck(this,M),this.#Y.close&&this.removeEventListener("close",this.#Y.close),"function"==typeof A?(this.#Y.close=A,this.addEventListener("close",A)):this.#Y.close=null}get onmessage(){return r.brandCheck(this,M),this.#Y.message}set onmessage(A){r.brandCheck(this,M),this.#Y.message&&this.removeEventListener("message",this.#Y.message),"function"==typeof A?(this.#Y.message=A,this.addEventListener("message",A)):this.#Y.message=null}get binaryType(){return r.brandCheck(this,M),this[B]}set binaryType(A){r.brandCheck(this,M),this[B]="blob"!==A&&"arraybuffer"!==A?"blob":A}#hA(A,e){this[I]=A
const t=this[E]?.dispatcher?.webSocketOptions,r=t?.maxFragments,n=t?.maxPayloadSize,s=new D(this,e,{maxFragments:r,maxPayloadSize:n})
s.on("drain",U),s.on("error",L.bind(this)),A.socket.ws=this,this[h]=s,this.#CA=new N(A.socket),this[Q]=i.OPEN
const o=A.headersList.get("sec-websocket-extensions")
null!==o&&(this.#oA=o)
const a=A.headersList.get("sec-websocket-protocol")
null!==a&&(this.#IA=a),p("open",this)}}function U(){this.ws[I].socket.resume()}function L(A){let e,t
A instanceof S?(e=A.reason,t=A.code):e=A.message,p("error",this,()=>new b("error",{error:A,message:e})),y(this,t)}M.CONNECTING=M.prototype.CONNECTING=i.CONNECTING,M.OPEN=M.prototype.OPEN=i.OPEN,M.CLOSING=M.prototype.CLOSING=i.CLOSING,M.CLOSED=M.prototype.CLOSED=i.CLOSED,Object.defineProperties(M.prototype,{CONNECTING:o,OPEN:o,CLOSING:o,CLOSED:o,url:m,readyState:m,bufferedAmount:m,onopen:m,onerror:m,onclose:m,close:m,onmessage:m,binaryType:m,send:m,extensions:m,protocol:m,[Symbol.toStringTag]:{value:"WebSocket",writable:!1,enumerable:!1,configurable:!0}}),Object.defineProperties(M,{CONNECTING:o,OPEN:o,CLOSING:o,CLOSED:o}),r.converters["sequence<DOMString>"]=r.sequenceConverter(r.converters.DOMString),r.converters["DOMString or sequence<DOMString>"]=function(A,e,t){return"Object"===r.util.Type(A)&&Symbol.iterator in A?r.converters["sequence<DOMString>"](A):r.converters.DOMString(A,e,t)},r.converters.WebSocketInit=r.dictionaryConverter([{key:"protocols",converter:r.converters["DOMString or sequence<DOMString>"],defaultValue:()=>new Array(0)},{key:"dispatcher",converter:r.converters.any,defaultValue:()=>R()},{key:"headers",converter:r.nullableConverter(r.converters.HeadersInit)}]),r.converters["DOMString or sequence<DOMString> or WebSocketInit"]=function(A){return"Object"!==r.util.Type(A)||Symbol.iterator in A?{protocols:r.converters["DOMString or sequence<DOMString>"](A)}:r.converters.WebSocketInit(A)},r.converters.WebSocketSendData=function(A){if("Object"===r.util.Type(A)){if(k(A))return r.converters.Blob(A,{strict:!1})
if(ArrayBuffer.isView(A)||F.isArrayBuffer(A))return r.converters.BufferSource(A)}return r.converters.USVString(A)},A.exports={WebSocket:M}},551:(A,e,t)=>{t.a(A,async(A,e)=>{try{var r=t(6485)
await(0,r.e)(),e()}catch(A){e(A)}},1)},6485:(A,e,t)=>{t.d(e,{e:()=>K})
var r=t(7394),n=t(8795),s=t(8730),o=t(7268)
const i=A=>`INPUT_${A.replace(/ /g,"_").toUpperCase()}`,a=A=>process.env[i(A)]
function c(A,e){const t=A.replace(/_/g,"-")
let r
for(const A of e){const e=g(t,A.toLowerCase());(!r||e<r.distance)&&(r={name:A,distance:e})}return r&&r.distance<=Math.max(2,Math.floor(t.length/4))?r.name:void 0}function g(A,e){let t=Array.from({length:e.length+1},(A,e)=>e)
for(let r=1;r<=A.length;r++){const n=[r]
for(let s=1;s<=e.length;s++)n[s]=Math.min(t[s]+1,n[s-1]+1,t[s-1]+(A[r-1]===e[s-1]?0:1))
t=n}return t[e.length]}class Q{source
renames
read
values
constructor(A=a,e={},t=new Set,r={}){this.source=A,this.renames=e,this.read=t,this.values=r}static forAction(A,e=process.env){const t=function(A,e){const t=new Map(e.known.map(A=>[i(A).slice(6),A])),r=new Map(Object.entries(e.reference?.inputs??{}).filter(([,A])=>"default"!==A.kind).map(([A,e])=>[i(A).slice(6),{name:A,difference:e}])),n=[],s=[],a=`valid inputs are ['${e.known.join("', '")}']`
for(const[o,g]of Object.entries(A)){if(!o.startsWith("INPUT_")||void 0===g)continue
const A=o.slice(6)
if(t.has(A))continue
const Q=A.toUpperCase()
if(t.has(Q)){n.push(`${o} is not read: inputs are read from upper-case variables, as the runner sets them. Rename it ${i(t.get(Q))}`)
continue}const E=r.get(Q)
if(E){const A=g.trim()
if(!A||E.difference.accepts?.includes(A.toLowerCase()))continue
s.push({name:E.name,why:E.difference.why})
continue}const B=A.toLowerCase(),I=c(B,e.known)
n.push(`Unexpected input '${B}', ${a}${I?`. Did you mean '${I}'?`:""} ${e.action} ignores it`)}if(0===s.length)return{warnings:n}
const g=s.map(({name:A,why:e})=>`'${A}' (${e})`).join(", "),Q=1===s.length?`is an input of ${e.reference.repository} that ${e.action} does not support: ${s[0].why}`:`${g} are inputs of ${e.reference.repository} that ${e.action} does not support`
return{warnings:n,error:new o.dz(s[0].name,Q,'Remove it from the step, or see "Coming from aws-actions" in the README')}}(e,A)
for(const A of t.warnings)n.Rm.warning(A)
if(t.error)throw t.error
return new Q(A=>e[i(A)])}renamed(A){return new Q(this.source,{...this.renames,...A},this.read,this.values)}withValues(A){return new Q(this.source,this.renames,this.read,{...this.values,...A})}nameOf(A){return this.renames[A]??A}raw(A){if(Object.hasOwn(this.values,A))return this.values[A].trim()
const e=this.nameOf(A)
return this.read.add(e),(this.source(e)??"").trim()}line(A){const e=this.raw(A),t=(0,n.TL)(e)
if(t)throw new o.dz(this.nameOf(A),`contains ${t}`,"Give a single line without control characters")
return e}string(A,e={}){const t=this.line(A)
if(t)return t
if(e.required)throw new o.dz(this.nameOf(A),"is required but empty","Set it in the step's `with:` block")
return e.default??""}optional(A){return this.line(A)||void 0}boolean(A,e){const t=this.line(A)
if(!t)return e
if(/^true$/i.test(t))return!0
if(/^false$/i.test(t))return!1
throw new o.dz(this.nameOf(A),`'${t}' is not a boolean`,"Use true or false")}integer(A,e={}){const t=this.line(A)
if(!t)return e.default
if(!/^[+-]?\d+$/.test(t))throw new o.dz(this.nameOf(A),`'${t}' is not a whole number`,E(e))
return this.inRange(A,Number(t),e)}number(A,e={}){const t=this.line(A)
if(!t)return e.default
if(!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(t))throw new o.dz(this.nameOf(A),`'${t}' is not a number`,E(e))
return this.inRange(A,Number(t),e)}choice(A,e,t){const r=this.line(A)
if(!r)return t
const n=e.find(A=>A===r.toLowerCase())
if(!n)throw new o.dz(this.nameOf(A),`'${r}' is not one of ${e.join(", ")}`,`Use one of: ${e.join(", ")}`)
return n}list(A,e){return this.checked(A,this.lines(A).map(A=>A.text),e)}commaList(A,e){const t=this.lines(A).flatMap(A=>A.text.split(",")).map(A=>A.trim()).filter(Boolean)
return this.checked(A,t,e)}checked(A,e,t){const r=t&&e.find(A=>!t.valid(A))
if(t&&void 0!==r)throw new o.dz(this.nameOf(A),`'${r}' is not ${t.is}`,t.hint)
return e}lines(A){const e=I(this.raw(A))
for(const{text:t,line:r}of e){const e=(0,n.TL)(t)
if(e)throw new o.dz(this.nameOf(A),`line ${r} contains ${e}`,"Write one item per line, without control characters")}return e}keyValues(A,e={}){const t=[]
for(const{text:r,line:s}of I(this.raw(A))){const i=r.indexOf("="),a=i<0?"":r.slice(0,i).trim()
if(i<=0||!a){const e=i<0?"it has no '='":"nothing before the '='"
throw new o.dz(this.nameOf(A),`line ${s} is not KEY=VALUE: ${e}`,"Write one KEY=VALUE per line")}const c=(0,n.TL)(a)??(0,n.TL)(r.slice(i+1).replace(/\t/g,""))
if(c){const e=(0,n.TL)(a)?"the key":"the value"
throw new o.dz(this.nameOf(A),`line ${s}: ${e} contains ${c}`,"Write one KEY=VALUE per line, without control characters")}if(e.keyPattern&&!e.keyPattern.test(a))throw new o.dz(this.nameOf(A),`line ${s}: '${B(a)}' ${e.keyRule??"is not a valid key"}`)
t.push({key:a,value:r.slice(i+1),line:s})}return t}region(A="aws-region",e={required:!0}){const t=this.line(A)||e.default||process.env.AWS_REGION||process.env.AWS_DEFAULT_REGION||""
if(!t){if(!1===e.required)return""
throw new o.dz(this.nameOf(A),"no region given","Set it, or set AWS_REGION in the job (aws-actions/configure-aws-credentials does)")}if(!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(t))throw new o.dz(this.nameOf(A),`'${t}' is not an AWS region`,"Use a region code such as eu-west-3")
return t}inRange(A,e,t){if(void 0!==t.min&&e<t.min||void 0!==t.max&&e>t.max)throw new o.dz(this.nameOf(A),`${e} is out of range`,E(t))
return e}}function E(A){return void 0!==A.min&&void 0!==A.max?`Use a value from ${A.min} to ${A.max}`:void 0!==A.min?`Use a value of at least ${A.min}`:"Use a number"}function B(A){return A.length>40?`${A.slice(0,37)}...`:A}function I(A){return A.split(/\r?\n/).map((A,e)=>({text:A.trim(),line:e+1})).filter(A=>""!==A.text&&!A.text.startsWith("#"))}async function C(A){const e=new AbortController,t=A=>{e.signal.aborted&&process.exit(1),e.abort(new h(A))}
process.once("SIGINT",t),process.once("SIGTERM",t)
try{await A(e.signal)}catch(A){!function(A){if(process.exitCode=1,A instanceof o.lZ){const{file:e,line:t,column:r}=A.location
n.Rm.error(A.message,e?{file:e,startLine:t,startColumn:r}:{})}else n.Rm.error(`Unexpected error: ${(0,o.gJ)(A)}`),A instanceof Error&&A.stack&&n.Rm.debug(A.stack)}(A)}finally{process.off("SIGINT",t),process.off("SIGTERM",t)}}class h extends o.lZ{signal
constructor(A){super(`Cancelled (${A})`),this.signal=A,this.name="CancelledError"}}var l=t(3024)
async function u(A){process.env.GITHUB_STEP_SUMMARY&&await r.z.addRaw(function(A){const e=[`### ${(0,n.sN)(A.title)}`,"","| | |","|---|---|"]
for(const[t,r]of A.facts)e.push(`| ${d(t)} | ${d(r)} |`)
for(const t of A.details??[])0!==t.lines.length&&e.push("",`#### ${(0,n.sN)(t.heading)}`,"",...t.lines.map(n.sN))
return e.join("\n")+"\n"}(A),!0).write()}function d(A){return(0,n.TW)(A).replace(/\|/g,"\\|").replace(/\n/g,"<br>")}const f="\x3c!-- infra-actions:headline --\x3e"
function p(A){const e=A.commit??process.env.GITHUB_SHA??"",t=A.environment??process.env.DEPLOY_ENVIRONMENT??"",r=[`**${w(A.service)}**${t?` in **${w(t)}**`:""}`]
return e&&r.push(`commit \`${(0,n.TW)(e.slice(0,7)).replace(/[`\n]/g,"'")}\``),r.push(w(A.result),function(A){const e=Math.max(0,A)/1e3
if(e<60)return`${e.toFixed(1)} s`
const t=Math.round(e)
return`${Math.floor(t/60)} min ${t%60} s`}(A.durationMs)),`${r.join(" \xb7 ")} ${f}\n\n`}function w(A){return(0,n.TW)(A).replace(/\s*\n\s*/g," ").replace(/[\\*_[\]<>|]/g,A=>`\\${A}`)}const y="[A-Za-z0-9_-]{1,255}",D="arn:aws[a-z-]*",m="[a-z0-9-]+",k="\\d{12}",R=A=>new RegExp(`^${A}$`),F=A=>`${D}:ecs:(${m}):${k}:${A}`,b=(R(y),R(F(`cluster/${y}`)),R(F("service/.+")),R(F(`task-definition/(${y})(?::(\\d+))?`))),S=R(`${y}:\\d+`),N=R(`${D}:elasticloadbalancing:${m}:${k}:targetgroup/[A-Za-z0-9-]+/[0-9a-f]+`),M=(R(`${D}:iam::${k}:role/[\\w+=,.@/-]{1,512}`),R(`${D}:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+`),/^ecs-svc\/\d+$/),U=360
function L(A){return S.test(A)||void 0!==function(A){const e=b.exec(A)
if(e)return{region:e[1],family:e[2],revision:void 0===e[3]?void 0:Number(e[3])}}(A)?.revision}function T(A){return N.test(A)}const v={service:"service",cluster:"cluster",region:"aws-region",deploymentId:"deployment-id",targetGroupArns:"target-group-arns",waitForMinutes:"wait-for-minutes",rollbackOnFailure:"rollback-on-failure",rollbackTaskDefinition:"rollback-task-definition"},Y={action:"wait-healthy",known:Object.values(v)},G={healthy:"healthy",elapsedSeconds:"elapsed-seconds",taskDefinitionArn:"task-definition-arn",rolledBack:"rolled-back"},J=.01
function H(A){const e=A.string(v.service,{required:!0}),t=A.string(v.cluster,{default:"default"}),r=A.region(v.region),n=A.optional(v.deploymentId)
if(void 0!==n&&(s=n,!M.test(s)))throw new o.dz(A.nameOf(v.deploymentId),`'${n}' is not an ECS deployment id`,"Use the id ECS gives a deployment, like ecs-svc/1234567890123456789 (ecs-deploy outputs it as deployment-id), or leave it empty to follow the PRIMARY deployment")
var s
const i=A.list(v.targetGroupArns,{valid:T,is:"a target group ARN",hint:"Give full ARNs like arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/web/0123456789abcdef, one per line"}),a=A.number(v.waitForMinutes,{default:30,min:J,max:U})??30,c=A.boolean(v.rollbackOnFailure,!1),g=A.optional(v.rollbackTaskDefinition)
if(void 0!==g){if(!L(g))throw new o.dz(A.nameOf(v.rollbackTaskDefinition),`'${g}' is not a task definition revision`,"Use family:revision (web-ui-client:12) or a task definition ARN")
if(!c)throw new o.dz(A.nameOf(v.rollbackTaskDefinition),`is set but ${A.nameOf(v.rollbackOnFailure)} is false, so it would never be used`,`Set ${A.nameOf(v.rollbackOnFailure)}: true, or remove it`)}return{region:r,cluster:t,service:e,deploymentId:n,targetGroupArns:i.length>0?i:void 0,timeoutMs:Math.round(6e4*a),rollbackOnFailure:c,rollbackTaskDefinition:g}}var x=t(8388),V=t(9283),W=t(4056)
async function O(A,e){const r=H(A),{waitForDeployment:i}=await Promise.all([t.e(279),t.e(861),t.e(212),t.e(586),t.e(815),t.e(566)]).then(t.bind(t,8566)),[a,c]=await Promise.all([(0,s.DJ)({region:r.region}),(0,s.HN)({region:r.region})]),g={ecs:a,elb:c,cluster:r.cluster,service:r.service,targetGroupArns:r.targetGroupArns,timeoutMs:r.timeoutMs,signal:e},Q=Date.now()
let E,B,I
try{E=await i({...g,deploymentId:r.deploymentId})}catch(A){if(A instanceof o.dz)throw A
const e=(0,o.gJ)(A)
throw await P(r,function(A,e,t){return{healthy:!1,outcome:"failed",reason:e,details:[],elapsedMs:t,deploymentId:A.deploymentId??"",taskDefinitionArn:"",timeline:[]}}(r,e,Date.now()-Q)),A}if("not-found"===E.outcome)throw new o.dz(v.deploymentId,E.reason,"Use ecs-deploy's deployment-id output, or leave it empty to follow the PRIMARY deployment")
if(!E.healthy){for(const A of E.details)n.Rm.info(A)
const A=(0,W.Tw)(E,{rollbackOnFailure:r.rollbackOnFailure,candidates:[r.rollbackTaskDefinition]})
if("rollback"===A.action){n.Rm.info(`Rolling back: ${E.reason}`)
try{const{rollbackService:e}=await Promise.all([t.e(279),t.e(861),t.e(212),t.e(586),t.e(815),t.e(566),t.e(771)]).then(t.bind(t,8771))
B=await e({...g,toTaskDefinitionArn:A.toTaskDefinitionArn})}catch(A){I=e.aborted?"Not rolled back: the step was cancelled before the rollback could start":`Rolling back failed: ${(0,o.gJ)(A)}`}}}const C=I?`${E.reason}. ${I}`:function(A,e,t="Cancelled"){if(!e)return A.reason
if("cancelled"===e.wait.outcome)return`${A.reason}. ${(0,W.Ci)(t,e)}`
const r=e.stoppedServiceDeployment?`${(0,x.pd)(e.toTaskDefinitionArn)} (ECS rolled back service deployment ${e.deploymentId}: StopServiceDeployment)`:`${(0,x.pd)(e.toTaskDefinitionArn)} (deployment ${e.deploymentId})`,n=e.wait.healthy?"which is healthy":`which is not healthy either: ${e.wait.reason}`
return`${A.reason}. Rolled back to ${r}, ${n}`}(E,B,function(A){return A.reason instanceof Error?A.reason.message:"Cancelled"}(e))
if(await P(r,E,B,I?C:void 0),!E.healthy)throw new o.lZ(C)
n.Rm.info(`Healthy after ${Math.round(E.elapsedMs/1e3)} s`)}async function P(A,e,t,n){const s=t?t.wait.taskDefinitionArn||t.toTaskDefinitionArn:e.taskDefinitionArn
r.uH(G.healthy,String(e.healthy)),r.uH(G.elapsedSeconds,String(Math.round(e.elapsedMs/1e3))),s&&r.uH(G.taskDefinitionArn,s),r.uH(G.rolledBack,String(void 0!==t)),await u(function(A,e,t,r){const n=[["Service",`${A.service} (cluster ${A.cluster}, ${A.region})`],["Deployment",e.deploymentId||"unknown"],["Result",e.healthy?"healthy":`${e.outcome}: ${r??e.reason}`],["Elapsed",`${Math.round(e.elapsedMs/1e3)} s`],["Revision running",(0,x.pd)(e.taskDefinitionArn)]]
t&&(n.push(["Rolled back to",`${(0,x.pd)(t.toTaskDefinitionArn)} (deployment ${t.deploymentId})`]),n.push(["After rollback",t.wait.healthy?"healthy":`${t.wait.outcome}: ${t.wait.reason}`]))
const s=[{heading:"Details",lines:e.details.map(A=>`- ${A}`)},{heading:"Timeline",lines:z(e.timeline)}]
e.stages&&s.push({heading:"Service deployment stages",lines:(0,V.Q6)(e.stages)})
t&&s.push({heading:"Rollback timeline",lines:z(t.wait.timeline)})
return{title:e.healthy?"Deployment healthy":"Deployment not healthy",facts:n,details:s}}(A,e,t,n)),function(A){const e=process.env.GITHUB_STEP_SUMMARY
if(!e)return
const t=(0,l.existsSync)(e)?(0,l.readFileSync)(e,"utf8"):"",r=t.slice(0,t.indexOf("\n")+1),n=r.trimEnd().endsWith(f)?t.slice(r.length).replace(/^\n/,""):t;(0,l.writeFileSync)(e,p(A)+n)}({service:A.service,result:q(e,t,n),durationMs:e.elapsedMs+(t?.wait.elapsedMs??0)})}function q(A,e,t){if(A.healthy)return"healthy"
if(!e)return`${A.outcome}: ${t??A.reason}`
const r=e.wait.healthy?"healthy":`${e.wait.outcome}`
return`${A.outcome}, rolled back to ${(0,x.pd)(e.toTaskDefinitionArn)} (${r})`}const Z=60
function z(A){const e=A=>`- \`+${(A.atMs/1e3).toFixed(1)}s\` ${A.text.replace(/`/g,"'")}`
if(A.length<=Z)return A.map(e)
const t=Z/2
return[...A.slice(0,t).map(e),`- \u2026 ${A.length-Z} entries left out \u2026`,...A.slice(-t).map(e)]}function K(){return C(A=>O(Q.forAction(Y),A))}},8388:(A,e,t)=>{function r(A){return`${A.id} (revision ${n(A.taskDefinition)})`}function n(A){return A?A.split("/").pop()??A:"unknown"}function s(A){return A.filter(A=>("STOPPED"===A.desiredStatus||"STOPPED"===A.lastStatus)&&("UserInitiated"!==A.stopCode&&"SpotInterruption"!==A.stopCode&&"TerminationNotice"!==A.stopCode&&!/^Scaling activity initiated by/i.test(A.stoppedReason??"")))}function o(A,e={}){const t=A.taskArn?.split("/").pop()??"unknown",r=e[t]?`; last target health: ${e[t]}`:"",s=(A.containers??[]).filter(A=>void 0!==A.exitCode||A.reason).map(A=>{const e=void 0!==A.exitCode?`exit code ${A.exitCode}`:"no exit code"
return`container ${A.name}: ${e}${A.reason?` (${A.reason})`:""}`}),o=A.stoppedReason??"no stopped reason",i=A.stopCode?` [${A.stopCode}]`:""
return`task ${t} (${n(A.taskDefinitionArn)}) stopped${i}: ${o}${s.length?`; ${s.join("; ")}`:""}${r}`}function i(A,e){return e&&A.endsWith(".")?A.slice(0,-1)+e:A+e}function a(A,e){const t=[...A].sort((A,e)=>C(e.stoppingAt??e.stoppedAt)-C(A.stoppingAt??A.stoppedAt))[0]
if(!t)return""
const r=(t.containers??[]).find(A=>void 0!==A.exitCode&&0!==A.exitCode)??(t.containers??[]).find(A=>A.reason),n=r?` (container ${r.name}${void 0!==r.exitCode?` exit code ${r.exitCode}`:""}${r.reason&&r.reason!==t.stoppedReason?`: ${r.reason}`:""})`:"",s=e[t.taskArn?.split("/").pop()??""]
return`. Last stopped task: ${t.stoppedReason??"no stopped reason"}${n}${s?`; its target was ${s}`:""}`}function c(A){const e={}
for(const t of g(A.service.events??[])){const A=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group [^)]*?targetgroup\/([^/)]+)[^)]*\)(?: due to \(reason (.*)\))?/i.exec(t.message??"")
A&&(e[A[1]]=`unhealthy in ${A[2]}${A[3]?` (${A[3]})`:""}`)}return e}function g(A){return[...A].reverse().sort((A,e)=>C(A.createdAt)-C(e.createdAt))}function Q(A){const e=new Set
for(const t of A.attachments??[])for(const A of t.details??[])"privateIPv4Address"===A.name&&A.value&&e.add(A.value)
for(const t of A.containers??[])for(const A of t.networkInterfaces??[])A.privateIpv4Address&&e.add(A.privateIpv4Address)
return[...e]}function E(A){return A.split(":").pop()?.split("/")[1]??A}function B(A,e){const t=A.tasks.filter(A=>"RUNNING"===A.lastStatus&&"RUNNING"===A.desiredStatus),r=1e3*(A.service.healthCheckGracePeriodSeconds??0),n={allHealthy:!0,healthy:0,total:0,notHealthy:[],unhealthyPastGrace:[],problemsByTask:{}}
if(0===A.targetGroupArns.length)return n;(A.tasksUnknown?e.runningCount??0:t.length)<(e.desiredCount??0)&&(n.allHealthy=!1)
for(const e of A.targetGroupArns){const s=A.alternateTargetGroups?.[e],o=[e,...s?[s]:[]].flatMap(e=>(A.targets[e]??[]).map(A=>({d:A,group:e})))
if(!(A.targets[e]||s&&A.targets[s])){n.allHealthy=!1
continue}const i=o.map(A=>A.d),a=A=>E(o.find(e=>e.d===A)?.group??e),c=s?`${E(e)} or ${E(s)}`:E(e),g=!A.tasksUnknown&&t.every(A=>Q(A).length>0)
for(const e of g?t:[void 0]){const t=e?Q(e):[],s=i.filter(A=>e?t.includes(A.Target?.Id??""):"draining"!==A.TargetHealth?.State)
if(e&&0===s.length)n.allHealthy=!1,n.total++,n.notHealthy.push(`task ${e.taskArn?.split("/").pop()} has no target in ${c} yet`)
else for(const t of s){n.total++
const s=t.TargetHealth?.State??"unknown"
if("healthy"===s){n.healthy++
continue}n.allHealthy=!1
const o=[t.TargetHealth?.Reason,t.TargetHealth?.Description].filter(Boolean).join(": "),i=`target ${t.Target?.Id}:${t.Target?.Port} in ${a(t)}: ${s}${o?` (${o})`:""}`
n.notHealthy.push(i)
const c=e?.taskArn?.split("/").pop()
c&&"unhealthy"===s&&(n.problemsByTask[c]=`unhealthy in ${a(t)}${o?` (${o})`:""}`)
const g=e?.startedAt?C(e.startedAt):void 0
"unhealthy"===s&&void 0!==g&&A.now-g>=r&&n.unhealthyPastGrace.push(i)}}}return n}function I(A,e){if(!e)return`deployment ${A.service.deployments?.[0]?.id??"unknown"} not found`
const t=[`desired ${e.desiredCount??0}`,`pending ${e.pendingCount??0}`,`running ${e.runningCount??0}`]
if(e.failedTasks&&t.push(`failed ${e.failedTasks}`),A.targetGroupArns.length>0&&(e.runningCount??0)>0){const r=B(A,e)
t.push(`targets ${r.healthy}/${r.total} healthy`)}t.push(`rollout ${e.rolloutState??"n/a"}`),"PRIMARY"!==e.status&&t.push(`deployment now ${e.status??"unknown"}`)
const r=(A.service.deployments??[]).filter(A=>A.id!==e.id).length
return r&&t.push(`${r} other deployment${r>1?"s":""}`),t.join(" \xb7 ")}function C(A){return void 0===A?0:A instanceof Date?A.getTime():"number"==typeof A?A:Date.parse(A)}function h(A){return(A??[]).filter(A=>"COMPLETED"===A.rolloutState&&A.taskDefinition).sort((A,e)=>C(e.createdAt)-C(A.createdAt))[0]?.taskDefinition}t.d(e,{Bs:()=>I,EY:()=>c,Jo:()=>s,WQ:()=>a,fJ:()=>B,kB:()=>C,nw:()=>g,pC:()=>r,pd:()=>n,pv:()=>h,us:()=>o,wD:()=>i})},9283:(A,e,t)=>{t.d(e,{Q6:()=>u,SR:()=>g,Uc:()=>l,Wi:()=>E,Wx:()=>i,ZV:()=>s,aU:()=>f,k:()=>I,mX:()=>B,oz:()=>c,uX:()=>Q,v:()=>n,wH:()=>d})
var r=t(8388)
function n(A){const e=A.deploymentController?.type??"ECS"
return"ECS"!==e?e:A.deploymentConfiguration?.strategy??"ROLLING"}function s(A){return["BLUE_GREEN","LINEAR","CANARY"].includes(n(A))}const o=new Set(["RECONCILE_SERVICE","PRE_SCALE_UP","SCALE_UP","POST_SCALE_UP","TEST_TRAFFIC_SHIFT","POST_TEST_TRAFFIC_SHIFT","PRE_PRODUCTION_TRAFFIC_SHIFT"])
function i(A){return void 0===A||o.has(A)}function a(A){return new Date(A).toISOString().slice(11,19)}function c(A,e,t){const r=e?.lifecycleStage
return r&&A[A.length-1]?.stage!==r?[...A,{stage:r,startedAt:t}]:A}function g(A){const e=A.alarms?.triggeredAlarmNames??[]
if(e.length>0)return e.map(A=>`alarm ${A} in ALARM`).join(", ")
const t=(A.lifecycleHookDetails??[]).find(A=>"FAILED"===A.status||"TIMED_OUT"===A.status),r=(A.statusReason??A.rollback?.reason)?.trim()
if(t){return`lifecycle hook ${t.targetArn?.split(":").pop()??t.hookId??"unknown"} ${t.status}${r?` (${r})`:""}`}return r||"no reason given"}function Q(A,e){const t=A.lifecycleStage??"no stage yet",r=E(A,e),n=`at stage ${t}`,s=()=>g(A),o=(A,e)=>({status:"failed",outcome:A,reason:e})
switch(A.status){case"SUCCESSFUL":return{status:"done",reason:`${r} is SUCCESSFUL`}
case"ROLLBACK_REQUESTED":case"ROLLBACK_IN_PROGRESS":return{status:"waiting",reason:`${r} failed ${n}: ${s()}; ECS is rolling it back (${A.status})`}
case"ROLLBACK_SUCCESSFUL":return o("rolled-back-by-ecs",`${r} failed ${n}: ${s()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`)
case"ROLLBACK_FAILED":return o("rolled-back-by-ecs",`${r} failed ${n}: ${s()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`)
case"STOPPED":case"STOP_REQUESTED":return o("failed",`${r} was stopped ${n} (${A.status}): ${s()}`)}const i=A.alarms?.triggeredAlarmNames??[],a=(A.lifecycleHookDetails??[]).some(A=>"FAILED"===A.status||"TIMED_OUT"===A.status)
return i.length>0||a?o("failed",`${r} failed ${n}: ${s()}`):{status:"waiting",reason:`${r} is ${A.status??"PENDING"} ${n}`}}function E(A,e){return`${e} service deployment ${B(A)}`}function B(A){return A.serviceDeploymentArn?.split("/").pop()??"(unknown)"}function I(A,e,t,r){const n=e[e.length-1],s=[`stage ${A.lifecycleStage??"none"}${n?` since ${a(n.startedAt)}`:""}`],o=r??A.targetServiceRevision?.requestedProductionTrafficWeight
void 0!==o&&s.push(`production traffic ${C(o)}% green / ${C(100-o)}% blue`)
const i=A.deploymentConfiguration?.bakeTimeInMinutes
if("BAKE_TIME"===A.lifecycleStage&&void 0!==i&&n){const A=Math.max(0,n.startedAt+6e4*i-t)
s.push(`bake time left ${h(A)} of ${i} min`)}return s.join(", ")}function C(A){return Math.round(10*A)/10}function h(A){const e=Math.round(A/1e3)
return e<60?`${e} s`:`${Math.floor(e/60)} min ${String(e%60).padStart(2,"0")} s`}function l(A,e){return A.map((t,r)=>({...t,durationMs:Math.max(0,(A[r+1]?.startedAt??e)-t.startedAt)}))}function u(A){return["| Stage | Started (UTC) | Duration |","| --- | --- | --- |",...A.map(A=>`| ${A.stage} | ${a(A.startedAt)} | ${h(A.durationMs)} |`)]}function d(A,e){const t=[...A].sort((A,e)=>(0,r.kB)(e.createdAt)-(0,r.kB)(A.createdAt))
if(!e)return t[0]
const n=(0,r.kB)(e)
return t.sort((A,e)=>Math.abs((0,r.kB)(A.createdAt)-n)-Math.abs((0,r.kB)(e.createdAt)-n))[0]}function f(A,e){const t=A?.Actions?.find(A=>"forward"===A.Type)?.ForwardConfig?.TargetGroups??[],r=t.reduce((A,e)=>A+(e.Weight??0),0)
if(0===r)return
return(t.find(A=>A.TargetGroupArn===e)?.Weight??0)/r*100}},5745:(A,e,t)=>{t.d(e,{WI:()=>c,jj:()=>i,mc:()=>E,u5:()=>g})
var r=t(8795)
const n=/User: (\S+) is not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+?))?(?: because no ([\w -]+?)(?: policy)? allows the \2 action| (with an explicit deny)(?: in (?:an? |the )?(permissions boundary|[\w -]+? policy))?)?(?=[.,;"'\]}]*(?:\s|$))/
function s(A){const e=n.exec(A??"")
if(!e)return
const t=void 0!==e[5]
return{principal:e[1],action:e[2],resource:e[3]??"",explicit:t,policyType:(t?e[6]:e[4])?.replace(/ policy$/,"")||void 0}}const o={"identity-based":"the role's policy","permissions boundary":"the role's permissions boundary","service control":"the organization's service control policies","resource control":"the organization's resource control policies",session:"the session policy passed when assuming the role","resource-based":"the resource's policy","VPC endpoint":"the VPC endpoint's policy"}
function i(A){const e=A.resource?` on ${t=A.resource,t.replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task-definition\/[^:/]+):\d+$/,"$1:*").replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:task\/[^/]+)\/[^/]+$/,"$1/*").replace(/^(arn:[^:]+:ecs:[^:]*:[^:]*:service-(?:deployment|revision)\/[^/]+\/[^/]+)\/[^/]+$/,"$1/*")}`:""
var t
const r=A.policyType??"identity-based"
if(A.explicit){return`An explicit Deny in ${"identity-based"===r?"the role's policies":`a ${r} policy`} refuses ${A.action}${e}; remove it (see docs/iam.md)`}return`Missing IAM permission: add ${A.action}${e} to ${o[r]??`the ${r} policy`} (see docs/iam.md)`}const a=new Set(["AccessDeniedException","AccessDenied"])
function c(A){for(let e=A,t=0;e&&"object"==typeof e&&t<5;e=e.cause,t++)if(a.has(e.name)||403===e.$metadata?.httpStatusCode)return s("string"==typeof e.message?e.message:void 0)}function g(A,e){return`${e}. ${i(A)}`}const Q=new Set
function E(A){Q.has(A)||(Q.add(A),r.Rm.warning(A))}},8730:(A,e,t)=>{t.d(e,{es:()=>m,DJ:()=>y,HN:()=>D,Sc:()=>k})
var r=t(7394),n=t(5745),s=t(7268),o=t(8795),i=t(7030)
function a(A,e){for(const t of[e,e.toUpperCase()]){const e=A[t]?.trim()
if(e)return{value:e,source:t}}}function c(A,e={}){const t=/^[a-z][a-z0-9+.-]*:\/\//i.test(A)
if(!t&&e.requireScheme)return{problem:"has no scheme (http:// or https://)"}
let r
try{r=new URL(t?A:`http://${A}`)}catch{return{problem:"is not a URL"}}return"http:"!==r.protocol&&"https:"!==r.protocol?{problem:`uses the scheme ${r.protocol.slice(0,40)}, and only http:// and https:// proxies are supported`}:r.hostname?r:{problem:"has no host"}}const g="Give http://host:port or https://host:port (user:password@ may come before the host, percent-encoded)"
function Q(A){const e={noProxy:[]}
for(const[t,r]of[["https","https_proxy"],["http","http_proxy"]]){const n=a(A,r)
if(!n)continue
const o=c(n.value)
if(!(o instanceof URL))throw new s.lZ(`The environment variable ${n.source} ${o.problem}. ${g}`)
e[t]={url:o,source:n.source}}const t=a(A,"no_proxy")
return t&&(e.noProxy=t.value.split(",").map(A=>A.trim().toLowerCase()).filter(Boolean),e.noProxySource=t.source),e}function E(A,e){const t="https:"===A.protocol?e.https:"http:"===A.protocol?e.http:void 0
if(t&&!function(A,e){const t=A.hostname.toLowerCase().replace(/^\[(.*)\]$/,"$1").replace(/\.$/,""),r=A.port||B[A.protocol]||"",n=C(t)
for(const A of e){if("*"===A)return!0
const e=I(A)
if(void 0!==e.port&&e.port!==r)continue
if(e.host.includes("/")){if(n&&h(n,e.host))return!0
continue}const s=C(e.host)
if(n||s){if(n&&s&&n.address===s.address)return!0
continue}const o=e.host.replace(/^\*\./,".").replace(/\.$/,"")
if(o.startsWith(".")?t.endsWith(o):t===o||t.endsWith(`.${o}`))return!0}return!1}(A,e.noProxy))return t}const B={"http:":"80","https:":"443"}
function I(A){const e=/^\[([^\]]+)\](?::(\d+))?$/.exec(A)
if(e)return{host:e[1],port:e[2]}
if(1===A.split(":").length-1){const[e,t]=A.split(":")
return{host:e,port:t}}return{host:A}}function C(A){const e=(0,i.isIP)(A)
return 4===e?{address:A,family:"ipv4"}:6===e?{address:new URL(`http://[${A}]`).hostname.slice(1,-1),family:"ipv6"}:void 0}function h(A,e){const[t,r]=e.split("/"),n=C(t),s=Number(r)
if(!n||n.family!==A.family||!/^\d+$/.test(r))return!1
if(s>("ipv4"===n.family?32:128))return!1
const o=new i.BlockList
return o.addSubnet(n.address,s,n.family),o.check(A.address,A.family)}function l(A){const e=A.url.username||A.url.password?", with credentials":""
return`${A.url.protocol}//${A.url.host} (${A.source}${e})`}class u{settings
handlers=new Map
configUpdates=[]
constructor(A){this.settings=A}async handle(A,e){const t=A.hostname.includes(":")&&!A.hostname.startsWith("[")?`[${A.hostname}]`:A.hostname,r=new URL(`${A.protocol}//${t}${A.port?`:${A.port}`:""}`)
return(await this.handlerFor(E(r,this.settings))).handle(A,e)}handlerFor(A){const e=A?.url.href??"direct"
let r=this.handlers.get(e)
return r||(r=async function(A){const{NodeHttpHandler:e}=await t.e(279).then(t.t.bind(t,1279,19))
if(!A)return new e
const[{HttpProxyAgent:r},{HttpsProxyAgent:n}]=await Promise.all([Promise.all([t.e(411),t.e(947)]).then(t.bind(t,8947)),Promise.all([t.e(411),t.e(185)]).then(t.bind(t,1566))])
return new e({httpAgent:new r(A,{keepAlive:!0}),httpsAgent:new n(A,{keepAlive:!0})})}(A?.url).then(A=>{for(const[e,t]of this.configUpdates)A.updateHttpClientConfig(e,t)
return A}),this.handlers.set(e,r)),r}updateHttpClientConfig(A,e){this.configUpdates.push([A,e])
for(const t of this.handlers.values())t.then(t=>t.updateHttpClientConfig(A,e))}httpHandlerConfigs(){return{}}destroy(){for(const A of this.handlers.values())A.then(A=>A.destroy())}}const d="1.0.0",f=new Set
function p(A){let e=Q(process.env)
if(A.proxy&&(e=function(A,e){return{...A,https:e,http:e}}(e,A.proxy)),!function(A){return Boolean(A.https||A.http)}(e))return{}
for(const A of function(A){const e=new Set
for(const t of[A.https,A.http]){const A=t?.url.password
if(A){e.add(A)
try{e.add(decodeURIComponent(A))}catch{}}}return[...e]}(e))r.Pq(A)
const t=function(A){const e=[A.https&&`https:// endpoints through ${l(A.https)}`,A.http&&`http:// endpoints through ${l(A.http)}`].filter(Boolean),t=A.noProxy.length?`; hosts in ${A.noProxySource} go direct`:""
return`AWS API requests to ${e.join(", to ")}${t}`}(e)
return f.has(t)||(f.add(t),o.Rm.info(t)),{requestHandler:new u(e)}}function w(A){const e=Number(process.env.AWS_MAX_ATTEMPTS)
return{...p(A),region:A.region,retryMode:"standard",maxAttempts:A.maxAttempts??(Number.isInteger(e)&&e>0?e:8),customUserAgent:[["infra-actions",d]]}}async function y(A){const{ECSClient:e}=await Promise.all([t.e(279),t.e(861),t.e(212)]).then(t.t.bind(t,212,19))
return new e(w(A))}async function D(A){const{ElasticLoadBalancingV2Client:e}=await Promise.all([t.e(279),t.e(861),t.e(586)]).then(t.t.bind(t,586,19))
return new e(w(A))}function m(A,e){const t=A,r=t?.name??"Error",o=t?.message??String(A)
let i=""
if("CredentialsProviderError"===r||/Could not load credentials/i.test(o))return i="No AWS credentials found. Configure them before this step, e.g. with aws-actions/configure-aws-credentials (OIDC role) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY secrets",new s.lZ(`While ${e}: ${i}`,{},{cause:A})
const a=(0,n.WI)(A)
return a?new s.lZ(`While ${e}: ${(0,n.jj)(a)}. AWS said: ${r}: ${o}`,{},{cause:A}):("AccessDeniedException"===r||"AccessDenied"===r||403===t?.$metadata?.httpStatusCode?i=" Check that the role or user has the IAM permission for this call.":"UnrecognizedClientException"===r||"InvalidSignatureException"===r?i=" Check the AWS credentials (access key) and the region.":"ThrottlingException"!==r&&"Throttling"!==r||(i=" AWS kept throttling after all retries; try again later or raise AWS_MAX_ATTEMPTS."),new s.lZ(`While ${e}: ${r}: ${o}${i}`,{},{cause:A}))}function k(A){const e=A
if(!e||"object"!=typeof e)return!1
if(e.$retryable||"server"===e.$fault)return!0
if((e.$metadata?.httpStatusCode??0)>=500)return!0
const t=e.name??e.code??""
return/Throttl|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalFailure|ServerException|TimeoutError|RequestTimeout|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|socket hang up/i.test(`${t} ${A.message??""}`)}},7268:(A,e,t)=>{t.d(e,{dz:()=>n,gJ:()=>s,lZ:()=>r})
class r extends Error{location
constructor(A,e={},t){super(A,t),this.name="ActionError",this.location=e}}class n extends r{constructor(A,e,t,r={}){super(`Input '${A}': ${e}${t?`. ${t}`:""}`,{...r,input:A}),this.name="InputError"}}function s(A){return A instanceof Error?A.message:String(A)}},8795:(A,e,t)=>{t.d(e,{Rm:()=>E,TL:()=>c,TW:()=>Q,sN:()=>g})
t(7075)
var r=t(7394)
const n={"\n":"a line feed","\r":"a carriage return","\t":"a tab","\u2028":"a line separator","\u2029":"a paragraph separator"},s={"\n":"\\n","\r":"\\r","\t":"\\t"},o=/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/,i=new RegExp(o.source,"g"),a=A=>`U+${A.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}`
function c(A){const e=o.exec(A)?.[0]
if(void 0!==e)return`${n[e]??"a control character"} (${a(e)})`}function g(A){return String(A).replace(i,A=>s[A]??`\\u${A.charCodeAt(0).toString(16).padStart(4,"0")}`).replace(/##\[/g,"##\\[").replace(/^(\s*)::/,"$1\\::")}function Q(A){return String(A).split(/\r\n|\r|\n/).map(g).join("\n")}const E={info:A=>r.pq(g(A)),debug:A=>r.Yz(Q(A)),warning:(A,e)=>r.$e(Q(A),e),error:(A,e)=>r.z3(Q(A),e),startGroup:A=>r.Oh(g(A)),endGroup:()=>r.N4(),group:(A,e)=>r.Os(g(A),e)}},4056:(A,e,t)=>{t.d(e,{Ci:()=>c,Ho:()=>o,Tw:()=>n,xY:()=>a,yz:()=>i})
var r=t(8388)
function n(A,e){const t=e.deployedTaskDefinitionArn,r=void 0!==t,n=s[A.outcome]
if(n)return{action:"none",why:n}
const o=A.serviceDeploymentStatus,i="ROLLBACK_SUCCESSFUL"===o||"ROLLBACK_FAILED"===o?o:void 0
if("rolled-back-by-ecs"===A.outcome&&r)return i?{action:"follow-ecs-rollback",ended:i}:{action:"follow-ecs-rollback"}
if("rolled-back-by-ecs"===A.outcome&&i)return{action:"none",why:`ECS already rolled the service deployment back (${i})`}
if("not-found"===A.outcome&&!r)return{action:"none",why:"the deployment to follow was not found"}
if(e.cancelled)return{action:"none",why:"the step was cancelled before the rollback could start"}
if(!e.rollbackOnFailure)return{action:"none",why:"rollback-on-failure is false, so the service was left as it is"}
const a=[...e.candidates,A.lastCompletedTaskDefinitionArn].find(A=>A&&A!==t)
return a?{action:"rollback",toTaskDefinitionArn:a}:r?{action:"none",why:"the service ran no other revision before, so there is nothing to roll back to"}:{action:"rollback"}}const s={healthy:"the deployment is healthy",replaced:"another deployment replaced this one; not rolling back over it",cancelled:"the step was cancelled; the deployment goes on in ECS"}
function o(A,e){return A?.id&&(0,r.pd)(A.taskDefinition)===(0,r.pd)(e)&&"FAILED"!==A.rolloutState?{action:"follow",deploymentId:A.id}:{action:"update"}}function i(A,e){const t=A?.serviceDeploymentArn
return t?"ROLLBACK_REQUESTED"===A.status||"ROLLBACK_IN_PROGRESS"===A.status?{action:"follow-service-deployment",serviceDeploymentArn:t}:"PENDING"!==A.status&&"IN_PROGRESS"!==A.status?{action:"update",why:`the service deployment is ${A.status??"in an unknown state"}`}:A.sourceTaskDefinitionArn&&(0,r.pd)(A.sourceTaskDefinitionArn)!==(0,r.pd)(e)?{action:"update",why:`ECS's rollback would return to ${(0,r.pd)(A.sourceTaskDefinitionArn)}, not ${(0,r.pd)(e)}`}:{action:"stop-service-deployment",serviceDeploymentArn:t}:{action:"update",why:"no service deployment is in flight"}}const a=new Set(["AccessDeniedException","UnsupportedFeatureException","InvalidParameterException","ConflictException","ServiceDeploymentNotFoundException"])
function c(A,e){const t=`${(0,r.pd)(e.toTaskDefinitionArn)} (deployment ${e.deploymentId})`
return e.updated?`${A} after rolling back to ${t}; not waiting for it. ECS carries on with the rollback`:`${A} while ECS rolls back to ${t}; not waiting for it. ECS carries on with the rollback`}},2613:e=>{e.exports=A(import.meta.url)("assert")},181:e=>{e.exports=A(import.meta.url)("buffer")},4434:e=>{e.exports=A(import.meta.url)("events")},8611:e=>{e.exports=A(import.meta.url)("http")},5692:e=>{e.exports=A(import.meta.url)("https")},9278:e=>{e.exports=A(import.meta.url)("net")},4589:e=>{e.exports=A(import.meta.url)("node:assert")},6698:e=>{e.exports=A(import.meta.url)("node:async_hooks")},4573:e=>{e.exports=A(import.meta.url)("node:buffer")},1421:e=>{e.exports=A(import.meta.url)("node:child_process")},7540:e=>{e.exports=A(import.meta.url)("node:console")},7598:e=>{e.exports=A(import.meta.url)("node:crypto")},3053:e=>{e.exports=A(import.meta.url)("node:diagnostics_channel")},610:e=>{e.exports=A(import.meta.url)("node:dns")},8474:e=>{e.exports=A(import.meta.url)("node:events")},3024:e=>{e.exports=A(import.meta.url)("node:fs")},1455:e=>{e.exports=A(import.meta.url)("node:fs/promises")},7067:e=>{e.exports=A(import.meta.url)("node:http")},2467:e=>{e.exports=A(import.meta.url)("node:http2")},4708:e=>{e.exports=A(import.meta.url)("node:https")},7030:e=>{e.exports=A(import.meta.url)("node:net")},8161:e=>{e.exports=A(import.meta.url)("node:os")},6760:e=>{e.exports=A(import.meta.url)("node:path")},643:e=>{e.exports=A(import.meta.url)("node:perf_hooks")},1708:e=>{e.exports=A(import.meta.url)("node:process")},1792:e=>{e.exports=A(import.meta.url)("node:querystring")},7075:e=>{e.exports=A(import.meta.url)("node:stream")},8500:e=>{e.exports=A(import.meta.url)("node:timers/promises")},1692:e=>{e.exports=A(import.meta.url)("node:tls")},3136:e=>{e.exports=A(import.meta.url)("node:url")},7975:e=>{e.exports=A(import.meta.url)("node:util")},3429:e=>{e.exports=A(import.meta.url)("node:util/types")},5919:e=>{e.exports=A(import.meta.url)("node:worker_threads")},8522:e=>{e.exports=A(import.meta.url)("node:zlib")},857:e=>{e.exports=A(import.meta.url)("os")},932:e=>{e.exports=A(import.meta.url)("process")},3193:e=>{e.exports=A(import.meta.url)("string_decoder")},4756:e=>{e.exports=A(import.meta.url)("tls")},2018:e=>{e.exports=A(import.meta.url)("tty")},7016:e=>{e.exports=A(import.meta.url)("url")},9023:e=>{e.exports=A(import.meta.url)("util")},7394:(e,t,r)=>{r.d(t,{Yz:()=>H,N4:()=>P,z3:()=>x,Os:()=>q,pq:()=>W,uH:()=>J,Pq:()=>G,Oh:()=>O,z:()=>w,$e:()=>V})
var n=r(857)
function s(A){return null==A?"":"string"==typeof A||A instanceof String?A:JSON.stringify(A)}function o(A){return Object.keys(A).length?{title:A.title,file:A.file,line:A.startLine,endLine:A.endLine,col:A.startColumn,endColumn:A.endColumn}:{}}function i(A,e,t){const r=new c(A,e,t)
process.stdout.write(r.toString()+n.EOL)}function a(A,e=""){i(A,{},e)}class c{constructor(A,e,t){A||(A="missing.command"),this.command=A,this.properties=e,this.message=t}toString(){let A="::"+this.command
if(this.properties&&Object.keys(this.properties).length>0){A+=" "
let e=!0
for(const t in this.properties)if(this.properties.hasOwnProperty(t)){const r=this.properties[t]
r&&(e?e=!1:A+=",",A+=`${t}=${g(r)}`)}}var e
return A+=`::${e=this.message,s(e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}`,A}}function g(A){return s(A).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}const Q=A(import.meta.url)("crypto"),E=A(import.meta.url)("fs")
A(import.meta.url)("path")
r(8611),r(5692)
URL
var B,I,C
r(770),r(6752)
!function(A){A[A.OK=200]="OK",A[A.MultipleChoices=300]="MultipleChoices",A[A.MovedPermanently=301]="MovedPermanently",A[A.ResourceMoved=302]="ResourceMoved",A[A.SeeOther=303]="SeeOther",A[A.NotModified=304]="NotModified",A[A.UseProxy=305]="UseProxy",A[A.SwitchProxy=306]="SwitchProxy",A[A.TemporaryRedirect=307]="TemporaryRedirect",A[A.PermanentRedirect=308]="PermanentRedirect",A[A.BadRequest=400]="BadRequest",A[A.Unauthorized=401]="Unauthorized",A[A.PaymentRequired=402]="PaymentRequired",A[A.Forbidden=403]="Forbidden",A[A.NotFound=404]="NotFound",A[A.MethodNotAllowed=405]="MethodNotAllowed",A[A.NotAcceptable=406]="NotAcceptable",A[A.ProxyAuthenticationRequired=407]="ProxyAuthenticationRequired",A[A.RequestTimeout=408]="RequestTimeout",A[A.Conflict=409]="Conflict",A[A.Gone=410]="Gone",A[A.TooManyRequests=429]="TooManyRequests",A[A.InternalServerError=500]="InternalServerError",A[A.NotImplemented=501]="NotImplemented",A[A.BadGateway=502]="BadGateway",A[A.ServiceUnavailable=503]="ServiceUnavailable",A[A.GatewayTimeout=504]="GatewayTimeout"}(B||(B={})),function(A){A.Accept="accept",A.ContentType="content-type"}(I||(I={})),function(A){A.ApplicationJson="application/json"}(C||(C={}))
B.MovedPermanently,B.ResourceMoved,B.SeeOther,B.TemporaryRedirect,B.PermanentRedirect,B.BadGateway,B.ServiceUnavailable,B.GatewayTimeout
Error
var h=function(A,e,t,r){return new(t||(t=Promise))(function(n,s){function o(A){try{a(r.next(A))}catch(A){s(A)}}function i(A){try{a(r.throw(A))}catch(A){s(A)}}function a(A){var e
A.done?n(A.value):(e=A.value,e instanceof t?e:new t(function(A){A(e)})).then(o,i)}a((r=r.apply(A,e||[])).next())})}
const{access:l,appendFile:u,writeFile:d}=E.promises,f="GITHUB_STEP_SUMMARY"
const p=new class{constructor(){this._buffer=""}filePath(){return h(this,void 0,void 0,function*(){if(this._filePath)return this._filePath
const A=process.env[f]
if(!A)throw new Error(`Unable to find environment variable for $${f}. Check if your runtime environment supports job summaries.`)
try{yield l(A,E.constants.R_OK|E.constants.W_OK)}catch(e){throw new Error(`Unable to access summary file: '${A}'. Check if the file has correct read/write permissions.`)}return this._filePath=A,this._filePath})}wrap(A,e,t={}){const r=Object.entries(t).map(([A,e])=>` ${A}="${e}"`).join("")
return e?`<${A}${r}>${e}</${A}>`:`<${A}${r}>`}write(A){return h(this,void 0,void 0,function*(){const e=!!(null==A?void 0:A.overwrite),t=yield this.filePath(),r=e?d:u
return yield r(t,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return h(this,void 0,void 0,function*(){return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return 0===this._buffer.length}emptyBuffer(){return this._buffer="",this}addRaw(A,e=!1){return this._buffer+=A,e?this.addEOL():this}addEOL(){return this.addRaw(n.EOL)}addCodeBlock(A,e){const t=Object.assign({},e&&{lang:e}),r=this.wrap("pre",this.wrap("code",A),t)
return this.addRaw(r).addEOL()}addList(A,e=!1){const t=e?"ol":"ul",r=A.map(A=>this.wrap("li",A)).join(""),n=this.wrap(t,r)
return this.addRaw(n).addEOL()}addTable(A){const e=A.map(A=>{const e=A.map(A=>{if("string"==typeof A)return this.wrap("td",A)
const{header:e,data:t,colspan:r,rowspan:n}=A,s=e?"th":"td",o=Object.assign(Object.assign({},r&&{colspan:r}),n&&{rowspan:n})
return this.wrap(s,t,o)}).join("")
return this.wrap("tr",e)}).join(""),t=this.wrap("table",e)
return this.addRaw(t).addEOL()}addDetails(A,e){const t=this.wrap("details",this.wrap("summary",A)+e)
return this.addRaw(t).addEOL()}addImage(A,e,t){const{width:r,height:n}=t||{},s=Object.assign(Object.assign({},r&&{width:r}),n&&{height:n}),o=this.wrap("img",null,Object.assign({src:A,alt:e},s))
return this.addRaw(o).addEOL()}addHeading(A,e){const t=`h${e}`,r=["h1","h2","h3","h4","h5","h6"].includes(t)?t:"h1",n=this.wrap(r,A)
return this.addRaw(n).addEOL()}addSeparator(){const A=this.wrap("hr",null)
return this.addRaw(A).addEOL()}addBreak(){const A=this.wrap("br",null)
return this.addRaw(A).addEOL()}addQuote(A,e){const t=Object.assign({},e&&{cite:e}),r=this.wrap("blockquote",A,t)
return this.addRaw(r).addEOL()}addLink(A,e){const t=this.wrap("a",A,{href:e})
return this.addRaw(t).addEOL()}},w=p
r(3193)
var y=r(4434)
A(import.meta.url)("child_process")
r(2613)
const{chmod:D,copyFile:m,lstat:k,mkdir:R,open:F,readdir:b,rename:S,rm:N,rmdir:M,stat:U,symlink:L,unlink:T}=E.promises
process.platform
E.constants.O_RDONLY
A(import.meta.url)("timers")
process.platform
y.EventEmitter
y.EventEmitter
n.platform(),n.arch()
var v,Y=function(A,e,t,r){return new(t||(t=Promise))(function(n,s){function o(A){try{a(r.next(A))}catch(A){s(A)}}function i(A){try{a(r.throw(A))}catch(A){s(A)}}function a(A){var e
A.done?n(A.value):(e=A.value,e instanceof t?e:new t(function(A){A(e)})).then(o,i)}a((r=r.apply(A,e||[])).next())})}
function G(A){i("add-mask",{},A)}function J(A,e){if(process.env.GITHUB_OUTPUT||"")return function(A,e){const t=process.env[`GITHUB_${A}`]
if(!t)throw new Error(`Unable to find environment variable for file command ${A}`)
if(!E.existsSync(t))throw new Error(`Missing file at path: ${t}`)
E.appendFileSync(t,`${s(e)}${n.EOL}`,{encoding:"utf8"})}("OUTPUT",function(A,e){const t=`ghadelimiter_${Q.randomUUID()}`,r=s(e)
if(A.includes(t))throw new Error(`Unexpected input: name should not contain the delimiter "${t}"`)
if(r.includes(t))throw new Error(`Unexpected input: value should not contain the delimiter "${t}"`)
return`${A}<<${t}${n.EOL}${r}${n.EOL}${t}`}(A,e))
process.stdout.write(n.EOL),i("set-output",{name:A},s(e))}function H(A){i("debug",{},A)}function x(A,e={}){i("error",o(e),A instanceof Error?A.toString():A)}function V(A,e={}){i("warning",o(e),A instanceof Error?A.toString():A)}function W(A){process.stdout.write(A+n.EOL)}function O(A){a("group",A)}function P(){a("endgroup")}function q(A,e){return Y(this,void 0,void 0,function*(){let t
O(A)
try{t=yield e()}finally{P()}return t})}!function(A){A[A.Success=0]="Success",A[A.Failure=1]="Failure"}(v||(v={}))}},g={}
function Q(A){var e=g[A]
if(void 0!==e)return e.exports
var t=g[A]={exports:{}},r=!0
try{c[A].call(t.exports,t,t.exports,Q),r=!1}finally{r&&delete g[A]}return t.exports}Q.m=c,void 0!==Q&&(Q.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/"),e="function"==typeof Symbol?Symbol("webpack queues"):"__webpack_queues__",t="function"==typeof Symbol?Symbol("webpack exports"):"__webpack_exports__",r="function"==typeof Symbol?Symbol("webpack error"):"__webpack_error__",n=A=>{A&&A.d<1&&(A.d=1,A.forEach(A=>A.r--),A.forEach(A=>A.r--?A.r++:A()))},Q.a=(A,s,o)=>{var i
o&&((i=[]).d=-1)
var a,c,g,Q=new Set,E=A.exports,B=new Promise((A,e)=>{g=e,c=A})
B[t]=E,B[e]=A=>(i&&A(i),Q.forEach(A),B.catch(A=>{})),A.exports=B,s(A=>{var s
a=(A=>A.map(A=>{if(null!==A&&"object"==typeof A){if(A[e])return A
if(A.then){var s=[]
s.d=0,A.then(A=>{o[t]=A,n(s)},A=>{o[r]=A,n(s)})
var o={}
return o[e]=A=>A(s),o}}var i={}
return i[e]=A=>{},i[t]=A,i}))(A)
var o=()=>a.map(A=>{if(A[r])throw A[r]
return A[t]}),c=new Promise(A=>{(s=()=>A(o)).r=0
var t=A=>A!==i&&!Q.has(A)&&(Q.add(A),A&&!A.d&&(s.r++,A.push(s)))
a.map(A=>A[e](t))})
return s.r?c:o()},A=>(A?g(B[r]=A):c(E),n(i))),i&&i.d<0&&(i.d=0)},Q.n=A=>{var e=A&&A.__esModule?()=>A.default:()=>A
return Q.d(e,{a:e}),e},o=Object.getPrototypeOf?A=>Object.getPrototypeOf(A):A=>A.__proto__,Q.t=function(A,e){if(1&e&&(A=this(A)),8&e)return A
if("object"==typeof A&&A){if(4&e&&A.__esModule)return A
if(16&e&&"function"==typeof A.then)return A}var t=Object.create(null)
Q.r(t)
var r={}
s=s||[null,o({}),o([]),o(o)]
for(var n=2&e&&A;"object"==typeof n&&!~s.indexOf(n);n=o(n))Object.getOwnPropertyNames(n).forEach(e=>r[e]=()=>A[e])
return r.default=()=>A,Q.d(t,r),t},Q.d=(A,e)=>{for(var t in e)Q.o(e,t)&&!Q.o(A,t)&&Object.defineProperty(A,t,{enumerable:!0,get:e[t]})},Q.f={},Q.e=A=>Promise.all(Object.keys(Q.f).reduce((e,t)=>(Q.f[t](A,e),e),[])),Q.u=A=>A+".index.js",Q.o=(A,e)=>Object.prototype.hasOwnProperty.call(A,e),Q.r=A=>{"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(A,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(A,"__esModule",{value:!0})},i={792:0},a=A=>{var e,t,{ids:r,modules:n,runtime:s}=A,o=0
for(e in n)Q.o(n,e)&&(Q.m[e]=n[e])
for(s&&s(Q);o<r.length;o++)t=r[o],Q.o(i,t)&&i[t]&&i[t][0](),i[r[o]]=0},Q.f.j=(A,e)=>{var t=Q.o(i,A)?i[A]:void 0
if(0!==t)if(t)e.push(t[1])
else{var r=import("./"+Q.u(A)).then(a,e=>{throw 0!==i[A]&&(i[A]=void 0),e})
r=Promise.race([r,new Promise(e=>t=i[A]=[e])]),e.push(t[1]=r)}}
var E=Q(551)
E=await E

