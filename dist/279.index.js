export const id=279
export const ids=[279]
export const modules={9542:(e,t,r)=>{const{createReadStream:n}=r(3024),{Writable:s}=r(7075),{toUint8Array:i,concatBytes:o}=r(2430),{createHash:a,createHmac:c}=r(7598),u=r(8522)
async function h(e,t,r=1048576){const n=e.size
let s=0
for(;s<n;){const i=e.slice(s,Math.min(n,s+r))
t(new Uint8Array(await i.arrayBuffer())),s+=i.size}}class l extends s{hash
constructor(e,t){super(t),this.hash=e}_write(e,t,r){try{this.hash.update(i(e))}catch(e){return r(e)}r()}}const d=e=>"string"==typeof e.path
class f{digestLength=16
state=Uint32Array.from(m)
writeBuffer=new DataView(new ArrayBuffer(64))
bufferLength=0
bytesHashed=0
update(e){const t=i(e)
let r=0,n=t.byteLength
for(this.bytesHashed+=n;n>0;)this.writeBuffer.setUint8(this.bufferLength++,t[r++]),--n,64===this.bufferLength&&(w(this.state,this.writeBuffer),this.bufferLength=0)}async digest(){const e=Uint32Array.from(this.state),t=new DataView(this.writeBuffer.buffer.slice(0))
let r=this.bufferLength
const n=8*this.bytesHashed
if(t.setUint8(r++,128),this.bufferLength%64>=56){for(let e=r;e<64;++e)t.setUint8(e,0)
w(e,t),r=0}for(let e=r;e<56;++e)t.setUint8(e,0)
t.setUint32(56,n>>>0,!0),t.setUint32(60,Math.floor(n/2**32),!0),w(e,t)
const s=new Uint8Array(16),i=new DataView(s.buffer)
for(let t=0;t<4;++t)i.setUint32(4*t,e[t],!0)
return s}reset(){this.state.set(m),this.writeBuffer=new DataView(new ArrayBuffer(64)),this.bufferLength=0,this.bytesHashed=0}}const m=[1732584193,4023233417,2562383102,271733878],p=4294967295,g=Uint8Array.of(7,12,17,22,5,9,14,20,4,11,16,23,6,10,15,21),y=Array.from({length:64},(e,t)=>Math.abs(Math.sin(t+1))*2**32>>>0)
function w(e,t){let r=e[0],n=e[1],s=e[2],i=e[3]
for(let e=0;e<64;++e){let o,a
e<16?(o=n&s|~n&i,a=e):e<32?(o=i&n|s&~i,a=(5*e+1)%16):e<48?(o=n^s^i,a=(3*e+5)%16):(o=s^(n|~i),a=7*e%16)
const c=t.getUint32(4*a,!0),u=i
i=s,s=n
const h=g[4*(e>>4)+(3&e)],l=(r+o&p)+(c+y[e]&p)&p
n=n+((l<<h|l>>>32-h)>>>0)&p,r=u}e[0]=e[0]+r&p,e[1]=e[1]+n&p,e[2]=e[2]+s&p,e[3]=e[3]+i&p}const b=(()=>{try{return a("md5"),!0}catch{return!1}})()?class{digestLength=16
hash=a("md5")
update(e){this.hash.update(i(e))}async digest(){const e=this.hash.copy().digest()
return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=a("md5")}}:f
const S=new Uint32Array(256)
for(let e=0;e<256;++e){let t=e
for(let e=0;e<8;++e)t=1&t?3988292384^t>>>1:t>>>1
S[e]=t>>>0}const v=4294967295
class E{digestLength=4
checksum=v
update(e){for(let t=0;t<e.length;++t)this.checksum=this.checksum>>>8^S[255&(this.checksum^e[t])]}digestSync(){return(this.checksum^v)>>>0}async digest(){const e=this.digestSync(),t=new Uint8Array(4)
return new DataView(t.buffer).setUint32(0,e,!1),t}reset(){this.checksum=v}}const T="function"==typeof u.crc32?u.crc32:void 0,C=T?(A=T,class{digestLength=4
value=0
update(e){this.value=A(e,this.value)}digestSync(){return this.value>>>0}async digest(){const e=new Uint8Array(4)
return new DataView(e.buffer).setUint32(0,this.digestSync(),!1),e}reset(){this.value=0}}):E
var A
const x=64,O=2**53-1
class ${digestLength=32
state=Int32Array.from(N)
w
buffer=new Uint8Array(64)
bufferLength=0
bytesHashed=0
finished=!1
inner
outer
constructor(e){if(e){const t=$.normalizeKey(e)
this.inner=new $,this.outer=new $
const{inner:r,outer:n}=this,s=new Uint8Array(128)
for(let e=0;e<x;++e)s[e]=54^t[e],s[e+x]=92^t[e]
r.update(s.subarray(0,x)),n.update(s.subarray(x))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.")
if(this.inner)return void this.inner.update(e)
const t=i(e)
let r=0,{byteLength:n}=t
if(this.bytesHashed+=n,8*this.bytesHashed>O)throw new Error("Cannot hash more than 2^53 - 1 bits")
for(;n>0;)this.buffer[this.bufferLength++]=t[r++],n--,this.bufferLength===x&&(this.hashBuffer(),this.bufferLength=0)}async digest(){const{inner:e,outer:t}=this
if(e&&t){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.")
this.finished=!0
const r=e.digestSync()
return t.update(r),t.digestSync()}return this.digestSync()}reset(){this.state=Int32Array.from(N),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){const e=this.state.slice(),t=this.buffer.slice()
let r=this.bufferLength
const n=8*this.bytesHashed,s=new DataView(t.buffer,t.byteOffset,t.byteLength)
if(s.setUint8(r++,128),(r-1)%x>=56){for(let e=r;e<x;++e)s.setUint8(e,0)
this.hashBufferWith(e,t),r=0}for(let e=r;e<56;++e)s.setUint8(e,0)
s.setUint32(56,Math.floor(n/4294967296),!1),s.setUint32(60,n,!1),this.hashBufferWith(e,t)
const i=new Uint8Array(32)
for(let t=0;t<8;++t)i[4*t]=e[t]>>>24&255,i[4*t+1]=e[t]>>>16&255,i[4*t+2]=e[t]>>>8&255,i[4*t+3]=e[t]>>>0&255
return i}static normalizeKey(e){const t=i(e)
if(t.byteLength>x){const e=new $
e.update(t)
const r=e.digestSync(),n=new Uint8Array(x)
return n.set(r),n}if(t.byteLength<x){const e=new Uint8Array(x)
return e.set(t),e}return t}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,t){const r=this.w??=new Int32Array(64)
let n=e[0],s=e[1],i=e[2],o=e[3],a=e[4],c=e[5],u=e[6],h=e[7]
for(let e=0;e<x;++e){if(e<16)r[e]=(255&t[4*e])<<24|(255&t[4*e+1])<<16|(255&t[4*e+2])<<8|255&t[4*e+3]
else{let t=r[e-2]
const n=(t>>>17|t<<15)^(t>>>19|t<<13)^t>>>10
t=r[e-15]
const s=(t>>>7|t<<25)^(t>>>18|t<<14)^t>>>3
r[e]=(n+r[e-7]|0)+(s+r[e-16]|0)}const l=(((a>>>6|a<<26)^(a>>>11|a<<21)^(a>>>25|a<<7))+(a&c^~a&u)|0)+(h+(I[e]+r[e]|0)|0)|0,d=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0
h=u,u=c,c=a,a=o+l|0,o=i,i=s,s=n,n=l+d|0}e[0]+=n,e[1]+=s,e[2]+=i,e[3]+=o,e[4]+=a,e[5]+=c,e[6]+=u,e[7]+=h}}const N=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),I=new Int32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),R=(()=>{try{return a("sha256"),!0}catch{return!1}})()?class{digestLength=32
secret
hash
isHmac
finished=!1
constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.finished)throw new Error("Attempted to update an already finished hash.")
this.hash.update(e)}async digest(){let e
return this.isHmac?(this.finished=!0,e=this.hash.digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.secret?c("sha256","string"==typeof(e=this.secret)?e:ArrayBuffer.isView(e)?Buffer.from(e.buffer,e.byteOffset,e.byteLength):Buffer.from(e)):a("sha256")
var e}}:$
const{digest:M,sign:_,importKey:U}=globalThis?.crypto?.subtle??{},k="function"==typeof M&&"function"==typeof _&&"function"==typeof U?globalThis.crypto.subtle:void 0
t.Crc32=C,t.Crc32Js=E,t.Crc32Node=C,t.Md5=b,t.Md5Js=f,t.Md5Node=b,t.Sha256=R,t.Sha256Js=$,t.Sha256Node=R,t.Sha256WebCrypto=class{digestLength=32
secret
pending=[]
pendingBytes=0
fallback
finished=!1
constructor(e){e&&(this.secret=i(e))}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.")
this.fallback?this.fallback.update(e):(this.pending.push(e.slice()),this.pendingBytes+=e.byteLength,this.pendingBytes>=8388608&&this.switchToFallback())}async digest(){if(this.fallback)return this.fallback.digest()
if(this.secret&&this.finished)throw new Error("Attempted to digest an already finished HMAC.")
const e=o(this.pending)
if(k){if(this.secret){this.finished=!0
const t=await k.importKey("raw",this.secret,{name:"HMAC",hash:"SHA-256"},!1,["sign"]),r=await k.sign("HMAC",t,e)
return new Uint8Array(r)}const t=await k.digest("SHA-256",e)
return new Uint8Array(t)}const t=new $(this.secret)
return t.update(e),t.digest()}reset(){this.pending=[],this.pendingBytes=0,this.fallback=void 0,this.finished=!1}switchToFallback(){const e=new $(this.secret)
for(const t of this.pending)e.update(t)
this.fallback=e,this.pending=[],this.pendingBytes=0}},t.blobHasher=async function(e,t){const r=new e
return await h(t,e=>{r.update(e)}),r.digest()},t.blobReader=h,t.fileStreamHasher=(e,t)=>new Promise((r,s)=>{if(!d(t))return void s(new Error("Unable to calculate hash for non-file streams."))
const i=n(t.path,{start:t.start,end:t.end}),o=new e,a=new l(o)
i.pipe(a),i.on("error",e=>{a.end(),s(e)}),a.on("error",s),a.on("finish",function(){o.digest().then(r).catch(s)})}),t.readableStreamHasher=(e,t)=>{if(null!==t.readableFlowing)throw new Error("Unable to calculate hash for flowing readable stream")
const r=new e,n=new l(r)
return t.pipe(n),new Promise((e,s)=>{t.on("error",e=>{n.end(),s(e)}),n.on("error",s),n.on("finish",()=>{r.digest().then(e).catch(s)})})}},2658:(e,t,r)=>{const{hasOwn:n}=r(4534),{getSmithyContext:s,normalizeProvider:i}=r(4534)
t.getSmithyContext=s,t.normalizeProvider=i
const{SMITHY_CONTEXT_KEY:o,AlgorithmId:a}=r(690)
t.AlgorithmId=a
const{NormalizedSchema:c}=r(6890),u=(e,t)=>{const r=[]
if(e&&r.push(e),t)for(const e of t)r.push(e)
return r},h=(e,t)=>`${e||"anonymous"}${t&&t.length>0?` (a.k.a. ${t.join(",")})`:""}`,l=()=>{let e=[],t=[],r=!1
const n=new Set,s=r=>(e.forEach(e=>{r.add(e.middleware,{...e})}),t.forEach(e=>{r.addRelativeTo(e.middleware,{...e})}),r.identifyOnResolve?.(a.identifyOnResolve()),r),i=e=>{const t=[]
return e.before.forEach(e=>{0===e.before.length&&0===e.after.length?t.push(e):t.push(...i(e))}),t.push(e),e.after.reverse().forEach(e=>{0===e.before.length&&0===e.after.length?t.push(e):t.push(...i(e))}),t},o=(r=!1)=>{const n=[],s=[],o={}
e.forEach(e=>{const t={...e,before:[],after:[]}
for(const e of u(t.name,t.aliases))o[e]=t
n.push(t)}),t.forEach(e=>{const t={...e,before:[],after:[]}
for(const e of u(t.name,t.aliases))o[e]=t
s.push(t)}),s.forEach(e=>{if(e.toMiddleware){const t=o[e.toMiddleware]
if(void 0===t){if(r)return
throw new Error(`${e.toMiddleware} is not found when adding ${h(e.name,e.aliases)} middleware ${e.relation} ${e.toMiddleware}`)}"after"===e.relation&&t.after.push(e),"before"===e.relation&&t.before.push(e)}})
var a
return(a=n,a.sort((e,t)=>d[t.step]-d[e.step]||f[t.priority||"normal"]-f[e.priority||"normal"])).map(i).reduce((e,t)=>(e.push(...t),e),[])},a={add:(t,r={})=>{const{name:s,override:i,aliases:o}=r,a={step:"initialize",priority:"normal",middleware:t,...r},c=u(s,o)
if(c.length>0){if(c.some(e=>n.has(e))){if(!i)throw new Error(`Duplicate middleware name '${h(s,o)}'`)
for(const t of c){const r=e.findIndex(e=>e.name===t||e.aliases?.some(e=>e===t))
if(-1===r)continue
const n=e[r]
if(n.step!==a.step||a.priority!==n.priority)throw new Error(`"${h(n.name,n.aliases)}" middleware with ${n.priority} priority in ${n.step} step cannot be overridden by "${h(s,o)}" middleware with ${a.priority} priority in ${a.step} step.`)
e.splice(r,1)}}for(const e of c)n.add(e)}e.push(a)},addRelativeTo:(e,r)=>{const{name:s,override:i,aliases:o}=r,a={middleware:e,...r},c=u(s,o)
if(c.length>0){if(c.some(e=>n.has(e))){if(!i)throw new Error(`Duplicate middleware name '${h(s,o)}'`)
for(const e of c){const r=t.findIndex(t=>t.name===e||t.aliases?.some(t=>t===e))
if(-1===r)continue
const n=t[r]
if(n.toMiddleware!==a.toMiddleware||n.relation!==a.relation)throw new Error(`"${h(n.name,n.aliases)}" middleware ${n.relation} "${n.toMiddleware}" middleware cannot be overridden by "${h(s,o)}" middleware ${a.relation} "${a.toMiddleware}" middleware.`)
t.splice(r,1)}}for(const e of c)n.add(e)}t.push(a)},clone:()=>s(l()),use:e=>{e.applyToStack(a)},remove:r=>"string"==typeof r?(r=>{let s=!1
const i=e=>{const t=u(e.name,e.aliases)
if(t.includes(r)){s=!0
for(const e of t)n.delete(e)
return!1}return!0}
return e=e.filter(i),t=t.filter(i),s})(r):(r=>{let s=!1
const i=e=>{if(e.middleware===r){s=!0
for(const t of u(e.name,e.aliases))n.delete(t)
return!1}return!0}
return e=e.filter(i),t=t.filter(i),s})(r),removeByTag:r=>{let s=!1
const i=e=>{const{tags:t,name:i,aliases:o}=e
if(t&&t.includes(r)){const e=u(i,o)
for(const t of e)n.delete(t)
return s=!0,!1}return!0}
return e=e.filter(i),t=t.filter(i),s},concat:e=>{const t=s(l())
return t.use(e),t.identifyOnResolve(r||t.identifyOnResolve()||(e.identifyOnResolve?.()??!1)),t},applyToStack:s,identify:()=>o(!0).map(e=>{const t=e.step??e.relation+" "+e.toMiddleware
return h(e.name,e.aliases)+" - "+t}),identifyOnResolve:e=>("boolean"==typeof e&&(r=e),r),resolve:(e,t)=>{for(const r of o().map(e=>e.middleware).reverse())e=r(e,t)
return r&&console.log(a.identify()),e}}
return a},d={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},f={high:3,normal:2,low:1},m=()=>{const e=new WeakSet
return(t,r)=>{if("object"==typeof r&&null!==r){if(e.has(r))return"[Circular]"
e.add(r)}return r}},p=e=>new Promise(t=>setTimeout(t,1e3*e)),g={minDelay:2,maxDelay:120}
var y
!function(e){e.ABORTED="ABORTED",e.FAILURE="FAILURE",e.SUCCESS="SUCCESS",e.RETRY="RETRY",e.TIMEOUT="TIMEOUT"}(y||(y={}))
const w=async({minDelay:e,maxDelay:t,maxWaitTime:r,abortController:n,client:s,abortSignal:i},o,a)=>{const c={},[u,h]=[1e3*e,1e3*t]
let l=0
const d=Date.now()+1e3*r,f=Date.now()+6e4
let m=!1
for(;;){if(l>0){const e=v(u,h,l,d)
if(n?.signal?.aborted||i?.aborted){const e="AbortController signal aborted."
return c[e]|=0,c[e]+=1,{state:y.ABORTED,observedResponses:c}}if(Date.now()+e>d)return{state:y.TIMEOUT,observedResponses:c}
await p(e/1e3)}const{state:e,reason:t}=await a(s,o)
if(t){const e=S(t)
c[e]|=0,c[e]+=1}if(e!==y.RETRY)return{state:e,reason:t,final:t,observedResponses:c}
l+=1,!m&&Date.now()>=f&&(b(c,s),m=!0)}},b=(e={},t)=>{const r=Object.keys(e)
let n=0
for(const t of r){const r=0|e[t]
t.startsWith("403:")&&(n+=r)}const s=t?.config?.logger,i="function"!=typeof s?.warn||s.constructor?.name?.includes?.("NoOpLogger")?console:s;(n>=3||r[r.length-1]?.startsWith("403:"))&&i.warn("@smithy/util-waiter WARN - 403 status code encountered during waiter polling.")},S=e=>{const t=e?.$response?.statusCode??e?.$metadata?.httpStatusCode
return e?.$responseBodyText?`${t?t+": ":""}Deserialization error for body: ${e.$responseBodyText}`:t?e?.$response||e?.message?`${t??"Unknown"}: ${e?.message}`:`${t}: OK`:String(e?.message??JSON.stringify(e,m())??"Unknown")},v=(e,t,r,n)=>{if(r>Math.log(t/e)/Math.log(2)+1)return t
const s=e*2**(r-1),i=Math.min(s,t),o=E(e,i)
if(Date.now()+o>n){const e=n-Date.now()
return Math.max(0,e-500)}return o},E=(e,t)=>e+Math.random()*(t-e),T=e=>{let t
const r=new Promise(r=>{t=()=>r({state:y.ABORTED}),"function"==typeof e.addEventListener?e.addEventListener("abort",t):e.onabort=t})
return{clearListener(){"function"==typeof e.removeEventListener&&e.removeEventListener("abort",t)},aborted:r}}
const C="***SensitiveInformation***"
function A(e,t){if(null==t)return t
const r=c.of(e)
if(r.getMergedTraits().sensitive)return C
if(r.isListSchema()){const e=r.getValueSchema()
if(e.getMergedTraits().sensitive)return C
if(Array.isArray(t))return t.map(t=>A(e,t))}else if(r.isMapSchema()){const e=r.getValueSchema()
if(r.getKeySchema().getMergedTraits().sensitive||e.getMergedTraits().sensitive)return C
if("object"==typeof t)return Object.fromEntries(Object.entries(t).map(([t,r])=>[t,A(e,r)]))}else if(r.isStructSchema()&&"object"==typeof t){const e=t,n={}
for(const[t,s]of r.structIterator())null!=e[t]&&(n[t]=A(s,e[t]))
return n}return t}const x=Symbol.for("@smithy/op-event-stream")
class O{middlewareStack=l()
schema
static classBuilder(){return new $}resolveMiddlewareWithContext(e,t,r,{middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:u,smithyContext:h,additionalContext:l,CommandCtor:d}){for(const s of n.bind(this)(d,e,t,r))this.middlewareStack.use(s)
const f=e.concat(this.middlewareStack),{logger:m}=t,p=l[o],g={logger:m,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:u,...l,[o]:{...p,commandInstance:this,...h,...void 0===r?.metricsRecorder?{}:{metricsRecorder:r.metricsRecorder},...void 0===r?.abortSignal?{}:{abortSignal:r.abortSignal}}},{requestHandler:y}=t
let w,b=r??{}
b.metricsRecorder&&(b={...b},delete b.metricsRecorder)
const S=this.schema,v=S?.[x]
if(void 0!==v)w=v
else if(S&&Array.isArray(S)&&9===S[0]){const[,,,,e,t]=S
w=S[x]=Boolean(c.of(e).getEventStreamMember()||c.of(t).getEventStreamMember())}return w&&(b={isEventStream:w,...b}),f.resolve(e=>y.handle(e.request,b),g)}}class ${_init=()=>{}
_ep={}
_middlewareFn=()=>[]
_commandName=""
_clientName=""
_additionalContext={}
_smithyContext={}
_inputFilterSensitiveLog=void 0
_outputFilterSensitiveLog=void 0
_serializer=null
_deserializer=null
_operationSchema
init(e){this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,t,r={}){return this._smithyContext={service:e,operation:t,...r},this}c(e={}){return this._additionalContext=e,this}n(e,t){return this._clientName=e,this._commandName=t,this}f(e=e=>e,t=e=>e){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=t,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){const e=this
let t
return t=class extends O{input
static getEndpointParameterInstructions(){return e._ep}constructor(...[t]){super(),this.input=t??{},e._init(this),this.schema=e._operationSchema}resolveMiddleware(r,n,s){const i=e._operationSchema,o=i?.[4]??i?.input,a=i?.[5]??i?.output
return this.resolveMiddlewareWithContext(r,n,s,{CommandCtor:t,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?A.bind(null,o):e=>e),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?A.bind(null,a):e=>e),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e._serializer
deserialize=e._deserializer}}}class N extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException"
$fault
$response
$retryable
$metadata
constructor(e){super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){if(!e)return!1
const t=e
return N.prototype.isPrototypeOf(t)||Boolean(t.$fault)&&Boolean(t.$metadata)&&("client"===t.$fault||"server"===t.$fault)}static[Symbol.hasInstance](e){if(!e)return!1
const t=e
if(this===N)return N.isInstance(e)
if(N.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0
const r=Object.prototype.hasOwnProperty.call(this,"shapeId")?this.shapeId:void 0
let n=!1
if(r){let e=Object.getPrototypeOf(t)
for(;e&&e!==Object.prototype;){const t=e.constructor,s=t!==N&&Object.prototype.hasOwnProperty.call(t,"shapeId")?t?.shapeId:void 0
if(s&&(n=!0,s===r))return!0
e=Object.getPrototypeOf(e)}}if(r&&n)return!1
const s=this.name
if(s&&s.length>=6){if(t.name===s)return!0
let e=Object.getPrototypeOf(t)
for(;e&&e!==Object.prototype;){const t=e.constructor?.name
if(t&&"Error"!==t&&t===s)return!0
e=Object.getPrototypeOf(e)}}}return!1}}const I=(e,t={})=>{Object.entries(t).filter(([,e])=>void 0!==e).forEach(([t,r])=>{null!=e[t]&&""!==e[t]||(e[t]=r)})
const r=e.message||e.Message||"UnknownError"
return e.message=r,delete e.Message,e},R=({output:e,parsedBody:t,exceptionCtor:r,errorCode:n})=>{const s=M(e),i=s.httpStatusCode?s.httpStatusCode+"":void 0,o=new r({name:t?.code||t?.Code||n||i||"UnknownError",$fault:"client",$metadata:s})
throw I(o,t)},M=e=>({httpStatusCode:e.statusCode,requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["x-amz-cf-id"]})
let _=!1
const U=Object.values(a),k=e=>{const t=[]
for(const r in a){if(!n(a,r))continue
const s=a[r]
void 0!==e[s]&&t.push({algorithmId:()=>s,checksumConstructor:()=>e[s]})}for(const[r,n]of Object.entries(e.checksumAlgorithms??{}))t.push({algorithmId:()=>r,checksumConstructor:()=>n})
return{addChecksumAlgorithm(r){e.checksumAlgorithms=e.checksumAlgorithms??{}
const n=r.algorithmId(),s=r.checksumConstructor()
U.includes(n)?e.checksumAlgorithms[n.toUpperCase()]=s:e.checksumAlgorithms[n]=s,t.push(r)},checksumAlgorithms:()=>t}},D=e=>{const t={}
return e.checksumAlgorithms().forEach(e=>{const r=e.algorithmId()
U.includes(r)&&(t[r]=e.checksumConstructor())}),t},P=e=>({setRetryStrategy(t){e.retryStrategy=t},retryStrategy:()=>e.retryStrategy}),L=e=>{const t={}
return t.retryStrategy=e.retryStrategy(),t},B=e=>Object.assign(k(e),P(e)),j=B,H=e=>{const t="#text"
for(const r in e)n(e,r)&&(void 0!==e[r][t]?e[r]=e[r][t]:"object"==typeof e[r]&&null!==e[r]&&(e[r]=H(e[r])))
return e}
function z(e,t,r){let s,i,o
if(void 0===t&&void 0===r)s={},o=e
else{if(s=e,"function"==typeof t)return i=t,o=r,F(s,i,o)
o=t}for(const e in o)n(o,e)&&(Array.isArray(o[e])?q(s,null,o,e):s[e]=o[e])
return s}const F=(e,t,r)=>z(e,Object.entries(r).reduce((e,[r,n])=>(Array.isArray(n)?e[r]=n:e[r]="function"==typeof n?[t,n()]:[t,n],e),{})),q=(e,t,r,n)=>{if(null!==t){let s=r[n]
"function"==typeof s&&(s=[,s])
const[i=V,o=W,a=n]=s
return void(("function"==typeof i&&i(t[a])||"function"!=typeof i&&i)&&(e[n]=o(t[a])))}let[s,i]=r[n]
if("function"==typeof i){let t
const r=void 0===s&&null!=(t=i()),o="function"==typeof s&&!!s(void 0)||"function"!=typeof s&&!!s
r?e[n]=t:o&&(e[n]=i())}else{const t=void 0===s&&null!=i,r="function"==typeof s&&!!s(i)||"function"!=typeof s&&!!s;(t||r)&&(e[n]=i)}},V=e=>null!=e,W=e=>e,J=e=>{if(null==e)return{}
if(Array.isArray(e))return e.filter(e=>null!=e).map(J)
if("object"==typeof e){const t={}
for(const r in e)n(e,r)&&null!=e[r]&&(t[r]=J(e[r]))
return t}return e}
t.Client=class{config
middlewareStack=l()
initConfig
handlers
constructor(e){this.config=e
const{protocol:t,protocolSettings:r}=e
r&&"function"==typeof t&&(e.protocol=new t(r))}send(e,t,r){const n="function"!=typeof t?t:void 0,s="function"==typeof t?t:r
let i
if(void 0===n&&!0===this.config.cacheMiddleware){this.handlers||(this.handlers=new WeakMap)
const t=this.handlers
t.has(e.constructor)?i=t.get(e.constructor):(i=e.resolveMiddleware(this.middlewareStack,this.config,n),t.set(e.constructor,i))}else delete this.handlers,i=e.resolveMiddleware(this.middlewareStack,this.config,n)
if(!s)return i(e).then(e=>e.output)
i(e).then(e=>s(null,e.output),e=>s(e)).catch(()=>{})}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}},t.Command=O,t.NoOpLogger=class{trace(){}debug(){}info(){}warn(){}error(){}},t.SENSITIVE_STRING="***SensitiveInformation***",t.ServiceException=N,t.WaiterState=y,t._json=J,t.checkExceptions=e=>{if(e.state===y.ABORTED){const t=new Error(`${JSON.stringify({...e,reason:"Request was aborted"},m())}`)
throw t.name="AbortError",t}if(e.state===y.TIMEOUT){const t=new Error(`${JSON.stringify({...e,reason:"Waiter has timed out"},m())}`)
throw t.name="TimeoutError",t}if(e.state!==y.SUCCESS)throw new Error(`${JSON.stringify(e,m())}`)
return e},t.constructStack=l,t.convertMap=e=>{const t={}
for(const[r,n]of Object.entries(e||{}))t[r]=[,n]
return t},t.createAggregatedClient=(e,t,r)=>{for(const[r,n]of Object.entries(e)){const e=async function(e,t,r){const s=new n(e)
if("function"==typeof t)this.send(s,t)
else{if("function"!=typeof r)return this.send(s,t)
if("object"!=typeof t)throw new Error("Expected http options but got "+typeof t)
this.send(s,t||{},r)}},s=(r[0].toLowerCase()+r.slice(1)).replace(/Command$/,"")
t.prototype[s]=e}const{paginators:n={},waiters:s={}}=r??{}
for(const[e,r]of Object.entries(n))void 0===t.prototype[e]&&(t.prototype[e]=function(e={},t,...n){return r({...t,client:this},e,...n)})
for(const[e,r]of Object.entries(s))void 0===t.prototype[e]&&(t.prototype[e]=async function(e={},t,...n){let s=t
return"number"==typeof t&&(s={maxWaitTime:t}),r({...s,client:this},e,...n)})},t.createWaiter=async(e,t,r)=>{const n={...g,...e};(e=>{if(e.maxWaitTime<=0)throw new Error("WaiterConfiguration.maxWaitTime must be greater than 0")
if(e.minDelay<=0)throw new Error("WaiterConfiguration.minDelay must be greater than 0")
if(e.maxDelay<=0)throw new Error("WaiterConfiguration.maxDelay must be greater than 0")
if(e.maxWaitTime<=e.minDelay)throw new Error(`WaiterConfiguration.maxWaitTime [${e.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${e.minDelay}] for this waiter`)
if(e.maxDelay<e.minDelay)throw new Error(`WaiterConfiguration.maxDelay [${e.maxDelay}] must be greater than WaiterConfiguration.minDelay [${e.minDelay}] for this waiter`)})(n)
const s=[w(n,t,r)],i=[]
if(e.abortSignal){const{aborted:t,clearListener:r}=T(e.abortSignal)
i.push(r),s.push(t)}if(e.abortController?.signal){const{aborted:t,clearListener:r}=T(e.abortController.signal)
i.push(r),s.push(t)}return Promise.race(s).then(e=>{for(const e of i)e()
return e})},t.decorateServiceException=I,t.emitWarningIfUnsupportedVersion=e=>{e&&!_&&parseInt(e.substring(1,e.indexOf(".")))<16&&(_=!0)},t.getArrayIfSingleItem=e=>Array.isArray(e)?e:[e],t.getChecksumConfiguration=k,t.getDefaultClientConfiguration=j,t.getDefaultExtensionConfiguration=B,t.getRetryConfiguration=P,t.getValueFromTextNode=H,t.invalidFunction=e=>()=>{throw new Error(e)},t.invalidProvider=e=>()=>Promise.reject(e),t.isSerializableHeaderValue=e=>null!=e,t.loadConfigsForDefaultMode=e=>{switch(e){case"standard":case"cross-region":return{retryMode:"standard",connectionTimeout:3100}
case"in-region":return{retryMode:"standard",connectionTimeout:1100}
case"mobile":return{retryMode:"standard",connectionTimeout:3e4}
default:return{}}},t.makeBuilder=function(e,t,r,n){return function(s,i,o,a,c={}){const u=Object.assign({},e,s)
return O.classBuilder().ep(u).m(function(e,t,r,s){const o=i.call(this,e,t,r,s)
return o.unshift(n(r,e.getEndpointParameterInstructions())),o}).s(t,o,c).n(r,o.charAt(0).toUpperCase()+o.slice(1)+"Command").sc(a).build()}},t.map=z,t.resolveChecksumRuntimeConfig=D,t.resolveDefaultRuntimeConfig=e=>Object.assign(D(e),L(e)),t.resolveRetryRuntimeConfig=L,t.schemaLogFilter=A,t.serializeDateTime=e=>e.toISOString().replace(".000Z","Z"),t.serializeFloat=e=>{if(e!=e)return"NaN"
switch(e){case 1/0:return"Infinity"
case-1/0:return"-Infinity"
default:return e}},t.take=(e,t)=>{const r={}
for(const s in t)n(t,s)&&q(r,e,t,s)
return r},t.throwDefaultError=R,t.waiterServiceDefaults=g,t.withBaseException=e=>({output:t,parsedBody:r,errorCode:n})=>{R({output:t,parsedBody:r,exceptionCtor:e,errorCode:n})}},7291:(e,t,r)=>{const{homedir:n}=r(8161),{sep:s,join:i}=r(6760),{createHash:o}=r(7598),{readFile:a}=r(1455),{IniSectionType:c}=r(690),{normalizeProvider:u}=r(2658),{isValidHostLabel:h}=r(4534)
class l extends Error{name="ProviderError"
tryNextLink
constructor(e,t=!0){let r,n=!0
"boolean"==typeof t?(r=void 0,n=t):null!=t&&"object"==typeof t&&(r=t.logger,n=t.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,l.prototype),r?.debug?.(`@smithy/property-provider ${n?"->":"(!)"} ${e}`)}static from(e,t=!0){return Object.assign(new this(e.message,t),e)}}class d extends l{name="CredentialsProviderError"
constructor(e,t=!0){super(e,t),Object.setPrototypeOf(this,d.prototype)}}class f extends l{name="TokenProviderError"
constructor(e,t=!0){super(e,t),Object.setPrototypeOf(this,f.prototype)}}const m=(...e)=>async()=>{if(0===e.length)throw new l("No providers in chain")
let t
for(const r of e)try{return await r()}catch(e){if(t=e,e?.tryNextLink)continue
throw e}throw t},p=e=>()=>Promise.resolve(e),g=(e,t,r)=>{let n,s,i,o=!1
const a=async()=>{s||(s=e())
try{n=await s,i=!0,o=!1}finally{s=void 0}return n}
return void 0===t?async e=>(i&&!e?.forceRefresh||(n=await a()),n):async e=>(i&&!e?.forceRefresh||(n=await a()),o?n:r&&!r(n)?(o=!0,n):t(n)?(await a(),n):n)},y=(e,t,r)=>{if(t in e){if("true"===e[t])return!0
if("false"===e[t])return!1
throw new Error(`Cannot load ${r} "${t}". Expected "true" or "false", got ${e[t]}.`)}}
var w
!function(e){e.ENV="env",e.CONFIG="shared config entry"}(w||(w={}))
const b={},S=()=>{const{HOME:e,USERPROFILE:t,HOMEPATH:r,HOMEDRIVE:i=`C:${s}`}=process.env
if(e)return e
if(t)return t
if(r)return`${i}${r}`
const o=process&&process.geteuid?`${process.geteuid()}`:"DEFAULT"
return b[o]||(b[o]=n()),b[o]},v="AWS_PROFILE",E="default",T=e=>e.profile||process.env[v]||E,C=e=>{const t=o("sha1").update(e).digest("hex")
return i(S(),".aws","sso","cache",`${t}.json`)},A={},x=".",O=e=>Object.entries(e).filter(([e])=>{const t=e.indexOf(x)
return-1!==t&&Object.values(c).includes(e.substring(0,t))}).reduce((e,[t,r])=>{const n=t.indexOf(x)
return e[t.substring(0,n)===c.PROFILE?t.substring(n+1):t]=r,e},{...e.default&&{default:e.default}}),$=()=>process.env.AWS_CONFIG_FILE||i(S(),".aws","config"),N=()=>process.env.AWS_SHARED_CREDENTIALS_FILE||i(S(),".aws","credentials"),I=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,R=["__proto__","profile __proto__"],M=e=>{const t={}
let r,n
for(const s of e.split(/\r?\n/)){const e=s.split(/(^|\s)[;#]/)[0].trim()
if("["===e[0]&&"]"===e[e.length-1]){r=void 0,n=void 0
const t=e.substring(1,e.length-1),s=I.exec(t)
if(s){const[,e,,t]=s
Object.values(c).includes(e)&&(r=[e,t].join(x))}else r=t
if(R.includes(t))throw new Error(`Found invalid profile name "${t}"`)}else if(r){const i=e.indexOf("=")
if(![0,-1].includes(i)){const[o,a]=[e.substring(0,i).trim(),e.substring(i+1).trim()]
if(""===a)n=o
else{n&&s.trimStart()===s&&(n=void 0),t[r]=t[r]||{}
const e=n?[n,o].join(x):o
t[r][e]=a}}}}return t},_={},U={},k=(e,t)=>void 0!==U[e]?U[e]:(_[e]&&!t?.ignoreCache||(_[e]=a(e,"utf8")),_[e]),D=()=>({}),P=async(e={})=>{const{filepath:t=N(),configFilepath:r=$()}=e,n=S()
let s=t
t.startsWith("~/")&&(s=i(n,t.slice(2)))
let o=r
r.startsWith("~/")&&(o=i(n,r.slice(2)))
const a=await Promise.all([k(o,{ignoreCache:e.ignoreCache}).then(M).then(O).catch(D),k(s,{ignoreCache:e.ignoreCache}).then(M).catch(D)])
return{configFile:a[0],credentialsFile:a[1]}},L=e=>Object.entries(e).filter(([e])=>e.startsWith(c.SSO_SESSION+x)).reduce((e,[t,r])=>({...e,[t.substring(t.indexOf(x)+1)]:r}),{}),B=()=>({}),j={getFileRecord:()=>U,interceptFile(e,t){U[e]=Promise.resolve(t)},getTokenRecord:()=>A,interceptToken(e,t){A[e]=t}}
function H(e){try{const t=new Set(Array.from(e.match(/([A-Z_]){3,}/g)??[]))
return t.delete("CONFIG"),t.delete("CONFIG_PREFIX_SEPARATOR"),t.delete("ENV"),[...t].join(", ")}catch(t){return e}}const z=e=>"function"==typeof e?async()=>await e():p(e),F=({environmentVariableSelector:e,configFileSelector:t,default:r},n={})=>{const{signingName:s,logger:i}=n
return g(m((o=e,a={signingName:s,logger:i},async()=>{try{const e=o(process.env,a)
if(void 0===e)throw new Error
return e}catch(e){throw new d(e.message||`Not found in ENV: ${H(o.toString())}`,{logger:a?.logger})}}),((e,{preferredFile:t="config",...r}={})=>async()=>{const n=T(r),{configFile:s,credentialsFile:i}=await P(r),o=i[n]||{},a=s[n]||{},c="config"===t?{...o,...a}:{...a,...o}
try{const r=e(c,"config"===t?s:i)
if(void 0===r)throw new Error
return r}catch(t){throw new d(t.message||`Not found in config files w/ profile [${n}]: ${H(e.toString())}`,{logger:r.logger})}})(t,n),z(r)))
var o,a},q="AWS_USE_DUALSTACK_ENDPOINT",V="use_dualstack_endpoint",W={environmentVariableSelector:e=>y(e,q,w.ENV),configFileSelector:e=>y(e,V,w.CONFIG),default:!1},J={environmentVariableSelector:e=>y(e,q,w.ENV),configFileSelector:e=>y(e,V,w.CONFIG),default:void 0},G="AWS_USE_FIPS_ENDPOINT",Q="use_fips_endpoint",Z={environmentVariableSelector:e=>y(e,G,w.ENV),configFileSelector:e=>y(e,Q,w.CONFIG),default:!1},K={environmentVariableSelector:e=>y(e,G,w.ENV),configFileSelector:e=>y(e,Q,w.CONFIG),default:void 0},Y="AWS_REGION",X="AWS_DEFAULT_REGION",ee=["in-region","cross-region","mobile","standard","legacy"],te="x-aws-ec2-metadata-token",re="x-aws-ec2-metadata-token-ttl-seconds"
let ne=0
const se=async()=>{if(!(process.env.AWS_EC2_METADATA_DISABLED||Date.now()<ne))try{const e=oe(),t=(await ae({...e,path:"/latest/api/token",method:"PUT",headers:{[re]:"21600"}})).toString()
return(await ae({...e,path:"/latest/meta-data/placement/region",method:"GET",headers:{[te]:t}})).toString().trim()||ie()}catch{return ie()}},ie=()=>{ne=Date.now()+6e4},oe=()=>{const e=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT
if(e){const t=new URL(e)
return{hostname:t.hostname.replace(/^\[(.+)]$/,"$1"),port:t.port?Number(t.port):void 0}}return"IPv6"===process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},ae=async e=>{const{request:t}=r(7067)
return new Promise((r,n)=>{const s=t({hostname:e.hostname,port:e.port,path:e.path,method:e.method,headers:e.headers,timeout:1e3,signal:AbortSignal.timeout(1e3)})
s.on("error",e=>{n(e),s.destroy()}),s.on("timeout",()=>{n(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",e=>{const{statusCode:t=400}=e
if(t<200||t>=300)return n(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:t})),void s.destroy()
const i=[]
e.on("data",e=>i.push(e)),e.on("end",()=>{r(Buffer.concat(i)),s.destroy()})}),s.end()})},ce="AWS_REGION",ue="region",he={environmentVariableSelector:e=>e[ce],configFileSelector:e=>e[ue],default:async()=>{const e=await se()
if(e)return e
throw new Error("Region is missing")}},le=new Set,de=e=>"string"==typeof e&&(e.startsWith("fips-")||e.endsWith("-fips")),fe=(e=[],{useFipsEndpoint:t,useDualstackEndpoint:r})=>e.find(({tags:e})=>t===e.includes("fips")&&r===e.includes("dualstack"))?.hostname,me={environmentVariableSelector:e=>e.AWS_DEFAULTS_MODE,configFileSelector:e=>e.defaults_mode,default:"legacy"},pe=async e=>{if(e){const t="function"==typeof e?await e():e,r=await ge()
return r?t===r?"in-region":"cross-region":"standard"}return"standard"},ge=async()=>process.env.AWS_EXECUTION_ENV&&(process.env[Y]||process.env[X])?process.env[Y]??process.env[X]:se()
t.CONFIG_PREFIX_SEPARATOR=x,t.CONFIG_USE_DUALSTACK_ENDPOINT=V,t.CONFIG_USE_FIPS_ENDPOINT=Q,t.CredentialsProviderError=d,t.DEFAULT_PROFILE=E,t.DEFAULT_USE_DUALSTACK_ENDPOINT=!1,t.DEFAULT_USE_FIPS_ENDPOINT=!1,t.ENV_PROFILE=v,t.ENV_USE_DUALSTACK_ENDPOINT=q,t.ENV_USE_FIPS_ENDPOINT=G,t.NODE_REGION_CONFIG_FILE_OPTIONS={preferredFile:"credentials"},t.NODE_REGION_CONFIG_OPTIONS=he,t.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS=W,t.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS=Z,t.ProviderError=l,t.REGION_ENV_NAME=ce,t.REGION_INI_NAME=ue,t.SelectorType=w,t.TokenProviderError=f,t.booleanSelector=y,t.chain=m,t.externalDataInterceptor=j,t.fromStatic=z,t.fromValue=p,t.getHomeDir=S,t.getProfileName=T,t.getRegionInfo=(e,{useFipsEndpoint:t=!1,useDualstackEndpoint:r=!1,signingService:n,regionHash:s,partitionHash:i})=>{const o=((e,{partitionHash:t})=>Object.keys(t||{}).find(r=>t[r].regions.includes(e))??"aws")(e,{partitionHash:i}),a=e in s?e:i[o]?.endpoint??e,c={useFipsEndpoint:t,useDualstackEndpoint:r},u=((e,{regionHostname:t,partitionHostname:r})=>t||(r?r.replace("{region}",e):void 0))(a,{regionHostname:fe(s[a]?.variants,c),partitionHostname:fe(i[o]?.variants,c)})
if(void 0===u)throw new Error(`Endpoint resolution failed for: ${{resolvedRegion:a,useFipsEndpoint:t,useDualstackEndpoint:r}}`)
const h=((e,{signingRegion:t,regionRegex:r,useFipsEndpoint:n})=>{if(t)return t
if(n){const t=r.replace("\\\\","\\").replace(/^\^/g,"\\.").replace(/\$$/g,"\\."),n=e.match(t)
if(n)return n[0].slice(1,-1)}})(u,{signingRegion:s[a]?.signingRegion,regionRegex:i[o].regionRegex,useFipsEndpoint:t})
return{partition:o,signingService:n,hostname:u,...h&&{signingRegion:h},...s[a]?.signingService&&{signingService:s[a].signingService}}},t.getSSOTokenFilepath=C,t.getSSOTokenFromFile=async e=>{if(A[e])return A[e]
const t=C(e),r=await a(t,"utf8")
return JSON.parse(r)},t.loadConfig=F,t.loadSharedConfigFiles=P,t.loadSsoSessionData=async(e={})=>k(e.configFilepath??$()).then(M).then(L).catch(B),t.memoize=g,t.nodeDualstackConfigSelectors=J,t.nodeFipsConfigSelectors=K,t.numberSelector=(e,t,r)=>{if(!(t in e))return
const n=parseInt(e[t],10)
if(Number.isNaN(n))throw new TypeError(`Cannot load ${r} '${t}'. Expected number, got '${e[t]}'.`)
return n},t.parseKnownFiles=async e=>{const t=await P(e)
return((...e)=>{const t={}
for(const r of e)for(const[e,n]of Object.entries(r))void 0!==t[e]?Object.assign(t[e],n):t[e]=n
return t})(t.configFile,t.credentialsFile)},t.readFile=k,t.resolveCustomEndpointsConfig=e=>{const{tls:t,endpoint:r,urlParser:n,useDualstackEndpoint:s}=e
return Object.assign(e,{tls:t??!0,endpoint:u("string"==typeof r?n(r):r),isCustomEndpoint:!0,useDualstackEndpoint:u(s??!1)})},t.resolveDefaultsModeConfig=({region:e=F(he),defaultsMode:t=F(me)}={})=>g(async()=>{const r="function"==typeof t?await t():t
switch(r?.toLowerCase()){case"auto":return pe(e)
case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase())
case void 0:return Promise.resolve("legacy")
default:throw new Error(`Invalid parameter for "defaultsMode", expect ${ee.join(", ")}, got ${r}`)}}),t.resolveEndpointsConfig=e=>{const t=u(e.useDualstackEndpoint??!1),{endpoint:r,useFipsEndpoint:n,urlParser:s,tls:i}=e
return Object.assign(e,{tls:i??!0,endpoint:r?u("string"==typeof r?s(r):r):()=>(async e=>{const{tls:t=!0}=e,r=await e.region()
if(!new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/).test(r))throw new Error("Invalid region in client config")
const n=await e.useDualstackEndpoint(),s=await e.useFipsEndpoint(),{hostname:i}=await e.regionInfoProvider(r,{useDualstackEndpoint:n,useFipsEndpoint:s})??{}
if(!i)throw new Error("Cannot resolve hostname from client config")
return e.urlParser(`${t?"https:":"http:"}//${i}`)})({...e,useDualstackEndpoint:t,useFipsEndpoint:n}),isCustomEndpoint:!!r,useDualstackEndpoint:t})},t.resolveRegionConfig=e=>{const{region:t,useFipsEndpoint:r}=e
if(!t)throw new Error("Region is missing")
return Object.assign(e,{region:async()=>{const e=(e=>de(e)?["fips-aws-global","aws-fips"].includes(e)?"us-east-1":e.replace(/fips-(dkr-|prod-)?|-fips/,""):e)("function"==typeof t?await t():t)
return((e,t=h)=>{if(le.has(e)||t(e))le.add(e)
else{if("*"!==e)throw new Error(`Region not accepted: region="${e}" is not a valid hostname component.`)
console.warn('@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.')}})(e),e},useFipsEndpoint:async()=>{const e="string"==typeof t?t:await t()
return!!de(e)||("function"!=typeof r?Promise.resolve(!!r):r())}})}},2085:(e,t,r)=>{const{CONFIG_PREFIX_SEPARATOR:n,booleanSelector:s,SelectorType:i,loadConfig:o}=r(7291),{toEndpointV1:a,getSmithyContext:c,normalizeProvider:u,isValidHostLabel:h,hasOwn:l}=r(4534)
t.isValidHostLabel=h,t.middlewareEndpointToEndpointV1=a,t.toEndpointV1=a
const{EndpointURLScheme:d}=r(690),f="AWS_ENDPOINT_URL",m="endpoint_url",p={environmentVariableSelector:e=>s(e,"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",i.ENV),configFileSelector:e=>s(e,"ignore_configured_endpoint_urls",i.CONFIG),default:!1},g=async e=>{if(!await o(p)())return o((e=>({environmentVariableSelector:t=>{const r=e.split(" ").map(e=>e.toUpperCase()),n=t[[f,...r].join("_")]
if(n)return n
return t[f]||void 0},configFileSelector:(t,r)=>{if(t.services){const s=["services",t.services].join(n)
if(!r||!r[s])throw new Error(`The services section "${t.services}" specified in the profile is not present in the shared configuration file.`)
const i=r[s][[e.split(" ").map(e=>e.toLowerCase()).join("_"),m].join(n)]
if(i)return i}const s=t[m]
if(s)return s},default:void 0}))(e??""))()},y=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,w=/(\d+\.){3}\d+/,b=/\.\./,S=e=>y.test(e)&&!w.test(e)&&!b.test(e),v=e=>{const[t,r,n,,,s]=e.split(":"),i="arn"===t&&e.split(":").length>=6,o=Boolean(i&&r&&n&&s)
if(i&&!o)throw new Error(`Invalid ARN: ${e} was an invalid ARN.`)
return o},E=(e,t,r,n=!1)=>{const s=async()=>{let s
if(n){const n=r.clientContextParams,i=n?.[e]
s=i??r[e]??r[t]}else s=r[e]??r[t]
return"function"==typeof s?s():s}
return"credentialScope"===e||"CredentialScope"===t?async()=>{const e="function"==typeof r.credentials?await r.credentials():r.credentials
return e?.credentialScope??e?.CredentialScope}:"accountId"===e||"AccountId"===t?async()=>{const e="function"==typeof r.credentials?await r.credentials():r.credentials
return e?.accountId??e?.AccountId}:"endpoint"===e||"endpoint"===t?async()=>{if(!1===r.isCustomEndpoint)return
const e=await s()
if(e&&"object"==typeof e){if("url"in e)return e.url.href
if("hostname"in e){const{protocol:t,hostname:r,port:n,path:s}=e
return`${t}//${r}${n?":"+n:""}${s}`}}return e}:s}
function T(e){return async(t,r,n,s)=>{if(!n.isCustomEndpoint&&!n.ignoreConfiguredEndpointUrls){let t
t=n.serviceConfiguredEndpoint?await n.serviceConfiguredEndpoint():await e(n.serviceId),t&&(n.endpoint=()=>Promise.resolve(a(t)),n.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${t}`))}const i=await C(t,r,n)
if("function"!=typeof n.endpointProvider)throw new Error("config.endpointProvider is not set.")
const o=n.endpointProvider(i,s)
if(n.isCustomEndpoint&&n.endpoint){const e=await n.endpoint()
if(e?.headers){o.headers??={}
for(const[t,r]of Object.entries(e.headers))o.headers[t]=Array.isArray(r)?r:[r]}}return o}}const C=async(e,t,r)=>{const n={},s=t?.getEndpointParameterInstructions?.()||{}
for(const[t,i]of Object.entries(s))switch(i.type){case"staticContextParams":n[t]=i.value
break
case"contextParams":n[t]=e[i.name]
break
case"clientContextParams":case"builtInParams":n[t]=await E(i.name,t,r,"builtInParams"!==i.type)()
break
case"operationContextParams":n[t]=i.get(e)
break
default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(i))}return 0===Object.keys(s).length&&Object.assign(n,r),"s3"===String(r.serviceId).toLowerCase()&&await(async e=>{const t=e?.Bucket||""
if("string"==typeof e.Bucket&&(e.Bucket=t.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent("?"))),v(t)){if(!0===e.ForcePathStyle)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!S(t)||-1!==t.indexOf(".")&&!String(e.Endpoint).startsWith("http:")||t.toLowerCase()!==t||t.length<3)&&(e.ForcePathStyle=!0)
return e.DisableMultiRegionAccessPoints&&(e.disableMultiRegionAccessPoints=!0,e.DisableMRAP=!0),e})(n),n}
function A(e){const t=T(e)
return({config:e,instructions:r})=>(n,s)=>async i=>{e.isCustomEndpoint&&function(e,t,r){e.__smithy_context?e.__smithy_context.features||(e.__smithy_context.features={}):e.__smithy_context={features:{}},e.__smithy_context.features[t]=r}(s,"ENDPOINT_OVERRIDE","N")
const o=await t(i.input,{getEndpointParameterInstructions:()=>r},{...e},s)
s.endpointV2=o,s.authSchemes=o.properties?.authSchemes
const a=s.authSchemes?.[0]
if(a){s.signing_region=a.signingRegion,s.signing_service=a.signingName
const e=c(s),t=e?.selectedHttpAuthScheme?.httpAuthOption
t&&(t.signingProperties=Object.assign(t.signingProperties||{},{signing_region:a.signingRegion,signingRegion:a.signingRegion,signing_service:a.signingName,signingName:a.signingName,signingRegionSet:a.signingRegionSet},a.properties))}return n({...i})}}const x={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",override:!0,relation:"before",toMiddleware:"serializerMiddleware"}
class O{nodes
root
conditions
results
constructor(e,t,r,n){this.nodes=e,this.root=t,this.conditions=r,this.results=n}static from(e,t,r,n){return new O(e,t,r,n)}}class $ extends Error{constructor(e){super(e),this.name="EndpointError"}}const N="endpoints"
function I(e){return"object"!=typeof e||null==e?e:"ref"in e?`$${I(e.ref)}`:"fn"in e?`${e.fn}(${(e.argv||[]).map(I).join(", ")})`:JSON.stringify(e,null,2)}const R={}
const M=(e,t)=>(e=>{const t=e.split("."),r=[]
for(const n of t){const t=n.indexOf("[")
if(-1!==t){if(n.indexOf("]")!==n.length-1)throw new $(`Path: '${e}' does not end with ']'`)
const s=n.slice(t+1,-1)
if(Number.isNaN(parseInt(s)))throw new $(`Invalid array index: '${s}' in path: '${e}'`)
0!==t&&r.push(n.slice(0,t)),r.push(s)}else r.push(n)}return r})(t).reduce((r,n)=>{if("object"!=typeof r)throw new $(`Index '${n}' in '${t}' not found in '${JSON.stringify(e)}'`)
if(Array.isArray(r)){const e=parseInt(n)
return r[e<0?r.length+e:e]}return r[n]},e)
const _=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),U=e=>_.test(e)||e.startsWith("[")&&e.endsWith("]"),k={[d.HTTP]:80,[d.HTTPS]:443}
const D={booleanEquals:(e,t)=>e===t,coalesce:function(...e){for(const t of e)if(null!=t)return t},getAttr:M,isSet:e=>null!=e,isValidHostLabel:h,ite:function(e,t,r){return e?t:r},not:e=>!e,parseURL:e=>{const t=(()=>{try{if(e instanceof URL)return e
if("object"==typeof e&&"hostname"in e){const{hostname:t,port:r,protocol:n="",path:s="",query:i={}}=e,o=new URL(`${n}//${t}${r?`:${r}`:""}${s}`)
return o.search=Object.entries(i).map(([e,t])=>`${e}=${t}`).join("&"),o}return new URL(e)}catch(e){return null}})()
if(!t)return console.error(`Unable to parse ${JSON.stringify(e)} as a whatwg URL.`),null
const r=t.href,{host:n,hostname:s,pathname:i,protocol:o,search:a}=t
if(a)return null
const c=o.slice(0,-1)
if(!Object.values(d).includes(c))return null
const u=U(s)
return{scheme:c,authority:`${n}${r.includes(`${n}:${k[c]}`)||"string"==typeof e&&e.includes(`${n}:${k[c]}`)?`:${k[c]}`:""}`,path:i,normalizedPath:i.endsWith("/")?i:`${i}/`,isIp:u}},split:function(e,t,r){if(1===r)return[e]
if(""===e)return[""]
const n=e.split(t)
return 0===r?n:n.slice(0,r-1).concat(n.slice(1).join(t))},stringEquals:(e,t)=>e===t,substring:(e,t,r,n)=>null==e||t>=r||e.length<r||/[^\u0000-\u007f]/.test(e)?null:n?e.substring(e.length-r,e.length-t):e.substring(t,r),uriEncode:e=>encodeURIComponent(e).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)},P=(e,t)=>{const r=[],{referenceRecord:n,endpointParams:s}=t
let i=0
for(;i<e.length;){const t=e.indexOf("{",i)
if(-1===t){r.push(e.slice(i))
break}r.push(e.slice(i,t))
const o=e.indexOf("}",t)
if(-1===o){r.push(e.slice(t))
break}"{"===e[t+1]&&"}"===e[o+1]&&(r.push(e.slice(t+1,o)),i=o+2)
const a=e.substring(t+1,o)
if(a.includes("#")){const[e,t]=a.split("#")
r.push(M(n[e]??s[e],t))}else r.push(n[a]??s[a])
i=o+1}return r.join("")},L=(e,t,r)=>{if("string"==typeof e)return P(e,r)
if(e.fn)return j.callFunction(e,r)
if(e.ref)return(({ref:e},t)=>t.referenceRecord[e]??t.endpointParams[e])(e,r)
throw new $(`'${t}': ${String(e)} is not a string, function or reference.`)},B=({fn:e,argv:t},r)=>{const n=Array(t.length)
for(let e=0;e<n.length;++e){const s=t[e]
n[e]="boolean"==typeof s||"number"==typeof s?s:j.evaluateExpression(s,"arg",r)}const s=e.indexOf(".")
if(-1!==s){const t=R[e.slice(0,s)],r=t?.[e.slice(s+1)]
if("function"==typeof r)return r(...n)}const i=D[e]
if("function"==typeof i)return i(...n)
throw new Error(`function ${e} not loaded in endpointFunctions.`)},j={evaluateExpression:L,callFunction:B},H=(e,t)=>{const{assign:r}=e
if(r&&r in t.referenceRecord)throw new $(`'${r}' is already defined in Reference Record.`)
const n=B(e,t)
t.logger?.debug?.(`${N} evaluateCondition: ${I(e)} = ${I(n)}`)
const s=""===n||!!n
return null!=r?{result:s,toAssign:{name:r,value:n}}:{result:s}},z=(e,t)=>Object.entries(e??{}).reduce((e,[r,n])=>(e[r]=n.map(e=>{const n=L(e,"Header value entry",t)
if("string"!=typeof n)throw new $(`Header '${r}' value '${n}' is not a string`)
return n}),e),{}),F=(e,t)=>Object.entries(e).reduce((e,[r,n])=>(e[r]=V.getEndpointProperty(n,t),e),{}),q=(e,t)=>{if(Array.isArray(e))return e.map(e=>q(e,t))
switch(typeof e){case"string":return P(e,t)
case"object":if(null===e)throw new $(`Unexpected endpoint property: ${e}`)
return V.getEndpointProperties(e,t)
case"boolean":return e
default:throw new $("Unexpected endpoint property type: "+typeof e)}},V={getEndpointProperty:q,getEndpointProperties:F},W=(e,t)=>{const r=L(e,"Endpoint URL",t)
if("string"==typeof r)try{return new URL(r)}catch(e){throw console.error(`Failed to construct URL with ${r}`,e),e}throw new $("Endpoint URL must be a string, got "+typeof r)},J=1e8,G=(e=[],t)=>{const r={},n={...t,referenceRecord:{...t.referenceRecord}}
let s=!1
for(const i of e){const{result:e,toAssign:o}=H(i,n)
if(!e)return{result:e}
o&&(s=!0,r[o.name]=o.value,n.referenceRecord[o.name]=o.value,t.logger?.debug?.(`${N} assign: ${o.name} := ${I(o.value)}`))}return s?{result:!0,referenceRecord:r}:{result:!0}},Q=(e,t)=>{const{conditions:r,endpoint:n}=e,{result:s,referenceRecord:i}=G(r,t)
if(!s)return
const o=i?{...t,referenceRecord:{...t.referenceRecord,...i}}:t,{url:a,properties:c,headers:u}=n
t.logger?.debug?.(`${N} Resolving endpoint from template: ${I(n)}`)
const h={url:W(a,o)}
return null!=u&&(h.headers=z(u,o)),null!=c&&(h.properties=F(c,o)),h},Z=(e,t)=>{const{conditions:r,error:n}=e,{result:s,referenceRecord:i}=G(r,t)
if(!s)return
const o=i?{...t,referenceRecord:{...t.referenceRecord,...i}}:t
throw new $(L(n,"Error",o))},K=(e,t)=>{for(const r of e)if("endpoint"===r.type){const e=Q(r,t)
if(e)return e}else if("error"===r.type)Z(r,t)
else{if("tree"!==r.type)throw new $(`Unknown endpoint rule: ${r}`)
{const e=Y.evaluateTreeRule(r,t)
if(e)return e}}throw new $("Rules evaluation failed")},Y={evaluateRules:K,evaluateTreeRule:(e,t)=>{const{conditions:r,rules:n}=e,{result:s,referenceRecord:i}=G(r,t)
if(!s)return
const o=i?{...t,referenceRecord:{...t.referenceRecord,...i}}:t
return Y.evaluateRules(n,o)}},X=T(g),ee=function(e){return t=>{const r=t.tls??!0,{endpoint:n,useDualstackEndpoint:s,useFipsEndpoint:i}=t,o=null!=n?async()=>a(await u(n)()):void 0,c=!!n,h=Object.assign(t,{endpoint:o,tls:r,isCustomEndpoint:c,useDualstackEndpoint:u(s??!1),useFipsEndpoint:u(i??!1),ignoreConfiguredEndpointUrls:!!t.ignoreConfiguredEndpointUrls})
let l
return h.serviceConfiguredEndpoint=async()=>(t.serviceId&&!l&&(l=e(t.serviceId)),l),h}}(g),te=A(g),re=function(e){const t=A(e)
return(e,r)=>({applyToStack:n=>{n.addRelativeTo(t({config:e,instructions:r}),x)}})}(g)
t.BinaryDecisionDiagram=O,t.EndpointCache=class{capacity
data=new Map
parameters=[]
constructor({size:e,params:t}){this.capacity=e??50,t&&(this.parameters=t)}get(e,t){const r=this.hash(e)
if(!1===r)return t()
if(!this.data.has(r)){if(this.data.size>this.capacity+10){const e=this.data.keys()
let t=0
for(;;){const{value:r,done:n}=e.next()
if(this.data.delete(r),n||++t>10)break}}this.data.set(r,t())}return this.data.get(r)}size(){return this.data.size}hash(e){let t=""
const{parameters:r}=this
if(0===r.length)return!1
for(const n of r){const r=e[n],s=null==r?"\0":String(r)
if(s.includes("|;"))return!1
t+=s+"|;"}return t}},t.EndpointError=$,t.customEndpointFunctions=R,t.decideEndpoint=(e,t)=>{const{nodes:r,root:n,results:s,conditions:i}=e
let o=n
const a={},c={referenceRecord:a,endpointParams:t.endpointParams,logger:t.logger}
for(;1!==o&&-1!==o&&o<J;){const e=3*(Math.abs(o)-1),[t,n,s]=[r[e],r[e+1],r[e+2]],[u,h,l]=i[t],d=H({fn:u,assign:l,argv:h},c)
if(d.toAssign){const{name:e,value:t}=d.toAssign
a[e]=t}o=o>=0===d.result?n:s}if(o>=J){const e=s[o-J]
if(-1===e[0]){const[,t]=e
throw new $(L(t,"Error",c))}const[t,r,n]=e
return{url:W(t,c),properties:F(r,c),headers:z(n??{},c)}}throw new $("No matching endpoint.")},t.endpointMiddleware=te,t.endpointMiddlewareOptions=x,t.getEndpointFromInstructions=X,t.getEndpointPlugin=re,t.isIpAddress=U,t.resolveEndpoint=(e,t)=>{const{endpointParams:r,logger:n}=t,{parameters:s,rules:i}=e
t.logger?.debug?.(`${N} Initial EndpointParams: ${I(r)}`)
for(const e in s){if(!l(s,e))continue
const t=s[e],n=r[e]
if(null!=n||null==t.default){if(t.required&&null==n)throw new $(`Missing required parameter: '${e}'`)}else r[e]=t.default}const o=K(i,{endpointParams:r,logger:n,referenceRecord:{}})
return t.logger?.debug?.(`${N} Resolved endpoint: ${I(o)}`),o},t.resolveEndpointConfig=ee,t.resolveEndpointRequiredConfig=e=>{const{endpoint:t}=e
return void 0===t&&(e.endpoint=async()=>{throw new Error("@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.")}),e},t.resolveParams=C},6579:(e,t,r)=>{const{Crc32:n}=r(9542),{hasOwn:s}=r(4534),{toHex:i,fromHex:o,toUtf8:a,fromUtf8:c}=r(2430),{Readable:u}=r(7075),{TypeRegistry:h}=r(6890)
class l{bytes
constructor(e){if(this.bytes=e,8!==e.byteLength)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>0x8000000000000000||e<-0x8000000000000000)throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`)
const t=new Uint8Array(8)
for(let r=7,n=Math.abs(Math.round(e));r>-1&&n>0;r--,n/=256)t[r]=n
return e<0&&d(t),new l(t)}valueOf(){const e=this.bytes.slice(0),t=128&e[0]
return t&&d(e),parseInt(i(e),16)*(t?-1:1)}toString(){return String(this.valueOf())}}function d(e){for(let t=0;t<8;t++)e[t]^=255
for(let t=7;t>-1&&(e[t]++,0===e[t]);t--);}class f{toUtf8
fromUtf8
constructor(e,t){this.toUtf8=e,this.fromUtf8=t}format(e){const t=[]
for(const r in e){if(!s(e,r))continue
const n=this.fromUtf8(r)
if(n.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${n.byteLength}`)
t.push(Uint8Array.from([n.byteLength]),n,this.formatHeaderValue(e[r]))}const r=new Uint8Array(t.reduce((e,t)=>e+t.byteLength,0))
let n=0
for(const e of t)r.set(e,n),n+=e.byteLength
return r}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1])
case"byte":return Uint8Array.from([2,e.value])
case"short":const t=new DataView(new ArrayBuffer(3))
return t.setUint8(0,3),t.setInt16(1,e.value,!1),new Uint8Array(t.buffer)
case"integer":const r=new DataView(new ArrayBuffer(5))
return r.setUint8(0,4),r.setInt32(1,e.value,!1),new Uint8Array(r.buffer)
case"long":const n=new Uint8Array(9)
return n[0]=5,n.set(e.value.bytes,1),n
case"binary":if(e.value.byteLength>A)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${A} bytes: ${e.value.byteLength}`)
const s=new DataView(new ArrayBuffer(3+e.value.byteLength))
s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1)
const i=new Uint8Array(s.buffer)
return i.set(e.value,3),i
case"string":const a=this.fromUtf8(e.value)
if(a.byteLength>A)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${A} bytes: ${a.byteLength}`)
const c=new DataView(new ArrayBuffer(3+a.byteLength))
c.setUint8(0,7),c.setUint16(1,a.byteLength,!1)
const u=new Uint8Array(c.buffer)
return u.set(a,3),u
case"timestamp":const h=new Uint8Array(9)
return h[0]=8,h.set(l.fromNumber(e.value.valueOf()).bytes,1),h
case"uuid":if(!C.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`)
const d=new Uint8Array(17)
return d[0]=9,d.set(o(e.value.replace(/-/g,"")),1),d}}parse(e){const t={}
let r=0
for(;r<e.byteLength;){const n=e.getUint8(r++),s=this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+r,n))
switch(r+=n,e.getUint8(r++)){case 0:t[s]={type:p,value:!0}
break
case 1:t[s]={type:p,value:!1}
break
case 2:t[s]={type:g,value:e.getInt8(r++)}
break
case 3:t[s]={type:y,value:e.getInt16(r,!1)},r+=2
break
case 4:t[s]={type:w,value:e.getInt32(r,!1)},r+=4
break
case 5:t[s]={type:b,value:new l(new Uint8Array(e.buffer,e.byteOffset+r,8))},r+=8
break
case 6:const n=e.getUint16(r,!1)
r+=2,t[s]={type:S,value:new Uint8Array(e.buffer,e.byteOffset+r,n)},r+=n
break
case 7:const o=e.getUint16(r,!1)
r+=2,t[s]={type:v,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+r,o))},r+=o
break
case 8:t[s]={type:E,value:new Date(new l(new Uint8Array(e.buffer,e.byteOffset+r,8)).valueOf())},r+=8
break
case 9:const a=new Uint8Array(e.buffer,e.byteOffset+r,16)
r+=16,t[s]={type:T,value:`${i(a.subarray(0,4))}-${i(a.subarray(4,6))}-${i(a.subarray(6,8))}-${i(a.subarray(8,10))}-${i(a.subarray(10))}`}
break
default:throw new Error("Unrecognized header type tag")}}return t}}var m
!function(e){e[e.boolTrue=0]="boolTrue",e[e.boolFalse=1]="boolFalse",e[e.byte=2]="byte",e[e.short=3]="short",e[e.integer=4]="integer",e[e.long=5]="long",e[e.byteArray=6]="byteArray",e[e.string=7]="string",e[e.timestamp=8]="timestamp",e[e.uuid=9]="uuid"}(m||(m={}))
const p="boolean",g="byte",y="short",w="integer",b="long",S="binary",v="string",E="timestamp",T="uuid",C=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,A=32767
class x{headerMarshaller
messageBuffer
isEndOfStream
constructor(e,t){this.headerMarshaller=new f(e,t),this.messageBuffer=[],this.isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){const e=this.messageBuffer.pop(),t=this.isEndOfStream
return{getMessage:()=>e,isEndOfStream:()=>t}}getAvailableMessages(){const e=this.messageBuffer
this.messageBuffer=[]
const t=this.isEndOfStream
return{getMessages:()=>e,isEndOfStream:()=>t}}encode({headers:e,body:t}){const r=this.headerMarshaller.format(e),s=r.byteLength+t.byteLength+16,i=new Uint8Array(s),o=new DataView(i.buffer,i.byteOffset,i.byteLength),a=new n
return o.setUint32(0,s,!1),o.setUint32(4,r.byteLength,!1),a.update(i.subarray(0,8)),o.setUint32(8,a.digestSync(),!1),i.set(r,12),i.set(t,r.byteLength+12),a.update(i.subarray(8,s-4)),o.setUint32(s-4,a.digestSync(),!1),i}decode(e){const{headers:t,body:r}=function({byteLength:e,byteOffset:t,buffer:r}){if(e<16)throw new Error("Provided message too short to accommodate event stream message overhead")
const s=new DataView(r,t,e),i=s.getUint32(0,!1)
if(e!==i)throw new Error("Reported message length does not match received message length")
const o=s.getUint32(4,!1),a=s.getUint32(8,!1),c=s.getUint32(e-4,!1),u=new n
if(u.update(new Uint8Array(r,t,8)),a!==u.digestSync())throw new Error(`The prelude checksum specified in the message (${a}) does not match the calculated CRC32 checksum (${u.digestSync()})`)
if(u.update(new Uint8Array(r,t+8,e-12)),c!==u.digestSync())throw new Error(`The message checksum (${u.digestSync()}) did not match the expected value of ${c}`)
return{headers:new DataView(r,t+8+4,o),body:new Uint8Array(r,t+8+4+o,i-o-16)}}(e)
return{headers:this.headerMarshaller.parse(t),body:r}}formatHeaders(e){return this.headerMarshaller.format(e)}}class O{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.inputStream){const t=this.options.decoder.decode(e)
yield t}}}class ${options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.messageStream){const t=this.options.encoder.encode(e)
yield t}this.options.includeEndFrame&&(yield new Uint8Array(0))}}class N{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.messageStream){const t=await this.options.deserializer(e)
void 0!==t&&(yield t)}}}class I{options
constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(const e of this.options.inputStream){const t=this.options.serializer(e)
yield t}}}function R(e){let t=0,r=0,n=null,s=null
const i=e=>{if("number"!=typeof e)throw new Error("Attempted to allocate an event message where size was not a number: "+e)
t=e,r=4,n=new Uint8Array(e)
new DataView(n.buffer).setUint32(0,e,!1)}
return{[Symbol.asyncIterator]:async function*(){const o=e[Symbol.asyncIterator]()
for(;;){const{value:e,done:a}=await o.next()
if(a){if(!t)return
if(t!==r)throw new Error("Truncated event message received.")
return void(yield n)}const c=e.length
let u=0
for(;u<c;){if(!n){const t=c-u
s||(s=new Uint8Array(4))
const n=Math.min(4-r,t)
if(s.set(e.slice(u,u+n),r),r+=n,u+=n,r<4)break
i(new DataView(s.buffer).getUint32(0,!1)),s=null}const o=Math.min(t-r,c-u)
n.set(e.slice(u,u+o),r),r+=o,u+=o,t&&t===r&&(yield n,n=null,t=0,r=0)}}}}}function M(e,t){return async function(r){const{value:n}=r.headers[":message-type"]
if("error"===n){const e=new Error(r.headers[":error-message"].value||"UnknownError")
throw e.name=r.headers[":error-code"].value,e}if("exception"===n){const n=r.headers[":exception-type"].value,s={[n]:r},i=await e(s)
if(i.$unknown){const e=new Error(t(r.body))
throw e.name=n,e}throw i[n]}if("event"===n){const t={[r.headers[":event-type"].value]:r},n=await e(t)
if(n.$unknown)return
return n}throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}let _=class{eventStreamCodec
utfEncoder
constructor({utf8Encoder:e,utf8Decoder:t}){this.eventStreamCodec=new x(e,t),this.utfEncoder=e}deserialize(e,t){const r=R(e)
return new N({messageStream:new O({inputStream:r,decoder:this.eventStreamCodec}),deserializer:M(t,this.utfEncoder)})}serialize(e,t){return new $({messageStream:new I({inputStream:e,serializer:t}),encoder:this.eventStreamCodec,includeEndFrame:!0})}}
class U{universalMarshaller
constructor({utf8Encoder:e,utf8Decoder:t}){this.universalMarshaller=new _({utf8Decoder:t,utf8Encoder:e})}deserialize(e,t){const r="function"==typeof e[Symbol.asyncIterator]?e:async function*(e){let t=!1,r=!1
const n=new Array
e.on("error",e=>{if(t||(t=!0),e)throw e}),e.on("data",e=>{n.push(e)}),e.on("end",()=>{t=!0})
for(;!r;){const e=await new Promise(e=>setTimeout(()=>e(n.shift()),0))
e&&(yield e),r=t&&0===n.length}}(e)
return this.universalMarshaller.deserialize(r,t)}serialize(e,t){return u.from(this.universalMarshaller.serialize(e,t))}}t.EventStreamCodec=x,t.EventStreamMarshaller=U,t.EventStreamSerde=class{marshaller
serializer
deserializer
serdeContext
defaultContentType
compositeErrorRegistry
constructor({marshaller:e,serializer:t,deserializer:r,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=t,this.deserializer=r,this.serdeContext=n,this.defaultContentType=s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:t,initialRequest:r,initialMessageType:n}){const i=this.marshaller,o=t.getEventStreamMember(),a=t.getMemberSchema(o),c=this.serializer,u=this.defaultContentType,h=Symbol("initialRequestMarker"),l={async*[Symbol.asyncIterator](){if(r){const e={":event-type":{type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:u}}
c.write(t,r)
const s=c.flush()
yield{[h]:!0,headers:e,body:s}}for await(const t of e)yield t}}
return i.serialize(l,e=>{if(e[h])return{headers:e.headers,body:e.body}
let t=""
for(const r in e)if(s(e,r)&&"__type"!==r){t=r
break}const{additionalHeaders:r,body:n,eventType:i,explicitPayloadContentType:o}=this.writeEventBody(t,a,e)
return{headers:{":event-type":{type:"string",value:i},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:o??u},...r},body:n}})}async deserializeEventStream({response:e,responseSchema:t,initialResponseContainer:r,initialMessageType:n}){const i=this.marshaller,o=t.getEventStreamMember(),c=t.getMemberSchema(o).getMemberSchemas(),u=Symbol("initialResponseMarker"),h=i.deserialize(e.body,async e=>{let r=""
for(const t in e)if(s(e,t)&&"__type"!==t){r=t
break}const i=e[r].body
if(r===(n??"initial-response")){const e=await this.deserializer.read(t,i)
return delete e[o],{[u]:!0,...e}}if(r in c){const t=c[r]
if(t.isStructSchema()){const n={}
let s=!1
for(const[o,c]of t.structIterator()){const{eventHeader:t,eventPayload:u}=c.getMergedTraits()
if(s=s||Boolean(t||u),u)c.isBlobSchema()?n[o]=i:c.isStringSchema()?n[o]=(this.serdeContext?.utf8Encoder??a)(i):c.isStructSchema()&&(n[o]=await this.deserializer.read(c,i))
else if(t){const t=e[r].headers[o]?.value
null!=t&&(c.isNumericSchema()?n[o]=t&&"object"==typeof t&&"bytes"in t?BigInt(t.toString()):Number(t):n[o]=t)}}return{[r]:await this.readEventMember(t,i,s,n)}}return{[r]:await this.deserializer.read(t,i)}}return{$unknown:e}}),l=h[Symbol.asyncIterator](),d=await l.next()
if(d.done)return h
if(d.value?.[u]){if(!t)throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.")
for(const e in d.value)s(d.value,e)&&(r[e]=d.value[e])}return{async*[Symbol.asyncIterator](){for(d?.value?.[u]||(yield d.value);;){const{done:e,value:t}=await l.next()
if(e)break
yield t}}}}async readEventMember(e,t,r,n){let s
const i=e.getSchema()
if(Array.isArray(i)&&-3===i[0]){const e=i[1],t=h.for(e)
this.compositeErrorRegistry?.copyFrom(t),s=(this.compositeErrorRegistry??t)?.getErrorCtor(i)}const o=r?n:0===t.byteLength?{}:await this.deserializer.read(e,t)
if(s){const t=o.message??o.Message??"Unknown",r={},n=e.getMergedTraits().error
return n&&(r.$fault=n),Object.assign(new s({}),r,{message:t},o)}return o}writeEventBody(e,t,r){const n=this.serializer
let s,i=e,o=null
const a={}
if(t.getSchema()[4].includes(e)){const i=t.getMemberSchema(e)
if(i.isStructSchema()){for(const[t,n]of i.structIterator()){const{eventHeader:s,eventPayload:i}=n.getMergedTraits()
if(i)o=t
else if(s){const s=r[e][t]
let i="binary"
n.isNumericSchema()?i=(-2)**31<=s&&s<=2**31-1?"integer":"long":n.isTimestampSchema()?i="timestamp":n.isStringSchema()?i="string":n.isBooleanSchema()&&(i="boolean"),null!=s&&(a[t]={type:i,value:s},delete r[e][t])}}if(null!==o){const t=i.getMemberSchema(o)
t.isBlobSchema()?s="application/octet-stream":t.isStringSchema()&&(s="text/plain"),n.write(t,r[e][o])}else n.write(i,r[e])}else{if(!i.isUnitSchema())throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")
n.write(i,{})}}else{const[t,s]=r[e]
i=t,n.write(15,s)}const u=n.flush()??new Uint8Array
return{body:"string"==typeof u?(this.serdeContext?.utf8Decoder??c)(u):u,eventType:i,explicitPayloadContentType:s,additionalHeaders:a}}},t.HeaderMarshaller=f,t.Int64=l,t.MessageDecoderStream=O,t.MessageEncoderStream=$,t.SmithyMessageDecoderStream=N,t.SmithyMessageEncoderStream=I,t.UniversalEventStreamMarshaller=_,t.eventStreamSerdeProvider=e=>new U(e),t.getChunkedStream=R,t.getMessageUnmarshaller=M,t.getUnmarshalledStream=function(e,t){const r=M(t.deserializer,t.toUtf8)
return{[Symbol.asyncIterator]:async function*(){for await(const n of e){const e=t.eventStreamCodec.decode(n),s=await r(e)
void 0!==s&&(yield s)}}}},t.iterableToReadableStream=e=>{const t=e[Symbol.asyncIterator]()
return new ReadableStream({async pull(e){const{done:r,value:n}=await t.next()
if(r)return e.close()
e.enqueue(n)}})},t.readableStreamToIterable=e=>({[Symbol.asyncIterator]:async function*(){const t=e.getReader()
try{for(;;){const{done:e,value:r}=await t.read()
if(e)return
yield r}}finally{t.releaseLock()}}}),t.resolveEventStreamSerdeConfig=e=>Object.assign(e,{eventStreamMarshaller:e.eventStreamSerdeProvider(e)}),t.universalEventStreamSerdeProvider=e=>new _(e)},3422:(e,t,r)=>{const{Uint8ArrayBlobAdapter:n,writeKey:s,sdkStreamMixin:i,splitEvery:o,splitHeader:a,NumericValue:c,toUtf8:u,fromBase64:h,LazyJsonString:l,_parseEpochTimestamp:d,_parseRfc7231DateTime:f,_parseRfc3339DateTimeWithOffset:m,fromUtf8:p,generateIdempotencyToken:g,toBase64:y,dateToUtcString:w,quoteHeader:b,parseEpochTimestamp:S,parseRfc7231DateTime:v,parseRfc3339DateTimeWithOffset:E}=r(2430),{HttpRequest:T,HttpResponse:C,hasOwn:A,isValidHostname:x,getSmithyContext:O}=r(4534),{parseQueryString:$,parseUrl:N}=r(4534)
t.HttpRequest=T,t.HttpResponse=C,t.isValidHostname=x,t.parseQueryString=$,t.parseUrl=N
const{NormalizedSchema:I,translateTraits:R,TypeRegistry:M,deref:_}=r(6890),{FieldPosition:U}=r(690),k=async(e=new Uint8Array,t)=>{if(e instanceof Uint8Array)return n.mutate(e)
if(!e)return n.mutate(new Uint8Array)
const r=t.streamCollector(e)
return n.mutate(await r)}
function D(e){return/^[\w.~-]+$/.test(e)?e:encodeURIComponent(e).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}const P=Symbol.for("@smithy/schema-x")
class L extends I{static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema")
identity=L.identity
bindings
constructor(e){super(e)}static of(e){const t=I.of(e)
if(t.identity===L.identity)return t
const r=t.isMemberSchema()?t:t.getSchema(),n="object"==typeof r&&null!==r?r:t
return n[P]??=new L(t)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:"string"==typeof e.httpPrefixHeaders?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,t,r=!1){const n=this.getSchema(),s="number"==typeof n?255&n:this.isListSchema()?64:255,i=7&e,o=t.mediaType?"application/json"===t.mediaType||t.mediaType.endsWith("+json")?2:1:0,a=t.streaming||42===s?this.isStructSchema()?2:1:0,c=s>=4&&s<=7?i>=6?2:i>0&&i<4?1:0:0
let u=s|o<<8|(t.idempotencyToken?1:0)<<10|a<<11|(t.sparse?1:0)<<13|c<<14|(t.hostLabel?1:0)<<17|(36===e&&"object"!=typeof n?1:0)<<18
const h=2&i&&(64===(192&s)||!r&&1&i)?this.getHttpBindingCollectionValue(e,t):void 0,l=255&(h?.[1]??0)
return u|=(i>=6&&(4===l||6===l)?1:0)<<16,[this,u,h]}getHttpBindingCollectionValue(e,t=this.getMergedTraits()){const r=L.of(this.getValueSchema())
return r.getHttpBindingValue(e,{...r.getMergedTraits(),...t},!0)}getHttpBindings(){const e=this.getSchema()
return"object"!=typeof e||null===e?H:this.bindings??=B(this)}}const B=e=>{const t=[],r=[],n=[],i=[],o=[],a={},c={},u=[],h={headers:c,prefixHeaders:u},l={request:{memberBindings:o,byName:a},response:{bodyMemberNames:t,bindings:h}},{request:d,response:f}=l
for(const[l,f]of e.structIterator()){const e=L.of(f),m=e.getMergedTraits(),p=e.getHttpBindingLocation(m),g=m.httpHeader?.toLowerCase()??m.httpPrefixHeaders?.toLowerCase()??m.httpQuery,y=e.getHttpBindingValue(p,m),w=[l,y,p,g]
"__proto__"===l&&s(a),a[l]=w,y[1]>>10&1&&(d.hasIdempotency=!0),o.push(w)
const b=7&p
if(0===b&&(n.push(l),i.push(f)),4&b)if(4==(6&b))if(1&b)h.statusCode=w
else{h.payload=w
const e=255&y[1]
d.contentTypeInstruction=m.mediaType??(0===e?"text/plain":21===e||42===e?"application/octet-stream":null)}else 1&b?(d.hasPrefixHeaders=!0,u.push(w)):("__proto__"===g&&s(c),c[g]=w)
else t.push(l),r.push(f)}return void 0===d.contentTypeInstruction&&n.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=F(e,n,i),f.syntheticBodySchema=F(e,t,r),l},j=e=>{const t=[]
let r=0
for(const n of e.matchAll(/\{([^{}+]+)(\+)?\}/g))n.index>r&&t.push([e.slice(r,n.index),0]),t.push([n[1],n[2]?2:1]),r=n.index+n[0].length
return t.length&&r<e.length&&t.push([e.slice(r),0]),t.length?t:void 0},H={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},z=e=>e[P]??=(e=>{const{http:t,endpoint:r}=R(e.traits??{}),[n,s]=t?.[1].split("?")??[]
return[t?.[0],n,s?[...new URLSearchParams(s)]:[],n?j(n):void 0,r?.[0]]})(e),F=(e,t,r)=>{if(!t.length)return
const n=e.getSchema(),s=[3,n[1],n[2],e.getMergedTraits(),t,r],i=n[6],o=i&&t.reduce((e,t)=>e+(n[4].indexOf(t)<i?1:0),0)
return o&&(s[6]=o),s}
class q{serdeContext
setSerdeContext(e){this.serdeContext=e}}class V extends q{options
compositeErrorRegistry
constructor(e){super(),this.options=e,this.compositeErrorRegistry=new M(e.defaultNamespace)
for(const t of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(t)}getRequestType(){return T}getResponseType(){return C}setSerdeContext(e){this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,t){if("url"in t){e.protocol=t.url.protocol,e.hostname=t.url.hostname,e.port=t.url.port?Number(t.url.port):void 0,e.path=t.url.pathname,e.fragment=t.url.hash||void 0,e.username=t.url.username||void 0,e.password=t.url.password||void 0,e.query||(e.query={})
for(const[r,n]of t.url.searchParams.entries())e.query[r]=n
if(t.headers)for(const r in t.headers)A(t.headers,r)&&(e.headers[r]=t.headers[r].join(", "))
return e}if(e.protocol=t.protocol,e.hostname=t.hostname,e.port=t.port?Number(t.port):void 0,e.path=t.path,e.query={...t.query},t.headers)for(const r in t.headers)A(t.headers,r)&&(e.headers[r]=t.headers[r])
return e}setHostPrefix(e,t,r,n=z(t)){if(this.serdeContext?.disableHostPrefix)return
const s=n[4]
if("string"!=typeof s)return
let i=s
for(const[e,[,n]]of L.of(t.input).getHttpBindings().request.memberBindings){if(!(n>>17&1))continue
const t=r[e]
if("string"!=typeof t)throw new Error(`@smithy/core/schema - ${e} in input must be a string as hostLabel.`)
i=i.replace(`{${e}}`,t)}if(e.hostname=i+e.hostname,!x(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["x-amz-cf-id"]}}resolveError(e,t,r){let n
for(const s of r)for(const r of t)try{n="*"===r?s.getSchema(e):s.getSchema(r+"#"+e)
const t=s.getErrorCtor(n)
if(t)return[n,t,"modeled"]
{const e=s.getBaseException()
if(e){const t=s.getErrorCtor(e)
if(t)return[n,t,"synthetic"]}}}catch(e){}for(const e of r){const t=e.getBaseException()
if(t){const r=e.getErrorCtor(t)
if(r)return[t,r,"synthetic"]}}return[[-3,"","Error",0,[],[],0],Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:t,initialRequest:r}){return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:t,initialRequest:r})}async deserializeEventStream({response:e,responseSchema:t,initialResponseContainer:r}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:t,initialResponseContainer:r})}async loadEventStreamCapability(){const{EventStreamSerde:e,eventStreamSerdeProvider:t}=r(6579)
return new e({marshaller:this.resolveEventStreamMarshaller(t),serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`)}async deserializeHttpMessage(e,t,r,n,s){return[]}getEventStreamMarshaller(){const e=this.serdeContext
if(!e.eventStreamMarshaller)throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.")
return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){const t=this.serdeContext
return t.eventStreamMarshaller?t.eventStreamMarshaller:e(this.serdeContext)}}class W extends V{async serializeRequest(e,t,r){const n=this.serializer,s={},i={},o=await r.endpoint(),a=I.of(e?.input),c=a.getSchema()
let u
const h=t&&"object"==typeof t?t:{},l=new T({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0})
if(o&&(this.updateServiceEndpoint(l,o),this.setHostPrefix(l,e,h)),h){const e=a.getEventStreamMember()
if(e){if(h[e]){const t={}
for(const[r]of a.structIterator())r!==e&&null!=h[r]&&(t[r]=h[r])
u=await this.serializeEventStream({eventStream:h[e],requestSchema:a,initialRequest:t})}}else n.write(c,h),u=n.flush()}return l.headers=Object.assign(l.headers,i),l.query=s,l.body=u,l.method="POST",l}async deserializeResponse(e,t,r){const n=this.deserializer,s=I.of(e.output),i={}
if(this.isErrorResponse(r.statusCode)){const s=await k(r.body,t)
throw s.byteLength>0&&Object.assign(i,await n.read(15,s)),await this.handleError(e,t,r,i,this.deserializeMetadata(r)),new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.")}for(const e in r.headers){if(!A(r.headers,e))continue
const t=r.headers[e]
delete r.headers[e],r.headers[e.toLowerCase()]=t}const o=s.getEventStreamMember()
if(o)i[o]=await this.deserializeEventStream({response:r,responseSchema:s,initialResponseContainer:i})
else{const e=await k(r.body,t)
e.byteLength>0&&Object.assign(i,await n.read(s,e))}return i.$metadata=this.deserializeMetadata(r),i}isErrorResponse(e){return e>=300}}class J extends W{constructor({defaultNamespace:e,errorTypeRegistries:t}){super({defaultNamespace:e,errorTypeRegistries:t})}async serializeRequest(e,t,r){const n=await super.serializeRequest(e,t,r)
Object.assign(n.headers,{"content-type":this.getDefaultContentType(),"smithy-protocol":this.getSmithyProtocolHeaderValue(),accept:this.getDefaultContentType()}),"unit"===_(e.input)?(delete n.body,delete n.headers["content-type"]):this.applyEmptyBody(n)
const{service:s,operation:i}=O(r),o=`/service/${s}/operation/${i}`
return n.path.endsWith("/")?n.path+=o.slice(1):n.path+=o,n}isErrorResponse(e){return 200!==e}}const G=(e,t,r,n,s,i)=>{if(null==t||void 0===t[r])throw new Error("No value provided for input HTTP label: "+r+".")
{const t=n()
if(null==t||t.length<=0)throw new Error("Empty value provided for input HTTP label: "+r+".")
e=e.replace(s,i?t.split("/").map(e=>D(e)).join("/"):D(t))}return e}
class Q{input
context
query={}
method=""
headers={}
path=""
body=null
hostname=""
resolvePathStack=[]
constructor(e,t){this.input=e,this.context=t}async build(){const{hostname:e,protocol:t="https",port:r,path:n}=await this.context.endpoint()
this.path=n
for(const e of this.resolvePathStack)e(this.path)
return new T({protocol:t,hostname:this.hostname||e,port:r,method:this.method,path:this.path,query:this.query,body:this.body,headers:this.headers})}hn(e){return this.hostname=e,this}bp(e){return this.resolvePathStack.push(t=>{this.path=`${t?.endsWith("/")?t.slice(0,-1):t||""}`+e}),this}p(e,t,r,n){return this.resolvePathStack.push(s=>{this.path=G(s,this.input,e,t,r,n)}),this}h(e){return this.headers=e,this}q(e){return this.query=e,this}b(e){return this.body=e,this}m(e){return this.method=e,this}}class Z extends q{settings
constructor(e){super(),this.settings=e}read(e,t){const r=L.of(e),n=r.getMergedTraits(),s=r.getHttpBindingLocation(n)
return this.readHttpBinding(r.getHttpBindingValue(s,n),t,s)}readHttpBinding([e,t,r],n,s){const i=255&t
if(64==(192&i))return r??=e.getHttpBindingCollectionValue(s),a(n).map(e=>this.readHttpBinding(r,e,s))
switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??h)(n)
case 4:case 5:case 6:case 7:{const e=this.settings.httpBindings?t>>14&3:0
switch(this.settings.timestampFormat.useTrait&&i>4?i:e?e+4:this.settings.timestampFormat.default){case 5:return m(n)
case 6:return f(n)
case 7:return d(n)
default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{const e=t>>8&3
if(!e)return n
let r=n
return 6&~s||(r=(this.serdeContext?.utf8Encoder??u)((this.serdeContext?.base64Decoder??h)(r))),2===e?l.from(r):r}case 1:return Number(n)
case 2:return"true"===n.toLowerCase()
case 17:return BigInt(n)
case 19:return new c(n,"bigDecimal")
default:return n}}}class K extends q{settings
stringBuffer=""
constructor(e){super(),this.settings=e}write(e,t){const r=L.of(e),n=r.getMergedTraits(),s=r.getHttpBindingLocation(n)
this.writeHttpBinding(r.getHttpBindingValue(s,n),t,s)}writeHttpBinding([e,t,r],n,s){const i=255&t
switch(typeof n){case"object":if(null===n)return void(this.stringBuffer="null")
if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema expected Date in ${e.getName(!0)}`)
const r=this.settings.httpBindings?t>>14&3:0
switch(this.settings.timestampFormat.useTrait&&i>4?i:r?r+4:this.settings.timestampFormat.default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z")
break
case 6:this.stringBuffer=w(n)
break
case 7:this.stringBuffer=String(n.getTime()/1e3)
break
default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((21===i||42===i)&&"byteLength"in n)return void(this.stringBuffer=(this.serdeContext?.base64Encoder??y)(n))
if(64==(192&i)&&Array.isArray(n)){r??=e.getHttpBindingCollectionValue(s)
const t=255&r[1],i=t>=4&&t<=7
let o=""
for(const e of n){this.writeHttpBinding(r,e,s)
const t=this.flush()
o&&(o+=", "),o+=i?t:b(t)}return void(this.stringBuffer=o)}this.stringBuffer=JSON.stringify(n,null,2)
break
case"string":const o=t>>8&3
let a=n
if(2===o&&(a=l.from(a)),o&&!(6&~s))return void(this.stringBuffer=(this.serdeContext?.base64Encoder??y)(a.toString()))
this.stringBuffer=n
break
default:this.stringBuffer=t>>10&1?g():String(n)}}flush(){const e=this.stringBuffer
return this.stringBuffer="",e}}function Y(e,t){if(t.timestampFormat.useTrait){const t=e.getSchema()
if(5===t||6===t||7===t)return t}const{httpLabel:r,httpPrefixHeaders:n,httpHeader:s,httpQuery:i}=e.getMergedTraits()
return(t.httpBindings?"string"==typeof n||Boolean(s)?6:Boolean(i)||Boolean(r)?5:void 0:void 0)??t.timestampFormat.default}const X="content-length"
function ee(e){return t=>async r=>{const n=r.request
if(T.isInstance(n)){const{body:t,headers:r}=n
if(t&&-1===Object.keys(r).map(e=>e.toLowerCase()).indexOf(X))try{const r=e(t)
null!=r&&(n.headers={...n.headers,[X]:String(r)})}catch(e){}}return t({...r,request:n})}}const te={step:"build",tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},re=e=>encodeURIComponent(e).replace(/[!'()*]/g,ne),ne=e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`
class se{serdeContext
setSerdeContext(e){this.serdeContext=e}}class ie{from
to
keys
constructor(e,t){this.from=e,this.to=t
const r=Object.keys(this.from),n=new Set(r)
n.delete("__type"),this.keys=n}mark(e){this.keys.delete(e)}hasUnknown(){return 1===this.keys.size&&0===Object.keys(this.to).length}writeUnknown(){if(this.hasUnknown()){const e=this.keys.values().next().value,t=this.from[e]
this.to.$unknown=[e,t]}}}let oe
function ae(){if(void 0===oe)try{if("function"!=typeof Buffer)oe=!1
else{const e=JSON.parse(Buffer.from([123,125]))
oe=null!==e&&"object"==typeof e}}catch{oe=!1}return oe}function ce(e,t,r){if(r?.source){const e=r.source
if("number"==typeof t){return t<=Number.MAX_SAFE_INTEGER&&t>=Number.MIN_SAFE_INTEGER?function(e,t){if(e===String(t))return!0
if(Object.is(t,-0))return!0
if(/[eE]/.test(e))return ue(e)===ue(String(t))
const r=e.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),n=String(t)
if(r===n)return!0
if(/[eE]/.test(n))return r===ue(n)
return!1}(e,t)?t:new c(e,"bigDecimal"):function(e){const t=e.indexOf(".")
if(-1===t)return!1
const r=e.search(/[eE]/)
if(-1===r)return!0
const n=r-t-1
return parseInt(e.slice(r+1),10)<n}(e)?new c(e,"bigDecimal"):/[eE]/.test(e)?function(e){const t=e.search(/[eE]/),r=parseInt(e.slice(t+1),10),n=e.startsWith("-"),s=e.slice(n?1:0,t),i=s.indexOf(".")
let o,a
if(-1===i)o=s,a=r
else{o=s.slice(0,i)+s.slice(i+1)
a=r-(s.length-i-1)}o=o.replace(/0+$/,"")||"0"
const c=BigInt(o)*10n**BigInt(a+(s.replace(".","").length-o.length))
return n?-c:c}(e):BigInt(e)}}return t}function ue(e){const t=e.startsWith("-"),r=t?e.slice(1):e,n=r.search(/[eE]/)
let s
if(-1===n)s=r
else{const e=parseInt(r.slice(n+1),10),t=r.slice(0,n),i=t.indexOf(".")
let o,a;-1===i?(o=t,a=t.length):(o=t.slice(0,i)+t.slice(i+1),a=i),o=o.replace(/0+$/,"")||"0"
const c=a+e
s="0"===o?"0":c<=0?"0."+"0".repeat(-c)+o:c>=o.length?o+"0".repeat(c-o.length):o.slice(0,c)+"."+o.slice(c)}return s.includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(t?"-":"")+s}const he=Symbol.for("@aws-sdk/reviver")
function le(e){const t=I.of(e),r=t.getSchema()
if(Array.isArray(r)&&t.isStructSchema()){if(he in r)return r[he]
const e=de(t,new Set)
return r[he]=e,e}return de(t,new Set)}function de(e,t){const r=e.getSchema()
if(t.has(r))return!1
if(t.add(r),e.isBigIntegerSchema()||e.isBigDecimalSchema())return!0
if(e.isStructSchema()){for(const[,r]of e.structIterator())if(de(r,t))return!0}else if(e.isListSchema()||e.isMapSchema()){if(de(e.getValueSchema(),t))return!0}else if(e.isDocumentSchema())return!0
return!1}async function fe(e,t,r){let n
if(ae()&&"function"==typeof e?.[Symbol.asyncIterator]){const r=await k(e,t)
"function"==typeof Buffer&&(n=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength))}if(n||(n=await((e,t)=>k(e,t).then(e=>(t?.utf8Encoder??u)(e)))(e,t)),0===n.length)return{}
const s=r&&le(r)?ce:void 0
try{return JSON.parse(n,s)}catch(e){throw"SyntaxError"===e?.name&&Object.defineProperty(e,"$responseBodyText",{value:"string"==typeof n?n:n.toString("utf8")}),e}}const me=(e,t)=>Object.keys(e).find(e=>e.toLowerCase()===t.toLowerCase()),pe=e=>{let t=e
return"number"==typeof t&&(t=t.toString()),t.indexOf(",")>=0&&(t=t.split(",")[0]),t.indexOf(":")>=0&&(t=t.split(":")[0]),t.indexOf("#")>=0&&(t=t.split("#")[1]),t},ge=(e,t)=>{if(void 0!==t?.__type){let e=t.__type
return"number"==typeof e&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e}},ye=({headers:e},t,r)=>{for(;r.length>0;){switch(r.shift()){case"header":const r=me(e??{},"x-amzn-errortype")
if(void 0!==r)return pe(e[r])
break
case"code":const n=me(t??{},"code")
if(n&&void 0!==t[n])return pe(t[n])
break
case"type":if(void 0!==t?.__type)return pe(t.__type)}}}
class we extends se{settings
constructor(e){super(),this.settings=e}async read(e,t){const r=le(e)?ce:void 0
let n
if("string"==typeof t){if(0===t.length)return{}
n=JSON.parse(t,r)}else if(t instanceof Uint8Array&&ae()){if(0===t.byteLength)return{}
const e=Buffer.isBuffer(t)?t:Buffer.from(t.buffer,t.byteOffset,t.byteLength)
n=JSON.parse(e,r)}else n=await fe(t,this.serdeContext,e)
return this._read(e,n)}readObject(e,t){return this._read(e,t)}_read(e,t){const r=null!==t&&"object"==typeof t,n=I.of(e)
if(r){if(n.isStructSchema())return this._readStruct(n,t)
if(Array.isArray(t)&&n.isListSchema()){const e=n.getValueSchema()
if(this.needsTransform(e))for(let r=0;r<t.length;++r)t[r]=this._read(e,t[r])
return t}if(n.isMapSchema()){const e=n.getValueSchema(),r=t
if(this.needsTransform(e))for(const t in r)A(r,t)&&("__proto__"===t&&s(r),r[t]=this._read(e,r[t]))
return r}}if(n.isBlobSchema()&&"string"==typeof t)return h(t)
const i=n.getMergedTraits().mediaType
if(n.isStringSchema()&&"string"==typeof t&&i){return"application/json"===i||i.endsWith("+json")?l.from(t):t}if(n.isTimestampSchema()&&null!=t){switch(Y(n,this.settings)){case 5:return E(t)
case 6:return v(t)
case 7:return S(t)
default:return console.warn("Missing timestamp format, parsing value with Date constructor:",t),new Date(t)}}if(n.isBigIntegerSchema()&&("number"==typeof t||"string"==typeof t))return BigInt(t)
if(n.isBigDecimalSchema()&&null!=t){if(t instanceof c)return t
const e=t
return"bigDecimal"===e.type&&"string"in e?new c(e.string,e.type):new c(String(t),"bigDecimal")}if(n.isNumericSchema()&&"string"==typeof t){switch(t){case"Infinity":return 1/0
case"-Infinity":return-1/0
case"NaN":return NaN}return t}if(n.isDocumentSchema()&&r)if(Array.isArray(t))for(let e=0;e<t.length;++e){const r=t[e]
r instanceof c||(t[e]=this._read(n,r))}else{const e=t
for(const t in e){if(!A(e,t))continue
"__proto__"===t&&s(e)
const r=e[t]
r instanceof c||(e[t]=this._read(n,r))}}return t}_readStruct(e,t){const r=e.isUnionSchema(),n={}
let s
const i="string"==typeof t.__type,{jsonName:o}=this.settings
let a
o&&i&&(s={}),r&&(a=new ie(t,n))
for(const[c,u]of e.structIterator()){let e=c
o&&(e=u.getMergedTraits().jsonName??e,i&&(s[e]=c)),r&&a.mark(e),null!=t[e]&&(n[c]=this._read(u,t[e]))}if(r)a.writeUnknown()
else if(i)for(const e in t){if(!A(t,e))continue
const r=t[e],i=o?s[e]??e:e
i in n||(n[i]=r)}return n}needsTransform(e){return!!(e.isBlobSchema()||e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema())||(!!(e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema())||!(!e.isStringSchema()||!e.getMergedTraits().mediaType))}}class be extends Uint8Array{string=null
static allocUnsafe(e){if("function"==typeof Buffer){const t=Buffer.allocUnsafe(e)
return new be(t.buffer,t.byteOffset,t.byteLength)}return new be(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,t){return"string"==typeof e?this.s().includes(e,t):Uint8Array.prototype.includes.call(this,e,t)}indexOf(e,t){return"string"==typeof e?this.s().indexOf(e,t):Uint8Array.prototype.indexOf.call(this,e,t)}lastIndexOf(e,t){if("string"==typeof e)return this.s().lastIndexOf(e,t)
const r=Uint8Array.prototype.lastIndexOf
return void 0!==t?r.call(this,e,t):r.call(this,e)}startsWith(e,t){return this.s().startsWith(e,t)}endsWith(e,t){return this.s().endsWith(e,t)}match(e){return this.s().match(e)}replace(e,t){return this.s().replace(e,t)}search(e){return this.s().search(e)}split(e,t){return this.s().split(e,t)}substring(e,t){return this.s().substring(e,t)}trim(){return this.s().trim()}trimStart(){return this.s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,t){return this.s().padStart(e,t)}padEnd(e,t){return this.s().padEnd(e,t)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.s().toLowerCase()}s(){if(null==this.string){const e=Date.now()
e>Se+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),Se=e),this.string=u(this)}return this.string}}var Se=0
const ve=new TextEncoder,Ee=34,Te=new Uint8Array([116,114,117,101]),Ce=new Uint8Array([102,97,108,115,101]),Ae=new Uint8Array([110,117,108,108]),xe=new Array(128).fill(null)
xe[8]="b",xe[9]="t",xe[10]="n",xe[12]="f",xe[13]="r",xe[34]='"',xe[92]="\\"
for(let e=0;e<32;e++)null===xe[e]&&(xe[e]="u00"+e.toString(16).padStart(2,"0"))
function Oe(e){return be.allocUnsafe(e)}class $e extends se{settings
json
i=0
rootSchema
rawValue
passthrough=!1
constructor(e){super(),this.settings=e,this.json=Oe(2048)}write(e,t){this.i=0,this.rawValue=t,this.rootSchema=I.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(this.rootSchema,t,void 0)}writeDiscriminatedDocument(e,t){this.i=0,this.rootSchema=I.of(e)
const r=this.rootSchema
if(r.isStructSchema()&&null!=t&&"object"==typeof t){this.writeValue(r,t,void 0)
const e=`"__type":"${r.getName(!0)??"Unknown"}",`,n=e.length
this.ensure(n),this.json.copyWithin(1+n,1,this.i),ve.encodeInto(e,this.json.subarray(1)),this.i+=n}else this.writeValue(r,t,void 0)}flush(){this.rootSchema=void 0
const e=this.i
this.i=0
const t=this.rawValue
if(this.rawValue=void 0,0===e)return t
const r=this.json.subarray(0,e)
return this.json=Oe(2048),r}ensure(e){const{i:t,json:r}=this
if(t+e>r.length){let n=2*r.length
for(;n<t+e;)n*=2
const s=Oe(n)
s.set(this.json),this.json=s}}writeAscii(e){const t=e.length
this.ensure(t)
let{i:r,json:n}=this
for(let s=0;s<t;++s)n[r]=e.charCodeAt(s),r+=1
this.i=r}writeAsciiQuoted(e){const t=e.length
this.ensure(t+4)
let{json:r,i:n}=this
r[n++]=Ee
for(let s=0;s<t;++s)r[n++]=e.charCodeAt(s)
r[n++]=Ee,this.i=n}writeJsonString(e){const t=e.length
this.ensure(3*t+2),this.json[this.i++]=Ee
for(let r=0;r<t;++r){const n=e.charCodeAt(r)
if(n>34&&n<92)this.json[this.i++]=n
else if(n<128){const e=xe[n]
if(null!==e){this.ensure(e.length+1+3*(t-r-1)+1),this.json[this.i++]=92
for(let t=0;t<e.length;t++)this.json[this.i++]=e.charCodeAt(t)}else this.json[this.i++]=n}else if(n>=55296&&n<=56319){const s=r+1<t?e.charCodeAt(r+1):0
if(s>=56320&&s<=57343){this.ensure(4)
const{written:t}=ve.encodeInto(e.substring(r,r+2),this.json.subarray(this.i))
this.i+=t,++r}else this.ensure(6+3*(t-r-1)+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+3*(t-r-1)+1),this.writeUnicodeEscape(n)
else{let{i:e,json:t}=this
n<2048?(t[e++]=192|n>>6,t[e++]=128|63&n):(t[e++]=224|n>>12,t[e++]=128|n>>6&63,t[e++]=128|63&n),this.i=e}}this.json[this.i++]=Ee}writeUnicodeEscape(e){let{json:t,i:r}=this
t[r++]=92,t[r++]=117
const n=e.toString(16).padStart(4,"0")
for(let e=0;e<4;++e)t[r++]=n.charCodeAt(e)
this.i=r}static B64=(()=>{const e=new Uint8Array(64)
for(let t=0;t<64;++t)e[t]="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(t)
return e})()
writeBase64(e){const t=4*Math.ceil(e.length/3)
this.ensure(t+2)
const r=this.json,n=$e.B64
let s=this.i
r[s++]=Ee
const i=e.length,o=i%3,a=i-o
for(let t=0;t<a;t+=3){const i=e[t],o=e[t+1],a=e[t+2]
r[s++]=n[i>>2],r[s++]=n[(3&i)<<4|o>>4],r[s++]=n[(15&o)<<2|a>>6],r[s++]=n[63&a]}if(2===o){const t=e[a],i=e[a+1]
r[s++]=n[t>>2],r[s++]=n[(3&t)<<4|i>>4],r[s++]=n[(15&i)<<2],r[s++]=61}else if(1===o){const t=e[a]
r[s++]=n[t>>2],r[s++]=n[(3&t)<<4],r[s++]=61,r[s++]=61}r[s++]=Ee,this.i=s}writeValue(e,t,r){if(null==t){if(r?.isStructSchema()){if(void 0===t){if(I.of(e).isIdempotencyToken())return void this.writeAsciiQuoted(g())}return}return this.ensure(4),this.json.set(Ae,this.i),void(this.i+=4)}const n=I.of(e),s="object"==typeof t
if(n.isStringSchema()){const e=n.getMergedTraits().mediaType
if(e){if("application/json"===e||e.endsWith("+json"))return void this.writeJsonString(l.from(t).toString())}}if(this.settings.bigNumberAsString&&null!=t&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){const e=t instanceof c?t.string:String(t)
return void this.writeAsciiQuoted(e)}if(s){if(n.isStructSchema())return void this.writeStruct(n,t)
if(Array.isArray(t)&&(n.isListSchema()||n.isDocumentSchema()))return void this.writeList(n,t,n.isDocumentSchema())
if(n.isMapSchema())return void this.writeMap(n,t,!1)
if(t instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema()))return void this.writeBase64(t)
if(t instanceof Date&&(n.isTimestampSchema()||n.isDocumentSchema()))return void this.writeTimestamp(n,t)
if(t instanceof c)return void this.writeAscii(t.string)
if(n.isDocumentSchema())return void(Array.isArray(t)?this.writeList(n,t,!0):this.writeMap(n,t,!0))
const e=JSON.stringify(t)
return void this.writeAscii(e)}if("string"!=typeof t){if("number"==typeof t){if(Math.abs(t)===1/0||Number.isNaN(t))return void this.writeAsciiQuoted(String(t))
const e=String(t)
return void this.writeAscii(e)}if("boolean"==typeof t){this.ensure(5)
let{i:e,json:r}=this
return t?(r.set(Te,e),e+=4):(r.set(Ce,e),e+=5),void(this.i=e)}"bigint"!=typeof t?this.writeAscii(String(t)):this.writeAscii(t.toString())}else{if(n.isBlobSchema()){const e=(this.serdeContext?.base64Encoder??y)(t)
return void this.writeAsciiQuoted(e)}this.writeJsonString(t)}}writeStruct(e,t){this.ensure(2),this.json[this.i++]=123
let r=!1
const n="string"==typeof t.__type
let s
n&&(s=new Set)
for(const[n,i]of e.structIterator()){const o=t[n]
if(null==o&&!i.isIdempotencyToken())continue
r&&(this.ensure(1),this.json[this.i++]=44),r=!0
const a=this.settings.jsonName?i.getMergedTraits().jsonName??n:n
s&&(s.add(n),s.add(a)),this.writeAsciiQuoted(a),this.json[this.i++]=58,this.writeValue(i,o,e)}if(!r&&e.isUnionSchema()){const{$unknown:r}=t
if(Array.isArray(r)){const[t,n]=r
this.writeAsciiQuoted(t),this.ensure(1),this.json[this.i++]=58,this.writeValue(15,n,e)}}else if(n)for(const e in t){if(s.has(e))continue
s.add(e)
const n=t[e]
r&&(this.ensure(1),this.json[this.i++]=44),r=!0,this.writeAsciiQuoted(e),this.ensure(1),this.json[this.i++]=58,this.writeValue(15,n,void 0)}this.ensure(1),this.json[this.i++]=125}writeList(e,t,r){const n=!!e.getMergedTraits().sparse,s=e.getValueSchema()
if(!r&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let e,r=!1
for(let e=0;e<t.length;++e){const s=t[e]
if(Number.isNaN(s)||s===1/0||s===-1/0||null==s&&!n){r=!0
break}}if(r){const r=[]
for(let e=0;e<t.length;++e){const s=t[e];(null!=s||n)&&(Number.isNaN(s)||s===1/0||s===-1/0?r.push(String(s)):r.push(s))}e=JSON.stringify(r)}else e=JSON.stringify(t)
return this.ensure(3*e.length),void(this.i+=ve.encodeInto(e,this.json.subarray(this.i)).written)}this.ensure(2),this.json[this.i++]=91
let i=!1
for(let e=0;e<t.length;++e){const o=t[e];(r?void 0!==o:null!=o||n)&&(i&&(this.ensure(1),this.json[this.i++]=44),this.writeValue(s,o,void 0),i=!0)}this.ensure(1),this.json[this.i++]=93}writeMap(e,t,r){const n=!!e.getMergedTraits().sparse,s=e.getValueSchema()
if(!r&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let e
for(const r in t){if(!A(t,r))continue
const s=t[r]
Number.isNaN(s)||s===1/0||s===-1/0?((e??={})[r]=s,t[r]=String(s)):null!==s||n||((e??={})[r]=null,t[r]=void 0)}const r=JSON.stringify(t)
return e&&Object.assign(t,e),this.ensure(3*r.length),void(this.i+=ve.encodeInto(r,this.json.subarray(this.i)).written)}this.ensure(2),this.json[this.i++]=123
let i=!0
for(const e in t){if(!A(t,e))continue
const o=t[e];(r?void 0!==o:null!=o||n)&&(i||(this.ensure(1),this.json[this.i++]=44),i=!1,this.writeJsonString(e),this.ensure(1),this.json[this.i++]=58,this.writeValue(s,o,void 0))}this.ensure(1),this.json[this.i++]=125}writeTimestamp(e,t){switch(Y(e,this.settings)){case 5:{const e=t.toISOString().replace(".000Z","Z")
return void this.writeAsciiQuoted(e)}case 6:return void this.writeAsciiQuoted(w(t))
case 7:{const e=String(t.getTime()/1e3)
return void this.writeAscii(e)}default:{const e=String(t.getTime()/1e3)
return void this.writeAscii(e)}}}}class Ne extends se{settings
constructor(e){super(),this.settings=e}createSerializer(){const e=new $e(this.settings)
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new we(this.settings)
return e.setSerdeContext(this.serdeContext),e}}class Ie extends se{settings
constructor(e){super(),this.settings=e}async read(e,t){const r=le(e)?ce:void 0
return this._read(e,"string"==typeof t?JSON.parse(t,r):await fe(t,this.serdeContext,e))}readObject(e,t){return this._read(e,t)}_read(e,t){const r=null!==t&&"object"==typeof t,n=I.of(e)
if(r){if(n.isStructSchema()){const e=t,r=n.isUnionSchema(),s={}
let i
const{jsonName:o}=this.settings
let a
o&&(i={}),r&&(a=new ie(e,s))
for(const[t,c]of n.structIterator()){let n=t
o&&(n=c.getMergedTraits().jsonName??n,i[n]=t),r&&a.mark(n),null!=e[n]&&(s[t]=this._read(c,e[n]))}if(r)a.writeUnknown()
else if("string"==typeof e.__type)for(const t in e){if(!A(e,t))continue
const r=e[t],n=o?i[t]??t:t
n in s||(s[n]=r)}return s}if(Array.isArray(t)&&n.isListSchema()){const e=n.getValueSchema(),r=[]
for(const n of t)r.push(this._read(e,n))
return r}if(n.isMapSchema()){const e=n.getValueSchema(),r={}
for(const n in t)A(t,n)&&("__proto__"===n&&s(r),r[n]=this._read(e,t[n]))
return r}}if(n.isBlobSchema()&&"string"==typeof t)return h(t)
const i=n.getMergedTraits().mediaType
if(n.isStringSchema()&&"string"==typeof t&&i){return"application/json"===i||i.endsWith("+json")?l.from(t):t}if(n.isTimestampSchema()&&null!=t){switch(Y(n,this.settings)){case 5:return E(t)
case 6:return v(t)
case 7:return S(t)
default:return console.warn("Missing timestamp format, parsing value with Date constructor:",t),new Date(t)}}if(n.isBigIntegerSchema()&&("number"==typeof t||"string"==typeof t))return BigInt(t)
if(n.isBigDecimalSchema()&&null!=t){if(t instanceof c)return t
const e=t
return"bigDecimal"===e.type&&"string"in e?new c(e.string,e.type):new c(String(t),"bigDecimal")}if(n.isNumericSchema()&&"string"==typeof t){switch(t){case"Infinity":return 1/0
case"-Infinity":return-1/0
case"NaN":return NaN}return t}if(n.isDocumentSchema()){if(r){const e=Array.isArray(t)?[]:{}
for(const r in t){if(!A(t,r))continue
"__proto__"===r&&s(e)
const i=t[r]
e[r]=i instanceof c?i:this._read(n,i)}return e}return structuredClone(t)}return t}}const Re=String.fromCharCode(925)
class Me{values=new Map
counter=0
stage=0
createReplacer(){if(1===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.")
if(2===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.")
return this.stage=1,(e,t)=>{if(t instanceof c){const e=Re+"nv"+this.counter+++"_"+t.string
return this.values.set(`"${e}"`,t.string),e}if("bigint"==typeof t){const e=t.toString(),r=Re+"b"+this.counter+++"_"+e
return this.values.set(`"${r}"`,e),r}return t}}replaceInJson(e){if(0===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.")
if(2===this.stage)throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.")
if(this.stage=2,0===this.counter)return e
for(const[t,r]of this.values)e=e.replace(t,r)
return e}}class _e extends se{settings
buffer
useReplacer=!1
rootSchema
constructor(e){super(),this.settings=e}write(e,t){this.rootSchema=I.of(e),this.buffer=this._write(this.rootSchema,t)}flush(){const{rootSchema:e,useReplacer:t}=this
if(this.rootSchema=void 0,this.useReplacer=!1,e?.isStructSchema()||e?.isDocumentSchema()){if(!t)return JSON.stringify(this.buffer)
const e=new Me
return e.replaceInJson(JSON.stringify(this.buffer,e.createReplacer(),0))}return this.buffer}writeDiscriminatedDocument(e,t){this.write(e,t),"object"==typeof this.buffer&&(this.buffer.__type=I.of(e).getName(!0))}_write(e,t,r){const n=null!==t&&"object"==typeof t,i=I.of(e)
if(n){if(i.isStructSchema()){const e=t,r={},{jsonName:n}=this.settings
let o
n&&(o={})
let a=0
for(const[t,s]of i.structIterator()){const c=this._write(s,e[t],i)
if(void 0!==c){let e=t
n&&(e=s.getMergedTraits().jsonName??t,o[t]=e),r[e]=c,a++}}if(i.isUnionSchema()&&0===a){const{$unknown:t}=e
if(Array.isArray(t)){const[e,n]=t
"__proto__"===e&&s(r),r[e]=this._write(15,n)}}else if("string"==typeof e.__type)for(const t in e){if(!A(e,t))continue
const s=e[t],i=n?o[t]??t:t
i in r||(r[i]=this._write(15,s))}return r}if(Array.isArray(t)&&i.isListSchema()){const e=i.getValueSchema(),r=[],n=!!i.getMergedTraits().sparse
for(const s of t)(n||null!=s)&&r.push(this._write(e,s))
return r}if(i.isMapSchema()){const e=i.getValueSchema(),r={},n=!!i.getMergedTraits().sparse
for(const i in t){if(!A(t,i))continue
const o=t[i];(n||null!=o)&&("__proto__"===i&&s(r),r[i]=this._write(e,o))}return r}if(t instanceof Uint8Array&&i.isBlobSchema())return i===this.rootSchema?t:(this.serdeContext?.base64Encoder??y)(t)
if(t instanceof Date&&(i.isTimestampSchema()||i.isDocumentSchema())){switch(Y(i,this.settings)){case 5:return t.toISOString().replace(".000Z","Z")
case 6:return w(t)
case 7:return t.getTime()/1e3
default:return console.warn("Missing timestamp format, using epoch seconds",t),t.getTime()/1e3}}t instanceof c&&(this.useReplacer=!0)}if(null!==t||!r?.isStructSchema()){if(i.isStringSchema()){if(void 0===t&&i.isIdempotencyToken())return g()
const e=i.getMergedTraits().mediaType
if(null!=t&&e){if("application/json"===e||e.endsWith("+json"))return l.from(t)}return t}if("number"==typeof t)return Math.abs(t)===1/0||isNaN(t)?String(t):t
if("string"==typeof t&&i.isBlobSchema())return i===this.rootSchema?t:(this.serdeContext?.base64Encoder??y)(t)
if("bigint"==typeof t&&(this.useReplacer=!0),i.isDocumentSchema()){if(n){if(t instanceof Uint8Array)return(this.serdeContext?.base64Encoder??y)(t)
const e=Array.isArray(t)?[]:{}
for(const r in t){if(!A(t,r))continue
const n=t[r]
"__proto__"===r&&s(e),n instanceof c?(this.useReplacer=!0,e[r]=n):e[r]=this._write(i,n)}return e}return structuredClone(t)}return t}}}t.AbstractRpcV2Protocol=J,t.Field=class{name
kind
values
constructor({name:e,kind:t=U.HEADER,values:r=[]}){this.name=e,this.kind=t,this.values=r}add(e){this.values.push(e)}set(e){this.values=e}remove(e){this.values=this.values.filter(t=>t!==e)}toString(){return this.values.map(e=>e.includes(",")||e.includes(" ")?`"${e}"`:e).join(", ")}get(){return this.values}},t.Fields=class{entries={}
encoding
constructor({fields:e=[],encoding:t="utf-8"}){e.forEach(this.setField.bind(this)),this.encoding=t}setField(e){this.entries[e.name.toLowerCase()]=e}getField(e){return this.entries[e.toLowerCase()]}removeField(e){delete this.entries[e.toLowerCase()]}getByType(e){return Object.values(this.entries).filter(t=>t.kind===e)}},t.FromStringShapeDeserializer=Z,t.HttpBindingProtocol=class extends V{async serializeRequest(e,t,r){const n=t&&"object"==typeof t?t:{},s={},i=await r.endpoint(),o=L.of(e?.input),a=o.getHttpBindings().request,c=z(e),u=new T({query:s,headers:{}})
if(i){this.updateServiceEndpoint(u,i),this.setHostPrefix(u,e,n,c)
const[t,r,o]=c
if(t){u.method=t,u.path="/"===u.path?r:u.path+r
for(const[e,t]of o)s[e]=t}}u.query=s
const h=this.serializeHttpBindings(n,u,a,c)
return h&&(u.body=await this.serializeEventStream({eventStream:h,requestSchema:o})),u}serializeHttpBindings(e,t,r,n){const s=this.serializer,i="function"==typeof s.writeCodec?s:void 0,o=t.query,a=t.headers,c=r.syntheticBodySchema
let u,h,l,d=!1
const f=Object.getOwnPropertyNames(e),m=Object.getPrototypeOf(e),p=(m===Object.prototype||null===m)&&!r.hasIdempotency&&!r.hasPrefixHeaders&&2*f.length<r.memberBindings.length,g=p?f.length:r.memberBindings.length
for(let t=0;t<g;++t){const n=p?A(r.byName,f[t])?r.byName[f[t]]:void 0:r.memberBindings[t]
if(!n)continue
const c=n[1],m=n[0],g=c[0],y=c[1],w=c[2],b=n[2],S=n[3],v=e[m]
if(null!=v||y>>10&1)if(36===b){const e=y>>11&3
e?2===e?h=v||void 0:u=v:(i?i.writeCodec(g,v):s.write(g,v),u=s.flush())}else if(33===b||38===b){const e=this.serializeHttpValue(c,v,b,i)
33===b?(l??=Object.create(null))[m]=e:a[S]=e}else if(39===b)for(const e in v){if(!A(v,e))continue
const t=S+e
a[t.toLowerCase()]=this.serializeHttpValue(w,v[e],38,i,i?w[0]:[w[0],{httpHeader:t}])}else 34==(62&b)?this.serializeQuery(c,v,S,o,i):d=!0}const y=n[1],w=n[3]
return y&&w&&t.path.endsWith(y)&&(t.path=t.path.slice(0,-y.length)+this.serializePath(w,l,r)),d&&c&&(i?i.writeCodec(c,e):s.write(c,e),u=s.flush()),t.body=u,h}serializeQuery(e,t,r,n,s){const[i,o,a]=e,c=s?void 0:i.getMergedTraits()
if(void 0!==r)if(64==(192&o)){const e=[]
for(const r of t){const t=this.serializeHttpValue(a,r,34,s,s?a[0]:[a[0],c]);(o>>13&1||void 0!==t)&&e.push(t)}n[r]=e}else n[r]=this.serializeHttpValue(e,t,34,s,s?i:[i,c])
else for(const e in t)A(t,e)&&!(e in n)&&(s||Object.assign(a[0].getMergedTraits(),{...c,httpQuery:e,httpQueryParams:void 0}),this.serializeQuery(a,t[e],e,n,s))}serializeHttpValue(e,t,r,n,s=e[0]){const i=e[1],o=255&i
return!n||1792&i||!(o<=2||17===o||19===o)?(n?n.writeHttpBinding(e,t,r):this.serializer.write(s,t),this.serializer.flush()):String(t)}serializePath(e,t,r){let n=""
for(const[s,i]of e){if(0===i){n+=s
continue}const e=t?.[s]
if(void 0===e){if(A(r.byName,s)&&33===r.byName[s][2])throw new Error(`No value provided for input HTTP label: ${s}.`)
n+=`{${s}${2===i?"+":""}}`}else n+=2===i?e.split("/").map(D).join("/"):D(e)}return n}async deserializeResponse(e,t,r){const n=this.deserializer,s="function"==typeof n.readCodec?n:void 0,i=L.of(e.output),o=i.getHttpBindings().response,a={}
if(r.statusCode>=300){const s=await k(r.body,t)
throw s.byteLength>0&&Object.assign(a,await n.read(15,s)),await this.handleError(e,t,r,a,this.deserializeMetadata(r)),new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.")}const c=await this.deserializeHttpMessage(i,t,r,a)
if(c.length){const e=await k(r.body,t)
if(e.byteLength>0){const t=await(s?s.readCodec(o.syntheticBodySchema,e):n.read(o.syntheticBodySchema,e))
for(const e of c)null!=t[e]&&(a[e]=t[e])}}else o.bindings.payload||await k(r.body,t)
return a.$metadata=this.deserializeMetadata(r),a}async deserializeHttpMessage(e,t,r,n,s){const c=n instanceof Set?s:n,u=this.deserializer,h="function"==typeof u.readCodec?u:void 0,l=L.of(e),{bodyMemberNames:d,bindings:{payload:f,statusCode:m,headers:p,prefixHeaders:g}}=l.getHttpBindings().response,y=r.headers
if(f){const[e,n]=f,[s,o]=n,a=o>>11&3
if(a)c[e]=2===a?await this.deserializeEventStream({response:r,responseSchema:l}):i(r.body)
else if(r.body){const i=await k(r.body,t)
i.byteLength>0&&(c[e]=await(h?h.readPayload(n,i):u.read(s,i)))}}for(const e in y){if(!A(y,e))continue
const t=e.toLowerCase(),r=y[e]
t!==e&&(delete y[e],y[t]=r)
const n=A(p,t)?p[t]:void 0
if(!n)continue
const[s,[i,l,d],,f]=n
if(d){const e=l>>16&1?o(r,",",2):a(r),t=[]
for(const r of e)t.push(h?h.readHttpBinding(d,r.trim(),38):await u.read([d[0],{httpHeader:f}],r.trim()))
c[s]=t}else c[s]=h?h.readHttpBinding(n[1],r,38):await u.read(i,r)}for(const[e,[,,t],,r]of g){c[e]={}
for(const n in y){if(!A(y,n))continue
if(!n.startsWith(r))continue
const s=y[n]
c[e][n.slice(r.length)]=h?h.readHttpBinding(t,s,38):await u.read([t[0],{httpHeader:n}],s)}}return m&&(c[m[0]]=r.statusCode),d}},t.HttpInterceptingShapeDeserializer=class extends q{codecDeserializer
stringDeserializer
constructor(e,t){super(),this.codecDeserializer=e,this.stringDeserializer=new Z(t)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,t){const r=L.of(e),n=r.getMergedTraits()
if(n.httpHeader||n.httpResponseCode){const e=r.getHttpBindingValue(38,n)
return this.readHttpBinding(e,t,38)}return n.httpPayload?this.readPayload(r.getHttpBindingValue(36,n),t):this.readCodec(r,t)}readHttpBinding(e,t,r){const n="string"==typeof t?t:(this.serdeContext?.utf8Encoder??u)(t)
return this.stringDeserializer.readHttpBinding(e,n,r)}readPayload([e,t],r){const n=255&t
return 21===n||42===n?"string"==typeof r?(this.serdeContext?.utf8Decoder??p)(r):r:0===n?"string"==typeof r?r:(this.serdeContext?.utf8Encoder??u)(r):this.readCodec(e,r)}readCodec(e,t){return this.codecDeserializer.read(e,t)}},t.HttpInterceptingShapeSerializer=class{codecSerializer
stringSerializer
buffer
constructor(e,t,r=new K(t)){this.codecSerializer=e,this.stringSerializer=r}setSerdeContext(e){this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,t){const r=L.of(e),n=r.getMergedTraits()
if(n.httpHeader||n.httpLabel||n.httpQuery){const e=r.getHttpBindingLocation(n)
return void this.writeHttpBinding(r.getHttpBindingValue(e,n),t,e)}this.writeCodec(r,t)}writeHttpBinding(e,t,r){this.stringSerializer.writeHttpBinding(e,t,r),this.buffer=this.stringSerializer.flush()}writeCodec(e,t){this.codecSerializer.write(e,t)}flush(){if(void 0!==this.buffer){const e=this.buffer
return this.buffer=void 0,e}return this.codecSerializer.flush()}},t.HttpProtocol=V,t.JsonCodec=class extends se{settings
constructor(e){super(),this.settings=e}createSerializer(){const e=new _e(this.settings)
return e.setSerdeContext(this.serdeContext),e}createDeserializer(){const e=new Ie(this.settings)
return e.setSerdeContext(this.serdeContext),e}},t.JsonCodec2=Ne,t.JsonShapeDeserializer=Ie,t.JsonShapeDeserializer2=we,t.JsonShapeSerializer=_e,t.JsonShapeSerializer2=$e,t.RequestBuilder=Q,t.RpcProtocol=W,t.SerdeContext=q,t.SmithyRpcV2JsonProtocol=class extends J{codec=new Ne({timestampFormat:{useTrait:!1,default:7},jsonName:!1,bigNumberAsString:!0})
serializer=this.codec.createSerializer()
deserializer=this.codec.createDeserializer()
getShapeId(){return"smithy.protocols#rpcv2Json"}getPayloadCodec(){return this.codec}getSmithyProtocolHeaderValue(){return"rpc-v2-json"}applyEmptyBody(e){e.body||(e.body="{}")}async handleError(e,t,r,n,s){const i=ge(0,n)??"Unknown",o={$metadata:s,$fault:r.statusCode<=500?"client":"server"}
let a=this.options.defaultNamespace
i.includes("#")&&([a]=i.split("#"))
const c=this.compositeErrorRegistry,u=M.for(a)
let h
c.copyFrom(u)
try{h=c.getSchema(i)}catch(e){n.Message&&(n.message=n.Message)
const t=M.for("smithy.ts.sdk.synthetic."+a)
c.copyFrom(t)
const r=c.getBaseException()
if(r){const e=c.getErrorCtor(r)
throw Object.assign(new e({name:i}),o,n)}throw Object.assign(new Error(i),o,n)}const l=I.of(h),d=c.getErrorCtor(h),f=n.message??n.Message??"Unknown",m=new d({}),p={},g=this.codec.createDeserializer()
for(const[e,t]of l.structIterator())null!=n[e]&&(p[e]=g.readObject(t,n[e]))
throw Object.assign(m,o,{$fault:l.getMergedTraits().error,message:f},p)}getDefaultContentType(){return"application/json"}},t.ToStringShapeSerializer=K,t.buildQueryString=function(e){const t=[]
for(let r of Object.keys(e).sort()){const n=e[r]
if(r=re(r),Array.isArray(n))for(let e=0,s=n.length;e<s;e++)t.push(`${r}=${re(n[e])}`)
else{let e=r;(n||"string"==typeof n)&&(e+=`=${re(n)}`),t.push(e)}}return t.join("&")},t.collectBody=k,t.contentLengthMiddleware=ee,t.contentLengthMiddlewareOptions=te,t.determineTimestampFormat=Y,t.escapeUri=re,t.escapeUriPath=e=>e.split("/").map(re).join("/"),t.extendedEncodeURIComponent=D,t.getContentLengthPlugin=e=>({applyToStack:t=>{t.add(ee(e.bodyLengthChecker),te)}}),t.getHttpHandlerExtensionConfiguration=e=>(e.logger&&"NoOpLogger"!==e.logger.constructor?.name&&e.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),e.logger),e.defaultSocketTimeout&&e.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),e.defaultSocketTimeout),{setHttpHandler(t){e.requestHandler=t},httpHandler:()=>e.requestHandler,updateHttpClientConfig(t,r){e.requestHandler?.updateHttpClientConfig(t,r)},httpHandlerConfigs:()=>e.requestHandler.httpHandlerConfigs()}),t.loadJsonRpcErrorCode=(e,t,r=!1)=>ye(e,t,r?["code","header","type"]:["type","code","header"]),t.loadRestJsonErrorCode=(e,t)=>ye(e,t,["header","code","type"]),t.loadSmithyRpcV2JsonErrorCode=ge,t.parseJsonBody=fe,t.parseJsonErrorBody=async(e,t)=>{const r=await fe(e,t)
return r.message=r.message??r.Message,r},t.requestBuilder=function(e,t){return new Q(e,t)},t.resolveHttpHandlerRuntimeConfig=e=>({requestHandler:e.httpHandler()}),t.resolvedPath=G},6890:(e,t,r)=>{const{getSmithyContext:n,HttpResponse:s,toEndpointV1:i}=r(4534),o=e=>"function"==typeof e?e():e,a=(e,t,r,n,s)=>({name:t,namespace:e,traits:r,input:n,output:s}),c=(e,t)=>(t.find(([t])=>t.match(e))||[void 0,void 0])[1],u={name:"deserializerMiddleware",step:"deserialize",tags:["DESERIALIZER"],override:!0},h={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}
class l{name
namespace
traits
static assign(e,t){return Object.assign(e,t)}static[Symbol.hasInstance](e){const t=this.prototype.isPrototypeOf(e)
if(!t&&"object"==typeof e&&null!==e){return e.symbol===this.symbol}return t}getName(){return this.namespace+"#"+this.name}}class d extends l{static symbol=Symbol.for("@smithy/lis")
valueSchema
symbol=d.symbol}class f extends l{static symbol=Symbol.for("@smithy/map")
keySchema
valueSchema
symbol=f.symbol}class m extends l{static symbol=Symbol.for("@smithy/ope")
input
output
symbol=m.symbol}class p extends l{static symbol=Symbol.for("@smithy/str")
memberNames
memberList
symbol=p.symbol}class g extends p{static symbol=Symbol.for("@smithy/err")
ctor
symbol=g.symbol}const y=[]
function w(e){if("object"==typeof e)return e
if(y[e|=0])return y[e]
const t={}
let r=0
for(const n of["httpLabel","idempotent","idempotencyToken","sensitive","httpPayload","httpResponseCode","httpQueryParams"])1==(e>>r++&1)&&(t[n]=1)
return y[e]=t}const b=Symbol.for("@smithy/nor-struct-it"),S=Symbol.for("@smithy/ns"),v=[],E={}
class T{ref
memberName
static symbol=Symbol.for("@smithy/nor")
symbol=T.symbol
name
schema
_isMemberSchema
traits
memberTraits
normalizedTraits
constructor(e,t){this.ref=e,this.memberName=t
const r=[]
let n=e,s=e
for(this._isMemberSchema=!1;A(n);)r.push(n[1]),n=n[0],s=o(n),this._isMemberSchema=!0
if(r.length>0){this.memberTraits={}
for(let e=r.length-1;e>=0;--e){const t=r[e]
Object.assign(this.memberTraits,w(t))}}else this.memberTraits=0
if(s instanceof T){const e=this.memberTraits
return Object.assign(this,s),this.memberTraits=Object.assign({},e,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,void(this.memberName=t??s.memberName)}if(this.schema=o(s),x(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=0),this._isMemberSchema&&!t)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){const t=this.prototype.isPrototypeOf(e)
if(!t&&"object"==typeof e&&null!==e){return e.symbol===this.symbol}return t}static of(e){const t="function"==typeof e||"object"==typeof e&&null!==e
if("number"==typeof e){if(v[e])return v[e]}else if("string"==typeof e){if(E[e])return E[e]}else if(t&&e[S])return e[S]
const r=o(e)
if(r instanceof T)return r
if(A(r)){const[t,n]=r
if(t instanceof T)return Object.assign(t.getMergedTraits(),w(n)),t
throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e,null,2)}.`)}const n=new T(r)
return t?e[S]=n:"string"==typeof r?E[r]=n:"number"==typeof r?v[r]=n:n}getSchema(){const e=this.schema
return Array.isArray(e)&&0===e[0]?e[4]:e}getName(e=!1){const{name:t}=this
return!e&&t&&t.includes("#")?t.split("#")[1]:t||void 0}getMemberName(){return this.memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){const e=this.getSchema()
return"number"==typeof e?e>=64&&e<128:1===e[0]}isMapSchema(){const e=this.getSchema()
return"number"==typeof e?e>=128&&e<=255:2===e[0]}isStructSchema(){const e=this.getSchema()
if("object"!=typeof e)return!1
const t=e[0]
return 3===t||-3===t||4===t}isUnionSchema(){const e=this.getSchema()
return"object"==typeof e&&4===e[0]}isBlobSchema(){const e=this.getSchema()
return 21===e||42===e}isTimestampSchema(){const e=this.getSchema()
return"number"==typeof e&&e>=4&&e<=7}isUnitSchema(){return"unit"===this.getSchema()}isDocumentSchema(){return 15===this.getSchema()}isStringSchema(){return 0===this.getSchema()}isBooleanSchema(){return 2===this.getSchema()}isNumericSchema(){return 1===this.getSchema()}isBigIntegerSchema(){return 17===this.getSchema()}isBigDecimalSchema(){return 19===this.getSchema()}isStreaming(){const{streaming:e}=this.getMergedTraits()
return!!e||42===this.getSchema()}isIdempotencyToken(){return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){return w(this.memberTraits)}getOwnTraits(){return w(this.traits)}getKeySchema(){const[e,t]=[this.isDocumentSchema(),this.isMapSchema()]
if(!e&&!t)throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`)
const r=this.getSchema()
return C([e?15:r[4]??0,0],"key")}getValueSchema(){const e=this.getSchema(),[t,r,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s="number"==typeof e?63&e:e&&"object"==typeof e&&(r||n)?e[3+e[0]]:t?15:void 0
if(null!=s)return C([s,0],r?"value":"member")
throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){const t=this.getSchema()
if(this.isStructSchema()&&t[4].includes(e)){const r=t[4].indexOf(e),n=t[5][r]
return C(A(n)?n:[n,0],e)}if(this.isDocumentSchema())return C([15,0],e)
throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){const e={}
try{for(const[t,r]of this.structIterator())e[t]=r}catch(e){}return e}getEventStreamMember(){if(this.isStructSchema())for(const[e,t]of this.structIterator())if(t.isStreaming()&&t.isStructSchema())return e
return""}*structIterator(){if(this.isUnitSchema())return
if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.")
const e=this.getSchema(),t=e[4].length
let r=e[b]
if(r&&t===r.length)yield*r
else{r=Array(t)
for(let n=0;n<t;++n){const t=e[4][n],s=C([e[5][n],0],t)
yield r[n]=[t,s]}e[b]=r}}}function C(e,t){if(e instanceof T)return Object.assign(e,{memberName:t,_isMemberSchema:!0})
return new T(e,t)}const A=e=>Array.isArray(e)&&2===e.length,x=e=>Array.isArray(e)&&e.length>=5
class O extends l{static symbol=Symbol.for("@smithy/sim")
schemaRef
symbol=O.symbol}class ${namespace
schemas
exceptions
static registries=new Map
constructor(e,t=new Map,r=new Map){this.namespace=e,this.schemas=t,this.exceptions=r,$.registries.has(e)||$.registries.set(e,this)}static for(e){return $.registries.get(e)??new $(e)}copyFrom(e){const{schemas:t,exceptions:r}=this
for(const[r,n]of e.schemas)t.has(r)||t.set(r,n)
for(const[t,n]of e.exceptions)r.has(t)||r.set(t,n)}register(e,t){const r=this.normalizeShapeId(e)
for(const e of[this,$.for(r.split("#")[0])])e.schemas.has(r)||e.schemas.set(r,t)}getSchema(e){const t=this.normalizeShapeId(e)
if(!this.schemas.has(t)){if(!e.includes("#")){const t="#"+e,r=[]
for(const[e,n]of this.schemas.entries())e.endsWith(t)&&r.push(n)
if(1===r.length)return r[0]}throw new Error(`@smithy/core/schema - schema not found for ${t}`)}return this.schemas.get(t)}registerError(e,t){const r=e,n=r[1],s=n+"#"+r[2]
t.hasOwnProperty?.("shapeId")||(t.shapeId=s)
for(const e of[this,$.for(n)])e.schemas.has(s)||e.exceptions.has(r)||(e.schemas.set(s,r),e.exceptions.set(r,t))}getErrorCtor(e){const t=e
if(this.exceptions.has(t))return this.exceptions.get(t)
return $.for(t[1]).exceptions.get(t)}getBaseException(){for(const e of this.exceptions.keys())if(Array.isArray(e)){const[,t,r]=e,n=t+"#"+r
if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){for(const t of this.schemas.values())if(e(t))return t}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+"#"+e}}t.ErrorSchema=g,t.ListSchema=d,t.MapSchema=f,t.NormalizedSchema=T,t.OperationSchema=m,t.SCHEMA={BLOB:21,STREAMING_BLOB:42,BOOLEAN:2,STRING:0,NUMERIC:1,BIG_INTEGER:17,BIG_DECIMAL:19,DOCUMENT:15,TIMESTAMP_DEFAULT:4,TIMESTAMP_DATE_TIME:5,TIMESTAMP_HTTP_DATE:6,TIMESTAMP_EPOCH_SECONDS:7,LIST_MODIFIER:64,MAP_MODIFIER:128},t.Schema=l,t.SimpleSchema=O,t.StructureSchema=p,t.TypeRegistry=$,t.deref=o,t.deserializerMiddlewareOption=u,t.error=(e,t,r,n,s,i)=>l.assign(new g,{name:t,namespace:e,traits:r,memberNames:n,memberList:s,ctor:null}),t.getSchemaSerdePlugin=function(e){return{applyToStack:t=>{t.add((e=>(t,r)=>async s=>{const{operationSchema:o}=n(r),[,c,u,h,l,d]=o??[],f=r.endpointV2?async()=>i(r.endpointV2):e.endpoint,m=await e.protocol.serializeRequest(a(c,u,h,l,d),s.input,{...e,...r,endpoint:f})
return t({...s,request:m})})(e),h),t.add((e=>(t,r)=>async i=>{const{response:o}=await t(i),{operationSchema:u}=n(r),[,h,l,d,f,m]=u??[]
try{return{response:o,output:await e.protocol.deserializeResponse(a(h,l,d,f,m),{...e,...r},o)}}catch(e){if(Object.defineProperty(e,"$response",{value:o,enumerable:!1,writable:!1,configurable:!1}),!("$metadata"in e)){const t="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object."
try{e.message+="\n  "+t}catch(e){r.logger&&"NoOpLogger"!==r.logger?.constructor?.name?r.logger?.warn?.(t):console.warn(t)}void 0!==e.$responseBodyText&&e.$response&&(e.$response.body=e.$responseBodyText)
try{if(s.isInstance(o)){const{headers:t={},statusCode:r}=o,n=Object.entries(t)
e.$metadata={httpStatusCode:r,requestId:c(/^x-[\w-]+-request-?id$/,n),extendedRequestId:c(/^x-[\w-]+-id-2$/,n),cfId:c(/^x-[\w-]+-cf-id$/,n)}}}catch(e){}}throw e}})(e),u),e.protocol.setSerdeContext(e)}}},t.isStaticSchema=x,t.list=(e,t,r,n)=>l.assign(new d,{name:t,namespace:e,traits:r,valueSchema:n}),t.map=(e,t,r,n,s)=>l.assign(new f,{name:t,namespace:e,traits:r,keySchema:n,valueSchema:s}),t.op=(e,t,r,n,s)=>l.assign(new m,{name:t,namespace:e,traits:r,input:n,output:s}),t.operation=a,t.serializerMiddlewareOption=h,t.sim=(e,t,r,n)=>l.assign(new O,{name:t,namespace:e,traits:n,schemaRef:r}),t.simAdapter=(e,t,r,n)=>l.assign(new O,{name:t,namespace:e,traits:r,schemaRef:n}),t.simpleSchemaCacheN=v,t.simpleSchemaCacheS=E,t.struct=(e,t,r,n,s)=>l.assign(new p,{name:t,namespace:e,traits:r,memberNames:n,memberList:s}),t.traitsCache=y,t.translateTraits=w},2430:(e,t,r)=>{const{createHmac:n,createHash:s,getRandomValues:i}=r(7598),{hasOwn:o,HttpResponse:a}=r(4534)
t.hasOwn=o
const{ReadStream:c,lstatSync:u,fstatSync:h}=r(3024),{toEndpointV1:l}=r(2085),{Readable:d,Writable:f,PassThrough:m}=r(7075),p=e=>"function"==typeof ArrayBuffer&&e instanceof ArrayBuffer||"[object ArrayBuffer]"===Object.prototype.toString.call(e),g=(e,t=0,r=e.byteLength-t)=>{if(!p(e))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof e} (${e})`)
return Buffer.from(e,t,r)},y=(e,t)=>{if("string"!=typeof e)throw new TypeError(`The "input" argument must be of type string. Received type ${typeof e} (${e})`)
return t?Buffer.from(e,t):Buffer.from(e)},w=/^[A-Za-z0-9+/]*={0,2}$/,b=e=>{if(3*e.length%4!=0)throw new TypeError("Incorrect padding on base64 string.")
if(!w.exec(e))throw new TypeError("Invalid base64 string.")
const t=y(e,"base64")
return new Uint8Array(t.buffer,t.byteOffset,t.byteLength)},S=e=>{const t=y(e,"utf8")
return new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.BYTES_PER_ELEMENT)},v=e=>{let t
if(t="string"==typeof e?S(e):e,"object"!=typeof t||"number"!=typeof t.byteOffset||"number"!=typeof t.byteLength)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.")
return g(t.buffer,t.byteOffset,t.byteLength).toString("base64")}
const E=e=>{if("string"==typeof e)return e
if("object"!=typeof e||"number"!=typeof e.byteOffset||"number"!=typeof e.byteLength)throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.")
return g(e.buffer,e.byteOffset,e.byteLength).toString("utf8")},T=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"))
const C=e=>{if(null!=e){if("string"==typeof e){const t=parseFloat(e)
if(!Number.isNaN(t))return String(t)!==String(e)&&Q.warn(G(`Expected number but observed string: ${e}`)),t}if("number"==typeof e)return e
throw new TypeError(`Expected number, got ${typeof e}: ${e}`)}},A=Math.ceil(2**127*(2-2**-23)),x=e=>{const t=C(e)
if(void 0!==t&&!Number.isNaN(t)&&t!==1/0&&t!==-1/0&&Math.abs(t)>A)throw new TypeError(`Expected 32-bit float, got ${e}`)
return t},O=e=>{if(null!=e){if(Number.isInteger(e)&&!Number.isNaN(e))return e
throw new TypeError(`Expected integer, got ${typeof e}: ${e}`)}},$=O,N=e=>M(e,32),I=e=>M(e,16),R=e=>M(e,8),M=(e,t)=>{const r=O(e)
if(void 0!==r&&_(r,t)!==r)throw new TypeError(`Expected ${t}-bit integer, got ${e}`)
return r},_=(e,t)=>{switch(t){case 32:return Int32Array.of(e)[0]
case 16:return Int16Array.of(e)[0]
case 8:return Int8Array.of(e)[0]}},U=e=>{if(null==e)return
if("object"==typeof e&&!Array.isArray(e))return e
const t=Array.isArray(e)?"array":typeof e
throw new TypeError(`Expected object, got ${t}: ${e}`)},k=e=>C("string"==typeof e?B(e):e),D=k,P=e=>x("string"==typeof e?B(e):e),L=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,B=e=>{const t=e.match(L)
if(null===t||t[0].length!==e.length)throw new TypeError("Expected real number, got implicit NaN")
return parseFloat(e)},j=e=>"string"==typeof e?F(e):C(e),H=j,z=j,F=e=>{switch(e){case"NaN":return NaN
case"Infinity":return 1/0
case"-Infinity":return-1/0
default:throw new Error(`Unable to parse float value: ${e}`)}},q=e=>O("string"==typeof e?B(e):e),V=q,W=e=>I("string"==typeof e?B(e):e),J=e=>R("string"==typeof e?B(e):e),G=e=>String(new TypeError(e).stack||e).split("\n").slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join("\n"),Q={warn:console.warn},Z=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],K=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
const Y=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),X=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),ee=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),te=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),re=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),ne=(e,t,r,n)=>{const s=t-1
return ce(e,s,r),new Date(Date.UTC(e,s,r,he(n.hours,"hour",0,23),he(n.minutes,"minute",0,59),he(n.seconds,"seconds",0,60),le(n.fractionalMilliseconds)))},se=e=>{const t=(new Date).getUTCFullYear(),r=100*Math.floor(t/100)+W(fe(e))
return r<t?r+100:r},ie=e=>e.getTime()-(new Date).getTime()>15768e8?new Date(Date.UTC(e.getUTCFullYear()-100,e.getUTCMonth(),e.getUTCDate(),e.getUTCHours(),e.getUTCMinutes(),e.getUTCSeconds(),e.getUTCMilliseconds())):e,oe=e=>{const t=K.indexOf(e)
if(t<0)throw new TypeError(`Invalid month: ${e}`)
return t+1},ae=[31,28,31,30,31,30,31,31,30,31,30,31],ce=(e,t,r)=>{let n=ae[t]
if(1===t&&ue(e)&&(n=29),r>n)throw new TypeError(`Invalid day for ${K[t]} in ${e}: ${r}`)},ue=e=>e%4==0&&(e%100!=0||e%400==0),he=(e,t,r,n)=>{const s=J(fe(e))
if(s<r||s>n)throw new TypeError(`${t} must be between ${r} and ${n}, inclusive`)
return s},le=e=>null==e?0:1e3*P("0."+e),de=e=>{const t=e[0]
let r=1
if("+"==t)r=1
else{if("-"!=t)throw new TypeError(`Offset direction, ${t}, must be "+" or "-"`)
r=-1}return r*(60*Number(e.substring(1,3))+Number(e.substring(4,6)))*60*1e3},fe=e=>{let t=0
for(;t<e.length-1&&"0"===e.charAt(t);)t++
return 0===t?e:e.slice(t)},me=function(e){return Object.assign(new String(e),{deserializeJSON:()=>JSON.parse(String(e)),toString:()=>String(e),toJSON:()=>String(e)})}
me.from=e=>e&&"object"==typeof e&&(e instanceof me||"deserializeJSON"in e)?e:"string"==typeof e||Object.getPrototypeOf(e)===String.prototype?me(String(e)):me(JSON.stringify(e)),me.fromObject=me.from
const pe="(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",ge="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",ye="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",we="(\\d?\\d)",be="(\\d{4})",Se=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),ve=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,Ee=new RegExp(`^${pe}, ${we} ${ge} ${be} ${ye} GMT$`),Te=new RegExp(`^${pe}, ${we}-${ge}-(\\d\\d) ${ye} GMT$`),Ce=new RegExp(`^${pe} ${ge} ( [1-9]|\\d\\d) ${ye} ${be}$`),Ae=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
function xe(e,t,r){const n=Number(e)
if(n<t||n>r)throw new Error(`Value ${n} out of range [${t}, ${r}]`)}const Oe=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/
class $e{string
type
constructor(e,t){if(this.string=e,this.type=t,!Oe.test(e))throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){if(!e||"object"!=typeof e)return!1
const t=e
return $e.prototype.isPrototypeOf(e)||"bigDecimal"===t.type&&Oe.test(t.string)}}const Ne={},Ie={}
for(let e=0;e<256;e++){let t=e.toString(16).toLowerCase()
1===t.length&&(t=`0${t}`),Ne[e]=t,Ie[t]=e}function Re(e){let t=""
for(let r=0;r<e.byteLength;r++)t+=Ne[e[r]]
return t}const Me=e=>e instanceof Uint8Array?e:"string"==typeof e?S(e):ArrayBuffer.isView(e)?new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT):new Uint8Array(e)
function _e(e,t){if(void 0===t){t=0
for(const r of e)t+=r.byteLength}const r=new Uint8Array(t)
let n=0
for(const t of e)r.set(t,n),n+=t.byteLength
return r}const Ue=(e,t)=>(r,n)=>async s=>{const{response:i}=await r(s)
try{return{response:i,output:await t(i,e)}}catch(e){if(Object.defineProperty(e,"$response",{value:i,enumerable:!1,writable:!1,configurable:!1}),!("$metadata"in e)){const t="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object."
try{e.message+="\n  "+t}catch(e){n.logger&&"NoOpLogger"!==n.logger?.constructor?.name?n.logger?.warn?.(t):console.warn(t)}void 0!==e.$responseBodyText&&e.$response&&(e.$response.body=e.$responseBodyText)
try{if(a.isInstance(i)){const{headers:t={}}=i,r=Object.entries(t)
e.$metadata={httpStatusCode:i.statusCode,requestId:ke(/^x-[\w-]+-request-?id$/,r),extendedRequestId:ke(/^x-[\w-]+-id-2$/,r),cfId:ke(/^x-[\w-]+-cf-id$/,r)}}}catch(e){}}throw e}},ke=(e,t)=>(t.find(([t])=>t.match(e))||[void 0,void 0])[1],De=(e,t)=>(r,n)=>async s=>{const i=e,o=n.endpointV2?async()=>l(n.endpointV2):i.endpoint
if(!o)throw new Error("No valid endpoint provider available.")
const a=await t(s.input,{...e,endpoint:o})
return r({...s,request:a})},Pe={name:"deserializerMiddleware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Le={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}
function Be(e,t){return Buffer.isBuffer(e)?e:"string"==typeof e?y(e,t):ArrayBuffer.isView(e)?g(e.buffer,e.byteOffset,e.byteLength):g(e)}let je=class extends d{expectedChecksum
checksumSourceLocation
checksum
source
base64Encoder
constructor({expectedChecksum:e,checksum:t,source:r,checksumSourceLocation:n,base64Encoder:s}){if(super(),"function"!=typeof r.pipe)throw new Error(`@smithy/util-stream: unsupported source type ${r?.constructor?.name??r} in ChecksumStream.`)
this.source=r,this.base64Encoder=s??v,this.expectedChecksum=e,this.checksum=t,this.checksumSourceLocation=n,this.source.on("data",this.onSourceData),this.source.on("end",this.onSourceEnd),this.source.on("error",this.onSourceError),this.source.on("close",this.onSourceClose),this.source.pause()}onSourceData=e=>{if(!this.destroyed){try{this.checksum.update(e)}catch(e){return void this.destroy(e)}this.push(e)||this.source.pause()}}
onSourceEnd=async()=>{if(!this.destroyed){try{const e=await this.checksum.digest(),t=this.base64Encoder(e)
if(this.expectedChecksum!==t)return void this.destroy(new Error(`Checksum mismatch: expected "${this.expectedChecksum}" but received "${t}" in response header "${this.checksumSourceLocation}".`))}catch(e){return void this.destroy(e)}this.push(null)}}
onSourceError=e=>{this.destroy(e)}
onSourceClose=()=>{this.destroyed||this.source.readableEnded||this.destroy(new Error("Connection lost or stream closed before all data was received."))}
_read(e){this.source.resume()}_destroy(e,t){this.source?.removeListener("data",this.onSourceData),this.source?.removeListener("end",this.onSourceEnd),this.source?.removeListener("error",this.onSourceError),this.source?.removeListener("close",this.onSourceClose),this.source?.destroy(),t(e)}}
const He=e=>"function"==typeof ReadableStream&&(e?.constructor?.name===ReadableStream.name||e instanceof ReadableStream),ze=e=>"function"==typeof Blob&&(e?.constructor?.name===Blob.name||e instanceof Blob),Fe="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
Object.entries(Fe).reduce((e,[t,r])=>(e[r]=Number(t),e),{})
const qe=Fe.split("")
function Ve(e){let t
t="string"==typeof e?(e=>(new TextEncoder).encode(e))(e):e
const r="object"==typeof t&&"number"==typeof t.length,n="object"==typeof t&&"number"==typeof t.byteOffset&&"number"==typeof t.byteLength
if(!r&&!n)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.")
let s=""
for(let e=0;e<t.length;e+=3){let r=0,n=0
for(let s=e,i=Math.min(e+3,t.length);s<i;s++)r|=t[s]<<8*(i-s-1),n+=8
const i=Math.ceil(n/6)
r<<=6*i-n
for(let e=1;e<=i;e++){const t=6*(i-e)
s+=qe[(r&63<<t)>>t]}s+="==".slice(0,4-i)}return s}const We="function"==typeof ReadableStream?ReadableStream:function(){}
class Je extends We{}class Ge{allocByteArray
byteLength=0
byteArrays=[]
constructor(e){this.allocByteArray=e}push(e){this.byteArrays.push(e),this.byteLength+=e.byteLength}flush(){if(1===this.byteArrays.length){const e=this.byteArrays[0]
return this.reset(),e}const e=this.allocByteArray(this.byteLength)
let t=0
for(let r=0;r<this.byteArrays.length;++r){const n=this.byteArrays[r]
e.set(n,t),t+=n.byteLength}return this.reset(),e}reset(){this.byteArrays=[],this.byteLength=0}}function Qe(e,t,r){switch(t){case 0:return e[0]+=r,Ke(e[0])
case 1:case 2:return e[t].push(r),Ke(e[t])}}function Ze(e,t){switch(t){case 0:const r=e[0]
return e[0]="",r
case 1:case 2:return e[t].flush()}throw new Error(`@smithy/util-stream - invalid index ${t} given to flush()`)}function Ke(e){return e?.byteLength??e?.length??0}function Ye(e,t=!0){return t&&"undefined"!=typeof Buffer&&e instanceof Buffer?2:e instanceof Uint8Array?1:"string"==typeof e?0:-1}let Xe=class extends f{buffers=[]
limit=1/0
bytesBuffered=0
_write(e,t,r){if(this.buffers.push(e),this.bytesBuffered+=e.byteLength??0,this.bytesBuffered>=this.limit){const e=this.bytesBuffered-this.limit,t=this.buffers[this.buffers.length-1]
this.buffers[this.buffers.length-1]=t.subarray(0,t.byteLength-e),this.emit("finish")}r()}}
async function et(e){return e.arrayBuffer().then(e=>new Uint8Array(e))}async function tt(e){const t=[],r=e.getReader()
let n=0
for(;;){const{done:e,value:s}=await r.read()
if(s&&(t.push(s),n+=s.length),e)break}return _e(t,n)}const rt="The stream has already been transformed.",nt=e=>{if(!st(e)&&!He(e)){throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${e?.__proto__?.constructor?.name||e}`)}let t=!1
const r=async()=>{if(t)throw new Error(rt)
return t=!0,await(async e=>ze(e)?et(e):tt(e))(e)}
return Object.assign(e,{transformToByteArray:r,transformToString:async e=>{const t=await r()
if("base64"===e)return Ve(t)
if("hex"===e)return Re(t)
if(void 0===e||"utf8"===e||"utf-8"===e)return(e=>{if("string"==typeof e)return e
if("object"!=typeof e||"number"!=typeof e.byteOffset||"number"!=typeof e.byteLength)throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.")
return new TextDecoder("utf-8").decode(e)})(t)
if("function"==typeof TextDecoder)return new TextDecoder(e).decode(t)
throw new Error("TextDecoder is not available, please make sure polyfill is provided.")},transformToWebStream:()=>{if(t)throw new Error(rt)
if(t=!0,st(e))return(e=>{if("function"!=typeof e.stream)throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\nIf you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body")
return e.stream()})(e)
if(He(e))return e
throw new Error(`Cannot transform payload to web stream, got ${e}`)}})},st=e=>"function"==typeof Blob&&e instanceof Blob,it=e=>ze(e)?et(e):He(e)?tt(e):new Promise((t,r)=>{const n=new ot,s=e
s.pipe(n),s.on("error",e=>{n.end(),r(e)}),n.on("error",r),n.on("finish",function(){const e=_e(this.bufferedBytes)
t(e)})})
class ot extends f{bufferedBytes=[]
_write(e,t,r){this.bufferedBytes.push(e),r()}}const at="The stream has already been transformed."
class ct extends(function(e,t,r,n){return class s extends Uint8Array{static fromString(e,r="utf-8"){if("string"==typeof e)return"base64"===r?s.mutate(n(e)):s.mutate(t(e))
throw new Error(`Unsupported conversion from ${typeof e} to Uint8ArrayBlobAdapter.`)}static mutate(e){return Object.setPrototypeOf(e,s.prototype),e}transformToString(t="utf-8"){return"base64"===t?r(this):e(this)}}}(E,S,v,b)){}const ut=function(e){return"undefined"!=typeof crypto&&"function"==typeof crypto.randomUUID?()=>crypto.randomUUID():()=>{const t=new Uint8Array(16)
return e(t),t[6]=15&t[6]|64,t[8]=63&t[8]|128,T[t[0]]+T[t[1]]+T[t[2]]+T[t[3]]+"-"+T[t[4]]+T[t[5]]+"-"+T[t[6]]+T[t[7]]+"-"+T[t[8]]+T[t[9]]+"-"+T[t[10]]+T[t[11]]+T[t[12]]+T[t[13]]+T[t[14]]+T[t[15]]}}(i),ht=ut
t.ChecksumStream=je,t.Hash=class{algorithmIdentifier
secret
hash
constructor(e,t){this.algorithmIdentifier=e,this.secret=t,this.reset()}update(e,t){this.hash.update(Me(Be(e,t)))}digest(){return Promise.resolve(this.hash.digest())}reset(){this.hash=this.secret?n(this.algorithmIdentifier,Be(this.secret)):s(this.algorithmIdentifier)}},t.LazyJsonString=me,t.NumericValue=$e,t.Uint8ArrayBlobAdapter=ct,t._parseEpochTimestamp=e=>{if(null==e)return
let t=NaN
if("number"==typeof e)t=e
else if("string"==typeof e){if(!/^-?\d*\.?\d+$/.test(e))throw new TypeError("parseEpochTimestamp - numeric string invalid.")
t=Number.parseFloat(e)}else"object"==typeof e&&1===e.tag&&(t=e.value)
if(isNaN(t)||Math.abs(t)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.")
return new Date(Math.round(1e3*t))},t._parseRfc3339DateTimeWithOffset=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC3339 timestamps must be strings")
const t=Se.exec(e)
if(!t)throw new TypeError(`Invalid RFC3339 timestamp format ${e}`)
const[,r,n,s,i,o,a,,c,u]=t
xe(n,1,12),xe(s,1,31),xe(i,0,23),xe(o,0,59),xe(a,0,60)
const h=new Date(Date.UTC(Number(r),Number(n)-1,Number(s),Number(i),Number(o),Number(a),Number(c)?Math.round(1e3*parseFloat(`0.${c}`)):0))
if(h.setUTCFullYear(Number(r)),"Z"!=u.toUpperCase()){const[,e,t,r]=/([+-])(\d\d):(\d\d)/.exec(u)||[void 0,"+",0,0],n="-"===e?1:-1
h.setTime(h.getTime()+n*(60*Number(t)*60*1e3+60*Number(r)*1e3))}return h},t._parseRfc7231DateTime=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC7231 timestamps must be strings.")
if(ve.test(e))return new Date(e)
let t,r,n,s,i,o,a,c
if((c=Ee.exec(e))?[,t,r,n,s,i,o,a]=c:(c=Te.exec(e))?([,t,r,n,s,i,o,a]=c,n=(Number(n)+1900).toString()):(c=Ce.exec(e))&&([,r,t,s,i,o,a,n]=c),n&&o){const e=Date.UTC(Number(n),Ae.indexOf(r),Number(t),Number(s),Number(i),Number(o),a?Math.round(1e3*parseFloat(`0.${a}`)):0)
xe(t,1,31),xe(s,0,23),xe(i,0,59),xe(o,0,60)
const c=new Date(e)
return c.setUTCFullYear(Number(n)),c}throw new TypeError(`Invalid RFC7231 date-time value ${e}.`)},t.calculateBodyLength=e=>{if(!e)return 0
if("string"==typeof e)return Buffer.byteLength(e)
if("number"==typeof e.byteLength)return e.byteLength
if("number"==typeof e.size)return e.size
if("number"==typeof e.start&&"number"==typeof e.end)return e.end+1-e.start
if(e instanceof c){if(null!=e.path)return u(e.path).size
if("number"==typeof e.fd)return h(e.fd).size}throw new Error(`Body Length computation failed for ${e}`)},t.concatBytes=_e,t.copyDocumentWithTransform=(e,t,r=e=>e)=>e,t.createBufferedReadable=function(e,t,r){if(He(e))return function(e,t,r){const n=e.getReader()
let s=!1,i=0
const o=["",new Ge(e=>new Uint8Array(e))]
let a=-1
const c=async e=>{const{value:u,done:h}=await n.read(),l=u
if(h){if(-1!==a){const t=Ze(o,a)
Ke(t)>0&&e.enqueue(t)}e.close()}else{const n=Ye(l,!1)
if(a!==n&&(a>=0&&e.enqueue(Ze(o,a)),a=n),-1===a)return void e.enqueue(l)
const u=Ke(l)
i+=u
const h=Ke(o[a])
if(u>=t&&0===h)e.enqueue(l)
else{const n=Qe(o,a,l)
!s&&i>2*t&&(s=!0,r?.warn(`@smithy/util-stream - stream chunk size ${u} is below threshold of ${t}, automatically buffering.`)),n>=t?e.enqueue(Ze(o,a)):await c(e)}}}
return new ReadableStream({pull:c})}(e,t,r)
const n=new d({read(){}})
let s=!1,i=0
const o=["",new Ge(e=>new Uint8Array(e)),new Ge(e=>Buffer.from(new Uint8Array(e)))]
let a=-1
return e.on("data",e=>{const c=Ye(e,!0)
if(a!==c&&(a>=0&&n.push(Ze(o,a)),a=c),-1===a)return void n.push(e)
const u=Ke(e)
i+=u
const h=Ke(o[a])
if(u>=t&&0===h)n.push(e)
else{const c=Qe(o,a,e)
!s&&i>2*t&&(s=!0,r?.warn(`@smithy/util-stream - stream chunk size ${u} is below threshold of ${t}, automatically buffering.`)),c>=t&&n.push(Ze(o,a))}}),e.on("end",()=>{if(-1!==a){const e=Ze(o,a)
Ke(e)>0&&n.push(e)}n.push(null)}),n},t.createChecksumStream=function(e){return"function"==typeof ReadableStream&&He(e.source)?(({expectedChecksum:e,checksum:t,source:r,checksumSourceLocation:n,base64Encoder:s})=>{if(!He(r))throw new Error(`@smithy/util-stream: unsupported source type ${r?.constructor?.name??r} in ChecksumStream.`)
const i=s??Ve
if("function"!=typeof TransformStream)throw new Error("@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.")
const o=new TransformStream({start(){},async transform(e,r){t.update(e),r.enqueue(e)},async flush(r){const s=await t.digest(),o=i(s)
if(e!==o){const t=new Error(`Checksum mismatch: expected "${e}" but received "${o}" in response header "${n}".`)
r.error(t)}else r.terminate()}})
r.pipeThrough(o)
const a=o.readable
return Object.setPrototypeOf(a,Je.prototype),a})(e):new je(e)},t.dateToUtcString=function(e){const t=e.getUTCFullYear(),r=e.getUTCMonth(),n=e.getUTCDay(),s=e.getUTCDate(),i=e.getUTCHours(),o=e.getUTCMinutes(),a=e.getUTCSeconds(),c=i<10?`0${i}`:`${i}`,u=o<10?`0${o}`:`${o}`,h=a<10?`0${a}`:`${a}`
return`${Z[n]}, ${s<10?`0${s}`:`${s}`} ${K[r]} ${t} ${c}:${u}:${h} GMT`},t.deserializerMiddleware=Ue,t.deserializerMiddlewareOption=Pe,t.expectBoolean=e=>{if(null!=e){if("number"==typeof e){if(0!==e&&1!==e||Q.warn(G(`Expected boolean, got ${typeof e}: ${e}`)),0===e)return!1
if(1===e)return!0}if("string"==typeof e){const t=e.toLowerCase()
if("false"!==t&&"true"!==t||Q.warn(G(`Expected boolean, got ${typeof e}: ${e}`)),"false"===t)return!1
if("true"===t)return!0}if("boolean"==typeof e)return e
throw new TypeError(`Expected boolean, got ${typeof e}: ${e}`)}},t.expectByte=R,t.expectFloat32=x,t.expectInt=$,t.expectInt32=N,t.expectLong=O,t.expectNonNull=(e,t)=>{if(null==e){if(t)throw new TypeError(`Expected a non-null value for ${t}`)
throw new TypeError("Expected a non-null value")}return e},t.expectNumber=C,t.expectObject=U,t.expectShort=I,t.expectString=e=>{if(null!=e){if("string"==typeof e)return e
if(["boolean","number","bigint"].includes(typeof e))return Q.warn(G(`Expected string, got ${typeof e}: ${e}`)),String(e)
throw new TypeError(`Expected string, got ${typeof e}: ${e}`)}},t.expectUnion=e=>{if(null==e)return
const t=U(e),r=[]
for(const e in t)o(t,e)&&null!=t[e]&&r.push(e)
if(0===r.length)throw new TypeError("Unions must have exactly one non-null member. None were found.")
if(r.length>1)throw new TypeError(`Unions must have exactly one non-null member. Keys ${r} were not null.`)
return t},t.fromArrayBuffer=g,t.fromBase64=b,t.fromHex=function(e){if(e.length%2!=0)throw new Error("Hex encoded strings must have an even number length")
const t=new Uint8Array(e.length/2)
for(let r=0;r<e.length;r+=2){const n=e.slice(r,r+2).toLowerCase()
if(!(n in Ie))throw new Error(`Cannot decode unrecognized sequence ${n} as hexadecimal`)
t[r/2]=Ie[n]}return t},t.fromString=y,t.fromUtf8=S,t.generateIdempotencyToken=ht,t.getAwsChunkedEncodingStream=function(e,t){const r=e,n=e
if(He(n))return((e,t)=>{const{base64Encoder:r,bodyLengthChecker:n,checksumAlgorithmFn:s,checksumLocationName:i,streamHasher:o}=t,a=void 0!==r&&void 0!==n&&void 0!==s&&void 0!==i&&void 0!==o,c=a?o(s,e):void 0
Promise.resolve(c).catch(()=>{})
const u=e.getReader()
return new ReadableStream({async pull(e){const{value:t,done:s}=await u.read()
if(s){if(e.enqueue("0\r\n"),a){const t=r(await c)
e.enqueue(`${i}:${t}\r\n`),e.enqueue("\r\n")}e.close()}else e.enqueue(`${(n(t)||0).toString(16)}\r\n${t}\r\n`)}})})(n,t)
const{base64Encoder:s,bodyLengthChecker:i,checksumAlgorithmFn:o,checksumLocationName:a,streamHasher:c}=t,u=void 0!==s&&void 0!==o&&void 0!==a&&void 0!==c,h=u?c(o,r):void 0
Promise.resolve(h).catch(()=>{})
const l=new d({read(){r.resume()}})
return r.on("data",e=>{const t=i(e)||0
0!==t&&(l.push(`${t.toString(16)}\r\n`),l.push(e),l.push("\r\n")||r.pause())}),r.on("error",e=>{l.destroy(e)}),r.pause(),r.on("end",async()=>{try{if(l.push("0\r\n"),u){const e=s(await h)
l.push(`${a}:${e}\r\n`),l.push("\r\n")}l.push(null)}catch(e){l.destroy(e)}}),l},t.getSerdePlugin=function(e,t,r){return{applyToStack:n=>{n.add(Ue(e,r),Pe),n.add(De(e,t),Le)}}},t.handleFloat=H,t.headStream=(e,t)=>He(e)?async function(e,t){let r=0
const n=[],s=e.getReader()
let i=!1
for(;!i;){const{done:e,value:o}=await s.read()
if(o&&(n.push(o),r+=o?.byteLength??0),r>=t)break
i=e}s.releaseLock()
const o=new Uint8Array(Math.min(t,r))
let a=0
for(const e of n){if(e.byteLength>o.byteLength-a){o.set(e.subarray(0,o.byteLength-a),a)
break}o.set(e,a),a+=e.length}return o}(e,t):new Promise((r,n)=>{const s=new Xe
s.limit=t,e.pipe(s),e.on("error",e=>{s.end(),n(e)}),s.on("error",n),s.on("finish",function(){const e=_e(this.buffers)
r(e)})}),t.isArrayBuffer=p,t.isBlob=ze,t.isReadableStream=He,t.limitedParseDouble=j,t.limitedParseFloat=z,t.limitedParseFloat32=e=>"string"==typeof e?F(e):x(e),t.logger=Q,t.nv=function(e){return new $e(String(e),"bigDecimal")},t.parseBoolean=e=>{switch(e){case"true":return!0
case"false":return!1
default:throw new Error(`Unable to parse boolean value "${e}"`)}},t.parseEpochTimestamp=e=>{if(null==e)return
let t
if("number"==typeof e)t=e
else if("string"==typeof e)t=k(e)
else{if("object"!=typeof e||1!==e.tag)throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation")
t=e.value}if(Number.isNaN(t)||t===1/0||t===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics")
return new Date(Math.round(1e3*t))},t.parseRfc3339DateTime=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC-3339 date-times must be expressed as strings")
const t=Y.exec(e)
if(!t)throw new TypeError("Invalid RFC-3339 date-time value")
const[r,n,s,i,o,a,c,u]=t,h=W(fe(n)),l=he(s,"month",1,12),d=he(i,"day",1,31)
return ne(h,l,d,{hours:o,minutes:a,seconds:c,fractionalMilliseconds:u})},t.parseRfc3339DateTimeWithOffset=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC-3339 date-times must be expressed as strings")
const t=X.exec(e)
if(!t)throw new TypeError("Invalid RFC-3339 date-time value")
const[r,n,s,i,o,a,c,u,h]=t,l=W(fe(n)),d=he(s,"month",1,12),f=he(i,"day",1,31),m=ne(l,d,f,{hours:o,minutes:a,seconds:c,fractionalMilliseconds:u})
return"Z"!=h.toUpperCase()&&m.setTime(m.getTime()-de(h)),m},t.parseRfc7231DateTime=e=>{if(null==e)return
if("string"!=typeof e)throw new TypeError("RFC-7231 date-times must be expressed as strings")
let t=ee.exec(e)
if(t){const[e,r,n,s,i,o,a,c]=t
return ne(W(fe(s)),oe(n),he(r,"day",1,31),{hours:i,minutes:o,seconds:a,fractionalMilliseconds:c})}if(t=te.exec(e),t){const[e,r,n,s,i,o,a,c]=t
return ie(ne(se(s),oe(n),he(r,"day",1,31),{hours:i,minutes:o,seconds:a,fractionalMilliseconds:c}))}if(t=re.exec(e),t){const[e,r,n,s,i,o,a,c]=t
return ne(W(fe(c)),oe(r),he(n.trimLeft(),"day",1,31),{hours:s,minutes:i,seconds:o,fractionalMilliseconds:a})}throw new TypeError("Invalid RFC-7231 date-time value")},t.quoteHeader=function(e){return(e.includes(",")||e.includes('"'))&&(e=`"${e.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),e},t.sdkStreamMixin=e=>{if(!(e instanceof d))try{return nt(e)}catch(t){throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${e?.__proto__?.constructor?.name||e}`)}let t=!1
const r=async()=>{if(t)throw new Error(at)
return t=!0,await it(e)}
return Object.assign(e,{transformToByteArray:r,transformToString:async e=>{const t=await r()
if(void 0===e||Buffer.isEncoding(e))return g(t.buffer,t.byteOffset,t.byteLength).toString(e)
return new TextDecoder(e).decode(t)},transformToWebStream:()=>{if(t)throw new Error(at)
if(null!==e.readableFlowing)throw new Error("The stream has been consumed by other callbacks.")
if("function"!=typeof d.toWeb)throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.")
return t=!0,d.toWeb(e)}})},t.serializerMiddleware=De,t.serializerMiddlewareOption=Le,t.splitEvery=function(e,t,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.")
const n=e.split(t)
if(1===r)return n
const s=[]
let i=""
for(let e=0;e<n.length;e++)""===i?i=n[e]:i+=t+n[e],(e+1)%r===0&&(s.push(i),i="")
return""!==i&&s.push(i),s},t.splitHeader=e=>{const t=e.length,r=[]
let n=!1,s=!1,i=0
for(let o=0;o<t;++o){const t=e[o]
switch(t){case'"':s||(n=!n)
break
case",":n||(r.push(e.slice(i,o)),i=o+1)}s="\\"===t&&!s}return r.push(e.slice(i)),r.map(e=>{const t=(e=e.trim()).length
return t<2?e:'"'===e[0]&&'"'===e[t-1]?(e=e.slice(1,t-1)).replace(/\\(["\\])/g,"$1"):e.replace(/\\"/g,'"')})},t.splitStream=async function(e){if(He(e)||ze(e))return async function(e){return"function"==typeof e.stream&&(e=e.stream()),e.tee()}(e)
const t=new m,r=new m
return e.pipe(t),e.pipe(r),[t,r]},t.streamCollector=it,t.strictParseByte=J,t.strictParseDouble=k,t.strictParseFloat=D,t.strictParseFloat32=P,t.strictParseInt=V,t.strictParseInt32=e=>N("string"==typeof e?B(e):e),t.strictParseLong=q,t.strictParseShort=W,t.toBase64=v,t.toHex=Re,t.toUint8Array=Me,t.toUtf8=E,t.v4=ut,t.writeKey=function(e){Object.defineProperty(e,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}},4534:(e,t,r)=>{const{SMITHY_CONTEXT_KEY:n}=r(690)
function s(e,t){return Object.prototype.hasOwnProperty.call(e,t)}class i{method
protocol
hostname
port
path
query
headers
username
password
fragment
body
constructor(e){this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=e.protocol?":"!==e.protocol.slice(-1)?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?"/"!==e.path.charAt(0)?`/${e.path}`:e.path:"/",this.username=e.username,this.password=e.password,this.fragment=e.fragment}static clone(e){const t=new i({...e,headers:{...e.headers}})
var r
return t.query&&(t.query=(r=t.query,Object.keys(r).reduce((e,t)=>{const n=r[t]
return{...e,[t]:Array.isArray(n)?[...n]:n}},{}))),t}static isInstance(e){if(!e)return!1
const t=e
return"method"in t&&"protocol"in t&&"hostname"in t&&"path"in t&&"object"==typeof t.query&&"object"==typeof t.headers}clone(){return i.clone(this)}}const o=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),a=(e,t=!1)=>{if(!t)return o.test(e)
const r=e.split(".")
for(const e of r)if(!a(e))return!1
return!0}
function c(e){const t={}
if(e=e.replace(/^\?/,""))for(const r of e.split("&")){let[e,n=null]=r.split("=")
e=decodeURIComponent(e),n&&(n=decodeURIComponent(n)),e in t?Array.isArray(t[e])?t[e].push(n):t[e]=[t[e],n]:t[e]=n}return t}const u=e=>{if("string"==typeof e)return u(new URL(e))
const{hostname:t,pathname:r,port:n,protocol:s,search:i}=e
let o
return i&&(o=c(i)),{hostname:t,port:n?parseInt(n):void 0,protocol:s,path:r,query:o}}
t.HttpRequest=i,t.HttpResponse=class{statusCode
reason
headers
body
constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.body}static isInstance(e){if(!e)return!1
const t=e
return"number"==typeof t.statusCode&&"object"==typeof t.headers}},t.getSmithyContext=e=>e[n]||(e[n]={}),t.hasOwn=s,t.isValidHostLabel=a,t.isValidHostname=function(e){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(e)},t.normalizeProvider=e=>{if("function"==typeof e)return e
const t=Promise.resolve(e)
return()=>t},t.parseQueryString=c,t.parseUrl=u,t.toEndpointV1=e=>{if("object"==typeof e){if("url"in e){const t=u(e.url)
if(e.headers){t.headers={}
for(const r in e.headers)s(e.headers,r)&&(t.headers[r.toLowerCase()]=e.headers[r].join(", "))}return t}return e}return u(e)}},1279:(e,t,r)=>{const{hasOwn:n}=r(2430),{streamCollector:s}=r(2430)
t.streamCollector=s
const{buildQueryString:i,HttpResponse:o}=r(3422),a=r(4708),{Readable:c}=r(7075),u=r(2467)
function h(e){const t=e&&"object"==typeof e&&"reason"in e?e.reason:void 0
if(t){if(t instanceof Error){const e=new Error("Request aborted")
return e.name="AbortError",e.cause=t,e}const e=new Error(String(t))
return e.name="AbortError",e}const r=new Error("Request aborted")
return r.name="AbortError",r}const l=["ECONNRESET","EPIPE","ETIMEDOUT"],d=e=>{const t={}
for(const r in e){if(!n(e,r))continue
const s=e[r]
t[r]=Array.isArray(s)?s.join(","):s}return t},f=(e,t)=>setTimeout(e,t),m=e=>clearTimeout(e),p=e=>{const t=e?.defaultSocketTimeout
return"number"==typeof t&&Number.isFinite(t)&&t>0?t:void 0},g=(e,t,r=0,n=!1)=>{if(!Number.isFinite(r)||r<=0)return
let s
e.once("response",e=>s=e)
const i=()=>{if(s?.complete)return void e.socket?.destroy()
const i=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${n?"service default socket timeout":"configured by client requestHandler"}).`),{name:"TimeoutError"})
s?.destroy(i),e.destroy(),t(i)},o=()=>{const{socket:t}=e
t?t.connecting?t.once("connect",o):(t.setTimeout(r,i),e.on("close",()=>t.removeListener("timeout",i))):e.once("socket",o)}
if(r<6e3)return void o()
const a=f(o,3e3)
e.once("close",()=>m(a))}
async function y(e,t,r=6e3,n=!1){const s=t.headers,i=s?s.Expect||s.expect:void 0
let o=-1,a=!0
n||"100-continue"!==i||(a=await Promise.race([new Promise(e=>{o=Number(f(()=>e(!0),Math.max(6e3,r)))}),new Promise(t=>{e.on("continue",()=>{m(o),t(!0)}),e.on("response",()=>{m(o),t(!1)}),e.on("error",()=>{m(o),t(!1)})})])),a&&function(e,t){if(t instanceof c)return void t.pipe(e)
if(t){const r=Buffer.isBuffer(t)
if(r||"string"==typeof t)return void(r&&0===t.byteLength?e.end():e.end(t))
const n=t
return"object"==typeof n&&n.buffer&&"number"==typeof n.byteOffset&&"number"==typeof n.byteLength?void e.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength)):void e.end(Buffer.from(t))}e.end()}(e,t.body)}let w,b
class S{config
configProvider
socketWarningTimestamp=0
externalAgent=!1
metadata={handlerProtocol:"http/1.1"}
static create(e){return"function"==typeof e?.handle?e:new S(e)}static checkSocketUsage(e,t,r=console){const{sockets:s,requests:i,maxSockets:o}=e
if("number"!=typeof o||o===1/0)return t
if(Date.now()-15e3<t)return t
if(s&&i)for(const e in s){if(!n(s,e))continue
const t=s[e]?.length??0,a=i[e]?.length??0
if(t>=o&&a>=2*o)return r?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${t} and ${a} additional requests are enqueued.\nSee https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html\nor increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return t}constructor(e){this.configProvider=new Promise((t,r)=>{"function"==typeof e?e().then(e=>{t(this.resolveDefaultConfig(e))}).catch(r):t(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.config?.httpsAgent?.destroy()}async handle(e,{abortSignal:t,requestTimeout:r}={}){this.config||(this.config=await this.configProvider)
const n=this.config,s=n.logger,c="https:"===e.protocol
return c||this.config.httpAgent||(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((u,v)=>{let E,T=-1,C=-1,A=-1,x=-1
const O=()=>{m(T),m(C),m(A),m(x)},$=async e=>{await E,O(),v(e)}
if(t?.aborted){const e=h(t)
return void $(e)}const N=e.headers,I=!!N&&"100-continue"===(N.Expect??N.expect)
let R=c?n.httpsAgent:n.httpAgent
I&&!this.externalAgent&&(R=new(c?a.Agent:w)({keepAlive:!1,maxSockets:1/0})),T=f(()=>{this.socketWarningTimestamp=S.checkSocketUsage(R,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??(n.requestTimeout??2e3)+(n.connectionTimeout??1e3))
const M=e.query?i(e.query):""
let _
if(null!=e.username||null!=e.password){_=`${e.username??""}:${e.password??""}`}let U=e.path
M&&(U+=`?${M}`),e.fragment&&(U+=`#${e.fragment}`)
let k=e.hostname??""
k="["===k[0]&&k.endsWith("]")?e.hostname.slice(1,-1):e.hostname
const D={headers:e.headers,host:k,method:e.method,path:U,port:e.port,agent:R,auth:_},P=(c?a.request:b)(D,e=>{(async e=>{await E,O(),u(e)})({response:new o({statusCode:e.statusCode||-1,reason:e.statusMessage,headers:d(e.headers),body:e})})})
if(P.on("error",e=>{l.includes(e.code)?$(Object.assign(e,{name:"TimeoutError"})):$(e)}),t){const e=()=>{P.destroy()
const e=h(t)
$(e)}
if("function"==typeof t.addEventListener){const r=t
r.addEventListener("abort",e,{once:!0}),P.once("close",()=>r.removeEventListener("abort",e))}else t.onabort=e}const L=r??n.requestTimeout
C=((e,t,r=0)=>{if(!r)return-1
const n=n=>{const s=f(()=>{e.destroy(),t(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=e=>{e?.connecting?e.on("connect",()=>{m(s)}):m(s)}
e.socket?i(e.socket):e.on("socket",i)}
return r<2e3?(n(0),0):f(n.bind(null,1e3),1e3)})(P,$,n.connectionTimeout),A=((e,t,r=0,n,s)=>r?f(()=>{let i=`@smithy/node-http-handler - [${n?"ERROR":"WARN"}] a request has exceeded the configured ${r} ms requestTimeout.`
if(n){const r=Object.assign(new Error(i),{name:"TimeoutError",code:"ETIMEDOUT"})
e.destroy(r),t(r)}else i+=" Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(i)},r):-1)(P,$,L,n.throwOnRequestTimeout,s??console)
const B=void 0===n.socketTimeout?p(n):void 0
B?g(P,$,B,!0):g(P,$,n.socketTimeout)
const j=D.agent
"object"==typeof j&&"keepAlive"in j&&(x=((e,{keepAlive:t,keepAliveMsecs:r},n=3e3)=>{if(!0!==t)return-1
const s=()=>{e.socket?e.socket.setKeepAlive(t,r||0):e.on("socket",e=>{e.setKeepAlive(t,r||0)})}
return 0===n?(s(),0):f(s,n)})(P,{keepAlive:j.keepAlive,keepAliveMsecs:j.keepAliveMsecs})),E=y(P,e,L,this.externalAgent).catch(e=>(O(),v(e)))})}updateHttpClientConfig(e,t){this.config=void 0,this.configProvider=this.configProvider.then(r=>{switch(e){case Symbol.for("logger"):e="logger",t=r.logger??t
break
case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocketTimeout",t=p(r)??t}return{...r,[e]:t}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){const{requestTimeout:t,connectionTimeout:n,socketTimeout:s,socketAcquisitionWarningTimeout:i,httpAgent:o,httpsAgent:c,throwOnRequestTimeout:u,logger:h}=e||{},l=!0
let d
return{connectionTimeout:n,requestTimeout:t,socketTimeout:s,defaultSocketTimeout:p(e),socketAcquisitionWarningTimeout:i,throwOnRequestTimeout:u,httpAgentProvider:()=>d??=(async()=>{const e=r(7067),{Agent:t,request:n}=e.default??e
return b=n,w=t,o instanceof w||"function"==typeof o?.destroy?(this.externalAgent=!0,o):new w({keepAlive:l,maxSockets:50,...o})})(),httpsAgent:(()=>c instanceof a.Agent||"function"==typeof c?.destroy?(this.externalAgent=!0,c):new a.Agent({keepAlive:l,maxSockets:50,...c}))(),logger:h}}}const v=new Uint16Array(1)
class E{id=v[0]++
total=0
max=0
session
refs=0
constructor(e){e.unref(),this.session=e}retain(){if(this.session.destroyed)throw new Error("@smithy/node-http-handler - cannot acquire reference to destroyed session.")
this.refs+=1,this.total+=1,this.max=Math.max(this.refs,this.max),this.session.ref()}free(){if(!this.session.destroyed&&(this.refs-=1,0===this.refs&&this.session.unref(),this.refs<0))throw new Error("@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.")}deref(){return this.session}close(){this.session.closed||this.session.close()}destroy(){this.refs=0,this.session.destroyed||(this.session.setTimeout(0),this.session.destroy())}useCount(){return this.refs}}class T{sessions=[]
maxConcurrency=0
constructor(e){this.sessions=(e??[]).map(e=>new E(e))}poll(){let e=!1
for(const t of this.sessions)if(t.deref().destroyed)e=!0
else if(!this.maxConcurrency||t.useCount()<this.maxConcurrency)return t
if(e)for(const e of this.sessions)e.deref().destroyed&&this.remove(e)}offerLast(e){this.sessions.push(e)}remove(e){const t=this.sessions.indexOf(e)
t>-1&&this.sessions.splice(t,1)}[Symbol.iterator](){return this.sessions[Symbol.iterator]()}setMaxConcurrency(e){this.maxConcurrency=e}destroy(e){this.remove(e),e.destroy()}}class C{config
connectOptions
connectionPools=new Map
constructor(e){if(this.config=e,this.config.maxConcurrency&&this.config.maxConcurrency<=0)throw new RangeError("maxConcurrency must be greater than zero.")}lease(e,t){const r=this.getUrlString(e),n=this.getPool(r)
if(!this.config.disableConcurrency&&!t.isEventStream){const e=n.poll()
if(e)return e.retain(),e}const s=new E(this.connect(r)),i=s.deref()
this.config.maxConcurrency&&i.settings({maxConcurrentStreams:this.config.maxConcurrency},t=>{if(t)throw new Error("Fail to set maxConcurrentStreams to "+this.config.maxConcurrency+"when creating new session for "+e.destination.toString())})
const o=()=>{this.removeFromPoolAndCheckedDestroy(r,s)}
return i.on("goaway",()=>{this.removeFromPoolAndClose(r,s)}),i.on("error",o),i.on("frameError",o),i.on("close",o),t.requestTimeout&&i.setTimeout(t.requestTimeout,o),n.offerLast(s),s.retain(),s}release(e,t){t.free()}createIsolatedSession(e,t){const r=this.getUrlString(e),n=new E(this.connect(r)),s=n.deref()
s.settings({maxConcurrentStreams:1})
const i=()=>{n.destroy()}
s.on("error",i),s.on("frameError",i),s.on("close",i)
const o=t.requestTimeout??3e5
return s.setTimeout(o,i),n.retain(),n}destroy(){for(const[e,t]of this.connectionPools){for(const e of[...t])e.destroy()
this.connectionPools.delete(e)}}setMaxConcurrentStreams(e){if(e&&e<=0)throw new RangeError("maxConcurrentStreams must be greater than zero.")
this.config.maxConcurrency=e
for(const t of this.connectionPools.values())t.setMaxConcurrency(e)}setDisableConcurrentStreams(e){this.config.disableConcurrency=e}setNodeHttp2ConnectOptions(e){this.connectOptions=e}debug(){const e={}
for(const[t,r]of this.connectionPools){const n=[]
for(const e of r)n.push({id:e.id,active:e.useCount(),maxConcurrent:e.max,totalRequests:e.total})
e[t]={sessions:n}}return e}removeFromPoolAndClose(e,t){this.connectionPools.get(e)?.remove(t),t.close()}removeFromPoolAndCheckedDestroy(e,t){this.connectionPools.get(e)?.remove(t),t.destroy()}getPool(e){if(!this.connectionPools.has(e)){const t=new T
this.config.maxConcurrency&&t.setMaxConcurrency(this.config.maxConcurrency),this.connectionPools.set(e,t)}return this.connectionPools.get(e)}getUrlString(e){return e.destination.toString()}connect(e){return void 0===this.connectOptions?u.connect(e):u.connect(e,this.connectOptions)}}const{constants:A}=u
class x{config
configProvider
metadata={handlerProtocol:"h2"}
connectionManager=new C({})
static create(e){return"function"==typeof e?.handle?e:new x(e)}constructor(e){this.configProvider=new Promise((t,r)=>{"function"==typeof e?e().then(e=>{t(e||{})}).catch(r):t(e||{})})}destroy(){this.connectionManager.destroy()}async handle(e,{abortSignal:t,requestTimeout:r,isEventStream:n}={}){if(!this.config){const e=await this.configProvider
this.config={...e,defaultSocketTimeout:p(e)}
const{disableConcurrentStreams:t,maxConcurrentStreams:r,nodeHttp2ConnectOptions:n}=this.config
this.connectionManager.setDisableConcurrentStreams(t??!1),r&&this.connectionManager.setMaxConcurrentStreams(r),n&&this.connectionManager.setNodeHttp2ConnectOptions(n)}const{requestTimeout:s,disableConcurrentStreams:a,sessionTimeout:c}=this.config,u=a||n,l=r??s,f=void 0===l&&void 0===c?this.config.defaultSocketTimeout:void 0
return new Promise((r,s)=>{let a,c=!1
const m=async e=>{await a,s(e)}
if(t?.aborted){c=!0
const e=h(t)
return void m(e)}const{hostname:p,method:g,port:w,protocol:b,query:S}=e
let v=""
if(null!=e.username||null!=e.password){v=`${e.username??""}:${e.password??""}@`}const E={destination:new URL(`${b}//${v}${p}${w?`:${w}`:""}`)},T={requestTimeout:this.config?.sessionTimeout,isEventStream:n},C=u?this.connectionManager.createIsolatedSession(E,T):this.connectionManager.lease(E,T),x=C.deref(),O=e=>{u&&C.destroy(),c=!0,m(e)},$=S?i(S):""
let N=e.path
$&&(N+=`?${$}`),e.fragment&&(N+=`#${e.fragment}`)
const I=x.request({...e.headers,[A.HTTP2_HEADER_PATH]:N,[A.HTTP2_HEADER_METHOD]:g})
if(l?I.setTimeout(l,()=>{I.close()
const e=new Error(`Stream timed out because of no activity for ${l} ms`)
e.name="TimeoutError",O(e)}):f&&(I.setTimeout(f,()=>{const e=new Error(`Stream timed out because of no activity for ${f} ms`)
e.name="TimeoutError",c=!0,m(e),I.destroy(e),u&&C.destroy()}),I.once("response",()=>I.setTimeout(f))),t){const e=()=>{I.close()
const e=h(t)
O(e)}
if("function"==typeof t.addEventListener){const r=t
r.addEventListener("abort",e,{once:!0}),I.once("close",()=>r.removeEventListener("abort",e))}else t.onabort=e}I.on("frameError",(e,t,r)=>{O(new Error(`Frame type id ${e} in stream id ${r} has failed with code ${t}.`))}),I.on("error",O),I.on("aborted",()=>{O(new Error(`HTTP/2 stream is abnormally aborted in mid-communication with result code ${I.rstCode}.`))}),I.on("response",e=>{const t=new o({statusCode:e[":status"]??-1,headers:d(e),body:I})
c=!0,(async e=>{await a,r(e)})({response:t}),u&&(x.close(),I.on("end",()=>{C.destroy()}))}),I.on("close",()=>{if(u?C.destroy():this.connectionManager.release(E,C),!c){const e=new Error("Unexpected error: http2 request did not get a response")
x.destroyed&&(e.name="TimeoutError"),O(e)}}),a=y(I,e,l)})}updateHttpClientConfig(e,t){this.config=void 0,this.configProvider=this.configProvider.then(r=>{if(e===Symbol.for("@smithy/defaultSocketTimeout"))e="defaultSocketTimeout",t=p(r)??t
return{...r,[e]:t}})}httpHandlerConfigs(){return this.config??{}}}t.DEFAULT_REQUEST_TIMEOUT=0,t.NodeHttp2Handler=x,t.NodeHttpHandler=S},690:(e,t)=>{var r,n,s,i
!function(e){e.HEADER="header",e.QUERY="query"}(r||(r={})),function(e){e.HEADER="header",e.QUERY="query"}(n||(n={})),function(e){e.HTTP="http",e.HTTPS="https"}(s||(s={})),function(e){e.MD5="md5",e.CRC32="crc32",e.CRC32C="crc32c",e.SHA1="sha1",e.SHA256="sha256"}(i||(i={}))
var o
!function(e){e[e.HEADER=0]="HEADER",e[e.TRAILER=1]="TRAILER"}(o||(o={}))
var a,c
!function(e){e.PROFILE="profile",e.SSO_SESSION="sso-session",e.SERVICES="services"}(a||(a={})),function(e){e.HTTP_0_9="http/0.9",e.HTTP_1_0="http/1.0",e.TDS_8_0="tds/8.0"}(c||(c={})),t.AlgorithmId=i,t.EndpointURLScheme=s,t.FieldPosition=o,t.HttpApiKeyAuthLocation=n,t.HttpAuthLocation=r,t.IniSectionType=a,t.RequestHandlerProtocol=c,t.SMITHY_CONTEXT_KEY="__smithy_context",t.getDefaultClientConfiguration=e=>(e=>{const t=[]
return void 0!==e.sha256&&t.push({algorithmId:()=>i.SHA256,checksumConstructor:()=>e.sha256}),null!=e.md5&&t.push({algorithmId:()=>i.MD5,checksumConstructor:()=>e.md5}),{addChecksumAlgorithm(e){t.push(e)},checksumAlgorithms:()=>t}})(e),t.resolveDefaultRuntimeConfig=e=>(e=>{const t={}
return e.checksumAlgorithms().forEach(e=>{t[e.algorithmId()]=e.checksumConstructor()}),t})(e)}}

