export const id=566
export const ids=[566]
export const modules={1566:(t,o,e)=>{e.r(o),e.d(o,{HttpsProxyAgent:()=>f})
var n=e(9278),r=e(4756),s=e(2613),i=e(2830),c=e(319),p=e(7016)
const h=i("https-proxy-agent:parse-proxy-response")
function a(t){return new Promise((o,e)=>{let n=0
const r=[]
function s(){const c=t.read()
c?function(c){r.push(c),n+=c.length
const p=Buffer.concat(r,n),a=p.indexOf("\r\n\r\n")
if(-1===a)return h("have not received end of HTTP headers yet..."),void s()
const d=p.slice(0,a).toString("ascii").split("\r\n"),y=d.shift()
if(!y)return t.destroy(),e(new Error("No header received from proxy CONNECT response"))
const u=y.split(" "),f=+u[1],x=u.slice(2).join(" "),l={}
for(const o of d){if(!o)continue
const n=o.indexOf(":")
if(-1===n)return t.destroy(),e(new Error(`Invalid header from proxy CONNECT response: "${o}"`))
const r=o.slice(0,n).toLowerCase(),s=o.slice(n+1).trimStart(),i=l[r]
"string"==typeof i?l[r]=[i,s]:Array.isArray(i)?i.push(s):l[r]=s}h("got proxy server response: %o %o",y,l),i(),o({connect:{statusCode:f,statusText:x,headers:l},buffered:p})}(c):t.once("readable",s)}function i(){t.removeListener("end",c),t.removeListener("error",p),t.removeListener("readable",s)}function c(){i(),h("onend"),e(new Error("Proxy connection ended before receiving CONNECT response"))}function p(t){i(),h("onerror %o",t),e(t)}t.on("error",p),t.on("end",c),s()})}var d=e(6825)
const y=i("https-proxy-agent"),u=t=>void 0===t.servername&&t.host&&!n.isIP(t.host)?{...t,servername:t.host}:t
class f extends c.g6{constructor(t,o){super(o),this.options={path:void 0},this.proxy="string"==typeof t?new p.URL(t):t,this.proxyHeaders=o?.headers??{},y("Creating new HttpsProxyAgent instance: %o",this.proxy.href),o?.negotiate?this.onProxyAuth=(0,d.h)():o?.onProxyAuth&&(this.onProxyAuth=o.onProxyAuth)
const e=(this.proxy.hostname||this.proxy.host).replace(/^\[|\]$/g,""),n=this.proxy.port?parseInt(this.proxy.port,10):"https:"===this.proxy.protocol?443:80
this.connectOpts={ALPNProtocols:["http/1.1"],...o?l(o,"headers","onProxyAuth","negotiate"):null,host:e,port:n}}async connect(t,o){const{proxy:e}=this
if(!o.host)throw new TypeError('No "host" provided')
let i
"https:"===e.protocol?(y("Creating `tls.Socket`: %o",this.connectOpts),i=r.connect(u(this.connectOpts))):(y("Creating `net.Socket`: %o",this.connectOpts),i=n.connect(this.connectOpts))
const c="function"==typeof this.proxyHeaders?this.proxyHeaders():{...this.proxyHeaders},p=n.isIPv6(o.host)?`[${o.host}]`:o.host
let h=`CONNECT ${p}:${o.port} HTTP/1.1\r\n`
if(e.username||e.password){const t=`${decodeURIComponent(e.username)}:${decodeURIComponent(e.password)}`
c["Proxy-Authorization"]=`Basic ${Buffer.from(t).toString("base64")}`}c.Host=`${p}:${o.port}`,c["Proxy-Connection"]||(c["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close")
for(const t of Object.keys(c))h+=`${t}: ${c[t]}\r\n`
const d=a(i)
i.write(`${h}\r\n`)
const{connect:f,buffered:C}=await d
if(t.emit("proxyConnect",f),this.emit("proxyConnect",f,t),t.emit("proxy",{proxy:this.proxy.href,socket:i}),200===f.statusCode)return t.once("socket",x),o.secureEndpoint?(y("Upgrading socket connection to TLS"),r.connect({...l(u(o),"host","path","port"),socket:i})):i
if(407===f.statusCode&&this.onProxyAuth){y("Got 407 response, invoking onProxyAuth callback"),i.destroy()
const e=f.headers["proxy-authenticate"]||"",n=Array.isArray(e)?e[0].split(/\s/)[0]:e.split(/\s/)[0],r=await this.onProxyAuth({response:f,scheme:n})
return this._connectWithAuth(t,o,r.headers)}i.destroy()
const m=new n.Socket({writable:!1})
return m.readable=!0,t.once("socket",t=>{y("Replaying proxy buffer for failed request"),s(t.listenerCount("data")>0),t.push(C),t.push(null)}),m}async _connectWithAuth(t,o,e){const{proxy:s}=this
let i
i="https:"===s.protocol?r.connect(u(this.connectOpts)):n.connect(this.connectOpts)
const c="function"==typeof this.proxyHeaders?this.proxyHeaders():{...this.proxyHeaders},p=n.isIPv6(o.host)?`[${o.host}]`:o.host
let h=`CONNECT ${p}:${o.port} HTTP/1.1\r\n`
if(s.username||s.password){const t=`${decodeURIComponent(s.username)}:${decodeURIComponent(s.password)}`
c["Proxy-Authorization"]=`Basic ${Buffer.from(t).toString("base64")}`}Object.assign(c,e),c.Host=`${p}:${o.port}`,c["Proxy-Connection"]||(c["Proxy-Connection"]=this.keepAlive?"Keep-Alive":"close")
for(const t of Object.keys(c))h+=`${t}: ${c[t]}\r\n`
const d=a(i)
i.write(`${h}\r\n`)
const{connect:f}=await d
if(t.emit("proxyConnect",f),this.emit("proxyConnect",f,t),200===f.statusCode)return t.once("socket",x),o.secureEndpoint?(y("Upgrading socket connection to TLS"),r.connect({...l(u(o),"host","path","port"),socket:i})):i
throw i.destroy(),new Error(`Proxy authentication failed with status ${f.statusCode} after retry`)}}function x(t){setImmediate(()=>{t.resume()})}function l(t,...o){const e={}
let n
for(n in t)o.includes(n)||(e[n]=t[n])
return e}f.protocols=["http","https"]}}

